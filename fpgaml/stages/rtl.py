"""Stage ``rtl``: da4ml Verilog of the trained QKeras network, simulated with Verilator on the C-sim inputs.

Writes ``<run>/rtl/``: ``verilog/`` (the da4ml project: ``src/*.v``, timing constraints, metadata),
``outputs.npz`` (``x``, ``y_rtl``, ``y_fixed``, ``y_csim``) and ``rtl.json`` (the :class:`RtlResult`
summary). Fails (:class:`~fpgaml.errors.CheckFailed`) when ``rtl.require_exact`` and the RTL differs from
fpgaml's fixed-point reference or from the C-simulation on any output, or when the latency measured in
simulation differs from da4ml's pipeline depth. A network with a layer the RTL path does not support
(GRU, LSTM, ...) is skipped with the reason (status ``skipped``), not failed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np

from fpgaml.artifacts import ensure_replaceable, is_up_to_date, read_manifest, stage_output, write_json
from fpgaml.errors import ArtifactMissingError, CheckFailed, UnsupportedModelError

if TYPE_CHECKING:  # pragma: no cover
    from fpgaml.config import FlowConfig


def _fingerprint(cfg: FlowConfig) -> dict[str, Any]:
    return {
        "rtl": cfg.rtl.model_dump(mode="json"),
        "clock_period_ns": cfg.convert.clock_period_ns,
        "part": cfg.convert.part,
        "input_precision": cfg.model.input_precision,
        "train": read_manifest(cfg.stage_dir("train"), "train")["hash"],
        "csim": read_manifest(cfg.stage_dir("csim"), "csim")["hash"],
    }


def _ends_in_softmax(model: Any) -> bool:
    last = model.layers[-1]
    return type(last).__name__ == "Activation" and getattr(last.activation, "__name__", "") == "softmax"


def run(cfg: FlowConfig, *, force: bool = False) -> dict[str, Any]:
    from fpgaml.fixedpoint import FixedPointModel
    from fpgaml.rtl import default_cache_dir, run_rtl
    from fpgaml.stages.csim import load_outputs
    from fpgaml.stages.train import load_models

    out = cfg.stage_dir("rtl")
    if not cfg.rtl.enabled:
        return {"stage": "rtl", "status": "disabled (rtl.enabled: false)", "dir": str(out)}
    try:
        fp: dict[str, Any] | None = _fingerprint(cfg)
    except ArtifactMissingError:
        fp = None  # raised again below, unless the network has no RTL path at all
    if fp is not None and not force and is_up_to_date(out, fp):
        summary = read_manifest(out)["summary"]
        _raise_if_failed(cfg, summary)
        return {"stage": "rtl", "status": "up to date", "dir": str(out), **summary}
    ensure_replaceable(out, force)

    trained = load_models(cfg)
    softmax = _ends_in_softmax(trained.qmodel)
    try:
        fpm = FixedPointModel.from_qkeras(trained.qmodel, cfg.model.input_fixed, strip_softmax=softmax)
    except UnsupportedModelError as exc:
        # Not an error of the flow: GRU/LSTM/GNN have no RTL path; `profile` falls back to the analytic model.
        return {
            "stage": "rtl",
            "status": "skipped",
            "reason": f"no RTL path for this network: {exc}",
            "dir": str(out),
        }
    if fp is None:
        fp = _fingerprint(cfg)
    csim = load_outputs(cfg)
    n = len(csim["x"]) if cfg.rtl.max_vectors is None else min(cfg.rtl.max_vectors, len(csim["x"]))
    x = np.asarray(csim["x"][:n], dtype=np.float64)
    y_csim = None if softmax else np.asarray(csim["y"][:n], dtype=np.float64)
    period = cfg.rtl.clock_period_ns or cfg.convert.clock_period_ns

    summary: dict[str, Any] = {}
    with stage_output(out, stage="rtl", fingerprint=fp, force=force, summary=summary) as tmp:
        result = run_rtl(
            fpm, x, tmp / "verilog", y_csim=y_csim, clock_period_ns=period,
            latency_cutoff=cfg.rtl.latency_cutoff, part=cfg.convert.part, opt=cfg.rtl.opt, jobs=cfg.rtl.jobs,
            cache_dir=cfg.rtl.cache_dir or default_cache_dir(),
        )  # fmt: skip
        summary.update(result.summary())
        summary["project_dir"] = str(out / "verilog")
        summary["failure"] = "" if result.exact else _failure(result)
        if softmax:
            summary["csim_comparison"] = (
                "skipped: the network ends in a softmax (a lookup table in the C-sim)"
            )
        np.savez(tmp / "outputs.npz", x=x, y_rtl=result.y_rtl, y_fixed=fpm.predict(x),
                 y_csim=y_csim if y_csim is not None else np.empty(0))  # fmt: skip
        write_json(tmp / "rtl.json", summary)
    _raise_if_failed(cfg, summary)
    return {"stage": "rtl", "status": "done", "dir": str(out), **summary}


def _raise_if_failed(cfg: FlowConfig, summary: dict[str, Any]) -> None:
    """The artifact is kept (to inspect a mismatch); the check still fails, on every re-run too."""
    if cfg.rtl.require_exact and summary.get("failure"):
        raise CheckFailed(summary["failure"])


def _failure(r: Any) -> str:
    parts = []
    if r.n_equal_fixed_point != r.n_outputs:
        parts.append(
            f"RTL != fixed-point reference on {r.n_outputs - r.n_equal_fixed_point}/{r.n_outputs} outputs"
        )
    if r.n_equal_csim is not None and r.n_equal_csim != r.n_outputs:
        parts.append(f"RTL != C-sim on {r.n_outputs - r.n_equal_csim}/{r.n_outputs} outputs")
    if r.latency_cycles != r.pipeline_depth:
        parts.append(f"measured latency {r.latency_cycles} cycles != da4ml pipeline depth {r.pipeline_depth}")
    return "RTL check failed: " + "; ".join(parts) + f" (project: {r.project_dir})"


def load_result(cfg: FlowConfig) -> dict[str, Any]:
    """The ``rtl.json`` summary of a complete ``rtl`` artifact."""
    import json

    d = cfg.stage_dir("rtl")
    read_manifest(d, "rtl")
    return json.loads((d / "rtl.json").read_text())
