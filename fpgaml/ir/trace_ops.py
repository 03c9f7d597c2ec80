"""The da4ml primitives the layer kinds' ``trace`` methods use: quantization with QKeras' rounding, ReLU,
constant matrices, stacking (:mod:`fpgaml.rtl.trace` walks the IR with them; da4ml is imported on first use, an
optional heavy dependency).

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
from fpgaml.ir.core import Quantizer

#: da4ml's CMVM solver works in float32: constant weights must fit in 24 bits.
MAX_CONSTANT_BITS = 24


def round_half_even(v: Any, f: int) -> Any:
    """The da4ml ``FixedVariable`` ``v`` shifted so that a following ``TRN`` quantization to ``f`` fraction
    bits rounds half to even (see the module docstring). Returns ``v`` itself when no rounding happens."""
    _, _, f_in = v.kif
    if f_in <= f or v.low == v.high:
        return v
    lsb_bit = v.quantize(0, 1 - f, f, "WRAP", "TRN")  # value b * 2**-f
    return v + (2.0 ** (-f - 1) - 2.0 ** (-f_in)) + lsb_bit * 2.0 ** (f - f_in)


def _const_code(value: float, q: Quantizer) -> float:
    """A constant quantized exactly like the integer reference does it."""
    num = float(value) * 2.0**50
    if num != int(num):
        raise UnsupportedModelError(f"constant {value} has more than 50 fraction bits")
    ival, _ = q.apply_int(np.array([int(num)], dtype=np.int64), 50)
    return float(ival[0]) * 2.0**-q.type.frac


def quantize(x: Any, q: Quantizer, where: str = "") -> Any:
    """``q`` applied to every element of the ``FixedVariableArray`` ``x`` (rounding as the integer
    reference: RND_CONV through :func:`round_half_even`; constants are rounded in Python)."""
    from da4ml.trace import FixedVariableArray  # optional heavy dependency: imported on first use

    if not q.exact:
        raise UnsupportedModelError(f"{where}: quantizer {q} is not plain fixed point: no RTL")
    k, i, f = q.type.kif
    if q.overflow == "SAT_SYM" and not k:
        raise UnsupportedModelError(f"{where}: unsigned SAT_SYM quantizer {q}: no RTL in fpgaml")
    flat = []
    for v in np.ravel(x._vars):
        if v.low == v.high:
            flat.append(_const_code(float(v.low), q))
        elif q.rounding == "RND_CONV":
            flat.append(round_half_even(v, f).quantize(k, i, f, q.overflow, "TRN"))
        else:
            flat.append(v.quantize(k, i, f, q.overflow, q.rounding))
    arr = np.empty(len(flat), dtype=object)
    arr[:] = flat
    return FixedVariableArray(arr.reshape(x.shape), x.solver_options, hwconf=x.hwconf)


def map_vars(x: Any, fn: Any) -> Any:
    """``fn`` applied to every ``FixedVariable`` of the ``FixedVariableArray`` ``x`` (same shape)."""
    from da4ml.trace import FixedVariableArray  # optional heavy dependency: imported on first use

    flat = [fn(v) for v in np.ravel(x._vars)]
    arr = np.empty(len(flat), dtype=object)
    arr[:] = flat
    return FixedVariableArray(arr.reshape(x.shape), x.solver_options, hwconf=x.hwconf)


def relu(x: Any) -> Any:
    """``max(0, x)`` exactly, element-wise (constants in Python)."""
    from da4ml.trace import FixedVariableArray  # optional heavy dependency: imported on first use

    flat = [max(float(v.low), 0.0) if v.low == v.high else v.relu() for v in np.ravel(x._vars)]
    arr = np.empty(len(flat), dtype=object)
    arr[:] = flat
    return FixedVariableArray(arr.reshape(x.shape), x.solver_options, hwconf=x.hwconf)


def constant_matrix(w: np.ndarray, frac: int, where: str) -> np.ndarray:
    """Weight integers as the float64 constants da4ml multiplies with (checked against its float32 solver)."""
    if np.max(np.abs(w), initial=0) >= 2**MAX_CONSTANT_BITS:
        raise UnsupportedModelError(
            f"{where}: weights wider than {MAX_CONSTANT_BITS} bits (da4ml solves in float32)"
        )
    return w.astype(np.float64) * 2.0**-frac


def stack(parts: list[Any], like: Any) -> Any:
    """``np.stack`` of per-position ``FixedVariableArray`` parts along a new first axis."""
    from da4ml.trace import FixedVariableArray  # optional heavy dependency: imported on first use

    return FixedVariableArray(np.stack([p._vars for p in parts]), like.solver_options, hwconf=like.hwconf)


def input_array(
    shape: tuple[int, ...], kif: Any, solver_options: dict[str, Any] | None = None
) -> tuple[Any, Any]:
    """(da4ml input array, the same quantized to ``kif``) of a per-sample ``shape``; ``kif`` is one (k, i, f)
    or three arrays of ``shape`` (per-feature input types: each input only has its own bits). ``solver_options``
    go to da4ml's constant-matrix solver for every product traced from it (e.g. ``{"hard_dc": 2}``)."""
    from da4ml.trace import FixedVariableArrayInput  # optional heavy dependency: imported on first use

    inp = FixedVariableArrayInput(tuple(int(d) for d in shape), solver_options=solver_options)
    return inp, inp.quantize(*kif)
