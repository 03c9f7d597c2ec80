"""Integer arithmetic shared by the layer kinds' ``evaluate``: every tensor is ``value = integer * 2**-frac``.

Values are ``int64`` arrays; :data:`MAX_BITS` leaves headroom so that a sum of products cannot wrap silently
(kinds check their bound before multiplying, the evaluator checks every layer's output).
"""

from __future__ import annotations

import numpy as np

from fpgaml.errors import UnsupportedModelError

#: int64 headroom for accumulations.
MAX_BITS = 62
#: Rounding modes (ap_fixed names): RND_CONV = half to even (QKeras ``tf.round``), RND = half up, TRN = floor.
ROUNDING = ("RND_CONV", "RND", "TRN")
#: Overflow modes (ap_fixed names): SAT saturates, SAT_SYM also drops the most negative code, WRAP wraps.
OVERFLOW = ("SAT", "SAT_SYM", "WRAP")


def round_half_even_shift(v: np.ndarray, shift: int) -> np.ndarray:
    """``round(v / 2**shift)`` with ties to even, on int64 arrays; ``shift <= 0`` multiplies exactly."""
    return round_shift(v, shift, "RND_CONV")


def round_shift(v: np.ndarray, shift: int, rounding: str) -> np.ndarray:
    """``v / 2**shift`` rounded by ``rounding`` (see :data:`ROUNDING`); ``shift <= 0`` multiplies exactly."""
    v = np.asarray(v, dtype=np.int64)
    if shift <= 0:
        return v << np.int64(-shift)
    q = v >> np.int64(shift)  # floor
    if rounding == "TRN":
        return q
    rem = v - (q << np.int64(shift))
    half = np.int64(1) << np.int64(shift - 1)
    if rounding == "RND":
        return q + (rem >= half).astype(np.int64)
    if rounding == "RND_CONV":
        up = (rem > half) | ((rem == half) & ((q & 1) == 1))
        return q + up.astype(np.int64)
    raise ValueError(f"unknown rounding mode {rounding!r}; one of {', '.join(ROUNDING)}")


def align(v: np.ndarray, frac: int, to: int) -> np.ndarray:
    """``v`` (with ``frac`` fraction bits) expressed with ``to >= frac`` fraction bits (exact)."""
    return v << np.int64(to - frac) if to > frac else v


def check_width(v: np.ndarray, where: str) -> None:
    """Refuse values that leave no headroom in int64 (the integer reference would no longer be exact)."""
    if v.size and int(np.max(np.abs(v))) >= 2**MAX_BITS:
        raise UnsupportedModelError(f"{where}: values exceed {MAX_BITS} bits in the integer reference")


def dyadic_frac(values: np.ndarray, max_frac: int) -> int | None:
    """The fewest fraction bits ``f <= max_frac`` with every value a multiple of ``2**-f``; None if none."""
    v = np.asarray(values, dtype=np.float64)
    if not np.all(np.isfinite(v)):
        return None
    for frac in range(0, max_frac + 1):
        scaled = v * 2.0**frac
        if np.all(scaled == np.round(scaled)):
            return frac
    return None
