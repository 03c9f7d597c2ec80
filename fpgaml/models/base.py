"""The model-family registry and the pieces every family shares (quantizers, layer factories)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Literal

import numpy as np

from fpgaml._keras import keras, qkeras
from fpgaml.errors import ConfigError
from fpgaml.ir import ends_in_softmax as ir_ends_in_softmax
from fpgaml.ir.core import KINDS, FixedType, quantizer_holder
from fpgaml.ir.kinds.scale import input_scale_layer
from fpgaml.registry import Registry

if TYPE_CHECKING:  # pragma: no cover
    from fpgaml.config import ModelConfig


@dataclass(frozen=True)
class BuildContext:
    """What a family's ``build`` receives."""

    input_shape: tuple[int, ...]
    n_classes: int
    cfg: ModelConfig
    quantized: bool
    resolved: dict[str, Any] | None = None
    #: the train split's standardisation when the firmware applies it (``data.standardize: firmware``):
    #: the network then takes the raw inputs and its first layer scales them (:mod:`fpgaml.ir.kinds.scale`)
    scaling: dict[str, Any] | None = None

    def inputs(self, name: str) -> tuple[Any, Any]:
        """(the Keras ``Input``, the tensor the network's layers read): the input itself, or the input
        scaling layer on it when the firmware standardises (the float reference scales in float)."""

        inp = keras().Input(shape=self.input_shape, name=name)
        if self.scaling is None:
            return inp, inp

        layer = input_scale_layer(
            self.scaling,
            self.cfg.input_precision,
            self.cfg.scaling.precision,
            self.cfg.scaling.scale_bits,
            pad_zero=len(self.input_shape) > 1,
            quantized=self.quantized,
        )
        return inp, layer(inp)

    @property
    def params(self) -> dict[str, Any]:
        """The family's defaults overlaid with ``model.params`` (set by :meth:`ModelFamily.build`)."""
        return self.resolved if self.resolved is not None else dict(self.cfg.params)


@dataclass(frozen=True)
class ModelFamily:
    """A kind of network fpgaml can train, convert and verify.

    ``exact``: whether hls4ml's C-simulation is expected to be bit-identical to the QKeras model (evaluated
    in float64, see :func:`fpgaml.modelio.float64_twin`); where it is not, ``inexact_reason`` is printed in
    the report. ``inexact_if(params)`` returns a reason for parameter choices that break exactness (e.g. float
    gates in GRU/LSTM), "" otherwise; :meth:`exactness` combines both. ``hls_config`` may adjust the hls4ml config dict in place
    (precisions hls4ml cannot infer). ``default_params`` document what ``model.params`` accepts.
    """

    name: str
    features: Literal["hlf", "constituents"]
    builder: Callable[[BuildContext], Any]
    description: str
    default_params: dict[str, Any] = field(default_factory=dict)
    exact: bool = True
    inexact_reason: str = ""
    hls_config: Callable[[dict[str, Any], Any, ModelConfig, dict[str, Any]], None] | None = None
    io_types: tuple[str, ...] = ("io_parallel",)
    inexact_if: Callable[[dict[str, Any]], str] | None = None
    #: whether ``model.layer_precision`` may set widths per layer (a family whose hls4ml types are derived
    #: from the model-wide widths, :attr:`hls_config`, says no)
    per_layer_precision: bool = True

    def build(self, ctx: BuildContext) -> Any:
        """The QKeras model (``ctx.quantized``) or the float reference; ``ctx.params`` holds the resolved
        parameters (:meth:`params`), so a builder never looks its family up. Every
        ``model.layer_precision`` entry must name a layer of the QKeras model that has such a quantizer."""

        if ctx.cfg.layer_precision and not self.per_layer_precision:
            raise ConfigError(
                f"model.layer_precision: the {self.name!r} family takes its hls4ml types from the model-wide "
                "weight_bits/act_bits; set those instead"
            )
        model = self.builder(replace(ctx, resolved=self.params(ctx.cfg)))
        if ctx.quantized and ctx.cfg.layer_precision:
            _check_layer_precision(model, ctx.cfg)
        return model

    def configure_hls(self, hls_cfg: dict[str, Any], model: Any, cfg: ModelConfig) -> None:
        """Apply the family's hls4ml precision hook (if any) to the config dict, in place."""
        if self.hls_config is not None:
            self.hls_config(hls_cfg, model, cfg, self.params(cfg))

    def exactness(self, cfg: ModelConfig) -> tuple[bool, str]:
        """(firmware expected bit-identical to QKeras, reason if not) for this model config."""
        if not self.exact:
            return False, self.inexact_reason
        reason = self.inexact_if(self.params(cfg)) if self.inexact_if else ""
        return (not reason), reason

    def params(self, cfg: ModelConfig) -> dict[str, Any]:
        """Family defaults overlaid with the user's ``model.params``; unknown keys are an error."""

        unknown = set(cfg.params) - set(self.default_params)
        if unknown:
            raise ConfigError(
                f"model.params: unknown key(s) {sorted(unknown)} for family {self.name!r}; "
                f"accepted: {sorted(self.default_params)}"
            )
        return {**self.default_params, **cfg.params}


