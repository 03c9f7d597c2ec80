"""Bit-cost-aware training: a loss term that charges each weight for the logic it costs (``train.bit_cost``).

In da4ml's adder-only RTL a weight ``w`` that multiplies an input of ``b`` bits costs adders of about ``b``
bits for each non-zero digit of ``w``; a zero weight costs nothing, and a neuron whose incoming weights are
all zero is a constant. The loss term, added to the task loss of the QKeras model while it trains (QAT,
pruning and fine-tuning alike), is

    beta   * sum over weights  b_in(row) * log2(1 + |w| / lsb(w))          (an EBOPs-like surrogate)
  + neuron * sum over neurons  b_in-weighted L2 norm of its incoming weights (group lasso: whole neurons go)

``log2(1 + |w|/lsb)`` is the number of bits ``w`` needs on its quantizer's grid, made smooth: it pushes
small weights to zero (its slope is largest there) and large ones to fewer bits. ``b_in`` of the first
layer's rows are the input types' widths (per feature with ``model.input_features``; 0 for a dropped
feature, whose weights then cost nothing and are left alone), of later layers the width of the quantized
activation before them (``model.act_bits``, or its ``model.layer_precision`` entry). ``beta`` is per
bit-operation, the unit of HGQ's ``beta`` (1e-6 to 1e-5 is the range where it trades accuracy for LUTs on
the jet tagger).

Layers charged: every trainable layer whose layer kind declares itself bit-costable
(:attr:`fpgaml.ir.LayerKind.bit_costable`: today the dense and conv1d kinds, QDense and QConv1D) with a
``kernel`` and a QKeras ``quantized_bits`` quantizer on it (the kind's
:attr:`~fpgaml.ir.LayerKind.weight_quantizers`), also inside a pruning wrapper. The saved network is a plain
QKeras model: the term only shapes the weights.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from fpgaml.ir.core import KINDS


def _inner(layer: Any) -> Any:
    return getattr(layer, "layer", layer)  # tfmot's PruneLowMagnitude wraps the layer


def _lsb(q: Any) -> float | None:
    bits, integer = getattr(q, "bits", None), getattr(q, "integer", None)
    if bits is None or integer is None:
        return None
    return 2.0 ** -(int(bits) - 1 - int(integer))  # quantized_bits: the sign is in bits, not in integer


def _charged(layer: Any) -> tuple[Any, float] | None:
    """(kernel quantizer, its LSB) when the term charges ``layer``, else None."""
    kind = KINDS.of_keras_layer(layer)
    if kind is None or not kind.bit_costable or getattr(layer, "kernel", None) is None or not layer.trainable:
        return None
    q = KINDS.weight_quantizer(layer, "kernel")
    lsb = _lsb(q)
    return None if lsb is None else (q, lsb)


def charged_layers(model: Any) -> list[tuple[Any, float]]:
    """(layer, weight LSB) of every layer the term charges, in the model's order."""
    out = []
    for layer in model.layers:
        inner = _inner(layer)
        charged = _charged(inner)
        if charged is not None:
            out.append((inner, charged[1]))
    return out


def _act_bits_before(model: Any, default: int) -> list[int]:
    """For each charged layer (:func:`charged_layers`), the width of the last quantized activation before it
    in the model's layer order (``default`` where there is none or it has no ``bits``)."""
    charged = {id(layer) for layer, _ in charged_layers(model)}
    out, bits = [], default
    for layer in model.layers:
        inner = _inner(layer)
        if id(inner) in charged:
            out.append(bits)
        q = getattr(inner, "quantizer", None) if type(inner).__name__ == "QActivation" else None
        if getattr(q, "bits", None) is not None:
            bits = int(q.bits)
    return out


def _row_bits(i: int, n_in: int, input_bits: np.ndarray, act_bits: int) -> np.ndarray:
    """The input bits of each row of the ``i``-th charged layer's kernel: the features' widths for the first
    (when they match its rows), ``act_bits`` (the activation before it) after it."""
    if i == 0 and len(input_bits) == n_in:
        return np.asarray(input_bits, dtype=np.float64)
    return np.full(n_in, float(act_bits))


def term(model: Any, beta: float, neuron: float, input_bits: np.ndarray, act_bits: int) -> Callable[[], Any]:
    """A zero-argument function giving the loss term for ``model``'s current weights (a TensorFlow scalar).

    ``input_bits``: the width of each input feature (the first charged layer's rows, repeated over the
    rows a convolution's kernel positions read); later layers' rows cost the width of the quantized
    activation before them (``act_bits`` where the model has none).
    """
    from fpgaml._keras import tf

    t = tf()
    layers = charged_layers(model)
    acts = _act_bits_before(model, act_bits)

    def row_bits(i: int, kernel: Any) -> Any:
        n_in = int(kernel.shape[-2])
        return t.constant(_row_bits(i, n_in, input_bits, acts[i]).astype(np.float32).reshape(n_in, 1))

    weights = [(layer.kernel, lsb, row_bits(i, layer.kernel)) for i, (layer, lsb) in enumerate(layers)]

    def cost() -> Any:
        total = t.constant(0.0)
        for kernel, lsb, bits in weights:
            k = t.reshape(kernel, (-1, kernel.shape[-2], kernel.shape[-1]))  # (positions, rows, neurons)
            if beta:
                total += beta * t.reduce_sum(bits * t.math.log1p(t.abs(k) / lsb) / np.log(2.0))
            if neuron:
                col = t.sqrt(t.reduce_sum(bits * t.square(k), axis=(0, 1)) + 1e-12)
                total += neuron * t.reduce_sum(col)
        return total

    return cost


def ebops(model: Any, input_bits: np.ndarray, act_bits: int) -> float:
    """The surrogate's bit-operations of ``model``'s quantized weights (for reports): sum of ``b_in`` times
    the bits each non-zero quantized weight needs."""
    total = 0.0
    acts = _act_bits_before(model, act_bits)
    for i, (layer, lsb) in enumerate(charged_layers(model)):
        w = np.asarray(KINDS.weight_quantizer(layer, "kernel")(layer.kernel), dtype=np.float64)
        w = w.reshape(-1, w.shape[-2], w.shape[-1])
        n_in = w.shape[1]
        rows = _row_bits(i, n_in, input_bits, acts[i])
        need = np.where(w != 0, np.ceil(np.log2(np.abs(w) / lsb + 1)), 0.0)
        total += float(np.sum(rows.reshape(1, n_in, 1) * need))
    return total
