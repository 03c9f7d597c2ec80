"""Config of the `profile` stage: the target device and the budget the network must fit.

A budget limit is absent (not checked), an absolute number, or for resources a percentage of the device
(``max_lut: "2%"``). Latency may be given in clock cycles, in ns, or both; ns are converted with the clock.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

_PERCENT = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*%\s*$")
Limit = int | float | str | None

SOURCES = ("rtl", "yosys", "da4ml", "hls_report", "analytic")


class BudgetConfig(BaseModel):
    """Latency and resource limits. ``None`` means: not budgeted (reported, never failed)."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    clock_mhz: float | None = Field(
        None, gt=0, description="trigger clock; default: 1000 / convert.clock_period_ns"
    )
    max_latency_cycles: int | None = Field(None, ge=0)
    max_latency_ns: float | None = Field(None, ge=0)
    max_ii: int | None = Field(
        None, ge=1, description="largest initiation interval in cycles (1: a new jet each clock)"
    )
    max_lut: Limit = None
    max_ff: Limit = None
    max_dsp: Limit = None
    max_bram: Limit = Field(None, description="BRAM36 blocks (two BRAM18 count as one)")

    @field_validator("max_lut", "max_ff", "max_dsp", "max_bram")
    @classmethod
    def _limit(cls, v: Limit) -> Limit:
        if v is None or (isinstance(v, (int, float)) and not isinstance(v, bool)):
            if v is not None and v < 0:
                raise ValueError("a resource limit must be >= 0")
            return v
        if isinstance(v, str) and _PERCENT.match(v):
            return v.strip()
        raise ValueError("expected a number or a percentage of the device such as '5%'")


class ProfileConfig(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    device: str = Field(
        "vu13p", description="key of fpgaml/profile/devices.yaml (`fpgaml devices` lists them)"
    )
    budget: BudgetConfig = Field(default_factory=BudgetConfig)
    budget_file: str | None = Field(None, description="YAML file with budget keys; overrides `budget`")
    enforce: list[Literal["rtl", "yosys", "da4ml", "hls_report", "analytic"]] = Field(
        default_factory=lambda: list(SOURCES),
        description="sources whose numbers are checked against the budget (others are shown as info)",
    )
    yosys: bool = Field(
        False,
        description="estimate LUT/FF/DSP/CARRY of the RTL with Yosys synth_xilinx (slow: ~9 min for the dense "
        "tagger on 2 cores; without it the LUT row is da4ml's own cost-model estimate)",
    )
    yosys_family: str = Field("xcup", description="synth_xilinx -family (xcup: UltraScale+, xcu: UltraScale)")
    yosys_timeout_s: float = Field(1800, gt=0)
    analytic: bool = Field(True, description="analytic hls4ml latency estimate where no RTL/report exists")

    def resolved_budget(self) -> BudgetConfig:
        """``budget`` overlaid with ``budget_file`` (if set)."""
        if not self.budget_file:
            return self.budget
        from fpgaml.profile.budget import load_budget

        return load_budget(Path(self.budget_file), base=self.budget)
