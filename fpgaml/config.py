"""The typed config of a whole flow: one section per stage, loaded from YAML and validated.

Every section is a pydantic model with ``extra="forbid"``: a misspelt key is an error that names it (and the
key it probably meant). Validators refuse nonsense when the config is loaded, before any stage runs: types
that do not fit (``fixed<8,10>``), quantizers with more integer than total bits, a split that leaves a set
empty for ``data.n_jets``, unknown devices, clock periods given in MHz, batch sizes Triton refuses, a model
family that cannot take the configured features or io_type, overlapping run and HLS directories, files named
for later stages that do not exist. An empty config file is an error, and so is a key given twice.
Defaults reproduce the benchmark dense jet tagger (16 -> 64 -> 32 -> 32 -> 5, 6-bit QKeras).
"""

from __future__ import annotations

import difflib
import os
import re
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    ValidationError,
    field_validator,
    model_validator,
)

from fpgaml.backends import BACKENDS, get_backend
from fpgaml.data.arrays import ARRAY_FILE_SUFFIXES
from fpgaml.data.loader import balanced_counts, empty_split_message
from fpgaml.data.readers import JET_FILE_SUFFIXES, SUPPORTED_FILES
from fpgaml.errors import ConfigError, KeyedValueError
from fpgaml.export.config import ExportConfig
from fpgaml.gpu.config import GpuConfig
from fpgaml.ir.core import FIXED_HELP, FixedType, check_fixed_width
from fpgaml.models import FAMILIES
from fpgaml.profile.config import ProfileConfig, check_clock_period_ns
from fpgaml.rtl.config import RtlConfig
from fpgaml.stage import NOT_FINGERPRINTED, declared_settings, stage_dir
from fpgaml.userfiles import LIMITS, check_regular, load_yaml, read_text

#: hls4ml precision strings fpgaml accepts in ``convert.layer_precision``: ``[ap_][u]fixed<W,I[,Q[,O[,N]]]>``
#: and ``[ap_][u]int<W>`` (hls4ml's precision language; plain ``fixed<W,I>`` types are FixedType's)
_HLS_FIXED = re.compile(r"^\s*(?:ap_)?(u?)fixed\s*<([^<>]*)>\s*$")
_HLS_INT = re.compile(r"^\s*(?:ap_)?(u?)int\s*<([^<>]*)>\s*$")
ROUNDING_MODES = ("RND", "RND_ZERO", "RND_MIN_INF", "RND_INF", "RND_CONV", "TRN", "TRN_ZERO")
OVERFLOW_MODES = ("SAT", "SAT_ZERO", "SAT_SYM", "WRAP", "WRAP_SM")


def parse_fixed(text: str) -> tuple[bool, int, int]:
    """``(signed, width, integer)`` of a fixed-point type text (:meth:`fpgaml.ir.FixedType.parse`, the one
    parser) with at most ``W`` integer bits; :class:`ConfigError` (a ``ValueError``) otherwise."""
    return _user_fixed(text).as_tuple


def _user_fixed(text: str) -> FixedType:
    """A fixed-point type a person wrote: :meth:`FixedType.parse` and ``I <= W`` (``fixed<8,10>`` is legal
    ``ap_fixed`` but in a config it is a typo far more often than an intent)."""
    t = FixedType.parse(text)
    check_fixed_width(str(text), t.width, t.integer)
    return t


def canonical_fixed(text: str) -> str:
    """``text`` as fpgaml writes a fixed-point type (``fixed<W,I>`` / ``ufixed<W,I>``); ``ValueError`` otherwise."""
    return str(_user_fixed(text))


def check_hls_precision(text: str) -> str:
    """Check an hls4ml precision string (``auto``, ``[ap_][u]fixed<W,I[,Q[,O[,N]]]>``, ``[ap_][u]int<W>``):
    the width, integer bits and rounding / overflow modes; returns it unchanged, else ``ValueError``."""
    if text.strip().lower() == "auto":
        return text
    m = _HLS_FIXED.match(text) or _HLS_INT.match(text)
    if not m:
        raise ValueError(
            f"{text!r} is not a precision hls4ml understands here; expected 'auto', an ap_fixed type ({FIXED_HELP},"
            " optionally with rounding and overflow modes: 'fixed<16,6,RND_CONV,SAT>') or 'int<8>' / 'uint<8>'"
        )
    is_fixed = m.re is _HLS_FIXED
    args = [a.strip() for a in m.group(2).split(",")]
    n_size = 2 if is_fixed else 1
    try:
        sizes = [int(a) for a in args[:n_size]]
    except ValueError:
        raise ValueError(
            f"{text!r}: the width and integer bits must be whole numbers ({FIXED_HELP})"
        ) from None
    if len(sizes) != n_size:
        raise ValueError(f"{text!r}: expected {'<W,I>' if is_fixed else '<W>'} ({FIXED_HELP})")
    check_fixed_width(text, sizes[0], sizes[1] if is_fixed else None)
    modes = args[n_size:]
    if not is_fixed and modes:
        raise ValueError(
            f"{text!r}: an integer type has only a width; rounding/overflow modes need fixed<W,I,...>"
        )
    checks = [("rounding", ROUNDING_MODES), ("overflow", OVERFLOW_MODES)]
    for value, (what, known) in zip(modes, checks, strict=False):
        if value.upper().removeprefix("AP_") not in known:
            raise ValueError(f"{text!r}: unknown {what} mode {value!r}; one of {', '.join(known)}")
    if len(modes) == 3 and not modes[2].isdigit():
        raise ValueError(f"{text!r}: the saturation bits (4th argument) must be a whole number")
    if len(modes) > 3:
        raise ValueError(
            f"{text!r}: too many arguments; fixed<W,I,rounding,overflow,saturation bits> at most"
        )
    return text


