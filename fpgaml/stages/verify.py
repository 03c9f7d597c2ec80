"""Stage ``verify``: does the firmware compute what the model computes? Writes report.{json,md} + roc.png.

Compares the C-simulation outputs with (1) the QKeras model, (2) fpgaml's integer fixed-point reference
(where it supports the network) and (3) the float reference, on the same test jets with inputs on the
firmware's input grid. Thresholds come from ``verify:``; a failed one raises :class:`CheckFailed` after
the report is written (the CLI exits 1).
"""

from __future__ import annotations

import logging
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from fpgaml.artifacts import Outcome, write_json
from fpgaml.errors import UnsupportedModelError
from fpgaml.stage import Stage, StageContext
from fpgaml.stages.convert import ProjectInfo, firmware_model
from fpgaml.stages.csim import load_outputs
from fpgaml.stages.data import load_split
from fpgaml.stages.train import load_models

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
    from fpgaml.modelio import predict_float64

    try:
        return predict_float64(qmodel, x), predict_float64(qmodel, x_raw), "float64"
    except Exception as exc:  # a user layer that cannot be cloned: say so, fall back to float32
        note = f"float32 (the float64 twin could not be built: {type(exc).__name__}: {exc})"
        return _predict(qmodel, x), _predict(qmodel, x_raw), note


def _fixed_point(
    qmodel: Any, input_precision: str, x: np.ndarray
) -> tuple[np.ndarray | None, dict[str, Any] | None, str]:
    """The IR's exact outputs and per-layer saturation counts on ``x``, or why there are none."""
    from fpgaml.ir import parse

    try:
        ir = parse(qmodel, input_precision).check_exact()
        return ir.predict(x), ir.saturation(x), ""
    except UnsupportedModelError as exc:
        return None, None, f"no fixed-point reference for this network ({exc})"


def _divergence(cfg: FlowConfig, qmodel: Any, x_bad: np.ndarray) -> dict[str, Any] | None:
    from fpgaml import hls
    from fpgaml.models import FAMILIES
    from fpgaml.verify import first_divergent_layer

    family = FAMILIES.get(ProjectInfo.of(cfg).family)
    with tempfile.TemporaryDirectory(prefix="fpgaml-trace-") as tmp:
        hm = hls.convert(qmodel, cfg.model, cfg.convert, Path(tmp) / "prj", family=family)
        return first_divergent_layer(qmodel, hm, x_bad)


def produce(ctx: StageContext, out: Path) -> Outcome:
    from fpgaml.ir import ends_in_softmax
    from fpgaml.quantize import saturation_report, saturation_warnings
    from fpgaml.verify import classification_metrics, compare, markdown, roc_plot, to_scores

    cfg = ctx.cfg
    trained = load_models(cfg)
    info = ProjectInfo.of(cfg)
    cs = load_outputs(cfg)
    x, y_csim, labels = cs["x"], cs["y"].reshape(len(cs["y"]), -1), cs["labels"]
    x_raw, _, mask = load_split(cfg, "test")
    x_raw = x_raw[: len(x)]
    saturation = saturation_report(
        x_raw, info.input_precision, trained.meta.feature_names, mask=None if mask is None else mask[: len(x)]
    )
    lsb = info.output_precision.lsb
    class_names = list(info.class_names)
    probs = info.softmax_inside
    exact_expected = info.exact_expected and not probs
    reason = info.inexact_reason or ("the firmware softmax is a lookup table" if probs else "")
    fw_model = firmware_model(trained.qmodel, keep_softmax=info.softmax_inside)

    y_q, y_q_raw, q_eval = _predict_qkeras(fw_model, x, x_raw)
    y_fp, overflow, fp_note = _fixed_point(fw_model, info.input_precision, x)
    y_f = _predict(trained.float_model, x_raw) if trained.float_model is not None else None
    float_probs = trained.float_model is not None and ends_in_softmax(trained.float_model)

    bit = {
        "qkeras": compare(y_csim, y_q, lsb),
        "fixed_point_reference": compare(y_csim, y_fp, lsb) if y_fp is not None else None,
        "float_reference": compare(y_csim, y_f, lsb) if y_f is not None else None,
    }
    scores = {"C-sim": to_scores(y_csim, probs), "QKeras": to_scores(y_q, probs)}
    if y_f is not None:
        scores["float"] = to_scores(y_f, float_probs)
    classification = {name: classification_metrics(s, labels, class_names) for name, s in scores.items()}

    notes = [f"QKeras outputs evaluated in {q_eval}."]
    if not exact_expected:
        notes.append(
            f"Bit-exactness against QKeras is not expected: {reason}. The check uses 'within 1 LSB'."
        )
    if fp_note:
        notes.append(fp_note)
    for warning in saturation_warnings(saturation):
        notes.append(f"Input saturation: {warning}")
        log.warning(warning)
    divergence = None
    if bit["qkeras"]["n_different"]:
        bad = np.array(bit["qkeras"]["first_different_jets"][:N_TRACE_JETS])
        try:
            divergence = _divergence(cfg, fw_model, x[bad])
        except Exception as exc:  # the trace is a diagnostic: report why it failed, don't hide the result
            divergence = {"error": f"could not trace: {type(exc).__name__}: {exc}"}
        if y_fp is not None and bit["fixed_point_reference"]["n_different"] == 0:
            notes.append(
                "C-sim equals fpgaml's integer fixed-point reference everywhere; the differences to QKeras come "
                f"from the QKeras evaluation ({q_eval}), which rounds wide accumulations."
            )

    checks = []
    q = bit["qkeras"]
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
    if y_f is not None:
        drop = 100 * (classification["float"]["accuracy"] - classification["C-sim"]["accuracy"])
        checks.append({"name": "accuracy drop C-sim vs float (pp)", "value": round(drop, 3),
                       "threshold": f"<= {cfg.verify.max_accuracy_drop_pp}",
                       "passed": drop <= cfg.verify.max_accuracy_drop_pp})  # fmt: skip
    passed = all(c["passed"] for c in checks)
    report = {
        "name": cfg.name,
        "family": info.family,
        "n_jets": len(x),
        "output_type": info.output_precision.type,
        "lsb": lsb,
        "passed": passed,
        "checks": checks,
        "bit_accuracy": bit,
        "classification": classification,
        "class_names": class_names,
        "exact_expected": exact_expected,
        "qkeras_evaluation": q_eval,
        "notes": notes,
        "input_rounding": {
            "input_precision": info.input_precision,
            "changed_outputs_fraction": float(np.mean(y_q != y_q_raw)),
            "accuracy_float_inputs": float(np.mean(y_q_raw.argmax(1) == labels)),
            "accuracy_grid_inputs": float(np.mean(y_q.argmax(1) == labels)),
        },
        "input_saturation": saturation.to_dict(),
        "layer_overflow": overflow,
        "float_reference": trained.meta.float_reference_name,
        "softmax": (
            "no softmax"
            if not info.ends_in_softmax
            else "inside the firmware (lookup table): outputs are probabilities"
            if info.softmax_inside
            else "stripped: firmware, QKeras and the fixed-point reference give logits"
        ),
        "first_divergent_layer": divergence,
    }
    summary = {
        "passed": passed,
        "exact_vs_qkeras": q["exact_fraction"],
        "max_error_lsb_vs_qkeras": q["max_error_lsb"],
        "accuracy": {k: round(v["accuracy"], 5) for k, v in classification.items()},
        "report": str(ctx.dir("verify") / "report.md"),
    }
    write_json(out / "report.json", report)
    (out / "report.md").write_text(markdown(report))
    roc_plot(scores, labels, class_names, out / "roc.png")
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
