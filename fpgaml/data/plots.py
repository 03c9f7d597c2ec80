"""Checkpoint plots of a jet dataset (matplotlib, Agg backend: no display needed)."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np

from fpgaml.data.schema import CLASS_NAMES, HLF_NAMES

CLASS_COLORS = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd")
CLASS_LABELS = ("gluon", "light quark", "W", "Z", "top")


def plot_hlf_grid(
    hlf: np.ndarray,
    labels: np.ndarray,
    out: str | os.PathLike,
    feature_names: tuple[str, ...] | list[str] = HLF_NAMES,
    title: str = "",
) -> Path:
    """Save a 4x4 grid of normalised histograms, one panel per feature, one line per class.

    Each panel's range covers the 0.5-99.5 percentiles of all classes together, so a few outliers do not
    squash the distributions; values outside are counted in the first / last bin (the spikes at the edges).
    """
    import matplotlib  # optional heavy dependency: imported on first use

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt  # optional heavy dependency: imported on first use

    n_feat = hlf.shape[1]
    ncol = 4
    nrow = int(np.ceil(n_feat / ncol))
    width, height = 4.2 * ncol, 3.2 * nrow
    fig, axes = plt.subplots(nrow, ncol, figsize=(width, height))
    # fixed margins (in inches, for the title and the legend above the panels): tight_layout measures every
    # text by drawing the figure once more, most of this function's time
    head = 0.75 + (0.3 if title else 0.0)
    fig.subplots_adjust(
        left=0.5 / width, right=1 - 0.15 / width, bottom=0.45 / height, top=1 - head / height,
        wspace=0.28, hspace=0.45,
    )  # fmt: skip
    axes = np.atleast_1d(axes).ravel()
    for k in range(n_feat):
        ax = axes[k]
        x = hlf[:, k].astype(np.float64)
        lo, hi = np.percentile(x, [0.5, 99.5])
        if hi <= lo:
            lo, hi = lo - 0.5, hi + 0.5
        name = feature_names[k]
        integer = name.endswith("multiplicity")
        bins = np.arange(np.floor(lo), np.ceil(hi) + 2) - 0.5 if integer else np.linspace(lo, hi, 51)
        for c, cname in enumerate(CLASS_NAMES):
            sel = x[labels == c]
            if sel.size:
                counts, _ = np.histogram(np.clip(sel, bins[0], bins[-1]), bins=bins, density=True)
                ax.stairs(
                    counts,
                    bins,
                    lw=1.4,
                    color=CLASS_COLORS[c],
                    label=CLASS_LABELS[c] if CLASS_LABELS[c] == cname else f"{CLASS_LABELS[c]} ({cname})",
                )
        ax.set_title(name, fontsize=10)
        ax.tick_params(labelsize=8)
        if name == "j_mass_mmdt":
            ax.set_xlabel("GeV", fontsize=8)
            for m in (80.4, 91.2, 172.5):
                ax.axvline(m, color="0.6", ls=":", lw=0.8)
    for ax in axes[n_feat:]:
        ax.axis("off")
    handles, names = axes[0].get_legend_handles_labels()
    top = 1 - 0.12 / height
    if title:
        fig.text(0.5, top, title, ha="center", va="top", fontsize=11)
        top -= 0.3 / height
    fig.legend(
        handles, names, loc="upper center", bbox_to_anchor=(0.5, top), ncol=5, fontsize=10, frameon=False
    )
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(out, dpi=90)
    plt.close(fig)
    return out
