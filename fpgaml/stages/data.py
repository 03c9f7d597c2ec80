"""Stage ``data``: load the jets, split, standardise; write ``<run>/data/{dataset.npz,data.json}``.

For high-level features it also draws ``features.png``: each feature per class (training split).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from fpgaml.artifacts import ensure_replaceable, is_up_to_date, read_manifest, stage_output, write_json

if TYPE_CHECKING:  # pragma: no cover
    from fpgaml.config import FlowConfig

SPLITS = ("train", "val", "test")


def _fingerprint(cfg: FlowConfig) -> dict[str, Any]:
    source = cfg.data.source
    stamp: Any = source
    if source != "sample" and Path(source).exists():
        st = Path(source).stat()
        stamp = {"path": str(Path(source).resolve()), "size": st.st_size, "mtime": int(st.st_mtime)}
    return {
        "data": cfg.data.model_dump(mode="json"),
        "features": cfg.features,
        "seed": cfg.seed,
        "src": stamp,
    }


def run(cfg: FlowConfig, *, force: bool = False) -> dict[str, Any]:
    from fpgaml.data import load_jets

    out = cfg.stage_dir("data")
    fp = _fingerprint(cfg)
    if not force and is_up_to_date(out, fp):
        return {"stage": "data", "status": "up to date", "dir": str(out), **read_manifest(out)["summary"]}
    ensure_replaceable(out, force)
    ds = load_jets(
        source=cfg.data.source,
        features=cfg.features,
        n_jets=cfg.data.n_jets,
        n_constituents=cfg.data.n_constituents,
        split=cfg.data.split,
        seed=cfg.seed,
        standardize=True,
    )
    summary: dict[str, Any] = {
        "features": cfg.features,
        "input_shape": list(ds.x_train.shape[1:]),
        "n_train": len(ds.y_train),
        "n_val": len(ds.y_val),
        "n_test": len(ds.y_test),
        "class_counts_test": np.bincount(ds.y_test, minlength=len(ds.class_names)).tolist(),
    }
    with stage_output(out, stage="data", fingerprint=fp, force=force, summary=summary) as tmp:
        arrays: dict[str, np.ndarray] = {}
        for split in SPLITS:
            arrays[f"x_{split}"] = getattr(ds, f"x_{split}")
            arrays[f"y_{split}"] = getattr(ds, f"y_{split}")
            mask = getattr(ds, f"mask_{split}", None)
            if mask is not None:
                arrays[f"mask_{split}"] = mask
        np.savez(tmp / "dataset.npz", **arrays)
        if cfg.features == "hlf":  # a picture of what the network sees, in physical units
            from fpgaml.data.plots import plot_hlf_grid

            st = ds.standardization
            raw = ds.x_train * np.asarray(st["std"]) + np.asarray(st["mean"])
            plot_hlf_grid(
                raw,
                ds.y_train,
                tmp / "features.png",
                feature_names=list(ds.feature_names),
                title=f"{cfg.name}: training split, {len(ds.y_train)} jets",
            )
        write_json(
            tmp / "data.json",
            {
                "feature_names": list(ds.feature_names),
                "class_names": list(ds.class_names),
                "standardization": ds.standardization,
                "source_info": ds.source_info,
            },
        )
    return {"stage": "data", "status": "done", "dir": str(out), **summary}


def load_split(cfg: FlowConfig, split: str = "test") -> tuple[np.ndarray, np.ndarray, np.ndarray | None]:
    """(x, y, mask or None) of one split from the data artifact."""
    if split not in SPLITS:
        raise ValueError(f"split must be one of {SPLITS}")
    d = cfg.stage_dir("data")
    read_manifest(d, "data")
    with np.load(d / "dataset.npz") as z:
        mask = z[f"mask_{split}"] if f"mask_{split}" in z.files else None
        return z[f"x_{split}"], z[f"y_{split}"], mask


def load_info(cfg: FlowConfig) -> dict[str, Any]:
    d = cfg.stage_dir("data")
    read_manifest(d, "data")
    return json.loads((d / "data.json").read_text())
