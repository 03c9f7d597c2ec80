"""Jet datasets for the L1 trigger: the shipped Pythia sample, readers for hls4ml/OpenML files, a loader.

>>> from fpgaml.data import load_jets, CLASS_NAMES
>>> ds = load_jets("sample", features="hlf")            # doctest: +SKIP
>>> ds.x_train.shape, ds.class_names                     # doctest: +SKIP
((60000, 16), ('g', 'q', 'W', 'Z', 't'))

The generator (``fpgaml.data.generate``, optional extra ``fpgaml[generate]``) is not imported here.
"""

from fpgaml.data.errors import DataError, GeneratorError
from fpgaml.data.loader import (
    JetDataset,
    apply_standardization,
    compute_standardization,
    load_jet_table,
    load_jets,
)
from fpgaml.data.readers import JetTable, read_jets
from fpgaml.data.sample import sample_path
from fpgaml.data.schema import CLASS_NAMES, HLF_NAMES, PARTICLE_FEATURE_NAMES

__all__ = [
    "CLASS_NAMES",
    "HLF_NAMES",
    "PARTICLE_FEATURE_NAMES",
    "DataError",
    "GeneratorError",
    "JetDataset",
    "JetTable",
    "apply_standardization",
    "compute_standardization",
    "load_jet_table",
    "load_jets",
    "read_jets",
    "sample_path",
]
