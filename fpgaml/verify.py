"""Bit-accuracy and physics metrics of firmware outputs against the models, and the report files.

All comparisons of fixed-point outputs are exact; differences are counted and measured in units of the
firmware output type's LSB, never with a float epsilon.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np


def compare(test: np.ndarray, ref: np.ndarray, lsb: float) -> dict[str, Any]:
    """How ``test`` (e.g. C-sim) differs from ``ref`` (e.g. QKeras), element-wise, in output LSBs."""
    test = np.asarray(test, dtype=np.float64).reshape(len(test), -1)
    ref = np.asarray(ref, dtype=np.float64).reshape(len(ref), -1)
    if test.shape != ref.shape:
        raise ValueError(f"cannot compare outputs of shapes {test.shape} and {ref.shape}")
    diff_lsb = np.abs(test - ref) / lsb
    same = test == ref
    return {
        "n_outputs": int(same.size),
        "n_different": int((~same).sum()),
        "exact_fraction": float(same.mean()),
        "jets_all_exact_fraction": float(same.all(axis=1).mean()),
        "max_error_lsb": float(diff_lsb.max()) if diff_lsb.size else 0.0,
        "within_1lsb_fraction": float((diff_lsb <= 1.0).mean()),
        "argmax_agreement": float((test.argmax(axis=1) == ref.argmax(axis=1)).mean()),
        "first_different_jets": np.flatnonzero(~same.all(axis=1))[:10].tolist(),
    }


def to_scores(outputs: np.ndarray, are_probabilities: bool) -> np.ndarray:
    from scipy.special import softmax

    outputs = np.asarray(outputs, dtype=np.float64)
    return outputs if are_probabilities else softmax(outputs, axis=1)


def classification_metrics(scores: np.ndarray, labels: np.ndarray, class_names: list[str]) -> dict[str, Any]:
    """Accuracy and one-vs-rest AUC per class."""
    from sklearn.metrics import roc_auc_score

    out: dict[str, Any] = {"accuracy": float(np.mean(scores.argmax(axis=1) == labels)), "auc": {}}
    for c, name in enumerate(class_names):
        truth = labels == c
        out["auc"][name] = float(roc_auc_score(truth, scores[:, c])) if 0 < truth.sum() < len(truth) else None
    return out


def roc_plot(scores: dict[str, np.ndarray], labels: np.ndarray, class_names: list[str], path: Path) -> None:
    """Signal efficiency vs background mistag rate (log), one colour per class, one line style per model."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from sklearn.metrics import roc_curve

    styles = ["-", "--", ":", "-."]
    fig, ax = plt.subplots(figsize=(7, 5.5))
    for c, cname in enumerate(class_names):
        truth = labels == c
        if not 0 < truth.sum() < len(truth):
            continue
        for (mname, s), ls in zip(scores.items(), styles, strict=False):
            fpr, tpr, _ = roc_curve(truth, s[:, c])
            keep = fpr > 0
            ax.plot(tpr[keep], fpr[keep], ls, color=f"C{c}", lw=1.4, label=f"{cname} ({mname})")
    ax.set_yscale("log")
    ax.set_xlabel("signal efficiency (true positive rate)")
    ax.set_ylabel("background mistag rate (false positive rate)")
    ax.set_xlim(0, 1)
    ax.set_ylim(1e-4, 1)
    ax.grid(alpha=0.3, which="both")
    ax.set_title(
        "One-vs-rest ROC per jet class: "
        + " / ".join(f"{ls} {m}" for m, ls in zip(scores, styles, strict=False))
    )
    ax.legend(fontsize=7, ncol=len(scores), loc="lower right")
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)


def keras_layer_outputs(model: Any, x: np.ndarray) -> dict[str, np.ndarray]:
    """Every layer's output on ``x`` by layer name, the model evaluated in float64 (as verify compares)."""
    from fpgaml._keras import keras
    from fpgaml.modelio import predict_float64

    k = keras()
    layers = [layer for layer in model.layers if not isinstance(layer, k.layers.InputLayer)]
    flat = [k.layers.Flatten(name=f"fpgaml_probe_{i}")(layer.output) for i, layer in enumerate(layers)]
    probe = k.Model(
        model.inputs, k.layers.Concatenate(name="fpgaml_probe")(flat) if len(flat) > 1 else flat[0]
    )
    twin_out = predict_float64(probe, x)
    sizes = [int(np.prod(layer.output_shape[1:])) for layer in layers]
    parts = np.split(twin_out, np.cumsum(sizes)[:-1], axis=1)
    return {layer.name: part for layer, part in zip(layers, parts, strict=True)}