def _suggest(name: str, options: list[str]) -> str:
    close = difflib.get_close_matches(name, options, n=1, cutoff=0.6)
    return f"; did you mean {close[0]!r}?" if close else ""


class Section(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class DataConfig(Section):
    """Which jets to train and test on (see ``fpgaml.data.load_jets``)."""

    source: str = Field(
        "sample", min_length=1, description="'sample' (shipped jets) or an npz/CSV/ARFF/HDF5 path"
    )
    features: Literal["hlf", "constituents"] | None = Field(
        None, description="feature set; default: what the model family needs"
    )
    n_jets: int | None = Field(
        None,
        gt=0,
        description="cap on the number of jets (class-balanced subset); own arrays: random samples",
    )
    n_constituents: int = Field(32, ge=1, le=150)
    split: tuple[float, float, float] = (0.6, 0.2, 0.2)
    plot: bool = Field(
        True,
        description="draw features.png (each high-level feature per class, ~1 s): false in batch runs and sweeps",
        json_schema_extra=NOT_FINGERPRINTED,
    )
    train_jets: int | None = Field(
        None,
        gt=0,
        description="train on at most this many jets of the train split (a class-balanced subset; the"
        " standardisation is computed on it; validation and test splits unchanged): learning curves on the"
        " same test jets. Jets only",
    )
    # ---- your own data: named arrays in an .npz / HDF5 file (fpgaml.data.arrays, docs/data.md) ----
    task: Literal["classification", "regression", "autoencoder"] = Field(
        "classification",
        description="what the network does: classification (logits per class), regression (real-valued "
        "targets, MSE) or autoencoder (reconstructs its inputs; the anomaly score is the reconstruction error)",
    )
    inputs: str | None = Field(
        None, min_length=1, description="your own data: the input array (npz key or HDF5 dataset path)"
    )
    targets: str | None = Field(
        None, min_length=1, description="the target array: class indices / one-hot (classification) or values"
    )
    labels: str | None = Field(
        None,
        min_length=1,
        description="autoencoder only: per-sample labels (0 background) for the score's ROC",
    )
    feature_names: list[str] | None = Field(None, description="names of the inputs' last axis")
    class_names: list[str] | None = Field(None, description="names of the classes (or autoencoder labels)")
    target_names: list[str] | None = Field(None, description="names of the regression targets")
    standardize: bool | Literal["firmware"] = Field(
        True,
        description="standardise each input feature with the train split's mean and std: true (in software, "
        "before the network), firmware (the network's first layer does it in fixed point: the firmware takes "
        "the raw inputs, typed by model.input_precision), or false (the values as they are)",
    )

    @field_validator("source")
    @classmethod
    def _known_file_type(cls, v: str) -> str:

        path = Path(v)
        if v == "sample" or not path.suffix or path.suffix.lower() in JET_FILE_SUFFIXES or path.is_dir():
            return v
        raise ValueError(
            f"{v!r}: fpgaml cannot read {path.suffix!r} files; 'sample' (the shipped jets) or {SUPPORTED_FILES}"
        )

    @field_validator("split")
    @classmethod
    def _split_sums_to_one(cls, v: tuple[float, float, float]) -> tuple[float, float, float]:
        if any(f <= 0 for f in v) or abs(sum(v) - 1.0) > 1e-6:
            raise ValueError(
                f"train/validation/test fractions must be positive and sum to 1, got {list(v)} (sum {sum(v):g})"
            )
        return v

    @model_validator(mode="after")
    def _own_arrays(self) -> DataConfig:
        """The keys of your own arrays go together; the jets (no ``inputs``) take none of them."""
        own = ("targets", "labels", "feature_names", "class_names", "target_names")
        if self.inputs is None:
            given = [k for k in own if getattr(self, k) is not None]
            if given:
                raise KeyedValueError(
                    given[0],
                    "names an array or its parts of your own data file: give data.inputs (the input "
                    "array) too; without it data.source is read as jets",
                )
            if self.task != "classification":
                raise KeyedValueError(
                    "task",
                    f"{self.task} needs your own arrays: data.inputs (and data.targets for regression); "
                    "the jets are classified",
                )
            return self

        if self.source == "sample" or Path(self.source).suffix.lower() not in ARRAY_FILE_SUFFIXES:
            raise KeyedValueError(
                "source",
                f"{self.source!r}: with data.inputs the source is a file of named arrays: "
                f"{' / '.join(ARRAY_FILE_SUFFIXES)}",
            )
        if self.features is not None:
            raise KeyedValueError(
                "features", "selects a jet feature set; with data.inputs your arrays are the inputs"
            )
        if self.train_jets is not None:
            raise KeyedValueError(
                "train_jets", "takes a subset of the jets' train split; with data.inputs use data.n_jets"
            )
        if self.task == "autoencoder":
            if self.targets is not None:
                raise KeyedValueError(
                    "targets", "an autoencoder's targets are its inputs; labels go in data.labels"
                )
            if self.class_names is not None and self.labels is None:
                raise KeyedValueError("class_names", "names the autoencoder's labels: give data.labels too")
        elif self.targets is None:
            raise KeyedValueError("targets", f"task {self.task} needs the name of the target array")
        if self.labels is not None and self.task != "autoencoder":
            raise KeyedValueError(
                "labels", "is for the autoencoder's score ROC; a classifier's labels are data.targets"
            )
        if self.target_names is not None and self.task != "regression":
            raise KeyedValueError("target_names", "names regression targets (data.task: regression)")
        if self.class_names is not None and self.task == "regression":
            raise KeyedValueError("class_names", "a regression has targets, not classes: data.target_names")
        return self

    @model_validator(mode="after")
    def _split_not_empty(self) -> DataConfig:
        """With ``n_jets`` given, a split that leaves a set empty is known now (class-balanced selection)."""
        if self.n_jets is None or self.inputs is not None:  # own arrays: checked when they are read
            return self

        problem = empty_split_message(balanced_counts(self.n_jets), self.split)
        if problem:
            raise KeyedValueError("n_jets", problem)
        return self


class ScalingConfig(Section):
    """The input standardisation done by the firmware (``data.standardize: firmware``): per feature
    ``Q((x - mean) * (1/std))``, mean on the raw grid, ``1/std`` with ``scale_bits`` significant bits."""

    precision: str = Field(
        "fixed<16,6>", description="ap_fixed type of the scaled inputs (rounded half to even, saturated)"
    )
    scale_bits: int = Field(
        12, ge=1, le=32, description="significant bits of each 1/std multiplier (1: powers of two, shifts)"
    )

    @field_validator("precision")
    @classmethod
    def _valid_fixed(cls, v: str) -> str:
        return canonical_fixed(v)


class LayerPrecision(Section):
    """One layer's quantizer widths (``model.layer_precision.<layer>``); unset keys take the model's."""

    weight_bits: int | None = Field(
        None, ge=2, le=32, description="a Dense/Conv layer's weight and bias bits"
    )
    weight_integer: int | None = Field(None, ge=0, le=16)
    act_bits: int | None = Field(None, ge=2, le=32, description="a quantized ReLU's output bits")
    act_integer: int | None = Field(None, ge=0, le=16)


def _check_quantizer_widths(weight: tuple[int, int], act: tuple[int, int], where: str = "") -> None:
    """The QKeras rules for (bits, integer) of a weight quantizer and a ReLU quantizer."""
    (wb, wi), (ab, ai) = weight, act
    if wi >= wb:
        raise KeyedValueError(
            f"{where}weight_integer",
            f"{wi} integer bits with weight_bits {wb}: QKeras quantized_bits "
            "counts the sign in weight_bits but not in weight_integer, so weight_integer <= weight_bits - 1 "
            f"({wb - 1}: integer weights, no fractional bit); more makes the step 2, 4, ... and "
            "rounds every small weight to 0",
        )
    if ai > ab:
        raise KeyedValueError(
            f"{where}act_integer",
            f"{ai} integer bits with act_bits {ab}: quantized_relu(bits, integer) is "
            f"unsigned, so act_integer <= act_bits ({ab}: integer outputs 0..{2**ab - 1})"
            "; more makes the step 2, 4, ... and rounds small activations to 0",
        )


class ModelConfig(Section):
    """The network: a family from the registry, its parameters, and the quantization."""

    family: str = Field("dense", description="model family; `fpgaml families` lists them")
    params: dict[str, Any] = Field(default_factory=dict, description="family-specific parameters")
    weight_bits: int = Field(6, ge=2, le=32)
    weight_integer: int = Field(0, ge=0, le=16, description="integer bits of weights/biases (sign excluded)")
    act_bits: int = Field(6, ge=2, le=32, description="bits of the quantized ReLU outputs")
    act_integer: int = Field(0, ge=0, le=16)
    input_precision: str = Field(
        "fixed<16,6>",
        description="ap_fixed type of the firmware input (with data.standardize: firmware, of the raw inputs)",
    )
    scaling: ScalingConfig = Field(
        default_factory=lambda: ScalingConfig(),
        description="the firmware's input scaling (used with data.standardize: firmware)",
    )
    layer_precision: dict[str, LayerPrecision] = Field(
        default_factory=dict,
        description="per-layer widths by layer name, e.g. {fc1: {weight_bits: 4}, relu1: {act_bits: 5}}; a"
        " layer not named uses weight_bits/act_bits (a name that is not a layer is refused with the list of them);"
        " every feed-forward family: dense, cnn1d, gnn (gru/lstm take the model-wide widths)",
    )
    input_features: Literal["auto"] | dict[str, str] | None = Field(
        None,
        description="per-feature input types, each no wider than input_precision: {feature: type | drop}, or"
        " auto (chosen from the data and the float reference, see input_features_tolerance_pp); unset: every"
        " feature on input_precision",
    )
    input_features_tolerance_pp: float = Field(
        0.1, ge=0, le=100,
        description="input_features: auto keeps the judging network's validation accuracy within this many"
        " percentage points of its accuracy on the input_precision grid",
    )  # fmt: skip
    input_features_network: Literal["float", "qkeras"] = Field(
        "float",
        description="input_features: auto, the network whose validation accuracy judges each narrowing: float"
        " (the float reference, before QAT; QAT then trains on the chosen grids) or qkeras (the trained"
        " quantized network itself, after QAT and without retraining: the firmware's own accuracy is what"
        " stays within the tolerance; also for a train.pretrained QKeras or PTQ model)",
    )

    @field_validator("family")
    @classmethod
    def _family_known(cls, v: str) -> str:

        if v not in FAMILIES:
            raise ValueError(f"unknown model family {v!r}; available: {', '.join(FAMILIES.names())}")
        return v

    @field_validator("input_precision")
    @classmethod
    def _valid_fixed(cls, v: str) -> str:
        return canonical_fixed(v)

    @field_validator("input_features", mode="before")
    @classmethod
    def _feature_types_shape(cls, v: Any) -> Any:
        if v is None or v == "auto" or isinstance(v, dict):
            return v
        raise ValueError(
            f"auto, or a mapping {{feature name: type or drop}} (e.g. {{j_mass: fixed<6,3>}}); got {v!r}"
        )

    @field_validator("input_features")
    @classmethod
    def _valid_feature_types(cls, v: Any) -> Any:
        if isinstance(v, dict):
            return {
                str(name): "drop" if str(t).strip().lower() == "drop" else canonical_fixed(str(t))
                for name, t in v.items()
            }
        return v

    @model_validator(mode="after")
    def _quantizers_make_sense(self) -> ModelConfig:
        _check_quantizer_widths(self.weight_q(), self.act_q())
        for name in self.layer_precision:
            _check_quantizer_widths(self.weight_q(name), self.act_q(name), f"layer_precision.{name}.")
        return self

    def _width(self, layer: str | None, key: str) -> int:
        """``key`` (weight_bits, act_integer, ...) of ``layer``: its ``layer_precision`` entry over the model's."""
        entry = self.layer_precision.get(layer) if layer is not None else None
        value = getattr(entry, key) if entry is not None else None
        return int(getattr(self, key) if value is None else value)

    def weight_q(self, layer: str | None = None) -> tuple[int, int]:
        """(bits, integer bits) of a layer's weight quantizer."""
        return self._width(layer, "weight_bits"), self._width(layer, "weight_integer")

    def act_q(self, layer: str | None = None) -> tuple[int, int]:
        """(bits, integer bits) of a ReLU's quantizer."""
        return self._width(layer, "act_bits"), self._width(layer, "act_integer")

    @property
    def input_fixed(self) -> FixedType:
        """The input (port) type."""
        return FixedType.parse(self.input_precision)


class PruningConfig(Section):
    """Magnitude pruning of the QKeras model during training (``fpgaml.pruning``); the float model stays dense.

    The sparsity rises from 0 at ``begin_epoch`` to its target at ``end_epoch`` (polynomial schedule); the
    remaining epochs fine-tune with the masks fixed, with early stopping.
    """

    sparsity: float | dict[str, float] = Field(
        description="target fraction of zero weights: one for every trainable QDense/QConv1D layer, or per"
        " layer name ({fc1: 0.8, fc2: 0.95}; unnamed layers stay dense)"
    )
    begin_epoch: int = Field(2, ge=0, description="epoch at which pruning starts")
    end_epoch: int | None = Field(
        None, ge=1, description="epoch at which the target is reached; default epochs/2"
    )

    def end(self, epochs: int) -> int:
        """The epoch at which the target is reached, given ``train.epochs``."""
        return self.end_epoch if self.end_epoch is not None else max(1, epochs // 2)


class BitCostConfig(Section):
    """A loss term charging each weight of the QKeras model for the logic it costs (``fpgaml.bitcost``).

    ``beta`` is one coefficient, or a pair ``[start, end]``: the **ramp** (``fpgaml.ramp``), ``beta`` rising
    from ``start`` at the first epoch to ``end`` at the last (log-linearly, or linearly with ``ramp: linear``),
    without early stopping, keeping the checkpoints on the Pareto front of validation accuracy vs EBOPs (at
    most ``keep`` of them): one training gives a whole accuracy-LUT front. ``checkpoint`` (or ``max_ebops``)
    says which of them this run's network is; ``fpgaml sweep`` with ``checkpoints: all`` makes one point per
    kept checkpoint.
    """

    beta: float | tuple[float, float] = Field(
        0.0,
        description="per bit-operation: input bits x log2(1 + |w|/lsb), summed over weights (HGQ's unit); a pair"
        " [start, end] ramps it over the epochs",
    )
    neuron: float = Field(
        0.0,
        ge=0,
        description="per neuron: the input-bit-weighted L2 norm of its incoming weights (removes neurons)",
    )
    ramp: Literal["log", "linear"] = Field(
        "log", description="with beta [start, end]: how beta moves between them over the epochs"
    )
    keep: int = Field(
        10,
        ge=1,
        le=200,
        description="with a ramp: the most checkpoints kept from the Pareto front of validation accuracy vs EBOPs"
        " (spread evenly in log EBOPs)",
    )
    checkpoint: int | Literal["last"] = Field(
        "last",
        description="with a ramp: which network this run converts: the epoch of a kept checkpoint, or last (the"
        " network at the end of the ramp)",
    )
    max_ebops: float | None = Field(
        None,
        gt=0,
        description="with a ramp, instead of checkpoint: the kept checkpoint with the best validation accuracy"
        " at or below this many EBOPs",
    )
    lr_restarts: int | None = Field(
        None,
        ge=2,
        description="with a ramp: the learning rate falls along a cosine from train.learning_rate to 1 % of it"
        " over this many epochs, then restarts (HGQ's recipe: many checkpoints are taken at a low learning rate)",
    )

    @field_validator("beta")
    @classmethod
    def _beta(cls, v: float | tuple[float, float]) -> float | tuple[float, float]:
        if isinstance(v, tuple):
            if min(v) < 0:
                raise ValueError(f"a ramp [start, end] needs start, end >= 0, got {list(v)}")
        elif v < 0:
            raise ValueError(f"must be >= 0, got {v}")
        return v

    @property
    def ramping(self) -> bool:
        """Whether ``beta`` is a ramp ``[start, end]``."""
        return isinstance(self.beta, tuple)

    @model_validator(mode="after")
    def _ramp_keys(self) -> BitCostConfig:
        # a ramp key set to its default is harmless: a config written out (``model_dump``, as ``fpgaml sweep``
        # hands each point to its worker) carries every default and must validate back to itself
        set_keys = [
            k
            for k in ("ramp", "keep", "checkpoint", "max_ebops", "lr_restarts")
            if k in self.model_fields_set and getattr(self, k) != type(self).model_fields[k].default
        ]
        if not self.ramping:
            if set_keys:
                raise KeyedValueError(
                    set_keys[0],
                    f"belongs to a ramp: give beta as [start, end] (now one value, {self.beta})",
                )
            return self
        start, end = self.beta  # type: ignore[misc]
        if self.ramp == "log" and min(start, end) <= 0:
            raise KeyedValueError(
                "beta", f"a log ramp needs start and end > 0, got [{start}, {end}] (ramp: linear allows 0)"
            )
        if self.max_ebops is not None and "checkpoint" in self.model_fields_set:
            raise KeyedValueError("max_ebops", "give checkpoint or max_ebops, not both")
        if isinstance(self.checkpoint, int) and self.checkpoint < 1:
            raise KeyedValueError("checkpoint", f"an epoch (1, 2, ...) or last, got {self.checkpoint}")
        return self


class PtqConfig(Section):
    """Post-training quantization of a float (not quantized) pretrained model (``fpgaml.ptq``).

    Weights get ``weight_bits`` significant bits below their largest magnitude (negative integer bits for
    weights below 1/2, written as that many more bits: QKeras cannot take a negative integer); every activation gets
    ``act_bits`` with its integer bits from the largest value seen on ``calibration_jets`` training jets
    times ``headroom``; the model's outputs get ``output_bits``. Rounding is half to even with saturation,
    so values beyond the calibrated range clip (counted per layer in the verify report).
    """

    weight_bits: int = Field(10, ge=2, le=32)
    bias_bits: int = Field(16, ge=2, le=32)
    act_bits: int = Field(12, ge=2, le=32)
    output_bits: int = Field(16, ge=2, le=32)
    headroom: float = Field(
        2.0, ge=1.0, le=1024.0, description="calibrated maximum times this sets the range"
    )
    calibration_jets: int = Field(20000, ge=1, description="training jets used to calibrate the ranges")
    max_zeroed_fraction: float = Field(
        0.5,
        ge=0,
        le=1,
        description="a layer whose nonzero float weights quantize to 0 beyond this share fails the train "
        "stage's check (so does a layer whose quantized output is constant on the calibration data)",
    )


class TrainConfig(Section):
    epochs: int = Field(30, ge=1)
    batch_size: int = Field(512, ge=1)
    learning_rate: float = Field(3e-3, gt=0)
    patience: int = Field(6, ge=1, description="early stopping on the validation loss")
    float_reference: str = Field(
        "auto",
        description="what verify compares against: 'family' (a float model of the family's architecture, "
        "trained here), 'none', or the path of the user's own float model file; 'auto': 'family' when fpgaml "
        "trains the network, the float model itself when a float pretrained model is quantized (PTQ), else 'none'",
    )
    ptq: PtqConfig = Field(default_factory=PtqConfig, description="quantization of a float pretrained model")
    pretrained: str | None = Field(
        None,
        description="a user's Keras 2 / QKeras model to use instead of training one: a full-model .h5, an "
        "architecture .json (with pretrained_weights), or a tf_keras SavedModel directory",
    )
    pretrained_weights: str | None = Field(
        None, description="the weights .h5 of a pretrained architecture .json (model.save_weights)"
    )
    trust_model_code: bool = Field(
        False,
        description="allow Lambda/custom layers in a pretrained model file (runs its code; CLI --trust-model-code)",
    )
    custom_modules: list[str] = Field(
        default_factory=list,
        description="Python modules (names or .py paths) whose Keras classes a pretrained model uses; "
        "imported only with trust_model_code",
    )
    init_from_float: bool = Field(
        False,
        description="start QAT from the trained float reference's weights (needs float_reference: family)",
    )
    pruning: PruningConfig | None = Field(None, description="prune the QKeras model while it trains")
    bit_cost: BitCostConfig | None = Field(
        None, description="charge the QKeras model's weights for the logic they cost while it trains"
    )
    seed: int | None = Field(
        None, description="seed of the initial weights and batch order (default: the top-level seed, which also"
        " draws the data split): vary it to see the training's spread on the same split",
    )  # fmt: skip

    def seed_or(self, default: int) -> int:
        return self.seed if self.seed is not None else default

    @field_validator("float_reference", mode="before")
    @classmethod
    def _float_reference(cls, v: object) -> object:
        if isinstance(v, bool):  # the older form: true = train the family's float model, false = none
            return "family" if v else "none"
        if v is None:
            return "none"
        return v

    @property
    def float_reference_file(self) -> str | None:
        """The user's float model file, when ``float_reference`` names one."""
        return None if self.float_reference in ("auto", "family", "none") else self.float_reference

    @model_validator(mode="after")
    def _consistent(self) -> TrainConfig:
        if self.init_from_float and self.float_reference not in ("auto", "family"):
            raise ValueError(
                "init_from_float needs float_reference: family (the float model is trained first)"
            )
        if self.float_reference == "family" and self.pretrained:
            raise ValueError(
                "float_reference: family trains a float model of the family's architecture, which is not the "
                "pretrained model's; give the pretrained model's own float version as float_reference (a path), "
                "or none"
            )
        if self.pretrained_weights and not self.pretrained:
            raise ValueError("pretrained_weights needs pretrained (the architecture .json they belong to)")
        if self.pretrained and (
            self.init_from_float or self.pruning is not None or self.bit_cost is not None
        ):
            raise ValueError(
                "init_from_float, pruning and bit_cost shape training; a pretrained model is not trained"
            )
        p = self.pruning
        if p is not None:
            end = p.end(self.epochs)
            if not p.begin_epoch < end <= self.epochs:
                raise ValueError(
                    f"pruning: need begin_epoch < end_epoch <= epochs, got {p.begin_epoch}, {end}, {self.epochs}"
                )
        return self


class ConvertConfig(Section):
    """hls4ml settings."""

    backend: str = Field(
        "Vitis", description="hls4ml backend: one of fpgaml.backends.BACKENDS (Vitis, Vivado)"
    )
    part: str = "xcvu13p-flga2577-2-e"
    clock_period_ns: float = Field(5.0, gt=0, description="5 ns = 200 MHz")
    io_type: Literal["io_parallel", "io_stream"] = "io_parallel"
    strategy: Literal["Latency", "Resource"] = "Latency"
    reuse_factor: int = Field(1, ge=1)
    project_dir: str | None = Field(None, description="default: <hls_projects>/<name>")
    project_name: str = Field("myproject", pattern=r"^[A-Za-z_][A-Za-z0-9_]*$")
    layer_precision: dict[str, dict[str, str]] = Field(
        default_factory=dict, description="per-layer precision overrides, e.g. {fc1: {accum: 'fixed<24,10>'}}"
    )
    softmax: Literal["strip", "keep"] = Field(
        "strip",
        description="a network ending in a softmax: 'strip' converts it without the softmax (the firmware "
        "gives the logits; a trigger decides on them or their argmax), 'keep' puts hls4ml's lookup-table "
        "softmax in the firmware (checked by argmax agreement, not bit for bit)",
    )
    softmax_table_size: int = Field(
        1024, ge=16, le=65536, description="entries of the firmware softmax's exp and inverse tables ('keep')"
    )

    @field_validator("softmax_table_size")
    @classmethod
    def _table_size(cls, v: int) -> int:
        if v & (v - 1):
            raise ValueError(f"{v} is not a power of two (hls4ml indexes its tables by bits)")
        return v

    @field_validator("backend")
    @classmethod
    def _backend(cls, v: str) -> str:

        try:
            return get_backend(v).name
        except ConfigError:
            raise ValueError(
                f"unknown hls4ml backend {v!r}; available: {', '.join(BACKENDS.names())}"
            ) from None

    @field_validator("clock_period_ns")
    @classmethod
    def _clock(cls, v: float) -> float:
        return check_clock_period_ns(v)

    @field_validator("layer_precision")
    @classmethod
    def _precisions(cls, v: dict[str, dict[str, str]]) -> dict[str, dict[str, str]]:
        for layer, precisions in v.items():
            for var, text in precisions.items():
                try:
                    check_hls_precision(text)
                except ValueError as exc:
                    raise KeyedValueError(f"{layer}.{var}", str(exc)) from None
        return v


class CsimConfig(Section):
    max_jets: int | None = Field(None, gt=0, description="C-simulate at most this many test jets")
    compile_flags: str = Field(
        "-O1",
        description="g++ optimisation flags for the C-simulation library (-O1: integer fixed point, the same "
        "outputs as -O2, compiled 5-50 % faster, running within 7 %: benchmarks/bench_csim_flags.py)",
    )


class VerifyConfig(Section):
    """Thresholds; a failed threshold makes `fpgaml verify` exit non-zero."""

    min_exact_fraction: float = Field(0.999, ge=0, le=1, description="C-sim outputs bit-identical to QKeras")
    plot: bool = Field(
        True,
        description="draw the task's plot (roc.png, residuals.png or scores.png): false in batch runs and sweeps",
        json_schema_extra=NOT_FINGERPRINTED,
    )
    max_lsb_error: int | None = Field(
        None, ge=0, description="largest allowed C-sim vs QKeras difference in output LSBs (None: no limit)"
    )
    max_accuracy_drop_pp: float = Field(
        1.0, ge=0, le=100, description="C-sim accuracy below the float reference, pp"
    )
    require_exact_vs_fixed_point: bool = Field(
        True, description="C-sim must equal fpgaml's integer reference on every output (where one exists)"
    )
    min_argmax_agreement: float = Field(
        0.99,
        ge=0,
        le=1,
        description="convert.softmax: keep (a lookup-table softmax in the firmware, not bit-exact): the C-sim's "
        "largest output must be QKeras' on at least this fraction of the test samples (replaces "
        "min_exact_fraction for such a firmware)",
    )
    # ---- the physics check of data.task regression / autoencoder (classification: max_accuracy_drop_pp) ----
    max_resolution_increase: float | None = Field(
        0.1,
        ge=0,
        description="regression: C-sim resolution (half 16-84 % width of the residual) above the float "
        "reference's, relative, per target (0.1 = 10 %; None: no check)",
    )
    max_auc_drop: float | None = Field(
        0.02,
        ge=0,
        le=1,
        description="autoencoder with data.labels: C-sim anomaly-score AUC below the float reference's, "
        "absolute, per signal label (None: no check)",
    )


class PathsConfig(Section):
    runs: str = Field("runs", min_length=1)
    hls_projects: str = Field("hls_projects", min_length=1)


class FlowConfig(Section):
    """The whole flow. ``name`` names the run directory and the HLS project."""

    name: str = Field("dense_tagger", pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
    seed: int = Field(42, ge=0, lt=2**32, description="NumPy and TensorFlow seed (NumPy takes 0 .. 2**32-1)")
    data: DataConfig = Field(default_factory=DataConfig)
    model: ModelConfig = Field(default_factory=ModelConfig)
    train: TrainConfig = Field(default_factory=TrainConfig)
    convert: ConvertConfig = Field(default_factory=ConvertConfig)
    csim: CsimConfig = Field(default_factory=CsimConfig)
    verify: VerifyConfig = Field(default_factory=VerifyConfig)
    rtl: RtlConfig = Field(default_factory=RtlConfig)
    profile: ProfileConfig = Field(default_factory=ProfileConfig)
    gpu: GpuConfig = Field(default_factory=GpuConfig)
    export: ExportConfig = Field(default_factory=ExportConfig)
    paths: PathsConfig = Field(default_factory=PathsConfig)
    #: the sections stages declare themselves (``Stage.settings``), by name: reached as ``cfg.<name>``
    _stage_sections: dict[str, BaseModel] = PrivateAttr(default_factory=dict)

    @model_validator(mode="wrap")
    @classmethod
    def _declared_sections(cls, data: Any, handler: Any) -> FlowConfig:
        """The sections stages declare (``Stage.settings``) are validated by their own models."""
        declared = {n: m for n, m in declared_settings().items() if n not in cls.model_fields}
        raw: dict[str, Any] = {}
        if isinstance(data, dict):
            raw = {n: data[n] for n in declared if n in data}
            data = {k: v for k, v in data.items() if k not in raw}
        cfg = handler(data)
        for name, model in declared.items():
            value = raw.get(name)
            if isinstance(value, BaseModel):
                value = value.model_dump()
            try:
                cfg._stage_sections[name] = model.model_validate(value if value is not None else {})
            except ValidationError as exc:
                err = exc.errors()[0]
                key = ".".join([name, *(str(p) for p in err["loc"])])
                msg = err["msg"].removeprefix("Value error, ")
                if err["type"] == "extra_forbidden":
                    msg = "unknown key (misspelt?)" + _suggest(str(err["loc"][-1]), list(model.model_fields))
                raise KeyedValueError(key, msg) from None
        return cfg

    def __getattr__(self, name: str) -> Any:
        sections = (self.__pydantic_private__ or {}).get("_stage_sections") or {}
        if name in sections:
            return sections[name]
        return super().__getattr__(name)  # type: ignore[misc]

    def model_dump(self, **kwargs: Any) -> dict[str, Any]:
        """Every section, the ones stages declare included."""
        out = super().model_dump(**kwargs)
        for name, section in self._stage_sections.items():
            out[name] = section.model_dump(**kwargs)
        return out

    @model_validator(mode="after")
    def _sections_agree(self) -> FlowConfig:

        family = FAMILIES.get(self.model.family)
        try:  # unknown keys of model.params (the family checks them again when it builds the model)
            family.params(self.model)
        except ConfigError as exc:
            raise KeyedValueError("model.params", str(exc).removeprefix("model.params: ")) from None
        if self.data.features is not None and self.data.features != family.features:
            raise KeyedValueError(
                "data.features",
                f"model family {family.name!r} takes {family.features!r} features, not {self.data.features!r}; "
                "leave data.features out (it defaults to what the family needs) or pick a family that takes "
                f"{self.data.features!r} (`fpgaml families`)",
            )
        if self.convert.io_type not in family.io_types:
            raise KeyedValueError(
                "convert.io_type",
                f"model family {family.name!r} converts with {' or '.join(family.io_types)}, not "
                f"{self.convert.io_type}",
            )
        if self.model.layer_precision and self.train.pretrained:
            raise KeyedValueError(
                "model.layer_precision",
                "sets the widths of the layers fpgaml builds; a pretrained model (train.pretrained) keeps its "
                "own quantizers (a float one is quantized with train.ptq)",
            )
        if self.data.standardize == "firmware":
            if self.train.pretrained:
                raise KeyedValueError(
                    "data.standardize",
                    "firmware: the input scaling becomes the first layer of the networks fpgaml builds; a "
                    "pretrained model (train.pretrained) was trained on what it was trained on. Use "
                    "standardize: true (software), or false with your model taking the raw inputs",
                )
            if self.convert.io_type != "io_parallel":
                raise KeyedValueError(
                    "data.standardize",
                    "firmware: the input scaling is written for convert.io_type io_parallel",
                )
            if self.data.task == "autoencoder":
                raise KeyedValueError(
                    "data.standardize",
                    "firmware: an autoencoder reconstructs its input, which would then be the raw values; use "
                    "standardize: true",
                )
        if self.model.input_features is not None:
            if self.data.standardize == "firmware":
                raise KeyedValueError(
                    "model.input_features",
                    "per-feature input types with data.standardize: firmware (the raw inputs are scaled onto "
                    "one type inside the firmware): use standardize: true, or one model.input_precision",
                )
            if self.model.input_features == "auto":
                if self.data.task != "classification":
                    raise KeyedValueError(
                        "model.input_features",
                        f"auto chooses the types by a network's accuracy: a classification task, "
                        f"not {self.data.task!r}; name the types per feature instead",
                    )
                float_judge = self.model.input_features_network == "float"
                if float_judge and (
                    self.train.pretrained or self.train.float_reference not in ("auto", "family")
                ):
                    raise KeyedValueError(
                        "model.input_features",
                        "auto needs the float reference fpgaml trains before QAT (not with train.pretrained or "
                        "a float_reference other than family); set model.input_features_network: qkeras to "
                        "judge with the quantized network itself, or name the types per feature",
                    )
        bc = self.train.bit_cost
        if bc is not None and bc.ramping:
            if self.data.task != "classification":
                raise KeyedValueError(
                    "train.bit_cost.beta",
                    f"a ramp [start, end] keeps the checkpoints on the front of validation accuracy vs EBOPs: a "
                    f"classification task, not {self.data.task!r}; give one beta",
                )
            if self.model.input_features == "auto" and self.model.input_features_network == "qkeras":
                raise KeyedValueError(
                    "train.bit_cost.beta",
                    "a ramp's checkpoints share the input types chosen before QAT; model.input_features: auto "
                    "with input_features_network: qkeras would judge them on one network after it. Use "
                    "input_features_network: float, or name the types per feature",
                )
        if self.model.input_features_network != "float" and self.model.input_features != "auto":
            raise KeyedValueError(
                "model.input_features_network",
                "chooses the network that judges model.input_features: auto; here model.input_features is "
                + ("unset" if self.model.input_features is None else "a mapping of named types")
                + " (set it to auto, or leave input_features_network out)",
            )
        runs, hls = (Path(os.path.abspath(p)) for p in (self.paths.runs, self.paths.hls_projects))
        run_dir, project = runs / self.name, Path(os.path.abspath(self.stage_dir("convert")))
        if project == run_dir or project in run_dir.parents or run_dir in project.parents:
            key = "convert.project_dir" if self.convert.project_dir else "paths.hls_projects"
            raise KeyedValueError(
                key,
                f"the HLS project directory {project} and the run directory {run_dir} overlap: the convert stage "
                "replaces its whole directory and would delete the other stages' artifacts (or they its files); "
                f"keep them apart (defaults: paths.runs 'runs', paths.hls_projects 'hls_projects'; now {runs}, {hls})",
            )
        return self

    # ---- where artifacts live -------------------------------------------------------------------
    @property
    def run_dir(self) -> Path:
        return Path(self.paths.runs) / self.name

    def stage_dir(self, stage: str) -> Path:
        """Where the artifact of ``stage`` lives (the stage's declaration decides; see fpgaml.stage)."""

        return stage_dir(stage, self)

    @property
    def features(self) -> str:

        return self.data.features or FAMILIES.get(self.model.family).features


def _format_validation_error(exc: ValidationError, origin: str) -> str:
    lines = []
    for err in exc.errors():
        loc = [str(p) for p in err["loc"]]
        cause = (err.get("ctx") or {}).get("error")
        if isinstance(cause, KeyedValueError):
            loc.append(cause.key)
        key = ".".join(loc) or "(top level)"
        msg = err["msg"].removeprefix("Value error, ")
        if err["type"] == "extra_forbidden":
            msg = "unknown key (misspelt?)" + _suggest(loc[-1], _known_keys(loc[:-1]))
        lines.append(f"  {key}: {msg}")
    return f"invalid config {origin}:\n" + "\n".join(lines)


def _known_keys(loc: list[str]) -> list[str]:
    """The keys of the section at ``loc`` (for the 'did you mean' of a misspelt key)."""
    if not loc:
        return [*FlowConfig.model_fields, *declared_settings()]
    model: Any = FlowConfig
    for part in loc:
        field = getattr(model, "model_fields", {}).get(part)
        annotation = getattr(field, "annotation", None)
        candidates = [annotation, *getattr(annotation, "__args__", ())]
        model = next((c for c in candidates if isinstance(c, type) and issubclass(c, BaseModel)), None)
        if model is None:
            return []
    return list(model.model_fields)


class _StrictLoader(yaml.SafeLoader):
    """YAML loader that refuses a key given twice in one mapping (PyYAML would keep the last silently)."""


def _no_duplicates(loader: _StrictLoader, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
    seen: dict[Any, int] = {}
    for key_node, _ in node.value:
        if not isinstance(key_node, yaml.ScalarNode) or key_node.tag == "tag:yaml.org,2002:merge":
            continue  # '<<: *base' merges may be overridden; complex keys are refused by construct_mapping
        key = loader.construct_object(key_node, deep=deep)
        line = key_node.start_mark.line + 1
        if key in seen:
            raise ConfigError(
                f"key {key!r} appears twice (lines {seen[key]} and {line}); YAML would silently keep only the "
                "second: merge the two"
            )
        seen[key] = line
    return loader.construct_mapping(node, deep=deep)


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _no_duplicates)


def from_dict(raw: dict[str, Any], origin: str = "(dict)") -> FlowConfig:
    try:
        return FlowConfig.model_validate(raw)
    except ValidationError as exc:
        raise ConfigError(_format_validation_error(exc, origin)) from None


def load_config(path: str | Path, overrides: list[str] | None = None) -> FlowConfig:
    """Load and validate a YAML config. ``overrides`` are ``key.sub=value`` strings (YAML values)."""

    path = Path(path)
    if not path.exists() and not path.is_symlink():
        raise ConfigError(f"config file {path} does not exist")
    text = read_text(path, "config file")
    try:
        raw = load_yaml(text, str(path), loader=_StrictLoader)  # a SafeLoader subclass
    except ConfigError as exc:
        msg = str(exc)
        raise ConfigError(msg if msg.startswith(str(path)) else f"{path}: {msg}") from None
    if raw is None:
        raise ConfigError(
            f"{path} is empty (or holds only comments): fpgaml will not run a flow of nothing but defaults "
            "from it. Start from configs/dense_tagger.yaml (`fpgaml config configs/dense_tagger.yaml` prints "
            "every key with its default)"
        )
    if not isinstance(raw, dict):
        raise ConfigError(f"{path}: the top level must be a mapping of sections (name, data, model, ...)")
    for item in overrides or []:
        apply_override(raw, item)
    cfg = from_dict(raw, str(path))
    check_files(cfg, str(path))
    return cfg


def check_files(cfg: FlowConfig, origin: str = "(dict)") -> None:
    """Files the config names that later stages read: they must exist now, not hours into a run.

    ``train.pretrained`` and ``profile.budget_file`` (the budget file is also validated). Relative paths are
    taken from the current directory, as the stages take them. ``data.source`` is read by the first stage.
    """

    problems = []
    for key, value in (
        ("train.pretrained", cfg.train.pretrained),
        ("train.pretrained_weights", cfg.train.pretrained_weights),
        ("profile.budget_file", cfg.profile.budget_file),
    ):
        if not value:
            continue
        if not Path(value).exists():
            where = "" if Path(value).is_absolute() else f" (relative to the current directory {Path.cwd()})"
            problems.append(f"  {key}: file {value} does not exist{where}")
            continue
        try:
            check_regular(value, key, allow_dir=key == "train.pretrained")
        except ConfigError as exc:
            problems.append(f"  {exc}")
    if problems:
        raise ConfigError(f"invalid config {origin}:\n" + "\n".join(problems))
    if cfg.profile.budget_file:
        try:
            cfg.profile.resolved_budget()
        except ConfigError as exc:
            raise ConfigError(f"invalid config {origin}: profile.budget_file: {exc}") from None


def apply_override(raw: dict[str, Any], item: str) -> None:
    """Apply ``a.b.c=value`` to a nested dict; value parsed as YAML (so 8, true, [1,2] work)."""
    if "=" not in item:
        raise ConfigError(f"override {item!r} must look like key.sub=value")
    key, value = item.split("=", 1)
    node = raw
    parts = key.strip().split(".")
    for part in parts[:-1]:
        node = node.setdefault(part, {})
        if not isinstance(node, dict):
            raise ConfigError(f"override {item!r}: {part} is not a section")

    if len(value) > LIMITS["yaml"]:
        raise ConfigError(
            f"--set {key.strip()}=...: the value is longer than fpgaml reads ({LIMITS['yaml']} bytes)"
        )
    node[parts[-1]] = load_yaml(value, f"--set {item!r}: the value")


def dump_config(cfg: FlowConfig) -> str:
    return yaml.safe_dump(cfg.model_dump(mode="json"), sort_keys=False)
