"""GRU / LSTM in RTL: the da4ml Verilog, unrolled over the sequence or with one reused pass of the cell
(``recurrent_steps_per_pass``), simulated with Verilator, equals the integer reference bit for bit; latency and initiation interval measured on a stream of jets."""

from __future__ import annotations

import examples as ex
import numpy as np
import pytest

from fpgaml.errors import ConfigError, UnsupportedModelError
from fpgaml.ir import ModelIR, Weight, parse
from fpgaml.rtl import RtlSimulator, run_rtl

P = (True, 16, 6)
STEPS, FEATURES = 4, 3


@pytest.fixture(scope="module")
def cache(tmp_path_factory):
    """One build cache for the module: Verilator's runtime library is compiled once."""
    return tmp_path_factory.getbasetemp() / "rtl_cache"


def _small(family: str, units: int = 3) -> tuple[ModelIR, np.ndarray]:
    """The IR of a small model of the recurrent family (table gates, state quantizer) with random weights,
    and test jets with a zero-padded tail, as the jets have."""
    from fpgaml.config import ModelConfig
    from fpgaml.models import FAMILIES, BuildContext

    mc = ModelConfig(family=family, params={"units": units, "hidden": []})
    model = FAMILIES.get(family).build(BuildContext((STEPS, FEATURES), 5, mc, True))
    rng = np.random.default_rng(21)
    for var in model.trainable_weights:
        shape = tuple(var.shape)
        scale = 1 / np.sqrt(np.prod(shape[:-1])) if len(shape) >= 2 else 0.3
        var.assign(rng.normal(0, scale, shape).astype(np.float32))
    x = ex.random_inputs(150, (STEPS, FEATURES), P, seed=22, scale=1.0)
    x[:, STEPS - 1 :, :] = 0.0
    return parse(model, P).check_exact(), x


def _one_lsb_off(ir: ModelIR, layer: str) -> ModelIR:
    mutated = ir.copy()
    bias = mutated.get(layer).weights["bias"]
    ints = bias.ints
    ints.reshape(-1)[0] += 1  # one LSB of the first gate's bias of unit 0
    mutated.get(layer).weights["bias"] = Weight.from_ints(ints, bias.frac, layer, "bias")
    return mutated


@pytest.mark.rtl
def test_rtl_gru_unrolled_equals_fixed_point(tmp_path, cache):
    """The whole sequence unrolled in one pipeline: a new jet every clock, exact against the IR; the
    comparison sees a one-LSB change of one bias. (IR == QKeras == hls4ml C-sim for these cells:
    tests/test_ir.py and tests/test_families.py; the rtl stage compares RTL with the C-sim directly.)"""
    ir, x = _small("gru")
    r = run_rtl(ir, x, tmp_path / "rtl", clock_period_ns=5.0, cache_dir=cache)
    y = ir.predict(x).reshape(len(x), -1)
    assert np.ptp(y) > 0
    np.testing.assert_array_equal(r.y_rtl, y)
    assert r.exact and r.initiation_interval == 1 and r.latency_cycles == r.pipeline_depth
    assert r.design == {"design": "pipeline"}
    assert np.sum(r.y_rtl != _one_lsb_off(ir, "gru").predict(x).reshape(y.shape)) > 0
    print(f"GRU {STEPS}x3 unrolled: {r.latency_cycles} cycles, II 1, build {r.build_seconds} s, "
          f"da4ml LUT {r.da4ml_lut_estimate}")  # fmt: skip


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

    from fpgaml.rtl import build
    from fpgaml.rtl.recurrent import write_recurrent_rtl

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
