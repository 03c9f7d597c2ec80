"""1D pooling: ``MaxPooling1D``, ``AveragePooling1D`` and ``GlobalAveragePooling1D`` (channels last, 'valid').
An average over a power-of-two number of values is exact: a sum and a shift of the binary point."""

from __future__ import annotations

from types import MappingProxyType
from typing import Any

import numpy as np

from fpgaml._keras import keras
from fpgaml.errors import UnsupportedModelError
from fpgaml.ir.bits import Bits, ceil_log2
from fpgaml.ir.core import PTQ_KEEP, IntValue, Layer, LayerKind, register_kind
from fpgaml.ir.parse import ParseContext
from fpgaml.ir.trace_ops import stack


def _windows(layer: Layer, length: int) -> list[int]:
    pool, stride = int(layer.attrs["pool"]), int(layer.attrs["stride"])
    return [p * stride for p in range((length - pool) // stride + 1)]


@register_kind
class PoolingKind(LayerKind):
    name = "pooling"
    keras_classes = ("MaxPooling1D", "AveragePooling1D", "GlobalAveragePooling1D")
    ptq = MappingProxyType(dict.fromkeys(keras_classes, PTQ_KEEP))
    hls_classes = (
        "Pooling1D", "Pooling2D", "GlobalPooling1D", "GlobalPooling2D", "MaxPooling1D", "AveragePooling1D",
        "GlobalAveragePooling1D",
    )  # fmt: skip

    def parse(self, keras_layer: Any, ctx: ParseContext) -> Layer:
        cls = ctx.keras_class
        data_format = str(keras_layer.data_format)
        if cls == "GlobalAveragePooling1D":
            length = ctx.input_shapes[0][0] if ctx.input_shapes and ctx.input_shapes[0] else None
            return ctx.layer(
                "pooling",
                op="average",
                pool=length,
                stride=length,
                padding="valid",
                data_format=data_format,
                is_global=True,
                keepdims=bool(getattr(keras_layer, "keepdims", False)),
            )
        return ctx.layer(
            "pooling",
            op="max" if cls == "MaxPooling1D" else "average",
            pool=int(keras_layer.pool_size[0]),
            stride=int(keras_layer.strides[0]),
            padding=str(keras_layer.padding),
            data_format=data_format,
            is_global=False,
        )

    def _check(self, layer: Layer) -> None:
        a = layer.attrs
        if a["padding"] != "valid" or a["data_format"] != "channels_last":
            raise self.not_yet(
                layer, "exact evaluation", f"padding={a['padding']!r}, data_format={a['data_format']!r}"
            )
        pool = a["pool"]
        if a["op"] == "average" and (pool is None or pool & (pool - 1)):
            raise UnsupportedModelError(
                f"{layer.where}: an average over {pool} values is not a power of two, so it has no exact "
                "fixed-point form (the firmware multiplies by a rounded 1/n); use a power-of-two pool"
            )

    def evaluate(self, layer: Layer, inputs: list[IntValue]) -> IntValue:
        self._check(layer)
        v, frac = inputs[0]
        pool = int(layer.attrs["pool"])
        if layer.attrs["is_global"]:
            return v.sum(axis=1, keepdims=layer.attrs["keepdims"]), frac + int(np.log2(pool))
        parts = [v[:, s : s + pool] for s in _windows(layer, v.shape[1])]
        if layer.attrs["op"] == "max":
            return np.stack([p.max(axis=1) for p in parts], axis=1), frac
        return np.stack([p.sum(axis=1) for p in parts], axis=1), frac + int(np.log2(pool))

    def bits(self, layer: Layer, inputs: list[Bits]) -> Bits | None:
        """A maximum is as wide as its widest input; an average over ``pool`` values is their sum (wider by
        ``ceil(log2(pool))``) with the binary point moved."""

        self._check(layer)
        w = inputs[0].width
        pool = int(layer.attrs["pool"])
        grow = 0 if layer.attrs["op"] == "max" else ceil_log2(pool)
        if layer.attrs["is_global"]:
            out = w.max(axis=0, keepdims=layer.attrs["keepdims"])
        else:
            out = np.stack([w[s : s + pool].max(axis=0) for s in _windows(layer, w.shape[0])], axis=0)
        return Bits.fresh(out + grow)

    def trace(self, layer: Layer, inputs: list[Any]) -> Any:

        self._check(layer)
        x = inputs[0]
        pool = int(layer.attrs["pool"])

        def reduce(s: int) -> Any:
            acc = x[s]
            for t in range(1, pool):
                acc = np.maximum(acc, x[s + t]) if layer.attrs["op"] == "max" else acc + x[s + t]
            return acc if layer.attrs["op"] == "max" else acc * (1.0 / pool)

        if layer.attrs["is_global"]:
            out = reduce(0)
            return out.reshape((1, *out.shape)) if layer.attrs["keepdims"] else out
        return stack([reduce(s) for s in _windows(layer, x.shape[0])], x)

    def fold(self, layer: Layer, inputs: list[Any]) -> Any:

        k, a = keras(), layer.attrs
        if a["is_global"]:
            pool = k.layers.GlobalAveragePooling1D(
                data_format=a["data_format"], keepdims=a["keepdims"], name=layer.name
            )
        else:
            cls = k.layers.MaxPooling1D if a["op"] == "max" else k.layers.AveragePooling1D
            pool = cls(
                a["pool"],
                strides=a["stride"],
                padding=a["padding"],
                data_format=a["data_format"],
                name=layer.name,
            )
        return pool(inputs[0])

    def cycles(self, hls_class: str, attrs: dict[str, Any], clock_period_ns: float) -> tuple[int, str]:
        return 1, ""
