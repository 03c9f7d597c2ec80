"""Values on a fixed-point grid: round half to even and saturate (what the firmware's input port does), and the
checks every input passes first. The IR's input types (:class:`fpgaml.ir.InputTypes`) put data on their grids
with these; :mod:`fpgaml.quantize` adds the reports."""

from __future__ import annotations

import numpy as np

from fpgaml.errors import InputError


def grid_limits(signed: bool, width: int, integer: int) -> tuple[float, float, float]:
    """(lsb, min, max) of ``ap_fixed<width, integer>`` (signed) or ``ap_ufixed`` (unsigned)."""
    frac = width - integer
    lsb = 2.0**-frac
    if signed:
        return lsb, -(2.0 ** (integer - 1)), 2.0 ** (integer - 1) - lsb
    return lsb, 0.0, 2.0**integer - lsb


def to_grid(x: np.ndarray, signed: bool, width: int, integer: int) -> np.ndarray:
    """Round to the nearest multiple of the LSB (half to even) and saturate; float64 result."""
    check_finite(x, "input")
    lsb, lo, hi = grid_limits(signed, width, integer)
    return np.clip(np.rint(np.asarray(x, dtype=np.float64) / lsb) * lsb, lo, hi)


def check_finite(x: np.ndarray, what: str = "input") -> None:
    x = np.asarray(x)
    if not np.issubdtype(x.dtype, np.number):
        raise InputError(f"{what} must be numeric, got dtype {x.dtype}")
    if np.issubdtype(x.dtype, np.floating):
        bad = ~np.isfinite(x)
        if bad.any():
            idx = np.argwhere(bad)[0].tolist()
            n_nan, n_inf = int(np.isnan(x).sum()), int(np.isinf(x).sum())
            raise InputError(
                f"{what} contains {n_nan} NaN and {n_inf} Inf value(s) (first at index {idx}); "
                "firmware has no NaN/Inf: clean or clip the inputs first"
            )
