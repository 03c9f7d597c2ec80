"""Stage ``data``: load the jets or your own arrays, split, standardise; write ``<run>/data/{dataset.npz,data.json}``.

The jets (``data.source: sample`` or a jet file) are classified; a file of your own named arrays
(``data.inputs``, :mod:`fpgaml.data.arrays`) may be classified, regressed or auto-encoded (``data.task``).
:class:`DataInfo` records the task and the names of the network's outputs: train and verify read them there.
For jet high-level features it also draws ``features.png``: each feature per class (training split).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import numpy as np

from fpgaml.artifacts import Outcome
from fpgaml.data import load_jets
from fpgaml.data.arrays import identity_standardization, load_arrays
from fpgaml.data.plots import plot_hlf_grid
from fpgaml.records import SPLITS, DataInfo
from fpgaml.records import (
    load_labels as load_labels,  # the data artifact's readers, re-exported where it is written
)
from fpgaml.records import load_split as load_split
from fpgaml.stage import Stage, StageContext

if TYPE_CHECKING:  # pragma: no cover
    from fpgaml.config import FlowConfig


def _inputs(cfg: FlowConfig) -> dict[str, Any]:
    """The data source file (size and mtime) and the feature set the model family needs (jets only)."""
    source = cfg.data.source
    stamp: Any = source
    if source != "sample" and Path(source).exists():
        st = Path(source).stat()
        stamp = {"path": str(Path(source).resolve()), "size": st.st_size, "mtime": int(st.st_mtime)}
    return {"source": stamp, "features": cfg.features if cfg.data.inputs is None else None}


def produce(ctx: StageContext, out: Path) -> Outcome:
    if ctx.cfg.data.inputs is not None:
        return _produce_arrays(ctx.cfg, out)

    cfg = ctx.cfg
    ds = load_jets(
        source=cfg.data.source,
        features=cfg.features,
        n_jets=cfg.data.n_jets,
        n_constituents=cfg.data.n_constituents,
        split=cfg.data.split,
        seed=cfg.seed,
        standardize=cfg.data.standardize is True,
        n_train=cfg.data.train_jets,
    )
    if not cfg.data.standardize:  # what the network sees is the file's values: record the identity
        ds.standardization = identity_standardization(list(ds.feature_names))
    arrays: dict[str, np.ndarray] = {}
    for split in SPLITS:
        arrays[f"x_{split}"] = getattr(ds, f"x_{split}")
        arrays[f"y_{split}"] = getattr(ds, f"y_{split}")
        mask = getattr(ds, f"mask_{split}", None)
        if mask is not None:
            arrays[f"mask_{split}"] = mask
    np.savez(out / "dataset.npz", **arrays)
    if cfg.features == "hlf" and cfg.data.plot:  # a picture of what the network sees, in the file's units
        st = ds.standardization
        raw = (
            ds.x_train
            if cfg.data.standardize is not True
            else ds.x_train * np.asarray(st["std"]) + np.asarray(st["mean"])
        )
        plot_hlf_grid(
            raw,
            ds.y_train,
            out / "features.png",
            feature_names=list(ds.feature_names),
            title=f"{cfg.name}: training split, {len(ds.y_train)} jets",
        )
    DataInfo(
        features=cfg.features,
        feature_names=list(ds.feature_names),
        class_names=list(ds.class_names),
        input_shape=list(ds.x_train.shape[1:]),
        standardization=ds.standardization,
        source_info=ds.source_info,
        task="classification",
        output_names=list(ds.class_names),
        standardized_in=_where(cfg),
    ).save(out)
    return Outcome(
        {
            "features": cfg.features,
            "input_shape": list(ds.x_train.shape[1:]),
            "n_train": len(ds.y_train),
            "n_val": len(ds.y_val),
            "n_test": len(ds.y_test),
            "class_counts_test": np.bincount(ds.y_test, minlength=len(ds.class_names)).tolist(),
        }
    )


def _where(cfg: FlowConfig) -> Literal["software", "firmware", "none"]:
    s = cfg.data.standardize
    return "firmware" if s == "firmware" else ("software" if s else "none")


def _produce_arrays(cfg: FlowConfig, out: Path) -> Outcome:
    """Your own named arrays (``data.inputs``): read, check, split, standardise (fpgaml.data.arrays)."""

    d = cfg.data
    assert d.inputs is not None
    ds = load_arrays(
        d.source,
        d.inputs,
        task=d.task,
        targets=d.targets,
        labels=d.labels,
        feature_names=d.feature_names,
        class_names=d.class_names,
        target_names=d.target_names,
        n_samples=d.n_jets,
        split=d.split,
        seed=cfg.seed,
        standardize=d.standardize,
    )
    arrays: dict[str, np.ndarray] = {}
    for split in SPLITS:
        arrays[f"x_{split}"] = getattr(ds, f"x_{split}")
        arrays[f"y_{split}"] = getattr(ds, f"y_{split}")
        labels = getattr(ds, f"labels_{split}")
        if labels is not None:
            arrays[f"labels_{split}"] = labels
    np.savez(out / "dataset.npz", **arrays)
    DataInfo(
        features="arrays",
        feature_names=ds.feature_names,
        class_names=ds.class_names,
        input_shape=list(ds.x_train.shape[1:]),
        standardization=ds.standardization,
        source_info=ds.source_info,
        task=ds.task,
        output_names=ds.output_names,
        has_labels=ds.labels_test is not None,
        standardized_in=_where(cfg),
    ).save(out)
    summary: dict[str, Any] = {
        "task": ds.task,
        "input_shape": list(ds.x_train.shape[1:]),
        "n_outputs": len(ds.output_names),
        "n_train": len(ds.x_train),
        "n_val": len(ds.x_val),
        "n_test": len(ds.x_test),
    }
    if ds.task == "classification":
        summary["class_counts_test"] = np.bincount(ds.y_test, minlength=len(ds.class_names)).tolist()
    elif ds.task == "regression":
        summary["targets_test"] = {
            name: {"mean": round(float(np.mean(col)), 6), "std": round(float(np.std(col)), 6)}
            for name, col in zip(ds.output_names, ds.y_test.T, strict=True)
        }
    elif ds.labels_test is not None:
        summary["label_counts_test"] = np.bincount(ds.labels_test, minlength=len(ds.class_names)).tolist()
    return Outcome(summary)


STAGE = Stage(
    name="data",
    doc="load, split and standardise the jets",
    produce=produce,
    config=("data", "seed"),
    inputs=_inputs,
    order=10,
)
