"""Per-feature input types (``model.input_features``, :mod:`fpgaml.inputs`, :class:`fpgaml.ir.InputTypes`).

Each feature on its own grid within the port type, or dropped: the grid is hand-worked, the search keeps its
tolerance and drops what does not matter, the fixed-point reference refuses values off a feature's grid, and
da4ml's RTL gives each feature only its own bits (fewer LUTs) while staying bit-exact in Verilator. The whole
flow with ``auto`` keeps C-sim = QKeras = fixed point = RTL.
"""

from __future__ import annotations

import json
from pathlib import Path

import examples as ex
import numpy as np
import pytest

from fpgaml.config import from_dict
from fpgaml.errors import ConfigError, InputError
from fpgaml.inputs import explicit, integer_bits, search
from fpgaml.ir import FixedType, InputTypes, parse

PORT = "fixed<16,6>"


def test_grid_per_feature_hand_worked() -> None:
    t = InputTypes.of("fixed<8,3>", ["fixed<4,2>", "drop", "ufixed<3,1>"])
    x = np.array([[0.30, 5.0, 0.70], [-1.26, -0.1, -0.5], [1.875, 0.0, 9.0]])
    # fixed<4,2>: LSB 0.25, [-2, 1.75]; ufixed<3,1>: LSB 0.25, [0, 1.75]; the dropped feature is 0
    np.testing.assert_array_equal(t.grid(x), [[0.25, 0.0, 0.75], [-1.25, 0.0, 0.0], [1.75, 0.0, 1.75]])
    assert t.bits() == 4 + 0 + 3 and not t.uniform and t.dropped == [1]
    assert t.off_grid(np.array([[0.25, 0.0, 0.5], [0.125, 0.0, 0.5], [0.25, 0.0078125, 0.5]])).tolist() == [
        [False, False, False], [True, False, False], [False, True, False]]  # fmt: skip
    k, i, f = t.kifs((3,))
    assert (k.tolist(), i.tolist(), f.tolist()) == ([1, 1, 0], [1, 2, 1], [2, 5, 2])  # dropped: the port's
    assert t.kept((2, 3)).tolist() == [[1, 0, 1], [1, 0, 1]]
    assert str(t) == "fixed<8,3> with per-feature types [fixed<4,2>, drop, ufixed<3,1>]"
    # uniform: one type
    u = InputTypes.of(PORT)
    np.testing.assert_array_equal(u.grid(np.array([[0.3]])), [[np.rint(0.3 * 1024) / 1024]])
    with pytest.raises(InputError, match="NaN"):
        t.grid(np.array([[np.nan, 0, 0]]))
    with pytest.raises(InputError, match="3 per-feature input types for inputs with 2 features"):
        t.grid(np.zeros((1, 2)))


@pytest.mark.parametrize("wider", ["fixed<8,4>", "fixed<10,2>", "ufixed<8,3>"])
def test_a_feature_type_wider_than_the_port_is_refused(wider: str) -> None:
    with pytest.raises(ConfigError, match="not contained in the port type fixed<8,3>"):
        InputTypes.of("fixed<8,3>", [wider])


def test_integer_bits_from_the_data() -> None:
    port = FixedType.parse(PORT)
    rng = np.random.default_rng(0)
    assert integer_bits(rng.uniform(-3.9, 3.9, 10_000), port) == (True, 3)  # |x| < 4: 2 bits + sign
    assert integer_bits(rng.uniform(0, 5.5, 10_000), port) == (False, 3)  # [0, 8)
    assert integer_bits(rng.uniform(0, 0.9, 10_000), port) == (False, 0)  # [0, 1): fraction bits only
    wide = np.concatenate([rng.uniform(-1, 1, 10_000), [1e6] * 5])  # 0.05 % outliers saturate: not counted
    assert integer_bits(wide, port) == (True, 1)
    assert integer_bits(rng.uniform(-1e4, 1e4, 1000), port) == (True, 6)  # capped at the port's


