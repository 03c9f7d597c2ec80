"""Your own data: named arrays in an ``.npz`` or HDF5 file, for classification, regression or an autoencoder.

The jets (``data.source: sample`` and the jet readers of :mod:`fpgaml.data.readers`) stay the default. A file
of your own arrays is read when ``data.inputs`` names its input array::

    data:
      source: muon_hits.npz        # or .h5 / .hdf5
      inputs: x                    # npz key, or HDF5 dataset path (e.g. /l1/muons/hits)
      targets: y                   # class indices, one-hot rows, or real values (regression)
      task: regression             # classification (default) | regression | autoencoder

Any per-sample input shape is read (``(n, 4)`` features, ``(n, 9, 9)`` calorimeter towers, ...); names of the
last axis come from ``data.feature_names``. Targets are

* ``classification``: one class index per sample (integers, or whole-numbered floats), or one-hot rows
  ``(n, n_classes)``; ``data.class_names`` names the classes (default ``"0"``, ``"1"``, ...);
* ``regression``: real values, ``(n,)`` (one target) or ``(n, n_targets)``; ``data.target_names`` names them;
* ``autoencoder``: none — the targets are the inputs (flattened). ``data.labels`` may name a per-sample label
  (0 = background, 1, 2, ... = kinds of signal) used only to measure the anomaly score's ROC.

Every problem raises one :class:`~fpgaml.errors.DataError` naming the file and the array (and the sample and
column where it matters). Object arrays are never unpickled (``allow_pickle=False``).
"""

from __future__ import annotations

import os
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import numpy as np

from fpgaml.data.errors import DataError
from fpgaml.data.loader import class_split_sizes, split_sizes, stratified_split
from fpgaml.data.readers import read_h5
from fpgaml.userfiles import check_regular

Task = Literal["classification", "regression", "autoencoder"]
TASKS: tuple[str, ...] = ("classification", "regression", "autoencoder")
#: File suffixes of named-array files.
ARRAY_FILE_SUFFIXES: tuple[str, ...] = (".npz", ".h5", ".hdf5")
SPLIT_NAMES = ("train", "validation", "test")
_NUMERIC = "biuf"  # bool, signed, unsigned, float


@dataclass
class ArrayDataset:
    """Train/validation/test arrays of a named-array file, ready for the flow.

    ``x_*``: float32 inputs, shape ``(n, *input_shape)``, standardised per feature (last axis) with the train
    split's mean and std when ``standardize`` (``standardization`` holds them; identity otherwise).
    ``y_*``: what the network is trained to output — int64 class indices (classification), float64
    ``(n, n_targets)`` (regression), float32 ``(n, prod(input_shape))`` = the flattened inputs (autoencoder).
    ``labels_*``: int64 per-sample labels (autoencoder with ``data.labels``), else None.
    ``output_names``: one name per network output; ``class_names``: the classes (classification) or the
    labels (autoencoder, label 0 first), empty otherwise.
    """

    task: str
    x_train: np.ndarray
    y_train: np.ndarray
    x_val: np.ndarray
    y_val: np.ndarray
    x_test: np.ndarray
    y_test: np.ndarray
    feature_names: list[str]
    output_names: list[str]
    class_names: list[str]
    standardization: dict[str, Any]
    source_info: dict[str, Any]
    labels_train: np.ndarray | None = None
    labels_val: np.ndarray | None = None
    labels_test: np.ndarray | None = None
    index_train: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    index_val: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    index_test: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))


# ---- reading ------------------------------------------------------------------------------------------------
def _hint(path: Path) -> str:
    return f"check data.inputs / data.targets / data.labels against what {path.name} holds"


def _check_numeric(path: Path, key: str, a: np.ndarray) -> np.ndarray:
    if a.dtype.names is not None:
        raise DataError(
            f"{path}: array {key!r} is a structured (compound) array with fields {list(a.dtype.names)}; fpgaml "
            "reads one plain numeric array per name: store each quantity (or a stacked (n, k) array) on its own"
        )
    if a.dtype.kind not in _NUMERIC:
        raise DataError(
            f"{path}: array {key!r} has dtype {a.dtype} ({_kind_text(a.dtype.kind)}), not numbers; inputs, "
            "targets and labels must be bool, integer or float arrays"
        )
    return a


