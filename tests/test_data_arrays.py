"""Your own data (fpgaml.data.arrays): named arrays in .npz / HDF5 files, read for classification, regression or
an autoencoder. Every broken file gives one DataError naming the file, the array, the sample and the column;
expected values are written out by hand on tiny arrays."""

from __future__ import annotations

import pickle
from pathlib import Path
from typing import Any

import h5py
import numpy as np
import pytest
import yaml

from fpgaml.config import from_dict
from fpgaml.data.arrays import load_arrays, read_named_arrays
from fpgaml.errors import ConfigError, DataError

SPLIT = (0.5, 0.25, 0.25)


def _npz(path: Path, **arrays: Any) -> Path:
    np.savez(path, **arrays)
    return path


def _tiny_regression(tmp_path: Path) -> Path:
    """8 samples, 2 features, 2 targets; values chosen so the train-split statistics are easy by hand."""
    x = np.arange(16, dtype=np.float32).reshape(8, 2)  # sample i: (2i, 2i + 1)
    y = np.stack([np.arange(8) * 10.0, -np.arange(8.0)], axis=1)
    return _npz(tmp_path / "tiny.npz", x=x, y=y)


# ---- reading the right arrays -------------------------------------------------------------------------------
def test_regression_arrays_split_and_standardised_from_the_train_split(tmp_path: Path) -> None:
    ds = load_arrays(_tiny_regression(tmp_path), "x", task="regression", targets="y", split=SPLIT, seed=3)
    assert (len(ds.x_train), len(ds.x_val), len(ds.x_test)) == (4, 2, 2)
    rows = np.concatenate([ds.index_train, ds.index_val, ds.index_test])
    assert sorted(rows.tolist()) == list(range(8))  # disjoint and complete
    # the rows of the train split, by hand: feature 0 of sample i is 2i, feature 1 is 2i + 1
    tr = ds.index_train
    mean0 = np.mean(2.0 * tr)
    std0 = np.sqrt(np.mean((2.0 * tr - mean0) ** 2))
    assert ds.standardization["mean"] == [mean0, mean0 + 1.0]
    assert ds.standardization["std"][0] == pytest.approx(std0, rel=1e-15)
    np.testing.assert_allclose(ds.x_test[:, 0], (2.0 * ds.index_test - mean0) / std0, rtol=1e-6)
    # targets stay in their own units, (n, 2), matched row by row
    np.testing.assert_array_equal(ds.y_test, np.stack([ds.index_test * 10.0, -1.0 * ds.index_test], axis=1))
    assert ds.output_names == ["y[0]", "y[1]"] and ds.feature_names == ["x[0]", "x[1]"]
    assert ds.class_names == [] and ds.labels_test is None
    again = load_arrays(_tiny_regression(tmp_path), "x", task="regression", targets="y", split=SPLIT, seed=3)
    np.testing.assert_array_equal(again.index_test, ds.index_test)  # deterministic in the seed


def test_standardize_false_keeps_the_values(tmp_path: Path) -> None:
    ds = load_arrays(
        _tiny_regression(tmp_path), "x", task="regression", targets="y", split=SPLIT, standardize=False
    )
    np.testing.assert_array_equal(ds.x_train[:, 0], 2.0 * ds.index_train)
    assert ds.standardization["mean"] == [0.0, 0.0] and ds.standardization["std"] == [1.0, 1.0]


def test_single_regression_target_and_names(tmp_path: Path) -> None:
    path = _npz(tmp_path / "one.npz", x=np.ones((8, 3)), pt=np.arange(8.0))
    ds = load_arrays(path, "x", task="regression", targets="pt", split=SPLIT, target_names=["pT"],
                     feature_names=["a", "b", "c"])  # fmt: skip
    assert ds.y_train.shape == (4, 1) and ds.output_names == ["pT"] and ds.feature_names == ["a", "b", "c"]


