"""The constituent model families (cnn1d, gru, lstm, gnn) through build -> train -> convert -> C-simulate.

Data: random arrays of the constituent shape (jets, particles, features) with a zero-padded tail and a
label computed from them, NOT jets; they only give training something to fit so the weights move off their
initial values. Inputs are put on the firmware input grid fixed<16,6> (multiples of 2^-10) and fed to both
QKeras and the C-simulation, so any difference is the firmware's, not input rounding.

Expectations, and why:

- cnn1d and gnn: bit-identical outputs (``assert_array_equal``): convolutions, max pooling, the fixed 0/1
  matrices and sums are exact in firmware with the types the families set, and every partial sum is exactly
  representable in QKeras' float32 at these sizes.
- gnn: the firmware output on the same jets with the particle slots shuffled is bit-identical (the model is
  a function of the set of slots: all fixed-point sums are exact, so their order cannot matter).
- gru/lstm: the firmware computes the gate sigmoid/tanh from lookup tables. With ``lut_activations``
  (default) the QKeras cell uses the same tables (fpgaml.models.lut), so QKeras and firmware compute the
  same function: the QKeras model evaluated in float64 (fpgaml.modelio.float64_twin, where every sum of the
  cell is exact) equals the C-simulation bit for bit, states and logits. (In float32 a value within float32
  rounding of a table-index boundary can take the neighbouring entry; that is why verify uses float64.)
  With float gates (``lut_activations: false``, slow test) the firmware differs by up to a table step:
  >= 99.9 % of the states within 1 state LSB with a 65536-entry table, argmax agreement >= 97 %.
"""

from __future__ import annotations

import json

import examples as ex
import numpy as np
import pytest

from fpgaml._keras import keras
from fpgaml.config import ConvertConfig, ModelConfig
from fpgaml.errors import ConfigError, UnsupportedModelError
from fpgaml.modelio import predict_float64
from fpgaml.models import FAMILIES, BuildContext
from fpgaml.models.gnn import Fixed, receiver_sender_matrices, union
from fpgaml.models.support import check_supported

N_PART, N_FEAT, N_CLASSES = 8, 4, 5
CONSTITUENT_FAMILIES = ("cnn1d", "gru", "lstm", "gnn")


def on_input_grid(x: np.ndarray) -> np.ndarray:
    """Round to the fixed<16,6> grid (2^-10) and saturate, as the firmware input type would."""
    return np.clip(np.round(x * 1024.0) / 1024.0, -32.0, 32.0 - 2.0**-10).astype(np.float32)


