"""The shipped sample: size, balance, recipe, and physics sanity of its jets."""

from __future__ import annotations

import json

import numpy as np
import pytest

from fpgaml.data import CLASS_NAMES, HLF_NAMES, JetTable, load_jet_table, sample_path


@pytest.fixture(scope="module")
def table() -> JetTable:
    return load_jet_table("sample")


def _mode(x: np.ndarray, lo: float, hi: float, width: float = 4.0) -> float:
    """Centre of the fullest bin of a histogram of x in [lo, hi)."""
    counts, edges = np.histogram(x, bins=np.arange(lo, hi + width, width))
    k = int(np.argmax(counts))
    return 0.5 * (edges[k] + edges[k + 1])


def test_sample_files_size_and_recipe(table: JetTable) -> None:
    files = sorted(sample_path().parent.glob("*"))
    data_files = [f for f in files if f.suffix in (".npz", ".json")]
    assert sum(f.stat().st_size for f in data_files) <= 40 * 1024 * 1024
    recipe = json.loads(sample_path().with_suffix(".json").read_text())
    assert recipe == {**table.source_info["recipe"], "file_bytes": sample_path().stat().st_size}
    assert recipe["pythia_version"] == "8.318"
    assert recipe["counts"] == {
        c: int(n) for c, n in zip(CLASS_NAMES, np.bincount(table.labels), strict=True)
    }
    for key in ("config", "seeds", "generation_seconds", "jets_per_s", "per_process"):
        assert key in recipe


def test_balanced_and_large(table: JetTable) -> None:
    counts = np.bincount(table.labels, minlength=5)
    assert counts.sum() >= 100_000
    assert counts.min() == counts.max()


def test_kinematic_window(table: JetTable) -> None:
    pt, eta = table.jet_info["pt"], table.jet_info["eta"]
    cfg = table.source_info["recipe"]["config"]
    assert np.all((pt > cfg["jet_pt"][0]) & (pt < cfg["jet_pt"][1]))
    assert np.all(np.abs(eta) < cfg["eta_max"])


@pytest.mark.parametrize(("cls", "mass"), [("W", 80.4), ("Z", 91.2), ("t", 172.5)])
def test_groomed_mass_peaks(table: JetTable, cls: str, mass: float) -> None:
    m = table.hlf[table.labels == CLASS_NAMES.index(cls), HLF_NAMES.index("j_mass_mmdt")]
    assert abs(_mode(m, 40.0, 260.0) - mass) <= 10.0


@pytest.mark.parametrize(("cls", "mass"), [("W", 80.4), ("Z", 91.2), ("t", 172.5)])
def test_ungroomed_mass_peaks(table: JetTable, cls: str, mass: float) -> None:
    m = table.jet_info["mass"][table.labels == CLASS_NAMES.index(cls)]
    assert abs(_mode(m, 40.0, 260.0) - mass) <= 10.0


def test_tau21_two_prong_below_one_prong(table: JetTable) -> None:
    ok = table.jet_info["tau1_b1"] > 0  # tau21 is undefined for the rare jet of one particle
    tau21 = np.where(ok, table.jet_info["tau2_b1"], 0.0) / np.where(ok, table.jet_info["tau1_b1"], 1.0)
    np.testing.assert_array_equal(tau21[ok], table.jet_info["tau21_b1"][ok])
    mean = {c: float(tau21[ok & (table.labels == i)].mean()) for i, c in enumerate(CLASS_NAMES)}
    assert max(mean["W"], mean["Z"]) < min(mean["q"], mean["g"])


def test_gluon_jets_have_more_constituents(table: JetTable) -> None:
    mult = table.hlf[:, HLF_NAMES.index("j_multiplicity")]
    assert mult[table.labels == 0].mean() > mult[table.labels == 1].mean()
