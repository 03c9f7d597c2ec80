"""Dense layers: ``QDense``, and plain ``Dense`` (exact when its weights are fixed point, e.g. the GNN's 0/1
matrices). ``x @ W + b`` over the last axis (so also per particle on a (particles, features) input), then the
fused activation."""

from __future__ import annotations

from types import MappingProxyType
from typing import Any

import numpy as np

from fpgaml._keras import keras
from fpgaml.ir.bits import Bits, sum_width
from fpgaml.ir.core import IntValue, Layer, LayerKind, qkeras_weights, register_kind
from fpgaml.ir.cycles import dense_cycles
from fpgaml.ir.ops import affine_int, affine_trace, evaluate_activation, keras_activation, trace_activation
from fpgaml.ir.parse import ParseContext


def _bias(layer: Layer) -> tuple[np.ndarray | None, int]:
    b = layer.weights.get("bias")
    return (None, 0) if b is None else (b.ints, int(b.frac))  # type: ignore[arg-type]


@register_kind
class DenseKind(LayerKind):
    name = "dense"
    keras_classes = ("QDense", "Dense")
    hls_classes = ("Dense", "QDense")
    weight_quantizers = qkeras_weights("kernel", "bias")
    prunable = True
    bit_costable = True
    ptq = MappingProxyType({"Dense": "QDense"})

    def parse(self, keras_layer: Any, ctx: ParseContext) -> Layer:
        return ctx.layer(
            "dense",
            weights=ctx.weights(),
            activation=ctx.activation(keras_layer.activation),
            units=int(keras_layer.units),
        )

    def evaluate(self, layer: Layer, inputs: list[IntValue]) -> IntValue:
        w = layer.weights["kernel"]
        b, b_frac = _bias(layer)
        acc = affine_int(layer.where, inputs[0], w.ints, int(w.frac), b, b_frac)  # type: ignore[arg-type]
        return evaluate_activation(layer, acc)

    def bits(self, layer: Layer, inputs: list[Bits]) -> Bits | None:
        """A fused quantizer's width; else, for fixed-point weights (the GNN's fixed matrices), the bits that
        hold each sum: a column with one weight of 1 copies its input (same signal), others are new values."""
        own = super().bits(layer, inputs)
        w = layer.weights["kernel"]
        if (
            own is not None
            or w.frac is None
            or layer.activation not in (None, "relu")
            or "bias" in layer.weights
        ):
            return own
        x = inputs[0]
        ints = w.ints
        width = sum_width(x.width, ints)
        # columns that copy one input: a single weight of exactly 1
        copies = (np.count_nonzero(ints, axis=0) == 1) & (np.abs(ints).sum(axis=0) == 2**w.frac)
        out = Bits.fresh(width)
        if copies.any():
            src = np.argmax(ints != 0, axis=0)[copies]
            width[..., copies] = x.width[..., src]
            signal = out.signal.copy()
            if layer.activation is None:  # the value itself (a ReLU of it is a new one)
                signal[..., copies] = x.signal[..., src]
            out = Bits(width, signal)
        return out

    def trace(self, layer: Layer, inputs: list[Any]) -> Any:
        w = layer.weights["kernel"]
        b, b_frac = _bias(layer)
        y = affine_trace(layer.where, inputs[0], w.ints, int(w.frac), b, b_frac)  # type: ignore[arg-type]
        return trace_activation(layer, y)

    def fold(self, layer: Layer, inputs: list[Any]) -> Any:

        dense = keras().layers.Dense(
            int(layer.attrs["units"]),
            activation=keras_activation(layer),
            use_bias="bias" in layer.weights,
            name=layer.name,
        )
        y = dense(inputs[0])
        dense.set_weights([w.values.astype(np.float32) for w in layer.weights.values()])
        return y

    def cycles(self, hls_class: str, attrs: dict[str, Any], clock_period_ns: float) -> tuple[int, str]:

        return dense_cycles(attrs["n_in"], clock_period_ns, int(attrs.get("reuse_factor", 1) or 1)), ""
