"""Compatibility shims that QKeras 0.9.0 and hls4ml 1.3.0 need on TensorFlow 2.21 / NumPy 2, applied by fpgaml
before it builds, loads or converts a model that uses them. A leaf module (imports only the third-party
packages it patches, on first use), so every layer of fpgaml may call it."""

from __future__ import annotations

import numpy as np


def patch_qkeras_recurrent() -> None:
    """Make QKeras 0.9.0's recurrent cells run on TensorFlow 2.21.

    ``QGRUCell``/``QSimpleRNNCell`` call ``tensorflow.python.util.nest.is_sequence`` (renamed ``is_nested``)
    and ``QGRUCell`` with ``reset_after=True`` calls ``tensorflow.python.ops.array_ops.unstack`` (moved to
    ``array_ops_stack``). Without these aliases every QGRU fails at its first call, including when a saved
    model is loaded in a fresh process. Adding them is idempotent and changes nothing else.
    """
    from tensorflow.python.ops import (  # optional heavy dependency: imported on first use
        array_ops,
        array_ops_stack,
    )
    from tensorflow.python.util import nest  # optional heavy dependency: imported on first use

    if not hasattr(nest, "is_sequence"):
        nest.is_sequence = nest.is_nested
    if not hasattr(array_ops, "unstack"):
        array_ops.unstack = array_ops_stack.unstack


def patch_hls4ml_numpy2() -> None:
    """Let hls4ml 1.3.0 write power-of-two and binary weights under NumPy 2.

    ``hls4ml.model.types.ExponentWeightVariable`` (the weights of ``quantized_po2`` and ``binary`` kernels) calls
    ``np.product``, which NumPy 2 removed (it was an alias of ``np.prod``): without the alias every such
    conversion fails while writing the project. Adding it is idempotent and changes nothing else.
    """

    if not hasattr(np, "product"):
        np.product = np.prod


def patch_qkeras_po2_float64() -> None:
    """Let QKeras 0.9.0's ``quantized_po2`` run in a float64 model (fpgaml's float64 twin, which verify and the
    first-divergent-layer trace evaluate).

    Its ``_clip_power_of_two`` mixes a Python float (``epsilon``, converted to float32) with the float64
    input in ``tf.where`` and raises ``TypeError: Input 'e' of 'SelectV2' Op has type float64 that does not
    match type float32``. The patched function computes the exponents in float32, as QKeras does for a float32
    model, and returns them in the input's type: the exponents are small integers, exact in both, and float64
    weights of a twin are float32 values. Idempotent; a float32 model is computed exactly as before.
    """
    import tensorflow as tf  # optional heavy dependency: imported on first use
    from qkeras import quantizers  # optional heavy dependency: imported on first use

    original = quantizers._clip_power_of_two
    if getattr(original, "_fpgaml_float64", False):
        return

    def clip(x_abs, *args, **kwargs):  # type: ignore[no-untyped-def]
        if x_abs.dtype == tf.float32:
            return original(x_abs, *args, **kwargs)
        return tf.cast(original(tf.cast(x_abs, tf.float32), *args, **kwargs), x_abs.dtype)

    clip._fpgaml_float64 = True  # type: ignore[attr-defined]
    quantizers._clip_power_of_two = clip