FAMILIES: Registry[ModelFamily] = Registry("model family")


def _check_layer_precision(model: Any, cfg: ModelConfig) -> None:
    """Refuse ``model.layer_precision`` entries that name no layer, or set a width the layer does not have."""

    weighted = [la.name for la in model.layers if hasattr(la, "kernel_quantizer")]
    relus = [la.name for la in model.layers if type(la).__name__ == "QActivation"]
    for name, lp in cfg.layer_precision.items():
        sets_w = lp.weight_bits is not None or lp.weight_integer is not None
        sets_a = lp.act_bits is not None or lp.act_integer is not None
        if name not in weighted + relus:
            raise ConfigError(
                f"model.layer_precision.{name}: no such quantized layer; layers with weights: "
                f"{', '.join(weighted) or 'none'}; ReLUs: {', '.join(relus) or 'none'}"
            )
        if sets_w and name not in weighted:
            raise ConfigError(
                f"model.layer_precision.{name}: a ReLU has no weights; set act_bits/act_integer"
            )
        if sets_a and name not in relus:
            raise ConfigError(
                f"model.layer_precision.{name}: a layer with weights has no act_bits; name its ReLU "
                f"({', '.join(relus) or 'none'})"
            )


# ---- quantizers shared by all families ------------------------------------------------------------
def weight_quantizer(cfg: ModelConfig, layer: str | None = None) -> Any:
    """Signed weights/biases: ``weight_bits`` total, ``weight_integer`` integer bits, alpha=1 (no scale);
    ``model.layer_precision.<layer>`` overrides them for that layer."""

    bits, integer = cfg.weight_q(layer)
    return qkeras().quantized_bits(bits, integer, alpha=1)


def relu_quantizer(cfg: ModelConfig, layer: str | None = None) -> Any:
    """Unsigned ReLU outputs: ``act_bits`` / ``act_integer``, or the layer's ``layer_precision`` entry."""

    bits, integer = cfg.act_q(layer)
    return qkeras().quantized_relu(bits, integer)


def dense(ctx: BuildContext, units: int, name: str) -> Any:
    """A Dense layer: QDense with weight/bias quantizers, or plain Dense for the float reference."""

    if ctx.quantized:
        return qkeras().QDense(
            units,
            kernel_quantizer=weight_quantizer(ctx.cfg, name),
            bias_quantizer=weight_quantizer(ctx.cfg, name),
            name=name,
        )
    return keras().layers.Dense(units, name=name)


def relu(ctx: BuildContext, name: str) -> Any:

    if ctx.quantized:
        return qkeras().QActivation(relu_quantizer(ctx.cfg, name), name=name)
    return keras().layers.Activation("relu", name=name)


