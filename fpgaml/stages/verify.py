"""Stage ``verify``: does the firmware compute what the model computes? Writes report.{json,md} and a plot.

Compares the C-simulation outputs with (1) the QKeras model, (2) fpgaml's integer fixed-point reference
(where it supports the network) and (3) the float reference, on the same test samples with inputs on the
firmware's input grid. These bit-accuracy checks are the same for every task; the physics metrics follow the
data's task (the network's :class:`~fpgaml.interface.Interface`): classification — accuracy, AUC, ``roc.png``;
regression — bias and resolution per target, ``residuals.png``; autoencoder — the anomaly score (mean
squared reconstruction error) per model, its agreement, its ROC with labels, ``scores.png``. Thresholds come
from ``verify:``; a failed one raises :class:`CheckFailed` after the report is written (the CLI exits 1).
"""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from fpgaml import hls
from fpgaml.artifacts import Outcome, write_json
from fpgaml.errors import UnsupportedModelError
from fpgaml.interface import Interface
from fpgaml.ir import ends_in_softmax
from fpgaml.ir.core import ModelIR
from fpgaml.modelio import float64_twin, twin_outputs
from fpgaml.models import FAMILIES
from fpgaml.quantize import saturation_report, saturation_warnings
from fpgaml.stage import Stage, StageContext
from fpgaml.stages.convert import ProjectInfo, firmware
from fpgaml.stages.csim import load_outputs
from fpgaml.stages.data import DataInfo, load_labels, load_split
from fpgaml.stages.train import load_models
from fpgaml.verify import (
    autoencoder_metrics,
    classification_metrics,
    compare,
    first_divergent_layer,
    markdown,
    reconstruction_error,
    regression_metrics,
    residual_plot,
    roc_plot,
    score_agreement,
    score_plot,
    to_scores,
)

if TYPE_CHECKING:  # pragma: no cover
    from fpgaml.config import FlowConfig

N_TRACE_JETS = 5
log = logging.getLogger("fpgaml.verify")


def _predict(model: Any, x: np.ndarray) -> np.ndarray:
    out = []
    for i in range(0, len(x), 8192):
        out.append(np.asarray(model(x[i : i + 8192].astype(np.float32), training=False), dtype=np.float64))
    return np.concatenate(out).reshape(len(x), -1)


def _predict_qkeras(qmodel: Any, x: np.ndarray, x_raw: np.ndarray) -> tuple[np.ndarray, np.ndarray, str]:
    """QKeras outputs evaluated in float64 (exact sums: see fpgaml.modelio.float64_twin), else float32."""

    try:
        twin = float64_twin(qmodel)  # built once (a Keras model: most of the time), evaluated twice
        return twin_outputs(twin, x), twin_outputs(twin, x_raw), "float64"
    except Exception as exc:  # a user layer that cannot be cloned: say so, fall back to float32
        note = f"float32 (the float64 twin could not be built: {type(exc).__name__}: {exc})"
        return _predict(qmodel, x), _predict(qmodel, x_raw), note


def _fixed_point(ir: ModelIR, x: np.ndarray) -> tuple[np.ndarray | None, dict[str, Any] | None, str]:
    """The IR's exact outputs and per-layer saturation counts on ``x``, or why there are none."""
    try:
        ir.check_exact()
        return ir.predict(x), ir.saturation(x), ""
    except UnsupportedModelError as exc:
        return None, None, f"no fixed-point reference for this network ({exc})"


def _divergence(cfg: FlowConfig, qmodel: Any, ir: ModelIR, x_bad: np.ndarray) -> dict[str, Any] | None:

    info = ProjectInfo.of(cfg)
    family = FAMILIES.get(info.family)
    with tempfile.TemporaryDirectory(prefix="fpgaml-trace-") as tmp:
        hm = hls.convert(
            qmodel,
            cfg.model,
            cfg.convert,
            Path(tmp) / "prj",
            family=family,
            input_type=info.inputs.port,
            ir=ir,
        )
        return first_divergent_layer(qmodel, hm, x_bad)


