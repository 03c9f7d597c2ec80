"""Sigmoid and tanh exactly as hls4ml's firmware computes them: lookup tables, for use inside QKeras models.

hls4ml 1.3.0 (Vivado/Vitis ``nnet_activation.h``) evaluates ``sigmoid(x)`` as ``table[i]`` with
``i = clip(trunc(x * N / 16) + N / 2, 0, N - 1)`` (``trunc`` rounds toward zero, checked against the
``ap_fixed`` headers) and ``table[i] = table_t(1.0 / (1 + expf(-x_i)))`` at ``x_i = 16 (i - N/2) / N``; tanh
the same over [-4, 4): ``i = clip(trunc(x * N / 8) + N / 2, 0, N - 1)``, ``table[i] = table_t(tanh(x_i))``.
With ``table_t`` = ``fixed<TABLE_WIDTH, TABLE_INTEGER, RND_CONV, SAT>`` the table values are the float
values rounded half-to-even onto a 2^-(TABLE_WIDTH - TABLE_INTEGER) grid.

A QKeras GRU/LSTM whose activations are these functions computes what the firmware computes (the gradient
is the float function's: a straight-through estimator). They are registered as Keras custom objects under
the names ``hls_sigmoid_<N>`` / ``hls_tanh_<N>`` (N a power of two from 64 to 65536), which the hls4ml hook
of the recurrent families maps back to hls4ml's ``sigmoid``/``tanh`` with ``table_size = N``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Any

import numpy as np

from fpgaml._compat import patch_qkeras_recurrent
from fpgaml._keras import keras, tf
from fpgaml.errors import ConfigError

#: hls4ml's table type for the LUT activations: fixed<12,2,RND_CONV,SAT> (10 fractional bits, as
#: hls4ml's default fixed<18,8>, but rounded rather than truncated). Chosen so that the products of gate
#: values with states stay exact in QKeras' float32.
TABLE_WIDTH, TABLE_INTEGER = 12, 2
TABLE_TYPE = f"fixed<{TABLE_WIDTH},{TABLE_INTEGER},RND_CONV,SAT>"
#: 2**(fraction bits) of the type the tables read: the recurrent families' fixed<40,12> accumulator/state.
ACCUM_SCALE = 2.0**28
TABLE_SIZES = tuple(2**k for k in range(6, 17))
_NAME = re.compile(r"^(?:.*>)?hls_(sigmoid|tanh)_(\d+)$")
_SPAN = {"sigmoid": 16.0, "tanh": 8.0}


@functools.cache
def table(kind: str, size: int) -> np.ndarray:
    """hls4ml's lookup table for ``kind`` ('sigmoid' or 'tanh') with ``size`` entries, as float32."""
    ii = np.arange(size, dtype=np.float64)
    x = (_SPAN[kind] * (ii - size / 2.0) / size).astype(np.float32)  # C: float in_val = ...
    if kind == "sigmoid":
        e = np.exp(-x).astype(np.float32)  # std::exp(float)
        # sigmoid_fcn_float: 1.0 / (1 + float) in double, returned as float
        val = (1.0 / (np.float32(1.0) + e).astype(np.float64)).astype(np.float32).astype(np.float64)
    else:
        val = np.tanh(x.astype(np.float64))
    scale = 2.0 ** (TABLE_WIDTH - TABLE_INTEGER)
    lo, hi = -(2.0 ** (TABLE_WIDTH - 1)), 2.0 ** (TABLE_WIDTH - 1) - 1
    return (np.clip(np.round(val * scale), lo, hi) / scale).astype(np.float32)  # np.round: half to even


def lookup(x: Any, kind: str, size: int) -> Any:
    """The firmware value of sigmoid/tanh at ``x`` (a tensor), with the float function's gradient."""
    t = tf()
    exact = t.math.sigmoid(x) if kind == "sigmoid" else t.math.tanh(x)
    # The firmware's table input is the recurrent layer's accumulator/state type (28 fraction bits, rounded
    # half to even): the LSTM's tanh(c) reads the cell state after it was rounded onto that grid. A no-op for
    # values already on it, and in float32 (too few significant bits to hold a finer value).
    x_in = t.round(x * ACCUM_SCALE) / ACCUM_SCALE
    idx = t.cast(x_in * (size / _SPAN[kind]), t.int32) + size // 2  # float->int cast truncates toward zero
    idx = t.clip_by_value(idx, 0, size - 1)
    lut = t.gather(t.constant(table(kind, size).astype(x.dtype.as_numpy_dtype)), idx)
    return exact + t.stop_gradient(lut - exact)


def _make(kind: str, size: int) -> Callable[[Any], Any]:
    def fn(x: Any) -> Any:
        return lookup(x, kind, size)

    fn.__name__ = fn.__qualname__ = f"hls_{kind}_{size}"
    return fn


_FUNCS: dict[str, Callable[[Any], Any]] = {
    f"hls_{kind}_{size}": _make(kind, size) for kind in ("sigmoid", "tanh") for size in TABLE_SIZES
}


def activation(kind: str, size: int) -> Callable[[Any], Any]:
    """The registered LUT activation; registers all of them as Keras custom objects on first use."""
    if size not in TABLE_SIZES:
        raise ConfigError(f"table_size {size}: use a power of two from {TABLE_SIZES[0]} to {TABLE_SIZES[-1]}")
    register()
    return _FUNCS[f"hls_{kind}_{size}"]


def custom_objects() -> dict[str, Callable[[Any], Any]]:
    """Name -> function, for ``keras.models.load_model(..., custom_objects=...)``.

    Also registers the functions (:func:`register`: a loaded model must serialize them as plain names for
    hls4ml) and applies :func:`fpgaml._compat.patch_qkeras_recurrent` (a saved QGRU cannot run in a
    fresh process without it): this is what fpgaml's model loader calls before loading.
    """
    patch_qkeras_recurrent()
    register()
    return dict(_FUNCS)


def register() -> None:
    """Make the LUT activations known to Keras by name, as its built-in activations are.

    They are added to the Keras custom objects AND to the namespace of ``tf_keras``' activations module:
    only a function found there is serialized as a plain name (e.g. ``"hls_sigmoid_1024"``) rather than a
    dict, and hls4ml's recurrent-layer parser accepts nothing but a plain name. Loading a saved model then
    needs no custom objects either. Idempotent.
    """
    keras().utils.get_custom_objects().update(_FUNCS)
    import tf_keras.src.activations as keras_activations  # optional heavy dependency: imported on first use

    for name, fn in _FUNCS.items():
        if getattr(keras_activations, name, None) is not fn:
            setattr(keras_activations, name, fn)


def parse(name: Any) -> tuple[str, int] | None:
    """('sigmoid'|'tanh', table size) for a serialized LUT activation name, else None."""
    m = _NAME.match(name) if isinstance(name, str) else None
    return (m.group(1), int(m.group(2))) if m else None