def test_classification_from_one_hot_and_from_indices_is_the_same(tmp_path: Path) -> None:
    labels = np.array([0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2])
    x = np.arange(24, dtype=np.float64).reshape(12, 2)
    a = load_arrays(_npz(tmp_path / "i.npz", x=x, y=labels), "x", targets="y", split=SPLIT)
    b = load_arrays(_npz(tmp_path / "o.npz", x=x, y=np.eye(3)[labels]), "x", targets="y", split=SPLIT,
                    class_names=["e", "mu", "tau"])  # fmt: skip
    np.testing.assert_array_equal(a.y_test, b.y_test)
    assert a.class_names == ["0", "1", "2"] and b.class_names == b.output_names == ["e", "mu", "tau"]
    for ds in (a, b):  # stratified: every class in every split (4 per class: 2 / 1 / 1)
        for y in (ds.y_train, ds.y_val, ds.y_test):
            assert sorted(set(y.tolist())) == [0, 1, 2]
        np.testing.assert_array_equal(ds.y_test, labels[ds.index_test])


def test_autoencoder_targets_are_the_standardised_inputs_and_labels_stay_apart(tmp_path: Path) -> None:
    towers = np.random.default_rng(0).normal(size=(12, 3, 2))  # any per-sample shape: here 3 x 2
    lab = np.array([0, 0, 1] * 4)  # 8 background: 4 / 2 / 2, 4 signal: 2 / 1 / 1
    path = _npz(tmp_path / "ae.npz", towers=towers, lab=lab)
    ds = load_arrays(path, "towers", task="autoencoder", labels="lab", split=SPLIT, feature_names=["e", "h"])
    assert ds.x_train.shape[1:] == (3, 2)
    np.testing.assert_array_equal(ds.y_train, ds.x_train.reshape(len(ds.x_train), 6))
    assert ds.output_names == ["e[0]", "h[0]", "e[1]", "h[1]", "e[2]", "h[2]"]
    assert ds.class_names == ["background", "signal 1"]
    np.testing.assert_array_equal(ds.labels_test, lab[ds.index_test])
    # stratified by label: 8 background split 4 / 2 / 2, 4 signal 2 / 1 / 1 (train / val / test)
    counts = [
        np.bincount(lb, minlength=2).tolist() for lb in (ds.labels_train, ds.labels_val, ds.labels_test)
    ]
    assert counts == [[4, 2], [2, 1], [2, 1]]
    # standardised per feature (last axis) over all samples and positions of the train split
    raw = towers[ds.index_train]
    np.testing.assert_allclose(ds.standardization["mean"], raw.reshape(-1, 2).mean(axis=0), rtol=1e-12)


def test_hdf5_dataset_paths(tmp_path: Path) -> None:
    path = tmp_path / "l1.h5"
    with h5py.File(path, "w") as f:
        f.create_dataset("l1/muons/hits", data=np.ones((8, 4), np.float32))
        f.create_dataset("l1/muons/pt", data=np.arange(8, dtype=np.float32))
    ds = load_arrays(path, "/l1/muons/hits", task="regression", targets="l1/muons/pt", split=SPLIT)
    assert ds.x_train.shape == (4, 4) and ds.output_names == ["pt"] and ds.feature_names[0] == "hits[0]"
    assert ds.source_info["format"] == "hdf5"


def test_n_samples_takes_a_deterministic_subset(tmp_path: Path) -> None:
    path = _npz(tmp_path / "big.npz", x=np.arange(200.0).reshape(100, 2), y=np.arange(100.0))
    a = load_arrays(path, "x", task="regression", targets="y", n_samples=20, split=SPLIT)
    b = load_arrays(path, "x", task="regression", targets="y", n_samples=20, split=SPLIT)
    assert len(a.x_train) + len(a.x_val) + len(a.x_test) == 20
    np.testing.assert_array_equal(a.index_train, b.index_train)
    assert a.source_info["n_samples_in_source"] == 100


