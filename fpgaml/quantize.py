"""Inputs on the firmware's grid, and checks that refuse unusable inputs.

The firmware's input is an ``ap_fixed<W,I>``. A model and its firmware can only be compared bit for bit
on inputs both see identically, i.e. values already on that grid: ``to_input_grid`` rounds to the nearest
grid point (ties to even) and saturates, exactly as an upstream trigger stage would hand over integers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from fpgaml.errors import ConfigError, InputError
from fpgaml.ir.core import InputTypes
from fpgaml.ir.grid import check_finite, grid_limits, to_grid

if TYPE_CHECKING:  # pragma: no cover
    from fpgaml.config import ModelConfig
    from fpgaml.ir.core import InputTypes

#: Warn when more than this share of one input feature's values saturate on the firmware input type.
DEFAULT_SATURATION_WARN_FRACTION = 1e-3


def to_input_grid(x: np.ndarray, model_cfg: ModelConfig) -> np.ndarray:
    """``x`` on the grid of the model's firmware input type (``model.input_precision``)."""
    return to_grid(x, *model_cfg.input_fixed.as_tuple)


def check_shape(x: np.ndarray, expected: tuple[int, ...], what: str = "input") -> None:
    """``x`` must be (n, *expected)."""
    x = np.asarray(x)
    if x.ndim != len(expected) + 1 or tuple(x.shape[1:]) != tuple(expected):
        raise InputError(
            f"{what} has shape {tuple(x.shape)}; the model expects (n_jets, {', '.join(map(str, expected))})"
        )


# ---- saturation of the inputs on the firmware's input type ------------------------------------------------
@dataclass(frozen=True)
class SaturationReport:
    """How many input values an ``ap_fixed`` input type clips, per feature.

    A value *saturates* when rounding it to the type's grid gives a value outside the type's range, so the
    firmware sees the range limit instead (what :func:`to_grid` does); rounding alone is not counted.
    ``n_values`` is the number of values per feature that were counted (jets, or real particles when a mask
    was given). ``per_feature`` / ``low`` / ``high`` are keyed by feature name, in the order given.
    """

    input_type: str
    lo: float
    hi: float
    lsb: float
    n_values: int
    per_feature: dict[str, float]
    low: dict[str, int]
    high: dict[str, int]
    overall: float
    worst: list[tuple[str, float]] = field(default_factory=list)

    def counts(self, name: str) -> int:
        """Values of feature ``name`` that saturate (below the range + above it)."""
        return self.low[name] + self.high[name]

    def to_dict(self) -> dict[str, Any]:
        """JSON-serialisable form for the verify report."""
        return {
            "input_type": self.input_type,
            "range": [self.lo, self.hi],
            "lsb": self.lsb,
            "n_values_per_feature": self.n_values,
            "overall_fraction": self.overall,
            "per_feature": {
                name: {"fraction": frac, "below": self.low[name], "above": self.high[name]}
                for name, frac in self.per_feature.items()
            },
            "worst": [{"feature": name, "fraction": frac} for name, frac in self.worst],
        }


def saturation_report(
    x: np.ndarray,
    input_type: str | tuple[bool, int, int] | InputTypes,
    feature_names: Sequence[str],
    mask: np.ndarray | None = None,
    n_worst: int = 3,
) -> SaturationReport:
    """The share of input values that saturate on the firmware input type, per feature and overall.

    ``x``: the inputs as the firmware sees them before quantization (float, standardized), shape
    ``(n_jets, n_features)`` or ``(n_jets, N, n_features)`` for constituents; the last axis is the feature.
    ``input_type``: an :class:`~fpgaml.ir.InputTypes` (each feature checked against its own type), or one
    port type (a :class:`~fpgaml.ir.FixedType`, its text ``"fixed<16,6>"`` or ``(signed, width, integer)``).
    ``mask``: ``(n_jets, N)``, True for real particles: only those are counted (padding is 0 and never
    saturates, but would dilute the shares). ``worst``: up to ``n_worst`` features that saturate at all,
    the largest share first.
    """

    try:
        inputs = InputTypes.of(input_type)
    except ConfigError as exc:
        raise InputError(f"input type: {exc}") from None
    per: list[tuple[float, float, float] | None] | None = None
    label = str(inputs) if isinstance(input_type, InputTypes) else None
    if not inputs.uniform:  # each feature against its own type; a dropped one never saturates
        per = [None if t is None else grid_limits(*t.as_tuple) for t in inputs.features]
    signed, width, integer = inputs.port.as_tuple
    arr = np.asarray(x)
    check_finite(arr, "inputs")
    names = list(feature_names)
    if arr.ndim < 2 or arr.shape[-1] != len(names):
        raise InputError(
            f"inputs have shape {tuple(arr.shape)}; expected (n_jets, ..., {len(names)}) for the {len(names)} "
            "feature names given"
        )
    if mask is not None:
        mask = np.asarray(mask, bool)
        if mask.shape != arr.shape[:-1]:
            raise InputError(f"mask has shape {mask.shape}; the inputs need {arr.shape[:-1]}")
        values = arr[mask]
    else:
        values = arr.reshape(-1, arr.shape[-1])
    if values.shape[0] == 0:
        raise InputError("no input values to check (0 jets, or a mask with no real particle)")
    lsb, lo, hi = grid_limits(signed, width, integer)
    limits = per if per is not None else [(lsb, lo, hi)] * values.shape[1]
    below = np.zeros(values.shape[1], dtype=np.int64)
    above = np.zeros(values.shape[1], dtype=np.int64)
    for n, lim in enumerate(limits):
        if lim is None:
            continue
        f_lsb, f_lo, f_hi = lim
        steps = np.rint(values[:, n].astype(np.float64) / f_lsb)  # the grid point each value rounds to
        below[n] = int((steps < round(f_lo / f_lsb)).sum())
        above[n] = int((steps > round(f_hi / f_lsb)).sum())
    n = int(values.shape[0])
    per_feature = {name: float((b + a) / n) for name, b, a in zip(names, below, above, strict=True)}
    ranked = sorted((item for item in per_feature.items() if item[1] > 0), key=lambda t: -t[1])
    return SaturationReport(
        input_type=label or f"{'fixed' if signed else 'ufixed'}<{width},{integer}>",
        lo=lo,
        hi=hi,
        lsb=lsb,
        n_values=n,
        per_feature=per_feature,
        low={name: int(b) for name, b in zip(names, below, strict=True)},
        high={name: int(a) for name, a in zip(names, above, strict=True)},
        overall=float((below.sum() + above.sum()) / values.size),
        worst=ranked[: max(0, int(n_worst))],
    )


def saturation_warnings(
    report: SaturationReport, threshold: float = DEFAULT_SATURATION_WARN_FRACTION
) -> list[str]:
    """One message per feature whose saturating share is above ``threshold`` (a fraction, 0.001 = 0.1%),
    worst first; empty when none is."""
    if not 0 <= threshold <= 1:
        raise InputError(f"saturation threshold must be a fraction in [0, 1], got {threshold}")
    over = sorted((item for item in report.per_feature.items() if item[1] > threshold), key=lambda t: -t[1])
    return [
        f"input feature {name!r}: {frac:.3%} of {report.n_values} values saturate on {report.input_type} "
        f"(range [{report.lo:g}, {report.hi:g}]; {report.low[name]} below, {report.high[name]} above), more "
        f"than the {threshold:.3%} allowed: the firmware sees the range limit instead. Give "
        "model.input_precision more integer bits, or check the feature's standardization"
        for name, frac in over
    ]
