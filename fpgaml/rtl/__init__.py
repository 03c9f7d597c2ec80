"""RTL path: QKeras -> da4ml pipelined Verilog -> Verilator simulation, checked bit for bit.

Library entry point: :func:`run_rtl` (a :class:`~fpgaml.ir.ModelIR` with an input type, and test inputs on
its grid, in; an :class:`RtlResult` out). Pieces: :mod:`fpgaml.rtl.trace` (the IR's layers -> da4ml),
:mod:`fpgaml.rtl.sim` (Verilog, Verilator build, per-cycle simulation), :mod:`fpgaml.rtl.yosys` (resource
estimate).
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from fpgaml import progress
from fpgaml.errors import ConfigError, UnsupportedModelError
from fpgaml.ir import ModelIR
from fpgaml.rtl.recurrent import check_recurrent_design, write_recurrent_rtl
from fpgaml.rtl.sim import RtlProject, RtlSimulator, build, latency_from_stream, verilator_root, write_rtl
from fpgaml.rtl.trace import trace

__all__ = [
    "RtlProject",
    "RtlResult",
    "RtlSimulator",
    "RtlTooLarge",
    "build",
    "default_cache_dir",
    "generate",
    "latency_from_stream",
    "run_rtl",
    "trace",
    "verilator_root",
    "write_rtl",
]


def default_cache_dir() -> Path:
    """Where Verilator builds are cached (keyed on the RTL hash): ``$FPGAML_CACHE/rtl`` or ``~/.cache``."""

    base = os.environ.get("FPGAML_CACHE") or os.path.join(os.path.expanduser("~"), ".cache", "fpgaml")
    return Path(base) / "rtl"


@dataclass
class RtlResult:
    """What the RTL simulation showed. ``latency_cycles`` is measured; ``pipeline_depth`` is da4ml's."""

    n_vectors: int
    pipeline_depth: int
    latency_cycles: int
    clock_period_ns: float
    n_equal_fixed_point: int
    n_outputs: int
    n_equal_csim: int | None = None
    n_csim_vectors: int | None = None
    initiation_interval: int = 1
    build_seconds: float = 0.0
    build_cached: bool = False
    trace_seconds: float = 0.0
    da4ml_lut_estimate: float = 0.0
    register_bits: int = 0
    project_dir: str = ""
    #: how the design is built: ``{"design": "pipeline"}`` or the reused recurrent cell's schedule
    design: dict[str, Any] = field(default_factory=dict)
    #: "measured" (one lag reproduces the outputs), or why the latency is da4ml's pipeline depth instead
    latency_source: str = "measured"
    y_rtl: np.ndarray | None = field(default=None, repr=False)

    @property
    def latency_ns(self) -> float:
        return self.latency_cycles * self.clock_period_ns

    @property
    def exact(self) -> bool:
        ok = self.n_equal_fixed_point == self.n_outputs
        if self.n_equal_csim is not None:
            ok = ok and self.n_equal_csim == self.n_outputs
        return ok and self.latency_cycles == self.pipeline_depth

    def summary(self) -> dict[str, Any]:
        d = asdict(self)
        d.pop("y_rtl")
        d["latency_ns"] = self.latency_ns
        d["exact"] = self.exact
        return d


def generate(
    fp: ModelIR,
    out_dir: str | Path,
    *,
    clock_period_ns: float = 5.0,
    latency_cutoff: float | None = None,
    part: str = "xcvu13p-flga2577-2-e",
    name: str = "fpgaml_net",
    recurrent_steps_per_pass: int | None = None,
    recurrent: str | None = None,
    delay_constraint: int | None = None,
) -> RtlProject:
    """Trace ``fp`` through da4ml and write the pipelined Verilog project to ``out_dir``.

    ``recurrent`` (``rtl.recurrent``) says how a network with a GRU/LSTM is built: ``unrolled`` (every layer,
    the recurrent one unrolled over its steps, in one pipeline taking a new input every clock), ``reused`` or
    ``interleaved`` (one pass of ``recurrent_steps_per_pass`` steps, :mod:`fpgaml.rtl.recurrent`); ``None``:
    ``reused`` when ``recurrent_steps_per_pass`` is given, else ``unrolled``. Either setting on a network
    without a recurrent layer is a :class:`~fpgaml.errors.ConfigError`.

    ``delay_constraint`` (``rtl.delay_constraint``): da4ml's hard delay constraint on every constant-matrix
    product (adder levels above the shallowest tree; None: unconstrained). The function is the same; the adder
    graphs are shallower, so the pipeline may need fewer stages, for a few more adders. The reused recurrent
    cell does not take it.
    """

    design = check_recurrent_design(fp, recurrent, recurrent_steps_per_pass)
    opts = {"clock_period_ns": clock_period_ns, "latency_cutoff": latency_cutoff, "part": part}
    with _deep_recursion():
        if design in ("reused", "interleaved"):
            assert recurrent_steps_per_pass is not None
            if delay_constraint is not None:
                raise ConfigError(
                    "rtl.delay_constraint applies to the pipelined designs; the reused recurrent cell "
                    "(rtl.recurrent_steps_per_pass) does not take it: leave one of them out"
                )
            return write_recurrent_rtl(
                fp, out_dir, steps_per_pass=recurrent_steps_per_pass, interleaved=design == "interleaved",
                name=name, **opts,
            )  # fmt: skip
        solver = None if delay_constraint is None else {"hard_dc": int(delay_constraint)}
        return write_rtl(trace(fp, solver), out_dir, name=name, **opts)


