"""Feature formulas: ECFs against hand calculations and brute force, hlf ratios, per-particle features."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from fpgaml.data.features import ecfs_numpy, hlf_from_jet_fields, pairwise_angles, particle_features
from fpgaml.data.generate import JET_FIELDS
from fpgaml.data.schema import HLF_NAMES, PARTICLE_FEATURE_NAMES


def test_two_particles_by_hand() -> None:
    # z = (0.75, 0.25), separated by dy = 0.3, dphi = 0.4 -> theta = 0.5
    pt, rap, phi = np.array([300.0, 100.0]), np.array([0.1, 0.4]), np.array([1.0, 1.4])
    for beta in (1.0, 2.0):
        r = ecfs_numpy(pt, rap, phi, beta)
        assert r["e2"] == pytest.approx(0.75 * 0.25 * 0.5**beta, rel=1e-12)
        assert r["e3"] == 0.0 and r["e3_1"] == 0.0 and r["e3_2"] == 0.0


def test_three_particles_by_hand() -> None:
    # right triangle in (y, phi): sides 0.3, 0.4, 0.5
    pt, rap, phi = np.array([50.0, 30.0, 20.0]), np.array([0.0, 0.3, 0.0]), np.array([0.0, 0.0, 0.4])
    z = pt / pt.sum()
    for beta in (1.0, 2.0):
        r = ecfs_numpy(pt, rap, phi, beta)
        zzz = z.prod()
        assert r["e3"] == pytest.approx(zzz * (0.3 * 0.4 * 0.5) ** beta, rel=1e-12)
        assert r["e3_1"] == pytest.approx(zzz * 0.3**beta, rel=1e-12)
        assert r["e3_2"] == pytest.approx(zzz * (0.3 * 0.4) ** beta, rel=1e-12)
        e2 = z[0] * z[1] * 0.3**beta + z[0] * z[2] * 0.4**beta + z[1] * z[2] * 0.5**beta
        assert r["e2"] == pytest.approx(e2, rel=1e-12)


def test_trace_formula_matches_explicit_triple_sum() -> None:
    rng = np.random.default_rng(0)
    pt, rap, phi = rng.uniform(1, 100, 9), rng.normal(0, 0.3, 9), rng.normal(3.0, 0.3, 9)  # crosses +-pi
    z = pt / pt.sum()
    th = pairwise_angles(rap, phi)
    for beta in (1.0, 2.0):
        e3 = sum(z[i] * z[j] * z[k] * (th[i, j] * th[i, k] * th[j, k]) ** beta
                 for i, j, k in itertools.combinations(range(9), 3))  # fmt: skip
        assert ecfs_numpy(pt, rap, phi, beta)["e3"] == pytest.approx(e3, rel=1e-10)


def test_azimuth_wraps() -> None:
    th = pairwise_angles(np.array([0.0, 0.0]), np.array([np.pi - 0.1, -np.pi + 0.1]))
    assert th[0, 1] == pytest.approx(0.2, abs=1e-12)


def test_hlf_ratios_and_zero_denominators() -> None:
    jet = np.zeros((2, len(JET_FIELDS)))
    f = {n: i for i, n in enumerate(JET_FIELDS)}
    jet[0, [f["e2_b1"], f["e3_b1"], f["e2_b2"], f["e3_1_b1"], f["e3_2_b2"]]] = [
        0.1,
        0.002,
        0.04,
        0.003,
        0.0005,
    ]
    jet[0, [f["mmdt_mass"], f["multiplicity"], f["zlogz"]]] = [80.0, 50, -3.0]
    hlf = hlf_from_jet_fields(jet, JET_FIELDS)
    col = {n: i for i, n in enumerate(HLF_NAMES)}
    assert hlf[0, col["j_c2_b1_mmdt"]] == pytest.approx(0.002 / 0.1**2)
    assert hlf[0, col["j_d2_b1_mmdt"]] == pytest.approx(0.002 / 0.1**3)
    assert hlf[0, col["j_d2_a1_b2_mmdt"]] == pytest.approx(0.002 / 0.04**1.5)
    assert hlf[0, col["j_m2_b1_mmdt"]] == pytest.approx(0.003 / 0.1)
    assert hlf[0, col["j_n2_b2_mmdt"]] == pytest.approx(0.0005 / 0.04**2)
    assert hlf[0, col["j_mass_mmdt"]] == 80.0 and hlf[0, col["j_multiplicity"]] == 50
    assert np.all(hlf[1] == 0.0)  # one-particle groomed jet: ratios 0, not NaN


def test_particle_features_padding_and_logs() -> None:
    mask = np.array([[True, True, False]])
    ptrel, erel = np.array([[0.5, 0.1, 0.0]]), np.array([[0.4, 0.2, 0.0]])
    deta, dphi = np.array([[0.03, -0.04, 0.0]]), np.array([[0.04, 0.03, 0.0]])
    x = particle_features(ptrel, erel, deta, dphi, np.array([[1, -1, 0]]), np.array([1000.0]),
                          np.array([2000.0]), mask)  # fmt: skip
    assert x.shape == (1, 3, len(PARTICLE_FEATURE_NAMES)) and x.dtype == np.float32
    c = {n: i for i, n in enumerate(PARTICLE_FEATURE_NAMES)}
    assert np.all(x[0, 2] == 0.0)
    assert x[0, 0, c["log_pt"]] == pytest.approx(np.log(500.0))
    assert x[0, 1, c["log_e"]] == pytest.approx(np.log(400.0))
    assert x[0, 0, c["delta_r"]] == pytest.approx(0.05)
    assert x[0, 1, c["charge"]] == -1.0