# ---- broken files: one DataError naming file, array, sample, column ------------------------------------------
def test_missing_array_lists_what_the_file_holds(tmp_path: Path) -> None:
    path = _npz(tmp_path / "f.npz", hits=np.ones((4, 2)), pt=np.ones(4))
    with pytest.raises(DataError) as e:
        read_named_arrays(path, {"data.inputs": "hits", "data.targets": "q_over_pt"})
    msg = str(e.value)
    assert str(path) in msg and "'q_over_pt'" in msg and "data.targets" in msg and "['hits', 'pt']" in msg


def test_missing_hdf5_dataset_and_a_group_instead_of_a_dataset(tmp_path: Path) -> None:
    path = tmp_path / "g.h5"
    with h5py.File(path, "w") as f:
        f.create_dataset("grp/x", data=np.ones((4, 2)))
    with pytest.raises(DataError, match=r"no dataset 'y' \(data.targets\); its datasets are \['/grp/x'\]"):
        read_named_arrays(path, {"data.inputs": "grp/x", "data.targets": "y"})
    with pytest.raises(
        DataError, match=r"'grp' \(data.inputs\) is a group, not a dataset; it holds \['grp/x'\]"
    ):
        read_named_arrays(path, {"data.inputs": "grp"})


def test_length_mismatch_names_both_arrays(tmp_path: Path) -> None:
    path = _npz(tmp_path / "m.npz", x=np.ones((10, 3)), y=np.ones(9))
    with pytest.raises(DataError) as e:
        load_arrays(path, "x", task="regression", targets="y")
    msg = str(e.value)
    assert "data.targets 'y' has 9 samples (shape (9,))" in msg and "'x' has 10 (shape (10, 3))" in msg


def test_nan_names_the_sample_and_the_feature(tmp_path: Path) -> None:
    x = np.ones((10, 3))
    x[6, 2] = np.nan
    x[8, 0] = np.inf
    path = _npz(tmp_path / "n.npz", x=x, y=np.zeros(10))
    with pytest.raises(DataError) as e:
        load_arrays(path, "x", task="regression", targets="y", feature_names=["pt", "eta", "phi"])
    msg = str(e.value)
    assert "2 sample(s)" in msg and "sample (row) 6, feature 'phi' = nan" in msg and "Rows: 6, 8" in msg
    x[:] = 1.0  # repaired: reads
    load_arrays(_npz(tmp_path / "n.npz", x=x, y=np.zeros(10)), "x", task="regression", targets="y")


def test_nan_in_a_multidimensional_input_gives_the_position(tmp_path: Path) -> None:
    x = np.zeros((6, 9, 9), np.float32)
    x[4, 3, 7] = np.inf
    path = _npz(tmp_path / "t.npz", towers=x, y=np.zeros(6))
    with pytest.raises(
        DataError, match=r"sample \(row\) 4, feature 'towers\[7\]' at position \[3, 7\] of the sample = inf"
    ):
        load_arrays(path, "towers", task="regression", targets="y")


def test_nan_in_a_regression_target_names_the_target(tmp_path: Path) -> None:
    y = np.zeros((10, 2))
    y[3, 1] = np.nan
    path = _npz(tmp_path / "t.npz", x=np.ones((10, 2)), y=y)
    with pytest.raises(
        DataError, match=r"data.targets 'y' holds NaN or Inf in 1 sample.*row\) 3, target 'eta'"
    ):
        load_arrays(path, "x", task="regression", targets="y", target_names=["pt", "eta"])


