"""One place that decides which Keras fpgaml talks to.

QKeras only works with Keras 2. TensorFlow >= 2.16 installs Keras 3 as ``keras``; the Keras 2
implementation lives on as the ``tf_keras`` package and becomes ``tf.keras`` when the environment
variable ``TF_USE_LEGACY_KERAS=1`` is set *before* TensorFlow is imported. Every fpgaml module that
needs Keras imports it from here, never ``import keras`` directly.

hls4ml 1.3.0 chooses its Keras parser from the *installed* ``keras.__version__`` (it would pick its
Keras-3 parser and fail on a tf_keras model with ``'Node' object has no attribute 'arguments'``).
:func:`keras2_as_keras` presents ``tf_keras`` as ``keras`` to hls4ml for the duration of a call.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from types import ModuleType

os.environ.setdefault("TF_USE_LEGACY_KERAS", "1")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")

if os.environ["TF_USE_LEGACY_KERAS"] != "1":  # pragma: no cover - guarded for users who set it to 0
    raise ImportError(
        "fpgaml needs Keras 2 for QKeras: set TF_USE_LEGACY_KERAS=1 (or leave it unset) before importing"
        " TensorFlow."
    )


def tf() -> ModuleType:
    """The TensorFlow module, imported with Keras 2 as ``tf.keras``."""
    import tensorflow  # optional heavy dependency: imported on first use

    return tensorflow


def keras() -> ModuleType:
    """The Keras 2 implementation (the ``tf_keras`` package)."""
    import tf_keras  # optional heavy dependency: imported on first use

    return tf_keras


def qkeras() -> ModuleType:
    """QKeras, imported on top of Keras 2."""
    keras()
    import qkeras as _qkeras  # optional heavy dependency: imported on first use

    return _qkeras


@contextlib.contextmanager
def keras2_as_keras() -> Iterator[None]:
    """Within the block, ``import keras`` (and its submodules) yields ``tf_keras``.

    Needed around hls4ml calls that dispatch on ``keras.__version__``. Restores ``sys.modules`` exactly
    afterwards, including any Keras-3 modules that were already imported.
    """
    k2 = keras()
    saved = {name: mod for name, mod in sys.modules.items() if name == "keras" or name.startswith("keras.")}
    for name in saved:
        del sys.modules[name]
    sys.modules["keras"] = k2
    for name, mod in list(sys.modules.items()):
        if name.startswith("tf_keras."):
            sys.modules["keras." + name[len("tf_keras.") :]] = mod
    try:
        yield
    finally:
        for name in [n for n in sys.modules if n == "keras" or n.startswith("keras.")]:
            del sys.modules[name]
        sys.modules.update(saved)
