"""Refuse, before conversion, Keras models that hls4ml 1.3.0 would turn into wrong firmware or cannot convert.

hls4ml does not always fail loudly: a SimpleRNN on the Vivado/Vitis backends "converts" and compiles, and the
firmware reads an uninitialised buffer; a GRU with ``reset_after=False`` or a recurrent layer with
``go_backwards=True`` converts into firmware that computes a different function. :func:`check_supported`
raises :class:`fpgaml.errors.UnsupportedModelError` naming the layer and what is supported instead. The
convert stage calls it for every model (fpgaml's families and users' own models).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from fpgaml.errors import UnsupportedModelError

#: Backends whose recurrent templates lack SimpleRNN (hls4ml 1.3.0).
_NO_SIMPLE_RNN_BACKENDS = ("vivado", "vitis")
#: Layer classes hls4ml 1.3.0 implements only for io_parallel.
_PARALLEL_ONLY = frozenset({"EinsumDense"})
#: Wrappers whose inner layers are checked instead (hls4ml flattens them).
_CONTAINERS = frozenset({"Functional", "Sequential", "Model"})
_RECURRENT = frozenset({"GRU", "LSTM", "QGRU", "QLSTM", "SimpleRNN", "QSimpleRNN"})


def supported_layer_classes() -> list[str]:
    """The Keras layer classes hls4ml 1.3.0's Keras-2 converter accepts (its handler table + skipped layers)."""
    from fpgaml._keras import keras2_as_keras

    with keras2_as_keras():
        from hls4ml.converters.keras_v2_to_hls import get_supported_keras_layers

        return sorted(set(get_supported_keras_layers()) | {"Dropout"})


def _layers(model: Any) -> Iterator[Any]:
    from fpgaml._keras import keras

    for layer in getattr(model, "layers", []):
        if type(layer).__name__ in _CONTAINERS or isinstance(layer, keras().Model):
            yield from _layers(layer)
        else:
            yield layer


def _recurrent_problems(layer: Any, cls: str, backend: str) -> list[str]:
    cfg = layer.get_config()
    problems = []
    if cls in ("SimpleRNN", "QSimpleRNN") and backend.lower() in _NO_SIMPLE_RNN_BACKENDS:
        problems.append(
            f"{cls} has no {backend} template in hls4ml 1.3.0 (the firmware would read an uninitialised "
            "buffer); use GRU/LSTM (QGRU/QLSTM) on Vivado/Vitis"
        )
    if cfg.get("go_backwards"):
        problems.append("go_backwards=True is ignored by hls4ml (the firmware would run forwards)")
    if cfg.get("return_state"):
        problems.append("return_state=True is not supported by hls4ml")
    if cfg.get("stateful"):
        problems.append("stateful=True is not supported (the firmware resets the state for every input)")
    if cfg.get("time_major"):
        problems.append("time_major=True is not supported by hls4ml")
    if cls in ("GRU", "QGRU") and not cfg.get("reset_after", True):
        problems.append(
            "reset_after=False: hls4ml's GRU firmware always applies the reset gate after the matrix "
            "product (Keras reset_after=True) and splits the bias in two; use reset_after=True"
        )
    return problems


def check_supported(model: Any, backend: str = "Vitis", io_type: str = "io_parallel") -> None:
    """Raise :class:`UnsupportedModelError` if hls4ml 1.3.0 cannot turn ``model`` into correct firmware.

    Checked: layer classes hls4ml cannot convert (Lambda and custom layers included), SimpleRNN on
    Vivado/Vitis, recurrent options hls4ml ignores or mis-implements (go_backwards, return_state, stateful,
    time_major, GRU reset_after=False), and layers not implemented for ``io_type``. All problems are listed
    in one message.
    """
    if io_type not in ("io_parallel", "io_stream"):
        raise UnsupportedModelError(f"unknown io_type {io_type!r}; supported: io_parallel, io_stream")
    supported = set(supported_layer_classes())
    problems: list[str] = []
    for layer in _layers(model):
        cls = type(layer).__name__
        where = f"layer {layer.name!r} ({cls})"
        if cls == "Lambda":
            problems.append(
                f"{where}: Lambda layers hold arbitrary Python code that hls4ml cannot convert; "
                "replace it by standard Keras/QKeras layers"
            )
            continue
        if cls not in supported:
            problems.append(f"{where}: hls4ml 1.3.0 cannot convert this layer class")
            continue
        if cls in _RECURRENT:
            problems += [f"{where}: {p}" for p in _recurrent_problems(layer, cls, backend)]
        if io_type == "io_stream" and cls in _PARALLEL_ONLY:
            problems.append(
                f"{where}: hls4ml implements {cls} only for io_parallel; use io_type: io_parallel"
            )
    if problems:
        listing = ", ".join(sorted(supported - {"InputLayer"}))
        raise UnsupportedModelError(
            f"the model cannot be converted to correct {backend} firmware ({io_type}):\n  "
            + "\n  ".join(problems)
            + f"\nLayer classes hls4ml 1.3.0 converts: {listing} "
            "(SimpleRNN/QSimpleRNN not on Vivado/Vitis)."
        )
