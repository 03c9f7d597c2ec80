"""The ONNX folding primitives the layer kinds' ``fold`` methods use: a quantized activation as plain TensorFlow
ops (:class:`QuantSpec`, :class:`FoldedActivation`) and QKeras' recurrent cells repeated with such ops
(:func:`folded_cell_classes`). :mod:`fpgaml.gpu.fold` walks the IR with them (TensorFlow is imported on first
use through :mod:`fpgaml._keras`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from fpgaml._keras import keras, tf
from fpgaml.errors import UnsupportedModelError
from fpgaml.ir.core import OpaqueActivation, Quantizer
from fpgaml.ir.parse import quantizer_from_qkeras


@dataclass(frozen=True)
class QuantSpec:
    """A quantized activation in ONNX-able form: ``scale * clip(round(pre(x) * 2**frac), lo, hi) / 2**frac``.

    ``pre``: "identity", "tanh", "sigmoid", "hard_sigmoid", "smooth_sigmoid", or one of those prefixed with
    "2x-1:" (QKeras's tanh built from a sigmoid: ``2*sigmoid(x) - 1``). ``upper``: an extra saturation
    (``relu_upper_bound``), or None. ``rounding``/``overflow``: the IR quantizer's modes (QKeras: RND_CONV, SAT).
    """

    frac: int
    lo: int
    hi: int
    pre: str = "identity"
    scale: float = 1.0
    upper: float | None = None
    rounding: str = "RND_CONV"
    overflow: str = "SAT"

    @classmethod
    def from_quantizer(cls, q: Quantizer) -> QuantSpec:
        lo, hi = q.int_range
        return cls(q.type.frac, lo, hi, q.pre, q.scale, q.upper, q.rounding, q.overflow)

    def describe(self) -> str:
        pre = "x" if self.pre == "identity" else f"{self.pre}(x)"
        rnd = {"RND_CONV": "round_half_even", "RND": "round_half_up", "TRN": "floor"}[self.rounding]
        op = "wrap" if self.overflow == "WRAP" else "clip"
        return f"{op}({rnd}({pre}*2^{self.frac}), {self.lo}, {self.hi})/2^{self.frac}"


def quant_spec(quantizer: Any, where: str) -> QuantSpec:
    """The :class:`QuantSpec` of a QKeras activation quantizer; ``where`` names the layer for errors."""

    q = quantizer_from_qkeras(quantizer)
    if isinstance(q, OpaqueActivation):
        raise UnsupportedModelError(
            f"layer {where!r}: activation quantizer {quantizer} cannot be folded for ONNX: {q.reason}"
        )
    return QuantSpec.from_quantizer(q)


def apply_spec(spec: QuantSpec, x: Any) -> Any:
    """The folded activation as TensorFlow ops that tf2onnx maps one-to-one to ONNX ops."""

    t = tf()
    x = t.cast(x, x.dtype if x.dtype in (t.float32, t.float64) else t.float32)  # float64 in exact layers
    pre = spec.pre
    affine = pre.startswith("2x-1:")
    if affine:
        pre = pre[len("2x-1:") :]
    if pre == "tanh":
        p = t.math.tanh(x)
    elif pre == "sigmoid":
        p = t.math.sigmoid(x)
    elif pre == "hard_sigmoid":
        p = t.clip_by_value(0.5 * x + 0.5, 0.0, 1.0)
    elif pre == "smooth_sigmoid":
        p = t.clip_by_value(0.1875 * x + 0.5, 0.0, 1.0)
    else:
        p = x
    if affine:
        p = 2.0 * p - 1.0
    step = float(2.0**spec.frac)
    scaled = p * step
    if spec.rounding == "TRN":
        r = t.floor(scaled)
    elif spec.rounding == "RND":
        r = t.floor(scaled + 0.5)
    else:
        r = t.round(scaled)  # half to even, like QKeras and ONNX Round
    if spec.overflow == "WRAP":
        span = float(spec.hi - spec.lo + 1)
        r = t.math.floormod(r - float(spec.lo), span) + float(spec.lo)
    else:
        r = t.clip_by_value(r, float(spec.lo), float(spec.hi))
    q = r * (1.0 / step)
    if spec.scale != 1.0:
        q = q * spec.scale
    if spec.upper is not None:
        q = t.minimum(q, spec.upper)
    return q


class FoldedActivation:
    """A callable Keras accepts as ``activation=``; carries its :class:`QuantSpec` for reports."""

    def __init__(self, spec: QuantSpec) -> None:
        self.spec = spec
        self.__name__ = "folded_quantizer"

    def __call__(self, x: Any) -> Any:
        return apply_spec(self.spec, x)

    def __repr__(self) -> str:
        return f"FoldedActivation({self.spec.describe()})"


def folded_cell_classes() -> tuple[type, type]:
    """(FoldedGRUCell, FoldedLSTMCell): Keras RNN cells with constant quantized weights (built lazily)."""

    t = tf()
    k = keras()

    class _FoldedCell(k.layers.Layer):
        def __init__(
            self,
            units: int,
            weights: dict[str, np.ndarray],
            activation: Any,
            recurrent_activation: Any,
            state_spec: QuantSpec | None,
            implementation: int,
            use_bias: bool,
            **kw: Any,
        ) -> None:
            super().__init__(**kw)
            self.units = units
            self.kernel = t.constant(weights["kernel"])
            self.recurrent = t.constant(weights["recurrent_kernel"])
            self.bias = t.constant(weights["bias"]) if use_bias else None
            self.act = activation
            self.rec_act = recurrent_activation
            self.state_spec = state_spec
            self.implementation = implementation

        def _q(self, s: Any) -> Any:
            return apply_spec(self.state_spec, s) if self.state_spec is not None else s

    class FoldedGRUCell(_FoldedCell):
        def __init__(self, reset_after: bool, **kw: Any) -> None:
            super().__init__(**kw)
            self.reset_after = reset_after
            self.state_size = self.units
            self.output_size = self.units

        def call(self, inputs: Any, states: Any) -> Any:
            h_tm1 = self._q(states[0] if isinstance(states, (list, tuple)) else states)
            n, k, r = self.units, self.kernel, self.recurrent
            if self.bias is not None:
                in_b, rec_b = (self.bias[0], self.bias[1]) if self.reset_after else (self.bias, None)
            else:
                in_b = rec_b = None
            if self.implementation == 1:
                x_z = t.matmul(inputs, k[:, :n])
                x_r = t.matmul(inputs, k[:, n : 2 * n])
                x_h = t.matmul(inputs, k[:, 2 * n :])
                if in_b is not None:
                    x_z = t.nn.bias_add(x_z, in_b[:n])
                    x_r = t.nn.bias_add(x_r, in_b[n : 2 * n])
                    x_h = t.nn.bias_add(x_h, in_b[2 * n :])
                rec_z = t.matmul(h_tm1, r[:, :n])
                rec_r = t.matmul(h_tm1, r[:, n : 2 * n])
                if self.reset_after and rec_b is not None:
                    rec_z = t.nn.bias_add(rec_z, rec_b[:n])
                    rec_r = t.nn.bias_add(rec_r, rec_b[n : 2 * n])
                z = self.rec_act(x_z + rec_z)
                rr = self.rec_act(x_r + rec_r)
                if self.reset_after:
                    rec_h = t.matmul(h_tm1, r[:, 2 * n :])
                    if rec_b is not None:
                        rec_h = t.nn.bias_add(rec_h, rec_b[2 * n :])
                    rec_h = rr * rec_h
                else:
                    rec_h = t.matmul(rr * h_tm1, r[:, 2 * n :])
            else:
                mx = t.matmul(inputs, k)
                if in_b is not None:
                    mx = t.nn.bias_add(mx, in_b)
                x_z, x_r, x_h = t.split(mx, 3, axis=-1)
                if self.reset_after:
                    mi = t.matmul(h_tm1, r)
                    if rec_b is not None:
                        mi = t.nn.bias_add(mi, rec_b)
                else:
                    mi = t.matmul(h_tm1, r[:, : 2 * n])
                rec_z, rec_r, rec_h = t.split(mi, [n, n, -1], axis=-1)
                z = self.rec_act(x_z + rec_z)
                rr = self.rec_act(x_r + rec_r)
                rec_h = rr * rec_h if self.reset_after else t.matmul(rr * h_tm1, r[:, 2 * n :])
            hh = self.act(x_h + rec_h)
            h = z * h_tm1 + (1 - z) * hh
            return h, [h]

    class FoldedLSTMCell(_FoldedCell):
        def __init__(self, **kw: Any) -> None:
            super().__init__(**kw)
            self.state_size = [self.units, self.units]
            self.output_size = self.units

        def call(self, inputs: Any, states: Any) -> Any:
            h_tm1, c_tm1 = self._q(states[0]), self._q(states[1])
            n, k, r = self.units, self.kernel, self.recurrent
            if self.implementation == 1:
                xs = [t.matmul(inputs, kk) for kk in t.split(k, 4, axis=1)]
                if self.bias is not None:
                    xs = [t.nn.bias_add(x, b) for x, b in zip(xs, t.split(self.bias, 4, axis=0), strict=True)]
                x_i, x_f, x_c, x_o = xs
                i = self.rec_act(x_i + t.matmul(h_tm1, r[:, :n]))
                f = self.rec_act(x_f + t.matmul(h_tm1, r[:, n : 2 * n]))
                c = f * c_tm1 + i * self.act(x_c + t.matmul(h_tm1, r[:, 2 * n : 3 * n]))
                o = self.rec_act(x_o + t.matmul(h_tm1, r[:, 3 * n :]))
            else:
                zz = t.matmul(inputs, k)
                zz += t.matmul(h_tm1, r)
                if self.bias is not None:
                    zz = t.nn.bias_add(zz, self.bias)
                z0, z1, z2, z3 = t.split(zz, 4, axis=1)
                i, f, o = self.rec_act(z0), self.rec_act(z1), self.rec_act(z3)
                c = f * c_tm1 + i * self.act(z2)
            h = o * self.act(c)
            return h, [h, c]

    return FoldedGRUCell, FoldedLSTMCell
