"""Bad jet data gives one DataError (an FpgamlError: exit code 2 through the CLI) that names the file, the jet
(row) and the column; each check is shown to fail on the bad file and to pass on the same file repaired."""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import pytest
from test_data_readers import CLASSES, H5_PARTICLE_NAMES, _hlf, _write_csv, _write_h5

from fpgaml.data import DataError, load_jets, read_jets
from fpgaml.data.loader import balanced_counts, empty_split_message, split_sizes
from fpgaml.data.sample import sample_path
from fpgaml.data.schema import HLF_NAMES
from fpgaml.errors import FpgamlError

N_SMALL = 60


@pytest.fixture(scope="module")
def sample_arrays() -> dict[str, np.ndarray]:
    """The first N_SMALL jets of the shipped sample, as the arrays of an fpgaml sample npz."""
    with np.load(sample_path(), allow_pickle=False) as z:
        n = z["label"].shape[0]
        return {k: (z[k][:N_SMALL] if z[k].ndim and z[k].shape[0] == n else z[k]) for k in z.files}


def _npz(path: Path, arrays: dict[str, np.ndarray], **changes: np.ndarray) -> Path:
    np.savez(path, **{**arrays, **changes})
    return path


def test_data_error_is_one_hierarchy() -> None:
    import fpgaml.data.errors
    import fpgaml.errors

    assert fpgaml.errors.DataError is DataError is fpgaml.data.errors.DataError
    assert issubclass(DataError, FpgamlError) and issubclass(DataError, ValueError)
    assert DataError("x").exit_code == 2
    assert issubclass(fpgaml.data.errors.GeneratorError, DataError)


