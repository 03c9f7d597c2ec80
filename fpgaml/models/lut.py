"""hls4ml's lookup-table sigmoid/tanh for QKeras models: the implementation lives in :mod:`fpgaml.ir.lut` (the IR's
kinds evaluate, trace and fold these tables, so they sit below the model families); the names stay importable
from here."""

from __future__ import annotations

from fpgaml.ir.lut import (
    ACCUM_SCALE,
    TABLE_INTEGER,
    TABLE_SIZES,
    TABLE_TYPE,
    TABLE_WIDTH,
    activation,
    custom_objects,
    lookup,
    parse,
    register,
    table,
)

__all__ = [
    "ACCUM_SCALE",
    "TABLE_INTEGER",
    "TABLE_SIZES",
    "TABLE_TYPE",
    "TABLE_WIDTH",
    "activation",
    "custom_objects",
    "lookup",
    "parse",
    "register",
    "table",
]
