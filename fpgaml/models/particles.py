"""What the linear-cost constituent families share (``deepsets``, ``jedi``, ``mixer``): per-particle MLPs,
sums and means over the particles, the broadcast of a per-jet vector back onto every particle, and the
hls4ml types that make all of it exact.

Every operation is built from layers hls4ml 1.3.0 converts and fpgaml's IR reads (no new layer kind):

* a **per-particle** ``QDense`` on ``(N, F)`` acts on the last axis of every particle with the same weights
  (hls4ml writes it as a pointwise Conv1D; the IR's dense kind and the RTL trace do ``x @ W`` per row);
* ``Permute((2, 1))`` turns ``(N, F)`` into ``(F, N)``, so a ``QDense`` then mixes **across particles**
  (the MLP-Mixer's token mixing) and a fixed matrix sums over them;
* a **fixed matrix** is a bias-free, non-trainable ``Dense`` whose kernel holds only 0 and one power of two
  ``2**-k``: all ones for a sum over the particles, ``2**-k`` with ``2**k >= N`` for a mean (exact for
  N = 16 or 32; for other N a sum scaled by ``2**-k``, still exact), a ``(1, N)`` row of ones to copy a
  per-jet vector onto the N particles (:func:`pool`, :func:`broadcast`).

Exactness (:func:`set_hls_types`): hls4ml infers exact accumulators for a ``QDense`` whose input type is
known, but types the wiring (Permute, Reshape/Flatten, Concatenate) and plain ``Dense`` layers with its
default ``fixed<16,6>``. The hook walks the Keras graph and gives each of them the type of what it holds:
a wiring layer its input's type, a fixed matrix the exact type of its sums (input type times ``2**-k``,
``ceil(log2(fan-in))`` more integer bits), a concatenation the union of its inputs. Types are read from the
network's own quantizers (the input type, each ReLU's ``quantized_relu(bits, integer)``), so per-layer
widths (``model.layer_precision``) and per-feature inputs are honoured without any model-wide width.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from fpgaml._keras import keras
from fpgaml.errors import ConfigError, UnsupportedModelError
from fpgaml.models.base import BuildContext, Fixed, dense, fixed_matrix, relu, snap_quantized_weights, union

#: ``pool`` / ``aggregate`` values: how the per-particle vectors become one per-jet vector.
POOLS = ("sum", "mean")


# ---- builders ---------------------------------------------------------------------------------------------
def transpose(name: str) -> Any:
    """``(a, b)`` -> ``(b, a)`` per sample."""

    return keras().layers.Permute((2, 1), name=name)


def mlp(ctx: BuildContext, x: Any, widths: list[int], prefix: str) -> Any:
    """``QDense`` + quantized ReLU per width (``<prefix><i>``, ``<prefix><i>_relu``); per particle on (N, F)."""
    for i, units in enumerate(widths, start=1):
        x = dense(ctx, int(units), f"{prefix}{i}")(x)
        x = relu(ctx, f"{prefix}{i}_relu")(x)
    return x


def mean_shift(n: int) -> int:
    """``k`` of the mean's ``2**-k``: the smallest with ``2**k >= n`` (exactly 1/n for a power of two)."""
    return max(0, math.ceil(math.log2(n))) if n > 1 else 0


def pool(x: Any, how: str, name: str, t_name: str | None = None) -> Any:
    """Sum or mean of ``x`` (N, D) over the particles, as a fixed matrix on its transpose: ``(D, 1)``.

    Layers: ``t_name`` (Permute; default ``<name>_t``), ``<name>`` (fixed (N, 1) matrix of ones or of
    ``2**-k``)."""
    n = int(x.shape[1])
    check_pool(how, "pool")
    value = 1.0 if how == "sum" else 2.0 ** -mean_shift(n)
    return fixed_matrix(np.full((n, 1), value, np.float32), name)(transpose(t_name or f"{name}_t")(x))


def broadcast(g: Any, n: int, name: str) -> Any:
    """A per-jet ``(D, 1)`` copied onto each of ``n`` particles: ``(n, D)``. Layers: ``<name>`` (fixed (1, n)
    row of ones), ``<name>_t`` (Permute). In the RTL the copies are wires; a per-particle layer reading
    ``[particle, copy]`` multiplies the repeated half once (:func:`fpgaml.ir.ops.affine_trace`)."""
    return transpose(f"{name}_t")(fixed_matrix(np.ones((1, n), np.float32), name)(g))


def flatten(x: Any, name: str) -> Any:

    return keras().layers.Flatten(name=name)(x)


def head(ctx: BuildContext, x: Any, widths: list[int]) -> Any:
    """The per-jet MLP (``fc<i>``, ``fc<i>_relu``) and the ``logits`` layer."""
    x = mlp(ctx, x, widths, "fc")
    return dense(ctx, ctx.n_classes, "logits")(x)


def constituent_input(ctx: BuildContext, family: str) -> tuple[Any, Any, int]:
    """(Keras input, the tensor the layers read, N particles); refuses inputs that are not (N, F)."""
    if len(ctx.input_shape) != 2:
        raise ConfigError(
            f"{family} needs constituents (particles, features); got input shape {ctx.input_shape}"
        )
    inputs, x = ctx.inputs("constituents")
    return inputs, x, int(ctx.input_shape[0])


def check_pool(value: Any, key: str) -> str:
    if value not in POOLS:
        raise ConfigError(f"model.params.{key}: {value!r} is not one of {', '.join(map(repr, POOLS))}")
    return str(value)


