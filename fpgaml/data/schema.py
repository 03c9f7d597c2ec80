"""Names shared by the generator, the readers and the loader."""

from __future__ import annotations

#: Class order of every label array in fpgaml: 0 gluon, 1 light quark (u, d, s), 2 W, 3 Z, 4 top.
CLASS_NAMES: tuple[str, ...] = ("g", "q", "W", "Z", "t")

#: The 16 high-level features, named and ordered as in the hls4ml LHC jet dataset (OpenML
#: ``hls4ml_lhc_jets_hlf``), so that files of that dataset and fpgaml's sample are interchangeable.
#: Formulas: :mod:`fpgaml.data.features`.
HLF_NAMES: tuple[str, ...] = (
    "j_zlogz",
    "j_c1_b0_mmdt",
    "j_c1_b1_mmdt",
    "j_c1_b2_mmdt",
    "j_c2_b1_mmdt",
    "j_c2_b2_mmdt",
    "j_d2_b1_mmdt",
    "j_d2_b2_mmdt",
    "j_d2_a1_b1_mmdt",
    "j_d2_a1_b2_mmdt",
    "j_m2_b1_mmdt",
    "j_m2_b2_mmdt",
    "j_n2_b1_mmdt",
    "j_n2_b2_mmdt",
    "j_mass_mmdt",
    "j_multiplicity",
)

#: Per-particle features of ``features="constituents"`` (see :func:`fpgaml.data.features.particle_features`).
PARTICLE_FEATURE_NAMES: tuple[str, ...] = (
    "ptrel",
    "erel",
    "log_pt",
    "log_e",
    "log_ptrel",
    "log_erel",
    "deta",
    "dphi",
    "delta_r",
    "charge",
)

#: Label columns of the hls4ml HDF5 ``jets`` table, in CLASS_NAMES order.
HLS4ML_LABEL_COLUMNS: tuple[str, ...] = ("j_g", "j_q", "j_w", "j_z", "j_t")
#: Values of the OpenML ``class`` column, in CLASS_NAMES order (matched case-insensitively).
OPENML_CLASS_VALUES: tuple[str, ...] = ("g", "q", "w", "z", "t")
