"""Readers for the jet files trigger developers have on disk; each returns a :class:`JetTable`.

Formats
-------
* fpgaml npz, two flavours: the *full* output of :func:`fpgaml.data.generate.generate` (ragged constituents,
  up to 150 per jet, float32 4-vectors) and the compact *sample* written by :func:`write_sample`
  (constituent coordinates relative to the jet axis, float16, up to 32 per jet).
* OpenML ``hls4ml_lhc_jets_hlf`` table as CSV or ARFF: the 16 feature columns (:data:`HLF_NAMES`) and a
  ``class`` column with values g, q, w, z, t.
* hls4ml LHC jet dataset HDF5 (one file or a directory of files): ``jets`` (n, 59) with ``jetFeatureNames``
  (the one-hot labels j_g, j_q, j_w, j_z, j_t and the 16 features are columns of it) and
  ``jetConstituentList`` (n, 150, 16) with ``particleFeatureNames`` (j1_px ... j1_costhetarel); also the
  processed single-table file (``processed-pythia82-lhc13-all-pt1-50k-r1_h022_e0175_t220_nonu_truth.z``,
  a structured dataset ``t_allpar_new``) used by the hls4ml tutorial.

Every problem with a file raises one :class:`DataError` that names the file and says what is wrong.
"""

from __future__ import annotations

import csv
import json
import os
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import arff  # liac-arff
import numpy as np

from fpgaml.data.errors import DataError
from fpgaml.data.features import particle_features, wrap_phi
from fpgaml.data.schema import (
    CLASS_NAMES,
    HLF_NAMES,
    HLS4ML_LABEL_COLUMNS,
    OPENML_CLASS_VALUES,
)
from fpgaml.userfiles import LIMITS, check_regular

SAMPLE_FORMAT = "fpgaml-jets-sample"
FULL_FORMAT = "fpgaml-jets-full"
#: Fields of the sample's per-jet table (``jet``); a subset of the generator's JET_FIELDS.
SAMPLE_JET_FIELDS: tuple[str, ...] = (
    "pt", "eta", "phi", "mass", "energy", "mmdt_mass", "tau1_b1", "tau2_b1", "tau3_b1",
)  # fmt: skip
#: Constituent coordinates stored in the sample (float16), per particle.
SAMPLE_PARTICLE_COORDS: tuple[str, ...] = ("ptrel", "erel", "deta", "dphi")
#: File suffixes :func:`read_jets` reads (a directory is read as hls4ml HDF5 files).
JET_FILE_SUFFIXES: tuple[str, ...] = (".npz", ".csv", ".arff", ".h5", ".hdf5", ".z")
#: What a jet reader says when a file is not jets: your own arrays are read by name (fpgaml.data.arrays).
OWN_ARRAYS_HINT = (
    "a file of your own arrays is read by name: set data.inputs (and data.targets, data.task; docs/data.md)"
)
SUPPORTED_FILES = (
    ".npz (fpgaml), .csv / .arff (OpenML hls4ml_lhc_jets_hlf), .h5 / .hdf5 / .z or a directory of .h5 / "
    ".hdf5 files (hls4ml LHC jet dataset)"
)


@dataclass
class Constituents:
    """Padded constituent coordinates (n, N) each, pT-ordered; padding rows are 0 and ``mask`` False."""

    ptrel: np.ndarray
    erel: np.ndarray
    deta: np.ndarray
    dphi: np.ndarray
    charge: np.ndarray
    mask: np.ndarray
    jet_pt: np.ndarray
    jet_e: np.ndarray

    def features(self, n: int | None = None) -> np.ndarray:
        """(n_jets, n, 10) per-particle features, see :func:`fpgaml.data.features.particle_features`."""
        s = slice(0, n)
        return particle_features(
            self.ptrel[:, s],
            self.erel[:, s],
            self.deta[:, s],
            self.dphi[:, s],
            self.charge[:, s],
            self.jet_pt,
            self.jet_e,
            self.mask[:, s],
        )

    def take(self, idx: np.ndarray) -> Constituents:
        return Constituents(
            *(
                getattr(self, f)[idx]
                for f in ("ptrel", "erel", "deta", "dphi", "charge", "mask", "jet_pt", "jet_e")
            )
        )


@dataclass
class JetTable:
    """What every reader returns: labels 0..4 and whichever feature sets the file has."""

    labels: np.ndarray
    hlf: np.ndarray | None = None
    constituents: Constituents | None = None
    jet_info: dict[str, np.ndarray] = field(default_factory=dict)
    source_info: dict[str, Any] = field(default_factory=dict)

    def __len__(self) -> int:
        return int(self.labels.size)