def first_divergent_layer(qmodel: Any, hm: Any, x: np.ndarray) -> dict[str, Any] | None:
    """Trace ``x`` through the firmware (hls4ml trace) and QKeras layer by layer; the first layer that differs.

    Layers are compared by name where both graphs have them (hls4ml splits some Keras layers, e.g. the
    linear part ``fc1_linear``; those are skipped). Slow (per-sample Python loop): use a few jets.
    """
    from fpgaml._keras import keras2_as_keras

    x = np.ascontiguousarray(x, dtype=np.float64)
    with keras2_as_keras():
        for layer in hm.get_layers():
            layer.set_attr("trace", True)
        _, hls_trace = hm.trace(x)
    keras_trace = keras_layer_outputs(qmodel, x)
    for layer in hm.get_layers():
        name = layer.name
        if name not in hls_trace or name not in keras_trace:
            continue
        a = np.asarray(hls_trace[name], dtype=np.float64).reshape(len(x), -1)
        b = np.asarray(keras_trace[name], dtype=np.float64).reshape(len(x), -1)
        if a.shape != b.shape:
            continue
        if not np.array_equal(a, b):
            d = np.abs(a - b)
            return {
                "layer": name,
                "layer_class": layer.class_name,
                "result_type": str(layer.get_output_variable().type.precision.definition_cpp()),
                "n_different": int((a != b).sum()),
                "max_abs_difference": float(d.max()),
            }
    return None


def markdown(report: dict[str, Any]) -> str:
    """A human-readable report.md."""
    lines = [f"# Verification report: {report['name']}", ""]
    status = "PASS" if report["passed"] else "FAIL"
    lines += [f"**{status}** — family `{report['family']}`, {report['n_jets']} test jets, "
              f"firmware output type `{report['output_type']}` (1 LSB = {report['lsb']:g})", ""]  # fmt: skip
    if report.get("float_reference") or report.get("softmax"):
        lines += [
            f"Float reference: {report.get('float_reference', 'none')}. Softmax: {report.get('softmax', '-')}.",
            "",
        ]
    lines += ["## Checks", "", "| check | value | threshold | result |", "|---|---|---|---|"]
    for c in report["checks"]:
        lines.append(
            f"| {c['name']} | {c['value']} | {c['threshold']} | {'pass' if c['passed'] else 'FAIL'} |"
        )
    lines += ["", "## Bit accuracy (C-sim against ...)", ""]
    lines += [
        "| reference | outputs identical | max error (LSB) | within 1 LSB | argmax agreement |",
        "|---|---|---|---|---|",
    ]
    for ref, m in report["bit_accuracy"].items():
        if m is None:
            continue
        if ref == "float_reference":  # other weights: only the decision is comparable
            lines.append(f"| {ref} (different weights) | - | - | - | {m['argmax_agreement']:.4%} |")
            continue
        lines.append(
            f"| {ref} | {m['exact_fraction']:.4%} ({m['n_outputs'] - m['n_different']}/{m['n_outputs']}) | "
            f"{m['max_error_lsb']:g} | {m['within_1lsb_fraction']:.4%} | {m['argmax_agreement']:.4%} |"
        )
    for note in report.get("notes", []):
        lines += ["", f"> {note}"]
    lines += ["", "## Classification", "", "| model | accuracy | " + " | ".join(
        f"AUC {c}" for c in report["class_names"]) + " |", "|---" * (2 + len(report["class_names"])) + "|"]  # fmt: skip
    for model, m in report["classification"].items():
        aucs = " | ".join("-" if m["auc"][c] is None else f"{m['auc'][c]:.4f}" for c in report["class_names"])
        lines.append(f"| {model} | {m['accuracy']:.4f} | {aucs} |")
    ir = report.get("input_rounding")
    if ir:
        lines += ["", "## Effect of the firmware's input type", "",
                  f"Rounding the inputs to `{ir['input_precision']}` changes {ir['changed_outputs_fraction']:.3%} of "
                  f"the QKeras outputs and its accuracy from {ir['accuracy_float_inputs']:.4f} (float inputs) to "
                  f"{ir['accuracy_grid_inputs']:.4f} (inputs on the firmware grid). All bit-accuracy figures above "
                  "use inputs on the grid, as the firmware sees them."]  # fmt: skip
    over = report.get("layer_overflow")
    if over:
        lines += ["", "## Values that saturate at each layer's output type (test set)", "",
                  "| layer | type | values | below range | above range |", "|---|---|---|---|---|"]  # fmt: skip
        for name, o in over.items():
            lines.append(f"| {name} | `{o['type']}` | {o['n']} | {o['below']} | {o['above']} |")
    sat = report.get("input_saturation")
    if sat:
        lines += ["", "## Inputs that saturate on the firmware input type", "",
                  f"`{sat['input_type']}` holds [{sat['range'][0]:g}, {sat['range'][1]:g}] (standardised units). "
                  f"{sat['overall_fraction']:.4%} of all test input values clip."]  # fmt: skip
        if sat["worst"]:
            lines += ["", "| feature | values that clip | below | above |", "|---|---|---|---|"]
            for w in sat["worst"]:
                f = sat["per_feature"][w["feature"]]
                lines.append(f"| {w['feature']} | {f['fraction']:.4%} | {f['below']} | {f['above']} |")
    div = report.get("first_divergent_layer")
    if div:
        lines += ["", "## First layer where C-sim and QKeras diverge", "", "```", str(div), "```"]
    lines += ["", "![ROC curves](roc.png)", ""]
    return "\n".join(lines)
