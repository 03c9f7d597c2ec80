"""Stage ``profile``: latency and resources of the design against the budget on the target device.

Reads whatever exists: the ``rtl`` artifact (latency measured in Verilator; its Verilog goes through Yosys
for LUT/FF/DSP/CARRY), a Vitis/Vivado HLS report in the ``convert`` project (after ``fpgaml synth``), and,
when neither gives a latency (e.g. GRU/LSTM, which have no RTL path), the analytic hls4ml cycle model.
Writes ``<run>/profile/``: ``profile.json``, ``profile.txt`` (the table) and ``yosys/`` (script, log, stat).
Raises :class:`~fpgaml.errors.CheckFailed` when an enforced number exceeds the budget (also on re-runs).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from fpgaml.artifacts import ensure_replaceable, is_up_to_date, read_manifest, stage_output, write_json
from fpgaml.errors import ArtifactMissingError, CheckFailed

if TYPE_CHECKING:  # pragma: no cover
    from fpgaml.config import FlowConfig


def _manifest_hash(directory: Path) -> str | None:
    try:
        return read_manifest(directory)["hash"]
    except ArtifactMissingError:
        return None


def _hls_report_stamp(cfg: FlowConfig) -> list[Any]:
    xml = sorted(cfg.stage_dir("convert").glob("*_prj/*/syn/report/*_csynth.xml"))
    return [[str(p), int(p.stat().st_mtime)] for p in xml]


def _fingerprint(cfg: FlowConfig) -> dict[str, Any]:
    from fpgaml.rtl.yosys import YosysMissing, yosys_command

    try:
        yosys_command()
        yosys_ok = True
    except YosysMissing:
        yosys_ok = False
    return {
        "profile": cfg.profile.model_dump(mode="json"),
        "budget": cfg.profile.resolved_budget().model_dump(mode="json"),
        "clock_period_ns": cfg.convert.clock_period_ns,
        "convert": {k: v for k, v in cfg.convert.model_dump(mode="json").items() if k != "project_dir"},
        "rtl": _manifest_hash(cfg.stage_dir("rtl")),
        "train": _manifest_hash(cfg.stage_dir("train")),
        "hls_report": _hls_report_stamp(cfg),
        "yosys_available": yosys_ok,
    }


def _yosys(cfg: FlowConfig, rtl_summary: dict[str, Any] | None, work: Path) -> Any:
    from fpgaml.rtl.yosys import YosysMissing, da4ml_sources, estimate

    if not cfg.profile.yosys:
        return "disabled (profile.yosys: false)"
    if rtl_summary is None:
        return "no RTL to synthesise (the rtl stage has not run or has no path for this network)"
    src = cfg.stage_dir("rtl") / "verilog" / "src"
    files, top = da4ml_sources(src)
    if top is None:
        return f"no da4ml top module found in {src}"
    try:
        return estimate(
            files, top, family=cfg.profile.yosys_family, work_dir=work, timeout_s=cfg.profile.yosys_timeout_s
        )
    except YosysMissing as exc:
        return f"Yosys not installed: {exc}"


def _analytic(cfg: FlowConfig, have_latency: bool, work: Path) -> Any:
    from fpgaml.profile.analytic import analytic_from_keras

    if not cfg.profile.analytic or have_latency:
        return None
    if cfg.convert.strategy != "Latency" or cfg.convert.io_type != "io_parallel":
        return "the analytic model covers the Latency strategy with io_parallel only"
    try:
        from fpgaml.stages.train import load_models

        trained = load_models(cfg)
    except ArtifactMissingError as exc:
        return f"no trained model: {exc}"
    try:  # the flow's own conversion (family precision hooks, reuse factor, strategy)
        from fpgaml.hls import convert
        from fpgaml.models import FAMILIES
        from fpgaml.profile.analytic import analytic_latency

        family = FAMILIES.get(cfg.model.family) if cfg.model.family in FAMILIES else None
        hm = convert(trained.qmodel, cfg.model, cfg.convert, work, family)
        return analytic_latency(hm, cfg.convert.clock_period_ns)
    except ImportError:
        return analytic_from_keras(
            trained.qmodel,
            cfg.convert.clock_period_ns,
            output_dir=str(work),
            reuse_factor=cfg.convert.reuse_factor,
        )


def run(cfg: FlowConfig, *, force: bool = False) -> dict[str, Any]:
    from fpgaml.profile import get_device, profile
    from fpgaml.profile.budget import _fmt
    from fpgaml.profile.reports import hls_tool, read_hls_report

    out = cfg.stage_dir("profile")
    fp = _fingerprint(cfg)
    if not force and is_up_to_date(out, fp):
        summary = read_manifest(out)["summary"]
        _raise_if_failed(summary)
        return {"stage": "profile", "status": "up to date", "dir": str(out), **summary}
    ensure_replaceable(out, force)

    device = get_device(cfg.profile.device)
    budget = cfg.profile.resolved_budget()
    clock_mhz = budget.clock_mhz or 1000.0 / cfg.convert.clock_period_ns

    rtl_summary: dict[str, Any] | None
    try:
        rtl_summary = read_manifest(cfg.stage_dir("rtl"), "rtl")["summary"]
        rtl: Any = rtl_summary
    except ArtifactMissingError as exc:
        rtl_summary, rtl = None, f"no rtl artifact: {exc}"

    report = read_hls_report(cfg.stage_dir("convert"))
    if report is None:
        tool = hls_tool()
        hls: Any = (
            f"no HLS synthesis report yet: run `fpgaml synth` ({tool} is on PATH)"
            if tool
            else "no Vitis/Vivado HLS on PATH and no report in the convert project"
        )
    else:
        hls = report

    summary: dict[str, Any] = {}
    with stage_output(out, stage="profile", fingerprint=fp, force=force, summary=summary) as tmp:
        yosys = _yosys(cfg, rtl_summary, tmp / "yosys")
        analytic = _analytic(cfg, rtl_summary is not None or report is not None, tmp / "analytic_hls")
        result = profile(
            device=device,
            budget=budget,
            clock_mhz=clock_mhz,
            enforce=cfg.profile.enforce,
            rtl=rtl,
            yosys=yosys,
            hls_report=hls,
            analytic=analytic,
        )
        data = result.to_dict()
        if analytic is not None and not isinstance(analytic, str):
            data["analytic_layers"] = analytic.as_dict()["layers"]
        if yosys is not None and not isinstance(yosys, str):
            data["yosys_cells"] = yosys.cells
        write_json(tmp / "profile.json", data)
        (tmp / "profile.txt").write_text(result.table() + "\n")
        summary.update(
            passed=result.passed,
            device=device.name,
            clock_mhz=clock_mhz,
            failures=[
                f"{r.quantity} {_fmt(r.value)} > {_fmt(r.budget)} ({r.source_label})" for r in result.failures
            ],
            table=result.table(),
        )
    _raise_if_failed(summary)
    return {"stage": "profile", "status": "done", "dir": str(out), **summary}


def _raise_if_failed(summary: dict[str, Any]) -> None:
    if summary.get("failures"):
        raise CheckFailed(f"budget exceeded on {summary.get('device')}: " + "; ".join(summary["failures"]))


def load_result(cfg: FlowConfig) -> dict[str, Any]:
    import json

    d = cfg.stage_dir("profile")
    read_manifest(d, "profile")
    return json.loads((d / "profile.json").read_text())
