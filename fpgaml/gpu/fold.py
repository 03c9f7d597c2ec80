"""Fold a QKeras model into a plain tf_keras model that computes the same numbers with ONNX-able ops.

The model is read once into fpgaml's layer IR (:func:`fpgaml.ir.parse`); :func:`fold_ir` rebuilds it from the
IR records, each layer by its kind's ``fold`` (``LayerKind.fold``): quantized layers become their Keras parents
(``QDense`` -> ``Dense``, ``QConv1D`` -> ``Conv1D``, ``QLSTM`` -> an RNN over :func:`folded_cell_classes`, ...)
holding the *quantized* weights the IR read (``quantizer(kernel)``, exactly what QKeras multiplies with), and
every quantized activation becomes arithmetic ONNX has: ``Mul``, ``Round``, ``Clip`` (and ``Tanh``/``Sigmoid``
where the quantizer applies one first). For example ``quantized_relu(b, i)`` with ``f = b - i`` fractional
bits is::

    clip(round_half_even(x * 2**f), 0, 2**b - 1) / 2**f

The folded model has the same layer names, input and output; nested models are flattened and layers that are
the identity at inference (Dropout, linear activations) are left out.

Rounding: QKeras rounds with ``tf.round`` (half to even); ``tf.round`` exports as ONNX ``Round``, which the
ONNX specification also defines as half to even ("for the case of halves, the rule is to round them to the
nearest even integer"), and ONNX Runtime implements it so (tested in ``tests/test_gpu.py``). Scaling by a
power of two is exact in float32, so a folded activation equals the QKeras one bit for bit on the same input.

Exact arithmetic: float32 holds integers up to 2^24 exactly. A layer whose arithmetic can need more — the
firmware's input scaling on a 26-bit raw type (``(x - offset) * scale`` needs ~39 bits: in float32 it gave
-1175.5 LSB where the exact value is -1175.49997 on 2 of 20,000 jets of the shipped tagger), a matrix product
whose worst-case sum exceeds 2^24 times its LSB, or a layer reading an unquantized wide result — is folded in
float64 (:func:`float64_layers` decides from the quantized weights and the types, not from data): every such
product and sum is then an exact integer multiple of its LSB (< 2^53), and the result is cast back to float32
only after it was rounded onto a grid float32 holds. So the folded model, and the ONNX graph of it, compute
the firmware's fixed-point arithmetic exactly (``fpgaml gpu export`` checks it against the C-simulation).

A layer class without a kind, a custom layer, or a quantizer fpgaml cannot represent raises
:class:`~fpgaml.errors.UnsupportedModelError` naming the layer.
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from fpgaml.errors import UnsupportedModelError

if TYPE_CHECKING:  # pragma: no cover
    from fpgaml.ir import ModelIR, Quantizer


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
    from fpgaml.ir import OpaqueActivation
    from fpgaml.ir.parse import quantizer_from_qkeras

    q = quantizer_from_qkeras(quantizer)
    if isinstance(q, OpaqueActivation):
        raise UnsupportedModelError(
            f"layer {where!r}: activation quantizer {quantizer} cannot be folded for ONNX: {q.reason}"
        )
    return QuantSpec.from_quantizer(q)


def apply_spec(spec: QuantSpec, x: Any) -> Any:
    """The folded activation as TensorFlow ops that tf2onnx maps one-to-one to ONNX ops."""
    from fpgaml._keras import tf

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


#: float32 holds every integer up to this exactly
FLOAT32_EXACT = 2**24


def _signed_bits(lo: int, hi: int) -> int:
    return max(int(-lo - 1).bit_length() if lo < 0 else 0, int(hi).bit_length()) + 1


_WIDE = (-1, -1)  # a bound: known to need more than float32 holds


def float64_layers(ir: ModelIR) -> set[str]:
    """The layers of ``ir`` to compute in float64 because float32 may not hold their arithmetic exactly.

    A forward pass over the layers keeps, per layer output, a bound ``(max |integer|, fraction bits)`` when
    the output is known to lie on a grid float32 holds, ``_WIDE`` when it is known not to, None when nothing
    is known (no input type given). Bounds come from the input type, a quantizer's type, or a kernel layer's
    worst-case sum ``max|x| * max_j sum_i |w_ij| + max|b|`` of its quantized weights. In float64: a layer
    holding constants other than a kernel and bias (the input scaling's offset and scale: elementwise), a
    matrix product whose worst case exceeds 2^24 LSB, and a layer reading a ``_WIDE`` value. Convolutions
    and layers with other weights (recurrent cells) stay float32 (ONNX Runtime has no float64 Conv; the
    folded cells hold float32 constants): where their worst case may exceed 2^24 LSB the comparison with the
    C-simulation is what shows whether it mattered.
    """
    from fpgaml.ir import Quantizer

    bounds: dict[str, tuple[int, int] | None] = {}
    t = ir.input_type
    if t is None:
        bounds[ir.input_name] = None
    else:
        lo, hi = t.int_range
        bounds[ir.input_name] = (max(-lo, hi), t.frac) if t.width <= 24 else _WIDE
    wide: set[str] = set()
    for layer in ir.layers[1:]:
        ins = [bounds.get(n) for n in layer.inputs]
        kernel, bias = layer.weights.get("kernel"), layer.weights.get("bias")
        conv = kernel is not None and len(kernel.shape) > 2
        others = [n for n in layer.weights if n not in ("kernel", "bias")]
        if others or (layer.weights and (kernel is None or kernel.frac is None)):
            # weights fpgaml has no bound for (a recurrent cell's, float ones): float32, as its fold builds
            # it; the comparison with the C-simulation says what that costs
            bounds[layer.name] = None
            continue
        out: tuple[int, int] | None = None
        if any(k in layer.attrs for k in ("offset", "scale")):
            need = True
        elif any(b == _WIDE for b in ins):
            need = not conv
            out = _WIDE
        elif any(b is None for b in ins):
            need, out = False, None
        else:
            frac = max(f for _, f in ins)  # type: ignore[misc]
            mag = sum(m << (frac - f) for m, f in ins)  # type: ignore[misc]
            mag *= int(layer.attrs.get("pool", 1) or 1)  # an average pool sums before it scales
            if kernel is not None:
                w = np.abs(kernel.ints).reshape(-1, kernel.shape[-1]).sum(axis=0)
                frac += int(kernel.frac)  # type: ignore[arg-type]
                mag = mag * int(w.max(initial=0))
                if bias is not None:
                    if bias.frac is None or bias.frac > frac:
                        mag = FLOAT32_EXACT + 1
                    else:
                        mag += int(np.abs(bias.ints).max(initial=0)) << (frac - int(bias.frac))
            need = mag > FLOAT32_EXACT and not conv
            out = (mag, frac) if mag <= FLOAT32_EXACT else _WIDE
        if need:
            wide.add(layer.name)
        q = layer.activation
        if isinstance(q, Quantizer):
            lo, hi = q.int_range
            if not q.exact:  # a table-like function (tanh, sigmoid) or a float scale: no grid to bound
                out = None
            else:
                out = (max(-lo, hi), q.type.frac) if _signed_bits(lo, hi) <= 24 else _WIDE
        elif q not in (None, "relu"):
            out = None  # softmax, an opaque function: no grid
        bounds[layer.name] = out
    return wide


@contextlib.contextmanager
def _floatx(dtype: str) -> Iterator[None]:
    """Keras layers created inside compute in ``dtype`` (their inputs are cast to it on the way in)."""
    from fpgaml._keras import keras

    backend = keras().backend
    before = backend.floatx()
    backend.set_floatx(dtype)
    try:
        yield
    finally:
        backend.set_floatx(before)


def fold_ir(ir: ModelIR, *, exact: bool = True) -> Any:
    """The tf_keras model of ``ir``: one Keras layer (or a few ops) per IR layer, by its kind's ``fold``.

    ``exact``: the layers of :func:`float64_layers` compute in float64 (the input and output stay float32).
    """
    from fpgaml._keras import keras
    from fpgaml.ir import kind_of

    k = keras()
    wide = float64_layers(ir) if exact else set()
    inp = k.Input(shape=ir.input_shape, name=ir.input_name, dtype="float32")
    tensors = {ir.input_name: inp}
    for layer in ir.layers[1:]:
        with _floatx("float64" if layer.name in wide else "float32"):
            tensors[layer.name] = kind_of(layer).fold(layer, [tensors[n] for n in layer.inputs])
    out = tensors[ir.output]
    if out.dtype != "float32":
        out = k.layers.Activation("linear", dtype="float32", name=f"{ir.output}_float32")(out)
    return k.Model(inp, out, name=ir.name)


def fold_quantized(model: Any, input_type: Any = None, *, exact: bool = True) -> Any:
    """A plain tf_keras model computing what the QKeras ``model`` computes, with the quantizers folded.

    Works on Functional and Sequential models (nested ones are flattened). Returns a new model; ``model`` is
    untouched. ``input_type``: the firmware's input type (``"fixed<16,6>"``, an ``InputTypes``): it proves
    which layers float32 computes exactly; without it the first layers compute in float64.
    """
    from fpgaml.ir import parse

    return fold_ir(parse(model, input_type), exact=exact)


@functools.cache
def folded_cell_classes() -> tuple[type, type]:
    """(FoldedGRUCell, FoldedLSTMCell): Keras RNN cells with constant quantized weights (built lazily)."""
    from fpgaml._keras import keras, tf

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


def folded_summary(model: Any) -> list[dict[str, Any]]:
    """Per layer of a QKeras model: what it folds to (for reports). Raises like :func:`fold_quantized`."""
    from fpgaml.ir import Quantizer, parse

    ir = parse(model)
    folded = fold_ir(ir)
    rows = []
    for layer in ir.layers[1:]:
        row: dict[str, Any] = {"layer": layer.name, "class": layer.keras_class}
        row["folded_to"] = type(folded.get_layer(layer.name)).__name__
        if layer.kind == "activation" and isinstance(layer.activation, Quantizer):
            spec = QuantSpec.from_quantizer(layer.activation)
            row.update(
                quantizer=layer.activation.source or str(layer.activation),
                onnx=spec.describe(),
                spec=asdict(spec),
            )
        rows.append(row)
    return rows
