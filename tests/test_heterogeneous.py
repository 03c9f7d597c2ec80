"""Heterogeneous precision on every feed-forward family: per-layer widths (``model.layer_precision``), per-feature
input types on ``(particles, features)`` inputs (``model.input_features``), the bit cost (``train.bit_cost``)
and pruning, all at once, on cnn1d, the interaction network, Deep Sets, JEDI-linear and the MLP-Mixer. Each trains a few epochs on a few
thousand real jets (4 or 8 particles) and goes through the whole flow: C-sim = QKeras (float64) = the IR's
integer evaluation on every output, RTL = C-sim on every simulated output. The bit cost's rows are
hand-worked for a convolution (kernel positions x features, once per output position) and for pointwise
layers on ``(N, F)`` inputs (once per distinct particle: the edges repeat each particle's features); the GNN's
fixed sums take the types of the ReLUs that feed them; bad entries are refused by name."""

from __future__ import annotations

import json

import examples as ex
import numpy as np
import pytest

from fpgaml.config import from_dict
from fpgaml.errors import ConfigError
from fpgaml.stages.train import interface

# per family: (params, n particles, layer_precision, pruning targets)
FAMILIES = {
    "cnn1d": (
        {"filters": [4], "kernel_size": 3, "strides": 2, "pool": 2, "hidden": [8]},
        8,
        {
            "conv1": {"weight_bits": 4},
            "conv1_relu": {"act_bits": 5, "act_integer": 2},
            "logits": {"weight_bits": 8, "weight_integer": 1},
        },
        {"conv1": 0.5, "fc1": 0.5},
    ),
    "interaction": (
        {"kind": "interaction", "edge_hidden": [4], "node_hidden": [4], "head_hidden": [8]},
        4,
        {
            "edge_fc1": {"weight_bits": 4},
            "edge_fc1_relu": {"act_bits": 5, "act_integer": 2},  # the aggregate sums these: its type follows
            "node_fc1_relu": {"act_bits": 4, "act_integer": 1},  # the pool sums these
            "logits": {"weight_bits": 8, "weight_integer": 1},
        },
        {"edge_fc1": 0.5, "node_fc1": 0.5},
    ),
    "deepsets": (
        {"kind": "deepsets", "node_hidden": [4], "head_hidden": [8]},
        4,
        {"node_fc1": {"weight_bits": 5}, "node_fc1_relu": {"act_bits": 4, "act_integer": 2}},
        {"node_fc1": 0.5, "fc1": 0.5},
    ),
    # the linear-cost constituent families (their own module, the same machinery)
    "jedi": (
        {"particle_hidden": [4], "combine_hidden": [4], "head_hidden": [8]},
        4,
        {"p_fc1": {"weight_bits": 4}, "p_fc1_relu": {"act_bits": 5, "act_integer": 2}},
        {"p_fc1": 0.5, "c_fc1": 0.5},
    ),
    "mixer": (
        {"particle_hidden": [4], "mix_hidden": [4], "channel_hidden": [4], "head_hidden": [8]},
        4,
        {"m_fc1": {"weight_bits": 4}, "p_fc1_relu": {"act_bits": 5, "act_integer": 1}},
        {"p_fc1": 0.5, "c_fc1": 0.5},
    ),
}
FAMILY_OF = {"cnn1d": "cnn1d", "interaction": "gnn", "deepsets": "gnn", "jedi": "jedi", "mixer": "mixer"}
FIRST = {
    "cnn1d": "conv1",
    "interaction": "edge_fc1",
    "deepsets": "node_fc1",
    "jedi": "p_fc1",
    "mixer": "p_fc1",
}
#: per-feature input types on the 10 particle features (port fixed<10,4>): two narrowed, one not read
INPUT_FEATURES = {"ptrel": "fixed<8,4>", "deta": "fixed<7,3>", "charge": "drop"}


def _raw(key: str) -> dict:
    params, n, layers, pruning = FAMILIES[key]
    return {
        "name": key,
        "seed": 3,
        "data": {"n_jets": 3000, "features": "constituents", "n_constituents": n},
        "model": {
            "family": FAMILY_OF[key],
            "params": params,
            "input_precision": "fixed<10,4>",
            "layer_precision": layers,
            "input_features": INPUT_FEATURES,
        },
        "train": {
            "epochs": 3,
            "batch_size": 256,
            "float_reference": "none",  # nothing here reads it (test_families covers the families' own)
            "bit_cost": {"beta": 1e-5},
            "pruning": {"sparsity": pruning, "begin_epoch": 0, "end_epoch": 2},
        },
        "verify": {"max_accuracy_drop_pp": 100.0},
        "rtl": {"max_vectors": 200},
    }


