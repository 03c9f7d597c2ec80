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
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

import numpy as np

from fpgaml._keras import keras
from fpgaml.ir import Quantizer, kind_of, parse
from fpgaml.ir.fold_ops import FoldedActivation as FoldedActivation  # the folding primitives live in the IR
from fpgaml.ir.fold_ops import QuantSpec
from fpgaml.ir.fold_ops import apply_spec as apply_spec
from fpgaml.ir.fold_ops import folded_cell_classes as folded_cell_classes
from fpgaml.ir.fold_ops import quant_spec as quant_spec

if TYPE_CHECKING:  # pragma: no cover
    from fpgaml.ir import ModelIR, Quantizer


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
    return fold_ir(parse(model, input_type), exact=exact)


@functools.cache
def folded_summary(model: Any) -> list[dict[str, Any]]:
    """Per layer of a QKeras model: what it folds to (for reports). Raises like :func:`fold_quantized`."""

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