# --------------------------------------------------------------------------------------------- dispatch


def read_jets(path: str | os.PathLike, n_constituents: int = 150) -> JetTable:
    """Read any supported jet file (or a directory of hls4ml HDF5 files) by its suffix."""
    p = Path(path)
    if p.is_dir():
        table = read_hls4ml_h5(p, n_constituents)
    elif not p.exists():
        where = (
            "" if p.is_absolute() else f" (a relative path is taken from the current directory {Path.cwd()})"
        )
        raise DataError(
            f"{p}: no such file or directory{where}; check data.source, or use 'sample' for the jets shipped "
            "with fpgaml"
        )
    else:
        suffix = p.suffix.lower()
        if suffix not in JET_FILE_SUFFIXES:
            raise DataError(f"{p}: unknown jet file type {suffix!r}; supported: {SUPPORTED_FILES}")
        # a text table is parsed into Python rows: bounded; arrays (npz, HDF5) only need a regular file
        check_regular(
            p, "data.source", DataError, limit=LIMITS["table"] if suffix in (".csv", ".arff") else None
        )
        try:
            if suffix == ".npz":
                table = read_fpgaml_npz(p, n_constituents)
            elif suffix == ".csv":
                table = read_openml_csv(p)
            elif suffix == ".arff":
                table = read_openml_arff(p)
            else:
                table = read_hls4ml_h5(p, n_constituents)
        except DataError:
            raise
        except (KeyError, IndexError, ValueError, TypeError, OSError) as exc:
            # a reader checks what it knows about; anything else a malformed file throws lands here
            raise DataError(
                f"{p}: cannot read this {suffix} file as jets ({type(exc).__name__}: {exc}); it is corrupt or "
                "not in the format its suffix says (see docs/data.md for the supported formats)"
            ) from exc
    if len(table) == 0:
        raise DataError(
            f"{p}: holds no jets (the table is empty); data.source must point at a file with labelled jets"
        )
    return table


def check_finite_jets(
    path: str | os.PathLike,
    x: np.ndarray,
    feature_names: list[str] | tuple[str, ...],
    what: str = "feature",
    rows: np.ndarray | None = None,
    row_note: Callable[[int], str] | None = None,
) -> None:
    """Raise one :class:`DataError` naming the jet (row), the feature and, for constituents, the particle of
    the first NaN/Inf in ``x`` (shape (n_jets, n_features) or (n_jets, N, n_features)).

    ``rows``: the row in the source of each jet of ``x`` (default 0..n-1). ``row_note(row)``: extra text
    after the row, e.g. the line of a CSV file.
    """
    x = np.asarray(x)
    bad = ~np.isfinite(x)
    if not bad.any():
        return
    first = tuple(int(i) for i in np.argwhere(bad)[0])
    jet = int(rows[first[0]]) if rows is not None else first[0]
    note = f" ({row_note(jet)})" if row_note is not None else ""
    particle = f", particle {first[1]}" if x.ndim == 3 else ""
    value = x[first]
    bad_jets = np.flatnonzero(bad.reshape(len(x), -1).any(axis=1))
    per_feature = bad.reshape(-1, x.shape[-1]).sum(axis=0)
    affected = ", ".join(
        f"{feature_names[k]} ({int(c)})" for k, c in sorted(enumerate(per_feature), key=lambda t: -t[1]) if c
    )
    listed = [int(rows[j]) if rows is not None else int(j) for j in bad_jets[:5]]
    more = f" and {bad_jets.size - 5} more" if bad_jets.size > 5 else ""
    raise DataError(
        f"{path}: {what} values of {bad_jets.size} jet(s) are NaN or Inf (firmware has no NaN); first: jet "
        f"{jet}{note}{particle}, {what} {feature_names[first[-1]]!r} = {value}. Jets (rows): "
        f"{', '.join(map(str, listed))}{more}; values per {what}: {affected}. Drop or repair these jets in "
        "the file: fpgaml does not invent replacement values"
    )


