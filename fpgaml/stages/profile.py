"""Stage ``profile``: latency and resources of the design against the budget on the target device.

Reads whatever exists: the ``rtl`` artifact (latency measured in Verilator; its Verilog goes through Yosys
for LUT/FF/DSP/CARRY), a Vitis/Vivado HLS report in the ``convert`` project (after ``fpgaml synth``), and,
when neither gives a latency (e.g. GRU/LSTM, which have no RTL path), the analytic hls4ml cycle model.
Writes ``<run>/profile/``: ``profile.json``, ``profile.txt`` (the table) and ``yosys/`` (script, log, stat).
Raises :class:`~fpgaml.errors.CheckFailed` when an enforced number exceeds the budget (also on re-runs).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fpgaml.artifacts import Outcome, write_json
from fpgaml.backends import get_backend
from fpgaml.profile import get_device, profile
from fpgaml.profile.budget import format_number
from fpgaml.profile.reports import hls_tool, read_hls_report
from fpgaml.rtl.yosys import YosysMissing, da4ml_data_files, da4ml_sources, estimate, yosys_command
from fpgaml.stage import Flag, Stage, StageContext, stage_dir
from fpgaml.stages.convert import ProjectInfo

if TYPE_CHECKING:  # pragma: no cover
    from fpgaml.config import FlowConfig


def _hls_report_stamp(cfg: FlowConfig) -> list[Any]:

    xml = sorted(stage_dir("convert", cfg).glob(get_backend(cfg.convert.backend).report_glob))
    return [[str(p), int(p.stat().st_mtime)] for p in xml]


def _inputs(cfg: FlowConfig) -> dict[str, Any]:
    """What the profile depends on outside fpgaml's artifacts: the budget (file content resolved), a vendor
    report written by `fpgaml synth`, and whether Yosys can run."""

    try:
        yosys_command()
        yosys_ok = True
    except YosysMissing:
        yosys_ok = False
    return {
        "budget": cfg.profile.resolved_budget().model_dump(mode="json"),
        "hls_report": _hls_report_stamp(cfg),
        "yosys_available": yosys_ok,
    }


def _yosys(cfg: FlowConfig, rtl_ok: bool, work: Path) -> Any:

    if not cfg.profile.yosys:
        return "disabled (profile.yosys: false)"
    if not rtl_ok:
        return "no RTL to synthesise (the rtl stage has no path for this network or is disabled)"
    src = stage_dir("rtl", cfg) / "verilog" / "src"
    files, top = da4ml_sources(src)
    if top is None:
        return f"no da4ml top module found in {src}"
    try:
        return estimate(
            files, top, family=cfg.profile.yosys_family, work_dir=work, timeout_s=cfg.profile.yosys_timeout_s,
            data_files=da4ml_data_files(src),
        )  # fmt: skip
    except YosysMissing as exc:
        return f"Yosys not installed: {exc}"


def _analytic(cfg: FlowConfig, have_latency: bool) -> Any:
    """The analytic estimate the convert stage computed from hls4ml's layer graph (or why there is none)."""
    if not cfg.profile.analytic or have_latency:
        return None
    path = stage_dir("convert", cfg) / "analytic.json"
    if not path.is_file():
        return "the analytic model covers the Latency strategy with io_parallel only"
    return json.loads(path.read_text())


def produce(ctx: StageContext, out: Path) -> Outcome:

    cfg = ctx.cfg
    device = get_device(cfg.profile.device)
    budget = cfg.profile.resolved_budget()
    clock_mhz = budget.clock_mhz or 1000.0 / cfg.convert.clock_period_ns

    rtl_manifest = ctx.manifest("rtl")
    rtl_ok = rtl_manifest.status == "done"
    rtl: Any = (
        rtl_manifest.summary
        if rtl_ok
        else f"no RTL latency: {rtl_manifest.summary.get('reason', rtl_manifest.status)}"
    )
    report = read_hls_report(ctx.dir("convert"), cfg.convert.backend)
    if report is None:
        tool = hls_tool(cfg.convert.backend)
        hls: Any = (
            f"no HLS synthesis report yet: run `fpgaml synth CONFIG` ({tool} is on PATH)"
            if tool
            else f"no {cfg.convert.backend} HLS tool on PATH and no report in the convert project"
        )
    else:
        hls = report

    yosys = _yosys(cfg, rtl_ok, out / "yosys")
    analytic = _analytic(cfg, rtl_ok or report is not None)
    # a design too large to simulate (rtl.max_lut_estimate) still has da4ml's LUT estimate; its latency is
    # then the analytic estimate, labelled as such
    too_large = rtl_manifest.summary.get("da4ml_lut_estimate") if not rtl_ok else None
    result = profile(
        device=device,
        budget=budget,
        clock_mhz=clock_mhz,
        enforce=cfg.profile.enforce,
        rtl=rtl,
        yosys=yosys,
        hls_report=hls,
        analytic=analytic,
        da4ml={"da4ml_lut_estimate": too_large} if too_large else None,
    )
    data = result.to_dict()
    if isinstance(analytic, dict):
        data["analytic_layers"] = analytic["layers"]
    if yosys is not None and not isinstance(yosys, str):
        data["yosys_cells"] = yosys.cells
    info = ProjectInfo.of(cfg)
    softmax = info.softmax_inside
    data["softmax_inside"] = {
        "rtl": False,
        "yosys": False,
        "da4ml": False,
        "analytic": softmax,
        "hls_report": softmax,
    }
    note = ""
    if info.ends_in_softmax:
        note = (
            "the firmware keeps its softmax: the HLS and analytic numbers include it, the RTL ones (Verilator, "
            "da4ml, Yosys) end at the logits"
            if softmax
            else "the network's softmax was stripped (convert.softmax: strip): every number is for the logits"
        )
        data["softmax_note"] = note
    write_json(out / "profile.json", data)
    (out / "profile.txt").write_text(result.table() + (f"\nsoftmax: {note}" if note else "") + "\n")
    failed = [
        f"budget exceeded on {device.name}: {r.quantity} {format_number(r.value)} > "
        f"{format_number(r.budget)} ({r.source_label})"
        for r in result.failures
    ]
    summary = {
        "passed": result.passed,
        "device": device.name,
        "clock_mhz": clock_mhz,
        "table": result.table(),
        **({"softmax": note} if note else {}),
    }
    return Outcome(summary, failed_checks=failed)


STAGE = Stage(
    name="profile",
    doc="latency and resources against the budget (non-zero exit when over budget)",
    produce=produce,
    reads=("convert", "rtl"),
    config=("profile",),
    inputs=_inputs,
    order=70,
    flags=(
        Flag(
            "--budget", "profile.budget_file", "YAML budget file (sets profile.budget_file)", metavar="FILE"
        ),
        Flag("--device", "profile.device", "target device, e.g. vu9p, vu13p, ku115 (sets profile.device)"),
    ),
)
