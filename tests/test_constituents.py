"""The linear-cost constituent families (deepsets, jedi, mixer): exact from QKeras to RTL, at test size.

Data: random constituents (8 particles x 4 features, a zero-padded tail, a label rule; NOT jets, see
``test_families``) on the firmware's fixed<16,6> input grid, fed to QKeras, the IR and the firmware alike.
Every comparison is exact (``assert_array_equal``) and each kind of check is shown to fail once:

- C-simulation = QKeras evaluated in float64 = the IR's integer evaluation, on 100 % of the logits;
- the da4ml RTL (Verilator) = C-simulation on every simulated logit; one LSB more on one per-particle weight
  of the IR is seen in the comparison;
- one weight of the written firmware project moved by one LSB: the recompiled C-simulation differs;
- deepsets and jedi promise permutation invariance: the firmware output on shuffled particle slots is
  bit-identical; the mixer does not (it reads the pT order) and its output changes;
- every new ``model.params`` entry refuses a bad value naming the key.
"""

from __future__ import annotations

import re

import numpy as np
import pytest
from test_families import N_CLASSES, N_FEAT, N_PART, build_and_train, convert_and_compile, csim

from fpgaml.config import ModelConfig
from fpgaml.errors import ConfigError
from fpgaml.modelio import predict_float64
from fpgaml.models import FAMILIES, BuildContext

P = (True, 16, 6)  # the firmware input type of test_families' data
#: tiny networks of each new family (every layer sort of the family is present)
TINY = {
    "deepsets": {"node_hidden": [8, 4], "head_hidden": [8]},
    "jedi": {"particle_hidden": [6], "combine_hidden": [6, 4], "head_hidden": [8]},
    "mixer": {"particle_hidden": [6], "mix_hidden": [4], "channel_hidden": [6], "head_hidden": [8]},
}
INVARIANT = {"deepsets": True, "jedi": True, "mixer": False}


@pytest.fixture(scope="module", params=sorted(TINY))
def firmware(request, tmp_path_factory):
    """(family, QKeras model, compiled hls4ml project, test inputs), trained 2 epochs on random constituents."""
    family = request.param
    model, mc, x = build_and_train(family, TINY[family])
    hm = convert_and_compile(model, mc, family, tmp_path_factory.mktemp(family) / "prj")
    return family, model, hm, x


def test_csim_equals_qkeras_float64_and_the_integer_reference(firmware):
    from fpgaml.ir import parse

    _family, model, hm, x = firmware
    h = csim(hm, x)
    q = predict_float64(model, x)
    assert np.ptp(q) > 0  # a trained, non-constant network
    np.testing.assert_array_equal(h, q)
    np.testing.assert_array_equal(parse(model, P).check_exact().predict(x), h)


def test_permutation_invariance_where_promised(firmware):
    family, _model, hm, x = firmware
    rng = np.random.default_rng(7)
    h = csim(hm, x)
    shuffled = np.stack([xi[rng.permutation(N_PART)] for xi in x])
    if INVARIANT[family]:
        np.testing.assert_array_equal(csim(hm, shuffled), h)
    else:  # the mixer gives each pT position its own weights
        assert np.mean(np.any(csim(hm, shuffled) != h, axis=1)) > 0.5


def test_one_lsb_in_the_firmware_weights_is_seen(firmware, tmp_path):
    """Move one weight of the first per-particle layer by one LSB in the written project (the ``.txt`` the
    C-simulation reads and the ``.h`` synthesis reads), recompile: the C-simulation no longer equals QKeras."""
    import shutil

    from fpgaml.csim import compile_project

    _family, model, hm, x = firmware
    project = shutil.copytree(hm.config.get_output_dir(), tmp_path / "prj")
    q = predict_float64(model, x)
    np.testing.assert_array_equal(compile_project(project).predict(x).reshape(q.shape), q)
    first = next(n for n in ("node_fc1", "p_fc1") if n in hm.graph)
    var = hm.graph[first].weights["weight"]
    lsb = 2.0 ** -(var.type.precision.width - var.type.precision.integer)
    for suffix in (".txt", ".h"):
        path = project / "firmware" / "weights" / f"{var.name}{suffix}"
        text = path.read_text()
        start = text.index("{") + 1 if suffix == ".h" else 0
        body = text[start : text.index("}") if suffix == ".h" else len(text)].strip()
        values = [float(v) for v in body.split(",")]
        i = int(np.argmax(np.abs(values)))  # a weight that matters
        values[i] -= lsb if values[i] > 0 else -lsb
        path.write_text(text.replace(body, ", ".join(f"{v:.6f}" for v in values)))
    assert np.sum(compile_project(project).predict(x).reshape(q.shape) != q) > 0