def test_non_numeric_and_structured_arrays(tmp_path: Path) -> None:
    path = _npz(tmp_path / "s.npz", x=np.ones((4, 2)), words=np.array(["a", "b", "c", "d"]))
    with pytest.raises(DataError, match=r"array 'words' has dtype <U1 \(text\), not numbers"):
        read_named_arrays(path, {"data.targets": "words"})
    rec = np.zeros(4, dtype=[("pt", "f4"), ("eta", "f4")])
    path = _npz(tmp_path / "r.npz", rec=rec)
    with pytest.raises(
        DataError, match=r"'rec' is a structured \(compound\) array with fields \['pt', 'eta'\]"
    ):
        read_named_arrays(path, {"data.inputs": "rec"})
    h5 = tmp_path / "s.h5"
    with h5py.File(h5, "w") as f:
        f.create_dataset("names", data=np.array([b"mu", b"e"]), dtype=h5py.string_dtype())
    with pytest.raises(DataError, match=r"array 'names' has dtype object \(Python objects\), not numbers"):
        read_named_arrays(h5, {"data.inputs": "names"})


class _Bomb:
    """Unpickling this runs code: it would create the file ``marker``."""

    def __init__(self, marker: str) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[Any, ...]:
        return (Path.touch, (Path(self.marker),))


def test_pickled_object_arrays_are_never_unpickled(tmp_path: Path) -> None:
    marker = tmp_path / "code_ran"
    bombs = np.empty(4, dtype=object)
    bombs[:] = [_Bomb(str(marker)) for _ in range(4)]
    path = tmp_path / "evil.npz"
    np.savez(path, x=np.ones((4, 2)), y=bombs)  # savez pickles object arrays
    pickle.loads(pickle.dumps(_Bomb(str(tmp_path / "control"))))  # the control: unpickling does run it
    assert (tmp_path / "control").exists()
    with pytest.raises(DataError, match="pickled Python objects, which fpgaml never loads"):
        load_arrays(path, "x", task="regression", targets="y")
    assert not marker.exists()


def test_bad_class_labels(tmp_path: Path) -> None:
    x = np.ones((6, 2))
    cases = {
        "onehot": (np.array([[1, 0], [0, 1], [1, 1], [1, 0], [0, 1], [1, 0]]), "sample 2 has [1.0, 1.0]"),
        "frac": (np.array([0, 1, 0.5, 1, 0, 1]), "sample 2 has 0.5, not a class index"),
        "neg": (np.array([0, 1, -1, 1, 0, 1]), "sample 2 has class -1"),
        "one": (np.zeros(6), "holds one class only"),
    }
    for name, (y, words) in cases.items():
        with pytest.raises(DataError, match=words.replace("[", r"\[").replace("]", r"\]")):
            load_arrays(_npz(tmp_path / f"{name}.npz", x=x, y=y), "x", targets="y")
    with pytest.raises(
        DataError,
        match=r"2 sample\(s\) have a class >= 2, the number of data.class_names; first: sample 2 has 2",
    ):
        load_arrays(_npz(tmp_path / "c.npz", x=x, y=np.array([0, 1, 2, 0, 1, 2])), "x", targets="y",
                    class_names=["a", "b"])  # fmt: skip


def test_names_that_do_not_fit(tmp_path: Path) -> None:
    path = _tiny_regression(tmp_path)
    with pytest.raises(DataError, match=r"data.feature_names gives 3 names, but the file has 2 features"):
        load_arrays(path, "x", task="regression", targets="y", feature_names=["a", "b", "c"])
    with pytest.raises(DataError, match=r"data.target_names names \['a'\] more than once"):
        load_arrays(path, "x", task="regression", targets="y", target_names=["a", "a"])


def test_inputs_need_a_sample_axis_and_samples(tmp_path: Path) -> None:
    with pytest.raises(DataError, match=r"has shape \(8,\); inputs are one row per sample.*x\[:, None\]"):
        load_arrays(_npz(tmp_path / "a.npz", x=np.ones(8), y=np.ones(8)), "x", task="regression", targets="y")
    with pytest.raises(DataError, match="holds no samples"):
        load_arrays(
            _npz(tmp_path / "b.npz", x=np.ones((0, 3)), y=np.ones(0)), "x", task="regression", targets="y"
        )