def check_labels(path: str | os.PathLike, labels: np.ndarray, what: str = "'label'") -> np.ndarray:
    """``labels`` as int64 class indices 0..4, else one :class:`DataError` naming the first bad row."""
    labels = np.asarray(labels)
    n_classes = len(CLASS_NAMES)
    classes = ", ".join(f"{i} {c}" for i, c in enumerate(CLASS_NAMES))
    if labels.ndim != 1:
        raise DataError(
            f"{path}: {what} has shape {labels.shape}; expected one class index per jet (n_jets,)"
        )
    if labels.dtype.kind == "f":
        whole = np.isfinite(labels) & (labels == np.round(labels))
        if not whole.all():
            row = int(np.flatnonzero(~whole)[0])
            raise DataError(
                f"{path}: {what} of jet {row} is {labels[row]}, not a class index; labels are integers "
                f"{classes}"
            )
    elif labels.dtype.kind not in "iub":
        raise DataError(f"{path}: {what} has dtype {labels.dtype}; expected integer class indices {classes}")
    out = labels.astype(np.int64)
    outside = (out < 0) | (out >= n_classes)
    if outside.any():
        rows = np.flatnonzero(outside)
        raise DataError(
            f"{path}: {rows.size} jet(s) have a class label outside 0..{n_classes - 1} ({classes}); first: jet "
            f"{int(rows[0])} has label {int(out[rows[0]])}. Relabel or drop them"
        )
    return out


# ------------------------------------------------------------------------------------------------ fpgaml


def _npz_arrays(path: Path, required: tuple[str, ...]) -> dict[str, np.ndarray]:
    try:
        with np.load(path, allow_pickle=False) as z:
            missing = [k for k in required if k not in z.files]
            if missing:
                raise DataError(
                    f"{path}: not an fpgaml jet file, missing arrays {missing} (has {z.files}); {OWN_ARRAYS_HINT}"
                )
            return {k: z[k] for k in z.files}
    except DataError:
        raise
    except ValueError as exc:
        if "Object arrays" in str(exc):
            raise DataError(
                f"{path}: holds pickled Python objects, which fpgaml never loads (unpickling runs code); save "
                "plain numeric arrays (np.savez with numbers and strings only)"
            ) from exc
        raise DataError(
            f"{path}: corrupt or truncated npz file, or not an npz (zip) archive at all ({type(exc).__name__}: "
            f"{exc})"
        ) from exc
    except (zipfile.BadZipFile, EOFError, OSError, KeyError) as exc:
        raise DataError(f"{path}: corrupt or truncated npz file ({type(exc).__name__}: {exc})") from exc


def _recipe(path: Path, arrays: dict[str, np.ndarray]) -> tuple[dict[str, Any], str]:
    """The file's recipe (a JSON object) and its format."""
    try:
        recipe = json.loads(str(arrays["recipe"]))
        fmt = recipe["format"]
    except (ValueError, KeyError, TypeError) as exc:
        raise DataError(f"{path}: the 'recipe' entry is not valid JSON with a 'format' key ({exc})") from exc
    if not isinstance(recipe, dict):
        raise DataError(f"{path}: the 'recipe' entry is JSON but not an object with a 'format' key")
    return recipe, fmt


def _read_sample_format(
    path: Path, arrays: dict[str, np.ndarray], n: int
) -> tuple[np.ndarray, dict[str, np.ndarray], Constituents]:
    """hlf, jet fields and constituents of the compact sample format."""
    need = ("hlf", "jet", "jet_fields", "const_hi", "const_lo", "charge", "n_stored")
    _require(path, arrays, need)
    hlf = arrays["hlf"]
    coords = _join_float16(path, arrays["const_hi"], arrays["const_lo"])
    _shape(path, "hlf", hlf, (n, len(HLF_NAMES)))
    fields = [str(f) for f in np.asarray(arrays["jet_fields"]).ravel()]
    _fields(path, "jet_fields", fields, ("pt", "energy"))
    _shape(path, "jet", arrays["jet"], (n, len(fields)))
    if coords.ndim != 3 or coords.shape[0] != n or coords.shape[2] != len(SAMPLE_PARTICLE_COORDS):
        raise DataError(f"{path}: constituent arrays have shape {coords.shape}, expected (n_jets, N, 4)")
    n_max = coords.shape[1]
    _shape(path, "charge", arrays["charge"], (n, n_max))
    _shape(path, "n_stored", arrays["n_stored"], (n,))
    if arrays["n_stored"].dtype.kind not in "iu" or (n and arrays["n_stored"].min() < 0):
        raise DataError(f"{path}: 'n_stored' must hold non-negative particle counts")
    jet_info = {f: arrays["jet"][:, i].astype(np.float64) for i, f in enumerate(fields)}
    mask = np.arange(n_max)[None, :] < arrays["n_stored"][:, None]
    c = coords.astype(np.float32)
    cons = Constituents(
        c[..., 0],
        c[..., 1],
        c[..., 2],
        c[..., 3],
        arrays["charge"].astype(np.float32),
        mask,
        jet_info["pt"],
        jet_info["energy"],
    )
    return hlf, jet_info, cons


