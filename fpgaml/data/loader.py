"""``load_jets``: one call from a jet file (or the shipped sample) to train/val/test arrays."""

from __future__ import annotations

import copy
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from fpgaml.data.errors import DataError
from fpgaml.data.readers import SAMPLE_FORMAT, JetTable, check_finite_jets, read_jets
from fpgaml.data.sample import sample_path
from fpgaml.data.schema import CLASS_NAMES, HLF_NAMES, PARTICLE_FEATURE_NAMES
from fpgaml.kept import Kept, file_identity

FEATURE_SETS = ("hlf", "constituents")


@dataclass
class JetDataset:
    """Train/validation/test arrays of one jet source.

    ``x_*`` are float32: (n, 16) for ``"hlf"``, (n, n_constituents, 10) for ``"constituents"``;
    ``y_*`` int64 class indices into ``class_names``; ``mask_*`` (n, n_constituents) bool for constituents
    (True = real particle), None for hlf. ``index_*`` are the rows of the source each jet came from.
    ``standardization`` ({"mean", "std", "feature_names"}) was computed on the train split only, and is
    already applied when ``standardize=True`` (padding stays exactly 0).
    """

    x_train: np.ndarray
    y_train: np.ndarray
    x_val: np.ndarray
    y_val: np.ndarray
    x_test: np.ndarray
    y_test: np.ndarray
    feature_names: list[str]
    class_names: tuple[str, ...]
    standardization: dict[str, Any]
    source_info: dict[str, Any]
    features: str = "hlf"
    mask_train: np.ndarray | None = None
    mask_val: np.ndarray | None = None
    mask_test: np.ndarray | None = None
    index_train: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    index_val: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    index_test: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))

    @property
    def n_classes(self) -> int:
        return len(self.class_names)


def _resolve_source(source: str | os.PathLike) -> Path:
    if isinstance(source, str) and source == "sample":
        p = sample_path()
        if not p.exists():
            raise DataError(f"{p}: the shipped jet sample is missing from this fpgaml installation")
        return p
    return Path(source)


def select_balanced(labels: np.ndarray, n_jets: int, seed: int) -> np.ndarray:
    """Deterministic subset of ``n_jets`` rows, as equal per class as the counts allow (sorted indices)."""
    if n_jets <= 0:
        raise DataError(f"n_jets must be positive, got {n_jets}")
    if n_jets >= labels.size:
        return np.arange(labels.size)
    rng = np.random.default_rng(seed)
    classes = np.unique(labels)
    pools = {c: rng.permutation(np.flatnonzero(labels == c)) for c in classes}
    take = {c: 0 for c in classes}
    left = n_jets
    # water-filling: share what is left equally among the classes that still have jets
    while left > 0:
        open_ = [c for c in classes if take[c] < pools[c].size]
        share, extra = divmod(left, len(open_))
        for k, c in enumerate(open_):
            add = min(share + (1 if k < extra else 0), pools[c].size - take[c])
            take[c] += add
            left -= add
    return np.sort(np.concatenate([pools[c][: take[c]] for c in classes]))


SPLIT_NAMES = ("train", "validation", "test")


def class_split_sizes(n: int, split: Sequence[float]) -> tuple[int, int, int]:
    """(train, validation, test) jets of one class of ``n`` jets, rounded as :func:`stratified_split` does."""
    n_train = round(float(split[0]) * n)
    n_val = min(round(float(split[1]) * n), n - n_train)
    return n_train, n_val, n - n_train - n_val


def split_sizes(class_counts: Sequence[int], split: Sequence[float]) -> tuple[int, int, int]:
    """(train, validation, test) jets of a stratified split of classes with ``class_counts`` jets each."""
    sizes = [class_split_sizes(int(c), split) for c in class_counts]
    return tuple(int(sum(s[k] for s in sizes)) for k in range(3))  # type: ignore[return-value]


def balanced_counts(n_jets: int, n_classes: int = len(CLASS_NAMES)) -> list[int]:
    """Jets per class of a class-balanced selection of ``n_jets`` (what :func:`select_balanced` takes from a
    source with enough jets of every class)."""
    share, extra = divmod(int(n_jets), n_classes)
    return [share + (1 if k < extra else 0) for k in range(n_classes)]


def min_jets_for_split(
    split: Sequence[float], n_classes: int = len(CLASS_NAMES), limit: int = 100_000
) -> int | None:
    """The smallest class-balanced number of jets from which every larger one (checked over the next
    ``4 * n_classes``) gives a non-empty train, validation and test split; None if that is above ``limit``."""
    ok_run = 0
    for n in range(1, limit + 1):
        share, extra = divmod(n, n_classes)
        lo, hi = class_split_sizes(share, split), class_split_sizes(share + 1, split)
        ok = all((n_classes - extra) * a + extra * b > 0 for a, b in zip(lo, hi, strict=True))
        ok_run = ok_run + 1 if ok else 0
        if ok_run > 4 * n_classes:
            return n - ok_run + 1
    return None


