"""Activation layers: ``QActivation`` (quantized_relu / quantized_bits / ... / linear), ``Activation`` (linear:
the identity; ``relu``: exactly ``max(0, x)``, no rounding; ``softmax`` and other float functions: parsed, no
exact form) and ``Softmax``. The layer's operation is its ``activation``."""

from __future__ import annotations

import math
from types import MappingProxyType
from typing import Any

from fpgaml._keras import keras
from fpgaml.ir.bits import Bits
from fpgaml.ir.core import PTQ_ACTIVATION, IntValue, Layer, LayerKind, register_kind
from fpgaml.ir.cycles import adder_levels
from fpgaml.ir.ops import evaluate_activation, keras_activation, trace_activation
from fpgaml.ir.parse import ParseContext


@register_kind
class ActivationKind(LayerKind):
    name = "activation"
    keras_classes = ("QActivation", "Activation", "Softmax")
    # PTQ quantizes a relu Activation; QActivation is quantized already, a Softmax layer is refused
    ptq = MappingProxyType({"Activation": PTQ_ACTIVATION})
    hls_classes = (
        "Activation", "ParametrizedActivation", "ReLU", "LeakyReLU", "PReLU", "ELU", "ThresholdedReLU",
        "HardActivation", "Quant", "Softmax",
    )  # fmt: skip

    def parse(self, keras_layer: Any, ctx: ParseContext) -> Layer | None:
        cls = ctx.keras_class
        if cls == "Softmax":
            return ctx.layer("activation", activation="softmax", axis=int(keras_layer.axis))
        source = keras_layer.quantizer if cls == "QActivation" else keras_layer.activation
        act = ctx.activation(source)
        return None if act is None else ctx.layer("activation", activation=act)

    def evaluate(self, layer: Layer, inputs: list[IntValue]) -> IntValue:
        return evaluate_activation(layer, inputs[0])

    def bits(self, layer: Layer, inputs: list[Bits]) -> Bits | None:
        if layer.activation == "relu":  # max(0, x): no wider than x
            return inputs[0].derived(inputs[0].width)
        return super().bits(layer, inputs)

    def trace(self, layer: Layer, inputs: list[Any]) -> Any:
        return trace_activation(layer, inputs[0])

    def fold(self, layer: Layer, inputs: list[Any]) -> Any:

        k = keras()
        if layer.keras_class == "Softmax":
            return k.layers.Softmax(axis=layer.attrs.get("axis", -1), name=layer.name)(inputs[0])
        return k.layers.Activation(keras_activation(layer), name=layer.name)(inputs[0])

    def cycles(self, hls_class: str, attrs: dict[str, Any], clock_period_ns: float) -> tuple[int, str]:
        if hls_class == "Softmax":  # exp table, sum, inverse table, multiply
            n = max(int(attrs.get("n_in", 2)), 2)
            return 3 + math.ceil(math.ceil(math.log2(n)) / adder_levels(clock_period_ns)), ""
        return 1, ""
