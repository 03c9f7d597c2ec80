"""The load_jets contract the rest of fpgaml codes against, on the shipped sample."""

from __future__ import annotations

import dataclasses
import json
import os

import examples as ex
import numpy as np
import pytest

from fpgaml.data import CLASS_NAMES, DataError, JetDataset, apply_standardization, load_jets
from fpgaml.data.schema import HLF_NAMES, PARTICLE_FEATURE_NAMES


@pytest.fixture(scope="module")
def hlf() -> JetDataset:
    return load_jets("sample", features="hlf")


@pytest.fixture(scope="module")
def hlf_raw() -> JetDataset:
    return load_jets("sample", features="hlf", standardize=False)


@pytest.fixture(scope="module")
def cons() -> JetDataset:
    return load_jets("sample", features="constituents", n_jets=5000, n_constituents=32)


def test_hlf_shapes_dtypes(hlf: JetDataset) -> None:
    assert dataclasses.is_dataclass(hlf)
    n = hlf.source_info["n_jets"]
    assert n >= 100_000
    assert hlf.x_train.shape[0] + hlf.x_val.shape[0] + hlf.x_test.shape[0] == n
    for x, y in ((hlf.x_train, hlf.y_train), (hlf.x_val, hlf.y_val), (hlf.x_test, hlf.y_test)):
        assert x.dtype == np.float32 and x.shape[1:] == (16,)
        assert y.dtype == np.int64 and y.shape == (x.shape[0],)
        assert set(np.unique(y)) == set(range(5))
        assert np.all(np.isfinite(x))
    assert hlf.mask_train is None and hlf.mask_val is None and hlf.mask_test is None
    assert hlf.feature_names == list(HLF_NAMES)
    assert hlf.class_names == CLASS_NAMES == ("g", "q", "W", "Z", "t")
    assert abs(hlf.x_train.shape[0] / n - 0.6) < 0.001


def test_split_deterministic_and_seed_dependent(hlf: JetDataset) -> None:
    again = load_jets("sample", features="hlf")
    np.testing.assert_array_equal(again.x_train, hlf.x_train)
    np.testing.assert_array_equal(again.y_test, hlf.y_test)
    other = load_jets("sample", features="hlf", seed=7)
    assert not np.array_equal(other.index_train, hlf.index_train)
    # the three splits are disjoint and cover every jet
    idx = np.concatenate([hlf.index_train, hlf.index_val, hlf.index_test])
    assert np.unique(idx).size == idx.size == hlf.source_info["n_jets"]


def test_split_stratified(hlf: JetDataset) -> None:
    counts = [np.bincount(y, minlength=5) for y in (hlf.y_train, hlf.y_val, hlf.y_test)]
    total = sum(counts)
    for c, frac in zip(counts, (0.6, 0.2, 0.2), strict=True):
        # per class, each split holds its fraction up to rounding (one jet)
        assert np.all(np.abs(c - frac * total) <= 1.0)


def test_standardization_on_train_only(hlf: JetDataset, hlf_raw: JetDataset) -> None:
    st = hlf.standardization
    json.dumps(st)
    json.dumps(hlf.source_info)
    mean = hlf_raw.x_train.astype(np.float64).mean(axis=0)
    std = hlf_raw.x_train.astype(np.float64).std(axis=0)
    np.testing.assert_allclose(st["mean"], mean, rtol=1e-9, atol=1e-12)
    np.testing.assert_allclose(st["std"], std, rtol=1e-9)
    assert st["feature_names"] == list(HLF_NAMES)
    np.testing.assert_allclose(hlf.x_train.mean(axis=0), 0.0, atol=1e-4)
    np.testing.assert_allclose(hlf.x_train.std(axis=0), 1.0, atol=1e-3)
    # val/test use the train parameters: apply_standardization reproduces them from the raw arrays
    np.testing.assert_allclose(apply_standardization(hlf_raw.x_val, st), hlf.x_val, rtol=1e-6, atol=1e-6)
    all_mean = (
        np.concatenate([hlf_raw.x_train, hlf_raw.x_val, hlf_raw.x_test]).astype(np.float64).mean(axis=0)
    )
    assert not np.allclose(all_mean, mean, rtol=0, atol=0)