def test_cli_bad_data_exits_2_without_traceback(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from fpgaml.cli import main

    cfg = tmp_path / "c.yaml"
    missing = tmp_path / "jets_typo.h5"
    cfg.write_text(
        f"name: t\ndata: {{source: {missing}}}\npaths: {{runs: {tmp_path / 'runs'}, hls_projects: {tmp_path / 'h'}}}\n"
    )
    assert main(["data", str(cfg)]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert str(missing) in err and "no such file" in err and "data.source" in err
    assert not (tmp_path / "runs" / "t" / "data").exists()


def test_nan_in_npz_names_jet_and_feature(tmp_path: Path, sample_arrays: dict[str, np.ndarray]) -> None:
    hlf = sample_arrays["hlf"].copy()
    hlf[17, HLF_NAMES.index("j_mass_mmdt")] = np.nan
    hlf[40, 0] = np.inf
    bad = _npz(tmp_path / "nan.npz", sample_arrays, hlf=hlf)
    with pytest.raises(DataError) as exc:
        read_jets(bad)
    msg = str(exc.value)
    assert str(bad) in msg and "jet 17" in msg and "'j_mass_mmdt'" in msg and "2 jet(s)" in msg
    assert "17, 40" in msg
    good = _npz(tmp_path / "good.npz", sample_arrays)
    assert len(read_jets(good)) == N_SMALL


def test_nan_in_csv_names_jet_and_line(tmp_path: Path) -> None:
    hlf = _hlf(12)
    classes = [CLASSES[i % 5] for i in range(12)]
    good = tmp_path / "good.csv"
    _write_csv(good, hlf, classes, list(range(17)))
    assert len(read_jets(good)) == 12
    hlf[4, 2] = np.nan
    bad = tmp_path / "nan.csv"
    _write_csv(bad, hlf, classes, list(range(17)))
    with pytest.raises(DataError, match=rf"jet 4 \(line 6 of the file\), feature '{HLF_NAMES[2]}' = nan"):
        read_jets(bad)


def test_nan_in_hdf5_names_jet_and_feature(tmp_path: Path) -> None:
    import h5py

    good = tmp_path / "good.h5"
    _write_h5(good, n=10)
    assert len(read_jets(good)) == 10
    bad = tmp_path / "inf.h5"
    _write_h5(bad, n=10)
    with h5py.File(bad, "r+") as f:
        names = [n.decode() for n in f["jetFeatureNames"][()]]
        jets = f["jets"][()]
        jets[6, names.index("j_c2_b1_mmdt")] = -np.inf
        f["jets"][...] = jets
    with pytest.raises(DataError, match=r"jet 6, feature 'j_c2_b1_mmdt' = -inf") as exc:
        read_jets(bad)
    assert str(bad) in str(exc.value)


def test_non_finite_constituent_feature_names_jet_particle_feature(tmp_path: Path) -> None:
    """A real particle (pT > 0) with ptrel = 0 has log(ptrel) = -inf: refused, naming the jet and particle."""
    import h5py

    p = tmp_path / "ptrel0.h5"
    _write_h5(p, n=20)
    assert load_jets(p, features="constituents", n_constituents=8).x_train.shape[1] == 8
    with h5py.File(p, "r+") as f:
        plist = f["jetConstituentList"][()]
        plist[5, 1, H5_PARTICLE_NAMES.index("j1_ptrel")] = 0.0
        f["jetConstituentList"][...] = plist
    with pytest.raises(DataError, match=r"jet 5, particle 1, constituent feature 'log_pt' = -inf") as exc:
        load_jets(p, features="constituents", n_constituents=8)
    assert "log_ptrel (1)" in str(exc.value)
    load_jets(p, features="hlf")  # the high-level features of that file are fine


def test_label_out_of_range_names_jet(tmp_path: Path, sample_arrays: dict[str, np.ndarray]) -> None:
    labels = sample_arrays["label"].copy()
    labels[9] = 7
    with pytest.raises(DataError, match=r"outside 0\.\.4.*jet 9 has label 7"):
        read_jets(_npz(tmp_path / "label7.npz", sample_arrays, label=labels))
    with pytest.raises(DataError, match=r"jet 0 is nan, not a class index"):
        read_jets(_npz(tmp_path / "labelnan.npz", sample_arrays, label=np.full(N_SMALL, np.nan)))
    ok = read_jets(_npz(tmp_path / "labelfloat.npz", sample_arrays, label=labels.astype(np.float32) * 0 + 2))
    assert set(ok.labels.tolist()) == {2}  # whole-numbered floats are class indices too


def test_hdf5_label_not_one_hot_names_jet(tmp_path: Path) -> None:
    import h5py

    p = tmp_path / "twolabels.h5"
    _write_h5(p, n=8)
    with h5py.File(p, "r+") as f:
        names = [n.decode() for n in f["jetFeatureNames"][()]]
        jets = f["jets"][()]
        jets[3, names.index("j_g")] = jets[3, names.index("j_t")] = 1.0
        f["jets"][...] = jets
    with pytest.raises(DataError, match=r"not one-hot in 1 jet\(s\); first: jet 3"):
        read_jets(p)


def test_empty_table_is_refused(tmp_path: Path) -> None:
    p = tmp_path / "header_only.csv"
    with open(p, "w", newline="") as fh:
        csv.writer(fh).writerow([*HLF_NAMES, "class"])
    with pytest.raises(DataError, match="holds no jets") as exc:
        load_jets(p)
    assert str(p) in str(exc.value)
    empty = tmp_path / "empty.csv"
    empty.write_text("")
    with pytest.raises(DataError, match="empty CSV file"):
        read_jets(empty)


def test_too_few_jets_for_the_split(tmp_path: Path) -> None:
    p = tmp_path / "seven.csv"
    _write_csv(p, _hlf(7), [CLASSES[i % 5] for i in range(7)], list(range(17)))
    with pytest.raises(DataError) as exc:
        load_jets(p)
    msg = str(exc.value)
    assert str(p) in msg
    assert "validation split empty" in msg and "train 5, validation 0, test 2" in msg
    assert "data.split" in msg and "data.n_jets" in msg and "at least 16" in msg
    # the sample with n_jets too small for the split: the counts of the request
    with pytest.raises(DataError, match=r"data\.n_jets: 9") as exc:
        load_jets("sample", n_jets=9)
    assert "train 5, validation 0, test 4" in str(exc.value)
    ds = load_jets("sample", n_jets=16)
    assert (len(ds.y_train), len(ds.y_val), len(ds.y_test)) == split_sizes(
        balanced_counts(16), (0.6, 0.2, 0.2)
    )
    assert min(len(ds.y_train), len(ds.y_val), len(ds.y_test)) > 0


def test_split_sizes_match_the_split() -> None:
    """The counts in the message are those stratified_split makes."""
    from fpgaml.data.loader import stratified_split

    labels = np.repeat(np.arange(5), [3, 3, 2, 2, 2])
    parts = stratified_split(labels, (0.6, 0.2, 0.2), seed=1)
    assert tuple(len(p) for p in parts) == split_sizes([3, 3, 2, 2, 2], (0.6, 0.2, 0.2)) == (7, 2, 3)
    assert empty_split_message([3, 3, 2, 2, 2], (0.6, 0.2, 0.2)) is None
    assert "test split empty" in empty_split_message([1, 1, 1, 1, 1], (0.6, 0.4 - 1e-9, 1e-9))


def test_pickled_npz_is_refused(tmp_path: Path) -> None:
    p = tmp_path / "objects.npz"
    np.savez(p, label=np.array([1, None], dtype=object), recipe=np.array('{"format": "fpgaml-jets-sample"}'))
    with pytest.raises(DataError, match="pickled Python objects") as exc:
        read_jets(p)
    assert str(p) in str(exc.value)


def test_arff_missing_value_names_jet(tmp_path: Path) -> None:
    import arff

    rows = [[*map(float, r), CLASSES[i % 5]] for i, r in enumerate(_hlf(10))]
    attrs = [(f, "REAL") for f in HLF_NAMES] + [("class", CLASSES)]
    good = tmp_path / "good.arff"
    good.write_text(arff.dumps({"relation": "x", "attributes": attrs, "data": rows}))
    assert len(read_jets(good)) == 10
    rows[3][2] = None  # '?' in the file
    bad = tmp_path / "missing.arff"
    bad.write_text(arff.dumps({"relation": "x", "attributes": attrs, "data": rows}))
    with pytest.raises(DataError, match=r"jet 3 \(data row 4\): missing"):
        read_jets(bad)


def test_hdf5_non_numeric_jets(tmp_path: Path) -> None:
    import h5py

    p = tmp_path / "strings.h5"
    with h5py.File(p, "w") as f:
        f["jets"] = np.array([b"a", b"b"])
        f["jetFeatureNames"] = np.array([b"x"])
    with pytest.raises(DataError, match=r"cannot read 'jets' as a numeric") as exc:
        read_jets(p)
    assert str(p) in str(exc.value)


def test_npz_without_the_jet_fields_it_needs(tmp_path: Path, sample_arrays: dict[str, np.ndarray]) -> None:
    fields = np.array([f if f != "energy" else "e" for f in sample_arrays["jet_fields"]])
    with pytest.raises(DataError, match=r"jet_fields lacks \['energy'\]"):
        read_jets(_npz(tmp_path / "noenergy.npz", sample_arrays, jet_fields=fields))