@pytest.fixture(scope="module", params=list(FAMILIES))
def run(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    tmp = tmp_path_factory.mktemp(request.param)
    stages = ["data", "train", "convert", "csim", "verify", "rtl"]
    return request.param, ex.run_flow_config(tmp, _raw(request.param), stages)


def _json(path) -> dict:
    return json.loads(path.read_text())


def test_every_family_is_exact_with_all_four_set(run) -> None:
    """C-sim = QKeras = IR on every output, RTL = C-sim on every simulated one; the trained network holds each
    layer's own widths, the pruning's zeros and the bit cost's report; the dropped feature is not read."""
    from fpgaml.ir import parse
    from fpgaml.modelio import load_model

    key, cfg = run
    model = load_model(cfg.stage_dir("train") / "qkeras_model.h5")
    ir = parse(model, cfg.model.input_precision)
    _, _, layers, pruning = FAMILIES[key]
    for name, lp in layers.items():
        layer = ir.get(name)
        if "weight_bits" in lp:  # the kernel's grid: weight_bits - 1 - weight_integer fraction bits
            assert layer.weights["kernel"].frac == lp["weight_bits"] - 1 - lp.get("weight_integer", 0), name
        else:
            assert (layer.activation.type.width, layer.activation.type.integer) == (
                lp["act_bits"],
                lp["act_integer"],
            )
    summary = _json(cfg.stage_dir("train") / "manifest.json")["summary"]
    for name, target in pruning.items():
        assert summary["weights"]["layers"][name]["sparsity"] >= target - 0.05, name
    assert summary["ebops"] > 0
    assert summary["input_types"]["dropped"] == ["charge"]
    types = interface(cfg).input_types  # the run's interface record (train's meta.json)
    assert types is not None and types[0] == "fixed<8,4>" and types[9] == "drop"

    bit = _json(cfg.stage_dir("verify") / "report.json")["bit_accuracy"]
    assert bit["qkeras"]["n_different"] == 0 and bit["qkeras"]["n_outputs"] > 0
    assert bit["fixed_point_reference"]["n_different"] == 0
    rtl = _json(cfg.stage_dir("rtl") / "rtl.json")
    assert rtl["n_equal_csim"] == rtl["n_equal_fixed_point"] == rtl["n_outputs"] == 200 * 5


def test_one_lsb_of_one_weight_is_seen(run) -> None:
    """The comparison behind the exactness check sees a one-LSB change of one weight of the first layer."""
    from fpgaml.ir import parse
    from fpgaml.modelio import load_model

    key, cfg = run
    ir = parse(load_model(cfg.stage_dir("train") / "qkeras_model.h5"), cfg.model.input_precision)
    csim = np.load(cfg.stage_dir("csim") / "outputs.npz")
    x, y = csim["x"], csim["y"]
    np.testing.assert_array_equal(ir.predict(x), y)  # as the verify report says
    name = FIRST[key]
    mutated = ir.copy()
    w = mutated.get(name).weights["kernel"]
    flat = w.values.reshape(-1)
    i = int(np.argmax(np.abs(flat)))  # a weight that is read (pruning zeroed others)
    flat[i] -= np.sign(flat[i]) * 2.0**-w.frac
    assert np.any(mutated.predict(x) != y)


# ---- the bit cost's rows, hand-worked -------------------------------------------------------------------------
def _build(family: str, params: dict, shape: tuple[int, int], layers: dict | None = None):
    from fpgaml.models import FAMILIES as REGISTRY
    from fpgaml.models.base import BuildContext

    mc = from_dict({"model": {"family": family, "params": params, "layer_precision": layers or {}}}).model
    return REGISTRY.get(family).build(BuildContext(shape, 5, mc, quantized=True))


def _rows(model, input_bits) -> dict[str, list]:
    from fpgaml.bitcost import charged_layers, row_bits

    rows = row_bits(model, np.asarray(input_bits, float), act_bits=6)
    return {layer.name: r.tolist() for (layer, _), r in zip(charged_layers(model), rows, strict=True)}


def test_bit_cost_rows_of_a_convolution() -> None:
    """Kernel (3 positions x 3 features) on 8 positions, stride 2, 'valid': 3 output positions, so each row
    reads 3 values of its feature (8, 7 and 0 bits: the third feature is dropped)."""
    model = _build(
        "cnn1d", {"filters": [4], "kernel_size": 3, "strides": 2, "pool": 2, "hidden": [8]}, (8, 3)
    )
    rows = _rows(model, [8, 7, 0])
    assert rows["conv1"] == [[24.0, 21.0, 0.0]] * 3
    assert rows["fc1"] == [6.0] * 4  # one pooled position x 4 filters, each a 6-bit ReLU
    assert rows["logits"] == [6.0] * 8


def test_bit_cost_rows_of_pointwise_layers_on_particles() -> None:
    """Interaction network, 4 particles x 3 features (widths 8, 7, 0): the edge MLP's receiver and sender rows
    read each particle once (4 x width; the 12 edges repeat them), the node MLP reads the particle's features
    and the aggregate (the sum of 3 messages of the 5-bit edge ReLU: 7 bits) of each of 4 particles, the head the
    pool (the sum of 4 node ReLUs of 4 bits: 6 bits)."""
    params = {"kind": "interaction", "edge_hidden": [4], "node_hidden": [4], "head_hidden": [8]}
    layers = {"edge_fc1_relu": {"act_bits": 5, "act_integer": 2}, "node_fc1_relu": {"act_bits": 4}}
    rows = _rows(_build("gnn", params, (4, 3), layers), [8, 7, 0])
    assert rows["edge_fc1"] == [32.0, 28.0, 0.0] * 2
    assert rows["node_fc1"] == [32.0, 28.0, 0.0] + [28.0] * 4
    assert rows["fc1"] == [6.0] * 4
    assert rows["logits"] == [6.0] * 8
    deepsets = _build("gnn", {"kind": "deepsets", "node_hidden": [4], "head_hidden": [8]}, (4, 3))
    assert _rows(deepsets, [8, 7, 0])["node_fc1"] == [32.0, 28.0, 0.0]


def test_bit_cost_rows_of_a_broadcast_vector_count_once() -> None:
    """JEDI-linear (the constituents' family, same machinery): each particle's combine layer reads its own 4
    values (6-bit ReLUs: 4 particles x 6) and the per-jet mean copied onto every particle (a mean of 4 6-bit
    values: 8 bits, once: the RTL computes the copied half-row once)."""
    model = _build("jedi", {"particle_hidden": [4], "combine_hidden": [4], "head_hidden": [8]}, (4, 3))
    rows = _rows(model, [8, 7, 0])
    assert rows["p_fc1"] == [32.0, 28.0, 0.0]
    assert rows["c_fc1"] == [24.0] * 4 + [8.0] * 4


def test_gnn_fixed_sums_take_the_types_of_the_relus_that_feed_them() -> None:
    from fpgaml.config import ConvertConfig
    from fpgaml.hls import hls_config
    from fpgaml.models import FAMILIES as REGISTRY

    params = {"kind": "interaction", "edge_hidden": [4], "node_hidden": [4], "head_hidden": [8]}
    layers = {"edge_fc1_relu": {"act_bits": 5, "act_integer": 2}, "node_fc1_relu": {"act_bits": 4}}
    model = _build("gnn", params, (4, 3), layers)
    mc = from_dict({"model": {"family": "gnn", "params": params, "layer_precision": layers}}).model
    cfg = hls_config(model, mc, ConvertConfig(), REGISTRY.get("gnn"))["LayerName"]
    assert cfg["aggregate"]["Precision"]["result"] == "ufixed<7,4>"  # 3 messages of ufixed<5,2>
    assert cfg["messages_t"]["Precision"]["result"] == "ufixed<5,2>"
    assert cfg["nodes"]["Precision"]["result"] == "fixed<16,6>"  # the fixed<16,6> port and ufixed<7,4>
    assert cfg["pool"]["Precision"]["result"] == "ufixed<6,2>"  # 4 node outputs of ufixed<4,0>


@pytest.mark.parametrize(
    ("family", "model", "train", "message"),
    [
        (
            "gnn",
            {"layer_precision": {"receivers": {"weight_bits": 4}}},
            {},
            r"layer_precision\.receivers: no such quantized layer.*edge_fc1, node_fc1, fc1, logits",
        ),
        (
            "gnn",
            {},
            {"pruning": {"sparsity": {"aggregate": 0.5}, "begin_epoch": 0}},
            r"no prunable layer named 'aggregate'; prunable layers: edge_fc1, node_fc1, fc1, logits",
        ),
        (
            "cnn1d",
            {},
            {},
            r"model\.params: conv2 \(kernel_size 3\) would slide over 1 position\(s\) \(the 4 particles after 1",
        ),
        (
            "gnn",
            {"input_features": {"j_mass": "fixed<6,2>"}},
            {},
            r"model\.input_features names \['j_mass'\], not features of the data; its features: ptrel, erel",
        ),
        ("gru", {}, {"bit_cost": {"beta": 1e-5}}, r"train\.bit_cost: .*layer 'gru' \(QGRU\)"),
    ],
)
def test_bad_entries_are_refused_by_name(tmp_path, family, model, train, message) -> None:
    raw = {
        "name": f"bad_{family}",
        "data": {"n_jets": 600, "features": "constituents", "n_constituents": 4},
        "model": {"family": family, **model},
        "train": {"epochs": 1, "float_reference": "none", **train},
    }
    with pytest.raises(ConfigError, match=message):
        ex.run_flow_config(tmp_path, raw, ["data", "train"])
