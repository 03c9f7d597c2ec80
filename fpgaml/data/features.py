r"""Jet features: the 16 high-level features and the per-particle constituent features.

Notation (one jet)
------------------
Constituents i = 1..n with transverse momentum :math:`p_{T,i}`, rapidity :math:`y_i` and azimuth
:math:`\phi_i`. For the energy correlation functions (ECFs) of the **groomed** jet (mMDT = soft drop with
beta = 0, z_cut = 0.1 on the C/A tree, R0 = 0.8):

* momentum fractions :math:`z_i = p_{T,i} / \sum_k p_{T,k}` (sum over the groomed constituents),
* pairwise angles :math:`\theta_{ij} = \sqrt{(y_i - y_j)^2 + \Delta\phi_{ij}^2}`,
* :math:`e_2^{(\beta)} = \sum_{i<j} z_i z_j \theta_{ij}^\beta`,
* :math:`e_3^{(\beta)} = \sum_{i<j<k} z_i z_j z_k \theta_{ij}^\beta \theta_{ik}^\beta \theta_{jk}^\beta`
  :math:`= \mathrm{tr}((DA)^3)/6` with :math:`A = \theta^\beta` (zero diagonal) and :math:`D = \mathrm{diag}(z)`,
* generalised ECFs (Moult, Necib, Thaler 2016): :math:`{}_1e_3^{(\beta)}` sums :math:`z_i z_j z_k` times the
  smallest of the three :math:`\theta^\beta`, :math:`{}_2e_3^{(\beta)}` times the product of the two smallest.

The 16 features (names of the hls4ml LHC jet dataset, :data:`fpgaml.data.schema.HLF_NAMES`):

=================  ==========================================================================
j_zlogz            :math:`\sum_i z_i \log z_i` over all constituents of the ungroomed jet
j_c1_b0_mmdt       :math:`C_1^{(0)} = e_2^{(0)}` (equals :math:`(1 - \sum z_i^2)/2`)
j_c1_b1_mmdt       :math:`C_1^{(1)} = e_2^{(1)}`
j_c1_b2_mmdt       :math:`C_1^{(2)} = e_2^{(2)}`
j_c2_b1_mmdt       :math:`C_2^{(1)} = e_3^{(1)} / (e_2^{(1)})^2`
j_c2_b2_mmdt       :math:`C_2^{(2)} = e_3^{(2)} / (e_2^{(2)})^2`
j_d2_b1_mmdt       :math:`D_2^{(1)} = e_3^{(1)} / (e_2^{(1)})^3`
j_d2_b2_mmdt       :math:`D_2^{(2)} = e_3^{(2)} / (e_2^{(2)})^3`
j_d2_a1_b1_mmdt    :math:`D_2^{(\alpha=1,\beta=1)} = e_3^{(1)} / (e_2^{(1)})^{3}` (the same number as
                   j_d2_b1_mmdt with these definitions; kept for column compatibility)
j_d2_a1_b2_mmdt    :math:`D_2^{(\alpha=1,\beta=2)} = e_3^{(1)} / (e_2^{(2)})^{3/2}`
j_m2_b1_mmdt       :math:`M_2^{(1)} = {}_1e_3^{(1)} / e_2^{(1)}`
j_m2_b2_mmdt       :math:`M_2^{(2)} = {}_1e_3^{(2)} / e_2^{(2)}`
j_n2_b1_mmdt       :math:`N_2^{(1)} = {}_2e_3^{(1)} / (e_2^{(1)})^2`
j_n2_b2_mmdt       :math:`N_2^{(2)} = {}_2e_3^{(2)} / (e_2^{(2)})^2`
j_mass_mmdt        invariant mass of the groomed jet [GeV]
j_multiplicity     number of constituents of the ungroomed jet
=================  ==========================================================================

A ratio whose denominator is 0 (a groomed jet of one particle) is set to 0.
The C++ driver computes the ECF sums; :func:`ecfs_numpy` is an independent numpy implementation of the same
formulas used to cross-check it.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from fpgaml.data.schema import HLF_NAMES, PARTICLE_FEATURE_NAMES


def _ratio(num: np.ndarray, den: np.ndarray) -> np.ndarray:
    out = np.zeros(np.broadcast(num, den).shape, dtype=np.float64)
    ok = den > 0
    np.divide(num, den, out=out, where=ok)
    return out


def hlf_from_jet_fields(jet: np.ndarray, fields: Sequence[str]) -> np.ndarray:
    """The 16 high-level features (:data:`HLF_NAMES` order) from the driver's per-jet fields.

    ``jet`` is (n, len(fields)); the fields used are ``zlogz, e2_b0, e2_b1, e2_b2, e3_b1, e3_b2, e3_1_b1,
    e3_1_b2, e3_2_b1, e3_2_b2, mmdt_mass, multiplicity`` (formulas in the module docstring).
    """
    col = {name: np.asarray(jet[:, fields.index(name)], dtype=np.float64) for name in fields}
    e2b0, e2b1, e2b2 = col["e2_b0"], col["e2_b1"], col["e2_b2"]
    e3b1, e3b2 = col["e3_b1"], col["e3_b2"]
    feats = {
        "j_zlogz": col["zlogz"],
        "j_c1_b0_mmdt": e2b0,
        "j_c1_b1_mmdt": e2b1,
        "j_c1_b2_mmdt": e2b2,
        "j_c2_b1_mmdt": _ratio(e3b1, e2b1**2),
        "j_c2_b2_mmdt": _ratio(e3b2, e2b2**2),
        "j_d2_b1_mmdt": _ratio(e3b1, e2b1**3),
        "j_d2_b2_mmdt": _ratio(e3b2, e2b2**3),
        "j_d2_a1_b1_mmdt": _ratio(e3b1, e2b1**3),
        "j_d2_a1_b2_mmdt": _ratio(e3b1, e2b2**1.5),
        "j_m2_b1_mmdt": _ratio(col["e3_1_b1"], e2b1),
        "j_m2_b2_mmdt": _ratio(col["e3_1_b2"], e2b2),
        "j_n2_b1_mmdt": _ratio(col["e3_2_b1"], e2b1**2),
        "j_n2_b2_mmdt": _ratio(col["e3_2_b2"], e2b2**2),
        "j_mass_mmdt": col["mmdt_mass"],
        "j_multiplicity": col["multiplicity"],
    }
    return np.stack([feats[n] for n in HLF_NAMES], axis=1).astype(np.float32)


def pairwise_angles(rap: np.ndarray, phi: np.ndarray) -> np.ndarray:
    """theta_ij = sqrt(dy^2 + dphi^2) with dphi wrapped into [-pi, pi]; (n, n) with zero diagonal."""
    dy = rap[:, None] - rap[None, :]
    dphi = np.angle(np.exp(1j * (phi[:, None] - phi[None, :])))
    return np.sqrt(dy**2 + dphi**2)


def ecfs_numpy(pt: np.ndarray, rap: np.ndarray, phi: np.ndarray, beta: float) -> dict[str, float]:
    """ECFs of one (groomed) jet with numpy: ``e2``, ``e3`` (trace formula), ``e3_1`` and ``e3_2``.

    ``e3 = tr((D A)^3) / 6``: the trace counts each ordered triple i -> j -> k -> i of distinct particles,
    every unordered triple 6 times, and the zero diagonal of A removes repeated indices. The generalised
    ``e3_1`` / ``e3_2`` need the sorted angles of each triple and are summed over i<j<k explicitly
    (O(n^3) memory: meant for checks on jets of up to ~150 particles).
    """
    pt = np.asarray(pt, np.float64)
    z = pt / pt.sum()
    theta = pairwise_angles(np.asarray(rap, np.float64), np.asarray(phi, np.float64))
    a = theta**beta
    np.fill_diagonal(a, 0.0)
    da = z[:, None] * a
    e2 = 0.5 * float(z @ a @ z)
    e3 = float(np.trace(da @ da @ da)) / 6.0
    n = z.size
    if n >= 3:
        idx = np.array([(p, q, r) for p in range(n) for q in range(p + 1, n) for r in range(q + 1, n)])
        i, j, k = idx[:, 0], idx[:, 1], idx[:, 2]
        angles = np.sort(np.stack([a[i, j], a[i, k], a[j, k]], axis=1), axis=1)
        zz = z[i] * z[j] * z[k]
        e3_1 = float(np.sum(zz * angles[:, 0]))
        e3_2 = float(np.sum(zz * angles[:, 0] * angles[:, 1]))
    else:
        e3_1 = e3_2 = 0.0
    return {"e2": e2, "e3": e3, "e3_1": e3_1, "e3_2": e3_2}


def wrap_phi(dphi: np.ndarray) -> np.ndarray:
    """Wrap an azimuth difference into [-pi, pi)."""
    return (np.asarray(dphi) + np.pi) % (2 * np.pi) - np.pi


def particle_features(
    ptrel: np.ndarray,
    erel: np.ndarray,
    deta: np.ndarray,
    dphi: np.ndarray,
    charge: np.ndarray,
    jet_pt: np.ndarray,
    jet_e: np.ndarray,
    mask: np.ndarray,
) -> np.ndarray:
    """Per-particle features (n, N, 10) in :data:`PARTICLE_FEATURE_NAMES` order; padding is exactly 0.

    With particle i of jet J:

    * ``ptrel = pT_i / pT_J``, ``erel = E_i / E_J``,
    * ``log_pt = ln(pT_i / GeV)``, ``log_e = ln(E_i / GeV)``, ``log_ptrel = ln(ptrel)``, ``log_erel = ln(erel)``,
    * ``deta = eta_i - eta_J``, ``dphi = phi_i - phi_J`` wrapped into [-pi, pi),
      ``delta_r = sqrt(deta^2 + dphi^2)`` (pseudorapidity-azimuth distance to the jet axis),
    * ``charge`` in units of e.
    """
    m = np.asarray(mask, bool)
    ptrel = np.where(m, np.asarray(ptrel, np.float64), 1.0)
    erel = np.where(m, np.asarray(erel, np.float64), 1.0)
    deta = np.asarray(deta, np.float64)
    dphi = np.asarray(dphi, np.float64)
    jpt = np.asarray(jet_pt, np.float64)[:, None]
    je = np.asarray(jet_e, np.float64)[:, None]
    feats = {
        "ptrel": ptrel,
        "erel": erel,
        "log_pt": np.log(ptrel * jpt),
        "log_e": np.log(erel * je),
        "log_ptrel": np.log(ptrel),
        "log_erel": np.log(erel),
        "deta": deta,
        "dphi": dphi,
        "delta_r": np.sqrt(deta**2 + dphi**2),
        "charge": np.asarray(charge, np.float64),
    }
    out = np.stack([feats[n] for n in PARTICLE_FEATURE_NAMES], axis=-1)
    out[~m] = 0.0
    return out.astype(np.float32)
