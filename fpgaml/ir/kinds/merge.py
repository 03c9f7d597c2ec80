"""Merging branches of the graph: ``Concatenate`` (along ``axis``; the binary points are aligned to the finest
one, exactly). Also the analytic latency of hls4ml's other merge layers (Add, Multiply, ...: one cycle)."""

from __future__ import annotations

from types import MappingProxyType
from typing import Any

import numpy as np

from fpgaml._keras import keras
from fpgaml.ir.bits import Bits
from fpgaml.ir.core import PTQ_KEEP, IntValue, Layer, LayerKind, register_kind
from fpgaml.ir.integer import align
from fpgaml.ir.parse import ParseContext


@register_kind
class MergeKind(LayerKind):
    name = "merge"
    keras_classes = ("Concatenate",)
    ptq = MappingProxyType(dict.fromkeys(keras_classes, PTQ_KEEP))
    hls_classes = ("Concatenate", "Merge", "Add", "Subtract", "Multiply", "Average", "Maximum", "Minimum")

    def parse(self, keras_layer: Any, ctx: ParseContext) -> Layer:
        axis = int(keras_layer.axis)  # Keras counts the batch axis
        return ctx.layer("merge", axis=axis - 1 if axis > 0 else axis)

    def evaluate(self, layer: Layer, inputs: list[IntValue]) -> IntValue:
        frac = max(f for _, f in inputs)
        axis = layer.attrs["axis"]
        return np.concatenate(
            [align(v, f, frac) for v, f in inputs], axis=axis + 1 if axis >= 0 else axis
        ), frac

    def bits(self, layer: Layer, inputs: list[Bits]) -> Bits:
        axis = layer.attrs["axis"]
        return Bits(
            np.concatenate([b.width for b in inputs], axis=axis),
            np.concatenate([b.signal for b in inputs], axis=axis),
        )

    def trace(self, layer: Layer, inputs: list[Any]) -> Any:
        from da4ml.trace import FixedVariableArray  # optional heavy dependency: imported on first use

        x = inputs[0]
        joined = np.concatenate([i._vars for i in inputs], axis=layer.attrs["axis"])
        return FixedVariableArray(joined, x.solver_options, hwconf=x.hwconf)

    def fold(self, layer: Layer, inputs: list[Any]) -> Any:

        axis = layer.attrs["axis"]
        return keras().layers.Concatenate(axis=axis + 1 if axis >= 0 else axis, name=layer.name)(inputs)

    def cycles(self, hls_class: str, attrs: dict[str, Any], clock_period_ns: float) -> tuple[int, str]:
        return (0, "") if hls_class == "Concatenate" else (1, "")
