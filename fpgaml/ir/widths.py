"""The IR walks of the bit cost (:mod:`fpgaml.bitcost`): the :class:`~fpgaml.ir.bits.Bits` of every layer's output
(:func:`propagate`) and the bits each kernel row multiplies (:func:`row_bits`), both asked of the layers' kinds
(:meth:`~fpgaml.ir.core.LayerKind.bits`, :meth:`~fpgaml.ir.core.LayerKind.row_bits`); see :mod:`fpgaml.ir.bits`."""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np

from fpgaml.ir.bits import Bits
from fpgaml.ir.core import ModelIR, kind_of


def propagate(ir: ModelIR, input_bits: np.ndarray) -> dict[str, Bits]:
    """The :class:`Bits` of every layer's output from the input's per-feature widths ``input_bits`` (the last
    axis; 0 for a feature the firmware does not read). Where a kind cannot say (its ``bits`` gives None), the
    widths are NaN, which every later sum or maximum keeps: a quantizer after it knows its width again."""

    shape = tuple(int(d) for d in ir.input_shape)  # type: ignore[arg-type]
    bits = np.asarray(input_bits, dtype=np.float64)
    if bits.shape != (shape[-1],):
        raise ValueError(f"{bits.size} input widths for inputs of shape {shape} (one per feature, last axis)")
    out: dict[str, Bits] = {ir.input_name: Bits.fresh(np.broadcast_to(bits, shape))}
    for layer in ir.layers[1:]:
        got = kind_of(layer).bits(layer, [out[n] for n in layer.inputs])
        if got is None:
            got = Bits.fresh(np.full(tuple(int(d) for d in layer.output_shape), np.nan))  # type: ignore[arg-type]
        out[layer.name] = got
    return out


def row_bits(
    ir: ModelIR, input_bits: np.ndarray, names: Iterable[str], default: int
) -> dict[str, np.ndarray]:
    """For each layer of ``names`` (layers with a kernel): the bits each kernel row multiplies, summed over
    where it is applied (shape: the kernel's shape without its last axis). A value whose width is not known
    (behind a kind without :meth:`~fpgaml.ir.core.LayerKind.bits`) counts ``default`` bits."""

    widths = propagate(ir, input_bits)
    out = {}
    for name in names:
        layer = ir.get(name)
        src = widths[layer.inputs[0]]
        src = Bits(np.where(np.isnan(src.width), float(default), src.width), src.signal)
        out[name] = kind_of(layer).row_bits(layer, src)
    return out


__all__ = ["propagate", "row_bits"]
