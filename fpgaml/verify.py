"""Bit-accuracy and physics metrics of firmware outputs against the models, and the report files.

All comparisons of fixed-point outputs are exact; differences are counted and measured in units of the
firmware output type's LSB, never with a float epsilon.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from fpgaml._keras import keras, keras2_as_keras
from fpgaml.modelio import predict_float64


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
    from scipy.special import softmax  # optional heavy dependency: imported on first use

    outputs = np.asarray(outputs, dtype=np.float64)
    return outputs if are_probabilities else softmax(outputs, axis=1)


def classification_metrics(scores: np.ndarray, labels: np.ndarray, class_names: list[str]) -> dict[str, Any]:
    """Accuracy and one-vs-rest AUC per class."""
    from sklearn.metrics import roc_auc_score  # optional heavy dependency: imported on first use

    out: dict[str, Any] = {"accuracy": float(np.mean(scores.argmax(axis=1) == labels)), "auc": {}}
    for c, name in enumerate(class_names):
        truth = labels == c
        out["auc"][name] = float(roc_auc_score(truth, scores[:, c])) if 0 < truth.sum() < len(truth) else None
    return out


def roc_plot(scores: dict[str, np.ndarray], labels: np.ndarray, class_names: list[str], path: Path) -> None:
    """Signal efficiency vs background mistag rate (log), one colour per class, one line style per model."""
    import matplotlib  # optional heavy dependency: imported on first use

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt  # optional heavy dependency: imported on first use
    from sklearn.metrics import roc_curve  # optional heavy dependency: imported on first use

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


# ---- regression: resolution and bias of each target ------------------------------------------------------
def robust_width(values: np.ndarray) -> float:
    """Half the width of the central 68 % interval (16th to 84th percentile, linear interpolation): the
    Gaussian sigma for Gaussian residuals, insensitive to tails."""
    q16, q84 = np.percentile(np.asarray(values, np.float64), [16.0, 84.0])
    return float(0.5 * (q84 - q16))


def regression_metrics(prediction: np.ndarray, target: np.ndarray, names: list[str]) -> dict[str, Any]:
    """Per target: bias (mean and median of the residual prediction - target), resolution (std of the
    residual, and the robust half 16-84 % width), RMSE and the sample count."""
    pred = np.asarray(prediction, np.float64).reshape(len(prediction), -1)
    true = np.asarray(target, np.float64).reshape(len(target), -1)
    if pred.shape != true.shape or pred.shape[1] != len(names):
        raise ValueError(
            f"predictions {pred.shape}, targets {true.shape} and {len(names)} target names differ"
        )
    out: dict[str, Any] = {}
    for j, name in enumerate(names):
        r = pred[:, j] - true[:, j]
        out[name] = {
            "bias_mean": float(np.mean(r)),
            "bias_median": float(np.median(r)),
            "resolution_std": float(np.std(r)),
            "resolution_robust": robust_width(r),
            "rmse": float(np.sqrt(np.mean(r**2))),
            "n": int(r.size),
        }
    return out


def residual_plot(
    predictions: dict[str, np.ndarray], target: np.ndarray, names: list[str], path: Path, units: str = ""
) -> None:
    """Histogram of the residual (prediction - target) per target, one line per model (firmware, QKeras,
    float); common bins over the 0.5-99.5 % range of all models (outliers piled into the edge bins)."""
    import matplotlib  # optional heavy dependency: imported on first use

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt  # optional heavy dependency: imported on first use

    true = np.asarray(target, np.float64).reshape(len(target), -1)
    n = len(names)
    fig, axes = plt.subplots(1, n, figsize=(5.0 * n, 3.8), squeeze=False)
    styles = ["-", "--", ":", "-."]
    for j, (name, ax) in enumerate(zip(names, axes[0], strict=True)):
        res = {
            m: np.asarray(p, np.float64).reshape(len(p), -1)[:, j] - true[:, j]
            for m, p in predictions.items()
        }
        lo, hi = np.percentile(np.concatenate(list(res.values())), [0.5, 99.5])
        if hi <= lo:
            lo, hi = lo - 0.5, hi + 0.5
        bins = np.linspace(lo, hi, 61)
        for (model, r), ls in zip(res.items(), styles, strict=False):
            ax.hist(np.clip(r, lo, hi), bins=bins, histtype="step", ls=ls, lw=1.4,
                    label=f"{model}: bias {np.mean(r):.3g}, sigma68 {robust_width(r):.3g}")  # fmt: skip
        ax.set_xlabel(f"{name}: prediction - target{f' [{units}]' if units else ''}")
        ax.set_ylabel("samples")
        ax.legend(fontsize=7)
        ax.grid(alpha=0.3)
    fig.suptitle(f"Residuals per regression target ({' vs '.join(predictions)})", fontsize=10)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


# ---- autoencoder: the anomaly score ----------------------------------------------------------------------
def reconstruction_error(outputs: np.ndarray, inputs: np.ndarray) -> np.ndarray:
    """The anomaly score of an autoencoder: mean squared error between its outputs and its inputs, per sample
    (both flattened), in float64."""
    y = np.asarray(outputs, np.float64).reshape(len(outputs), -1)
    x = np.asarray(inputs, np.float64).reshape(len(inputs), -1)
    if y.shape != x.shape:
        raise ValueError(f"reconstruction {y.shape} and input {x.shape} differ in size")
    return np.mean((y - x) ** 2, axis=1)


def score_agreement(test: np.ndarray, ref: np.ndarray, keep_fraction: float = 0.01) -> dict[str, Any]:
    """How far two anomaly scores of the same samples agree: identical values, identical ranks (ties share
    the lowest rank), Spearman's rank correlation, and the trigger decision when the threshold keeps
    ``keep_fraction`` of the samples by the reference score (fraction of samples decided differently)."""
    from scipy.stats import rankdata, spearmanr  # optional heavy dependency: imported on first use

    a, b = np.asarray(test, np.float64), np.asarray(ref, np.float64)
    if a.shape != b.shape:
        raise ValueError(f"scores of shapes {a.shape} and {b.shape}")
    same_ranks = rankdata(a, method="min") == rankdata(b, method="min")
    rho = spearmanr(a, b).statistic if len(a) > 1 and np.ptp(a) > 0 and np.ptp(b) > 0 else float("nan")
    threshold = float(np.quantile(b, 1.0 - keep_fraction))
    return {
        "identical_scores_fraction": float(np.mean(a == b)),
        "identical_ranks_fraction": float(np.mean(same_ranks)),
        "spearman": float(rho),
        "keep_fraction": keep_fraction,
        "threshold_on_reference": threshold,
        "decision_disagreement_fraction": float(np.mean((a > threshold) != (b > threshold))),
    }


def autoencoder_metrics(
    score: np.ndarray, labels: np.ndarray | None, class_names: list[str]
) -> dict[str, Any]:
    """Distribution of one model's anomaly score (mean, median, 99th percentile) and, with labels, the AUC of
    each signal label (1, 2, ...) against the background (label 0)."""
    from sklearn.metrics import roc_auc_score  # optional heavy dependency: imported on first use

    s = np.asarray(score, np.float64)
    out: dict[str, Any] = {"mean": float(np.mean(s)), "median": float(np.median(s)),
                           "q99": float(np.quantile(s, 0.99)), "auc": {}}  # fmt: skip
    if labels is not None:
        bkg = labels == 0
        for c, name in enumerate(class_names[1:], start=1):
            sig = labels == c
            if bkg.any() and sig.any():
                keep = bkg | sig
                out["auc"][name] = float(roc_auc_score(sig[keep], s[keep]))
            else:
                out["auc"][name] = None
    return out


def score_plot(
    scores: dict[str, np.ndarray], labels: np.ndarray | None, class_names: list[str], path: Path
) -> None:
    """Left: the anomaly score distribution per model (and per label); right, with labels: the ROC of each
    signal label against the background, one line style per model."""
    import matplotlib  # optional heavy dependency: imported on first use

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt  # optional heavy dependency: imported on first use
    from sklearn.metrics import roc_curve  # optional heavy dependency: imported on first use

    styles = ["-", "--", ":", "-."]
    with_roc = labels is not None and len(class_names) > 1
    fig, axes = plt.subplots(1, 2 if with_roc else 1, figsize=(11 if with_roc else 6, 4.2), squeeze=False)
    ax = axes[0][0]
    every = np.concatenate([np.asarray(s, np.float64) for s in scores.values()])
    positive = every[every > 0]
    lo = max(float(positive.min()) if positive.size else 1e-6, 1e-9)
    hi = max(float(every.max()), lo * 10)
    bins = np.logspace(np.log10(lo), np.log10(hi), 61)
    groups = [(None, "all")] if labels is None else list(enumerate(class_names))
    for (model, s), ls in zip(scores.items(), styles, strict=False):
        for c, cname in groups:
            sel = s if c is None else s[labels == c]
            if sel.size:
                ax.hist(np.clip(sel, bins[0], bins[-1]), bins=bins, histtype="step", ls=ls, lw=1.3,
                        color=f"C{0 if c is None else c}", density=labels is not None, label=f"{cname} ({model})")  # fmt: skip
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel("anomaly score (mean squared reconstruction error)")
    ax.set_ylabel("samples" if labels is None else "density")
    ax.legend(fontsize=7)
    ax.grid(alpha=0.3, which="both")
    if with_roc:
        assert labels is not None
        ax = axes[0][1]
        bkg = labels == 0
        for c, cname in enumerate(class_names[1:], start=1):
            sig = labels == c
            if not (sig.any() and bkg.any()):
                continue
            keep = sig | bkg
            for (model, s), ls in zip(scores.items(), styles, strict=False):
                fpr, tpr, _ = roc_curve(sig[keep], np.asarray(s)[keep])
                ok = fpr > 0
                ax.plot(fpr[ok], tpr[ok], ls, color=f"C{c}", lw=1.4, label=f"{cname} ({model})")
        ax.set_xscale("log")
        ax.set_xlabel("background efficiency (false positive rate)")
        ax.set_ylabel("signal efficiency")
        ax.grid(alpha=0.3, which="both")
        ax.legend(fontsize=7)
    fig.suptitle(
        "Autoencoder anomaly score: "
        + " / ".join(f"{ls} {m}" for m, ls in zip(scores, styles, strict=False)),
        fontsize=10,
    )
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def keras_layer_outputs(model: Any, x: np.ndarray) -> dict[str, np.ndarray]:
    """Every layer's output on ``x`` by layer name, the model evaluated in float64 (as verify compares)."""

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
    task = report.get("task", "classification")
    what = f"test {report.get('unit', 'jets')}"
    lines = [f"# Verification report: {report['name']}", ""]
    status = "PASS" if report["passed"] else "FAIL"
    lines += [f"**{status}** — {report.get('network') or 'family ' + str(report['family'])}, task {task}, {report['n_jets']} {what}, "
              f"firmware output type `{report['output_type']}` (1 LSB = {report['lsb']:g})", ""]  # fmt: skip
    if report.get("float_reference") or report.get("softmax"):
        lines += [
            f"Float reference: {report.get('float_reference', 'none')}. Softmax: {report.get('softmax', '-')}.",
            "",
        ]
    if report.get("inputs"):
        lines += [f"Inputs: {report['inputs']}.", ""]
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
    argmax = task == "classification"  # the largest output means nothing for values or reconstructions
    for ref, m in report["bit_accuracy"].items():
        if m is None:
            continue
        agree = f"{m['argmax_agreement']:.4%}" if argmax else "-"
        if ref == "float_reference":  # other weights: only a classifier's decision is comparable
            if argmax:
                lines.append(f"| {ref} (different weights) | - | - | - | {agree} |")
            continue
        lines.append(
            f"| {ref} | {m['exact_fraction']:.4%} ({m['n_outputs'] - m['n_different']}/{m['n_outputs']}) | "
            f"{m['max_error_lsb']:g} | {m['within_1lsb_fraction']:.4%} | {agree} |"
        )
    for note in report.get("notes", []):
        lines += ["", f"> {note}"]
    if "classification" in report:
        lines += _classification_md(report)
    if "regression" in report:
        lines += _regression_md(report["regression"])
    if "autoencoder" in report:
        lines += _autoencoder_md(report["autoencoder"])
    ir = report.get("input_rounding")
    if ir:
        lines += ["", "## Effect of the firmware's input type", ""]
        if "accuracy_float_inputs" in ir:
            lines += [f"Rounding the inputs to `{ir['input_precision']}` changes {ir['changed_outputs_fraction']:.3%} of "
                      f"the QKeras outputs and its accuracy from {ir['accuracy_float_inputs']:.4f} (float inputs) to "
                      f"{ir['accuracy_grid_inputs']:.4f} (inputs on the firmware grid). All bit-accuracy figures above "
                      "use inputs on the grid, as the firmware sees them."]  # fmt: skip
        else:
            lines += [f"Rounding the inputs to `{ir['input_precision']}` changes {ir['changed_outputs_fraction']:.3%} of "
                      f"the QKeras outputs; its {ir['metric']} is {ir['float_inputs']:.6g} with float inputs and "
                      f"{ir['grid_inputs']:.6g} with inputs on the firmware grid. All bit-accuracy figures above use "
                      "inputs on the grid, as the firmware sees them."]  # fmt: skip
        if ir.get("input_types"):
            types = ir["input_types"]
            lines += ["", "Per-feature input types (`model.input_features`; the firmware reads only these bits of "
                      "each feature, none of a dropped one):", "", "| feature | type |", "|---|---|"]  # fmt: skip
            lines += [f"| {name} | `{t}` |" for name, t in types.items()]
    over = report.get("layer_overflow")
    if over:
        lines += ["", "## Values that saturate at each layer's output type (test set)", "",
                  "| layer | type | values | below range | above range |", "|---|---|---|---|---|"]  # fmt: skip
        for name, o in over.items():
            lines.append(f"| {name} | `{o['type']}` | {o['n']} | {o['below']} | {o['above']} |")
    sat = report.get("input_saturation")
    if sat:
        lines += ["", "## Inputs that saturate on the firmware input type", "",
                  f"`{sat['input_type']}` holds [{sat['range'][0]:g}, {sat['range'][1]:g}] (in the units the network sees). "
                  f"{sat['overall_fraction']:.4%} of all test input values clip."]  # fmt: skip
        if sat["worst"]:
            lines += ["", "| feature | values that clip | below | above |", "|---|---|---|---|"]
            for w in sat["worst"]:
                f = sat["per_feature"][w["feature"]]
                lines.append(f"| {w['feature']} | {f['fraction']:.4%} | {f['below']} | {f['above']} |")
    div = report.get("first_divergent_layer")
    if div:
        lines += ["", "## First layer where C-sim and QKeras diverge", "", "```", str(div), "```"]
    plot = report.get("plot", "roc.png")  # "" when verify.plot is false
    lines += [
        "",
        f"![{plot.removesuffix('.png')}]({plot})" if plot else "(no plot: verify.plot is false)",
        "",
    ]
    return "\n".join(lines)


