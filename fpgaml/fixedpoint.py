"""fpgaml's own bit-exact fixed-point reference of a QKeras network, computed in integers.

QKeras computes in float32: an accumulation wider than 24 significant bits is rounded inside QKeras itself, so
QKeras is not a bit-exact reference for firmware. :class:`FixedPointModel` reads a QKeras model once into a
small layer list (:class:`FixedPointLayer` subclasses, each holding integer weights and their binary point) and
evaluates it on ``int64`` arrays: every tensor is ``value = integer * 2**-frac``. Outputs are returned as
float64, which is exact as long as an output fits in 53 bits (checked).

Semantics, matched to QKeras 0.9.0 and to hls4ml's handling of the same layers:

* ``quantized_relu(bits, integer)``: ``round(x * 2**(bits-integer))`` with ``tf.round`` (round half to EVEN),
  then saturate to ``[0, 2**bits - 1]``. hls4ml types it ``ufixed<bits,integer,RND_CONV,SAT>``.
* ``quantized_bits(bits, integer, keep_negative=1, alpha=1)`` as an activation: round half to even, saturate to
  ``[-2**(bits-1) (+1 if symmetric), 2**(bits-1) - 1]`` in units of ``2**(integer-bits+1)``.
* Weights and biases: ``quantizer(kernel)`` evaluated by QKeras; the values must be dyadic (fixed point).
* Dense / Conv1D accumulate exactly (no rounding), like hls4ml with wide-enough accumulators.

The parsed layer list is also what :mod:`fpgaml.rtl` feeds to da4ml, so the RTL and this reference cannot
disagree about what the network is.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from fpgaml.errors import InputError, UnsupportedModelError

__all__ = [
    "AvgPool1D",
    "Conv1D",
    "Dense",
    "FixedPointLayer",
    "FixedPointModel",
    "MaxPool1D",
    "Quant",
    "Reshape",
    "round_half_even_shift",
]

_MAX_BITS = 62  # int64 headroom for accumulations


# ---- integer helpers --------------------------------------------------------------------------------------
def round_half_even_shift(v: np.ndarray, shift: int) -> np.ndarray:
    """``round(v / 2**shift)`` with ties to even, on int64 arrays; ``shift <= 0`` multiplies exactly."""
    v = np.asarray(v, dtype=np.int64)
    if shift <= 0:
        return v << np.int64(-shift)
    q = v >> np.int64(shift)  # floor
    rem = v - (q << np.int64(shift))
    half = np.int64(1) << np.int64(shift - 1)
    up = (rem > half) | ((rem == half) & ((q & 1) == 1))
    return q + up.astype(np.int64)


def _dyadic(values: np.ndarray, what: str, layer: str) -> tuple[np.ndarray, int]:
    """Integers and fraction bits of float values that must lie on a binary grid."""
    v = np.asarray(values, dtype=np.float64)
    if not np.all(np.isfinite(v)):
        raise UnsupportedModelError(f"layer {layer!r}: {what} contains NaN/Inf")
    for frac in range(0, 40):
        scaled = v * 2.0**frac
        if np.all(scaled == np.round(scaled)):
            return scaled.astype(np.int64), frac
    raise UnsupportedModelError(
        f"layer {layer!r}: quantized {what} are not fixed-point values (a non-power-of-two scale such as "
        f"alpha='auto'?); firmware would round them. Use quantized_bits(..., alpha=1)."
    )


def _align(v: np.ndarray, frac: int, to: int) -> np.ndarray:
    return v << np.int64(to - frac) if to > frac else v


# ---- the layer list --------------------------------------------------------------------------------------
@dataclass
class FixedPointLayer:
    """One step of the network on integer tensors (batch first). ``name`` is the Keras layer name."""

    name: str

    def apply(self, v: np.ndarray, frac: int) -> tuple[np.ndarray, int]:  # pragma: no cover - interface
        raise NotImplementedError


@dataclass
class Dense(FixedPointLayer):
    """``x @ W + b`` over the last axis. ``w``/``b`` are integers with binary points ``w_frac``/``b_frac``."""

    w: np.ndarray = field(repr=False, default_factory=lambda: np.zeros((0, 0), np.int64))
    w_frac: int = 0
    b: np.ndarray | None = field(repr=False, default=None)
    b_frac: int = 0

    def apply(self, v: np.ndarray, frac: int) -> tuple[np.ndarray, int]:
        if v.size and self.w.size:  # int64 must hold the exact sum: check the bound before multiplying
            bound = int(np.max(np.abs(v))) * int(np.max(np.abs(self.w).sum(axis=0)))
            if bound >= 2**_MAX_BITS:
                raise UnsupportedModelError(f"layer {self.name!r}: accumulation may exceed {_MAX_BITS} bits")
        acc = np.tensordot(v, self.w, axes=([v.ndim - 1], [0]))
        out_frac = frac + self.w_frac
        if self.b is not None:
            target = max(out_frac, self.b_frac)
            acc = _align(acc, out_frac, target) + _align(self.b, self.b_frac, target)
            out_frac = target
        return acc, out_frac


@dataclass
class Conv1D(FixedPointLayer):
    """Keras Conv1D (channels last), kernel ``(k, c_in, c_out)``; ``padding`` 'valid' or 'same'."""

    w: np.ndarray = field(repr=False, default_factory=lambda: np.zeros((0, 0, 0), np.int64))
    w_frac: int = 0
    b: np.ndarray | None = field(repr=False, default=None)
    b_frac: int = 0
    stride: int = 1
    padding: str = "valid"

    def windows(self, length: int) -> list[list[int | None]]:
        """For each output position, the input positions under the kernel (None: zero padding)."""
        k, s = self.w.shape[0], self.stride
        if self.padding == "valid":
            n_out = (length - k) // s + 1
            pad_left = 0
        else:
            n_out = -(-length // s)
            pad_total = max((n_out - 1) * s + k - length, 0)
            pad_left = pad_total // 2
        out = []
        for p in range(n_out):
            start = p * s - pad_left
            out.append([j if 0 <= j < length else None for j in range(start, start + k)])
        return out

    def apply(self, v: np.ndarray, frac: int) -> tuple[np.ndarray, int]:
        n, length, c_in = v.shape
        k, _, c_out = self.w.shape
        padded = np.concatenate([v, np.zeros((n, 1, c_in), np.int64)], axis=1)  # index `length` is zero
        idx = np.array([[length if j is None else j for j in win] for win in self.windows(length)])
        patches = padded[:, idx, :].reshape(n, idx.shape[0], k * c_in)
        dense = Dense(self.name, self.w.reshape(k * c_in, c_out), self.w_frac, self.b, self.b_frac)
        return dense.apply(patches, frac)


@dataclass
class Quant(FixedPointLayer):
    """Round (half to even) and saturate to ``signed``/``bits``/``frac``; ``symmetric`` drops the minimum."""

    signed: bool = False
    bits: int = 8
    frac: int = 0
    symmetric: bool = False

    @property
    def int_range(self) -> tuple[int, int]:
        if self.signed:
            lo = -(2 ** (self.bits - 1)) + int(self.symmetric)
            return lo, 2 ** (self.bits - 1) - 1
        return 0, 2**self.bits - 1

    def apply(self, v: np.ndarray, frac: int) -> tuple[np.ndarray, int]:
        q = round_half_even_shift(v, frac - self.frac)
        lo, hi = self.int_range
        return np.clip(q, lo, hi), self.frac


@dataclass
class Reshape(FixedPointLayer):
    """Flatten or Reshape (per-sample shape, without the batch axis)."""

    shape: tuple[int, ...] = ()

    def apply(self, v: np.ndarray, frac: int) -> tuple[np.ndarray, int]:
        return v.reshape((v.shape[0], *self.shape)), frac


@dataclass
class MaxPool1D(FixedPointLayer):
    pool: int = 2
    stride: int = 2

    def apply(self, v: np.ndarray, frac: int) -> tuple[np.ndarray, int]:
        n_out = (v.shape[1] - self.pool) // self.stride + 1
        starts = np.arange(n_out) * self.stride
        return np.stack([v[:, s : s + self.pool].max(axis=1) for s in starts], axis=1), frac


@dataclass
class AvgPool1D(FixedPointLayer):
    """Average over windows of a power-of-two size (exact: a sum and a shift of the binary point).

    ``pool=0`` means global average pooling over the whole length.
    """

    pool: int = 2
    stride: int = 2

    def apply(self, v: np.ndarray, frac: int) -> tuple[np.ndarray, int]:
        pool = self.pool or v.shape[1]
        shift = int(np.log2(pool))
        if self.pool == 0:
            return v.sum(axis=1), frac + shift
        n_out = (v.shape[1] - pool) // self.stride + 1
        starts = np.arange(n_out) * self.stride
        return np.stack([v[:, s : s + pool].sum(axis=1) for s in starts], axis=1), frac + shift


# ---- reading a QKeras model -------------------------------------------------------------------------------
def _quantizer_to_quant(q: Any, layer: str) -> Quant | None:
    """A :class:`Quant` for a QKeras activation quantizer; None for 'linear'; error for anything else."""
    qname = type(q).__name__ if not isinstance(q, str) else q
    if qname in ("linear",) or getattr(q, "__name__", "") == "linear":
        return None
    if qname == "quantized_relu":
        if getattr(q, "use_sigmoid", 0) or getattr(q, "negative_slope", 0.0) != 0.0:
            raise UnsupportedModelError(f"layer {layer!r}: quantized_relu with use_sigmoid/negative_slope")
        if getattr(q, "relu_upper_bound", None) is not None or getattr(q, "use_stochastic_rounding", False):
            raise UnsupportedModelError(f"layer {layer!r}: quantized_relu with relu_upper_bound/stochastic")
        bits, integer = int(q.bits), int(q.integer)
        return Quant(layer, signed=False, bits=bits, frac=bits - integer)
    if qname == "quantized_bits":
        alpha = getattr(q, "alpha", None)
        if alpha is not None and (isinstance(alpha, str) or float(np.max(alpha)) != 1.0):
            raise UnsupportedModelError(f"layer {layer!r}: quantized_bits activation with alpha={alpha!r}")
        if getattr(q, "use_stochastic_rounding", False):
            raise UnsupportedModelError(f"layer {layer!r}: stochastic rounding")
        bits, integer, keep_neg = int(q.bits), int(q.integer), int(q.keep_negative)
        if bits - keep_neg <= 0:
            raise UnsupportedModelError(f"layer {layer!r}: 1-bit (binary) quantized_bits")
        return Quant(
            layer,
            signed=bool(keep_neg),
            bits=bits,
            frac=bits - keep_neg - integer,
            symmetric=bool(q.symmetric),
        )
    raise UnsupportedModelError(
        f"layer {layer!r}: activation {qname!r} has no exact fixed-point form in fpgaml "
        "(supported: quantized_relu, quantized_bits, linear)"
    )


def _quantized_weights(layer: Any, kind: str) -> np.ndarray | None:
    values = layer.kernel if kind == "kernel" else getattr(layer, "bias", None)
    if values is None:
        return None
    quantizer = getattr(layer, f"{kind}_quantizer_internal", None)
    if quantizer is None:
        raise UnsupportedModelError(
            f"layer {layer.name!r} ({type(layer).__name__}): {kind} has no quantizer; the firmware would round "
            f"the float {kind} to a default type. Give it a {kind}_quantizer."
        )
    return np.asarray(quantizer(values).numpy(), dtype=np.float64)


def _weights(layer: Any) -> tuple[np.ndarray, int, np.ndarray | None, int]:
    w, w_frac = _dyadic(_quantized_weights(layer, "kernel"), "kernel", layer.name)
    bias = _quantized_weights(layer, "bias") if getattr(layer, "use_bias", True) else None
    if bias is None:
        return w, w_frac, None, 0
    b, b_frac = _dyadic(bias, "bias", layer.name)
    return w, w_frac, b, b_frac


def _activation_of(layer: Any) -> Quant | None:
    act = getattr(layer, "activation", None)
    if act is None:
        return None
    if getattr(act, "__name__", None) == "linear":
        return None
    return _quantizer_to_quant(act, layer.name)


def parse_qkeras(model: Any, *, strip_softmax: bool = False) -> list[FixedPointLayer]:
    """The layer list of a (Sequential or single-chain functional) QKeras model.

    Raises :class:`UnsupportedModelError` naming the first layer that has no exact fixed-point form.
    ``strip_softmax``: drop a final softmax activation (the firmware logits are then the reference).
    """
    layers: list[FixedPointLayer] = []
    keras_layers = list(model.layers)
    for pos, layer in enumerate(keras_layers):
        cls = type(layer).__name__
        name = layer.name
        inbound = getattr(layer, "_inbound_nodes", [])
        if len(inbound) > 1 or any(
            len(getattr(n, "inbound_layers", []) or []) > 1
            for n in inbound
            if isinstance(getattr(n, "inbound_layers", None), list)
        ):
            raise UnsupportedModelError(f"layer {name!r} ({cls}): only single-chain models are supported")
        if cls == "InputLayer":
            continue
        if cls == "QDense":
            w, wf, b, bf = _weights(layer)
            layers.append(Dense(name, w, wf, b, bf))
        elif cls == "QConv1D":
            if tuple(layer.dilation_rate) != (1,) or getattr(layer, "groups", 1) != 1:
                raise UnsupportedModelError(f"layer {name!r}: Conv1D with dilation or groups")
            if layer.padding not in ("valid", "same") or layer.data_format != "channels_last":
                raise UnsupportedModelError(f"layer {name!r}: Conv1D padding={layer.padding!r}")
            w, wf, b, bf = _weights(layer)
            layers.append(Conv1D(name, w, wf, b, bf, stride=int(layer.strides[0]), padding=layer.padding))
        elif cls == "QActivation":
            q = _quantizer_to_quant(layer.quantizer, name)
            if q is not None:
                layers.append(q)
            continue
        elif cls == "Activation":
            act = getattr(layer.activation, "__name__", str(layer.activation))
            if act == "linear":
                continue
            if act == "softmax" and strip_softmax and pos == len(keras_layers) - 1:
                continue
            raise UnsupportedModelError(
                f"layer {name!r}: float activation {act!r} has no exact fixed-point form"
                + (" (pass strip_softmax=True to compare logits)" if act == "softmax" else "")
            )
        elif cls in ("Flatten", "Reshape"):
            layers.append(Reshape(name, tuple(int(d) for d in layer.output_shape[1:])))
            continue
        elif cls in ("MaxPooling1D", "AveragePooling1D"):
            if layer.padding != "valid":
                raise UnsupportedModelError(f"layer {name!r}: {cls} with padding={layer.padding!r}")
            pool, stride = int(layer.pool_size[0]), int(layer.strides[0])
            if cls == "MaxPooling1D":
                layers.append(MaxPool1D(name, pool, stride))
            else:
                if pool & (pool - 1):
                    raise UnsupportedModelError(f"layer {name!r}: average over {pool} (not a power of two)")
                layers.append(AvgPool1D(name, pool, stride))
            continue
        elif cls == "GlobalAveragePooling1D":
            length = int(layer.input_shape[1])
            if length & (length - 1) or getattr(layer, "keepdims", False):
                raise UnsupportedModelError(
                    f"layer {name!r}: global average over {length} (not a power of 2)"
                )
            layers.append(AvgPool1D(name, 0, 0))
            continue
        elif cls == "Dropout":
            continue
        else:
            raise UnsupportedModelError(
                f"layer {name!r} ({cls}) is not supported by fpgaml's fixed-point reference; supported: "
                "InputLayer, QDense, QConv1D, QActivation, Activation(linear), Flatten, Reshape, "
                "MaxPooling1D, AveragePooling1D, GlobalAveragePooling1D, Dropout"
            )
        act = _activation_of(layer)
        if act is not None:
            layers.append(act)
    return layers


# ---- the model --------------------------------------------------------------------------------------------
class FixedPointModel:
    """Bit-exact integer evaluation of a QKeras network for inputs on ``input_precision``'s grid.

    ``input_precision`` = ``(signed, width, integer)`` of the firmware input type, e.g. ``(True, 16, 6)`` for
    ``fixed<16,6>`` (integer bits include the sign, as in ap_fixed).
    """

    def __init__(
        self,
        layers: list[FixedPointLayer],
        input_shape: tuple[int, ...],
        input_precision: tuple[bool, int, int],
    ) -> None:
        self.layers = layers
        self.input_shape = tuple(int(d) for d in input_shape)
        signed, width, integer = input_precision
        self.input_precision = (bool(signed), int(width), int(integer))
        self.input_frac = int(width) - int(integer)

    @classmethod
    def from_qkeras(
        cls, model: Any, input_precision: tuple[bool, int, int], *, strip_softmax: bool = False
    ) -> FixedPointModel:
        shape = tuple(model.input_shape[1:])
        if any(d is None for d in shape):
            raise UnsupportedModelError(
                f"input shape {shape} has a free dimension; firmware needs fixed sizes"
            )
        return cls(parse_qkeras(model, strip_softmax=strip_softmax), shape, input_precision)

    # -- inputs ------------------------------------------------------------------------------------------
    def input_range(self) -> tuple[int, int]:
        signed, width, _ = self.input_precision
        return (-(2 ** (width - 1)), 2 ** (width - 1) - 1) if signed else (0, 2**width - 1)

    def to_int(self, x: np.ndarray) -> np.ndarray:
        """Integer codes of inputs that lie on the input grid; :class:`InputError` otherwise."""
        x = np.asarray(x, dtype=np.float64)
        if x.shape[1:] != self.input_shape:
            raise InputError(
                f"inputs have shape {x.shape[1:]} per sample; the model takes {self.input_shape}"
            )
        if not np.all(np.isfinite(x)):
            raise InputError("inputs contain NaN or Inf")
        scaled = x * 2.0**self.input_frac
        lo, hi = self.input_range()
        off = (scaled != np.round(scaled)) | (scaled < lo) | (scaled > hi)
        if np.any(off):
            s, w, i = self.input_precision
            raise InputError(
                f"{int(off.sum())} input values are not on the {'' if s else 'u'}fixed<{w},{i}> grid; round them "
                "first (fpgaml.quantize.to_input_grid) so that model and firmware see the same inputs"
            )
        return scaled.astype(np.int64)

    # -- evaluation --------------------------------------------------------------------------------------
    def predict_int(self, x: np.ndarray) -> tuple[np.ndarray, int]:
        """Output integers and their fraction bits (value = integer * 2**-frac)."""
        v, frac = self.to_int(x), self.input_frac
        for layer in self.layers:
            v, frac = layer.apply(v, frac)
            self._check_width(v, layer.name)
        return v, frac

    def trace(self, x: np.ndarray) -> list[tuple[str, np.ndarray]]:
        """Per-layer float64 outputs (name, values), for debugging a mismatch."""
        v, frac = self.to_int(x), self.input_frac
        out = []
        for layer in self.layers:
            v, frac = layer.apply(v, frac)
            out.append((layer.name, v.astype(np.float64) * 2.0**-frac))
        return out

    def predict(self, x: np.ndarray) -> np.ndarray:
        v, frac = self.predict_int(x)
        if v.size and int(np.max(np.abs(v))) >= 2**53:
            raise UnsupportedModelError("outputs wider than 53 bits cannot be returned exactly as float64")
        return v.astype(np.float64) * 2.0**-frac

    @staticmethod
    def _check_width(v: np.ndarray, name: str) -> None:
        if v.size and int(np.max(np.abs(v))) >= 2**_MAX_BITS:
            raise UnsupportedModelError(
                f"layer {name!r}: values exceed {_MAX_BITS} bits in the integer reference"
            )

    def __repr__(self) -> str:
        kinds = ", ".join(f"{type(layer).__name__}({layer.name})" for layer in self.layers)
        return f"FixedPointModel(input={self.input_shape} {self.input_precision}, layers=[{kinds}])"