# ---- physics metrics per task (the interface's task, fpgaml.interface.Interface) --------------------------------------------
@dataclass
class Outputs:
    """What every task's metrics read: the test inputs (on the firmware grid, and as floats) and the outputs
    of the firmware, of QKeras (on both) and of the float reference (on the float inputs, or None)."""

    x: np.ndarray
    x_raw: np.ndarray
    y_csim: np.ndarray
    y_q: np.ndarray
    y_q_raw: np.ndarray
    y_f: np.ndarray | None
    float_probs: bool = False  # the float reference ends in a softmax (its outputs are probabilities)


@dataclass
class Physics:
    """One task's part of the report: its sections, threshold checks, summary entries, the effect of the
    input type on its metric, and the plot it drew (a file name in the verify directory)."""

    sections: dict[str, Any]
    checks: list[dict[str, Any]] = field(default_factory=list)
    summary: dict[str, Any] = field(default_factory=dict)
    input_rounding: dict[str, Any] = field(default_factory=dict)
    plot: str = ""


def _plot(cfg: FlowConfig, draw: Callable[[Path], Any], path: Path) -> str:
    """``draw(path)`` unless ``verify.plot`` is false; the plot's file name for the report ("" without one)."""
    if not cfg.verify.plot:
        return ""
    draw(path)
    return path.name


def _classification(cfg: FlowConfig, data: Interface, o: Outputs, probs: bool, out: Path) -> Physics:

    labels = load_split(cfg, "test")[1][: len(o.x)]
    class_names = list(data.class_names)
    scores = {"C-sim": to_scores(o.y_csim, probs), "QKeras": to_scores(o.y_q, probs)}
    if o.y_f is not None:
        scores["float"] = to_scores(o.y_f, o.float_probs)
    classification = {name: classification_metrics(s, labels, class_names) for name, s in scores.items()}
    checks = []
    if o.y_f is not None:
        drop = 100 * (classification["float"]["accuracy"] - classification["C-sim"]["accuracy"])
        checks.append({"name": "accuracy drop C-sim vs float (pp)", "value": round(drop, 3),
                       "threshold": f"<= {cfg.verify.max_accuracy_drop_pp}",
                       "passed": drop <= cfg.verify.max_accuracy_drop_pp})  # fmt: skip
    return Physics(
        sections={"classification": classification, "class_names": class_names},
        checks=checks,
        summary={"accuracy": {k: round(v["accuracy"], 5) for k, v in classification.items()}},
        input_rounding={
            "accuracy_float_inputs": float(np.mean(o.y_q_raw.argmax(1) == labels)),
            "accuracy_grid_inputs": float(np.mean(o.y_q.argmax(1) == labels)),
        },
        plot=_plot(cfg, lambda path: roc_plot(scores, labels, class_names, path), out / "roc.png"),
    )


def _regression(cfg: FlowConfig, data: Interface, o: Outputs, probs: bool, out: Path) -> Physics:

    target = load_split(cfg, "test")[1][: len(o.x)].reshape(len(o.x), -1)
    names = list(data.output_names)
    preds = {"C-sim": o.y_csim, "QKeras": o.y_q}
    if o.y_f is not None:
        preds["float"] = o.y_f
    metrics = {model: regression_metrics(p, target, names) for model, p in preds.items()}
    checks = []
    limit = cfg.verify.max_resolution_increase
    if o.y_f is not None and limit is not None:
        for name in names:
            fw, ref = metrics["C-sim"][name]["resolution_robust"], metrics["float"][name]["resolution_robust"]
            rel = fw / ref - 1.0 if ref > 0 else (0.0 if fw == 0 else float("inf"))
            checks.append({"name": f"resolution increase C-sim vs float, {name} (relative)",
                           "value": round(rel, 5), "threshold": f"<= {limit}", "passed": rel <= limit})  # fmt: skip

    def rmse(y: np.ndarray) -> float:
        return float(np.sqrt(np.mean((y.reshape(len(y), -1) - target) ** 2)))

    return Physics(
        sections={"regression": metrics, "target_names": names},
        checks=checks,
        summary={
            "resolution": {
                m: {t: round(v["resolution_robust"], 6) for t, v in r.items()} for m, r in metrics.items()
            },
            "bias": {m: {t: round(v["bias_mean"], 6) for t, v in r.items()} for m, r in metrics.items()},
        },
        input_rounding={
            "metric": "RMSE over all targets",
            "float_inputs": rmse(o.y_q_raw),
            "grid_inputs": rmse(o.y_q),
        },
        plot=_plot(cfg, lambda path: residual_plot(preds, target, names, path), out / "residuals.png"),
    )