def _kind_text(kind: str) -> str:
    return {"U": "text", "S": "bytes", "O": "Python objects", "c": "complex numbers", "V": "raw bytes",
            "M": "dates", "m": "time differences"}.get(kind, "not numeric")  # fmt: skip


def _read_npz(path: Path, keys: dict[str, str]) -> dict[str, np.ndarray]:
    """The arrays ``keys`` (config key -> array name) of an npz file; never unpickles."""
    out: dict[str, np.ndarray] = {}
    try:
        with np.load(path, allow_pickle=False) as z:
            for config_key, name in keys.items():
                if name not in z.files:
                    raise DataError(
                        f"{path}: no array {name!r} ({config_key}); the file holds {sorted(z.files)}: "
                        f"{_hint(path)}"
                    )
                try:
                    out[config_key] = _check_numeric(path, name, np.asarray(z[name]))
                except ValueError as exc:
                    if "allow_pickle" in str(exc) or "Object arrays" in str(exc):
                        raise DataError(
                            f"{path}: array {name!r} ({config_key}) holds pickled Python objects, which fpgaml "
                            "never loads (unpickling runs code from the file); save plain numeric arrays "
                            "(np.savez with numbers only, e.g. np.asarray(values, dtype=np.float32))"
                        ) from None
                    raise
    except DataError:
        raise
    except (ValueError, zipfile.BadZipFile, EOFError, OSError, KeyError) as exc:
        raise DataError(
            f"{path}: not a readable npz file: corrupt, truncated or not an npz (zip) archive "
            f"({type(exc).__name__}: {exc})"
        ) from exc
    return out


def _h5_datasets(fh: Any, limit: int = 20) -> list[str]:
    import h5py  # optional heavy dependency: imported on first use

    names: list[str] = []

    def visit(name: str, obj: Any) -> None:
        if isinstance(obj, h5py.Dataset) and len(names) < limit:
            names.append("/" + name)

    fh.visititems(visit)
    return names


def _read_h5(path: Path, keys: dict[str, str]) -> dict[str, np.ndarray]:
    """The datasets ``keys`` (config key -> dataset path) of an HDF5 file."""
    import h5py  # optional heavy dependency: imported on first use

    def read(fh: Any) -> dict[str, np.ndarray]:
        out: dict[str, np.ndarray] = {}
        for config_key, name in keys.items():
            obj = fh.get(name)
            if obj is None:
                raise DataError(
                    f"{path}: no dataset {name!r} ({config_key}); its datasets are "
                    f"{_h5_datasets(fh) or 'none'}: {_hint(path)}"
                )
            if not isinstance(obj, h5py.Dataset):
                inside = [f"{name.rstrip('/')}/{k}" for k in list(obj.keys())[:20]]
                raise DataError(
                    f"{path}: {name!r} ({config_key}) is a group, not a dataset; it holds {inside}: name "
                    "the dataset itself"
                )
            if obj.dtype.names is None and obj.dtype.kind not in _NUMERIC:
                _check_numeric(path, name, np.empty(0, dtype=obj.dtype))
            out[config_key] = _check_numeric(path, name, np.asarray(obj[()]))
        return out

    return read_h5(path, read)


def read_named_arrays(path: str | os.PathLike, keys: dict[str, str]) -> dict[str, np.ndarray]:
    """Read the arrays named in ``keys`` (e.g. ``{"data.inputs": "x", "data.targets": "y"}``) from an
    ``.npz`` or HDF5 file; returns them under the same keys. Non-numeric, structured and pickled arrays and
    missing names raise :class:`DataError`."""

    p = Path(path)
    if not p.exists():
        where = "" if p.is_absolute() else f" (relative to the current directory {Path.cwd()})"
        raise DataError(f"{p}: no such file{where}; check data.source")
    check_regular(p, "data.source", DataError)
    suffix = p.suffix.lower()
    if suffix == ".npz":
        return _read_npz(p, keys)
    if suffix in (".h5", ".hdf5"):
        return _read_h5(p, keys)
    raise DataError(
        f"{p}: a file of your own arrays must be .npz or HDF5 (.h5, .hdf5), not {suffix!r} (data.inputs is set)"
    )