def conv1d(ctx: BuildContext, filters: int, kernel_size: int, name: str, strides: int = 1) -> Any:
    """A Conv1D layer ('valid' padding): QConv1D with weight/bias quantizers, or Conv1D for the float model."""

    if ctx.quantized:
        return qkeras().QConv1D(
            filters,
            kernel_size,
            strides=strides,
            kernel_quantizer=weight_quantizer(ctx.cfg, name),
            bias_quantizer=weight_quantizer(ctx.cfg, name),
            name=name,
        )
    return keras().layers.Conv1D(filters, kernel_size, strides=strides, name=name)


def ends_in_softmax(model: Any) -> bool:
    """Whether the network's last operation is a softmax (an Activation or Softmax layer, or a layer with
    ``activation='softmax'``, identity layers such as Dropout after it ignored): THE definition every stage
    uses (training loss, verify, RTL, profile). It is the layer IR's (:attr:`fpgaml.ir.ModelIR.ends_in_softmax`);
    a model the IR cannot read raises :class:`~fpgaml.errors.UnsupportedModelError` naming its layers."""

    return ir_ends_in_softmax(model)


def copy_weights(src: Any, dst: Any) -> None:
    """Copy the weights of ``src`` into ``dst`` layer by layer, matched by name (same architecture)."""
    for layer in dst.layers:
        if layer.weights:
            layer.set_weights(src.get_layer(layer.name).get_weights())


def snap_quantized_weights(model: Any) -> int:
    """Replace the float weights of every QKeras layer by their quantized values; returns how many changed.

    QKeras keeps float "shadow" weights and quantizes them in every forward pass; hls4ml is expected to
    apply the same quantizers when it writes the firmware weights, but hls4ml 1.3.0 does not in two
    cases: QDense on a multi-dimensional input (rewritten as a pointwise Conv1D, the quantizer is lost)
    and QGRU/QLSTM (kernel, recurrent kernel and biases). It then writes the float values and casts them
    to the weight type by truncation, with wrap-around (a weight of 1.0 in ``fixed<6,1>`` becomes -1).
    The QKeras quantizers are idempotent, so snapping leaves the QKeras outputs unchanged and makes what
    hls4ml writes exact. Call it on the model right before conversion. Which weights have which quantizer is
    what each layer's kind declares (:attr:`fpgaml.ir.LayerKind.weight_quantizers`), as for the IR.
    """

    changed = 0
    for layer in model.layers:
        holder = quantizer_holder(layer)
        kind = KINDS.of_keras_layer(layer)
        for var_name, q_name in (kind.weight_quantizers if kind is not None else {}).items():
            var = getattr(holder, var_name, None)
            quantizer = getattr(holder, q_name, None)
            if var is None or quantizer is None or not hasattr(var, "assign"):
                continue
            new = quantizer(var)
            if bool((new != var).numpy().any()):
                changed += 1
                var.assign(new)
    return changed


# ---- fixed matrices and their exact types (the constituent families' hls4ml hook) ----------------------------
#: an ap_fixed / ap_ufixed type: fpgaml's one fixed-point type (:class:`fpgaml.ir.FixedType`)
Fixed = FixedType


def fixed_matrix(matrix: np.ndarray, name: str) -> Any:
    """A bias-free, non-trainable Dense layer whose kernel is ``matrix`` (in x out), applied on the last axis."""

    k = keras()
    return k.layers.Dense(
        matrix.shape[1],
        use_bias=False,
        trainable=False,
        kernel_initializer=k.initializers.Constant(np.asarray(matrix, np.float32).tolist()),
        name=name,
    )


def union(*types: FixedType) -> FixedType:
    """The smallest type that holds every value of each of ``types`` exactly."""
    signed = any(t.signed for t in types)
    integer = max(t.integer + (1 if signed and not t.signed else 0) for t in types)
    frac = max(t.frac for t in types)
    return FixedType(signed, integer + frac, integer)
