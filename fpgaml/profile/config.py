"""Config of the `profile` stage: the target device and the budget the network must fit.

A budget limit is absent (not checked), an absolute number, or for resources a percentage of the device
(``max_lut: "2%"``). Latency may be given in clock cycles, in ns, or both; ns are converted with the clock.
"""

from __future__ import annotations

import difflib
import re
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from fpgaml.errors import ConfigError
from fpgaml.profile.device import devices, get_device
from fpgaml.userfiles import load_yaml, read_text

_PERCENT = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*%\s*$")
Limit = int | float | str | None

SOURCES = ("rtl", "yosys", "da4ml", "hls_report", "analytic")
#: ``synth_xilinx -family`` values of Yosys.
YOSYS_FAMILIES = ("xcup", "xcu", "xc7", "xc6s", "xc6v", "xc5v", "xc4v", "xc3se", "xc3sa", "xc3sda", "xc3s",
                  "xc2vp", "xc2v", "xcve", "xcv")  # fmt: skip

#: Clocks an FPGA design can run at: 10 MHz .. 2 GHz. Outside this range the number is a unit mix-up.
MIN_CLOCK_MHZ, MAX_CLOCK_MHZ = 10.0, 2000.0


def check_clock_period_ns(v: float) -> float:
    """A clock period in ns within 0.5 .. 100 ns (2 GHz .. 10 MHz), else ``ValueError`` with the likely mix-up."""
    if v > 1000.0 / MIN_CLOCK_MHZ:
        raise ValueError(
            f"{v:g} ns is a {1000.0 / v:.3g} MHz clock; this key is a period in ns (a 200 MHz clock is 5.0): did "
            "you give MHz?"
        )
    if v < 1000.0 / MAX_CLOCK_MHZ:
        raise ValueError(
            f"{v:g} ns is a {1000.0 / v:.4g} MHz clock, faster than any FPGA fabric (200 MHz is 5.0)"
        )
    return v


def check_clock_mhz(v: float) -> float:
    """A clock frequency in MHz within 10 .. 2000 MHz, else ``ValueError`` with the likely mix-up."""
    if v < MIN_CLOCK_MHZ:
        raise ValueError(
            f"{v:g} MHz is slower than {MIN_CLOCK_MHZ:g} MHz; this key is a frequency in MHz (5 ns is 200 MHz): "
            "did you give the period in ns?"
        )
    if v > MAX_CLOCK_MHZ:
        raise ValueError(
            f"{v:g} MHz is faster than any FPGA fabric; this key is a frequency in MHz (e.g. 200)"
        )
    return v


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

    @field_validator("clock_mhz")
    @classmethod
    def _clock(cls, v: float | None) -> float | None:
        return None if v is None else check_clock_mhz(v)

    @field_validator("max_lut", "max_ff", "max_dsp", "max_bram")
    @classmethod
    def _limit(cls, v: Limit) -> Limit:
        if v is None or (isinstance(v, (int, float)) and not isinstance(v, bool)):
            if v is not None and v < 0:
                raise ValueError(f"a resource limit must be >= 0, got {v}")
            return v
        m = _PERCENT.match(v) if isinstance(v, str) else None
        if m:
            if float(m.group(1)) > 100:
                raise ValueError(
                    f"{v!r} is more than the whole device; a percentage of the device is 0% .. 100%"
                )
            return v.strip()
        raise ValueError(f"expected a number or a percentage of the device such as '5%', got {v!r}")


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

    @field_validator("device")
    @classmethod
    def _device_known(cls, v: str) -> str:
        """A typo is caught here, before any stage runs (the profile stage is the last one)."""

        try:
            get_device(v)
        except ConfigError:
            table = devices()
            names = sorted(table)
            close = difflib.get_close_matches(v.lower(), names, n=1, cutoff=0.6)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            raise ValueError(
                f"unknown device {v!r}{hint or '.'} Known devices (fpgaml/profile/devices.yaml, `fpgaml devices`): "
                f"{', '.join(names)}, or their full part names ({', '.join(table[n].part for n in names)})"
            ) from None
        return v

    @field_validator("yosys_family")
    @classmethod
    def _yosys_family(cls, v: str) -> str:
        if v not in YOSYS_FAMILIES:
            raise ValueError(f"unknown synth_xilinx -family {v!r}; one of {', '.join(YOSYS_FAMILIES)}")
        return v

    yosys_timeout_s: float = Field(1800, gt=0)
    analytic: bool = Field(True, description="analytic hls4ml latency estimate where no RTL/report exists")

    def resolved_budget(self) -> BudgetConfig:
        """``budget`` overlaid with ``budget_file`` (if set)."""
        if not self.budget_file:
            return self.budget

        return load_budget(Path(self.budget_file), base=self.budget)


def load_budget(path: str | Path, base: BudgetConfig | None = None) -> BudgetConfig:
    """A budget YAML (keys of :class:`BudgetConfig`, optionally under a top-level ``budget:``)."""

    path = Path(path)
    if not path.exists() and not path.is_symlink():
        raise ConfigError(f"budget file {path} does not exist")
    raw = load_yaml(read_text(path, "budget file"), f"budget file {path}") or {}
    if isinstance(raw, dict) and set(raw) == {"budget"}:
        raw = raw["budget"]
    if not isinstance(raw, dict):
        raise ConfigError(f"{path}: a budget is a mapping such as {{max_latency_ns: 50, max_lut: '5%'}}")
    merged = {**(base.model_dump() if base else {}), **raw}
    try:
        return BudgetConfig.model_validate(merged)
    except ValidationError as exc:
        lines = [f"  {'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors()]
        raise ConfigError(f"invalid budget {path}:\n" + "\n".join(lines)) from None
