"""The typed records of the stages' artifacts that libraries read (the export targets, hls, sweeps): one
definition each, below every stage module. The stage that writes a record re-exports it (``from
fpgaml.stages.train import TrainInfo`` still works); a library imports it from here, never from a stage.

* :class:`TrainInfo` (``meta.json`` of ``train``) with the network's :class:`~fpgaml.interface.Interface`,
  :func:`interface`, :func:`load_models` (the networks of a run);
* :class:`ProjectInfo` (``fpgaml.json`` of the HLS project, ``convert``) and :class:`FixedPrecision`;
* :class:`DataInfo` (``data.json`` of ``data``), :func:`load_split` and :func:`load_labels` (``dataset.npz``);
* :func:`load_profile_result` (``profile.json``).
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
from pydantic import BaseModel, Field, model_validator

from fpgaml import modelio
from fpgaml.artifacts import Record, read_manifest
from fpgaml.interface import DataInterface, Interface, InterfaceFacts, from_flat
from fpgaml.kept import Kept, file_identity
from fpgaml.stage import stage_dir

if TYPE_CHECKING:  # pragma: no cover
    from fpgaml.config import FlowConfig

SPLITS = ("train", "val", "test")


class DataInfo(Record, DataInterface):
    """``data.json``: what the arrays in ``dataset.npz`` are. The fields of :class:`~fpgaml.interface.DataInterface`
    (task, names, input shape, standardisation) are the data's part of the network's interface: train completes
    it with the input types (:class:`~fpgaml.interface.Interface`) and later stages read that."""

    FILE = "data.json"
    STAGE = "data"

    #: the jet feature set (``hlf``, ``constituents``) or ``arrays`` (a file of your own arrays)
    features: str
    source_info: dict[str, Any] = Field(default_factory=dict)
    #: ``labels_<split>`` in dataset.npz (an autoencoder's labels)
    has_labels: bool = False


def load_split(cfg: FlowConfig, split: str = "test") -> tuple[np.ndarray, np.ndarray, np.ndarray | None]:
    """(x, y, mask or None) of one split from the data artifact (y: see :class:`DataInfo` ``task``)."""
    if split not in SPLITS:
        raise ValueError(f"split must be one of {SPLITS}")
    d = stage_dir("data", cfg)
    read_manifest(d, "data")
    with np.load(d / "dataset.npz") as z:
        mask = z[f"mask_{split}"] if f"mask_{split}" in z.files else None
        return z[f"x_{split}"], z[f"y_{split}"], mask


def load_labels(cfg: FlowConfig, split: str = "test") -> np.ndarray | None:
    """The per-sample labels of an autoencoder's split (``data.labels``), or None when there are none."""
    if split not in SPLITS:
        raise ValueError(f"split must be one of {SPLITS}")
    d = stage_dir("data", cfg)
    read_manifest(d, "data")
    with np.load(d / "dataset.npz") as z:
        return z[f"labels_{split}"] if f"labels_{split}" in z.files else None


class TrainInfo(InterfaceFacts, Record):
    """``meta.json``: the facts about the trained networks that later stages read, and the network's
    :class:`~fpgaml.interface.Interface` (written here, once: read it with :func:`interface`)."""

    FILE = "meta.json"
    STAGE = "train"

    family: str
    #: what the network takes and gives (the data's part and the input types chosen here)
    interface: Interface
    pretrained: str | None = None
    ends_in_softmax: bool = False
    float_reference: bool = False
    float_reference_name: str = "none"
    ptq: bool = False

    _flat = model_validator(mode="before")(from_flat)  # meta.json written before the interface record


def interface(cfg: FlowConfig) -> Interface:
    """THE network interface of the run (classes, names, shapes, standardisation, task, input types)."""
    return TrainInfo.of(cfg).interface


@dataclass
class Trained:
    """The trained networks of a run, as read back from the ``train`` artifact."""

    qmodel: Any
    float_model: Any | None
    meta: TrainInfo


#: the networks :func:`load_models` built last in this process, by their file's identity
#: (:func:`fpgaml.kept.file_identity`) and the trust settings: the stages of one run (convert, verify, rtl, export,
#: gpu) each read the same two networks, and building a Keras model from its file is most of a small stage's time
#: (~0.1-0.5 s each, twice that under a line tracer). A kept model is handed out again only while its weights are
#: still those it was built with (a digest checked at each use): a caller that changed them (convert snaps the
#: QKeras weights onto their grids in place) does not pass them on, the next caller gets the file's network again.
_MODELS: Kept[tuple[Any, str]] = Kept(4)


