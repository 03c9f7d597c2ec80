"""GRU / LSTM in RTL: the da4ml Verilog, unrolled over the sequence or with one pass of the cell
(``recurrent_steps_per_pass``) reused one jet at a time or interleaved over the jets in flight
(``rtl.recurrent``), simulated with Verilator, equals the integer reference (and the hls4ml C-sim) bit for bit;
latency and initiation interval measured on a stream of jets."""

from __future__ import annotations

import examples as ex
import numpy as np
import pytest

from fpgaml.errors import ConfigError, UnsupportedModelError
from fpgaml.ir import ModelIR, Weight, parse
from fpgaml.rtl import RtlSimulator, build, run_rtl
from fpgaml.rtl.recurrent import loop_period, write_recurrent_rtl

P = (True, 16, 6)
STEPS, FEATURES = 4, 3


@pytest.fixture
def cache(rtl_cache):
    """The run's build cache (conftest): Verilator's runtime library is compiled once."""
    return rtl_cache


def _small_model(family: str, units: int = 3, **params) -> tuple[object, object]:
    """A small QKeras model of the recurrent family (table gates, state quantizer) with random weights, and
    its model config."""
    from fpgaml.config import ModelConfig
    from fpgaml.models import FAMILIES, BuildContext

    mc = ModelConfig(family=family, params={"units": units, "hidden": [], **params})
    model = FAMILIES.get(family).build(BuildContext((STEPS, FEATURES), 5, mc, True))
    rng = np.random.default_rng(21)
    for var in model.trainable_weights:
        shape = tuple(var.shape)
        scale = 1 / np.sqrt(np.prod(shape[:-1])) if len(shape) >= 2 else 0.3
        var.assign(rng.normal(0, scale, shape).astype(np.float32))
    return model, mc


def _jets() -> np.ndarray:
    """Test jets on the input grid, with a zero-padded tail as the jets have."""
    x = ex.random_inputs(150, (STEPS, FEATURES), P, seed=22, scale=1.0)
    x[:, STEPS - 1 :, :] = 0.0
    return x


def _small(family: str, units: int = 3) -> tuple[ModelIR, np.ndarray]:
    """The IR of :func:`_small_model` and test jets."""
    model, _ = _small_model(family, units)
    return parse(model, P).check_exact(), _jets()


def _one_lsb_off(ir: ModelIR, layer: str) -> ModelIR:
    mutated = ir.copy()
    bias = mutated.get(layer).weights["bias"]
    ints = bias.ints
    ints.reshape(-1)[0] += 1  # one LSB of the first gate's bias of unit 0
    mutated.get(layer).weights["bias"] = Weight.from_ints(ints, bias.frac, layer, "bias")
    return mutated


@pytest.fixture(scope="module")
def firmware(tmp_path_factory):
    """Per family: the IR, test jets and hls4ml C-sim outputs of a small model; the HLS project is converted
    with hls4ml's non-static recurrent layer (``hls_static: false``, one instance per step), which C-simulates
    exactly as the static one."""
    from fpgaml import hls
    from fpgaml.config import ConvertConfig
    from fpgaml.models import FAMILIES

    made: dict[str, tuple[ModelIR, np.ndarray, np.ndarray]] = {}

    def get(family: str) -> tuple[ModelIR, np.ndarray, np.ndarray]:
        if family not in made:
            model, mc = _small_model(family, hls_static=False)
            ir, x = parse(model, P).check_exact(), _jets()
            out = tmp_path_factory.mktemp(f"{family}_hls")
            hm = hls.convert(model, mc, ConvertConfig(), out, family=FAMILIES.get(family))
            assert "use_static = false" in (out / "firmware" / "parameters.h").read_text()
            ex.compile_hls(hm)
            y_csim = np.asarray(hm.predict(np.ascontiguousarray(x)), np.float64).reshape(len(x), -1)
            np.testing.assert_array_equal(y_csim, ir.predict(x).reshape(y_csim.shape))  # C-sim == IR
            made[family] = (ir, x, y_csim)
        return made[family]

    return get


@pytest.mark.rtl
@pytest.mark.parametrize("family", ["gru", "lstm"])
def test_rtl_unrolled_equals_csim(family, firmware, tmp_path, cache):
    """``rtl.recurrent: unrolled``, the whole sequence in one pipeline: a new jet every clock, exact against
    the C-sim and the IR; the comparison sees a one-LSB change of one bias."""
    ir, x, y_csim = firmware(family)
    r = run_rtl(ir, x, tmp_path / "rtl", y_csim=y_csim, cache_dir=cache, recurrent="unrolled")
    assert np.ptp(y_csim) > 0
    np.testing.assert_array_equal(r.y_rtl, y_csim)
    assert r.n_equal_csim == r.n_outputs == y_csim.size
    assert r.exact and r.initiation_interval == 1 and r.latency_cycles == r.pipeline_depth
    assert r.design == {"design": "pipeline"}
    assert np.sum(r.y_rtl != _one_lsb_off(ir, family).predict(x).reshape(y_csim.shape)) > 0
    print(f"{family.upper()} {STEPS}x3 unrolled: {r.latency_cycles} cycles, II 1, build {r.build_seconds} s, "
          f"da4ml LUT {r.da4ml_lut_estimate}")  # fmt: skip


