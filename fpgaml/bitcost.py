"""Bit-cost-aware training: a loss term that charges each weight for the logic it costs (``train.bit_cost``).

In da4ml's adder-only RTL a weight ``w`` that multiplies an input of ``b`` bits costs adders of about ``b``
bits for each non-zero digit of ``w``; a zero weight costs nothing, and a neuron whose incoming weights are
all zero is a constant. The loss term, added to the task loss of the QKeras model while it trains (QAT,
pruning and fine-tuning alike), is

    beta   * sum over weights  b_in(row) * log2(1 + |w| / lsb(w))          (an EBOPs-like surrogate)
  + neuron * sum over neurons  b_in-weighted L2 norm of its incoming weights (group lasso: whole neurons go)

``log2(1 + |w|/lsb)`` is the number of bits ``w`` needs on its quantizer's grid, made smooth: it pushes
small weights to zero (its slope is largest there) and large ones to fewer bits. ``b_in(row)`` is the width
of the values a kernel row multiplies, summed over where the kernel is applied (:mod:`fpgaml.ir.bits`, read
from the layer IR, so every family gets it): the input features' widths (per feature with
``model.input_features``; 0 for a dropped feature, whose weights then cost nothing and are left alone), the
width of the quantized activation that feeds a layer (``model.act_bits`` or its ``model.layer_precision``
entry), and what wiring and fixed matrices make of them (a sum of N values is ``ceil(log2 N)`` bits wider).
A Dense on a flat input charges each row once; a pointwise Dense on ``(N, F)`` inputs N times (each distinct
particle, or edge half: the interaction network's edges repeat each particle's features); a convolution's
(kernel position, feature) rows once per output position. ``beta`` is per bit-operation, the unit of HGQ's
``beta`` (1e-6 to 1e-5 is the range where it trades accuracy for LUTs on the jet tagger).

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

from fpgaml._keras import tf
from fpgaml.errors import ConfigError
from fpgaml.ir import parse
from fpgaml.ir.core import KINDS
from fpgaml.ir.widths import row_bits as ir_row_bits


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


def uncharged_layers(model: Any, ir: Any = None) -> list[str]:
    """The layers (``where``) with quantized weights the term does not charge (a QGRU/QLSTM): with one, the
    bit cost is refused and no ``ebops`` are reported."""
    names = {layer.name for layer, _ in charged_layers(model)}
    return [
        layer.where
        for layer in (ir if ir is not None else parse(model))
        if layer.name not in names and any(w.source for w in layer.weights.values())  # quantized weights
    ]


def row_bits(model: Any, input_bits: np.ndarray, act_bits: int) -> list[np.ndarray]:
    """For each charged layer (:func:`charged_layers`, same order): the input bits each kernel row multiplies,
    summed over where it is applied (shape: the kernel's without its last axis; :func:`fpgaml.ir.widths.row_bits`).

    ``input_bits``: the width of each input feature (the last axis of the inputs); ``act_bits``: the width
    counted where the layer IR cannot tell what feeds a layer."""

    names = [layer.name for layer, _ in charged_layers(model)]
    ir = parse(model)
    left = uncharged_layers(model, ir)
    if left:
        raise ConfigError(
            f"train.bit_cost: {', '.join(left)} would not be charged: the bit cost covers the kernels of QDense "
            "and QConv1D layers (the logic of each row is the width of what it multiplies); its other "
            "weights would train uncharged. Remove train.bit_cost for this model (prune it instead: "
            "train.pruning)"
        )
    rows = ir_row_bits(ir, np.asarray(input_bits, np.float64), names, act_bits)
    return [rows[n] for n in names]


def term(
    model: Any,
    beta: float | Any,
    neuron: float,
    input_bits: np.ndarray,
    act_bits: int,
) -> Callable[[], Any]:
    """A zero-argument function giving the loss term for ``model``'s current weights (a TensorFlow scalar).

    ``input_bits``: the width of each input feature; the rows of every charged layer cost what
    :func:`row_bits` says. ``beta`` may be a TensorFlow variable (the ramp of :mod:`fpgaml.ramp` assigns it
    between epochs).
    """

    t = tf()
    layers = charged_layers(model)
    rows = row_bits(model, input_bits, act_bits)
    weights = []
    for (layer, lsb), bits in zip(layers, rows, strict=True):
        kernel = layer.kernel
        shape = (-1, int(kernel.shape[-2]), 1)  # (kernel positions, rows, 1): broadcast over neurons
        weights.append((kernel, lsb, t.constant(np.asarray(bits, np.float32).reshape(shape))))
    charged_bits = not isinstance(beta, (int, float)) or beta != 0

    def cost() -> Any:
        total = t.constant(0.0)
        for kernel, lsb, bits in weights:
            k = t.reshape(kernel, (-1, kernel.shape[-2], kernel.shape[-1]))  # (positions, rows, neurons)
            if charged_bits:
                total += beta * t.reduce_sum(bits * t.math.log1p(t.abs(k) / lsb) / np.log(2.0))
            if neuron:
                col = t.sqrt(t.reduce_sum(bits * t.square(k), axis=(0, 1)) + 1e-12)
                total += neuron * t.reduce_sum(col)
        return total

    return cost


def ebops(model: Any, input_bits: np.ndarray, act_bits: int, rows: list[np.ndarray] | None = None) -> float:
    """The surrogate's bit-operations of ``model``'s quantized weights (for reports): sum of the row bits
    (:func:`row_bits`, or ``rows`` computed before for the same model) times the bits each non-zero quantized
    weight needs."""
    total = 0.0
    layers = charged_layers(model)
    rows = row_bits(model, input_bits, act_bits) if rows is None else rows
    for (layer, lsb), bits in zip(layers, rows, strict=True):
        w = np.asarray(KINDS.weight_quantizer(layer, "kernel")(layer.kernel), dtype=np.float64)
        w = w.reshape(-1, w.shape[-2], w.shape[-1])
        need = np.where(w != 0, np.ceil(np.log2(np.abs(w) / lsb + 1)), 0.0)
        total += float(np.sum(np.asarray(bits, np.float64).reshape(w.shape[0], w.shape[1], 1) * need))
    return total