def _autoencoder(cfg: FlowConfig, data: Interface, o: Outputs, probs: bool, out: Path) -> Physics:

    labels = load_labels(cfg, "test") if DataInfo.of(cfg).has_labels else None
    labels = None if labels is None else labels[: len(o.x)]
    names = list(data.class_names)
    scores = {"C-sim": reconstruction_error(o.y_csim, o.x), "QKeras": reconstruction_error(o.y_q, o.x)}
    if o.y_f is not None:
        scores["float"] = reconstruction_error(o.y_f, o.x_raw)
    per_model = {m: autoencoder_metrics(s, labels, names) for m, s in scores.items()}
    agreement = score_agreement(scores["C-sim"], scores["QKeras"])
    checks = []
    limit = cfg.verify.max_auc_drop
    if o.y_f is not None and labels is not None and limit is not None:
        for signal, auc_float in per_model["float"]["auc"].items():
            auc_fw = per_model["C-sim"]["auc"][signal]
            if auc_float is None or auc_fw is None:
                continue
            drop = auc_float - auc_fw
            checks.append({"name": f"anomaly-score AUC drop C-sim vs float, {signal}", "value": round(drop, 5),
                           "threshold": f"<= {limit}", "passed": drop <= limit})  # fmt: skip
    return Physics(
        sections={
            "autoencoder": {"scores": per_model, "agreement_csim_vs_qkeras": agreement},
            "class_names": names,
        },
        checks=checks,
        summary={
            "score_identical_ranks_csim_vs_qkeras": agreement["identical_ranks_fraction"],
            "score_spearman_csim_vs_qkeras": round(agreement["spearman"], 6),
            "auc": {m: v["auc"] for m, v in per_model.items() if v["auc"]},
        },
        input_rounding={
            "metric": "mean anomaly score",
            "float_inputs": float(np.mean(reconstruction_error(o.y_q_raw, o.x_raw))),
            "grid_inputs": float(np.mean(scores["QKeras"])),
        },
        plot=_plot(cfg, lambda path: score_plot(scores, labels, names, path), out / "scores.png"),
    )


PHYSICS = {"classification": _classification, "regression": _regression, "autoencoder": _autoencoder}


def _notes(
    cfg: FlowConfig,
    q_eval: str,
    exact_expected: bool,
    probs: bool,
    reason: str,
    fp_note: str,
    saturation: Any,
) -> list[str]:

    notes = [f"QKeras outputs evaluated in {q_eval}."]
    if probs:
        notes.append(
            f"Bit-exactness against QKeras is not expected: {reason}. The check is argmax agreement "
            f"(verify.min_argmax_agreement = {cfg.verify.min_argmax_agreement})."
        )
    elif not exact_expected:
        notes.append(
            f"Bit-exactness against QKeras is not expected: {reason}. The check uses 'within 1 LSB'."
        )
    if fp_note:
        notes.append(fp_note)
    for warning in saturation_warnings(saturation):
        notes.append(f"Input saturation: {warning}")
        log.warning(warning)
    return notes