def empty_split_message(
    class_counts: Sequence[int], split: Sequence[float], class_names: Sequence[str] = CLASS_NAMES
) -> str | None:
    """Why ``split`` of classes with ``class_counts`` jets leaves a split empty, or None if none is.

    The message names the jets per class and per split and the config keys to change.
    """
    sizes = split_sizes(class_counts, split)
    empty = [name for name, size in zip(SPLIT_NAMES, sizes, strict=True) if size == 0]
    if not empty:
        return None
    n = int(sum(class_counts))
    per_class = ", ".join(f"{c} {int(k)}" for c, k in zip(class_names, class_counts, strict=False) if k)
    need = min_jets_for_split(split, n_classes=len(class_counts))
    hint = f" (these fractions need at least {need} class-balanced jets)" if need else ""
    return (
        f"data.split {list(split)} of {n} jets ({per_class}) leaves the {' and '.join(empty)} split empty: "
        f"train {sizes[0]}, validation {sizes[1]}, test {sizes[2]} jets (the split is stratified and rounded per "
        f"class). Raise data.n_jets or use a larger file{hint}, or give the empty split a larger fraction in "
        "data.split"
    )


def stratified_split(
    labels: np.ndarray, split: tuple[float, float, float], seed: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per-class shuffled split into train/val/test index arrays (each shuffled), deterministic in ``seed``."""
    fr = np.asarray(split, np.float64)
    if fr.shape != (3,) or np.any(fr < 0) or not np.isclose(fr.sum(), 1.0):
        raise DataError(f"split must be three non-negative fractions summing to 1, got {split}")
    rng = np.random.default_rng(seed)
    parts: list[list[np.ndarray]] = [[], [], []]
    for c in np.unique(labels):
        idx = rng.permutation(np.flatnonzero(labels == c))
        n_train, n_val, _ = class_split_sizes(idx.size, fr)
        parts[0].append(idx[:n_train])
        parts[1].append(idx[n_train : n_train + n_val])
        parts[2].append(idx[n_train + n_val :])
    return tuple(rng.permutation(np.concatenate(p)).astype(np.int64) for p in parts)  # type: ignore[return-value]


def compute_standardization(
    x: np.ndarray, feature_names: list[str], mask: np.ndarray | None = None
) -> dict[str, Any]:
    """Mean and std per feature (over real particles only when ``mask`` is given); std 0 is replaced by 1."""
    flat = x[mask] if mask is not None else x.reshape(-1, x.shape[-1])
    if flat.shape[0] == 0:
        raise DataError("cannot compute a standardization from an empty training split")
    mean = flat.astype(np.float64).mean(axis=0)
    std = flat.astype(np.float64).std(axis=0)
    std = np.where(std > 0, std, 1.0)
    return {"mean": mean.tolist(), "std": std.tolist(), "feature_names": list(feature_names)}


def apply_standardization(
    x: np.ndarray, standardization: dict[str, Any], mask: np.ndarray | None = None
) -> np.ndarray:
    """``(x - mean) / std`` per feature (last axis), as float32.

    For constituent arrays (3-D) padding stays exactly 0: padded rows are those where ``mask`` is False, or,
    without a mask, rows whose features are all 0 (a real particle never has ptrel = 0).
    """
    mean = np.asarray(standardization["mean"], np.float64)
    std = np.asarray(standardization["std"], np.float64)
    x = np.asarray(x)
    if x.shape[-1] != mean.size or std.size != mean.size:
        raise DataError(f"standardization has {mean.size} features, the array has {x.shape[-1]}")
    out = ((x.astype(np.float64) - mean) / std).astype(np.float32)
    if x.ndim == 3:
        pad = ~mask if mask is not None else np.all(x == 0, axis=-1)
        out[pad] = 0.0
    return out


#: the jet tables :func:`load_jets` read last in this process, by the file's identity (:func:`fpgaml.kept.file_identity`)
#: and ``n_constituents``: a run's stages, a sweep's points and a test suite read one file many times (decoding the
#: shipped sample: ~0.3 s each). load_jets copies what it takes (indexing), and the kept tables' arrays are
#: read-only, so nothing it returns can change them.
_TABLES: Kept[JetTable] = Kept(2)


def _read_only(table: JetTable) -> JetTable:
    arrays = [table.labels, table.hlf, *table.jet_info.values()]
    if table.constituents is not None:
        arrays += list(vars(table.constituents).values())
    for a in arrays:
        if isinstance(a, np.ndarray):
            a.flags.writeable = False
    return table


def _read_table(path: Path, n_constituents: int) -> JetTable:
    """:func:`read_jets`, kept per process for a regular file (see :data:`_TABLES`)."""
    file = file_identity(path)
    if file is None:  # read_jets says what is wrong, or reads a directory
        return read_jets(path, n_constituents=n_constituents)
    # the compact sample format stores its constituents at one width, whatever n_constituents asks
    for key in ((*file, None), (*file, n_constituents)):
        table = _TABLES.get(key)
        if table is not None:
            return table
    table = _read_only(read_jets(path, n_constituents=n_constituents))
    key = (*file, None if table.source_info.get("format") == SAMPLE_FORMAT else n_constituents)
    return _TABLES.put(key, table)


def load_jets(
    source: str | os.PathLike = "sample",
    features: str = "hlf",
    n_jets: int | None = None,
    n_constituents: int = 32,
    split: tuple[float, float, float] = (0.6, 0.2, 0.2),
    seed: int = 42,
    standardize: bool = True,
    n_train: int | None = None,
) -> JetDataset:
    """Load jets as train/val/test arrays.

    ``source``: ``"sample"`` (the sample shipped with fpgaml) or a path to an npz written by the generator,
    an OpenML ``hls4ml_lhc_jets_hlf`` CSV/ARFF, an hls4ml HDF5 file or a directory of them.
    ``features``: ``"hlf"`` (16 high-level features) or ``"constituents"`` (pT-ordered particles, zero-padded,
    with a mask). ``n_jets``: optional cap, a deterministic class-balanced subset. The split is stratified by
    class and deterministic for ``seed``; the standardization is computed on the train split only.
    ``n_train``: train on at most this many jets of the train split (a class-balanced subset of it, the
    standardization computed on them); the validation and test splits stay the same (learning curves).
    """
    if features not in FEATURE_SETS:
        raise DataError(f"unknown features {features!r}; options: {list(FEATURE_SETS)}")
    if not 1 <= int(n_constituents) <= 150:
        raise DataError(f"n_constituents must be in 1..150, got {n_constituents}")
    path = _resolve_source(source)
    table = _read_table(path, max(n_constituents, 1))
    if len(table) == 0:
        raise DataError(f"{path}: holds no jets")
    rows = np.arange(len(table)) if n_jets is None else select_balanced(table.labels, int(n_jets), seed)
    labels = table.labels[rows]
    mask = None
    if features == "hlf":
        if table.hlf is None:
            raise DataError(f"{path}: has no high-level features (the 16 {HLF_NAMES[0]}..{HLF_NAMES[-1]})")
        x = table.hlf[rows]
        names = list(HLF_NAMES)
    else:
        if table.constituents is None:
            raise DataError(f"{path}: has no constituent list; use features='hlf'")
        cons = table.constituents.take(rows)
        available = cons.mask.shape[1]
        with np.errstate(divide="ignore", invalid="ignore"):  # reported below with the jet and the feature
            x = cons.features(n_constituents)
        check_finite_jets(path, x, PARTICLE_FEATURE_NAMES, "constituent feature", rows=rows)
        mask = cons.mask[:, :n_constituents]
        if available < n_constituents:  # file stores fewer: pad with zeros
            pad = n_constituents - available
            x = np.pad(x, ((0, 0), (0, pad), (0, 0)))
            mask = np.pad(mask, ((0, 0), (0, pad)))
        names = list(PARTICLE_FEATURE_NAMES)
    counts = np.bincount(labels, minlength=len(CLASS_NAMES))
    problem = empty_split_message(counts.tolist(), split)
    if problem:
        available = "" if n_jets is None else f" (data.n_jets: {n_jets}; the source has {len(table)})"
        raise DataError(f"{path}: {problem}{available}")
    i_tr, i_va, i_te = stratified_split(labels, split, seed)
    if n_train is not None:
        i_tr = i_tr[select_balanced(labels[i_tr], int(n_train), seed)]
    st = compute_standardization(x[i_tr], names, None if mask is None else mask[i_tr])
    if standardize:
        x = apply_standardization(x, st, mask)
    x = x.astype(np.float32)
    info = copy.deepcopy(table.source_info)  # the kept table's own stays as read
    info.update({"path": str(path), "n_jets": int(rows.size), "n_jets_in_source": len(table)})
    info.setdefault("version", None)
    info.setdefault("recipe", None)
    m = (lambda i: None) if mask is None else (lambda i: mask[i])
    return JetDataset(
        x_train=x[i_tr],
        y_train=labels[i_tr],
        x_val=x[i_va],
        y_val=labels[i_va],
        x_test=x[i_te],
        y_test=labels[i_te],
        feature_names=names,
        class_names=CLASS_NAMES,
        standardization=st,
        source_info=info,
        features=features,
        mask_train=m(i_tr),
        mask_val=m(i_va),
        mask_test=m(i_te),
        index_train=rows[i_tr],
        index_val=rows[i_va],
        index_test=rows[i_te],
    )


def load_jet_table(source: str | os.PathLike = "sample", n_constituents: int = 32) -> JetTable:
    """The raw :class:`JetTable` of a source (labels, hlf, constituents, per-jet info such as mass, tau_N)."""
    return read_jets(_resolve_source(source), n_constituents=n_constituents)
