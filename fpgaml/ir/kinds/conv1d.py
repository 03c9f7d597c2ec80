"""1D convolutions: ``QConv1D`` / ``Conv1D`` (channels last, 'valid' or 'same' padding, any stride). Every
output position is a dense product of the taps under the kernel (zero padding contributes nothing)."""

from __future__ import annotations

from types import MappingProxyType
from typing import Any

import numpy as np

from fpgaml._keras import keras
from fpgaml.ir.bits import Bits
from fpgaml.ir.core import IntValue, Layer, LayerKind, qkeras_weights, register_kind
from fpgaml.ir.cycles import dense_cycles
from fpgaml.ir.ops import affine_int, affine_trace, evaluate_activation, keras_activation, trace_activation
from fpgaml.ir.parse import ParseContext
from fpgaml.ir.trace_ops import stack


def windows(layer: Layer, length: int) -> list[list[int | None]]:
    """For each output position, the input positions under the kernel (None: zero padding)."""
    k, s = int(layer.attrs["kernel_size"]), int(layer.attrs["stride"])
    if layer.attrs["padding"] == "valid":
        n_out = (length - k) // s + 1
        pad_left = 0
    else:
        n_out = -(-length // s)
        pad_left = max((n_out - 1) * s + k - length, 0) // 2
    out = []
    for p in range(n_out):
        start = p * s - pad_left
        out.append([j if 0 <= j < length else None for j in range(start, start + k)])
    return out


@register_kind
class Conv1DKind(LayerKind):
    name = "conv1d"
    keras_classes = ("QConv1D", "Conv1D")
    # the hls4ml 2D convolutions share the rule (one dense product per output position)
    hls_classes = ("Conv1D", "QConv1D", "PointwiseConv1D", "Conv2D", "QConv2D", "PointwiseConv2D")
    weight_quantizers = qkeras_weights("kernel", "bias")
    prunable = True
    bit_costable = True
    ptq = MappingProxyType({"Conv1D": "QConv1D"})

    def parse(self, keras_layer: Any, ctx: ParseContext) -> Layer:
        return ctx.layer(
            "conv1d",
            weights=ctx.weights(),
            activation=ctx.activation(keras_layer.activation),
            filters=int(keras_layer.filters),
            kernel_size=int(keras_layer.kernel_size[0]),
            stride=int(keras_layer.strides[0]),
            padding=str(keras_layer.padding),
            dilation=int(keras_layer.dilation_rate[0]),
            groups=int(getattr(keras_layer, "groups", 1)),
            data_format=str(keras_layer.data_format),
        )

    def _check(self, layer: Layer) -> None:
        a = layer.attrs
        if a["dilation"] != 1 or a["groups"] != 1:
            raise self.not_yet(
                layer, "exact evaluation", f"dilation_rate={a['dilation']}, groups={a['groups']}"
            )
        if a["padding"] not in ("valid", "same") or a["data_format"] != "channels_last":
            raise self.not_yet(
                layer, "exact evaluation", f"padding={a['padding']!r}, data_format={a['data_format']!r}"
            )

    def _kernel(self, layer: Layer, taps: list[int]) -> tuple[np.ndarray, int, np.ndarray | None, int]:
        w = layer.weights["kernel"]
        ints = w.ints
        c_out = ints.shape[2]
        b = layer.weights.get("bias")
        return (
            ints[taps].reshape(len(taps) * ints.shape[1], c_out),
            int(w.frac),  # type: ignore[arg-type]
            None if b is None else b.ints,
            0 if b is None else int(b.frac),  # type: ignore[arg-type]
        )

    def evaluate(self, layer: Layer, inputs: list[IntValue]) -> IntValue:
        self._check(layer)
        v, frac = inputs[0]
        n, length, c_in = v.shape
        k = int(layer.attrs["kernel_size"])
        padded = np.concatenate([v, np.zeros((n, 1, c_in), np.int64)], axis=1)  # index `length` is zero
        idx = np.array([[length if j is None else j for j in win] for win in windows(layer, length)])
        patches = padded[:, idx, :].reshape(n, idx.shape[0], k * c_in)
        w, w_frac, b, b_frac = self._kernel(layer, list(range(k)))
        return evaluate_activation(layer, affine_int(layer.where, (patches, frac), w, w_frac, b, b_frac))

    def row_bits(self, layer: Layer, x: Bits) -> np.ndarray:
        """Row (kernel position p, feature f) multiplies the value at position ``start + p`` of every output
        position's window (zero padding: nothing), each distinct window once."""
        self._check(layer)
        k = int(layer.attrs["kernel_size"])
        out = np.zeros((k, x.shape[-1]))
        seen: set[tuple[tuple[int, ...], ...]] = set()
        for win in windows(layer, x.shape[0]):
            key = tuple(() if j is None else tuple(x.signal[j].tolist()) for j in win)
            if key in seen:
                continue
            seen.add(key)
            for p, j in enumerate(win):
                if j is not None:
                    out[p] += x.width[j]
        return out

    def trace(self, layer: Layer, inputs: list[Any]) -> Any:
        from da4ml.trace import FixedVariableArray  # optional heavy dependency: imported on first use

        self._check(layer)
        x = inputs[0]
        length = x.shape[0]
        outs = []
        for win in windows(layer, length):
            taps = [(kk, j) for kk, j in enumerate(win) if j is not None]
            vec = FixedVariableArray(
                np.concatenate([x._vars[j] for _, j in taps]), x.solver_options, hwconf=x.hwconf
            )
            w, w_frac, b, b_frac = self._kernel(layer, [kk for kk, _ in taps])
            outs.append(affine_trace(layer.where, vec, w, w_frac, b, b_frac))
        return trace_activation(layer, stack(outs, x))

    def fold(self, layer: Layer, inputs: list[Any]) -> Any:

        a = layer.attrs
        conv = keras().layers.Conv1D(
            a["filters"],
            a["kernel_size"],
            strides=a["stride"],
            padding=a["padding"],
            dilation_rate=a["dilation"],
            groups=a["groups"],
            data_format=a["data_format"],
            activation=keras_activation(layer),
            use_bias="bias" in layer.weights,
            name=layer.name,
        )
        y = conv(inputs[0])
        conv.set_weights([w.values.astype(np.float32) for w in layer.weights.values()])
        return y

    def cycles(self, hls_class: str, attrs: dict[str, Any], clock_period_ns: float) -> tuple[int, str]:

        rf = int(attrs.get("reuse_factor", 1) or 1)
        n = int(attrs["filt_width"]) * int(attrs["n_chan"])
        if "2D" in hls_class:
            n *= int(attrs["filt_height"])
        return dense_cycles(n, clock_period_ns, rf), ""


__all__ = ["Conv1DKind", "windows"]
