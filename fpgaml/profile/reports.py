"""Vendor HLS reports: run the hls4ml synthesis where Vitis/Vivado HLS is installed, and read its reports.

Reading uses hls4ml's own parser (``hls4ml.report.parse_vivado_report``), which reads
``<project>/<name>_prj/<solution>/syn/report/<name>_csynth.xml`` (the solution from ``hls.app`` /
``vivado_hls.app``, the name from ``project.tcl``). The numbers are Vitis HLS *synthesis estimates* (before
Vivado place-and-route) and are labelled "Vitis HLS report".
"""

from __future__ import annotations

import contextlib
import io
import shutil
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from fpgaml.errors import ToolMissingError

SOURCE = "Vitis HLS report"
HLS_TOOLS = ("vitis_hls", "vivado_hls")


@dataclass
class HlsReport:
    latency_best: int
    latency_worst: int
    interval_min: int
    interval_max: int
    target_clock_ns: float
    estimated_clock_ns: float
    lut: int
    ff: int
    dsp: int
    bram18: int
    uram: int
    available: dict[str, int]
    path: str = ""
    source: str = SOURCE

    @property
    def bram36(self) -> float:
        return self.bram18 / 2.0

    def as_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["bram36"] = self.bram36
        return d


def hls_tool() -> str | None:
    """The first of vitis_hls / vivado_hls on PATH, or None."""
    for tool in HLS_TOOLS:
        if shutil.which(tool):
            return tool
    return None


def _int(v: Any) -> int:
    try:
        return int(float(str(v).strip()))
    except (TypeError, ValueError):
        return 0


def read_hls_report(project_dir: str | Path) -> HlsReport | None:
    """The C-synthesis report of an hls4ml project directory, or None when there is none."""
    from hls4ml.report import parse_vivado_report

    project_dir = Path(project_dir)
    if not (project_dir / "project.tcl").is_file():
        return None
    with contextlib.redirect_stdout(io.StringIO()):  # hls4ml prints "not found" messages
        report = parse_vivado_report(str(project_dir))
    syn = (report or {}).get("CSynthesisReport")
    if not syn:
        return None
    available = {k[len("Available") :]: _int(v) for k, v in syn.items() if k.startswith("Available")}
    xml = sorted(project_dir.glob("*_prj/*/syn/report/*_csynth.xml"))
    return HlsReport(
        latency_best=_int(syn["BestLatency"]),
        latency_worst=_int(syn["WorstLatency"]),
        interval_min=_int(syn["IntervalMin"]),
        interval_max=_int(syn["IntervalMax"]),
        target_clock_ns=float(syn["TargetClockPeriod"]),
        estimated_clock_ns=float(syn["EstimatedClockPeriod"]),
        lut=_int(syn.get("LUT")),
        ff=_int(syn.get("FF")),
        dsp=_int(syn.get("DSP")),
        bram18=_int(syn.get("BRAM_18K")),
        uram=_int(syn.get("URAM", 0)),
        available=available,
        path=str(xml[0]) if xml else str(project_dir),
    )


def synthesize(hls_model: Any) -> HlsReport:
    """Run hls4ml's vendor C synthesis (``build(csim=False, synth=True)``) and read the report.

    Raises :class:`ToolMissingError` when neither vitis_hls nor vivado_hls is on PATH.
    """
    tool = hls_tool()
    if tool is None:
        raise ToolMissingError(
            "no Vitis HLS / Vivado HLS on PATH (vitis_hls, vivado_hls): vendor synthesis skipped; "
            "fpgaml's RTL simulation and Yosys estimate still give latency and resources"
        )
    hls_model.build(csim=False, synth=True, vsynth=False, cosim=False, export=False)
    report = read_hls_report(hls_model.config.get_output_dir())
    if report is None:
        raise RuntimeError(f"{tool} ran but wrote no csynth report under {hls_model.config.get_output_dir()}")
    return report
