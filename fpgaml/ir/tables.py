"""hls4ml's lookup-table sigmoid/tanh (:mod:`fpgaml.models.lut`) as exact integer arithmetic and as da4ml logic.

The QKeras activations ``hls_sigmoid_<N>`` / ``hls_tanh_<N>`` compute, for an input ``x``:

1. ``x`` rounded half to even onto the 2^-28 grid of the recurrent layers' ``fixed<40,12>`` accumulator
   (:data:`ACCUM_FRAC`; the firmware's table input; no saturation);
2. ``i = trunc(x * N / span)`` (toward zero; span 16 for sigmoid, 8 for tanh), clipped to ``[-N/2, N/2 - 1]``;
3. ``table[i + N/2]``, a value on the 2^-10 grid of the table type ``fixed<12,2,RND_CONV,SAT>``.

:func:`lut_int` does exactly this on integers. :func:`lut_trace` builds it from da4ml operations: the rounding
(one adder), ``* N / span`` (a shift: ``N / span`` is a power of two), the truncation toward zero as a floor
of ``y + s * (1 - 2^-F)`` with ``s`` the sign bit (a negative non-integer moves up to the next integer, a
negative integer stays), the clip (a saturation), and a lookup table of at most ``N`` entries indexed by the
clipped integer. The table's input is therefore at most ``log2(N)`` bits wide, whatever the width of ``x``
(a table over ``x`` itself would have 2^40 entries).
"""

from __future__ import annotations

import math
from fractions import Fraction
from typing import Any

import numpy as np

from fpgaml.ir import lut
from fpgaml.ir.integer import round_shift
from fpgaml.ir.trace_ops import round_half_even

#: Fraction bits of the table input (fpgaml.models.lut.ACCUM_SCALE = 2**ACCUM_FRAC).
ACCUM_FRAC = 28
#: Fraction bits of the table values (fpgaml.models.lut.TABLE_WIDTH - TABLE_INTEGER).
TABLE_FRAC = 10
_SPAN = {"sigmoid": 16, "tanh": 8}


def parse(act: Any) -> tuple[str, int] | None:
    """('sigmoid'|'tanh', N) for a LUT activation name (``hls_sigmoid_1024``), else None."""

    return lut.parse(act)


def table_ints(kind: str, size: int) -> np.ndarray:
    """The table's values as integers on the 2^-TABLE_FRAC grid (exactly hls4ml's table, see models.lut)."""

    assert lut.ACCUM_SCALE == 2.0**ACCUM_FRAC and lut.TABLE_WIDTH - lut.TABLE_INTEGER == TABLE_FRAC
    values = lut.table(kind, size).astype(np.float64) * 2.0**TABLE_FRAC
    ints = values.astype(np.int64)
    if not np.array_equal(ints, values):  # pragma: no cover - the table type guarantees it
        raise AssertionError(f"the {kind} table has values off the 2^-{TABLE_FRAC} grid")
    return ints


def _shift(kind: str, size: int) -> int:
    """log2(N / span): the index is trunc(x * 2**shift)."""
    shift = math.log2(size / _SPAN[kind])
    if shift != int(shift) or shift < 0:
        raise ValueError(f"table size {size}: a power of two >= {_SPAN[kind]} is needed")
    return int(shift)


def index_int(v: np.ndarray, frac: int, kind: str, size: int) -> np.ndarray:
    """Table indices (0 .. N-1) for the values ``v * 2**-frac``."""
    v = np.asarray(v, dtype=np.int64)
    if frac > ACCUM_FRAC:
        v, frac = round_shift(v, frac - ACCUM_FRAC, "RND_CONV"), ACCUM_FRAC
    e = _shift(kind, size) - frac  # y = v * 2**e
    if e >= 0:
        y = v << np.int64(e)
    else:
        mag = np.abs(v) >> np.int64(-e)  # truncation toward zero
        y = np.where(v < 0, -mag, mag)
    return np.clip(y, -(size // 2), size // 2 - 1) + size // 2


def lut_int(v: np.ndarray, frac: int, kind: str, size: int) -> tuple[np.ndarray, int]:
    """The table values (integers, :data:`TABLE_FRAC` fraction bits) at ``v * 2**-frac``."""
    return table_ints(kind, size)[index_int(v, frac, kind, size)], TABLE_FRAC


def lut_trace(v: Any, kind: str, size: int) -> Any:
    """The table value at the da4ml ``FixedVariable`` ``v`` (a ``FixedVariable``; constants in Python)."""
    from da4ml.trace import FixedVariable  # optional heavy dependency: imported on first use

    if v.low == v.high:
        code = round(Fraction(v.low) * 2**ACCUM_FRAC)  # Python rounds a Fraction half to even
        ival = lut_int(np.array([code]), ACCUM_FRAC, kind, size)[0][0]
        return FixedVariable.from_const(float(ival) * 2.0**-TABLE_FRAC, hwconf=v.hwconf)
    k, i, f = v.kif
    if f > ACCUM_FRAC:
        # round half to even onto the accumulator grid; one more integer bit: the rounding may carry up
        v = round_half_even(v, ACCUM_FRAC).quantize(k, i + 1, ACCUM_FRAC, "WRAP", "TRN")
        f = ACCUM_FRAC
    y = v * 2.0 ** _shift(kind, size)
    f_y = f - _shift(kind, size)
    if f_y > 0 and y.low < 0:  # trunc toward zero = floor(y + s * (1 - 2**-f_y)), s = 1 when y < 0
        y = y + y.is_negative() * (1.0 - 2.0**-f_y)
    n_bits = int(math.log2(size))
    idx = y.quantize(1, n_bits - 1, 0, "SAT", "TRN")  # floor, then clip to [-N/2, N/2 - 1]
    lo, hi = int(idx.low), int(idx.high)
    values = table_ints(kind, size)[lo + size // 2 : hi + size // 2 + 1].astype(np.float64) * 2.0**-TABLE_FRAC
    if len(values) == 1 or np.all(values == values[0]):
        return FixedVariable.from_const(float(values[0]), hwconf=v.hwconf)
    return idx.lookup(values)


__all__ = ["ACCUM_FRAC", "TABLE_FRAC", "index_int", "lut_int", "lut_trace", "parse", "table_ints"]
