"""Vendor HLS reports: run the hls4ml synthesis where Vitis/Vivado HLS is installed, and read its reports.

Reading uses hls4ml's own parser (``hls4ml.report.parse_vivado_report``), which reads
``<project>/<name>_prj/<solution>/syn/report/<name>_csynth.xml`` (the solution from ``hls.app`` /
``vivado_hls.app``, the name from ``project.tcl``). The numbers are Vitis HLS *synthesis estimates* (before
Vivado place-and-route) and are labelled "Vitis HLS report".
"""

from __future__ import annotations

import contextlib
import io
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from fpgaml.backends import get_backend

SOURCE = "Vitis HLS report"


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


def hls_tool(backend: str = "Vitis") -> str | None:
    """The backend's vendor HLS tool if it is on PATH (e.g. vitis_hls for Vitis), or None."""

    return get_backend(backend).tool()


def _int(v: Any) -> int:
    try:
        return int(float(str(v).strip()))
    except (TypeError, ValueError):
        return 0


def read_hls_report(project_dir: str | Path, backend: str = "Vitis") -> HlsReport | None:
    """The C-synthesis report of an hls4ml project directory, or None when there is none."""
    from hls4ml.report import parse_vivado_report  # optional heavy dependency: imported on first use

    be = get_backend(backend)
    project_dir = Path(project_dir)
    if not (project_dir / "project.tcl").is_file():
        return None
    with contextlib.redirect_stdout(io.StringIO()):  # hls4ml prints "not found" messages
        report = parse_vivado_report(str(project_dir))
    syn = (report or {}).get("CSynthesisReport")
    if not syn:
        return None
    available = {k[len("Available") :]: _int(v) for k, v in syn.items() if k.startswith("Available")}
    xml = sorted(project_dir.glob(be.report_glob))
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
        source=be.report_label,
    )