def _read_full_format(
    path: Path, arrays: dict[str, np.ndarray], recipe: dict[str, Any], n: int, n_constituents: int
) -> tuple[np.ndarray, dict[str, np.ndarray], Constituents]:
    """hlf, jet fields and constituents of the generator's full format (particles by offsets)."""
    _require(path, arrays, ("hlf", "jet", "offsets", "particles"))
    hlf = arrays["hlf"]
    fields = [str(f) for f in recipe.get("jet_fields", [])]
    _shape(path, "hlf", hlf, (n, len(HLF_NAMES)))
    _shape(path, "jet", arrays["jet"], (n, len(fields)))
    _fields(path, "recipe jet_fields", fields, ("pt", "eta", "phi", "energy"))
    offsets, parts = arrays["offsets"], arrays["particles"]
    pfields = [str(f) for f in recipe.get("particle_fields", [])]
    _fields(path, "recipe particle_fields", pfields, ("px", "py", "pz", "e", "charge"))
    if offsets.dtype.kind not in "iu":
        raise DataError(f"{path}: 'offsets' has dtype {offsets.dtype}; expected integers")
    if offsets.shape != (n + 1,) or parts.ndim != 2 or parts.shape[1] != len(pfields):
        raise DataError(f"{path}: 'offsets' / 'particles' do not match {n} jets and fields {pfields}")
    if offsets[0] != 0 or offsets[-1] != parts.shape[0] or np.any(np.diff(offsets) < 0):
        raise DataError(f"{path}: 'offsets' are not a valid index into 'particles' (truncated file?)")
    jet_info = {f: arrays["jet"][:, i].astype(np.float64) for i, f in enumerate(fields)}
    return hlf, jet_info, _constituents_from_full(offsets, parts, pfields, jet_info, n_constituents)


def read_fpgaml_npz(path: str | os.PathLike, n_constituents: int = 150) -> JetTable:
    """Read an fpgaml npz: the compact sample or the full generator output."""
    path = Path(path)
    arrays = _npz_arrays(path, ("label", "recipe"))
    recipe, fmt = _recipe(path, arrays)
    labels = check_labels(path, arrays["label"])
    n = labels.size
    if fmt == SAMPLE_FORMAT:
        hlf, jet_info, cons = _read_sample_format(path, arrays, n)
    elif fmt == FULL_FORMAT:
        hlf, jet_info, cons = _read_full_format(path, arrays, recipe, n, n_constituents)
    else:
        raise DataError(f"{path}: unknown fpgaml jet format {fmt!r} (known: {SAMPLE_FORMAT}, {FULL_FORMAT})")
    check_finite_jets(path, hlf, HLF_NAMES, "feature")
    _add_tau_ratios(jet_info)
    info = {
        "path": str(path),
        "format": fmt,
        "version": recipe.get("sample_version", recipe.get("format_version")),
    }
    info["recipe"] = recipe
    return JetTable(labels, hlf.astype(np.float32), cons, jet_info, info)


def _add_tau_ratios(jet_info: dict[str, np.ndarray]) -> None:
    """tau21 = tau2 / tau1 and tau32 = tau3 / tau2 (beta = 1); 0 where the denominator is 0 (jets of one or
    two particles)."""
    for num, den, name in (("tau2_b1", "tau1_b1", "tau21_b1"), ("tau3_b1", "tau2_b1", "tau32_b1")):
        if num in jet_info and den in jet_info:
            d = jet_info[den]
            jet_info[name] = np.divide(jet_info[num], d, out=np.zeros_like(d), where=d > 0)


def _require(path: Path, arrays: dict[str, np.ndarray], keys: tuple[str, ...]) -> None:
    missing = [k for k in keys if k not in arrays]
    if missing:
        raise DataError(f"{path}: missing arrays {missing} for its declared format")


def _shape(path: Path, name: str, a: np.ndarray, shape: tuple[int, ...]) -> None:
    if a.shape != shape:
        raise DataError(f"{path}: '{name}' has shape {a.shape}, expected {shape}")


def _fields(path: Path, what: str, fields: list[str], needed: tuple[str, ...]) -> None:
    missing = [f for f in needed if f not in fields]
    if missing:
        raise DataError(f"{path}: {what} lacks {missing} (has {fields}); the file was not written by fpgaml?")


def _join_float16(path: Path, hi: np.ndarray, lo: np.ndarray) -> np.ndarray:
    """Inverse of :func:`split_float16`: two uint8 byte planes -> float16."""
    if hi.shape != lo.shape or hi.dtype != np.uint8 or lo.dtype != np.uint8:
        raise DataError(
            f"{path}: constituent byte planes 'const_hi' {hi.shape} {hi.dtype} / 'const_lo' {lo.shape} "
            f"{lo.dtype} differ in shape or are not uint8"
        )
    return ((hi.astype(np.uint16) << 8) | lo.astype(np.uint16)).view(np.float16)


