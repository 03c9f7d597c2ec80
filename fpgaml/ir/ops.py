"""The activation of a layer (fused, or an activation layer's own operation) for each consumer.

Every kind with an ``activation`` uses these three, so an activation means the same thing in the integer
reference, the RTL and the ONNX model:

* :class:`~fpgaml.ir.core.Quantizer` (exact ones): round and saturate; ``"relu"``: ``max(0, x)`` exactly (no
  rounding, the type is unchanged);
* fpgaml's lookup-table sigmoid/tanh (``"hls_sigmoid_1024"``, ``"hls_tanh_1024"``: hls4ml's tables,
  :mod:`fpgaml.models.lut`): exactly the table value, :mod:`fpgaml.ir.tables` (a lookup table in the RTL);
* any other Keras activation (``"softmax"``, ``"tanh"``, ...), a
  quantizer that is not plain fixed point, an :class:`~fpgaml.ir.core.OpaqueActivation`: no exact form, so
  :func:`evaluate_activation` and :func:`trace_activation` refuse them naming the layer; :func:`keras_activation`
  folds what Keras/ONNX can compute.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from fpgaml.errors import UnsupportedModelError
from fpgaml.ir import lut, tables
from fpgaml.ir.core import Activation, IntValue, Layer, OpaqueActivation, Quantizer
from fpgaml.ir.fold_ops import FoldedActivation, QuantSpec
from fpgaml.ir.integer import MAX_BITS, align
from fpgaml.ir.trace_ops import constant_matrix, map_vars, quantize, relu


def _no_exact_form(layer: Layer, act: Activation) -> UnsupportedModelError:
    if isinstance(act, OpaqueActivation):
        why = act.reason
    elif isinstance(act, Quantizer):
        why = "it is not plain fixed point (it applies a function, a float scale or a float ceiling)"
    elif act == "softmax":
        why = (
            "the firmware's softmax is a lookup table; compare the logits instead (ModelIR.without_softmax())"
        )
    else:
        why = "a float function; use a QKeras quantizer (quantized_relu, quantized_bits) for exact firmware"
    return UnsupportedModelError(f"{layer.where}: activation {act} has no exact fixed-point form: {why}")


def evaluate_activation(layer: Layer, value: IntValue, act: Activation | str = "fused") -> IntValue:
    """``layer``'s activation (or ``act``) on integer values."""
    act = layer.activation if act == "fused" else act
    v, frac = value
    if act is None:
        return v, frac
    if isinstance(act, Quantizer) and act.exact:
        return act.apply_int(v, frac)
    if act == "relu":
        return np.maximum(v, 0), frac
    table = tables.parse(act)
    if table is not None:
        return tables.lut_int(v, frac, *table)
    raise _no_exact_form(layer, act)


def trace_activation(layer: Layer, x: Any, act: Activation | str = "fused") -> Any:
    """``layer``'s activation (or ``act``) on a da4ml ``FixedVariableArray``."""

    act = layer.activation if act == "fused" else act
    if act is None:
        return x
    if isinstance(act, Quantizer) and act.exact:
        return quantize(x, act, layer.where)
    if act == "relu":
        return relu(x)
    table = tables.parse(act)
    if table is not None:
        return map_vars(x, lambda v: tables.lut_trace(v, *table))
    raise _no_exact_form(layer, act)


def keras_activation(layer: Layer, act: Activation | str = "fused") -> Any:
    """A value for a Keras layer's ``activation=`` computing ``layer``'s activation with ONNX-able ops."""

    act = layer.activation if act == "fused" else act
    if act is None:
        return None
    if isinstance(act, OpaqueActivation):
        raise UnsupportedModelError(
            f"{layer.where}: activation {act.description} cannot be folded for ONNX: {act.reason}"
        )
    if isinstance(act, Quantizer):
        return FoldedActivation(QuantSpec.from_quantizer(act))
    table = lut.parse(act)
    if table is not None:  # fpgaml's lookup-table sigmoid/tanh (registered with Keras by this call)
        return lut.activation(*table)
    return act