def _first_divergence(
    cfg: FlowConfig,
    fw: tuple[Any, ModelIR],
    x: np.ndarray,
    bit: dict[str, Any],
    notes: list[str],
    q_eval: str,
    trace: bool,
) -> dict[str, Any] | None:
    """Where the firmware first departs from QKeras (a trace of a few differing samples), when it does and
    ``trace`` asks (the trace rebuilds the project with hls4ml's tracing: seconds)."""
    if not bit["qkeras"]["n_different"]:
        return None
    fp = bit["fixed_point_reference"]
    if fp is not None and fp["n_different"] == 0:
        notes.append(
            "C-sim equals fpgaml's integer fixed-point reference everywhere; the differences to QKeras come "
            f"from the QKeras evaluation ({q_eval}), which rounds wide accumulations."
        )
    if not trace:
        return None
    bad = np.array(bit["qkeras"]["first_different_jets"][:N_TRACE_JETS])
    try:
        return _divergence(cfg, *fw, x[bad])
    except Exception as exc:  # the trace is a diagnostic: report why it failed, don't hide the result
        return {"error": f"could not trace: {type(exc).__name__}: {exc}"}


def _checks(
    cfg: FlowConfig, bit: dict[str, Any], exact_expected: bool, probs: bool, physics: Physics
) -> list[dict[str, Any]]:
    """The thresholds of ``verify:`` against the comparisons (and the task's own checks)."""
    checks = []
    q = bit["qkeras"]
    if probs:
        # convert.softmax: keep: the firmware's softmax is a lookup table, not bit-exact by design; what the
        # trigger reads is the largest output, so that is what is checked (as the setting's description says)
        checks.append({"name": "C-sim vs QKeras: argmax agreement (lookup-table softmax)",
                       "value": round(q["argmax_agreement"], 6),
                       "threshold": f">= {cfg.verify.min_argmax_agreement}",
                       "passed": q["argmax_agreement"] >= cfg.verify.min_argmax_agreement})  # fmt: skip
    else:
        key = "exact_fraction" if exact_expected else "within_1lsb_fraction"
        checks.append({"name": f"C-sim vs QKeras: {key.replace('_', ' ')}", "value": round(q[key], 6),
                       "threshold": f">= {cfg.verify.min_exact_fraction}",
                       "passed": q[key] >= cfg.verify.min_exact_fraction})  # fmt: skip
    if cfg.verify.max_lsb_error is not None:
        checks.append({"name": "C-sim vs QKeras: max error (LSB)", "value": q["max_error_lsb"],
                       "threshold": f"<= {cfg.verify.max_lsb_error}",
                       "passed": q["max_error_lsb"] <= cfg.verify.max_lsb_error})  # fmt: skip
    if cfg.verify.require_exact_vs_fixed_point and bit["fixed_point_reference"] is not None:
        m = bit["fixed_point_reference"]
        checks.append({"name": "C-sim vs fixed-point reference: outputs different", "value": m["n_different"],
                       "threshold": "== 0", "passed": m["n_different"] == 0})  # fmt: skip
    return checks + physics.checks


def _inputs_text(iface: Interface) -> str:
    if iface.standardized_in == "firmware":
        return (
            f"raw (physical) values on {iface.input_precision}: the firmware's first layer (input_scale) "
            "standardises them in fixed point, so every comparison below starts from the raw inputs"
        )
    if iface.standardized_in == "software":
        return f"standardised in software before the firmware, on {iface.inputs}"
    return f"the data's values as they are, on {iface.inputs}"


def _softmax_text(info: ProjectInfo) -> str:
    if not info.ends_in_softmax:
        return "no softmax"
    if info.softmax_inside:
        return "inside the firmware (lookup table): outputs are probabilities"
    return "stripped: firmware, QKeras and the fixed-point reference give logits"


