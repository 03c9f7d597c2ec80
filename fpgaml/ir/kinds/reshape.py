"""Wiring: ``Flatten``, ``Reshape`` (per-sample target shape) and ``Permute`` (``perm``: per-sample axes,
0-based). No arithmetic: values and binary point pass through."""

from __future__ import annotations

from types import MappingProxyType
from typing import Any

import numpy as np

from fpgaml._keras import keras
from fpgaml.ir.bits import Bits
from fpgaml.ir.core import PTQ_KEEP, IntValue, Layer, LayerKind, register_kind
from fpgaml.ir.parse import ParseContext


@register_kind
class ReshapeKind(LayerKind):
    name = "reshape"
    keras_classes = ("Flatten", "Reshape", "Permute")
    ptq = MappingProxyType(dict.fromkeys(keras_classes, PTQ_KEEP))
    hls_classes = ("Reshape", "Flatten", "Transpose")

    def parse(self, keras_layer: Any, ctx: ParseContext) -> Layer:
        if ctx.keras_class == "Permute":
            return ctx.layer("reshape", perm=tuple(int(d) - 1 for d in keras_layer.dims))
        attrs: dict[str, Any] = {"shape": tuple(ctx.output_shape)}
        if ctx.keras_class == "Flatten":
            attrs["data_format"] = str(keras_layer.data_format)
            attrs["in_rank"] = len(ctx.input_shapes[0]) if ctx.input_shapes else 1
        return ctx.layer("reshape", **attrs)

    def _check(self, layer: Layer) -> None:
        a = layer.attrs
        if a.get("data_format", "channels_last") != "channels_last" and a.get("in_rank", 1) > 1:
            raise self.not_yet(layer, "exact evaluation", "Flatten with data_format='channels_first'")

    def evaluate(self, layer: Layer, inputs: list[IntValue]) -> IntValue:
        self._check(layer)
        v, frac = inputs[0]
        if "perm" in layer.attrs:
            return v.transpose((0, *(p + 1 for p in layer.attrs["perm"]))), frac
        return v.reshape((v.shape[0], *layer.attrs["shape"])), frac

    def bits(self, layer: Layer, inputs: list[Bits]) -> Bits:
        return inputs[0].moved(lambda a: self.evaluate(layer, [(a[None].astype(np.int64), 0)])[0][0])

    def trace(self, layer: Layer, inputs: list[Any]) -> Any:
        self._check(layer)
        x = inputs[0]
        if "perm" in layer.attrs:
            return x.transpose(layer.attrs["perm"])
        return x.reshape(layer.attrs["shape"])

    def fold(self, layer: Layer, inputs: list[Any]) -> Any:

        k = keras()
        if layer.keras_class == "Permute":
            return k.layers.Permute(tuple(p + 1 for p in layer.attrs["perm"]), name=layer.name)(inputs[0])
        if layer.keras_class == "Flatten":
            return k.layers.Flatten(data_format=layer.attrs["data_format"], name=layer.name)(inputs[0])
        return k.layers.Reshape(layer.attrs["shape"], name=layer.name)(inputs[0])

    def cycles(self, hls_class: str, attrs: dict[str, Any], clock_period_ns: float) -> tuple[int, str]:
        return 0, ""
