"""The analytic latency formulas the layer kinds use (``LayerKind.cycles``): adder-tree depth per clock and the
cycles of a dense product. :mod:`fpgaml.profile.analytic` sums them over hls4ml's layer graph."""

from __future__ import annotations

import math

#: adder levels that fit in one nanosecond of the clock period (an estimate, see fpgaml.profile.analytic)
ADDER_LEVELS_PER_NS = 0.8


def adder_levels(clock_period_ns: float) -> int:
    return max(1, math.floor(ADDER_LEVELS_PER_NS * clock_period_ns + 1e-9))


def dense_cycles(n_in: int, clock_period_ns: float, reuse_factor: int = 1) -> int:
    levels = math.ceil(math.log2(max(int(n_in), 2)))
    return 1 + math.ceil(levels / adder_levels(clock_period_ns)) + (max(1, int(reuse_factor)) - 1)