def random_constituents(n: int, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Random (n, N_PART, N_FEAT) arrays with 0..N_PART/2 zero-padded trailing slots; labels from a rule."""
    rng = np.random.default_rng(seed)
    x = rng.normal(size=(n, N_PART, N_FEAT)).astype(np.float32)
    n_real = rng.integers(N_PART // 2, N_PART + 1, size=n)
    x[np.arange(N_PART)[None, :] >= n_real[:, None]] = 0.0
    x = on_input_grid(x)
    y = (x[:, :, 0].sum(1) > 0).astype(int) + 2 * (x[:, 0, 1] > 0) + (n_real == N_PART)
    return x, np.minimum(y, N_CLASSES - 1)


_TRAINED: dict[str, tuple[object, ModelConfig, np.ndarray]] = {}


def build_and_train(family: str, params: dict, seed: int = 0) -> tuple[object, ModelConfig, np.ndarray]:
    """(QKeras model trained 2 epochs, its config, 400 test inputs): once per process for each family, params
    and seed (the same seed gives the same network: tests that use one share it and must not modify it)."""
    key = json.dumps([family, params, seed], sort_keys=True)
    if key not in _TRAINED:
        _TRAINED[key] = _build_and_train(family, params, seed)
    return _TRAINED[key]


def _build_and_train(family: str, params: dict, seed: int) -> tuple[object, ModelConfig, np.ndarray]:
    keras().utils.set_random_seed(seed)
    mc = ModelConfig(family=family, params=params)
    model = FAMILIES.get(family).build(BuildContext((N_PART, N_FEAT), N_CLASSES, mc, True))
    x, y = random_constituents(1024, seed)
    model.compile(
        optimizer=keras().optimizers.Adam(3e-3),
        loss=keras().losses.SparseCategoricalCrossentropy(from_logits=True),
    )
    model.fit(x, y, epochs=2, batch_size=128, verbose=0)
    return model, mc, random_constituents(400, seed + 1)[0]


def convert_and_compile(model, mc: ModelConfig, family: str, out, io_type: str = "io_parallel", trace=()):
    """The flow's conversion (``fpgaml.hls``) with the family hook; ``trace`` lists layers to trace."""
    from fpgaml import hls

    conv = ConvertConfig(io_type=io_type)
    fam = FAMILIES.get(family)
    cfg = hls.hls_config(model, mc, conv, fam)
    for name in trace:
        cfg["LayerName"][name]["Trace"] = True
    hm = hls.convert(model, mc, conv, out, family=fam, hls_cfg=cfg)
    ex.compile_hls(hm)
    return hm


def csim(hm, x: np.ndarray, n_out: int = N_CLASSES) -> np.ndarray:
    return np.asarray(hm.predict(np.ascontiguousarray(x)), dtype=np.float64).reshape(len(x), n_out)


# ---- registry and builders ------------------------------------------------------------------------
def test_families_registered():
    for name in CONSTITUENT_FAMILIES:
        fam = FAMILIES.get(name)
        assert fam.features == "constituents"
        assert set(fam.io_types) <= {"io_parallel", "io_stream"}
    for name in ("gru", "lstm"):
        fam = FAMILIES.get(name)
        assert fam.exactness(ModelConfig(family=name)) == (True, "")
        exact, reason = fam.exactness(ModelConfig(family=name, params={"lut_activations": False}))
        assert not exact and "lookup tables" in reason
    assert FAMILIES.get("cnn1d").exact and FAMILIES.get("gnn").exact


@pytest.mark.parametrize(
    "family,params",
    [("cnn1d", {}), ("gru", {}), ("lstm", {}), ("gnn", {}), ("gnn", {"kind": "deepsets"})],
)
def test_float_reference_has_the_same_architecture(family, params):
    mc = ModelConfig(family=family, params=params)
    fam = FAMILIES.get(family)
    q = fam.build(BuildContext((N_PART, N_FEAT), N_CLASSES, mc, True))
    f = fam.build(BuildContext((N_PART, N_FEAT), N_CLASSES, mc, False))
    assert [layer.name for layer in q.layers] == [layer.name for layer in f.layers]
    assert [layer.output_shape for layer in q.layers] == [layer.output_shape for layer in f.layers]
    assert q.count_params() == f.count_params()
    assert q.output_shape == (None, N_CLASSES)
    assert any(type(layer).__module__.startswith("qkeras") for layer in q.layers)
    assert not any(type(layer).__module__.startswith("qkeras") for layer in f.layers)


def test_unknown_params_and_bad_kind_are_errors():
    with pytest.raises(ConfigError, match="unknown key"):
        FAMILIES.get("gnn").build(
            BuildContext((N_PART, N_FEAT), N_CLASSES, ModelConfig(family="gnn", params={"edges": 3}), True)
        )
    with pytest.raises(ConfigError, match="kind"):
        FAMILIES.get("gnn").build(
            BuildContext((N_PART, N_FEAT), N_CLASSES, ModelConfig(family="gnn", params={"kind": "x"}), True)
        )
    with pytest.raises(ConfigError, match="constituents"):
        FAMILIES.get("cnn1d").build(BuildContext((16,), N_CLASSES, ModelConfig(family="cnn1d"), True))


def test_interaction_matrices_cover_every_ordered_pair_once():
    rr, rs = receiver_sender_matrices(5)
    assert rr.shape == rs.shape == (5, 20)
    assert (rr.sum(0) == 1).all() and (rs.sum(0) == 1).all()  # one receiver and one sender per edge
    assert (rr.sum(1) == 4).all() and (rs.sum(1) == 4).all()  # each particle receives/sends n-1 edges
    pairs = {(int(np.argmax(rr[:, e])), int(np.argmax(rs[:, e]))) for e in range(20)}
    assert pairs == {(i, j) for i in range(5) for j in range(5) if i != j}


def test_fixed_type_arithmetic():
    a = Fixed(False, 6, 0)
    assert str(a.grow(7)) == "ufixed<9,3>"  # 7 values < 1 sum to < 7 < 8
    assert str(a.grow(8)) == "ufixed<9,3>"
    assert str(union(Fixed(True, 16, 6), Fixed(False, 9, 3))) == "fixed<16,6>"
    assert str(union(Fixed(True, 8, 2), Fixed(False, 12, 6))) == "fixed<13,7>"


# ---- C-simulation: exact families -----------------------------------------------------------------
@pytest.fixture(scope="module")
def gnn_firmware(tmp_path_factory):
    model, mc, x = build_and_train("gnn", {"edge_hidden": [8], "node_hidden": [8], "head_hidden": [8]})
    hm = convert_and_compile(model, mc, "gnn", tmp_path_factory.mktemp("gnn"))
    return model, hm, x


@pytest.mark.parametrize(
    "family,params,io_type",
    [
        ("cnn1d", {"filters": [8, 8], "hidden": [16]}, "io_parallel"),
        ("cnn1d", {"filters": [8], "hidden": [8]}, "io_stream"),
        ("gnn", {"kind": "deepsets", "node_hidden": [16, 8], "head_hidden": [8]}, "io_parallel"),
    ],
)
def test_csim_bit_exact(family, params, io_type, tmp_path):
    model, mc, x = build_and_train(family, params)
    hm = convert_and_compile(model, mc, family, tmp_path / "prj", io_type)
    q = model.predict(x, verbose=0).astype(np.float64)
    assert np.ptp(q) > 0  # a trained, non-constant model
    np.testing.assert_array_equal(csim(hm, x), q)


def test_gnn_interaction_csim_bit_exact(gnn_firmware):
    model, hm, x = gnn_firmware
    q = model.predict(x, verbose=0).astype(np.float64)
    assert np.ptp(q) > 0
    np.testing.assert_array_equal(csim(hm, x), q)


def test_gnn_interaction_fixed_point_ir_equals_csim(gnn_firmware):
    """fpgaml's IR of the interaction network (Permute, fixed 0/1 matrices, Concatenate: a DAG) evaluates it
    exactly in integers: bit-identical to the firmware. A one-LSB change of one weight in the IR is seen."""
    from fpgaml.ir import Weight, parse

    model, hm, x = gnn_firmware
    ir = parse(model, (True, 16, 6)).check_exact()
    h = csim(hm, x)
    np.testing.assert_array_equal(ir.predict(x), h)

    mutated = ir.copy()
    kernel = mutated.get("logits").weights["kernel"]
    acts = dict(ir.trace(x))["fc1_relu"]  # the logits' input: change the weight of its most active unit
    row = int(np.argmax((acts > 0).mean(axis=0)))
    ints = kernel.ints
    ints[row, 0] += 1
    mutated.get("logits").weights["kernel"] = Weight.from_ints(ints, kernel.frac, "logits", "kernel")
    assert np.sum(mutated.predict(x) != h) > 0


def test_gnn_firmware_is_permutation_invariant(gnn_firmware):
    model, hm, x = gnn_firmware
    rng = np.random.default_rng(7)
    h = csim(hm, x)
    # any permutation of all N slots (real and padded particles mixed) ...
    x_all = np.stack([xi[rng.permutation(N_PART)] for xi in x])
    np.testing.assert_array_equal(csim(hm, x_all), h)
    # ... and permutations among the real (non-zero) particles only, padding kept at the end
    x_real = x.copy()
    for xi in x_real:
        n_real = int((np.abs(xi).sum(1) > 0).sum())
        xi[:n_real] = xi[rng.permutation(n_real)]
    assert not np.array_equal(x_real, x)
    np.testing.assert_array_equal(csim(hm, x_real), h)
    # the QKeras model is permutation invariant too (up to float32 summation order: equal here)
    np.testing.assert_array_equal(model.predict(x_all, verbose=0), model.predict(x, verbose=0))


# ---- C-simulation: recurrent families -------------------------------------------------------------
#: the recurrent network of the exactness and io_stream tests (table_size: the default, stated)
RECURRENT = {"units": 8, "hidden": [8], "table_size": 1024}


def _recurrent_firmware(family: str, params: dict, out) -> tuple[object, ModelConfig, np.ndarray, object]:
    """(QKeras model, model config, 200 random jets, io_parallel firmware with the state layers traced)."""
    model, mc, x = build_and_train(family, params)
    hm = convert_and_compile(model, mc, family, out, trace=(family, f"{family}_state"))
    return model, mc, x[:200], hm


@pytest.fixture(scope="module", params=["gru", "lstm"])
def recurrent_lut(request, tmp_path_factory) -> tuple[str, object, ModelConfig, np.ndarray, object]:
    """(family, *:func:`_recurrent_firmware`) of :data:`RECURRENT`: trained and compiled once per family for
    the exactness test and the io_stream one (a traced build computes what an untraced one does)."""
    family = request.param
    return family, *_recurrent_firmware(family, RECURRENT, tmp_path_factory.mktemp(family))


def _recurrent_comparison(family: str, model, mc: ModelConfig, x: np.ndarray, hm) -> tuple[np.ndarray, ...]:
    """(state error in state LSBs, QKeras logits, C-sim logits) on the jets ``x``."""
    state_model = keras().Model(model.input, model.get_layer(f"{family}_state").output)
    q_state = predict_float64(state_model, x)
    _, traced = hm.trace(np.ascontiguousarray(x))
    # hls4ml folds the state quantizer into the GRU layer (then only the GRU layer is traced)
    h_state = np.asarray(
        traced[f"{family}_state"] if f"{family}_state" in traced else traced[family], np.float64
    )
    lsb = 2.0 ** -(mc.params.get("state_bits", 10) - 1)
    err = np.abs(h_state.reshape(q_state.shape) - q_state) / lsb
    assert np.array_equal(err, np.round(err))  # both on the state grid
    return err, predict_float64(model, x), csim(hm, x)


def test_recurrent_csim_with_lut_activations(recurrent_lut):
    family, *firmware = recurrent_lut
    err, q, h = _recurrent_comparison(family, *firmware)
    assert np.ptp(q) > 0
    assert err.max() == 0, f"largest state difference {err.max()} LSB"
    np.testing.assert_array_equal(h, q)


@pytest.mark.slow
@pytest.mark.parametrize("family", ["gru", "lstm"])
def test_recurrent_csim_with_float_gates(family, tmp_path):
    params = {"units": 8, "hidden": [8], "table_size": 65536, "lut_activations": False}
    err, q, h = _recurrent_comparison(family, *_recurrent_firmware(family, params, tmp_path / "p"))
    assert np.mean(err <= 1) >= 0.999, f"states within 1 LSB: {np.mean(err <= 1):.4f}, max {err.max()} LSB"
    agree = np.mean(np.argmax(q, 1) == np.argmax(h, 1))
    print(f"{family} float gates: states exact {np.mean(err == 0):.4f}, logits exact {np.mean(q == h):.4f}")
    assert agree >= 0.97


@pytest.mark.slow
def test_recurrent_io_stream_matches_io_parallel(recurrent_lut, tmp_path):
    family, model, mc, x, par = recurrent_lut
    stream = csim(convert_and_compile(model, mc, family, tmp_path / "stream", "io_stream"), x)
    np.testing.assert_array_equal(stream, csim(par, x))


# ---- refusing what hls4ml would get wrong ---------------------------------------------------------
def _seq_model(layer) -> object:
    k = keras()
    inp = k.Input((N_PART, N_FEAT), name="constituents")
    return k.Model(inp, k.layers.Dense(N_CLASSES, name="out")(layer(inp)))


def test_simple_rnn_refused_on_vivado_and_vitis():
    model = _seq_model(keras().layers.SimpleRNN(4, name="rnn"))
    for backend in ("Vitis", "Vivado"):
        with pytest.raises(UnsupportedModelError) as info:
            check_supported(model, backend, "io_parallel")
        msg = str(info.value)
        assert "'rnn' (SimpleRNN)" in msg and "GRU" in msg and "LSTM" in msg


def test_lambda_and_unconvertible_layers_refused():
    k = keras()
    with pytest.raises(UnsupportedModelError, match=r"'shift' \(Lambda\)"):
        check_supported(_seq_model(k.layers.Lambda(lambda t: t + 1.0, name="shift")), "Vitis", "io_parallel")
    with pytest.raises(UnsupportedModelError, match=r"'attn' \(MultiHeadAttention\)"):
        k2 = keras()
        inp = k2.Input((N_PART, N_FEAT), name="constituents")
        out = k2.layers.MultiHeadAttention(1, 4, name="attn")(inp, inp)
        check_supported(k2.Model(inp, out), "Vitis", "io_parallel")


@pytest.mark.parametrize(
    "layer,match",
    [
        (lambda k: k.layers.GRU(4, reset_after=False, name="g"), "reset_after=False"),
        (lambda k: k.layers.LSTM(4, go_backwards=True, name="g"), "go_backwards"),
    ],
)
def test_silently_wrong_recurrent_options_refused(layer, match):
    with pytest.raises(UnsupportedModelError, match=match):
        check_supported(_seq_model(layer(keras())), "Vitis", "io_parallel")


@pytest.mark.parametrize("family", CONSTITUENT_FAMILIES)
def test_families_pass_the_support_check(family):
    fam = FAMILIES.get(family)
    model = fam.build(BuildContext((N_PART, N_FEAT), N_CLASSES, ModelConfig(family=family), True))
    for io_type in fam.io_types:
        check_supported(model, "Vitis", io_type)


@pytest.mark.parametrize("family", ["gru", "lstm"])
def test_recurrent_model_file_round_trip(family, tmp_path):
    from fpgaml.modelio import load_model, save_model

    mc = ModelConfig(family=family, params={"units": 4, "hidden": []})
    model = FAMILIES.get(family).build(BuildContext((N_PART, N_FEAT), N_CLASSES, mc, True))
    save_model(model, tmp_path / "m.h5")
    loaded = load_model(tmp_path / "m.h5")
    cfg = loaded.get_layer(family).get_config()
    # hls4ml's recurrent parser needs the LUT activations serialized as plain names
    assert (cfg["activation"], cfg["recurrent_activation"]) == ("hls_tanh_1024", "hls_sigmoid_1024")
    x = random_constituents(64)[0]
    np.testing.assert_array_equal(loaded.predict(x, verbose=0), model.predict(x, verbose=0))


@pytest.mark.parametrize(
    "family,params",
    [
        ("gnn", {"kind": "interaction", "edge_hidden": [4], "node_hidden": [4], "head_hidden": []}),
        ("gnn", {"kind": "deepsets", "node_hidden": [4], "head_hidden": []}),
        ("cnn1d", {}),
    ],
)
def test_constituent_model_file_round_trip(family, params, tmp_path):
    """Saved models load in a fresh reader; the GNN's fixed matrices must serialize as plain lists."""
    from fpgaml.modelio import load_model, save_model

    mc = ModelConfig(family=family, params=params)
    model = FAMILIES.get(family).build(BuildContext((N_PART, N_FEAT), N_CLASSES, mc, True))
    save_model(model, tmp_path / "m.h5")
    loaded = load_model(tmp_path / "m.h5")
    x = random_constituents(64)[0]
    np.testing.assert_array_equal(loaded.predict(x, verbose=0), model.predict(x, verbose=0))


def test_gnn_linear_activations_get_the_sum_types(tmp_path):
    """hls4ml puts a linear activation after each fixed-matrix Dense; with the default fixed<16,6> it
    wrapped the aggregated sums once act_integer > 0 (measured: 0.24 % of logits exact). The hook types it."""
    from fpgaml import hls

    mc = ModelConfig(
        family="gnn",
        params={"kind": "interaction", "edge_hidden": [4], "node_hidden": [4], "head_hidden": []},
        act_bits=8,
        act_integer=2,
    )
    fam = FAMILIES.get("gnn")
    model = fam.build(BuildContext((N_PART, N_FEAT), N_CLASSES, mc, True))
    hm = hls.convert(model, mc, ConvertConfig(), tmp_path / "prj", family=fam)
    types = {layer.name: layer.get_output_variable().type.precision for layer in hm.get_layers()}
    # sums of N-1 = 7 (aggregate) and N = 8 (pool) ReLU outputs ufixed<8,2>: 3 more integer bits, all the
    # way to the next QDense (the linear activation either carries the type or is optimized away)
    for name in ("aggregate", "aggregate_linear", "aggregate_t", "pool", "pool_linear", "pooled"):
        if name in types:
            assert types[name].definition_cpp() == "ap_ufixed<11,5>", (name, types[name].definition_cpp())
    assert {"aggregate", "aggregate_t", "pool", "pooled"} <= set(types)


def test_first_divergent_layer_names_a_mistyped_layer(tmp_path):
    """A firmware with one layer's result type too narrow: the trace must name that layer."""
    from fpgaml import hls
    from fpgaml.verify import first_divergent_layer

    model, mc, x = build_and_train("cnn1d", {"filters": [8], "hidden": [8]})
    conv = ConvertConfig()
    fam = FAMILIES.get("cnn1d")
    cfg = hls.hls_config(model, mc, conv, fam)
    cfg["LayerName"]["fc1"]["Precision"]["result"] = "fixed<6,3>"  # the bug: too few fraction bits
    # first_divergent_layer compiles it (hls4ml's trace() builds the project with tracing)
    hm = ex.at_test_flags(hls.convert(model, mc, conv, tmp_path / "prj", family=fam, hls_cfg=cfg))
    found = first_divergent_layer(model, hm, x[:20])
    assert found is not None and found["layer"] == "fc1", found
    assert found["n_different"] > 0 and found["result_type"].startswith("ap_fixed<6,3")
    # the correctly typed firmware has no divergent layer
    hm_ok = ex.at_test_flags(hls.convert(model, mc, conv, tmp_path / "ok", family=fam))
    assert first_divergent_layer(model, hm_ok, x[:20]) is None


def test_lut_reads_its_input_on_the_firmware_accumulator_grid() -> None:
    """The LSTM's tanh(c) reads c after the firmware rounded it onto fixed<40,12> (2^-28): a value a hair
    below a table-index boundary rounds onto it and takes the next entry, as in the firmware."""
    from fpgaml._keras import tf
    from fpgaml.models import lut

    size = 1024
    boundary = 8.0 / size  # tanh: index = trunc(x * N / 8) + N / 2
    x = tf().constant([boundary - 2.0**-30, boundary - 2.0**-27], dtype=tf().float64)
    got = lut.lookup(x, "tanh", size).numpy()
    t = lut.table("tanh", size)
    assert got[0] == t[size // 2 + 1]  # rounds to the boundary (2^-30 < half an LSB of 2^-28)
    assert got[1] == t[size // 2]  # a whole 2^-28 LSB below stays below