# ---- checking -----------------------------------------------------------------------------------------------
def check_finite_samples(
    path: Path, key: str, name: str, a: np.ndarray, column_names: list[str], what: str = "column"
) -> None:
    """One :class:`DataError` naming the sample (row) and column of the first NaN/Inf of ``a`` (n, ...);
    ``column_names`` name the last axis (for more axes the message also gives the position in the sample)."""
    if a.dtype.kind != "f":
        return
    bad = ~np.isfinite(a)
    if not bad.any():
        return
    per_sample = bad.reshape(len(a), -1)
    rows = np.flatnonzero(per_sample.any(axis=1))
    row = int(rows[0])
    inner = a.shape[1:]
    idx = tuple(int(i) for i in np.unravel_index(int(np.flatnonzero(per_sample[row])[0]), inner))
    value = a[row][idx]
    at = f" at position {list(idx)} of the sample" if len(inner) > 1 else ""
    per_col = bad.reshape(-1, inner[-1]).sum(axis=0)
    counts = ", ".join(
        f"{column_names[k]} ({int(c)})" for k, c in sorted(enumerate(per_col), key=lambda t: -t[1]) if c
    )
    listed = ", ".join(str(int(r)) for r in rows[:5]) + (
        f" and {rows.size - 5} more" if rows.size > 5 else ""
    )
    raise DataError(
        f"{path}: {key} {name!r} holds NaN or Inf in {rows.size} sample(s) (firmware has no NaN); first: sample "
        f"(row) {row}, {what} {column_names[idx[-1]]!r}{at} = {value}. Rows: {listed}; values per {what}: "
        f"{counts}. Drop or repair these samples in the file: fpgaml does not invent replacement values"
    )


def _names(
    config_key: str, given: list[str] | None, n: int, default: list[str], what: str, path: Path
) -> list[str]:
    if given is None:
        return default
    if len(given) != n:
        raise DataError(f"{path}: {config_key} gives {len(given)} names, but the file has {n} {what}")
    if len(set(given)) != len(given):
        twice = sorted({g for g in given if given.count(g) > 1})
        raise DataError(f"{path}: {config_key} names {twice} more than once")
    return [str(g) for g in given]


def class_indices(
    path: Path, key: str, name: str, y: np.ndarray, n_classes: int | None
) -> tuple[np.ndarray, int]:
    """Class indices (int64) from indices or one-hot rows, and the number of classes; DataError naming the
    first bad sample."""
    if y.ndim == 2 and y.shape[1] == 1:
        y = y[:, 0]
    if y.ndim == 2:
        onehot = y.astype(np.float64)
        good = np.all((onehot == 0) | (onehot == 1), axis=1) & (onehot.sum(axis=1) == 1)
        if not good.all():
            bad = np.flatnonzero(~good)
            raise DataError(
                f"{path}: {key} {name!r} has shape {y.shape}: read as one-hot rows, but {bad.size} row(s) are not "
                f"one-hot; first: sample {int(bad[0])} has {onehot[bad[0]].tolist()}. Each row needs exactly one "
                "1 (or store class indices, shape (n,))"
            )
        width = y.shape[1]
        if n_classes is not None and n_classes != width:
            raise DataError(
                f"{path}: {key} {name!r} has {width} one-hot columns, data.class_names {n_classes} names"
            )
        return onehot.argmax(axis=1).astype(np.int64), width
    if y.ndim != 1:
        raise DataError(
            f"{path}: {key} {name!r} has shape {y.shape}; class labels are one index per sample (n,) or one-hot "
            "rows (n, n_classes)"
        )
    if y.dtype.kind == "f":
        whole = np.isfinite(y) & (y == np.round(y))
        if not whole.all():
            row = int(np.flatnonzero(~whole)[0])
            raise DataError(
                f"{path}: {key} {name!r}: sample {row} has {y[row]}, not a class index (whole numbers 0, 1, ...); "
                "for real-valued targets use data.task: regression"
            )
    labels = y.astype(np.int64)
    if labels.size and labels.min() < 0:
        row = int(np.flatnonzero(labels < 0)[0])
        raise DataError(
            f"{path}: {key} {name!r}: sample {row} has class {labels[row]}; classes are 0, 1, ..."
        )
    found = int(labels.max()) + 1 if labels.size else 0
    if n_classes is not None and found > n_classes:
        rows = np.flatnonzero(labels >= n_classes)
        raise DataError(
            f"{path}: {key} {name!r}: {rows.size} sample(s) have a class >= {n_classes}, the number of "
            f"data.class_names; first: sample {int(rows[0])} has {int(labels[rows[0]])}"
        )
    return labels, n_classes if n_classes is not None else found


