"""What a layer's inputs cost in bits: the widths the bit cost charges each kernel row (:mod:`fpgaml.bitcost`).

da4ml's adder-only RTL multiplies every input value by the constant weights of a kernel row: the logic of a
weight grows with the width of the values it multiplies, once per *distinct* value it is applied to. So the
bit cost of a layer needs, per kernel row, the widths of the values that row reads, summed over the places
the kernel is applied: the rows of a Dense on a flat input read one value each; a pointwise Dense on
``(N, F)`` inputs reads N values per feature; a convolution's (kernel position, feature) rows read one value
per output position. Values that are copies of one signal (the interaction network's edges repeat each
particle's features N−1 times) are computed with once, as :func:`fpgaml.ir.ops.affine_trace` does.

:func:`fpgaml.ir.widths.propagate` walks the IR from the input (each feature's width, 0 for a dropped one) and asks each
layer's kind for the :class:`Bits` of its output (:meth:`~fpgaml.ir.core.LayerKind.bits`): a fixed-point
quantizer gives its width, wiring (Permute, Flatten, Concatenate) moves widths and signals, a fixed 0/1
matrix copies or sums them; a kind that cannot say gives None. :func:`fpgaml.ir.widths.row_bits` then asks the
kind of each layer with a kernel for its rows (:meth:`~fpgaml.ir.core.LayerKind.row_bits`).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import numpy as np

_NEXT_SIGNAL = [0]  # the next unused signal number (signals are compared within one propagation only)


@dataclass(frozen=True)
class Bits:
    """One layer output of one sample: each element's width in bits (``width``) and its signal (``signal``:
    elements with the same signal are copies of one value)."""

    width: np.ndarray
    signal: np.ndarray

    @classmethod
    def fresh(cls, width: np.ndarray | Iterable[float]) -> Bits:
        """New values (each its own signal) of the given widths."""
        w = np.asarray(width, dtype=np.float64)
        start = _NEXT_SIGNAL[0]
        _NEXT_SIGNAL[0] += w.size
        return cls(w.copy(), np.arange(start, start + w.size, dtype=np.int64).reshape(w.shape))

    def derived(self, width: np.ndarray) -> Bits:
        """A function of each element alone (e.g. a ReLU): copies stay copies of one new signal."""
        uniq, inverse = np.unique(self.signal, return_inverse=True)
        new = Bits.fresh(np.zeros(len(uniq)))
        return Bits(np.asarray(width, np.float64), new.signal[inverse.reshape(self.signal.shape)])

    def moved(self, move: Callable[[np.ndarray], np.ndarray]) -> Bits:
        """``move`` (pure wiring: a transpose, a reshape) applied to widths and signals alike."""
        return Bits(np.asarray(move(self.width), np.float64), np.asarray(move(self.signal), np.int64))

    @property
    def shape(self) -> tuple[int, ...]:
        return tuple(self.width.shape)


def sum_width(widths: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Widths of ``x @ W`` over the last axis, for values of ``widths`` bits and integer weights ``weights``
    (n_in x n_out): ``ceil(log2(sum_i |W_ij| 2**b_i))``, the bits that hold every such sum; 0 for a column of
    zeros (NaN where a width is not known)."""
    scale = np.exp2(np.asarray(widths, np.float64))
    total = np.tensordot(scale, np.abs(np.asarray(weights, np.float64)), axes=([scale.ndim - 1], [0]))
    with np.errstate(invalid="ignore"):
        width = np.where(total > 0, np.ceil(np.log2(np.maximum(total, 1.0))), 0.0)
    return np.where(np.isnan(total), np.nan, width)  # unknown stays unknown


def distinct_rows(x: Bits) -> np.ndarray:
    """For a pointwise product over the last axis: the bits each row (feature) of the kernel multiplies, summed
    over the DISTINCT input vectors it meets, exactly as :func:`fpgaml.ir.ops.affine_trace` shares them (whole
    rows, or the two halves of rows that are concatenations of repeated parts, whichever is cheaper)."""
    width = x.width.reshape(-1, x.shape[-1]) if x.width.ndim > 1 else x.width.reshape(1, -1)
    signal = x.signal.reshape(width.shape)
    n_rows, n_cols = width.shape
    if n_rows == 1:
        return width[0].copy()
    rows = [tuple(r) for r in signal.tolist()]
    best_cost, best_split = len(set(rows)) * n_cols, n_cols
    for c in range(1, n_cols):
        cost = len({r[:c] for r in rows}) * c + len({r[c:] for r in rows}) * (n_cols - c)
        if cost < best_cost:
            best_cost, best_split = cost, c
    if best_cost >= n_rows * n_cols:
        return width.sum(axis=0)
    out = np.zeros(n_cols)
    for lo, hi in ((0, best_split), (best_split, n_cols)):
        if lo == hi:
            continue
        seen: set[tuple[int, ...]] = set()
        for i, r in enumerate(rows):
            if r[lo:hi] not in seen:
                seen.add(r[lo:hi])
                out[lo:hi] += width[i, lo:hi]
    return out


def ceil_log2(n: int) -> int:
    return math.ceil(math.log2(n)) if n > 1 else 0


__all__ = ["Bits", "ceil_log2", "distinct_rows", "sum_width"]