@pytest.mark.rtl
@pytest.mark.parametrize("family,k", [("gru", 1), ("lstm", 2)])
def test_rtl_interleaved_equals_csim(family, k, firmware, tmp_path, cache):
    """``rtl.recurrent: interleaved``: one pass of ``k`` steps shared by the jets in flight, a new jet every
    ``m = steps/k`` clocks. Exact against the C-sim on every output; the latency measured on the stream equals
    the design's formula ``(m - 1) L + S + H + 3`` with the loop period ``L`` coprime with ``m``; a stream one
    clock faster per jet gives wrong outputs (the II is real); a one-LSB change of one bias is seen. The
    GRU (4 passes) has no feedback delay, the LSTM (2 passes) one (its round trip is even)."""
    ir, x, y_csim = firmware(family)
    r = run_rtl(ir, x, tmp_path / "rtl", y_csim=y_csim, cache_dir=cache, recurrent="interleaved",
                recurrent_steps_per_pass=k)  # fmt: skip
    np.testing.assert_array_equal(r.y_rtl, y_csim)
    assert r.n_equal_csim == r.n_equal_fixed_point == r.n_outputs == y_csim.size
    d, m = r.design, STEPS // k
    s_depth, h_depth = d["cell_depth"], d["head_depth"]
    assert d["design"].startswith("interleaved") and d["passes"] == m and r.initiation_interval == m
    period = d["loop_period"]
    assert period == loop_period(s_depth, m) >= s_depth + 1 and np.gcd(period, m) == 1
    assert d["feedback_delay"] == period - s_depth - 1 == {"gru": 0, "lstm": 1}[family]
    assert r.exact and r.latency_cycles == r.pipeline_depth == (m - 1) * period + s_depth + h_depth + 3
    assert np.sum(r.y_rtl != _one_lsb_off(ir, family).predict(x).reshape(y_csim.shape)) > 0

    project = write_recurrent_rtl(ir, tmp_path / "rtl", steps_per_pass=k, interleaved=True)
    sim: RtlSimulator = build(project, cache_dir=cache)
    lat = project.latency
    fast = sim.stream(x, hold=m - 1)[lat : lat + len(x) * (m - 1) : m - 1]
    assert not np.array_equal(fast, y_csim)
    print(f"{family.upper()} {STEPS}x3 interleaved, {k} step(s) per pass: {r.latency_cycles} cycles, II {m}, "
          f"L {period}, build {r.build_seconds} s, da4ml LUT {r.da4ml_lut_estimate}")  # fmt: skip


@pytest.mark.rtl
@pytest.mark.parametrize("family,k", [("lstm", 2), ("gru", 1)])
def test_rtl_reused_cell_equals_fixed_point(family, k, tmp_path, cache):
    """One pass of ``k`` steps reused over the sequence: exact on every output with a new jet every
    II = passes * (pass depth + 1) clocks, the latency measured on the stream; feeding the jets faster than
    that breaks it (the II is a real constraint), and a one-LSB change of one bias is seen."""
    ir, x = _small(family)
    r = run_rtl(ir, x, tmp_path / "rtl", clock_period_ns=5.0, cache_dir=cache, recurrent_steps_per_pass=k)
    y = ir.predict(x).reshape(len(x), -1)
    np.testing.assert_array_equal(r.y_rtl, y)
    passes = STEPS // k
    d = r.design
    assert d["passes"] == passes and d["steps_per_pass"] == k
    assert r.initiation_interval == passes * (d["cell_depth"] + 1) > 1
    assert r.exact and r.latency_cycles == r.pipeline_depth == r.initiation_interval + d["head_depth"] + 2
    assert np.sum(r.y_rtl != _one_lsb_off(ir, family).predict(x).reshape(y.shape)) > 0

    project = write_recurrent_rtl(ir, tmp_path / "rtl", steps_per_pass=k)
    from fpgaml.rtl.yosys import da4ml_data_files, da4ml_sources

    files, top = da4ml_sources(project.path / "src")  # what Yosys synthesises: the schedule, cell and head
    assert top == project.name and {f"{top}_cell.v", f"{top}_head.v"} <= {f.name for f in files}
    assert da4ml_data_files(project.path / "src")  # the gate tables, for $readmemh
    sim: RtlSimulator = build(project, cache_dir=cache)
    lat, ii = project.latency, project.initiation_interval
    fast = sim.stream(x, hold=ii - 1)[lat : lat + len(x) * (ii - 1) : ii - 1] if ii > 2 else None
    if fast is not None:
        assert not np.array_equal(fast, y)
    print(f"{family.upper()} {STEPS}x3, {k} step(s) per pass: {r.latency_cycles} cycles, II {ii}, "
          f"build {r.build_seconds} s, da4ml LUT {r.da4ml_lut_estimate}")  # fmt: skip


