"""Latency and resource budgets without vendor tools.

:func:`profile` gathers what is known about a design, each number with its source, and judges it against
a budget on a device:

==================  ================================  =====================================================
source              quantities                        from
==================  ================================  =====================================================
``rtl``             latency (cycles, ns), II          Verilator simulation of the da4ml RTL (measured)
``yosys``           LUT, FF, DSP, CARRY, BRAM36       Yosys ``synth_xilinx`` of the same RTL (estimate)
``hls_report``      latency, II, LUT, FF, DSP, BRAM   Vitis/Vivado HLS csynth report of the hls4ml project
``analytic``        latency                           per-layer cycle model of hls4ml (Latency, io_parallel)
==================  ================================  =====================================================

A source that could not run (tool absent, no artifact) gives ``skipped`` rows with the reason and no
number. ``ProfileResult.check()`` raises :class:`~fpgaml.errors.CheckFailed` if any enforced row is over
budget (the CLI turns that into exit code 1).
"""

from __future__ import annotations

from typing import Any

from fpgaml.profile.budget import (
    SOURCE_LABELS,
    Device,
    ProfileResult,
    Row,
    devices,
    get_device,
    judge,
    load_budget,
    skipped,
)
from fpgaml.profile.config import SOURCES, BudgetConfig, ProfileConfig

__all__ = [
    "SOURCES",
    "SOURCE_LABELS",
    "BudgetConfig",
    "Device",
    "ProfileConfig",
    "ProfileResult",
    "Row",
    "devices",
    "get_device",
    "load_budget",
    "profile",
]

_LATENCY = ["latency_cycles", "latency_ns", "ii_cycles"]
_RESOURCES = ["lut", "ff", "dsp", "carry", "bram36"]


def _get(obj: Any, name: str) -> Any:
    return obj.get(name) if isinstance(obj, dict) else getattr(obj, name)


def _rtl_rows(rtl: Any, clock_mhz: float) -> list[Row]:
    cycles = float(_get(rtl, "latency_cycles"))
    return [
        Row("latency_cycles", "rtl", cycles),
        Row("latency_ns", "rtl", cycles * 1000.0 / clock_mhz),
        Row("ii_cycles", "rtl", float(_get(rtl, "initiation_interval"))),
    ]


def _da4ml_rows(rtl: Any) -> list[Row]:
    lut = rtl.get("da4ml_lut_estimate") if isinstance(rtl, dict) else getattr(rtl, "da4ml_lut_estimate", None)
    return [] if not lut else [Row("lut", "da4ml", float(lut))]


def _yosys_rows(est: Any) -> list[Row]:
    return [Row(q, "yosys", float(_get(est, q))) for q in _RESOURCES]


def _hls_rows(rep: Any, clock_mhz: float) -> list[Row]:
    worst = float(_get(rep, "latency_worst"))
    bram18 = float(_get(rep, "bram18"))
    return [
        Row("latency_cycles", "hls_report", worst),
        Row("latency_ns", "hls_report", worst * 1000.0 / clock_mhz),
        Row("ii_cycles", "hls_report", float(_get(rep, "interval_max"))),
        Row("lut", "hls_report", float(_get(rep, "lut"))),
        Row("ff", "hls_report", float(_get(rep, "ff"))),
        Row("dsp", "hls_report", float(_get(rep, "dsp"))),
        Row("bram36", "hls_report", bram18 / 2.0),
    ]


def _analytic_rows(est: Any, clock_mhz: float) -> list[Row]:
    cycles = float(_get(est, "latency_cycles"))
    return [
        Row("latency_cycles", "analytic", cycles),
        Row("latency_ns", "analytic", cycles * 1000.0 / clock_mhz),
    ]


def profile(
    *,
    device: str | Device = "vu13p",
    budget: BudgetConfig | None = None,
    clock_mhz: float = 200.0,
    enforce: list[str] | tuple[str, ...] = SOURCES,
    rtl: Any = None,
    yosys: Any = None,
    hls_report: Any = None,
    analytic: Any = None,
    da4ml: Any = None,
) -> ProfileResult:
    """Rows for every source given and a verdict against ``budget``.

    Each source argument is the source's result (``RtlResult``/its summary dict, ``ResourceEstimate``,
    ``HlsReport``, ``AnalyticEstimate``), a string (the reason it was skipped), or None (not part of this
    profile; no rows). The da4ml LUT estimate comes from ``rtl`` unless ``da4ml`` is given (a dict with
    ``da4ml_lut_estimate``: a design generated but too large to simulate).
    """
    dev = device if isinstance(device, Device) else get_device(device)
    budget = budget or BudgetConfig()
    clock = float(budget.clock_mhz or clock_mhz)
    rows: list[Row] = []
    for value, name, quantities, make in (
        (rtl, "rtl", _LATENCY, lambda v: _rtl_rows(v, clock)),
        (yosys, "yosys", _RESOURCES, _yosys_rows),
        (rtl if da4ml is None else da4ml, "da4ml", ["lut"], _da4ml_rows),
        (hls_report, "hls_report", [*_LATENCY, "lut", "ff", "dsp", "bram36"], lambda v: _hls_rows(v, clock)),
        (analytic, "analytic", ["latency_cycles", "latency_ns"], lambda v: _analytic_rows(v, clock)),
    ):
        if value is None:
            continue
        rows.extend(skipped(quantities, name, value) if isinstance(value, str) else make(value))
    order = {q: i for i, q in enumerate([*_LATENCY, *_RESOURCES])}
    rows.sort(key=lambda r: (order.get(r.quantity, 99), SOURCES.index(r.source)))
    judge(rows, budget, dev, clock, enforce)
    return ProfileResult(device=dev, clock_mhz=clock, rows=rows, budget=budget)