def split_float16(x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """float16 -> (high byte, low byte) planes. zlib compresses the high bytes (sign, exponent) far better
    when they are not interleaved with the noisy low mantissa bytes."""
    u = np.ascontiguousarray(x, dtype=np.float16).view(np.uint16)
    return (u >> 8).astype(np.uint8), (u & 0xFF).astype(np.uint8)


def _constituents_from_full(
    offsets: np.ndarray, parts: np.ndarray, pfields: list[str], jet: dict[str, np.ndarray], n_max: int
) -> Constituents:
    n = offsets.size - 1
    counts = np.minimum(np.diff(offsets), n_max)
    mask = np.arange(n_max)[None, :] < counts[:, None]
    rows = np.repeat(np.arange(n), counts)
    cols = np.concatenate([np.arange(c) for c in counts]) if n else np.zeros(0, np.int64)
    src = np.repeat(offsets[:-1], counts) + cols
    p = parts[src].astype(np.float64)
    px, py, pz, e = (p[:, pfields.index(k)] for k in ("px", "py", "pz", "e"))
    pt = np.hypot(px, py)
    eta = np.arcsinh(pz / np.maximum(pt, 1e-12))
    phi = np.arctan2(py, px)
    out = {k: np.zeros((n, n_max), np.float32) for k in ("ptrel", "erel", "deta", "dphi", "charge")}
    out["ptrel"][rows, cols] = pt / jet["pt"][rows]
    out["erel"][rows, cols] = e / jet["energy"][rows]
    out["deta"][rows, cols] = eta - jet["eta"][rows]
    out["dphi"][rows, cols] = wrap_phi(phi - jet["phi"][rows])
    out["charge"][rows, cols] = p[:, pfields.index("charge")]
    return Constituents(
        out["ptrel"], out["erel"], out["deta"], out["dphi"], out["charge"], mask, jet["pt"], jet["energy"]
    )


# ------------------------------------------------------------------------------------------------ OpenML


def _labels_from_classes(path: Path, values: list[str]) -> np.ndarray:
    lookup = {v: i for i, v in enumerate(OPENML_CLASS_VALUES)}
    out = np.empty(len(values), np.int64)
    for k, v in enumerate(values):
        i = lookup.get(str(v).strip().strip("'\"").lower())
        if i is None:
            raise DataError(
                f"{path}: jet {k} has class {v!r}; the class column holds one of {list(OPENML_CLASS_VALUES)} "
                "(gluon, light quark, W, Z, top)"
            )
        out[k] = i
    return out


def _hlf_columns(path: Path, header: list[str]) -> list[int]:
    names = [h.strip().strip("'\"") for h in header]
    missing = [f for f in HLF_NAMES if f not in names]
    if missing or "class" not in names:
        raise DataError(
            f"{path}: not an hls4ml_lhc_jets_hlf table; missing columns {missing + ([] if 'class' in names else ['class'])}"
        )
    return [names.index(f) for f in HLF_NAMES] + [names.index("class")]


def read_openml_csv(path: str | os.PathLike) -> JetTable:
    """Read the OpenML ``hls4ml_lhc_jets_hlf`` table exported as CSV (header row, 16 features + class)."""
    path = Path(path)
    try:
        with open(path, newline="", encoding="utf-8-sig") as fh:  # -sig: a spreadsheet's byte-order mark
            reader = csv.reader(fh)
            rows = [(reader.line_num, r) for r in reader]
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise DataError(f"{path}: cannot read as CSV ({type(exc).__name__}: {exc})") from exc
    if not rows:
        raise DataError(
            f"{path}: empty CSV file; expected a header row ({', '.join(HLF_NAMES[:2])}, ..., class) and one row "
            "per jet"
        )
    header = rows[0][1]
    cols = _hlf_columns(path, header)
    body = [(line, r) for line, r in rows[1:] if r]
    feats = np.empty((len(body), len(HLF_NAMES)), np.float64)
    classes = []
    lines = np.array([line for line, _ in body], np.int64)
    for k, (line, r) in enumerate(body):
        if len(r) != len(header):
            raise DataError(
                f"{path}: line {line} (jet {k}) has {len(r)} fields, the header has {len(header)} (truncated?)"
            )
        try:
            feats[k] = [float(r[c]) for c in cols[:-1]]
        except ValueError as exc:
            raise DataError(f"{path}: line {line} (jet {k}): non-numeric feature value ({exc})") from exc
        classes.append(r[cols[-1]])
    return _openml_table(path, feats, classes, "openml-csv", lambda j: f"line {lines[j]} of the file")


def read_openml_arff(path: str | os.PathLike) -> JetTable:
    """Read the OpenML ``hls4ml_lhc_jets_hlf`` ARFF file (as downloaded from openml.org)."""

    path = Path(path)
    try:
        with open(path) as fh:
            data = arff.load(fh)
    except (OSError, UnicodeDecodeError, arff.ArffException) as exc:
        raise DataError(f"{path}: cannot parse as ARFF ({type(exc).__name__}: {exc})") from exc
    header = [a[0] for a in data.get("attributes", [])]
    cols = _hlf_columns(path, header)
    rows = data.get("data", [])
    feats = np.empty((len(rows), len(HLF_NAMES)), np.float64)
    classes = []
    for k, r in enumerate(rows):
        try:
            feats[k] = [float(r[c]) for c in cols[:-1]]
            classes.append(r[cols[-1]])
        except (TypeError, ValueError, KeyError, IndexError) as exc:
            raise DataError(
                f"{path}: jet {k} (data row {k + 1}): missing ('?') or non-numeric feature value "
                f"({type(exc).__name__}: {exc})"
            ) from exc
    return _openml_table(path, feats, classes, "openml-arff", lambda j: f"data row {j + 1}")


def _openml_table(
    path: Path, feats: np.ndarray, classes: list[str], fmt: str, row_note: Callable[[int], str]
) -> JetTable:
    check_finite_jets(path, feats, HLF_NAMES, "feature", row_note=row_note)
    labels = _labels_from_classes(path, classes)
    return JetTable(
        labels, feats.astype(np.float32), None, {}, {"path": str(path), "format": fmt, "version": None}
    )


# ------------------------------------------------------------------------------------------------ hls4ml


def _names(path: Path, ds: Any, what: str) -> list[str]:
    try:
        return [n.decode() if isinstance(n, bytes) else str(n) for n in np.asarray(ds[()]).ravel()]
    except Exception as exc:
        raise DataError(f"{path}: cannot read '{what}' ({exc})") from exc


def read_h5(path: Path, read: Callable[[Any], Any]) -> Any:
    """``read(fh)`` on the open HDF5 file ``path``: a file h5py cannot open, or fails to read (a truncated file's
    chunks lie beyond its end), is a :class:`DataError` naming it; ``read``'s own DataErrors pass through."""
    import h5py  # optional heavy dependency: imported on first use

    try:
        fh = h5py.File(path, "r")
    except (OSError, ValueError) as exc:
        raise DataError(f"{path}: not a readable HDF5 file, corrupt or truncated ({exc})") from exc
    try:
        with fh:
            return read(fh)
    except DataError:
        raise
    except (OSError, KeyError, ValueError, TypeError, IndexError, RuntimeError) as exc:
        raise DataError(
            f"{path}: HDF5 file is corrupt or truncated, reading it failed ({type(exc).__name__}: {exc})"
        ) from exc


def _read_one_h5(path: Path, n_constituents: int) -> JetTable:
    return read_h5(path, lambda fh: _read_open_h5(path, fh, n_constituents))


def _first_not_onehot(onehot: np.ndarray) -> int | None:
    bad = ~(np.all((onehot == 0) | (onehot == 1), axis=1) & (onehot.sum(axis=1) == 1))
    return int(np.flatnonzero(bad)[0]) if bad.any() else None


def _onehot_error(path: Path, what: str, onehot: np.ndarray, row: int) -> DataError:
    n_bad = int((~(np.all((onehot == 0) | (onehot == 1), axis=1) & (onehot.sum(axis=1) == 1))).sum())
    return DataError(
        f"{path}: label {what} {list(HLS4ML_LABEL_COLUMNS)} are not one-hot in {n_bad} jet(s); first: jet {row} "
        f"has {onehot[row].tolist()}. Each jet needs exactly one class set to 1 (drop unlabelled or "
        "multiply labelled jets)"
    )


def _jets_table(path: Path, fh: Any) -> tuple[list[str], np.ndarray]:
    """The jet feature names and the (n_jets, n_features) table of an hls4ml jet file."""
    missing = [k for k in ("jets", "jetFeatureNames") if k not in fh]
    if missing:
        raise DataError(
            f"{path}: not an hls4ml LHC jet file; missing datasets {missing} (has {list(fh)}); {OWN_ARRAYS_HINT}"
        )
    jnames = _names(path, fh["jetFeatureNames"], "jetFeatureNames")
    try:
        jets = np.asarray(fh["jets"][()], np.float64)
    except Exception as exc:
        raise DataError(
            f"{path}: cannot read 'jets' as a numeric (n_jets, n_features) table ({exc}); the file is truncated "
            "or not an hls4ml jet file"
        ) from exc
    if jets.ndim != 2 or jets.shape[1] != len(jnames):
        raise DataError(f"{path}: 'jets' has shape {jets.shape} but jetFeatureNames has {len(jnames)} names")
    return jnames, jets


def _labels_from_columns(path: Path, jets: np.ndarray, jnames: list[str]) -> np.ndarray:
    """Class indices from the one-hot label columns j_g ... j_t."""
    lab_missing = [c for c in HLS4ML_LABEL_COLUMNS if c not in jnames]
    if lab_missing:
        raise DataError(f"{path}: label columns {lab_missing} not in jetFeatureNames")
    onehot = jets[:, [jnames.index(c) for c in HLS4ML_LABEL_COLUMNS]]
    row = _first_not_onehot(onehot)
    if row is not None:
        raise _onehot_error(path, "columns", onehot, row)
    return onehot.argmax(axis=1).astype(np.int64)


def _h5_constituents(
    path: Path, fh: Any, jets: np.ndarray, jnames: list[str], n_constituents: int
) -> Constituents | None:
    """The particle list (``jetConstituentList``), when the file has one."""
    if "jetConstituentList" not in fh:
        return None
    if "particleFeatureNames" not in fh:
        raise DataError(f"{path}: has jetConstituentList but no particleFeatureNames")
    pnames = _names(path, fh["particleFeatureNames"], "particleFeatureNames")
    try:
        plist = np.asarray(fh["jetConstituentList"][:, :n_constituents, :], np.float64)
    except Exception as exc:
        raise DataError(
            f"{path}: cannot read 'jetConstituentList' as a numeric (n_jets, N, n_features) array ({exc}); "
            "the file is truncated or not an hls4ml jet file"
        ) from exc
    if plist.ndim != 3 or plist.shape[0] != jets.shape[0] or plist.shape[2] != len(pnames):
        raise DataError(
            f"{path}: jetConstituentList has shape {plist.shape}, expected (n_jets={jets.shape[0]}, N, "
            f"{len(pnames)} particleFeatureNames)"
        )
    return _constituents_from_hls4ml(path, plist, pnames, jets, jnames)


def _read_open_h5(path: Path, fh: Any, n_constituents: int) -> JetTable:
    if "t_allpar_new" in fh and "jets" not in fh:
        return _read_allpar(path, fh["t_allpar_new"])
    jnames, jets = _jets_table(path, fh)
    labels = _labels_from_columns(path, jets, jnames)
    hlf = None
    if all(f in jnames for f in HLF_NAMES):
        hlf64 = jets[:, [jnames.index(f) for f in HLF_NAMES]]
        check_finite_jets(path, hlf64, HLF_NAMES, "feature")
        hlf = hlf64.astype(np.float32)
    jet_info = {}
    for src, dst in (("j_pt", "pt"), ("j_eta", "eta"), ("j_mass", "mass"), ("j_tau21_b1", "tau21_b1")):
        if src in jnames:
            jet_info[dst] = jets[:, jnames.index(src)]
    cons = _h5_constituents(path, fh, jets, jnames, n_constituents)
    info = {"path": str(path), "format": "hls4ml-h5", "version": None}
    return JetTable(labels, hlf, cons, jet_info, info)


def _read_allpar(path: Path, ds: Any) -> JetTable:
    """The processed hls4ml table (``processed-pythia82-lhc13-all-pt1-50k-r1_h022_e0175_t220_nonu_truth.z``):
    one structured dataset ``t_allpar_new`` whose fields include the 16 features and j_g ... j_t."""
    try:
        arr = ds[()]
    except Exception as exc:
        raise DataError(f"{path}: cannot read 't_allpar_new' ({exc}); truncated file?") from exc
    names = arr.dtype.names or ()
    missing = [f for f in (*HLF_NAMES, *HLS4ML_LABEL_COLUMNS) if f not in names]
    if missing:
        raise DataError(f"{path}: 't_allpar_new' lacks the fields {missing}")
    onehot = np.stack([np.asarray(arr[c], np.float64) for c in HLS4ML_LABEL_COLUMNS], axis=1)
    row = _first_not_onehot(onehot)
    if row is not None:
        raise _onehot_error(path, "fields", onehot, row)
    hlf = np.stack([np.asarray(arr[f], np.float64) for f in HLF_NAMES], axis=1)
    check_finite_jets(path, hlf, HLF_NAMES, "feature")
    hlf = hlf.astype(np.float32)
    info = {k: np.asarray(arr[f], np.float64) for f, k in (("j_pt", "pt"), ("j_eta", "eta"), ("j_mass", "mass"))
            if f in names}  # fmt: skip
    src = {"path": str(path), "format": "hls4ml-h5-allpar", "version": None}
    return JetTable(onehot.argmax(axis=1).astype(np.int64), hlf, None, info, src)


def _constituents_from_hls4ml(
    path: Path, plist: np.ndarray, pnames: list[str], jets: np.ndarray, jnames: list[str]
) -> Constituents:
    need = ("j1_pt", "j1_e", "j1_ptrel", "j1_erel", "j1_etarel", "j1_phirel")
    missing = [k for k in need if k not in pnames]
    if missing:
        raise DataError(f"{path}: particleFeatureNames lacks {missing}")
    col = {k: plist[:, :, pnames.index(k)] for k in need}
    mask = col["j1_pt"] > 0
    n = plist.shape[0]
    jet_pt = jets[:, jnames.index("j_pt")] if "j_pt" in jnames else np.zeros(n)
    jet_e = np.zeros(n)
    # jet pT / E from the particles themselves: pT_i / ptrel_i (any real particle gives the same ratio)
    with np.errstate(divide="ignore", invalid="ignore"):
        r_pt = np.where(mask & (col["j1_ptrel"] > 0), col["j1_pt"] / col["j1_ptrel"], np.nan)
        r_e = np.where(mask & (col["j1_erel"] > 0), col["j1_e"] / col["j1_erel"], np.nan)
    ok = np.any(np.isfinite(r_pt), axis=1)
    if "j_pt" not in jnames:
        jet_pt = np.where(ok, np.nanmedian(np.where(ok[:, None], r_pt, 1.0), axis=1), 0.0)
    ok_e = np.any(np.isfinite(r_e), axis=1)
    jet_e = np.where(ok_e, np.nanmedian(np.where(ok_e[:, None], r_e, 1.0), axis=1), 0.0)
    charge = np.zeros_like(col["j1_pt"])  # the hls4ml particle list has no charge: 0 for every particle
    z = lambda a: np.where(mask, a, 0.0).astype(np.float32)  # noqa: E731
    return Constituents(
        z(col["j1_ptrel"]),
        z(col["j1_erel"]),
        z(col["j1_etarel"]),
        z(col["j1_phirel"]),
        z(charge),
        mask,
        jet_pt.astype(np.float64),
        jet_e.astype(np.float64),
    )


def read_hls4ml_h5(path: str | os.PathLike, n_constituents: int = 150) -> JetTable:
    """Read one hls4ml LHC jet HDF5 file, or every ``*.h5`` / ``*.hdf5`` file of a directory (sorted)."""
    path = Path(path)
    if path.is_dir():
        files = sorted([*path.glob("*.h5"), *path.glob("*.hdf5")])
        if not files:
            raise DataError(f"{path}: directory holds no .h5 / .hdf5 files")
        for f in files:
            check_regular(f, "data.source", DataError)
    else:
        files = [path]
    tables = [_read_one_h5(f, n_constituents) for f in files]
    labels = np.concatenate([t.labels for t in tables])
    hlf = None if any(t.hlf is None for t in tables) else np.concatenate([t.hlf for t in tables])
    cons = _concat_constituents(tables)
    keys = set.intersection(*(set(t.jet_info) for t in tables)) if tables else set()
    info = {k: np.concatenate([t.jet_info[k] for t in tables]) for k in sorted(keys)}
    src = {"path": str(path), "format": "hls4ml-h5", "version": None, "files": [str(f) for f in files]}
    src["note"] = "the hls4ml particle list has no charge; the 'charge' feature is 0 for these jets"
    return JetTable(labels, hlf, cons, info, src)


def _concat_constituents(tables: list[JetTable]) -> Constituents | None:
    """The files' particle lists, one after the other, cut to the shortest list (None unless every file has
    one)."""
    if not all(t.constituents is not None for t in tables):
        return None
    parts = [t.constituents for t in tables]
    n_max = min(c.mask.shape[1] for c in parts)  # type: ignore[union-attr]
    return Constituents(
        *(
            np.concatenate([getattr(c, f)[:, :n_max] for c in parts])
            for f in ("ptrel", "erel", "deta", "dphi", "charge", "mask")
        ),
        np.concatenate([c.jet_pt for c in parts]),  # type: ignore[union-attr]
        np.concatenate([c.jet_e for c in parts]),  # type: ignore[union-attr]
    )
