"""The network input (``InputLayer``; Sequential models have one too, though ``model.layers`` omits it)."""

from __future__ import annotations

from types import MappingProxyType
from typing import Any

from fpgaml.ir.core import PTQ_KEEP, IntValue, Layer, LayerKind, register_kind
from fpgaml.ir.parse import ParseContext


@register_kind
class InputKind(LayerKind):
    name = "input"
    keras_classes = ("InputLayer",)
    ptq = MappingProxyType(dict.fromkeys(keras_classes, PTQ_KEEP))
    hls_classes = ("Input", "InputLayer")

    def parse(self, keras_layer: Any, ctx: ParseContext) -> Layer:
        return ctx.layer("input")

    # The evaluators seed the input themselves (checked inputs on the input grid); as a layer it is the identity.
    def evaluate(self, layer: Layer, inputs: list[IntValue]) -> IntValue:
        return inputs[0]

    def trace(self, layer: Layer, inputs: list[Any]) -> Any:
        return inputs[0]

    def fold(self, layer: Layer, inputs: list[Any]) -> Any:
        return inputs[0]

    def cycles(self, hls_class: str, attrs: dict[str, Any], clock_period_ns: float) -> tuple[int, str]:
        return 0, ""
