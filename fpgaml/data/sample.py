"""The compact jet sample shipped with fpgaml, and how it is made from a full generator output.

The sample (``fpgaml/data/sample/jets_v<N>.npz`` + ``jets_v<N>.json``) holds per jet: the label, the 16
high-level features (float32), a small per-jet table (pT, eta, phi, mass, energy, groomed mass, tau1..3;
float32) and the 32 hardest constituents as (pT/pT_jet, E/E_jet, eta - eta_jet, phi - phi_jet) in float16,
stored as two uint8 byte planes (zlib compresses them ~25% better than interleaved float16), plus their
charge (int8). Jets are shuffled with a fixed seed so any prefix mixes the classes.
"""

from __future__ import annotations

import json
import os
import tempfile
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from fpgaml.data.errors import DataError
from fpgaml.data.readers import (
    SAMPLE_FORMAT,
    SAMPLE_JET_FIELDS,
    read_fpgaml_npz,
    split_float16,
)

SAMPLE_VERSION = 1
SAMPLE_NAME = f"jets_v{SAMPLE_VERSION}"


def sample_path() -> Path:
    """Path of the shipped sample npz inside the installed package."""
    return Path(str(resources.files("fpgaml.data") / "sample" / f"{SAMPLE_NAME}.npz"))


def write_sample(
    full: str | os.PathLike,
    out: str | os.PathLike,
    n_constituents: int = 32,
    shuffle_seed: int = 20261122,
    force: bool = False,
    extra_recipe: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Write the compact sample ``out`` (npz) and its recipe ``out`` with suffix .json; return the recipe."""
    out = Path(out)
    meta_path = out.with_suffix(".json")
    for p in (out, meta_path):
        if p.exists() and not force:
            raise DataError(f"{p}: exists; pass force=True (--force) to overwrite it")
    table = read_fpgaml_npz(full, n_constituents=n_constituents)
    cons = table.constituents
    assert cons is not None and table.hlf is not None
    n = len(table)
    perm = np.random.default_rng(shuffle_seed).permutation(n)
    # A real particle must keep ptrel, erel > 0 (its logs are features): the rare ultra-soft ones (pT below
    # ~1e-4 GeV, below float16 range) are raised to float16's smallest subnormal, 6e-8.
    tiny16 = float(np.finfo(np.float16).smallest_subnormal)
    rel = [np.where(cons.mask, np.maximum(a, tiny16), 0.0) for a in (cons.ptrel, cons.erel)]
    coords = np.stack([*rel, cons.deta, cons.dphi], axis=-1)[perm].astype(np.float16)
    hi, lo = split_float16(coords)
    jet = np.stack([table.jet_info[f] for f in SAMPLE_JET_FIELDS], axis=1)[perm].astype(np.float32)
    recipe = dict(table.source_info.get("recipe", {}))
    recipe.update(
        {
            "format": SAMPLE_FORMAT,
            "sample_version": SAMPLE_VERSION,
            "made_from": Path(full).name,
            "n_constituents": n_constituents,
            "shuffle_seed": shuffle_seed,
            "n_jets": n,
            "counts": {
                c: int(v)
                for c, v in zip(
                    ("g", "q", "W", "Z", "t"), np.bincount(table.labels, minlength=5), strict=False
                )
            },
            "sample_jet_fields": list(SAMPLE_JET_FIELDS),
            "sample_particle_coords": ["ptrel", "erel", "deta", "dphi"],
        }
    )
    if extra_recipe:
        recipe.update(extra_recipe)
    out.parent.mkdir(parents=True, exist_ok=True)
    arrays = {
        "label": table.labels[perm].astype(np.int8),
        "hlf": table.hlf[perm].astype(np.float32),
        "jet": jet,
        "jet_fields": np.array(SAMPLE_JET_FIELDS),
        "const_hi": hi,
        "const_lo": lo,
        "charge": cons.charge[perm].astype(np.int8),
        "n_stored": cons.mask.sum(axis=1)[perm].astype(np.int16),
        "recipe": np.array(json.dumps(recipe)),
    }
    fd, tmp = tempfile.mkstemp(prefix=out.name + ".", suffix=".tmp", dir=out.parent)
    os.close(fd)
    try:
        with open(tmp, "wb") as fh:
            np.savez_compressed(fh, **arrays)
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; give the file ordinary permissions
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    recipe["file_bytes"] = out.stat().st_size
    meta_tmp = meta_path.with_name(meta_path.name + ".tmp")
    meta_tmp.write_text(json.dumps(recipe, indent=1) + "\n")
    os.replace(meta_tmp, meta_path)
    return recipe


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