def test_a_split_that_leaves_a_set_empty(tmp_path: Path) -> None:
    path = _npz(tmp_path / "few.npz", x=np.ones((3, 2)), y=np.ones(3))
    with pytest.raises(
        DataError, match=r"of 3 samples leaves the validation split empty \(train 2, validation 0, test 1"
    ):
        load_arrays(path, "x", task="regression", targets="y", split=(0.6, 0.1, 0.3))


def test_corrupt_npz(tmp_path: Path) -> None:
    path = _tiny_regression(tmp_path)
    path.write_bytes(path.read_bytes()[:100])
    with pytest.raises(DataError, match="not a readable npz file"):
        load_arrays(path, "x", task="regression", targets="y")


# ---- the config -------------------------------------------------------------------------------------------------
def _cfg(**data: Any) -> Any:
    return from_dict({"data": data})


def test_config_keys_of_own_data_go_together() -> None:
    ok = _cfg(source="f.npz", inputs="x", targets="y", task="regression", target_names=["pt"])
    assert ok.data.task == "regression" and ok.data.standardize
    assert _cfg().data.task == "classification" and _cfg().data.inputs is None  # the jets stay the default
    bad = [
        (dict(targets="y"), "data.targets: names an array or its parts of your own data file: give data.inputs"),
        (dict(task="regression"), "data.task: regression needs your own arrays: data.inputs"),
        (dict(source="sample", inputs="x", targets="y"), "data.source: 'sample': with data.inputs the source is"),
        (dict(source="f.csv", inputs="x", targets="y"), "with data.inputs the source is a file of named arrays"),
        (dict(source="f.npz", inputs="x", task="regression"), "data.targets: task regression needs the name"),
        (dict(source="f.npz", inputs="x", targets="y", task="autoencoder"), "an autoencoder's targets are its inputs"),
        (dict(source="f.npz", inputs="x", targets="y", labels="l"), "data.labels: is for the autoencoder"),
        (dict(source="f.npz", inputs="x", targets="y", task="regression", class_names=["a"]),
         "data.class_names: a regression has targets, not classes"),
        (dict(source="f.npz", inputs="x", targets="y", features="hlf"), "data.features: selects a jet feature set"),
    ]  # fmt: skip
    for data, words in bad:
        with pytest.raises(ConfigError) as e:
            _cfg(**data)
        assert words in str(e.value), (data, str(e.value))


def test_cli_bad_own_data_exits_2_without_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from fpgaml.cli import main

    x = np.ones((20, 2))
    x[13, 1] = np.nan
    _npz(tmp_path / "hits.npz", hits=x, pt=np.ones(20))
    raw = {
        "name": "own",
        "data": {"source": str(tmp_path / "hits.npz"), "inputs": "hits", "targets": "pt", "task": "regression",
                 "feature_names": ["dphi", "eta"]},
        "paths": {"runs": str(tmp_path / "runs"), "hls_projects": str(tmp_path / "hls")},
    }  # fmt: skip
    cfg = tmp_path / "own.yaml"
    cfg.write_text(yaml.safe_dump(raw))
    assert main(["data", str(cfg)]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and "hits.npz" in err and "sample (row) 13, feature 'eta' = nan" in err
    assert not (tmp_path / "runs" / "own" / "data").exists()
    x[13, 1] = 0.5  # repaired: the stage writes the task and the names for train and verify
    _npz(tmp_path / "hits.npz", hits=x, pt=np.arange(20.0))
    assert main(["data", str(cfg)]) == 0
    from fpgaml.stages.data import DataInfo, load_labels, load_split

    conf = from_dict(raw)
    info = DataInfo.of(conf)
    assert (info.task, info.output_names, info.feature_names, info.n_outputs) == (
        "regression",
        ["pt"],
        ["dphi", "eta"],
        1,
    )
    _, y_test, mask = load_split(conf, "test")
    assert y_test.shape == (4, 1) and mask is None and load_labels(conf, "test") is None
