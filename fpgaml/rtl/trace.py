"""QKeras -> da4ml: trace fpgaml's fixed-point layer list through da4ml's symbolic fixed-point arrays.

The network is read once by :func:`fpgaml.fixedpoint.parse_qkeras`; here each layer is replayed on a
``da4ml.trace.FixedVariableArray`` (``x @ W + b`` becomes a constant-matrix-vector multiplication that da4ml
turns into adder trees with no multipliers). The result is a ``CombLogic`` that da4ml can pipeline and write
as Verilog.

Rounding. da4ml 0.6.0 offers only ``TRN`` (floor) and ``RND`` (round half UP); QKeras and hls4ml
(``RND_CONV``) round half to EVEN. :func:`round_half_even` expresses convergent rounding with da4ml's own
operations: for a value ``x`` with ``F`` fraction bits rounded to ``f < F`` bits,

    rne(x) = floor(x + 2**-(f+1) - 2**-F + b * 2**-F),   b = bit of x at weight 2**-f

On an exact tie (``x = (n + 1/2) * 2**-f``) the sum is ``(n+1) * 2**-f - 2**-F + b*2**-F``: it floors to
``n+1`` when ``n`` is odd (b = 1) and to ``n`` when ``n`` is even; away from a tie the fraction differs from
one half by at least ``2**-F`` and the correction term cannot cross an integer. In hardware this is one extra
LSB-wide input to the rounding adder. Ties do occur in practice (a ReLU input is a sum of products on a grid
finer than the activation's), so this is needed for bit-exactness, not a corner case.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from fpgaml.errors import UnsupportedModelError
from fpgaml.fixedpoint import (
    AvgPool1D,
    Conv1D,
    Dense,
    FixedPointLayer,
    FixedPointModel,
    MaxPool1D,
    Quant,
    Reshape,
)


def round_half_even(v: Any, f: int) -> Any:
    """The da4ml ``FixedVariable`` ``v`` shifted so that a following ``TRN`` quantization to ``f`` fraction
    bits rounds half to even (see the module docstring). Returns ``v`` itself when no rounding happens."""
    _, _, f_in = v.kif
    if f_in <= f or v.low == v.high:
        return v
    lsb_bit = v.quantize(0, 1 - f, f, "WRAP", "TRN")  # value b * 2**-f
    return v + (2.0 ** (-f - 1) - 2.0 ** (-f_in)) + lsb_bit * 2.0 ** (f - f_in)


def _quantize_rne(x: Any, layer: Quant) -> Any:
    from da4ml.trace import FixedVariableArray

    k = int(layer.signed)
    i = layer.bits - k - layer.frac
    mode = "SAT_SYM" if layer.symmetric else "SAT"
    flat = []
    for v in np.ravel(x._vars):
        if v.low == v.high:  # a constant: round in Python, exactly like the reference
            q = Quant(layer.name, layer.signed, layer.bits, layer.frac, layer.symmetric)
            num = float(v.low) * 2.0**50
            ival, _ = q.apply(np.array([int(num)], dtype=np.int64), 50)
            flat.append(float(ival[0]) * 2.0**-layer.frac)
            continue
        flat.append(round_half_even(v, layer.frac).quantize(k, i, layer.frac, mode, "TRN"))
    arr = np.empty(len(flat), dtype=object)
    arr[:] = flat
    return FixedVariableArray(arr.reshape(x.shape), x.solver_options, hwconf=x.hwconf)


def _dense(x: Any, layer: Dense) -> Any:
    w = layer.w.astype(np.float64) * 2.0**-layer.w_frac
    if np.max(np.abs(layer.w), initial=0) >= 2**24:
        raise UnsupportedModelError(
            f"layer {layer.name!r}: weights wider than 24 bits (da4ml solves in float32)"
        )
    y = x @ w
    if layer.b is not None:
        y = y + layer.b.astype(np.float64) * 2.0**-layer.b_frac
    return y


def _stack(parts: list[Any], like: Any) -> Any:
    from da4ml.trace import FixedVariableArray

    return FixedVariableArray(np.stack([p._vars for p in parts]), like.solver_options, hwconf=like.hwconf)


def _conv1d(x: Any, layer: Conv1D) -> Any:
    from da4ml.trace import FixedVariableArray

    length, c_in = x.shape
    _, _, c_out = layer.w.shape
    outs = []
    for win in layer.windows(length):
        taps = [(kk, j) for kk, j in enumerate(win) if j is not None]
        vec = FixedVariableArray(
            np.concatenate([x._vars[j] for _, j in taps]), x.solver_options, hwconf=x.hwconf
        )
        sub = Dense(
            layer.name,
            layer.w[[kk for kk, _ in taps]].reshape(len(taps) * c_in, c_out),
            layer.w_frac,
            layer.b,
            layer.b_frac,
        )
        outs.append(_dense(vec, sub))
    return _stack(outs, x)


def _maxpool(x: Any, layer: MaxPool1D) -> Any:
    n_out = (x.shape[0] - layer.pool) // layer.stride + 1
    outs = []
    for p in range(n_out):
        s = p * layer.stride
        r = x[s]
        for t in range(1, layer.pool):
            r = np.maximum(r, x[s + t])
        outs.append(r)
    return _stack(outs, x)


def _avgpool(x: Any, layer: AvgPool1D) -> Any:
    pool = layer.pool or x.shape[0]
    scale = 1.0 / pool
    if layer.pool == 0:
        acc = x[0]
        for t in range(1, x.shape[0]):
            acc = acc + x[t]
        return acc * scale
    n_out = (x.shape[0] - pool) // layer.stride + 1
    outs = []
    for p in range(n_out):
        s = p * layer.stride
        acc = x[s]
        for t in range(1, pool):
            acc = acc + x[s + t]
        outs.append(acc * scale)
    return _stack(outs, x)


def apply_layer(x: Any, layer: FixedPointLayer) -> Any:
    """One fixed-point layer on a per-sample ``FixedVariableArray`` (no batch axis)."""
    if isinstance(layer, Dense):
        return _dense(x, layer)
    if isinstance(layer, Conv1D):
        return _conv1d(x, layer)
    if isinstance(layer, Quant):
        return _quantize_rne(x, layer)
    if isinstance(layer, Reshape):
        return x.reshape(layer.shape)
    if isinstance(layer, MaxPool1D):
        return _maxpool(x, layer)
    if isinstance(layer, AvgPool1D):
        return _avgpool(x, layer)
    raise UnsupportedModelError(f"layer {layer.name!r}: no da4ml mapping for {type(layer).__name__}")


def trace(fp: FixedPointModel) -> Any:
    """The da4ml ``CombLogic`` of a :class:`FixedPointModel` (inputs and outputs flattened, C order)."""
    from da4ml.trace import FixedVariableArrayInput, comb_trace

    signed, width, integer = fp.input_precision
    k = int(signed)
    inp = FixedVariableArrayInput(fp.input_shape)
    x = inp.quantize(k, integer - k, width - integer)
    for layer in fp.layers:
        x = apply_layer(x, layer)
    return comb_trace(inp, x, keep_dead_inputs=True)  # an unused input still has a port