def test_constituents_contract(cons: JetDataset) -> None:
    assert cons.source_info["n_jets"] == 5000
    assert cons.feature_names == list(PARTICLE_FEATURE_NAMES)
    for x, m, y in (
        (cons.x_train, cons.mask_train, cons.y_train),
        (cons.x_test, cons.mask_test, cons.y_test),
    ):
        assert x.dtype == np.float32 and x.shape[1:] == (32, len(PARTICLE_FEATURE_NAMES))
        assert m.dtype == bool and m.shape == x.shape[:2]
        assert y.dtype == np.int64
        assert np.all(x[~m] == 0.0)  # padding exactly 0 after standardization
        assert np.all(np.isfinite(x))
        # pT-ordered, real particles first: the mask is a prefix
        assert np.all(m[:, :-1] >= m[:, 1:])
    assert np.bincount(np.concatenate([cons.y_train, cons.y_val, cons.y_test])).tolist() == [1000] * 5


def test_constituent_standardization_over_real_particles(cons: JetDataset) -> None:
    raw = load_jets("sample", features="constituents", n_jets=5000, standardize=False)
    real = raw.x_train[raw.mask_train].astype(np.float64)
    np.testing.assert_allclose(cons.standardization["mean"], real.mean(axis=0), rtol=1e-9, atol=1e-12)
    np.testing.assert_allclose(cons.standardization["std"], real.std(axis=0), rtol=1e-9)
    # without a mask, apply_standardization finds the all-zero padding itself
    np.testing.assert_allclose(apply_standardization(raw.x_val, cons.standardization), cons.x_val, atol=1e-5)
    ptrel = raw.x_train[..., PARTICLE_FEATURE_NAMES.index("ptrel")]
    assert np.all(np.diff(np.where(raw.mask_train, ptrel, -1), axis=1) <= 1e-3)  # pT ordered (float16)


def test_more_constituents_than_stored_are_padding() -> None:
    ds = load_jets("sample", features="constituents", n_jets=500, n_constituents=40)
    assert ds.x_train.shape[1] == 40
    assert not ds.mask_train[:, 32:].any() and np.all(ds.x_train[:, 32:] == 0.0)


def test_n_jets_cap_balanced_and_deterministic() -> None:
    a = load_jets("sample", n_jets=1003)
    b = load_jets("sample", n_jets=1003)
    y = np.concatenate([a.y_train, a.y_val, a.y_test])
    assert y.size == 1003 and np.bincount(y).max() - np.bincount(y).min() <= 1
    np.testing.assert_array_equal(a.x_test, b.x_test)


def test_train_subset_keeps_the_test_jets(hlf: JetDataset, hlf_raw: JetDataset) -> None:
    """n_train (data.train_jets): fewer training jets, class-balanced, standardised on themselves; the
    validation and test jets are exactly those of the full split (a learning curve on the same test jets)."""
    sub = load_jets("sample", features="hlf", n_train=15000, standardize=False)
    assert sub.y_train.size == 15000 and np.bincount(sub.y_train).tolist() == [3000] * 5
    assert set(sub.index_train) < set(hlf.index_train)
    np.testing.assert_array_equal(sub.index_test, hlf.index_test)
    np.testing.assert_array_equal(sub.index_val, hlf.index_val)
    np.testing.assert_array_equal(sub.x_test, hlf_raw.x_test)
    std = load_jets("sample", features="hlf", n_train=15000)
    np.testing.assert_allclose(std.standardization["mean"], sub.x_train.mean(axis=0), rtol=1e-5, atol=1e-6)
    assert std.standardization["mean"] != hlf.standardization["mean"]
    whole = load_jets("sample", features="hlf", n_train=10**6)  # more than the split holds: all of it
    np.testing.assert_array_equal(whole.index_train, hlf.index_train)


