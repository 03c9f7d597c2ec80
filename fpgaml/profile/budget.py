"""Devices, budgets and the rows of a profile: each number with its source, its budget and a verdict.

A :class:`Row` is one quantity from one source ("RTL sim (Verilator)", "estimate (Yosys synth_xilinx)",
"HLS report (Vitis/Vivado C synthesis)", "analytic estimate"). :func:`judge` compares it with the budget: ``pass``, ``fail``,
``info`` (no budget, or a source the config does not enforce), or ``skipped`` with the reason (tool absent,
no artifact). A skipped row never carries a number.
"""

from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass
from typing import Any

from fpgaml.errors import CheckFailed
from fpgaml.profile.config import _PERCENT, SOURCES, BudgetConfig
from fpgaml.profile.config import load_budget as load_budget  # re-exported: the budget file's reader
from fpgaml.profile.device import Device as Device  # re-exported: the device table
from fpgaml.profile.device import devices as devices
from fpgaml.profile.device import get_device as get_device

SOURCE_LABELS = {
    "rtl": "RTL sim (Verilator)",
    "yosys": "estimate (Yosys synth_xilinx)",
    "da4ml": "estimate (da4ml cost model)",
    "hls_report": "HLS report (Vitis/Vivado C synthesis)",
    "analytic": "analytic estimate",
}


def resource_limit(limit: int | float | str | None, capacity: int) -> float | None:
    """Absolute limit from a number or a percentage of ``capacity``."""
    if limit is None:
        return None
    if isinstance(limit, str):
        m = _PERCENT.match(limit)
        assert m is not None
        return float(m.group(1)) / 100.0 * capacity
    return float(limit)


def latency_limit_cycles(budget: BudgetConfig, clock_mhz: float) -> float | None:
    """The tighter of ``max_latency_cycles`` and ``max_latency_ns`` at the clock, in cycles."""
    limits = []
    if budget.max_latency_cycles is not None:
        limits.append(float(budget.max_latency_cycles))
    if budget.max_latency_ns is not None:
        limits.append(math.floor(budget.max_latency_ns * clock_mhz / 1000.0 + 1e-9))
    return min(limits) if limits else None


# ---- rows -------------------------------------------------------------------------------------------------
@dataclass
class Row:
    quantity: str  # latency_cycles, latency_ns, ii_cycles, lut, ff, dsp, bram36, carry
    source: str  # one of SOURCES
    value: float | None = None
    budget: float | None = None
    status: str = "info"  # pass | fail | info | skipped
    reason: str = ""
    unit: str = ""

    @property
    def source_label(self) -> str:
        return SOURCE_LABELS.get(self.source, self.source)

    def as_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["source_label"] = self.source_label
        return d


def skipped(quantities: list[str], source: str, reason: str) -> list[Row]:
    return [Row(q, source, None, None, "skipped", reason) for q in quantities]


_UNITS = {"latency_cycles": "cycles", "latency_ns": "ns", "ii_cycles": "cycles", "bram36": "BRAM36"}


def judge(
    rows: list[Row],
    budget: BudgetConfig,
    device: Device,
    clock_mhz: float,
    enforce: list[str] | tuple[str, ...] = SOURCES,
) -> list[Row]:
    """Fill ``budget`` and ``status`` of every row (skipped rows stay skipped)."""
    lat = latency_limit_cycles(budget, clock_mhz)
    limits: dict[str, float | None] = {
        "latency_cycles": lat,
        "latency_ns": None if lat is None else lat * 1000.0 / clock_mhz,
        "ii_cycles": None if budget.max_ii is None else float(budget.max_ii),
        "lut": resource_limit(budget.max_lut, device.lut),
        "ff": resource_limit(budget.max_ff, device.ff),
        "dsp": resource_limit(budget.max_dsp, device.dsp),
        "bram36": resource_limit(budget.max_bram, device.bram36),
        "carry": None,
    }
    for row in rows:
        row.unit = row.unit or _UNITS.get(row.quantity, "")
        if row.status == "skipped":
            continue
        limit = limits.get(row.quantity)
        row.budget = limit
        if limit is None or row.value is None:
            row.status = "info"
        elif row.source not in enforce:
            row.status = "info"
            row.reason = row.reason or "source not enforced (profile.enforce)"
        else:
            row.status = "pass" if row.value <= limit + 1e-9 else "fail"
    return rows


@dataclass
class ProfileResult:
    device: Device
    clock_mhz: float
    rows: list[Row]
    budget: BudgetConfig

    @property
    def failures(self) -> list[Row]:
        return [r for r in self.rows if r.status == "fail"]

    @property
    def passed(self) -> bool:
        return not self.failures

    def to_dict(self) -> dict[str, Any]:
        return {
            "device": asdict(self.device),
            "clock_mhz": self.clock_mhz,
            "budget": self.budget.model_dump(),
            "passed": self.passed,
            "rows": [r.as_dict() for r in self.rows],
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2)

    def table(self) -> str:
        """A plain-text table for the terminal."""
        head = ("quantity", "source", "value", "budget", "status")
        lines = []
        for r in self.rows:
            value = "-" if r.value is None else format_number(r.value)
            budget = "-" if r.budget is None else format_number(r.budget)
            status = r.status + (f" ({r.reason})" if r.reason and r.status in ("skipped", "info") else "")
            shown = value if r.value is None else f"{value} {r.unit}".strip()
            lines.append((r.quantity, r.source_label, shown, budget, status))
        widths = [max(len(str(x[i])) for x in [head, *lines]) for i in range(4)]
        fmt = "  ".join(f"{{:<{w}}}" for w in widths) + "  {}"
        title = (
            f"profile on {self.device.name} ({self.device.part}) at {format_number(self.clock_mhz)} MHz: "
            f"{'PASS' if self.passed else 'FAIL'}"
        )
        return "\n".join([title, fmt.format(*head), *(fmt.format(*x) for x in lines)])

    def check(self) -> None:
        """Raise :class:`CheckFailed` listing every budget that is exceeded."""
        if self.failures:
            detail = "; ".join(
                f"{r.quantity} {format_number(r.value)} > {format_number(r.budget)} ({r.source_label})"
                for r in self.failures
            )
            raise CheckFailed(f"budget exceeded on {self.device.name}: {detail}")


def format_number(v: float | None) -> str:
    if v is None:
        return "-"
    return str(int(v)) if float(v).is_integer() else f"{v:.4g}"
