"""Transitional facade: fpgaml's bit-exact fixed-point reference now lives in the layer IR (:mod:`fpgaml.ir`).

QKeras computes in float32: an accumulation wider than 24 significant bits is rounded inside QKeras itself, so
QKeras is not a bit-exact reference for firmware. The IR evaluates a parsed network on ``int64`` arrays (every
tensor ``value = integer * 2**-frac``; outputs float64, exact while they fit in 53 bits). Its semantics (round
half to even and saturate for QKeras quantizers, exact accumulation) are documented in :mod:`fpgaml.ir.parse`.

Use instead::

    from fpgaml.ir import parse
    ir = parse(qmodel, input_fixed)               # any readable network
    ir = ir.without_softmax().check_exact()       # refuses, listing every layer without an exact evaluation
    y = ir.predict(x)

:meth:`FixedPointModel.from_qkeras` does exactly that and is kept until the stages call the IR directly.
"""

from __future__ import annotations

from typing import Any

from fpgaml.ir import ModelIR, parse, round_half_even_shift

__all__ = ["FixedPointModel", "round_half_even_shift"]


class FixedPointModel:
    """Transitional: :meth:`from_qkeras` returns the checked :class:`~fpgaml.ir.ModelIR` of a model."""

    @staticmethod
    def from_qkeras(
        model: Any, input_precision: tuple[bool, int, int], *, strip_softmax: bool = False
    ) -> ModelIR:
        """The IR of ``model`` with input type ``(signed, width, integer)``, checked to have an exact
        evaluation (:class:`~fpgaml.errors.UnsupportedModelError` listing every layer that has none).

        ``strip_softmax``: end at the logits when the network ends in a softmax (the firmware's softmax is a
        lookup table).
        """
        ir = parse(model, input_precision)
        if strip_softmax:
            ir = ir.without_softmax()
        return ir.check_exact()
