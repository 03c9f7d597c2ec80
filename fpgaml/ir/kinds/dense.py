"""Dense layers: ``QDense``, and plain ``Dense`` (exact when its weights are fixed point, e.g. the GNN's 0/1
matrices). ``x @ W + b`` over the last axis (so also per particle on a (particles, features) input), then the
fused activation."""

from __future__ import annotations

from types import MappingProxyType
from typing import Any

import numpy as np

from fpgaml.ir.core import IntValue, Layer, LayerKind, qkeras_weights, register_kind
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

    def trace(self, layer: Layer, inputs: list[Any]) -> Any:
        w = layer.weights["kernel"]
        b, b_frac = _bias(layer)
        y = affine_trace(layer.where, inputs[0], w.ints, int(w.frac), b, b_frac)  # type: ignore[arg-type]
        return trace_activation(layer, y)

    def fold(self, layer: Layer, inputs: list[Any]) -> Any:
        from fpgaml._keras import keras

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
        from fpgaml.profile.analytic import dense_cycles

        return dense_cycles(attrs["n_in"], clock_period_ns, int(attrs.get("reuse_factor", 1) or 1)), ""
