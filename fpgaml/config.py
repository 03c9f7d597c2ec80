"""The typed config of a whole flow: one section per stage, loaded from YAML and validated.

Every section is a pydantic model with ``extra="forbid"``: a misspelt key is an error that names it.
Defaults reproduce the benchmark dense jet tagger (16 -> 64 -> 32 -> 32 -> 5, 6-bit QKeras).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from fpgaml.errors import ConfigError
from fpgaml.gpu.config import GpuConfig
from fpgaml.profile.config import ProfileConfig
from fpgaml.rtl.config import RtlConfig

_FIXED = re.compile(r"^\s*(u?fixed)<\s*(\d+)\s*,\s*(-?\d+)\s*>\s*$")


def parse_fixed(text: str) -> tuple[bool, int, int]:
    """(signed, total bits, integer bits incl. sign) of an ``ap_fixed`` type written ``fixed<W,I>``."""
    m = _FIXED.match(text)
    if not m:
        raise ConfigError(f"{text!r} is not an ap_fixed type such as 'fixed<16,6>' or 'ufixed<8,3>'")
    return m.group(1) == "fixed", int(m.group(2)), int(m.group(3))


class Section(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class DataConfig(Section):
    """Which jets to train and test on (see ``fpgaml.data.load_jets``)."""

    source: str = Field("sample", description="'sample' (shipped jets) or an npz/CSV/ARFF/HDF5 path")
    features: Literal["hlf", "constituents"] | None = Field(
        None, description="feature set; default: what the model family needs"
    )
    n_jets: int | None = Field(None, gt=0, description="cap on the number of jets (class-balanced subset)")
    n_constituents: int = Field(32, ge=1, le=150)
    split: tuple[float, float, float] = (0.6, 0.2, 0.2)

    @field_validator("split")
    @classmethod
    def _split_sums_to_one(cls, v: tuple[float, float, float]) -> tuple[float, float, float]:
        if any(f <= 0 for f in v) or abs(sum(v) - 1.0) > 1e-6:
            raise ValueError("train/validation/test fractions must be positive and sum to 1")
        return v


class ModelConfig(Section):
    """The network: a family from the registry, its parameters, and the quantization."""

    family: str = Field("dense", description="model family; `fpgaml families` lists them")
    params: dict[str, Any] = Field(default_factory=dict, description="family-specific parameters")
    weight_bits: int = Field(6, ge=2, le=32)
    weight_integer: int = Field(0, ge=0, le=16, description="integer bits of weights/biases (sign excluded)")
    act_bits: int = Field(6, ge=2, le=32, description="bits of the quantized ReLU outputs")
    act_integer: int = Field(0, ge=0, le=16)
    input_precision: str = Field("fixed<16,6>", description="ap_fixed type of the firmware input")

    @field_validator("family")
    @classmethod
    def _family_known(cls, v: str) -> str:
        from fpgaml.models import FAMILIES

        if v not in FAMILIES:
            raise ValueError(f"unknown model family {v!r}; available: {', '.join(FAMILIES.names())}")
        return v

    @field_validator("input_precision")
    @classmethod
    def _valid_fixed(cls, v: str) -> str:
        m = _FIXED.match(v)
        if not m or int(m.group(2)) < 1:
            raise ValueError("expected an ap_fixed type such as 'fixed<16,6>' or 'ufixed<8,3>'")
        return f"{m.group(1)}<{int(m.group(2))},{int(m.group(3))}>"

    @property
    def input_fixed(self) -> tuple[bool, int, int]:
        """(signed, total bits, integer bits incl. sign) of the input type."""
        return parse_fixed(self.input_precision)


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


class TrainConfig(Section):
    epochs: int = Field(30, ge=1)
    batch_size: int = Field(512, ge=1)
    learning_rate: float = Field(3e-3, gt=0)
    patience: int = Field(6, ge=1, description="early stopping on the validation loss")
    float_reference: bool = Field(True, description="also train the float model of the same architecture")
    pretrained: str | None = Field(
        None, description="path to a user's QKeras model (.h5/.keras) to use instead of training one"
    )
    trust_model_code: bool = Field(
        False, description="allow Lambda/custom layers in a pretrained model file (executes its code)"
    )
    init_from_float: bool = Field(
        False,
        description="start QAT from the trained float reference's weights (needs float_reference: true)",
    )
    pruning: PruningConfig | None = Field(None, description="prune the QKeras model while it trains")

    @model_validator(mode="after")
    def _consistent(self) -> TrainConfig:
        if self.init_from_float and not self.float_reference:
            raise ValueError("init_from_float needs float_reference: true (the float model is trained first)")
        if self.pretrained and (self.init_from_float or self.pruning is not None):
            raise ValueError("init_from_float and pruning shape training; a pretrained model is not trained")
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

    backend: Literal["Vitis", "Vivado"] = "Vitis"
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


class CsimConfig(Section):
    max_jets: int | None = Field(None, gt=0, description="C-simulate at most this many test jets")
    compile_flags: str = Field("-O2", description="g++ optimisation flags for the C-simulation library")


class VerifyConfig(Section):
    """Thresholds; a failed threshold makes `fpgaml verify` exit non-zero."""

    min_exact_fraction: float = Field(0.999, ge=0, le=1, description="C-sim outputs bit-identical to QKeras")
    max_lsb_error: int | None = Field(
        None, ge=0, description="largest allowed C-sim vs QKeras difference in output LSBs (None: no limit)"
    )
    max_accuracy_drop_pp: float = Field(1.0, ge=0, description="C-sim accuracy below the float reference, pp")
    require_exact_vs_fixed_point: bool = Field(
        True, description="C-sim must equal fpgaml's integer reference on every output (where one exists)"
    )


class PathsConfig(Section):
    runs: str = "runs"
    hls_projects: str = "hls_projects"


class FlowConfig(Section):
    """The whole flow. ``name`` names the run directory and the HLS project."""

    name: str = Field("dense_tagger", pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
    seed: int = 42
    data: DataConfig = Field(default_factory=DataConfig)
    model: ModelConfig = Field(default_factory=ModelConfig)
    train: TrainConfig = Field(default_factory=TrainConfig)
    convert: ConvertConfig = Field(default_factory=ConvertConfig)
    csim: CsimConfig = Field(default_factory=CsimConfig)
    verify: VerifyConfig = Field(default_factory=VerifyConfig)
    rtl: RtlConfig = Field(default_factory=RtlConfig)
    profile: ProfileConfig = Field(default_factory=ProfileConfig)
    gpu: GpuConfig = Field(default_factory=GpuConfig)
    paths: PathsConfig = Field(default_factory=PathsConfig)

    # ---- where artifacts live -------------------------------------------------------------------
    @property
    def run_dir(self) -> Path:
        return Path(self.paths.runs) / self.name

    def stage_dir(self, stage: str) -> Path:
        """Where the artifact of ``stage`` lives (the stage's declaration decides; see fpgaml.stage)."""
        from fpgaml.stage import stage_dir

        return stage_dir(stage, self)

    @property
    def features(self) -> str:
        from fpgaml.models import FAMILIES

        return self.data.features or FAMILIES.get(self.model.family).features


def _format_validation_error(exc: ValidationError, origin: str) -> str:
    lines = []
    for err in exc.errors():
        key = ".".join(str(p) for p in err["loc"]) or "(top level)"
        msg = err["msg"]
        if err["type"] == "extra_forbidden":
            msg = "unknown key (misspelt?)"
        lines.append(f"  {key}: {msg}")
    return f"invalid config {origin}:\n" + "\n".join(lines)


def from_dict(raw: dict[str, Any], origin: str = "(dict)") -> FlowConfig:
    try:
        return FlowConfig.model_validate(raw)
    except ValidationError as exc:
        raise ConfigError(_format_validation_error(exc, origin)) from None


def load_config(path: str | Path, overrides: list[str] | None = None) -> FlowConfig:
    """Load and validate a YAML config. ``overrides`` are ``key.sub=value`` strings (YAML values)."""
    path = Path(path)
    if not path.is_file():
        raise ConfigError(f"config file {path} does not exist")
    try:
        raw = yaml.safe_load(path.read_text()) or {}
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path} is not valid YAML: {exc}") from None
    if not isinstance(raw, dict):
        raise ConfigError(f"{path}: the top level must be a mapping of sections (name, data, model, ...)")
    for item in overrides or []:
        apply_override(raw, item)
    return from_dict(raw, str(path))


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
    node[parts[-1]] = yaml.safe_load(value)


def dump_config(cfg: FlowConfig) -> str:
    return yaml.safe_dump(cfg.model_dump(mode="json"), sort_keys=False)