def produce(ctx: StageContext, out: Path) -> Outcome:

    cfg = ctx.cfg
    trained = load_models(cfg)
    info = ProjectInfo.of(cfg)
    iface = trained.meta.interface
    cs = load_outputs(cfg)
    x, y_csim = cs["x"], cs["y"].reshape(len(cs["y"]), -1)
    x_raw, _, mask = load_split(cfg, "test")
    x_raw = x_raw[: len(x)]
    saturation = saturation_report(
        x_raw, iface.inputs, iface.feature_names, mask=None if mask is None else mask[: len(x)]
    )
    lsb = info.output_precision.lsb
    probs = info.softmax_inside
    exact_expected = info.exact_expected and not probs
    reason = info.inexact_reason or ("the firmware softmax is a lookup table" if probs else "")
    fw_model, fw_ir = firmware(trained, keep_softmax=info.softmax_inside)  # the QKeras model, read once

    y_q, y_q_raw, q_eval = _predict_qkeras(fw_model, x, x_raw)
    y_fp, overflow, fp_note = _fixed_point(fw_ir, x)
    y_f = _predict(trained.float_model, x_raw) if trained.float_model is not None else None
    float_probs = trained.float_model is not None and ends_in_softmax(trained.float_model)

    bit = {
        "qkeras": compare(y_csim, y_q, lsb),
        "fixed_point_reference": compare(y_csim, y_fp, lsb) if y_fp is not None else None,
        "float_reference": compare(y_csim, y_f, lsb) if y_f is not None else None,
    }
    physics = PHYSICS[iface.task](
        cfg, iface, Outputs(x, x_raw, y_csim, y_q, y_q_raw, y_f, float_probs), probs, out
    )
    notes = _notes(cfg, q_eval, exact_expected, probs, reason, fp_note, saturation)
    checks = _checks(cfg, bit, exact_expected, probs, physics)
    passed = all(c["passed"] for c in checks)
    # the trace (an hls4ml rebuild with tracing, seconds) when the differences say something: a firmware
    # expected exact that is not, or a failed check; not for one inexact by design (a lookup-table softmax,
    # float gates) whose checks pass
    trace = exact_expected or not passed
    divergence = _first_divergence(cfg, (fw_model, fw_ir), x, bit, notes, q_eval, trace)
    q = bit["qkeras"]
    report = {
        "name": cfg.name,
        "family": info.family,
        "network": info.network,
        "task": iface.task,
        "unit": "samples" if DataInfo.of(cfg).features == "arrays" else "jets",
        "n_jets": len(x),
        "output_type": info.output_precision.type,
        "lsb": lsb,
        "passed": passed,
        "checks": checks,
        "bit_accuracy": bit,
        **physics.sections,
        "exact_expected": exact_expected,
        "qkeras_evaluation": q_eval,
        "notes": notes,
        "input_rounding": {
            "input_precision": str(iface.inputs),
            "input_types": (
                dict(zip(iface.feature_names, iface.input_types, strict=False)) if iface.input_types else None
            ),
            "changed_outputs_fraction": float(np.mean(y_q != y_q_raw)),
            **physics.input_rounding,
        },
        "input_saturation": saturation.to_dict(),
        "layer_overflow": overflow,
        "float_reference": trained.meta.float_reference_name,
        "inputs": _inputs_text(iface),
        "softmax": _softmax_text(info),
        "first_divergent_layer": divergence,
        "plot": physics.plot,
    }
    summary = {
        "passed": passed,
        "exact_vs_qkeras": q["exact_fraction"],
        "max_error_lsb_vs_qkeras": q["max_error_lsb"],
        **physics.summary,
        "report": str(ctx.dir("verify") / "report.md"),
    }
    write_json(out / "report.json", report)
    (out / "report.md").write_text(markdown(report))
    failed = [f"{c['name']} = {c['value']} (needs {c['threshold']})" for c in checks if not c["passed"]]
    if failed:
        failed[-1] += f". Report: {ctx.dir('verify') / 'report.md'}"
    return Outcome(summary, failed_checks=failed)


STAGE = Stage(
    name="verify",
    doc="compare C-sim bit by bit with QKeras, the fixed-point reference and the float model",
    produce=produce,
    reads=("data", "train", "convert", "csim"),
    config=("verify",),
    order=50,
)
