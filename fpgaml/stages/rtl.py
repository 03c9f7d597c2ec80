"""Stage ``rtl``: da4ml Verilog of the trained QKeras network, simulated with Verilator on the C-sim inputs.

Writes ``<run>/rtl/``: ``verilog/`` (the da4ml project: ``src/*.v``, timing constraints, metadata),
``outputs.npz`` (``x``, ``y_rtl``, ``y_fixed``, ``y_csim``) and ``rtl.json`` (the :class:`RtlResult`
summary). A failed check (:class:`~fpgaml.errors.CheckFailed`) when ``rtl.require_exact`` and the RTL
differs from fpgaml's fixed-point reference or from the C-simulation on any output, or when the latency
measured in simulation differs from the design's latency. A GRU/LSTM is unrolled over its sequence, or
(``rtl.recurrent``: reused, interleaved) built as one pass of ``rtl.recurrent_steps_per_pass`` steps
(:mod:`fpgaml.rtl.recurrent`). A network with a
layer the RTL path does not support, or a design larger than ``rtl.max_lut_estimate`` (da4ml's estimate, in
the summary), gets an artifact with status ``skipped`` and the reason (``profile`` reads it and falls back to
the analytic latency model, marked as an estimate); with ``rtl.enabled: false`` the status is ``disabled``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from fpgaml.artifacts import Outcome, read_manifest, write_json
from fpgaml.errors import UnsupportedModelError
from fpgaml.ir import parse
from fpgaml.rtl import RtlTooLarge, default_cache_dir, run_rtl
from fpgaml.stage import Stage, StageContext, stage_dir
from fpgaml.stages.convert import ProjectInfo
from fpgaml.stages.csim import load_outputs
from fpgaml.stages.train import load_models

if TYPE_CHECKING:  # pragma: no cover
    from fpgaml.config import FlowConfig


def produce(ctx: StageContext, out: Path) -> Outcome:

    cfg = ctx.cfg
    if not cfg.rtl.enabled:
        return Outcome({"reason": "rtl.enabled: false"}, status="disabled")
    trained = load_models(cfg)
    softmax = ProjectInfo.of(cfg).softmax_inside  # the C-sim gives probabilities, the RTL logits
    try:
        fpm = parse(trained.qmodel, trained.meta.inputs).without_softmax().check_exact()
    except UnsupportedModelError as exc:
        # Not an error of the flow: the network has a layer with no RTL path yet; `profile` says so.
        return Outcome({"reason": f"no RTL path for this network: {exc}"}, status="skipped")
    csim = load_outputs(cfg)
    n = len(csim["x"]) if cfg.rtl.max_vectors is None else min(cfg.rtl.max_vectors, len(csim["x"]))
    x = np.asarray(csim["x"][:n], dtype=np.float64)
    y_csim = None if softmax else np.asarray(csim["y"][:n], dtype=np.float64)
    period = cfg.rtl.clock_period_ns or cfg.convert.clock_period_ns

    try:
        result = run_rtl(
            fpm, x, out / "verilog", y_csim=y_csim, clock_period_ns=period,
            latency_cutoff=cfg.rtl.latency_cutoff, part=cfg.convert.part, opt=cfg.rtl.opt, jobs=cfg.rtl.jobs,
            cache_dir=cfg.rtl.cache_dir or default_cache_dir(), max_lut_estimate=cfg.rtl.max_lut_estimate,
            recurrent_steps_per_pass=cfg.rtl.recurrent_steps_per_pass, recurrent=cfg.rtl.recurrent,
            delay_constraint=cfg.rtl.delay_constraint,
        )  # fmt: skip
    except RtlTooLarge as exc:
        return Outcome({"reason": str(exc), "da4ml_lut_estimate": exc.lut_estimate}, status="skipped")
    summary: dict[str, Any] = result.summary()
    summary["project_dir"] = str(ctx.dir("rtl") / "verilog")
    summary["softmax_inside"] = False  # the RTL ends at the logits
    if softmax:
        summary["csim_comparison"] = (
            "skipped: the firmware keeps its softmax (convert.softmax: keep, a lookup table); the RTL ends at "
            "the logits and is compared with the fixed-point reference only"
        )
    np.savez(out / "outputs.npz", x=x, y_rtl=result.y_rtl, y_fixed=fpm.predict(x),
             y_csim=y_csim if y_csim is not None else np.empty(0))  # fmt: skip
    write_json(out / "rtl.json", summary)
    failed = [] if result.exact or not cfg.rtl.require_exact else [_failure(result, summary["project_dir"])]
    return Outcome(summary, failed_checks=failed)


def _failure(r: Any, project_dir: str) -> str:
    parts = []
    if r.n_equal_fixed_point != r.n_outputs:
        parts.append(
            f"RTL != fixed-point reference on {r.n_outputs - r.n_equal_fixed_point}/{r.n_outputs} outputs"
        )
    if r.n_equal_csim is not None and r.n_equal_csim != r.n_outputs:
        parts.append(f"RTL != C-sim on {r.n_outputs - r.n_equal_csim}/{r.n_outputs} outputs")
    if r.latency_cycles != r.pipeline_depth:
        how = "" if r.latency_source == "measured" else f" ({r.latency_source})"
        parts.append(
            f"measured latency {r.latency_cycles} cycles != da4ml pipeline depth {r.pipeline_depth}{how}"
        )
    return "RTL check failed: " + "; ".join(parts) + f" (project: {project_dir})"


STAGE = Stage(
    name="rtl",
    doc="generate Verilog with da4ml, simulate it with Verilator, check it against C-sim",
    produce=produce,
    reads=("train", "convert", "csim"),
    config=("rtl", "convert.clock_period_ns", "convert.part"),
    order=60,
)


def load_result(cfg: FlowConfig) -> dict[str, Any]:
    """The summary of a complete ``rtl`` artifact, with its ``status`` (done, skipped, disabled)."""
    m = read_manifest(stage_dir("rtl", cfg), "rtl")
    return {"status": m.status, **m.summary}
