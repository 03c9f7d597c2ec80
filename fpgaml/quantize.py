"""Inputs on the firmware's grid, and checks that refuse unusable inputs.

The firmware's input is an ``ap_fixed<W,I>``. A model and its firmware can only be compared bit for bit
on inputs both see identically, i.e. values already on that grid: ``to_input_grid`` rounds to the nearest
grid point (ties to even) and saturates, exactly as an upstream trigger stage would hand over integers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from fpgaml.errors import InputError

if TYPE_CHECKING:  # pragma: no cover
    from fpgaml.config import ModelConfig


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


def to_input_grid(x: np.ndarray, model_cfg: ModelConfig) -> np.ndarray:
    """``x`` on the grid of the model's firmware input type (``model.input_precision``)."""
    return to_grid(x, *model_cfg.input_fixed)


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


def check_shape(x: np.ndarray, expected: tuple[int, ...], what: str = "input") -> None:
    """``x`` must be (n, *expected)."""
    x = np.asarray(x)
    if x.ndim != len(expected) + 1 or tuple(x.shape[1:]) != tuple(expected):
        raise InputError(
            f"{what} has shape {tuple(x.shape)}; the model expects (n_jets, {', '.join(map(str, expected))})"
        )