def test_train_jets_is_for_jets_only() -> None:
    from fpgaml.config import from_dict
    from fpgaml.errors import ConfigError

    assert from_dict({"data": {"train_jets": 15000}}).data.train_jets == 15000
    with pytest.raises(ConfigError, match=r"data\.train_jets: takes a subset of the jets' train split"):
        from_dict({"data": {"source": "mine.npz", "inputs": "x", "targets": "y", "train_jets": 100}})
    with pytest.raises(ConfigError, match=r"data\.train_jets"):
        from_dict({"data": {"train_jets": 0}})


def test_bad_arguments() -> None:
    with pytest.raises(DataError, match="options"):
        load_jets("sample", features="images")
    with pytest.raises(DataError, match="split"):
        load_jets("sample", split=(0.5, 0.5, 0.5))
    with pytest.raises(DataError, match="n_constituents"):
        load_jets("sample", features="constituents", n_constituents=0)


def test_a_file_read_again_in_one_process_is_read_once_and_a_changed_one_again(tmp_path, monkeypatch) -> None:
    """load_jets keeps the last tables it read by the file's identity (path, inode, size, modification time):
    the same file is decoded once per process, a rewritten one again, and what it returns is the caller's to
    change."""
    import shutil

    from fpgaml.data import loader, sample_path

    path = tmp_path / "jets.npz"
    shutil.copyfile(sample_path(), path)
    reads = []
    read_jets = loader.read_jets
    monkeypatch.setattr(loader, "read_jets", lambda *a, **k: reads.append(a) or read_jets(*a, **k))
    first = load_jets(path, n_jets=2000)
    first.x_train[:] = 0.0  # the caller's own arrays
    again = load_jets(path, n_jets=2000)
    assert len(reads) == 1 and not np.all(again.x_train == 0.0)
    assert load_jets(path, features="constituents", n_jets=500, n_constituents=8).x_test.shape[1:] == (8, 10)
    assert len(reads) == 1  # the compact sample stores one constituent width: one table for every width
    # rewritten in place: the classes of the jets swapped around (the same size of file, a later mtime)
    with np.load(path) as z:
        arrays = dict(z)
    before = arrays["label"].astype(np.int64)
    arrays["label"] = (before + 1) % len(CLASS_NAMES)
    np.savez(path, **arrays)
    changed = load_jets(path, n_jets=2000)
    assert len(reads) == 2
    np.testing.assert_array_equal(changed.y_train, (before[changed.index_train] + 1) % len(CLASS_NAMES))
    # rewritten again with its modification time put back (as `cp -p` does): same size and mtime, read again
    st = path.stat()
    arrays["label"] = (before + 2) % len(CLASS_NAMES)
    np.savez(path, **arrays)
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert (path.stat().st_size, path.stat().st_mtime_ns, path.stat().st_ino) == (
        st.st_size,
        st.st_mtime_ns,
        st.st_ino,
    )
    third = load_jets(path, n_jets=2000)
    assert len(reads) == 3
    np.testing.assert_array_equal(third.y_train, (before[third.index_train] + 2) % len(CLASS_NAMES))


def test_threads_reading_several_files_at_once_each_get_their_own_table(tmp_path, monkeypatch) -> None:
    """A sweep's worker may run points in threads: threads reading three files through the two-table cache
    each get the table of the file they asked for, and none fails on a table another thread just dropped."""
    import copy
    import shutil
    from pathlib import Path

    from fpgaml.data import loader, sample_path

    paths = [tmp_path / f"jets{i}.npz" for i in range(3)]
    for p in paths:
        shutil.copyfile(sample_path(), p)
    decoded = loader.read_jets(paths[0])
    # decoding is not under test: each file's "decoded" table says which file it is
    monkeypatch.setattr(
        loader,
        "read_jets",
        lambda path, **k: dataclasses.replace(
            decoded, source_info={**copy.deepcopy(decoded.source_info), "which": Path(path).name}
        ),
    )
    wrong: list[tuple[str, str]] = []

    def read(start: int) -> None:
        for i in range(400):
            path = paths[(start + i) % 3]
            got = loader._read_table(path, 32).source_info["which"]
            if got != path.name:
                wrong.append((path.name, got))

    errors = ex.errors_in_threads(read)
    assert errors == [] and wrong == []
