"""IR -> da4ml: replay fpgaml's layer IR on da4ml's symbolic fixed-point arrays.

The network is read once by :func:`fpgaml.ir.parse`; :func:`trace` walks the IR's DAG and lets each layer's
kind (``LayerKind.trace``) replay the layer on a per-sample ``da4ml.trace.FixedVariableArray`` (``x @ W + b``
becomes a constant-matrix-vector multiplication that da4ml turns into adder trees with no multipliers). The
result is a ``CombLogic`` that da4ml can pipeline and write as Verilog. The primitives the kinds use
(:func:`quantize`, ``relu``, ``stack``, ... with convergent rounding) live in :mod:`fpgaml.ir.trace_ops` and are
importable from here.
"""

from __future__ import annotations

from typing import Any

from fpgaml import progress
from fpgaml.errors import UnsupportedModelError
from fpgaml.ir.core import ModelIR, kind_of
from fpgaml.ir.trace_ops import (
    MAX_CONSTANT_BITS,
    constant_matrix,
    input_array,
    map_vars,
    quantize,
    relu,
    round_half_even,
    stack,
)


def trace_layers(ir: ModelIR, x: Any) -> Any:
    """The output array of ``ir`` for the da4ml array ``x`` standing for its input layer."""
    values = {ir.input_name: x}
    # a bar per layer: da4ml's constant-matrix solver can take minutes on a wide layer, never silently
    with progress.bar(len(ir.layers) - 1, "RTL: da4ml trace", unit="layer") as bar:
        for layer in ir.layers[1:]:
            bar.set_postfix_str(f"{layer.name} ({layer.kind})")
            values[layer.name] = kind_of(layer).trace(layer, [values[n] for n in layer.inputs])
            bar.update(1)
    return values[ir.output]


def trace_arrays(ir: ModelIR, solver_options: dict[str, Any] | None = None) -> tuple[Any, Any]:
    """(da4ml input array, output array) of ``ir`` for one sample (``solver_options``: :func:`input_array`)."""
    if ir.input_type is None:
        raise UnsupportedModelError("the IR has no input type: parse it with one to trace it")
    if any(d is None for d in ir.input_shape):
        raise UnsupportedModelError(
            f"input shape {ir.input_shape} has a free dimension; firmware needs fixed sizes"
        )
    assert ir.inputs is not None
    shape = tuple(int(d) for d in ir.input_shape)  # type: ignore[union-attr]
    inp, x = input_array(shape, ir.inputs.kifs(shape), solver_options)
    if ir.inputs.dropped:
        x = x * ir.inputs.kept(shape)  # a dropped feature is the constant 0: its port reads nothing
    return inp, trace_layers(ir, x)


def trace(ir: ModelIR, solver_options: dict[str, Any] | None = None) -> Any:
    """The da4ml ``CombLogic`` of ``ir`` (inputs and outputs flattened, C order); ``solver_options`` go to
    da4ml's constant-matrix solver (:func:`input_array`)."""
    from da4ml.trace import comb_trace  # optional heavy dependency: imported on first use

    inp, out = trace_arrays(ir, solver_options)
    return comb_trace(inp, out, keep_dead_inputs=True)  # an unused input still has a port


__all__ = [
    "MAX_CONSTANT_BITS",
    "constant_matrix",
    "input_array",
    "map_vars",
    "quantize",
    "relu",
    "round_half_even",
    "stack",
    "trace",
    "trace_arrays",
    "trace_layers",
]