@pytest.mark.rtl
def test_rtl_equals_csim_and_the_integer_reference(firmware, tmp_path, rtl_cache):
    from fpgaml.ir import Weight, parse
    from fpgaml.rtl import run_rtl

    _family, model, hm, x = firmware
    x = x[:150]
    y_csim = csim(hm, x)
    ir = parse(model, P).check_exact()
    r = run_rtl(ir, x, tmp_path / "rtl", y_csim=y_csim, clock_period_ns=5.0, cache_dir=rtl_cache)
    np.testing.assert_array_equal(r.y_rtl, y_csim)
    np.testing.assert_array_equal(r.y_rtl, ir.predict(x))
    assert r.exact and r.n_equal_csim == r.n_outputs == len(x) * N_CLASSES
    assert r.latency_cycles == r.pipeline_depth
    # the comparison can fail: one LSB more on the largest weight of the first per-particle layer
    first = next(n for n in ("node_fc1", "p_fc1") if n in {la.name for la in ir.layers})
    mutated = ir.copy()
    kernel = mutated.get(first).weights["kernel"]
    ints = kernel.ints
    ints.reshape(-1)[int(np.argmax(np.abs(ints)))] += 1
    mutated.get(first).weights["kernel"] = Weight.from_ints(ints, kernel.frac, first, "kernel")
    assert np.sum(r.y_rtl != mutated.predict(x).reshape(r.y_rtl.shape)) > 0


# ---- builds at the sizes the configs use, and the parameters -------------------------------------------------
@pytest.mark.parametrize("family", sorted(TINY))
@pytest.mark.parametrize("n", [16, 32])
def test_float_reference_has_the_same_architecture(family, n):
    mc = ModelConfig(family=family)
    q = FAMILIES.get(family).build(BuildContext((n, 10), 5, mc, True))
    f = FAMILIES.get(family).build(BuildContext((n, 10), 5, mc, False))
    assert [la.name for la in q.layers] == [la.name for la in f.layers]
    assert q.count_params() == f.count_params()
    assert q.output_shape == f.output_shape == (None, 5)


@pytest.mark.parametrize(("n", "shift"), [(16, 4), (32, 5), (12, 4)])
def test_mean_pooling_is_a_power_of_two(n, shift):
    """pool: mean is a fixed matrix of 2**-k, 2**k >= N: the mean at N = 16 and 32, a scaled sum else."""
    mc = ModelConfig(family="deepsets", params={"pool": "mean"})
    model = FAMILIES.get("deepsets").build(BuildContext((n, 3), 5, mc, True))
    np.testing.assert_array_equal(model.get_layer("pool").get_weights()[0], np.full((n, 1), 2.0**-shift))
    assert not model.get_layer("pool").trainable


def test_mean_pooling_hls_types_are_exact():
    """The pool's type: the ReLU's plus log2(N) integer bits, moved by the mean's 2**-k."""
    from fpgaml import hls
    from fpgaml.config import ConvertConfig

    mc = ModelConfig(family="jedi", act_bits=6, act_integer=1, input_precision="fixed<10,4>")
    model = FAMILIES.get("jedi").build(BuildContext((32, 3), 5, mc, True))
    cfg = hls.hls_config(model, mc, ConvertConfig(), FAMILIES.get("jedi"))["LayerName"]
    assert cfg["agg"]["Precision"]["result"] == "ufixed<11,1>"  # ufixed<6,1> summed 32 times, / 32
    assert cfg["agg"]["Precision"]["weight"] == "ufixed<1,-4>"  # 2**-5
    assert cfg["joined"]["Precision"]["result"] == "ufixed<11,1>"
    assert cfg["constituents"]["Precision"]["result"] == "fixed<10,4>"
    mc = mc.model_copy(update={"params": {"aggregate": "sum"}})
    model = FAMILIES.get("jedi").build(BuildContext((32, 3), 5, mc, True))
    cfg = hls.hls_config(model, mc, ConvertConfig(), FAMILIES.get("jedi"))["LayerName"]
    assert cfg["agg"]["Precision"]["result"] == "ufixed<11,6>"


def test_per_layer_widths_reach_the_hls_types():
    """model.layer_precision: the types of the wiring after a ReLU follow that ReLU's own width."""
    from fpgaml import hls
    from fpgaml.config import ConvertConfig, from_dict

    mc = from_dict(
        {
            "model": {
                "family": "deepsets",
                "params": {"node_hidden": [4, 4], "pool": "sum"},
                "layer_precision": {"node_fc2_relu": {"act_bits": 4, "act_integer": 2}},
            }
        }
    ).model
    model = FAMILIES.get("deepsets").build(BuildContext((8, 3), 5, mc, True))
    cfg = hls.hls_config(model, mc, ConvertConfig(), FAMILIES.get("deepsets"))["LayerName"]
    assert cfg["node_t"]["Precision"]["result"] == "ufixed<4,2>"
    assert cfg["pool"]["Precision"]["result"] == "ufixed<7,5>"


