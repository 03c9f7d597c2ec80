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

import numpy as np

from fpgaml._keras import keras2_as_keras
from fpgaml.errors import UnsupportedModelError
from fpgaml.ir import OpaqueActivation, Quantizer
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


#: Weight quantizers whose values the firmware holds exactly (tests/test_honest_models.py, the quantizer table
#: in docs/models.md): the stochastic variants are deterministic outside training (QKeras samples only while
#: training), quantized_po2 weights are given to hls4ml as the fixed-point constants they are.
EXACT_WEIGHT_QUANTIZERS = (
    "quantized_bits", "binary", "ternary", "stochastic_binary", "stochastic_ternary", "quantized_po2",
)  # fmt: skip
#: why the other QKeras 0.9.0 quantizers are refused as weight quantizers
_NOT_WEIGHT_QUANTIZERS = {
    "bernoulli": "bernoulli samples at random in every call, also at inference: no firmware can reproduce it",
    "quantized_relu_po2": "an unsigned power-of-two activation quantizer: it maps every negative weight to its "
    "smallest value",
    "quantized_ulaw": "a mu-law companding of the weights, which hls4ml 1.3.0 does not know (it would store "
    "them in its default fixed<16,6>); QKeras cannot even run it in float64",
    "quantized_tanh": "a float tanh of the weights, which hls4ml 1.3.0 does not know (it stores them in its "
    "default fixed<16,6>)",
    "quantized_sigmoid": "a float sigmoid of the weights, which hls4ml 1.3.0 does not know (it stores them in "
    "its default fixed<16,6>) and whose values differ between float32 and float64",
    "quantized_relu": "an activation quantizer: it maps every negative weight to 0",
    "quantized_hswish": "a hard-swish activation quantizer, which QKeras 0.9.0 cannot apply to a weight",
}


#: The widest exact fixed-point type fpgaml gives power-of-two weights (da4ml's RTL takes constants up to 24
#: bits; the C-sim and the IR would take more, but every stage must be able to check the firmware).
MAX_PO2_WEIGHT_BITS = 24


def po2_weight_type(values: np.ndarray) -> tuple[int, int, int, int]:
    """(bits, integer, smallest exponent, largest exponent) of the QKeras ``quantized_bits(bits, integer)`` that
    holds the power-of-two weights ``values`` exactly (``±2**e``, QKeras' quantized_po2 has no 0):
    ``integer = max(e_max + 1, 0)`` (QKeras cannot take a negative one), LSB ``2**e_min``."""
    mags = np.abs(np.asarray(values, np.float64))
    exps = np.log2(mags[mags > 0])
    lo, hi = int(np.floor(exps.min())), int(np.ceil(exps.max()))
    integer = max(hi + 1, 0)
    return integer - lo + 1, integer, lo, hi


def _quantizer_name(source: str) -> str:
    """The QKeras class of a weight quantizer from its description (``quantized_bits(6,0,1,alpha=1)``)."""
    m = re.match(r"\s*([A-Za-z_][A-Za-z0-9_]*)\s*\(", source or "")
    return m.group(1) if m else ""


def _not_fixed_point(layer: Any) -> list[str]:
    """Quantized-network parts the firmware would round differently: weights off any fixed-point grid (e.g.
    ``alpha='auto'``) and activation quantizers fpgaml cannot represent. (A float network never gets here:
    post-training quantization turns it into a quantized one first.)"""
    out = []
    for w in layer.weights.values():
        name = _quantizer_name(w.source)
        if name and name not in EXACT_WEIGHT_QUANTIZERS:
            why = _NOT_WEIGHT_QUANTIZERS.get(name, "fpgaml has no exact firmware form for it")
            out.append(
                f"{w.name or 'weight'} quantizer {w.source}: {why}; fpgaml converts weights quantized by "
                f"{', '.join(EXACT_WEIGHT_QUANTIZERS)} (alpha=1): use one of them (e.g. quantized_bits(8, 0, "
                "alpha=1))"
            )
            continue
        if name == "quantized_po2" and np.all(np.isfinite(w.values)) and w.values.size:
            bits, _, lo, hi = po2_weight_type(w.values)
            if bits > MAX_PO2_WEIGHT_BITS:
                out.append(
                    f"{w.name or 'weight'} quantizer {w.source}: its power-of-two weights span 2^{lo} .. 2^{hi} "
                    f"(QKeras maps weights below 1e-7, e.g. pruned ones, to its smallest exponent), an exact "
                    f"fixed-point type needs {bits} bits, more than the {MAX_PO2_WEIGHT_BITS} fpgaml checks in "
                    "every stage (da4ml's constants): give quantized_po2 fewer bits or a max_value, or use "
                    "quantized_bits"
                )
            continue
        if w.frac is None:
            out.append(f"{w.name or 'weight'} is not fixed point: {w.reason}")
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
    elif isinstance(layer.activation, Quantizer) and not layer.activation.exact and layer.kind != "recurrent":
        # quantized_tanh/quantized_sigmoid (a float function first), a float scale or relu_upper_bound: hls4ml
        # converts them, but fpgaml's integer reference and RTL have no exact form, so verify would refuse the
        # firmware only after conversion (a GRU/LSTM's own tanh/sigmoid are lookup tables, its kind's business)
        out.append(
            f"activation {layer.activation.source or layer.activation}: fpgaml has no exact integer evaluation "
            "of it (a float function before the quantizer, a float scale or a float ceiling), so the firmware "
            "could not be checked bit for bit; use quantized_relu(bits, integer) or quantized_bits(bits, "
            "integer, alpha=1) (a GRU/LSTM computes its tanh/sigmoid from exact lookup tables)"
        )
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
