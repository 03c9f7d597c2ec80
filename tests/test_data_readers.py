"""Readers: tiny files in the OpenML (CSV, ARFF), hls4ml HDF5 and fpgaml npz formats, read back; broken files
raise one DataError naming the file."""

from __future__ import annotations

import csv
import json
import struct
from pathlib import Path

import numpy as np
import pytest

from fpgaml.data import DataError, load_jets, read_jets
from fpgaml.data.generate import JET_FIELDS, PARTICLE_FIELDS, read_driver_output
from fpgaml.data.readers import read_openml_arff, read_openml_csv, split_float16
from fpgaml.data.sample import sample_path
from fpgaml.data.schema import HLF_NAMES, HLS4ML_LABEL_COLUMNS, PARTICLE_FEATURE_NAMES

H5_PARTICLE_NAMES = [
    "j1_px", "j1_py", "j1_pz", "j1_e", "j1_erel", "j1_pt", "j1_ptrel", "j1_eta", "j1_etarel", "j1_etarot",
    "j1_phi", "j1_phirel", "j1_phirot", "j1_deltaR", "j1_costheta", "j1_costhetarel",
]  # fmt: skip
CLASSES = ["g", "q", "w", "z", "t"]


def _hlf(n: int, seed: int = 0) -> np.ndarray:
    return np.random.default_rng(seed).normal(size=(n, len(HLF_NAMES))).astype(np.float32)


# ------------------------------------------------------------------------------------------------ OpenML