def _classification_md(report: dict[str, Any]) -> list[str]:
    names = report["class_names"]
    lines = ["", "## Classification", "", "| model | accuracy | " + " | ".join(f"AUC {c}" for c in names) + " |",
             "|---" * (2 + len(names)) + "|"]  # fmt: skip
    for model, m in report["classification"].items():
        aucs = " | ".join("-" if m["auc"][c] is None else f"{m['auc'][c]:.4f}" for c in names)
        lines.append(f"| {model} | {m['accuracy']:.4f} | {aucs} |")
    return lines


def _regression_md(section: dict[str, Any]) -> list[str]:
    lines = ["", "## Regression (residual = prediction - target)", "",
             "| target | model | bias (mean) | bias (median) | resolution (std) | resolution (half 16-84 %) | RMSE |",
             "|---|---|---|---|---|---|---|"]  # fmt: skip
    for model, per_target in section.items():
        for target, m in per_target.items():
            lines.append(f"| {target} | {model} | {m['bias_mean']:.6g} | {m['bias_median']:.6g} | "
                         f"{m['resolution_std']:.6g} | {m['resolution_robust']:.6g} | {m['rmse']:.6g} |")  # fmt: skip
    return lines


def _autoencoder_md(section: dict[str, Any]) -> list[str]:
    models = section["scores"]
    signals = sorted({name for m in models.values() for name in m["auc"]})
    head = ["model", "mean", "median", "99th percentile", *(f"AUC {s}" for s in signals)]
    lines = ["", "## Autoencoder anomaly score (mean squared reconstruction error)", "",
             "| " + " | ".join(head) + " |", "|---" * len(head) + "|"]  # fmt: skip
    for model, m in models.items():
        aucs = ["-" if m["auc"].get(s) is None else f"{m['auc'][s]:.4f}" for s in signals]
        cells = [model, f"{m['mean']:.6g}", f"{m['median']:.6g}", f"{m['q99']:.6g}", *aucs]
        lines.append("| " + " | ".join(cells) + " |")
    a = section["agreement_csim_vs_qkeras"]
    lines += ["", f"C-sim vs QKeras score: {a['identical_scores_fraction']:.4%} identical values, "
              f"{a['identical_ranks_fraction']:.4%} identical ranks, Spearman {a['spearman']:.6f}; with the threshold "
              f"that keeps {a['keep_fraction']:.2%} of the samples by the QKeras score, "
              f"{a['decision_disagreement_fraction']:.4%} of the samples are decided differently."]  # fmt: skip
    return lines