def test_reused_cell_refusals():
    ir, _ = _small("gru", units=2)
    from fpgaml.rtl.recurrent import trace_parts

    with pytest.raises(ConfigError, match="must divide the 4 steps"):
        trace_parts(ir, 3)
    seq = ir.copy()
    seq.get("gru").attrs["return_sequences"] = True
    with pytest.raises(UnsupportedModelError, match="return_sequences"):
        trace_parts(seq, 2)


def test_recurrent_design_setting():
    """``rtl.recurrent`` and ``rtl.recurrent_steps_per_pass``: the config refuses what cannot go together, the
    library what cannot apply to the network, each naming the key."""
    from fpgaml.config import from_dict
    from fpgaml.rtl import generate
    from fpgaml.rtl.recurrent import check_recurrent_design

    base = {"model": {"family": "gru"}}
    assert from_dict(base).rtl.recurrent_design == "unrolled"
    assert from_dict({**base, "rtl": {"recurrent_steps_per_pass": 1}}).rtl.recurrent_design == "reused"
    cfg = from_dict({**base, "rtl": {"recurrent": "interleaved", "recurrent_steps_per_pass": 8}})
    assert cfg.rtl.recurrent_design == "interleaved"
    with pytest.raises(
        ConfigError, match=r"rtl\.recurrent_steps_per_pass.*no meaning with rtl\.recurrent: unrolled"
    ):
        from_dict({**base, "rtl": {"recurrent": "unrolled", "recurrent_steps_per_pass": 2}})
    with pytest.raises(ConfigError, match=r"rtl\.recurrent_steps_per_pass.*interleaved builds one pass"):
        from_dict({**base, "rtl": {"recurrent": "interleaved"}})
    with pytest.raises(ConfigError, match=r"rtl\.recurrent"):
        from_dict({**base, "rtl": {"recurrent": "unroled"}})

    ir, _ = _small("gru", units=2)
    assert check_recurrent_design(ir, "interleaved", 2) == "interleaved"
    assert check_recurrent_design(ir, None, 2) == "reused"
    dense = parse(ex.dense_model((4,), n_in=6, n_out=3), P)
    for recurrent, k, key in (("interleaved", 2, "rtl.recurrent"), ("unrolled", None, "rtl.recurrent"),
                              (None, 1, "rtl.recurrent_steps_per_pass")):  # fmt: skip
        with pytest.raises(ConfigError, match=rf"{key} applies to a network with a GRU/LSTM layer"):
            check_recurrent_design(dense, recurrent, k)
    with pytest.raises(ConfigError, match="must divide the 4 steps"):
        generate(ir, "unused", recurrent="interleaved", recurrent_steps_per_pass=3)
    with pytest.raises(ConfigError, match="is one pass: nothing to interleave"):
        write_recurrent_rtl(ir, "unused", steps_per_pass=4, interleaved=True)


@pytest.mark.rtl
def test_rtl_interleaved_per_feature_inputs(tmp_path, cache):
    """Per-feature input types (``model.input_features``) reach the interleaved pass: each feature enters the
    cell with its own bits and a dropped one is not read; exact against the IR on inputs on those grids, and
    the pass is smaller than with every feature on the port type."""
    from fpgaml.ir.core import InputTypes

    model, _ = _small_model("gru")
    types = InputTypes.of("fixed<16,6>", ["fixed<8,3>", "drop", "fixed<10,4>"])
    ir = parse(model, types).check_exact()
    x = types.grid(_jets())
    r = run_rtl(ir, x, tmp_path / "rtl", cache_dir=cache, recurrent="interleaved", recurrent_steps_per_pass=2)
    y = ir.predict(x).reshape(len(x), -1)
    np.testing.assert_array_equal(r.y_rtl, y)
    assert r.exact and r.initiation_interval == 2
    uniform = write_recurrent_rtl(parse(model, P), tmp_path / "uniform", steps_per_pass=2, interleaved=True)
    assert r.da4ml_lut_estimate < uniform.estimated_luts
    assert r.register_bits < uniform.reg_bits