def _write_csv(path: Path, hlf: np.ndarray, classes: list[str], order: list[int]) -> None:
    header = [*HLF_NAMES, "class"]
    with open(path, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow([header[i] for i in order])
        for row, c in zip(hlf, classes, strict=True):
            vals = [repr(float(v)) for v in row] + [c]
            w.writerow([vals[i] for i in order])


def test_openml_csv_roundtrip_any_column_order(tmp_path: Path) -> None:
    n = 25
    hlf = _hlf(n)
    classes = [CLASSES[i % 5] for i in range(n)]
    order = list(np.random.default_rng(1).permutation(len(HLF_NAMES) + 1))
    p = tmp_path / "hls4ml_lhc_jets_hlf.csv"
    _write_csv(p, hlf, classes, order)
    t = read_jets(p)
    np.testing.assert_array_equal(t.hlf, hlf)
    np.testing.assert_array_equal(t.labels, [i % 5 for i in range(n)])
    assert t.constituents is None


def test_openml_arff_roundtrip(tmp_path: Path) -> None:
    import arff

    n = 20
    hlf = _hlf(n, 2)
    classes = [CLASSES[(3 * i) % 5] for i in range(n)]
    obj = {
        "relation": "hls4ml_lhc_jets_hlf",
        "attributes": [(f, "REAL") for f in HLF_NAMES] + [("class", CLASSES)],
        "data": [[*map(float, row), c] for row, c in zip(hlf, classes, strict=True)],
    }
    p = tmp_path / "jets.arff"
    p.write_text(arff.dumps(obj))
    t = read_openml_arff(p)
    np.testing.assert_allclose(t.hlf, hlf, rtol=1e-6)
    np.testing.assert_array_equal(t.labels, [(3 * i) % 5 for i in range(n)])
    ds = load_jets(p, features="hlf", split=(0.5, 0.25, 0.25))
    assert ds.x_train.shape == (10, 16)


@pytest.mark.parametrize(
    ("mutate", "needle"),
    [
        (lambda rows: [rows[0][:-1], *rows[1:]], "missing columns"),  # no 'class' column
        (lambda rows: [*rows[:1], [*rows[1][:-1], "x"], *rows[2:]], "class 'x'"),
        (lambda rows: [*rows[:3], rows[3][:5]], "truncated"),
        (lambda rows: [*rows[:1], ["abc", *rows[1][1:]], *rows[2:]], "non-numeric"),
    ],
)
def test_openml_csv_broken(tmp_path: Path, mutate, needle: str) -> None:
    p = tmp_path / "good.csv"
    _write_csv(p, _hlf(5), CLASSES, list(range(17)))
    with open(p, newline="") as fh:
        rows = list(csv.reader(fh))
    bad = tmp_path / "bad.csv"
    with open(bad, "w", newline="") as fh:
        csv.writer(fh).writerows(mutate(rows))
    with pytest.raises(DataError, match=needle) as exc:
        read_openml_csv(bad)
    assert str(bad) in str(exc.value)


def test_openml_arff_garbage(tmp_path: Path) -> None:
    p = tmp_path / "garbage.arff"
    p.write_text("@RELATION x\n@ATTRIBUTE a REAL\n@DATA\nnot,a,number,line\n")
    with pytest.raises(DataError) as exc:
        read_jets(p)
    assert str(p) in str(exc.value)


# ------------------------------------------------------------------------------------------------ hls4ml


def _write_h5(path: Path, n: int = 12, n_part: int = 150, seed: int = 0) -> dict[str, np.ndarray]:
    import h5py

    rng = np.random.default_rng(seed)
    labels = np.arange(n) % 5
    extra = ["j_ptfrac", "j_pt", "j_eta", "j_mass", "j_tau21_b1"]
    jnames = extra + list(HLF_NAMES) + list(HLS4ML_LABEL_COLUMNS) + ["j_undef"]
    jets = np.zeros((n, len(jnames)), np.float32)
    hlf = _hlf(n, seed)
    jets[:, [jnames.index(f) for f in HLF_NAMES]] = hlf
    jets[np.arange(n), [jnames.index(HLS4ML_LABEL_COLUMNS[c]) for c in labels]] = 1.0
    jet_pt = rng.uniform(800, 1200, n).astype(np.float32)
    jets[:, jnames.index("j_pt")] = jet_pt
    n_real = rng.integers(3, 40, n)
    plist = np.zeros((n, n_part, len(H5_PARTICLE_NAMES)), np.float32)
    col = {k: i for i, k in enumerate(H5_PARTICLE_NAMES)}
    jet_e = jet_pt * 1.3
    for i in range(n):
        k = n_real[i]
        ptrel = np.sort(rng.dirichlet(np.ones(k)))[::-1]
        plist[i, :k, col["j1_ptrel"]] = ptrel
        plist[i, :k, col["j1_pt"]] = ptrel * jet_pt[i]
        erel = ptrel * rng.uniform(0.9, 1.1, k)
        plist[i, :k, col["j1_erel"]] = erel
        plist[i, :k, col["j1_e"]] = erel * jet_e[i]
        plist[i, :k, col["j1_etarel"]] = rng.normal(0, 0.2, k)
        plist[i, :k, col["j1_phirel"]] = rng.normal(0, 0.2, k)
    with h5py.File(path, "w") as f:
        f["jets"] = jets
        f["jetFeatureNames"] = np.array([s.encode() for s in jnames])
        f["jetConstituentList"] = plist
        f["particleFeatureNames"] = np.array([s.encode() for s in H5_PARTICLE_NAMES])
    return {"labels": labels, "hlf": hlf, "plist": plist, "n_real": n_real, "jet_pt": jet_pt, "jet_e": jet_e}


def test_hls4ml_h5_roundtrip(tmp_path: Path) -> None:
    p = tmp_path / "jetImage_0_150p_0_12.h5"
    ref = _write_h5(p)
    t = read_jets(p, n_constituents=150)
    np.testing.assert_array_equal(t.labels, ref["labels"])
    np.testing.assert_array_equal(t.hlf, ref["hlf"])
    c = t.constituents
    np.testing.assert_array_equal(c.mask.sum(axis=1), ref["n_real"])
    col = {k: i for i, k in enumerate(H5_PARTICLE_NAMES)}
    np.testing.assert_array_equal(c.ptrel, ref["plist"][:, :, col["j1_ptrel"]])
    np.testing.assert_array_equal(c.deta, ref["plist"][:, :, col["j1_etarel"]])
    np.testing.assert_allclose(c.jet_e, ref["jet_e"], rtol=1e-5)
    x = c.features(32)
    f = {n: i for i, n in enumerate(PARTICLE_FEATURE_NAMES)}
    m = c.mask[:, :32]
    np.testing.assert_allclose(
        x[..., f["log_pt"]][m], np.log(ref["plist"][:, :32, col["j1_pt"]][m]), rtol=1e-5, atol=1e-5
    )
    assert np.all(x[~m] == 0.0)


def test_hls4ml_h5_directory_and_loader(tmp_path: Path) -> None:
    a = _write_h5(tmp_path / "a.h5", n=10, seed=1)
    b = _write_h5(tmp_path / "b.h5", n=15, seed=2)
    t = read_jets(tmp_path)
    np.testing.assert_array_equal(t.labels, np.concatenate([a["labels"], b["labels"]]))
    ds = load_jets(tmp_path, features="constituents", n_constituents=8, split=(0.6, 0.2, 0.2))
    assert ds.x_train.shape[1:] == (8, len(PARTICLE_FEATURE_NAMES))
    assert ds.mask_train.shape == ds.x_train.shape[:2]


def test_hls4ml_h5_wrong_schema(tmp_path: Path) -> None:
    import h5py

    p = tmp_path / "nolabels.h5"
    with h5py.File(p, "w") as f:
        f["jets"] = np.zeros((3, 2))
        f["jetFeatureNames"] = np.array([b"j_pt", b"j_eta"])
    with pytest.raises(DataError, match="label columns") as exc:
        read_jets(p)
    assert str(p) in str(exc.value)

    p2 = tmp_path / "notonehot.h5"
    _write_h5(p2, n=5)
    with h5py.File(p2, "r+") as f:
        names = [n.decode() for n in f["jetFeatureNames"][()]]
        jets = f["jets"][()]
        jets[0, names.index("j_q")] = 1.0  # row 0 now has two labels
        f["jets"][...] = jets
    with pytest.raises(DataError, match="one-hot") as exc:
        read_jets(p2)
    assert str(p2) in str(exc.value)

    p3 = tmp_path / "empty.h5"
    with h5py.File(p3, "w") as f:
        f["x"] = np.zeros(3)
    with pytest.raises(DataError, match="missing datasets") as exc:
        read_jets(p3)
    assert str(p3) in str(exc.value)


def test_hls4ml_processed_table(tmp_path: Path) -> None:
    import h5py

    n = 30
    fields = ["j_pt", *HLF_NAMES, *HLS4ML_LABEL_COLUMNS, "j_undef"]
    arr = np.zeros(n, dtype=[(f, "<f4") for f in fields])
    hlf = _hlf(n, 5)
    for k, f in enumerate(HLF_NAMES):
        arr[f] = hlf[:, k]
    labels = (np.arange(n) * 2) % 5
    for k, c in enumerate(HLS4ML_LABEL_COLUMNS):
        arr[c] = labels == k
    p = tmp_path / "processed-pythia82-lhc13-all-pt1-50k-r1_h022_e0175_t220_nonu_truth.z"
    with h5py.File(p, "w") as f:
        f["t_allpar_new"] = arr
    t = read_jets(p)
    np.testing.assert_array_equal(t.labels, labels)
    np.testing.assert_array_equal(t.hlf, hlf)
    assert t.constituents is None


def test_hls4ml_h5_truncated(tmp_path: Path) -> None:
    p = tmp_path / "full.h5"
    _write_h5(p, n=40)
    data = p.read_bytes()
    bad = tmp_path / "truncated.h5"
    bad.write_bytes(data[: len(data) // 2])
    with pytest.raises(DataError) as exc:
        read_jets(bad)
    assert str(bad) in str(exc.value)


# ------------------------------------------------------------------------------------------------ fpgaml


def test_sample_npz_truncated_and_garbage(tmp_path: Path) -> None:
    data = sample_path().read_bytes()
    bad = tmp_path / "jets_truncated.npz"
    bad.write_bytes(data[: len(data) // 3])
    with pytest.raises(DataError) as exc:
        read_jets(bad)
    assert str(bad) in str(exc.value)

    junk = tmp_path / "junk.npz"
    junk.write_bytes(b"this is not a zip file" * 10)
    with pytest.raises(DataError, match="corrupt") as exc:
        read_jets(junk)
    assert str(junk) in str(exc.value)


def test_npz_wrong_schema(tmp_path: Path) -> None:
    p = tmp_path / "other.npz"
    np.savez(p, x=np.zeros(3))
    with pytest.raises(DataError, match="missing arrays") as exc:
        read_jets(p)
    assert str(p) in str(exc.value)

    p2 = tmp_path / "badshape.npz"
    hi, lo = split_float16(np.zeros((4, 32, 4)))
    np.savez(p2, label=np.zeros(4, np.int8), hlf=np.zeros((4, 15), np.float32), jet=np.zeros((4, 1)),
             jet_fields=np.array(["pt"]), const_hi=hi, const_lo=lo, charge=np.zeros((4, 32), np.int8),
             n_stored=np.zeros(4, np.int16), recipe=np.array(json.dumps({"format": "fpgaml-jets-sample"})))  # fmt: skip
    with pytest.raises(DataError, match="'hlf' has shape") as exc:
        read_jets(p2)
    assert str(p2) in str(exc.value)


def test_unknown_suffix_and_missing_file(tmp_path: Path) -> None:
    p = tmp_path / "jets.parquet"
    p.write_bytes(b"x")
    with pytest.raises(DataError, match="unknown jet file type"):
        read_jets(p)
    with pytest.raises(DataError, match="no such file"):
        read_jets(tmp_path / "absent.npz")


# ----------------------------------------------------------------------------------- driver binary format


def _driver_file(path: Path, n_records: int, truncate: int = 0) -> None:
    nj, npf = len(JET_FIELDS), len(PARTICLE_FIELDS)
    body = b"FPGAJET1" + struct.pack("<ii", nj, npf)
    for r in range(n_records):
        n_store = r + 1
        body += struct.pack("<iii", r % 5, n_store + 3, n_store)
        body += np.arange(nj, dtype="<f4").tobytes() + np.full(n_store * npf, r, "<f4").tobytes()
    body += b"FPGAEND1" + struct.pack("<qq", n_records, 10 * n_records)
    path.write_bytes(body[: len(body) - truncate] if truncate else body)


def test_driver_output_reader(tmp_path: Path) -> None:
    p = tmp_path / "job.bin"
    _driver_file(p, 4)
    d = read_driver_output(p)
    np.testing.assert_array_equal(d["label"], [0, 1, 2, 3])
    np.testing.assert_array_equal(d["offsets"], [0, 1, 3, 6, 10])
    assert d["particles"].shape == (10, len(PARTICLE_FIELDS))
    np.testing.assert_array_equal(d["particles"][3:6], 2.0)

    bad = tmp_path / "job_truncated.bin"
    _driver_file(bad, 4, truncate=30)
    with pytest.raises(DataError, match="truncated") as exc:
        read_driver_output(bad)
    assert str(bad) in str(exc.value)