@contextlib.contextmanager
def _deep_recursion(limit: int = 200_000) -> Iterator[None]:
    """da4ml's tracer recurses once per operation along the longest path of the design: a GRU unrolled over
    32 steps is thousands deep, past Python's default limit of 1,000 (pure-Python frames: no C stack)."""
    old = sys.getrecursionlimit()
    sys.setrecursionlimit(max(old, limit))
    try:
        yield
    finally:
        sys.setrecursionlimit(old)


def run_rtl(
    fp: ModelIR,
    x: np.ndarray,
    out_dir: str | Path,
    *,
    y_csim: np.ndarray | None = None,
    clock_period_ns: float = 5.0,
    latency_cutoff: float | None = None,
    part: str = "xcvu13p-flga2577-2-e",
    opt: str = "-O1",
    jobs: int = 2,
    cache_dir: str | Path | None = None,
    max_lut_estimate: float | None = None,
    recurrent_steps_per_pass: int | None = None,
    recurrent: str | None = None,
    delay_constraint: int | None = None,
) -> RtlResult:
    """Generate, build and simulate the RTL of ``fp`` on ``x`` (inputs on the model's input grid).

    Compares every output with the fixed-point reference (and with ``y_csim`` if given) and measures the
    latency as the cycle lag at which the streamed outputs reproduce the reference (one vector per clock, so
    this also shows an initiation interval of 1). A design whose da4ml LUT estimate exceeds
    ``max_lut_estimate`` is written but not built: :class:`RtlTooLarge` (Verilator time and memory grow
    with it; a design that large is not a trigger algorithm's budget anyway).
    """
    x = np.asarray(x, dtype=np.float64)
    y_fixed = fp.predict(x).reshape(len(x), -1)
    if len(x) < 2:
        raise ValueError("run_rtl needs at least 2 input vectors (the latency is measured on a stream)")
    t0 = time.perf_counter()
    # the phases on a bar (with their elapsed time): a large design spends minutes in da4ml or Verilator
    with progress.bar(3, "RTL: da4ml trace, pipeline and Verilog", unit="step") as phases:
        project = generate(
            fp, out_dir, clock_period_ns=clock_period_ns, latency_cutoff=latency_cutoff, part=part,
            recurrent_steps_per_pass=recurrent_steps_per_pass, recurrent=recurrent,
            delay_constraint=delay_constraint,
        )  # fmt: skip
        t_trace = time.perf_counter() - t0
        if max_lut_estimate is not None and project.estimated_luts > max_lut_estimate:
            raise RtlTooLarge(
                f"da4ml estimates {project.estimated_luts:,.0f} LUT for this network, more than "
                f"rtl.max_lut_estimate = {max_lut_estimate:,.0f}: the Verilog was generated but not simulated "
                "(shrink the network: bits, pruning, width; or raise rtl.max_lut_estimate)",
                project.estimated_luts,
            )
        phases.update(1)
        phases.set_description(
            f"RTL: Verilator + g++ build (da4ml estimate {project.estimated_luts:,.0f} LUT)"
        )
        sim = build(
            project, cache_dir=cache_dir if cache_dir is not None else default_cache_dir(), opt=opt, jobs=jobs
        )
        phases.update(1)
        phases.set_description(f"RTL: simulating {len(x)} vectors")
        y_rtl = sim.predict(x)
        stream = sim.stream(x, extra_cycles=project.latency + 8)
        phases.update(1)
    latency, source = latency_from_stream(stream, y_fixed, project.initiation_interval, project.latency)
    result = RtlResult(
        n_vectors=len(x),
        pipeline_depth=project.latency,
        latency_cycles=latency,
        clock_period_ns=float(clock_period_ns),
        initiation_interval=project.initiation_interval,
        n_equal_fixed_point=int(np.sum(y_rtl == y_fixed)),
        n_outputs=int(y_fixed.size),
        build_seconds=round(sim.info.seconds, 2),
        build_cached=sim.info.cached,
        trace_seconds=round(t_trace, 2),
        da4ml_lut_estimate=project.estimated_luts,
        register_bits=project.reg_bits,
        project_dir=str(project.path),
        design=(
            {k: v for k, v in project.meta.items() if k != "state_kifs"}
            if "design" in project.meta
            else {"design": "pipeline"}
        ),
        y_rtl=y_rtl,
        latency_source=source,
    )
    if y_csim is not None:
        y_csim = np.asarray(y_csim, np.float64).reshape(y_rtl.shape)
        result.n_equal_csim = int(np.sum(y_rtl == y_csim))
        result.n_csim_vectors = len(y_csim)
    return result


class RtlTooLarge(UnsupportedModelError):
    """The design is larger than the configured limit for an RTL simulation (``lut_estimate``: da4ml's)."""

    def __init__(self, message: str, lut_estimate: float) -> None:
        super().__init__(message)
        self.lut_estimate = float(lut_estimate)