BAD_PARAMS = [
    ("deepsets", {"node_hidden": []}, r"model\.params\.node_hidden: needs at least 1 layer"),
    ("deepsets", {"node_hidden": [8, 0]}, r"model\.params\.node_hidden: a list of layer widths"),
    ("deepsets", {"head_hidden": "16"}, r"model\.params\.head_hidden: a list of layer widths"),
    ("deepsets", {"pool": "max"}, r"model\.params\.pool: 'max' is not one of 'sum', 'mean'"),
    ("jedi", {"particle_hidden": []}, r"model\.params\.particle_hidden: needs at least 1"),
    ("jedi", {"combine_hidden": []}, r"model\.params\.combine_hidden: needs at least 1"),
    ("jedi", {"head_hidden": [4.5]}, r"model\.params\.head_hidden: a list of layer widths"),
    ("jedi", {"aggregate": "max"}, r"model\.params\.aggregate: 'max' is not one of"),
    ("jedi", {"pool": "avg"}, r"model\.params\.pool: 'avg' is not one of"),
    ("mixer", {"particle_hidden": []}, r"model\.params\.particle_hidden: needs at least 1"),
    ("mixer", {"mix_hidden": 8}, r"model\.params\.mix_hidden: a list of layer widths"),
    ("mixer", {"channel_hidden": [-1]}, r"model\.params\.channel_hidden: a list of layer widths"),
    ("mixer", {"head_hidden": None}, r"model\.params\.head_hidden: a list of layer widths"),
    ("mixer", {"pool": "max"}, r"model\.params\.pool: 'max' is not one of 'dense', 'sum', 'mean'"),
    ("mixer", {"tokens": 3}, r"unknown key\(s\) \['tokens'\] for family 'mixer'"),
]


@pytest.mark.parametrize(("family", "params", "message"), BAD_PARAMS)
def test_bad_params_are_refused_by_key(family, params, message):
    mc = ModelConfig(family=family, params=params)
    with pytest.raises(ConfigError, match=message):
        FAMILIES.get(family).build(BuildContext((N_PART, N_FEAT), N_CLASSES, mc, True))


@pytest.mark.parametrize("family", sorted(TINY))
def test_high_level_features_are_refused(family):
    with pytest.raises(ConfigError, match=re.escape(f"{family} needs constituents (particles, features)")):
        FAMILIES.get(family).build(BuildContext((16,), 5, ModelConfig(family=family), True))


# ---- the flow: pruning, bit cost, per-layer widths and per-feature inputs on a new family --------------------
@pytest.fixture(scope="module")
def jedi_run(tmp_path_factory):
    """The whole flow on 8-particle jets of the shipped sample with every logic lever a family must accept."""
    import examples as ex

    raw = {
        "name": "jedi_levers",
        "seed": 3,
        "data": {"n_jets": 3000, "n_constituents": 8},
        "model": {
            "family": "jedi",
            "params": {"particle_hidden": [6], "combine_hidden": [6], "head_hidden": [8]},
            "input_precision": "fixed<10,4>",
            "input_features": {
                "ptrel": "drop",
                "log_pt": "drop",
                "charge": "fixed<3,2>",
                "deta": "fixed<8,2>",
            },
            "layer_precision": {"p_fc1": {"weight_bits": 4}, "p_fc1_relu": {"act_bits": 5, "act_integer": 1}},
        },
        "train": {
            "epochs": 3,
            "batch_size": 256,
            "init_from_float": True,
            "pruning": {"sparsity": {"p_fc1": 0.5, "c_fc1": 0.5}, "begin_epoch": 0, "end_epoch": 2},
            "bit_cost": {"beta": 1e-5},
        },
        "verify": {"max_accuracy_drop_pp": 100.0},
        "rtl": {"max_vectors": 200},
    }
    return ex.run_flow_config(
        tmp_path_factory.mktemp("jedi_levers"), raw, ["data", "train", "convert", "csim", "verify", "rtl"]
    )


def test_every_logic_lever_is_exact_through_csim_and_rtl(jedi_run):
    import json

    from fpgaml.modelio import load_model

    cfg = jedi_run
    summary = json.loads((cfg.stage_dir("train") / "manifest.json").read_text())["summary"]
    layers = summary["weights"]["layers"]
    assert layers["p_fc1"]["sparsity"] >= 0.5 and layers["c_fc1"]["sparsity"] >= 0.5
    assert summary["ebops"] > 0
    assert summary["input_types"]["dropped"] == ["ptrel", "log_pt"]
    model = load_model(cfg.stage_dir("train") / "qkeras_model.h5")
    w = np.asarray(model.get_layer("p_fc1").kernel_quantizer_internal(model.get_layer("p_fc1").kernel))
    assert set(np.unique(w * 8)) <= set(range(-8, 8))  # 4-bit weights: steps of 1/8
    x = np.load(cfg.stage_dir("csim") / "outputs.npz")["x"]
    assert not np.any(x[..., [0, 2]]) and np.any(x[..., 1])  # the dropped features reach the firmware as 0
    report = json.loads((cfg.stage_dir("verify") / "report.json").read_text())
    assert report["bit_accuracy"]["qkeras"]["n_different"] == 0
    assert report["bit_accuracy"]["fixed_point_reference"]["n_different"] == 0
    rtl = json.loads((cfg.stage_dir("rtl") / "rtl.json").read_text())
    assert rtl["n_equal_csim"] == rtl["n_outputs"] == 200 * 5
