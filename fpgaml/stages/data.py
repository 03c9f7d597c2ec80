"""Stage ``data``: load the jets, split, standardise; write ``<run>/data/{dataset.npz,data.json}``.

For high-level features it also draws ``features.png``: each feature per class (training split).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
from pydantic import Field

from fpgaml.artifacts import Outcome, Record, read_manifest
from fpgaml.stage import Stage, StageContext, stage_dir

if TYPE_CHECKING:  # pragma: no cover
    from fpgaml.config import FlowConfig

SPLITS = ("train", "val", "test")


class DataInfo(Record):
    """``data.json``: what the arrays in ``dataset.npz`` are."""

    FILE = "data.json"
    STAGE = "data"

    features: str
    feature_names: list[str]
    class_names: list[str]
    input_shape: list[int]
    standardization: dict[str, Any]
    source_info: dict[str, Any] = Field(default_factory=dict)


def _inputs(cfg: FlowConfig) -> dict[str, Any]:
    """The data source file (size and mtime) and the feature set the model family needs."""
    source = cfg.data.source
    stamp: Any = source
    if source != "sample" and Path(source).exists():
        st = Path(source).stat()
        stamp = {"path": str(Path(source).resolve()), "size": st.st_size, "mtime": int(st.st_mtime)}
    return {"source": stamp, "features": cfg.features}


def produce(ctx: StageContext, out: Path) -> Outcome:
    from fpgaml.data import load_jets

    cfg = ctx.cfg
    ds = load_jets(
        source=cfg.data.source,
        features=cfg.features,
        n_jets=cfg.data.n_jets,
        n_constituents=cfg.data.n_constituents,
        split=cfg.data.split,
        seed=cfg.seed,
        standardize=True,
    )
    arrays: dict[str, np.ndarray] = {}
    for split in SPLITS:
        arrays[f"x_{split}"] = getattr(ds, f"x_{split}")
        arrays[f"y_{split}"] = getattr(ds, f"y_{split}")
        mask = getattr(ds, f"mask_{split}", None)
        if mask is not None:
            arrays[f"mask_{split}"] = mask
    np.savez(out / "dataset.npz", **arrays)
    if cfg.features == "hlf":  # a picture of what the network sees, in physical units
        from fpgaml.data.plots import plot_hlf_grid

        st = ds.standardization
        raw = ds.x_train * np.asarray(st["std"]) + np.asarray(st["mean"])
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


STAGE = Stage(
    name="data",
    doc="load, split and standardise the jets",
    produce=produce,
    config=("data", "seed"),
    inputs=_inputs,
    order=10,
)


def load_split(cfg: FlowConfig, split: str = "test") -> tuple[np.ndarray, np.ndarray, np.ndarray | None]:
    """(x, y, mask or None) of one split from the data artifact."""
    if split not in SPLITS:
        raise ValueError(f"split must be one of {SPLITS}")
    d = stage_dir("data", cfg)
    read_manifest(d, "data")
    with np.load(d / "dataset.npz") as z:
        mask = z[f"mask_{split}"] if f"mask_{split}" in z.files else None
        return z[f"x_{split}"], z[f"y_{split}"], mask