# ---- x @ W + b over the last axis (dense layers, convolution patches) -----------------------------------
def affine_int(
    where: str, value: IntValue, w: np.ndarray, w_frac: int, b: np.ndarray | None, b_frac: int
) -> IntValue:
    """``x @ W + b`` over the last axis, exactly (int64; the bound is checked before multiplying)."""

    v, frac = value
    if v.size and w.size:
        bound = int(np.max(np.abs(v))) * int(np.max(np.abs(w).sum(axis=0)))
        if bound >= 2**MAX_BITS:
            raise UnsupportedModelError(f"{where}: accumulation may exceed {MAX_BITS} bits")
    acc = np.tensordot(v, w, axes=([v.ndim - 1], [0]))
    out_frac = frac + w_frac
    if b is not None:
        target = max(out_frac, b_frac)
        acc = align(acc, out_frac, target) + align(b, b_frac, target)
        out_frac = target
    return acc, out_frac


def affine_trace(where: str, x: Any, w: np.ndarray, w_frac: int, b: np.ndarray | None, b_frac: int) -> Any:
    """``x @ W + b`` on a da4ml array (constant-matrix multiplication: adder trees, no multipliers).

    On a 2-D input (rows x features, e.g. the GNN's edges) whose rows repeat, each distinct row, or each
    distinct half-row when the rows are concatenations of repeated parts (an edge = [receiver, sender]),
    is multiplied once: ``[a, b] @ W = a @ W[:c] + b @ W[c:]``, the same integers with far less logic.
    """

    wf = constant_matrix(w, w_frac, where)
    bf = None if b is None else b.astype(np.float64) * 2.0**-b_frac  # added, not multiplied: no solver limit
    y = _shared_rows_product(x, wf, bf) if x.ndim == 2 and x.shape[0] > 1 else None
    if y is None:
        y = x @ wf
        if bf is not None:
            y = y + bf
    return y


def _var_key(v: Any) -> tuple[Any, ...]:
    """What identifies a da4ml signal: its id and scale (a constant: its value)."""
    return ("const", float(v.low)) if v.low == v.high else (v.id, v._factor)


def _shared_rows_product(x: Any, wf: np.ndarray, bias: np.ndarray | None) -> Any | None:
    """``x @ wf + bias`` computing each distinct (half-)row once (the bias added to the distinct left parts),
    or None when no row repeats."""
    from da4ml.trace import FixedVariableArray  # optional heavy dependency: imported on first use

    rows = [tuple(_var_key(v) for v in row) for row in x._vars]
    n_rows, n_cols = len(rows), len(rows[0])
    best_cost, best_split = len(set(rows)) * n_cols, n_cols  # split == n_cols: whole rows
    for c in range(1, n_cols):
        cost = len({r[:c] for r in rows}) * c + len({r[c:] for r in rows}) * (n_cols - c)
        if cost < best_cost:
            best_cost, best_split = cost, c
    if best_cost >= n_rows * n_cols:
        return None

    def products(lo: int, hi: int, with_bias: bool) -> tuple[Any, list[int]]:
        first: dict[tuple[Any, ...], int] = {}
        picked: list[int] = []
        index = []
        for i, r in enumerate(rows):
            if r[lo:hi] not in first:
                first[r[lo:hi]] = len(picked)
                picked.append(i)
            index.append(first[r[lo:hi]])
        part = FixedVariableArray(x._vars[picked, lo:hi], x.solver_options, hwconf=x.hwconf)
        prod = part @ wf[lo:hi]
        if with_bias and bias is not None:
            prod = prod + bias
        return prod._vars, index

    if best_split == n_cols:
        prod, idx = products(0, n_cols, True)
        out = prod[idx]
    else:
        left, li = products(0, best_split, True)
        right, ri = products(best_split, n_cols, False)
        out = left[li] + right[ri]
    return FixedVariableArray(out, x.solver_options, hwconf=x.hwconf)