def _toy(n: int = 20_000, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Three features: the label is x0 > 0.3 (needs a fine grid near 0.3), x1 is noise, x2 a coarse hint."""
    rng = np.random.default_rng(seed)
    x = rng.normal(size=(n, 3))
    return x, (x[:, 0] > 0.3).astype(int)


def test_search_drops_the_noise_and_keeps_the_tolerance() -> None:
    x, y = _toy()

    def accuracy(xg: np.ndarray) -> float:  # a "network" that thresholds feature 0 at 0.3
        return float(np.mean((xg[:, 0] > 0.3) == y))

    port = FixedType.parse(PORT)
    types, report = search(accuracy, x, x, port, tolerance_pp=0.5)
    assert report.accuracy_port == accuracy(InputTypes(port).grid(x))
    assert report.accuracy_chosen >= report.accuracy_port - 0.005  # the tolerance holds
    assert report.accuracy_chosen == accuracy(types.grid(x))
    assert types.dropped == [1, 2]  # nothing reads them
    kept = types.features[0]
    assert kept is not None and kept.frac >= 2  # 0.3 needs a few fraction bits to be resolved
    assert report.bits_chosen == kept.width < report.bits_port == 48
    # a tolerance of 0 keeps every bit that moves the accuracy at all; 100 pp drops everything
    strict, _ = search(accuracy, x, x, port, tolerance_pp=0.0)
    assert strict.features[0] is not None and strict.features[0].frac >= kept.frac
    assert search(accuracy, x, x, port, tolerance_pp=100.0)[0].dropped == [0, 1, 2]


def test_a_second_judge_bounds_the_loss_the_first_does_not_see() -> None:
    """Split A's values of x0 lie far from the threshold 0.3 (a coarse grid costs A nothing); split B's lie near
    it. Judged on A alone, x0 goes coarse and B loses far more than the tolerance; with B as a second judge
    the loss on both stays within it."""
    rng = np.random.default_rng(1)
    xa = rng.choice([-2.0, 2.5], size=(4000, 2)) + rng.normal(0, 0.05, (4000, 2))
    xb = rng.uniform(0.2, 0.4, size=(4000, 2))
    ya, yb = (xa[:, 0] > 0.3).astype(int), (xb[:, 0] > 0.3).astype(int)

    def acc_a(xg: np.ndarray) -> float:
        return float(np.mean((xg[:, 0] > 0.3) == ya))

    def acc_b(xg: np.ndarray) -> float:
        return float(np.mean((xg[:, 0] > 0.3) == yb))

    port = FixedType.parse(PORT)
    grid = InputTypes(port).grid
    alone, _ = search(acc_a, xa, xa, port, tolerance_pp=0.5)
    assert acc_b(alone.grid(xb)) < acc_b(grid(xb)) - 0.05  # B lost more than 5 pp, unseen
    both, report = search(acc_a, xa, xa, port, tolerance_pp=0.5, also=[("b", acc_b, xb)])
    assert acc_a(both.grid(xa)) >= acc_a(grid(xa)) - 0.005
    assert acc_b(both.grid(xb)) >= acc_b(grid(xb)) - 0.005
    assert report.judges["b"] == {"accuracy_port": acc_b(grid(xb)), "accuracy_chosen": acc_b(both.grid(xb))}
    assert both.features[0].frac > alone.features[0].frac and both.dropped == alone.dropped == [1]


def test_explicit_types_name_real_features() -> None:
    t = explicit(PORT, {"b": "drop", "c": "fixed<8,3>"}, ["a", "b", "c"])
    assert t.texts == [PORT, "drop", "fixed<8,3>"]
    with pytest.raises(ConfigError, match=r"names \['z'\], not features of the data"):
        explicit(PORT, {"z": "drop"}, ["a", "b"])
    with pytest.raises(ConfigError, match=r"model\.input_features: input feature 0"):
        explicit("fixed<8,3>", {"a": "fixed<16,6>"}, ["a"])


def test_config_refusals() -> None:
    base = {"model": {"input_features": "auto"}}
    cfg = from_dict(base)
    assert cfg.model.input_features == "auto"
    assert from_dict({"model": {"input_features": {"x": "DROP", "y": "fixed<8,3>"}}}).model.input_features == {
        "x": "drop", "y": "fixed<8,3>"}  # fmt: skip
    for bad, msg in [
        ({"data": {"standardize": "firmware"}}, "per-feature input types with data.standardize: firmware"),
        ({"train": {"float_reference": "none"}}, "auto needs the float reference"),
        ({"model": {"input_features": {"x": "fixed<8"}}}, "not a fixed-point|fixed<8"),
        ({"model": {"input_features": "automatic"}}, "auto, or a mapping"),
        ({"model": {"input_features": ["fixed<8,3>"]}}, "auto, or a mapping"),
        ({"model": {"input_features_network": "qkeras"}}, "judges model.input_features: auto; here .* unset"),
        (
            {"model": {"input_features_network": "qkeras", "input_features": {"x": "drop"}}},
            "a mapping of named",
        ),
        ({"model": {"input_features_network": "fixed"}}, "float|qkeras|'float' or 'qkeras'"),
    ]:
        raw = {**base, **bad} if "model" not in bad else bad
        with pytest.raises(ConfigError, match=msg):
            from_dict(raw)
    # the quantized network judges: no float reference needed
    judged = from_dict({"model": {"input_features": "auto", "input_features_network": "qkeras"},
                        "train": {"float_reference": "none"}})  # fmt: skip
    assert judged.model.input_features_network == "qkeras"


@pytest.fixture(scope="module")
def narrowed():
    """The cached 16-16-5 QKeras MLP with per-feature types: some narrowed, two dropped."""
    model = ex.cached_dense_model()
    texts = [PORT] * 16
    texts[0], texts[3], texts[5] = "fixed<6,3>", "drop", "fixed<10,6>"
    texts[7], texts[9] = "ufixed<4,2>", "drop"
    types = InputTypes.of(PORT, texts)
    x = types.grid(ex.random_inputs(2000, (16,), (True, 16, 6), seed=4))
    return model, types, x


def test_fixed_point_reference_equals_qkeras_and_refuses_off_grid(narrowed) -> None:
    model, types, x = narrowed
    fp = parse(model, types).check_exact()
    y_q = np.asarray(model(x.astype(np.float32), training=False), np.float64)
    np.testing.assert_array_equal(fp.predict(x), y_q)
    bad = x.copy()
    bad[0, 3] = 0.5  # a dropped feature must be 0
    with pytest.raises(InputError, match="1 input values are not on the"):
        fp.predict(bad)
    bad = x.copy()
    bad[1, 0] = 0.0625  # fixed<6,3> has LSB 0.125: on the port grid, not on the feature's
    with pytest.raises(InputError, match="1 input values are not on the"):
        fp.predict(bad)
    parse(model, PORT).predict(bad)  # the port alone accepts it: the per-feature check is what refused


def test_rtl_reads_only_each_features_bits_and_is_exact(narrowed, tmp_path: Path) -> None:
    from fpgaml.rtl import run_rtl
    from fpgaml.rtl.trace import trace

    model, types, x = narrowed
    fp = parse(model, types).check_exact()
    wide, narrow = trace(parse(model, PORT)), trace(fp)
    np.testing.assert_array_equal(narrow.predict(x), fp.predict(x))
    assert narrow.cost < wide.cost  # fewer input bits, fewer adder bits (da4ml's LUT estimate)
    r = run_rtl(fp, x[:500], tmp_path / "rtl", clock_period_ns=5.0, cache_dir=tmp_path / "cache")
    assert r.exact and r.n_equal_fixed_point == r.n_outputs == 500 * 5


def _auto_config(name: str, seed: int, **model: str) -> dict:
    """A small dense flow with ``input_features: auto`` (tolerance 0.5 pp) and ``model`` keys over it."""
    return {
        "name": name,
        "seed": seed,
        "data": {"n_jets": 6000},
        "model": {"family": "dense", "params": {"hidden": [16]}, "input_precision": "fixed<8,3>",
                  "input_features": "auto", "input_features_tolerance_pp": 0.5, **model},
        "train": {"epochs": 4, "batch_size": 256},
        "verify": {"max_accuracy_drop_pp": 100.0},
        "rtl": {"max_vectors": 300},
    }  # fmt: skip


@pytest.fixture(scope="module")
def auto_run(tmp_path_factory: pytest.TempPathFactory):
    tmp = tmp_path_factory.mktemp("inputs_auto")
    raw = _auto_config("auto_inputs", 3)
    cfg = ex.run_flow_config(tmp, raw, ["data", "train", "convert", "csim", "verify", "rtl"])
    return cfg


def test_auto_flow_is_exact_end_to_end(auto_run) -> None:
    cfg = auto_run
    meta = json.loads((cfg.stage_dir("train") / "meta.json").read_text())
    search_report = json.loads((cfg.stage_dir("train") / "input_types.json").read_text())
    types = InputTypes.of(meta["interface"]["input_precision"], meta["interface"]["input_types"])
    assert not types.uniform and search_report["types"] == meta["interface"]["input_types"]
    assert search_report["bits_chosen"] < search_report["bits_port"] == 16 * 8
    assert search_report["accuracy_chosen"] >= search_report["accuracy_port"] - 0.005
    cs = np.load(cfg.stage_dir("csim") / "outputs.npz")
    assert not types.off_grid(cs["x"]).any()  # the C-sim was fed each feature on its own grid
    report = json.loads((cfg.stage_dir("verify") / "report.json").read_text())
    assert report["passed"]
    assert report["bit_accuracy"]["qkeras"]["n_different"] == 0
    assert report["bit_accuracy"]["fixed_point_reference"]["n_different"] == 0
    assert report["input_rounding"]["input_types"] == dict(
        zip(meta["interface"]["feature_names"], meta["interface"]["input_types"], strict=True)
    )
    assert "Per-feature input types" in (cfg.stage_dir("verify") / "report.md").read_text()
    rtl = json.loads((cfg.stage_dir("rtl") / "rtl.json").read_text())
    assert rtl["n_equal_csim"] == rtl["n_outputs"] == 300 * 5


@pytest.fixture(scope="module")
def auto_qkeras_run(tmp_path_factory: pytest.TempPathFactory):
    """``auto`` judged by the trained QKeras network (after QAT, no retraining)."""
    tmp = tmp_path_factory.mktemp("inputs_auto_qkeras")
    raw = _auto_config("auto_qkeras", 5, input_features_network="qkeras")
    return tmp, raw, ex.run_flow_config(tmp, raw, ["data", "train", "convert", "csim", "verify", "rtl"])


def _val_accuracy(model, types: InputTypes, cfg, split: str = "val") -> float:
    from fpgaml.stages.data import load_split

    x, y, _ = load_split(cfg, split)
    pred = np.asarray(model(types.grid(x).astype(np.float32), training=False))
    return float(np.mean(np.argmax(pred, axis=1) == y))


def test_auto_judged_by_the_quantized_network_bounds_its_own_accuracy(auto_qkeras_run) -> None:
    from fpgaml import modelio

    _, _, cfg = auto_qkeras_run
    train = cfg.stage_dir("train")
    meta = json.loads((train / "meta.json").read_text())
    search = json.loads((train / "input_types.json").read_text())
    types = InputTypes.of(meta["interface"]["input_precision"], meta["interface"]["input_types"])
    assert (
        search["network"] == "qkeras"
        and search["types"] == meta["interface"]["input_types"]
        and not types.uniform
    )
    assert search["bits_chosen"] < search["bits_port"] == 16 * 8
    # the accuracies the search stood on are the saved QKeras network's own, on the port grid and on the
    # chosen grids (the float reference's differ), and the chosen ones are within the tolerance
    qmodel = modelio.load_model(train / "qkeras_model.h5")
    fmodel = modelio.load_model(train / "float_model.h5")
    port = InputTypes.of(meta["interface"]["input_precision"])
    assert search["accuracy_port"] == _val_accuracy(qmodel, port, cfg) != _val_accuracy(fmodel, port, cfg)
    assert search["accuracy_chosen"] == _val_accuracy(qmodel, types, cfg)
    assert search["accuracy_chosen"] >= search["accuracy_port"] - 0.005
    train_judge = search["judges"]["train"]  # the training split judged too, within the same tolerance
    assert train_judge["accuracy_port"] == _val_accuracy(qmodel, port, cfg, "train")
    assert train_judge["accuracy_chosen"] == _val_accuracy(qmodel, types, cfg, "train")
    assert train_judge["accuracy_chosen"] >= train_judge["accuracy_port"] - 0.005
    summary = json.loads((train / "manifest.json").read_text())["summary"]
    assert summary["input_types"]["search"]["network"] == "qkeras"
    report = json.loads((cfg.stage_dir("verify") / "report.json").read_text())
    assert report["passed"] and report["bit_accuracy"]["qkeras"]["n_different"] == 0
    assert report["bit_accuracy"]["fixed_point_reference"]["n_different"] == 0
    rtl = json.loads((cfg.stage_dir("rtl") / "rtl.json").read_text())
    assert rtl["n_equal_csim"] == rtl["n_outputs"] == 300 * 5


def test_auto_judged_by_a_pretrained_network_chooses_as_the_built_in_route(auto_qkeras_run) -> None:
    """The trained network of the run above, given back as train.pretrained (before: auto was refused with a
    pretrained model): the same data and network, so the same types."""
    tmp, raw, cfg = auto_qkeras_run
    meta = json.loads((cfg.stage_dir("train") / "meta.json").read_text())
    pre = {**raw, "name": "auto_qkeras_pretrained",
           "train": {"pretrained": str(cfg.stage_dir("train") / "qkeras_model.h5")}}  # fmt: skip
    cfg2 = ex.run_flow_config(tmp, pre, ["data", "train"])
    meta2 = json.loads((cfg2.stage_dir("train") / "meta.json").read_text())
    search2 = json.loads((cfg2.stage_dir("train") / "input_types.json").read_text())
    assert meta2["pretrained"] and search2["network"] == "qkeras"
    assert meta2["interface"]["input_types"] == meta["interface"]["input_types"]
