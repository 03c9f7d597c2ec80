"""Config of the `rtl` stage: da4ml Verilog generation and the Verilator simulation of the test vectors."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from fpgaml.errors import KeyedValueError
from fpgaml.profile.config import check_clock_period_ns

#: How a GRU/LSTM is built in RTL (``rtl.recurrent``, docs/rtl.md section 2).
RecurrentDesign = Literal["unrolled", "reused", "interleaved"]


class RtlConfig(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    enabled: bool = True
    clock_period_ns: float | None = Field(None, gt=0, description="default: convert.clock_period_ns")
    latency_cutoff: float | None = Field(
        None, gt=0, description="da4ml delay per pipeline stage (its units); default: the clock period in ns"
    )
    delay_constraint: int | None = Field(
        None,
        ge=0,
        description="da4ml's delay constraint on each constant-matrix product (its solver's hard_dc): the adder "
        "levels allowed above the shallowest tree; smaller gives fewer pipeline stages for a few more LUTs (da4ml's "
        "own command line uses 2); None: unconstrained (da4ml's library default)",
    )
    max_vectors: int | None = Field(10000, gt=0, description="simulate at most this many C-sim test vectors")
    opt: str = Field("-O1", pattern=r"^-O[0-3s]$", description="g++ optimisation of the Verilated model")
    jobs: int = Field(2, ge=1, description="parallel compiler processes")
    cache_dir: str | None = Field(
        None, description="build cache; default $FPGAML_CACHE/rtl or ~/.cache/fpgaml/rtl"
    )
    max_lut_estimate: float | None = Field(
        1_000_000,
        gt=0,
        description="do not simulate a design whose da4ml LUT estimate is larger (the stage is 'skipped' with "
        "the estimate); None: no limit",
    )
    recurrent: RecurrentDesign | None = Field(
        None,
        description="GRU/LSTM design: unrolled (one cell per step in one pipeline: a new jet every clock, the "
        "area of every step), reused (one pass of recurrent_steps_per_pass steps run steps/k times per jet, one "
        "jet at a time: a new jet every steps/k * (pass depth + 1) clocks), interleaved (the same pass, its "
        "pipeline shared by the jets in flight: a new jet every steps/k clocks); default: reused when "
        "recurrent_steps_per_pass is set, else unrolled",
    )
    recurrent_steps_per_pass: int | None = Field(
        None,
        ge=1,
        description="GRU/LSTM, rtl.recurrent reused or interleaved: the steps of one pass (it must divide the "
        "number of steps)",
    )
    require_exact: bool = Field(
        True,
        description="fail unless RTL == fixed-point reference == C-sim on every output and latency == depth",
    )

    @property
    def recurrent_design(self) -> RecurrentDesign:
        """``recurrent``, or what it defaults to."""
        if self.recurrent is not None:
            return self.recurrent
        return "unrolled" if self.recurrent_steps_per_pass is None else "reused"

    @model_validator(mode="after")
    def _recurrent_design(self) -> RtlConfig:
        if self.recurrent == "unrolled" and self.recurrent_steps_per_pass is not None:
            raise KeyedValueError(
                "recurrent_steps_per_pass",
                f"= {self.recurrent_steps_per_pass} has no meaning with rtl.recurrent: unrolled (every step is "
                "its own cell); leave it out, or choose rtl.recurrent: reused or interleaved",
            )
        if self.recurrent in ("reused", "interleaved") and self.recurrent_steps_per_pass is None:
            raise KeyedValueError(
                "recurrent_steps_per_pass",
                f"rtl.recurrent: {self.recurrent} builds one pass of k steps: give k (a divisor of the number of "
                "steps; "
                + (
                    "a new jet every steps/k clocks)"
                    if self.recurrent == "interleaved"
                    else "k = 1 is the smallest design)"
                ),
            )
        return self

    @field_validator("clock_period_ns")
    @classmethod
    def _clock(cls, v: float | None) -> float | None:
        return None if v is None else check_clock_period_ns(v)