def _weights_digest(model: Any) -> str:
    h = hashlib.blake2b(digest_size=16)
    for w in model.get_weights():
        h.update(str((w.dtype, w.shape)).encode())
        h.update(np.ascontiguousarray(w).tobytes())
    return h.hexdigest()


def _load_kept(path: Path, trust_model_code: bool, custom_modules: Any) -> Any:
    """:func:`fpgaml.modelio.load_model` of a run's own network file, kept per process (see :data:`_MODELS`)."""
    trust = {"trust_model_code": trust_model_code, "custom_modules": custom_modules}
    file = file_identity(path)
    if file is None:  # missing or not a file: load_model says so
        return modelio.load_model(path, **trust)
    modules = (custom_modules,) if isinstance(custom_modules, (str, os.PathLike)) else tuple(custom_modules)
    key = (*file, trust_model_code, tuple(str(m) for m in modules))
    kept = _MODELS.get(key)
    if kept is not None and _weights_digest(kept[0]) == kept[1]:
        return kept[0]
    model = modelio.load_model(path, **trust)
    return _MODELS.put(key, (model, _weights_digest(model)))[0]


def load_models(cfg: FlowConfig) -> Trained:
    """The QKeras model, the float reference (or None) and the metadata of a run's ``train`` artifact.

    The artifact is checked (its manifest) at every call; the networks are built from their files once per
    process while the files and the networks' weights stay the same (see :data:`_MODELS`).
    """

    d = stage_dir("train", cfg)
    read_manifest(d, "train")
    meta = TrainInfo.load(d)
    # fpgaml wrote these files itself and checks them like any other (they hold no code).
    trust = {"trust_model_code": cfg.train.trust_model_code, "custom_modules": cfg.train.custom_modules}
    qmodel = _load_kept(d / "qkeras_model.h5", **trust)
    fpath = d / "float_model.h5"
    float_model = _load_kept(fpath, **trust) if fpath.exists() else None
    return Trained(qmodel=qmodel, float_model=float_model, meta=meta)


class FixedPrecision(BaseModel):
    """An ap_fixed type as the firmware declares it, with the value of its least significant bit."""

    type: str
    width: int
    integer: int
    signed: bool = True
    lsb: float


class ProjectInfo(InterfaceFacts, Record):
    """``fpgaml.json`` in the HLS project: what convert decided, and the network's interface (the train
    artifact's record, carried whole: the project directory is handed on alone)."""

    FILE = "fpgaml.json"
    STAGE = "convert"

    name: str
    family: str
    exact_expected: bool
    inexact_reason: str = ""
    backend: str
    part: str
    clock_period_ns: float
    io_type: str
    strategy: str
    reuse_factor: int
    project_name: str
    #: the network's interface (classes, names, shapes, standardisation, task, input types)
    interface: Interface
    output_precision: FixedPrecision
    layer_precisions: dict[str, str]
    hls4ml_version: str
    ends_in_softmax: bool = False
    softmax_inside: bool = False
    softmax_table_size: int | None = None
    #: ``train.pretrained`` (the user's model file), None for a network of fpgaml's families
    pretrained: str | None = None

    _flat = model_validator(mode="before")(from_flat)  # projects written before the interface record

    @property
    def network(self) -> str:
        """What the network is, for reports: ``family dense``, or ``pretrained model <file>`` (a user's model is
        not of any family, whatever model.family says)."""
        return family_label(self.family, self.pretrained)


def family_label(family: str, pretrained: str | None) -> str:
    """What the network is, for reports: ``family <name>``, or ``pretrained model <file name>`` for
    ``train.pretrained`` (a user's model is of no family, whatever model.family says)."""
    return f"pretrained model {Path(pretrained).name}" if pretrained else f"family {family}"


def load_profile_result(cfg: FlowConfig) -> dict[str, Any]:
    d = stage_dir("profile", cfg)
    read_manifest(d, "profile")
    return json.loads((d / "profile.json").read_text())


__all__ = [
    "SPLITS",
    "DataInfo",
    "FixedPrecision",
    "ProjectInfo",
    "TrainInfo",
    "Trained",
    "family_label",
    "interface",
    "load_labels",
    "load_models",
    "load_profile_result",
    "load_split",
]
