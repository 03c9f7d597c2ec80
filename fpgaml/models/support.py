"""Refuse, before conversion, Keras models that hls4ml 1.3.0 would turn into wrong firmware or cannot convert.

hls4ml does not always fail loudly: a SimpleRNN on the Vivado/Vitis backends "converts" and compiles, and the
firmware reads an uninitialised buffer; a GRU with ``reset_after=False`` or a recurrent layer with
``go_backwards=True`` converts into firmware that computes a different function. :func:`check_supported`
reads the model into fpgaml's layer IR (:mod:`fpgaml.ir`) and asks each layer's kind for its ``problems``
(``LayerKind.problems``); a layer class fpgaml has no kind for (Lambda and custom layers included) is refused
by name. It raises :class:`fpgaml.errors.UnsupportedModelError` listing every problem at once. The convert
stage calls it for every model (fpgaml's families and users' own models).
"""

from __future__ import annotations

import functools
import re
from typing import Any

from fpgaml._keras import keras2_as_keras
from fpgaml.errors import UnsupportedModelError
from fpgaml.ir import OpaqueActivation
from fpgaml.ir.core import KINDS, FixedType, InputTypes, ModelIR, kind_of
from fpgaml.ir.parse import parse_layers


def register_extensions() -> None:
    """The layer kinds that extend hls4ml (fpgaml's input scaling), registered before hls4ml parses."""

    KINDS.register_hls4ml()


@functools.cache
def supported_layer_classes() -> list[str]:
    """The Keras layer classes hls4ml 1.3.0's Keras-2 converter accepts (its handler table + skipped layers)."""

    register_extensions()  # fpgaml's own layers that extend hls4ml
    with keras2_as_keras():
        from hls4ml.converters.keras_v2_to_hls import (
            get_supported_keras_layers,  # optional heavy dependency: imported on first use
        )

        return sorted(set(get_supported_keras_layers()) | {"Dropout"})


def _not_fixed_point(layer: Any) -> list[str]:
    """Quantized-network parts the firmware would round differently: weights off any fixed-point grid (e.g.
    ``alpha='auto'``) and activation quantizers fpgaml cannot represent. (A float network never gets here:
    post-training quantization turns it into a quantized one first.)"""

    out = [
        f"{w.name or 'weight'} is not fixed point: {w.reason}"
        for w in layer.weights.values()
        if w.frac is None
    ]
    for w in layer.weights.values():
        alpha = re.search(r"alpha=([^,)]+)", w.source or "")
        if w.frac is not None and alpha and alpha.group(1).strip("'\"") not in ("1", "1.0", "None"):
            out.append(
                f"{w.name or 'weight'} quantizer {w.source}: hls4ml 1.3.0 moves a scale alpha other than 1 into an "
                "ApplyAlpha layer it types with the default fixed<16,6> (wraps); use alpha=1 "
                "(e.g. binary(alpha=1), ternary(alpha=1), quantized_bits(8, 0, alpha=1))"
            )
    if isinstance(layer.activation, OpaqueActivation):
        out.append(f"activation {layer.activation}: {layer.activation.reason}")
    return out


def check_supported(
    model: Any,
    backend: str = "Vitis",
    io_type: str = "io_parallel",
    input_type: InputTypes | FixedType | str | None = None,
) -> ModelIR:
    """Raise :class:`UnsupportedModelError` if hls4ml 1.3.0 cannot turn ``model`` into correct firmware.

    Checked: layer classes fpgaml cannot read (no layer kind; Lambda and custom layers), layer classes hls4ml
    cannot convert, weights that are not fixed point and quantizers fpgaml cannot represent (the firmware
    would round them its own way), and each kind's ``problems`` for ``backend``/``io_type`` (e.g. SimpleRNN on Vivado/Vitis,
    recurrent options hls4ml ignores or mis-implements: go_backwards, return_state, stateful, time_major, GRU
    reset_after=False). All problems are listed in one message.

    ``model`` is a Keras model (read into the IR here, once: the IR is returned, with ``input_type``, for the
    caller to hand on) or a :class:`~fpgaml.ir.ModelIR` already read (checked without reading it again).
    """
    if io_type not in ("io_parallel", "io_stream"):
        raise UnsupportedModelError(f"unknown io_type {io_type!r}; supported: io_parallel, io_stream")
    if isinstance(model, ModelIR):
        ir: ModelIR | None = model
        layers, problems = model.layers, []
    else:
        layers, output, problems = parse_layers(model)
        ir = None if problems or output is None else ModelIR(layers, output, input_type, name=str(model.name))
    hls4ml_classes = set(supported_layer_classes())
    for layer in layers:
        if layer.keras_class not in hls4ml_classes:
            problems.append(f"{layer.where}: hls4ml 1.3.0 cannot convert this layer class")
            continue
        problems += [f"{layer.where}: {p}" for p in kind_of(layer).problems(layer, backend, io_type)]
        problems += [f"{layer.where}: {p}" for p in _not_fixed_point(layer)]
    if problems or ir is None:
        readable = [c for c in KINDS.keras_classes() if c in hls4ml_classes and c != "InputLayer"]
        raise UnsupportedModelError(
            f"the model cannot be converted to correct {backend} firmware ({io_type}):\n  "
            + "\n  ".join(problems)
            + f"\nLayer classes fpgaml reads and hls4ml 1.3.0 converts: {', '.join(readable)} "
            "(SimpleRNN/QSimpleRNN not on Vivado/Vitis)."
        )
    return ir