def check_widths(params: dict[str, Any], key: str, *, at_least: int = 0) -> list[int]:
    """``model.params.<key>`` as a list of positive ints (at least ``at_least`` of them)."""
    value = params[key]
    if not isinstance(value, (list, tuple)) or not all(isinstance(v, int) and v >= 1 for v in value):
        raise ConfigError(f"model.params.{key}: a list of layer widths (positive integers), got {value!r}")
    if len(value) < at_least:
        raise ConfigError(f"model.params.{key}: needs at least {at_least} layer(s), got {list(value)}")
    return [int(v) for v in value]


# ---- exact hls4ml types ------------------------------------------------------------------------------------
_WIRING = ("Permute", "Reshape", "Flatten", "Dropout")


def _quantizer_type(q: Any) -> Fixed | None:
    """The output type of a QKeras ``quantized_relu`` / ``quantized_bits`` (alpha 1), else None."""
    name = type(q).__name__
    bits, integer = getattr(q, "bits", None), getattr(q, "integer", None)
    if bits is None or integer is None:
        return None
    if name == "quantized_relu":
        return Fixed(False, int(bits), int(integer))
    if name == "quantized_bits" and int(getattr(q, "keep_negative", 1)):
        return Fixed(True, int(bits), int(integer) + 1)
    return None


def fixed_matrix_type(kernel: np.ndarray, x_t: Fixed, where: str) -> tuple[Fixed, Fixed]:
    """(weight type, exact result type) of a fixed matrix whose non-zero entries all equal ``2**-k``.

    A sum of ``m`` values of ``x_t`` (m: the most non-zeros in a column) needs ``ceil(log2 m)`` more integer
    bits; multiplying by ``2**-k`` moves the binary point by k."""
    w = np.asarray(kernel, np.float64)
    nz = np.unique(w[w != 0])
    if len(nz) != 1 or nz[0] <= 0 or math.log2(nz[0]) != round(math.log2(nz[0])):
        raise UnsupportedModelError(
            f"{where}: a fixed matrix needs one positive power-of-two value besides 0 to be typed exactly "
            f"(found {nz[:5].tolist()})"
        )
    k = -round(math.log2(nz[0]))
    fan_in = int((w != 0).sum(axis=0).max())
    grown = x_t.grow(fan_in)
    return Fixed(False, 1, 1 - k), Fixed(grown.signed, grown.width, grown.integer - k)


def _set(hls_cfg: dict[str, Any], name: str, **prec: Fixed) -> None:
    entry = hls_cfg.setdefault("LayerName", {}).setdefault(name, {})
    cur = entry.get("Precision")
    if not isinstance(cur, dict):
        cur = {} if cur is None else {"result": cur}
        entry["Precision"] = cur
    for key, t in prec.items():
        cur[key] = str(t)


def _input_type(model: Any, model_cfg: Any) -> Fixed:
    signed, width, integer = model_cfg.input_fixed.as_tuple
    return Fixed(signed, width, integer)


def set_hls_types(hls_cfg: dict[str, Any], model: Any, model_cfg: Any, params: dict[str, Any]) -> None:
    """The family hook: snap the QDense weights onto their grid (hls4ml drops the quantizer of a QDense on a
    multi-dimensional input) and type every wiring layer, fixed matrix and concatenation exactly.

    Types flow from the network's input (``model.input_precision``; with the firmware's input scaling, its
    ``model.scaling.precision``) and its quantizers, layer by layer; a QDense's output is left to hls4ml's
    inference (exact for a known input type) and must reach a quantized ReLU before any wiring layer."""
    snap_quantized_weights(model)
    types: dict[str, Fixed | None] = {}
    for layer in model.layers:
        cls = type(layer).__name__
        inbound = _inbound(layer)
        in_types = [types.get(n) for n in inbound]
        where = f"layer {layer.name!r} ({cls})"
        if cls == "InputLayer":
            types[layer.name] = _input_type(model, model_cfg)
        elif cls == "InputScale":
            types[layer.name] = Fixed.parse(model_cfg.scaling.precision)
        elif cls == "QActivation":
            types[layer.name] = _quantizer_type(layer.quantizer)
        elif cls in _WIRING or cls == "Concatenate" or (cls == "Dense" and not layer.trainable):
            if any(t is None for t in in_types):
                raise UnsupportedModelError(
                    f"{where}: reads a value of unknown fixed-point type ({', '.join(inbound)}); put a quantized "
                    "activation before it"
                )
            if cls == "Concatenate":
                t = union(*in_types)  # type: ignore[arg-type]
                _set(hls_cfg, layer.name, result=t)
            elif cls == "Dense":
                w_t, t = fixed_matrix_type(layer.get_weights()[0], in_types[0], where)  # type: ignore[arg-type]
                _set(hls_cfg, layer.name, result=t, accum=t, weight=w_t, bias=w_t)
                _set(hls_cfg, f"{layer.name}_linear", result=t)  # the linear activation hls4ml splits off
            else:
                t = in_types[0]
                _set(hls_cfg, layer.name, result=t)  # type: ignore[arg-type]
            types[layer.name] = t
        else:
            types[layer.name] = None  # QDense & co.: hls4ml infers an exact type from the input's


def _inbound(layer: Any) -> list[str]:
    """Names of the layers whose outputs ``layer`` reads (Functional models)."""
    names: list[str] = []
    for node in getattr(layer, "_inbound_nodes", []):
        for inbound in (
            getattr(node, "inbound_layers", [])
            if isinstance(getattr(node, "inbound_layers", None), list)
            else [node.inbound_layers]
        ):
            if inbound is not None and inbound.name not in names:
                names.append(inbound.name)
    return names