# ---- splitting ----------------------------------------------------------------------------------------------
def _check_split(path: Path, sizes: tuple[int, int, int], split: tuple[float, float, float], n: int) -> None:
    empty = [name for name, size in zip(SPLIT_NAMES, sizes, strict=True) if size == 0]
    if empty:
        raise DataError(
            f"{path}: data.split {list(split)} of {n} samples leaves the {' and '.join(empty)} split empty (train "
            f"{sizes[0]}, validation {sizes[1]}, test {sizes[2]}; stratified by class where there are classes): "
            "use more samples (data.n_jets caps them) or give the empty split a larger fraction"
        )


def random_split(
    n: int, split: tuple[float, float, float], seed: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Shuffled train/validation/test indices of ``n`` samples, deterministic in ``seed``."""
    order = np.random.default_rng(seed).permutation(n)
    n_train, n_val, _ = class_split_sizes(n, split)
    return order[:n_train], order[n_train : n_train + n_val], order[n_train + n_val :]


def standardization_of(x: np.ndarray, feature_names: list[str]) -> dict[str, Any]:
    """Mean and std per feature (last axis) over all samples and positions; std 0 becomes 1."""
    flat = x.reshape(-1, x.shape[-1]).astype(np.float64)
    std = flat.std(axis=0)
    return {"mean": flat.mean(axis=0).tolist(), "std": np.where(std > 0, std, 1.0).tolist(),
            "feature_names": list(feature_names)}  # fmt: skip


def identity_standardization(feature_names: list[str]) -> dict[str, Any]:
    n = len(feature_names)
    return {"mean": [0.0] * n, "std": [1.0] * n, "feature_names": list(feature_names)}


# ---- loading ------------------------------------------------------------------------------------------------
@dataclass
class _Targets:
    """What the task makes of the file's targets/labels: per-sample targets, output and class names, and the
    classes the split is stratified by (None: a random split)."""

    y: np.ndarray
    outputs: list[str]
    classes: list[str]
    strata: np.ndarray | None = None
    sample_labels: np.ndarray | None = None


def _array_keys(
    path: Path, task: str, inputs: str, targets: str | None, labels: str | None
) -> dict[str, str]:
    """``{config key: array name}`` to read, after checking that the task and the keys given agree."""
    if task not in TASKS:
        raise DataError(f"unknown task {task!r}; one of {', '.join(TASKS)}")
    if task == "autoencoder" and targets is not None:
        raise DataError(
            "an autoencoder's targets are its inputs: leave data.targets out (labels: data.labels)"
        )
    if task != "autoencoder" and targets is None:
        raise DataError(f"task {task} needs data.targets: the name of the target array in {path}")
    if labels is not None and task != "autoencoder":
        raise DataError("data.labels is for the autoencoder's score ROC; for classification the labels are "
                        "data.targets")  # fmt: skip
    keys = {"data.inputs": inputs}
    if targets is not None:
        keys["data.targets"] = targets
    if labels is not None:
        keys["data.labels"] = labels
    return keys


def _check_inputs(path: Path, keys: dict[str, str], arrays: dict[str, np.ndarray]) -> None:
    """The inputs hold samples with values, and every other array one row per input sample."""
    x, inputs = arrays["data.inputs"], keys["data.inputs"]
    if x.ndim < 2:
        raise DataError(
            f"{path}: data.inputs {inputs!r} has shape {x.shape}; inputs are one row per sample, (n_samples, "
            f"n_features) or (n_samples, ...): a single feature is x[:, None] (shape ({x.shape[0] if x.ndim else 0}, 1))"
        )
    n = len(x)
    if n == 0:
        raise DataError(f"{path}: data.inputs {inputs!r} holds no samples (shape {x.shape})")
    if 0 in x.shape[1:]:
        raise DataError(f"{path}: data.inputs {inputs!r} has shape {x.shape}: a sample holds no values")
    for key in ("data.targets", "data.labels"):
        if key in arrays and len(arrays[key]) != n:
            other = arrays[key]
            raise DataError(
                f"{path}: {key} {keys[key]!r} has {len(other)} samples (shape {other.shape}), data.inputs "
                f"{inputs!r} has {n} (shape {x.shape}): one row per sample in both"
            )


def _classification(
    path: Path, targets: str, arrays: dict[str, np.ndarray], class_names: list[str] | None
) -> _Targets:
    y, n_classes = class_indices(path, "data.targets", targets, arrays["data.targets"],
                                 None if class_names is None else len(class_names))  # fmt: skip
    if n_classes < 2:
        raise DataError(
            f"{path}: data.targets {targets!r} holds one class only; classification needs two or more"
        )
    classes = _names(
        "data.class_names", class_names, n_classes, [str(c) for c in range(n_classes)], "classes", path
    )
    return _Targets(y, list(classes), classes, strata=y)


def _regression(
    path: Path, targets: str, arrays: dict[str, np.ndarray], target_names: list[str] | None
) -> _Targets:
    t = arrays["data.targets"]
    if t.ndim == 1:
        t = t[:, None]
    if t.ndim != 2:
        raise DataError(
            f"{path}: data.targets {targets!r} has shape {t.shape}; regression targets are (n,) or (n, n_targets)"
        )
    base = targets.strip("/").split("/")[-1]
    default = [base] if t.shape[1] == 1 else [f"{base}[{j}]" for j in range(t.shape[1])]
    outputs = _names("data.target_names", target_names, t.shape[1], default, "targets", path)
    check_finite_samples(path, "data.targets", targets, t, outputs, "target")
    return _Targets(t.astype(np.float64), outputs, [])


def _autoencoder(
    path: Path,
    x: np.ndarray,
    feats: list[str],
    labels: str | None,
    arrays: dict[str, np.ndarray],
    class_names: list[str] | None,
) -> _Targets:
    """The autoencoder's outputs are its (standardised) inputs, set after the split; labels only serve the
    score ROC and the stratified split."""
    classes: list[str] = []
    sample_labels = None
    if labels is not None:
        sample_labels, n_labels = class_indices(path, "data.labels", labels, arrays["data.labels"],
                                                None if class_names is None else len(class_names))  # fmt: skip
        default = ["background"] + [f"signal {c}" for c in range(1, n_labels)]
        classes = _names("data.class_names", class_names, n_labels, default, "labels", path)
    elif class_names is not None:
        raise DataError("data.class_names names the autoencoder's labels: give data.labels too")
    inner = x.shape[1:]
    outputs = (
        list(feats)
        if len(inner) == 1
        else [f"{feats[i[-1]]}[{','.join(map(str, i[:-1]))}]" for i in np.ndindex(*inner)]
    )
    return _Targets(
        np.zeros((len(x), 0)), outputs, classes, strata=sample_labels, sample_labels=sample_labels
    )


def _split(
    path: Path,
    n: int,
    n_samples: int | None,
    t: _Targets,
    split: tuple[float, float, float],
    seed: int,
) -> tuple[np.ndarray, tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """The rows kept (``n_samples``: a deterministic random subset) and the train/validation/test indices
    into them (stratified by class where there are classes)."""
    rows = np.arange(n)
    if n_samples is not None and n_samples < n:
        rows = np.sort(np.random.default_rng(seed).permutation(n)[:n_samples])
    if t.strata is not None:
        sub = t.strata[rows]
        counts = np.bincount(sub, minlength=len(t.classes)).tolist()
        _check_split(path, split_sizes(counts, split), split, len(rows))
        return rows, stratified_split(sub, split, seed)
    _check_split(path, class_split_sizes(len(rows), split), split, len(rows))
    return rows, random_split(len(rows), split, seed)


def _source_info(
    path: Path,
    keys: dict[str, str],
    arrays: dict[str, np.ndarray],
    task: str,
    n_kept: int,
    standardize: bool | str,
) -> dict[str, Any]:
    return {
        "path": str(path),
        "format": "npz" if path.suffix.lower() == ".npz" else "hdf5",
        "arrays": {
            k.removeprefix("data."): {
                "name": keys[k],
                "shape": list(arrays[k].shape),
                "dtype": str(arrays[k].dtype),
            }
            for k in keys
        },
        "task": task,
        "n_samples": int(n_kept),
        "n_samples_in_source": len(arrays["data.inputs"]),
        "standardized": standardize if standardize == "firmware" else bool(standardize),
    }


def load_arrays(
    source: str | os.PathLike,
    inputs: str,
    *,
    task: str = "classification",
    targets: str | None = None,
    labels: str | None = None,
    feature_names: list[str] | None = None,
    class_names: list[str] | None = None,
    target_names: list[str] | None = None,
    n_samples: int | None = None,
    split: tuple[float, float, float] = (0.6, 0.2, 0.2),
    seed: int = 42,
    standardize: bool | str = True,
) -> ArrayDataset:
    """Read, check, subset, split and standardise a file of named arrays (see the module docstring).

    ``n_samples`` takes a deterministic random subset (class proportions are kept only on average). The split
    is stratified by class (classification, and an autoencoder with labels), else random; deterministic in
    ``seed``. The standardisation is computed on the train split only.
    """
    path = Path(source)
    keys = _array_keys(path, task, inputs, targets, labels)
    arrays = read_named_arrays(path, keys)
    _check_inputs(path, keys, arrays)
    x = arrays["data.inputs"]
    default_features = [f"{inputs.strip('/').split('/')[-1]}[{i}]" for i in range(x.shape[-1])]
    feats = _names("data.feature_names", feature_names, x.shape[-1], default_features, "features (last axis of "
                   f"{inputs!r}, shape {x.shape})", path)  # fmt: skip
    check_finite_samples(path, "data.inputs", inputs, x, feats, "feature")
    x = x.astype(np.float64)

    if task == "classification":
        assert targets is not None
        t = _classification(path, targets, arrays, class_names)
    elif task == "regression":
        assert targets is not None
        t = _regression(path, targets, arrays, target_names)
    else:
        t = _autoencoder(path, x, feats, labels, arrays, class_names)

    rows, (i_tr, i_va, i_te) = _split(path, len(x), n_samples, t, split, seed)
    x = x[rows]
    st = standardization_of(x[i_tr], feats) if standardize else identity_standardization(feats)
    if standardize is True:  # "firmware": computed here, applied by the network's first layer
        x = (x - np.asarray(st["mean"])) / np.asarray(st["std"])
    x32 = x.astype(np.float32)
    y = x32.reshape(len(x32), -1) if task == "autoencoder" else t.y[rows]
    lab = None if t.sample_labels is None else t.sample_labels[rows]
    pick = (lambda i: None) if lab is None else (lambda i: lab[i])
    return ArrayDataset(
        task=task,
        x_train=x32[i_tr],
        y_train=y[i_tr],
        x_val=x32[i_va],
        y_val=y[i_va],
        x_test=x32[i_te],
        y_test=y[i_te],
        feature_names=feats,
        output_names=t.outputs,
        class_names=t.classes,
        standardization=st,
        source_info=_source_info(path, keys, arrays, task, rows.size, standardize),
        labels_train=pick(i_tr),
        labels_val=pick(i_va),
        labels_test=pick(i_te),
        index_train=rows[i_tr],
        index_val=rows[i_va],
        index_test=rows[i_te],
    )
