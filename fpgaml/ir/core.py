"""The records of fpgaml's layer IR and the registry of layer kinds.

A Keras/QKeras model is read ONCE (:func:`fpgaml.ir.parse`) into a :class:`ModelIR`: a list of :class:`Layer`
records in topological order (a DAG: a layer names the layers it reads), each holding its *quantized* weights
(:class:`Weight`), its fused activation (:class:`Quantizer`, ``"relu"``, another Keras activation name, or an
:class:`OpaqueActivation` fpgaml cannot represent) and kind-specific attributes. Every consumer reads these
records through the layer's :class:`LayerKind`:

====================  =========================================================================
consumer              kind method
====================  =========================================================================
fixed-point reference ``evaluate`` (int64 arrays, exact) - :meth:`ModelIR.predict`
RTL (da4ml)           ``trace`` (da4ml ``FixedVariableArray``) - :func:`fpgaml.rtl.trace.trace`
ONNX (tf_keras)       ``fold`` (plain tf_keras ops) - :func:`fpgaml.gpu.fold.fold_quantized`
hls4ml support check  ``problems`` - :func:`fpgaml.models.support.check_supported`
analytic latency      ``cycles`` (per hls4ml layer class) - :func:`fpgaml.profile.analytic.layer_cycles`
bit cost              ``bits``, ``row_bits`` - :func:`fpgaml.ir.widths.row_bits` (:mod:`fpgaml.bitcost`)
====================  =========================================================================

Conventions: ``FixedType`` follows ``ap_fixed``: ``width`` bits of which ``integer`` are integer bits, the
sign included. Every value of the integer evaluation is ``integer * 2**-frac``.
"""

from __future__ import annotations

import copy
import math
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, ClassVar

import numpy as np

from fpgaml.errors import ConfigError, InputError, UnsupportedModelError
from fpgaml.ir.bits import Bits, distinct_rows
from fpgaml.ir.grid import check_finite, to_grid
from fpgaml.ir.integer import MAX_BITS, OVERFLOW, ROUNDING, check_width, dyadic_frac, round_shift
from fpgaml.registry import Registry

if TYPE_CHECKING:  # pragma: no cover
    from fpgaml.ir.parse import ParseContext

#: QKeras' names: weight name (last component of the Keras variable name) -> attribute of the QKeras layer
#: (or of its cell, see :func:`quantizer_holder`) holding that weight's quantizer. A kind declares the weights
#: it has (:attr:`LayerKind.weight_quantizers`, usually a selection from this table); the parser, pruning,
#: bit cost and :func:`fpgaml.models.base.snap_quantized_weights` read the kind's declaration.
WEIGHT_QUANTIZERS: dict[str, str] = {
    "kernel": "kernel_quantizer_internal",
    "bias": "bias_quantizer_internal",
    "recurrent_kernel": "recurrent_quantizer_internal",
    "depthwise_kernel": "depthwise_quantizer_internal",
    "pointwise_kernel": "pointwise_quantizer_internal",
}


def qkeras_weights(*names: str) -> Mapping[str, str]:
    """``{weight: quantizer attribute}`` of the named weights, by QKeras' convention (:data:`WEIGHT_QUANTIZERS`)."""
    return MappingProxyType({n: WEIGHT_QUANTIZERS[n] for n in names})


#: Fraction bits searched for the binary point of quantized weights.
MAX_WEIGHT_FRAC = 39
#: An unquantized weight (plain Keras layer, or a QKeras weight without quantizer) counts as fixed point only
#: on this grid (2**-16): the GNN's 0/1 matrices and hand-set power-of-two constants are; a trained float32
#: weight matrix essentially never is (its values carry ~24 significant bits).
MAX_PLAIN_FRAC = 16
#: A ``bits``-bit quantizer's integers may be this much wider than ``bits`` (power-of-two scales per channel,
#: e.g. ``alpha='auto_po2'``, spread them); wider means a non-power-of-two scale.
SCALE_SLACK_BITS = 12


def quantizer_holder(keras_layer: Any) -> Any:
    """Where a QKeras layer keeps its weight quantizers: the cell of a recurrent layer, else the layer."""
    cell = getattr(keras_layer, "cell", None)
    return cell if cell is not None else keras_layer


# ---- types ------------------------------------------------------------------------------------------------
#: THE grammar of a fixed-point type's text: ``[ap_][u]fixed<W,I>`` (every other module parses through
#: :meth:`FixedType.parse`)
_TYPE_RE = re.compile(r"^\s*(?:ap_)?(u?)fixed\s*<\s*(-?\d+)\s*,\s*(-?\d+)\s*>\s*$")
#: the widest type a text may name (configs, artifacts)
MAX_FIXED_WIDTH = 64
#: the example every fixed-point message points at
FIXED_HELP = "e.g. 'fixed<16,6>' (16 bits, 6 of them integer bits incl. the sign) or 'ufixed<8,3>'"


def check_fixed_width(text: str, width: int, integer: int | None) -> None:
    """A width of 1 to :data:`MAX_FIXED_WIDTH` bits and at most ``width`` integer bits, else
    :class:`ConfigError` naming ``text``."""
    if width < 1:
        raise ConfigError(f"{text!r}: the width must be at least 1 bit ({FIXED_HELP})")
    if width > MAX_FIXED_WIDTH:
        raise ConfigError(
            f"{text!r}: {width} bits is more than the {MAX_FIXED_WIDTH} fpgaml supports ({FIXED_HELP})"
        )
    if integer is not None and integer > width:
        raise ConfigError(
            f"{text!r}: {integer} integer bits do not fit in {width} bits; <W,I> needs I <= W ({FIXED_HELP})"
        )


@dataclass(frozen=True)
class FixedType:
    """An ``ap_fixed<width, integer>`` (``signed``) or ``ap_ufixed``: integer bits include the sign."""

    signed: bool
    width: int
    integer: int

    def __post_init__(self) -> None:
        if int(self.width) < 1:
            raise ConfigError(f"fixed-point type with width {self.width}: needs at least 1 bit")

    @property
    def frac(self) -> int:
        return int(self.width) - int(self.integer)

    @property
    def lsb(self) -> float:
        return 2.0**-self.frac

    def grow(self, n_terms: int) -> FixedType:
        """The type that holds a sum of ``n_terms`` values of this type exactly."""
        c = math.ceil(math.log2(n_terms)) if n_terms > 1 else 0
        return FixedType(self.signed, self.width + c, self.integer + c)

    @property
    def int_range(self) -> tuple[int, int]:
        """Smallest and largest integer code."""
        if self.signed:
            return -(2 ** (self.width - 1)), 2 ** (self.width - 1) - 1
        return 0, 2**self.width - 1

    @property
    def min(self) -> float:
        return self.int_range[0] * self.lsb

    @property
    def max(self) -> float:
        return self.int_range[1] * self.lsb

    @property
    def as_tuple(self) -> tuple[bool, int, int]:
        """``(signed, width, integer)``, the form :func:`fpgaml.ir.grid.to_grid` takes."""
        return self.signed, self.width, self.integer

    @property
    def kif(self) -> tuple[int, int, int]:
        """da4ml's (sign bit, integer bits without the sign, fraction bits)."""
        k = int(self.signed)
        return k, int(self.integer) - k, self.frac

    def __str__(self) -> str:
        return f"{'' if self.signed else 'u'}fixed<{self.width},{self.integer}>"

    @classmethod
    def parse(cls, text: str) -> FixedType:
        """``"fixed<16,6>"``, ``"ufixed<8,3>"`` (an ``ap_`` prefix is accepted), 1 to 64 bits; :class:`ConfigError`
        otherwise. The one parser of fixed-point type texts in fpgaml. Like ``ap_fixed``, ``I`` may exceed ``W``
        (``fixed<2,3>``: two bits weighing 4 and 2, as the per-feature input search makes); a config's own texts
        are held to ``I <= W`` by :func:`fpgaml.config.canonical_fixed`."""
        m = _TYPE_RE.match(str(text))
        if not m:
            raise ConfigError(f"{text!r} is not a fixed-point (ap_fixed) type; expected {FIXED_HELP}")
        width, integer = int(m.group(2)), int(m.group(3))
        check_fixed_width(str(text), width, None)
        return cls(signed=not m.group(1), width=width, integer=integer)

    @classmethod
    def of(cls, value: FixedType | str | tuple[bool, int, int]) -> FixedType:
        """A FixedType from itself, its text, or ``(signed, width, integer)``."""
        if isinstance(value, FixedType):
            return value
        if isinstance(value, str):
            return cls.parse(value)
        signed, width, integer = value
        return cls(bool(signed), int(width), int(integer))


#: How a dropped input feature is written (config, ``meta.json``): the firmware does not read it.
DROP = "drop"


@dataclass(frozen=True)
class InputTypes:
    """The firmware's input: one port type and, optionally, a type per input feature (the last axis).

    ``port`` is the array's type everywhere a single type is needed (hls4ml's input, the C-simulation, the
    model card). ``features`` (empty = every feature on ``port``) narrows each feature onto its own grid:
    a type no wider than ``port`` (fewer fraction and/or integer bits), or ``None`` for a feature the
    firmware does not read (always 0). A value on its feature's grid is also on the port grid, so every
    consumer that only knows ``port`` stays exact; the RTL (da4ml) gives each feature only its own bits.
    """

    port: FixedType
    features: tuple[FixedType | None, ...] = ()

    def __post_init__(self) -> None:
        for n, t in enumerate(self.features):
            if t is None:
                continue
            wider = (
                t.frac > self.port.frac
                or t.integer > self.port.integer
                or (t.signed and not self.port.signed)
            )
            if wider or (not t.signed and self.port.signed and t.integer > self.port.integer - 1):
                raise ConfigError(
                    f"input feature {n}: type {t} is not contained in the port type {self.port} (a feature's "
                    "type may only drop fraction or integer bits of the port)"
                )

    @classmethod
    def of(
        cls, value: InputTypes | FixedType | str | tuple[bool, int, int], features: Any = None
    ) -> InputTypes:
        """From an InputTypes, or a port type (text, FixedType, tuple) plus per-feature texts (``"drop"``)."""
        if isinstance(value, InputTypes):
            return value
        feats = tuple(None if f in (None, DROP) else FixedType.of(f) for f in (features or ()))
        return cls(FixedType.of(value), feats)

    @property
    def uniform(self) -> bool:
        return not self.features

    @property
    def texts(self) -> list[str] | None:
        """Per-feature types as written in configs and ``meta.json`` (None when uniform)."""
        return None if self.uniform else [DROP if t is None else str(t) for t in self.features]

    @property
    def dropped(self) -> list[int]:
        return [n for n, t in enumerate(self.features) if t is None]

    def _check_features(self, n_features: int) -> None:
        if self.features and len(self.features) != n_features:
            raise InputError(
                f"{len(self.features)} per-feature input types for inputs with {n_features} features"
            )

    def grid(self, x: np.ndarray) -> np.ndarray:
        """``x`` rounded (half to even) and saturated onto each feature's grid; float64. NaN/Inf refused."""

        x = np.asarray(x, dtype=np.float64)
        check_finite(x, "inputs")
        if self.uniform:
            return to_grid(x, *self.port.as_tuple)
        self._check_features(x.shape[-1])
        out = np.zeros_like(x)
        for n, t in enumerate(self.features):
            if t is not None:
                out[..., n] = to_grid(x[..., n], *t.as_tuple)
        return out

    def off_grid(self, x: np.ndarray) -> np.ndarray:
        """Boolean mask of the values of ``x`` that are not on their feature's grid."""
        x = np.asarray(x, dtype=np.float64)
        if self.uniform:
            return _off(x, self.port)
        self._check_features(x.shape[-1])
        off = np.zeros(x.shape, dtype=bool)
        for n, t in enumerate(self.features):
            off[..., n] = (x[..., n] != 0) if t is None else _off(x[..., n], t)
        return off

    def kifs(self, shape: tuple[int, ...]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """da4ml's (k, i, f) per input element of a sample of ``shape`` (a dropped feature keeps the port's:
        its port stays, unread; see :meth:`kept`)."""
        if self.uniform:
            return tuple(np.full(shape, v, dtype=np.int64) for v in self.port.kif)  # type: ignore[return-value]
        self._check_features(shape[-1])
        per = np.array([self.port.kif if t is None else t.kif for t in self.features], dtype=np.int64)
        return tuple(np.broadcast_to(per[:, j], shape).copy() for j in range(3))  # type: ignore[return-value]

    def kept(self, shape: tuple[int, ...]) -> np.ndarray:
        """1 per input element the firmware reads, 0 for a dropped feature's (the RTL multiplies by it)."""
        mask = np.array([0.0 if t is None else 1.0 for t in self.features] or [1.0])
        return np.broadcast_to(mask, shape).copy()

    def widths(self, n_features: int) -> np.ndarray:
        """The bits the firmware reads of each of ``n_features`` features (0 for a dropped one)."""
        if self.uniform:
            return np.full(n_features, float(self.port.width))
        self._check_features(n_features)
        return np.array([0.0 if t is None else float(t.width) for t in self.features])

    def bits(self) -> int:
        """Input bits per sample row of features (the port's width per feature when uniform)."""
        if self.uniform:
            return self.port.width
        return int(self.widths(len(self.features)).sum())

    def __str__(self) -> str:
        if self.uniform:
            return str(self.port)
        return f"{self.port} with per-feature types [{', '.join(self.texts or [])}]"


def _off(x: np.ndarray, t: FixedType) -> np.ndarray:
    scaled = x * 2.0**t.frac
    lo, hi = t.int_range
    return (scaled != np.round(scaled)) | (scaled < lo) | (scaled > hi)


@dataclass(frozen=True)
class Quantizer:
    """An activation quantizer: round by ``rounding``, then saturate/wrap by ``overflow``, onto ``type``.

    QKeras: ``quantized_relu(b, i)`` = ``Quantizer(ufixed<b,i>, RND_CONV, SAT)``; ``quantized_bits(b, i,
    keep_negative=1, alpha=1)`` = ``Quantizer(fixed<b,i+1>, RND_CONV, SAT)`` (``SAT_SYM`` when symmetric: the
    most negative code is dropped). QKeras rounds with ``tf.round``: half to even = ``RND_CONV``.

    ``pre``, ``scale`` and ``upper`` only serve the ONNX path for quantizers that are not plain fixed point:
    ``pre`` is a function applied first ("tanh", "sigmoid", "hard_sigmoid", "smooth_sigmoid", or one of them
    prefixed "2x-1:" for QKeras' tanh built from a sigmoid), ``scale`` a float factor (``alpha``), ``upper``
    a float ceiling (``relu_upper_bound``). Such a quantizer is not :attr:`exact`.
    """

    type: FixedType
    rounding: str = "RND_CONV"
    overflow: str = "SAT"
    pre: str = "identity"
    scale: float = 1.0
    upper: float | None = None
    source: str = ""

    def __post_init__(self) -> None:
        if self.rounding not in ROUNDING:
            raise ConfigError(f"rounding {self.rounding!r}: one of {', '.join(ROUNDING)}")
        if self.overflow not in OVERFLOW:
            raise ConfigError(f"overflow {self.overflow!r}: one of {', '.join(OVERFLOW)}")

    @property
    def exact(self) -> bool:
        """True when the quantizer is plain fixed-point arithmetic (integer evaluation and RTL exist)."""
        return self.pre == "identity" and self.scale == 1.0 and self.upper is None

    @property
    def int_range(self) -> tuple[int, int]:
        lo, hi = self.type.int_range
        return (lo + 1, hi) if self.overflow == "SAT_SYM" else (lo, hi)

    def apply_int(self, v: np.ndarray, frac: int) -> tuple[np.ndarray, int]:
        """Integer codes (fraction bits ``type.frac``) of the values ``v * 2**-frac``."""
        if not self.exact:
            raise UnsupportedModelError(f"quantizer {self} is not plain fixed point: no integer evaluation")
        q = round_shift(v, frac - self.type.frac, self.rounding)
        lo, hi = self.int_range
        if self.overflow == "WRAP":
            lo_t, _ = self.type.int_range
            return (q - lo_t) % (np.int64(1) << np.int64(self.type.width)) + lo_t, self.type.frac
        return np.clip(q, lo, hi), self.type.frac

    def __str__(self) -> str:
        t = f"{'' if self.type.signed else 'u'}fixed<{self.type.width},{self.type.integer},{self.rounding},{self.overflow}>"
        extra = []
        if self.pre != "identity":
            extra.append(f"pre={self.pre}")
        if self.scale != 1.0:
            extra.append(f"scale={self.scale}")
        if self.upper is not None:
            extra.append(f"upper={self.upper}")
        return t + (f" ({', '.join(extra)})" if extra else "")


@dataclass(frozen=True)
class OpaqueActivation:
    """An activation fpgaml cannot represent (e.g. ``quantized_bits(alpha='auto')``): parsed, but every
    consumer that needs its arithmetic refuses it with ``reason``."""

    description: str
    reason: str

    def __str__(self) -> str:
        return self.description


Activation = Quantizer | OpaqueActivation | str | None


@dataclass
class Weight:
    """The QUANTIZED values of one weight (float64) and their binary point.

    ``frac`` is None when the values are not fixed point (a float layer): ``reason`` then says why, and
    :attr:`ints` refuses with a message naming the layer.
    """

    values: np.ndarray
    frac: int | None
    layer: str = ""
    name: str = ""
    source: str = ""
    reason: str = ""

    @classmethod
    def from_ints(cls, ints: Any, frac: int, layer: str = "", name: str = "") -> Weight:
        ints = np.asarray(ints, dtype=np.int64)
        return cls(ints.astype(np.float64) * 2.0**-frac, int(frac), layer, name, "integers")

    @classmethod
    def from_values(
        cls, values: Any, *, quantizer: str = "", bits: int | None = None, layer: str = "", name: str = ""
    ) -> Weight:
        """``values`` already quantized by ``quantizer`` (its description; "" for an unquantized weight) of
        ``bits`` bits, where known.

        Every float32 is dyadic, so a grid alone does not prove fixed point: a ``bits``-bit quantizer whose
        values need integers more than :data:`SCALE_SLACK_BITS` wider than ``bits`` scales them by a
        non-power-of-two (``alpha='auto'``: a float per channel), and is refused like a value off every grid.
        """
        v = np.asarray(values, dtype=np.float64)
        limit = MAX_WEIGHT_FRAC if quantizer else MAX_PLAIN_FRAC
        frac = dyadic_frac(v, limit)
        if frac is not None and bits and v.size:
            width = int(np.max(np.abs(v)) * 2.0**frac).bit_length()
            if width > int(bits) + SCALE_SLACK_BITS:
                frac = None
        reason = ""
        if frac is None:
            if not np.all(np.isfinite(v)):
                reason = "it contains NaN/Inf"
            elif quantizer:
                reason = (
                    f"its quantizer {quantizer} gives values that are not fixed point (a non-power-of-two "
                    "scale such as alpha='auto'?); the firmware would round them. Use quantized_bits(..., alpha=1)"
                )
            else:
                reason = (
                    f"it has no quantizer and its float values are not on a 2^-{MAX_PLAIN_FRAC} grid; the "
                    "firmware would round them to a default type. Use a QKeras layer with a quantizer "
                    "(e.g. QDense(kernel_quantizer=quantized_bits(8, 0, alpha=1)))"
                )
        return cls(v, frac, layer, name, quantizer, reason)

    @property
    def shape(self) -> tuple[int, ...]:
        return tuple(self.values.shape)

    @property
    def ints(self) -> np.ndarray:
        """The integers ``values * 2**frac``; :class:`UnsupportedModelError` when not fixed point."""
        if self.frac is None:
            raise UnsupportedModelError(
                f"layer {self.layer!r}: {self.name or 'weight'} is not fixed point: {self.reason}"
            )
        return (self.values * 2.0**self.frac).astype(np.int64)

    def describe(self) -> str:
        grid = f"2^-{self.frac} grid" if self.frac is not None else "float (not fixed point)"
        return f"{self.name}{list(self.shape)} {grid}" + (f" [{self.source}]" if self.source else "")


@dataclass
class Layer:
    """One node of the network.

    ``inputs``: names of the producing layers (a DAG). ``output_shape``: per sample (no batch axis).
    ``activation``: the fused activation (e.g. of ``QDense(activation=...)``), or for an ``activation``-kind
    layer its operation. ``attrs``: kind-specific (stride, padding, pool, perm, axis, ...).
    """

    name: str
    kind: str
    keras_class: str
    inputs: list[str]
    output_shape: tuple[int | None, ...]
    weights: dict[str, Weight] = field(default_factory=dict)
    activation: Activation = None
    attrs: dict[str, Any] = field(default_factory=dict)

    @property
    def where(self) -> str:
        """How messages name the layer: ``layer 'fc1' (QDense)``."""
        return f"layer {self.name!r} ({self.keras_class})"

    def describe(self) -> str:
        parts = [f"{self.name}: {self.kind} ({self.keras_class})"]
        if self.inputs:
            parts.append(f"<- {', '.join(self.inputs)}")
        parts.append(f"out {self.output_shape}")
        if self.weights:
            parts.append("; ".join(w.describe() for w in self.weights.values()))
        if self.activation is not None:
            parts.append(f"act {self.activation}")
        shown = {k: v for k, v in self.attrs.items() if k != "keras_config"}
        if shown:
            parts.append(", ".join(f"{k}={v}" for k, v in shown.items()))
        return " | ".join(parts)


# ---- the kinds --------------------------------------------------------------------------------------------
IntValue = tuple[np.ndarray, int]  # (int64 array with the batch axis first, fraction bits)


class LayerKind:
    """What fpgaml knows about one kind of layer. Subclass, set the class attributes, implement the methods
    this kind supports, decorate with :func:`register_kind` (see :mod:`fpgaml.ir.kinds` for the guide).

    A method a kind cannot do raises :meth:`not_yet` (an :class:`UnsupportedModelError` naming the layer,
    the kind and what is missing).
    """

    #: registry name, also ``Layer.kind``
    name: ClassVar[str] = ""
    #: Keras / QKeras layer class names this kind parses
    keras_classes: ClassVar[tuple[str, ...]] = ()
    #: hls4ml ModelGraph layer class names whose analytic latency this kind models
    hls_classes: ClassVar[tuple[str, ...]] = ()

    # -- capabilities: what training and post-training quantization may do with this kind's layers. The
    #    modules that do it (fpgaml.pruning, fpgaml.bitcost, fpgaml.ptq, the parser) ask the registry; they
    #    hold no lists of layer classes.
    #: weight name -> attribute of the QKeras layer (or its cell) holding that weight's quantizer
    #: (:func:`qkeras_weights`); read by ``ParseContext.weights`` and by pruning/bit-cost reports
    weight_quantizers: ClassVar[Mapping[str, str]] = MappingProxyType({})
    #: magnitude pruning (``train.pruning``) may prune the ``kernel`` of a trainable layer of this kind
    #: (tfmot prunes what the Keras layer's ``get_prunable_weights`` gives)
    prunable: ClassVar[bool] = False
    #: ``train.bit_cost`` charges the ``kernel`` (``(..., rows, neurons)``, the rows read the layer's input
    #: features) of a trainable layer of this kind, on the grid of its ``kernel`` quantizer
    bit_costable: ClassVar[bool] = False
    #: post-training quantization of a float model (:mod:`fpgaml.ptq`): Keras class -> what PTQ does with a
    #: layer of that class: :data:`PTQ_KEEP` (no arithmetic of its own to quantize), :data:`PTQ_FOLD` (a batch
    #: norm, folded into the weighted layer before it), :data:`PTQ_ACTIVATION` (a relu becomes a quantized
    #: relu; linear and a final softmax stay), or the name of the QKeras class that replaces it, built from
    #: its config with ``kernel_quantizer``/``bias_quantizer``/``activation`` (``"QDense"``). A class not
    #: listed is refused by PTQ, naming the layer.
    ptq: ClassVar[Mapping[str, str]] = MappingProxyType({})

    def parse(self, keras_layer: Any, ctx: ParseContext) -> Layer | None:
        """The record of ``keras_layer`` (``ctx.layer(...)`` fills name, class, inputs, shape); None when the
        layer is the identity at inference (Dropout, linear Activation)."""
        raise NotImplementedError(f"layer kind {self.name!r} does not implement parse")

    def problems(self, layer: Layer, backend: str, io_type: str) -> list[str]:
        """What hls4ml 1.3.0 would get wrong or cannot convert for this layer (empty: nothing known)."""
        return []

    def evaluate(self, layer: Layer, inputs: list[IntValue]) -> IntValue:
        """Exact integer evaluation (batch axis first)."""
        raise self.not_yet(layer, "fixed-point evaluation")

    def trace(self, layer: Layer, inputs: list[Any]) -> Any:
        """da4ml ``FixedVariableArray`` of one sample (no batch axis) -> the RTL of this layer."""
        raise self.not_yet(layer, "RTL trace (da4ml)")

    def fold(self, layer: Layer, inputs: list[Any]) -> Any:
        """Keras tensors in -> a Keras tensor computing the same numbers with plain tf_keras ops (ONNX)."""
        raise self.not_yet(layer, "ONNX folding")

    def cycles(self, hls_class: str, attrs: dict[str, Any], clock_period_ns: float) -> tuple[int, str]:
        """Analytic cycles of an hls4ml layer of a class in :attr:`hls_classes` (and a note)."""
        return 1, f"no cycle model for {hls_class}: counted as 1 cycle"

    def keras_objects(self) -> dict[str, Any]:
        """fpgaml's own Keras layer classes of this kind (name -> class): a model file may name them without
        the opt-in (they run fpgaml's code, not the file's)."""
        return {}

    def register_hls4ml(self) -> None:
        """Register what hls4ml needs to convert this kind (its extension API), if anything; called before
        every conversion, must be idempotent."""

    def hls4ml_sources(self) -> dict[str, str]:
        """HLS sources (file name -> text, written to ``firmware/nnet_utils/``) a project needs when its
        graph has a layer of one of :attr:`hls_classes` (see :func:`fpgaml.hls.extension_sources`)."""
        return {}

    def bits(self, layer: Layer, inputs: list[Bits]) -> Bits | None:
        """The widths (and signals) of this layer's output elements, one sample, given its inputs' (the bit
        cost's row widths, :mod:`fpgaml.ir.bits`); None when this kind cannot say. Default: a fused
        fixed-point quantizer's width, new values."""

        act = layer.activation
        if isinstance(act, Quantizer) and act.exact:
            return Bits.fresh(np.full(tuple(int(d) for d in layer.output_shape), float(act.type.width)))  # type: ignore[arg-type]
        return None

    def row_bits(self, layer: Layer, x: Bits) -> np.ndarray:
        """For a kind with a kernel: the bits each kernel row (the kernel's shape without its last axis)
        multiplies, summed over the distinct input values it is applied to (:mod:`fpgaml.ir.bits`).

        Default, for a :attr:`bit_costable` kind: the kernel is applied on the last axis, as a Dense is (one
        value per row on a flat input; on (positions, features), the features of every distinct position).
        A kind that applies its kernel otherwise (a convolution) says so here."""
        if not self.bit_costable:
            raise self.not_yet(layer, "bit cost (row widths)")
        return distinct_rows(x)

    def not_yet(self, layer: Layer, what: str, detail: str = "") -> UnsupportedModelError:
        return UnsupportedModelError(
            f"{layer.where}: no {what} in fpgaml yet for {self.name} layers"
            + (f"; {detail}" if detail else "")
        )


#: :attr:`LayerKind.ptq` roles other than a QKeras class name
PTQ_KEEP, PTQ_FOLD, PTQ_ACTIVATION = "keep", "fold", "activation"
PTQ_ROLES = (PTQ_KEEP, PTQ_FOLD, PTQ_ACTIVATION)


class KindRegistry(Registry[LayerKind]):
    """Layer kinds by name, with lookups by Keras class and by hls4ml class (each declared by one kind)."""

    def add(self, name: str, item: LayerKind) -> LayerKind:
        if item.name != name:
            raise ValueError(f"layer kind registered as {name!r} but named {item.name!r}")
        for other_name in self.names():
            other = self.get(other_name)
            for attr in ("keras_classes", "hls_classes"):
                clash = set(getattr(item, attr)) & set(getattr(other, attr))
                if clash:
                    raise ValueError(
                        f"layer kind {name!r} declares {attr} {sorted(clash)} already declared by {other_name!r}"
                    )
        return super().add(name, item)

    def remove(self, name: str) -> LayerKind:
        item = self.get(name)
        del self._items[name]
        return item

    def for_keras_class(self, keras_class: str) -> LayerKind | None:
        for name in self.names():
            kind = self.get(name)
            if keras_class in kind.keras_classes:
                return kind
        return None

    def for_hls_class(self, hls_class: str) -> LayerKind | None:
        for name in self.names():
            kind = self.get(name)
            if hls_class in kind.hls_classes:
                return kind
        return None

    def keras_classes(self) -> list[str]:
        return sorted({c for n in self.names() for c in self.get(n).keras_classes})

    def of_keras_layer(self, keras_layer: Any) -> LayerKind | None:
        """The kind of a Keras layer (by its class name), None when no kind reads it."""
        return self.for_keras_class(type(keras_layer).__name__)

    def weight_quantizer(self, keras_layer: Any, weight: str) -> Any:
        """The QKeras quantizer of ``keras_layer``'s ``weight`` as its kind declares it
        (:attr:`LayerKind.weight_quantizers`), None when the kind declares none or the layer has none."""
        kind = self.of_keras_layer(keras_layer)
        attr = kind.weight_quantizers.get(weight) if kind is not None else None
        return getattr(quantizer_holder(keras_layer), attr, None) if attr else None

    def ptq_role(self, keras_class: str) -> str | None:
        """What PTQ does with a layer of ``keras_class`` (:attr:`LayerKind.ptq`); None: PTQ refuses it."""
        kind = self.for_keras_class(keras_class)
        return None if kind is None else kind.ptq.get(keras_class)

    def ptq_weighted(self) -> list[str]:
        """The float Keras classes PTQ replaces by a QKeras class (for messages)."""
        return [c for n in self.names() for c, role in self.get(n).ptq.items() if role not in PTQ_ROLES]

    def keras_objects(self) -> dict[str, Any]:
        """Every kind's own Keras classes (:meth:`LayerKind.keras_objects`)."""
        return {k: v for n in self.names() for k, v in self.get(n).keras_objects().items()}

    def hls4ml_sources(self, hls_classes: set[str]) -> dict[str, str]:
        """The HLS sources of the kinds that declare one of ``hls_classes`` (:meth:`LayerKind.hls4ml_sources`)."""
        out: dict[str, str] = {}
        for n in self.names():
            kind = self.get(n)
            if set(kind.hls_classes) & hls_classes:
                out.update(kind.hls4ml_sources())
        return out

    def register_hls4ml(self) -> None:
        """Every kind's hls4ml extension (:meth:`LayerKind.register_hls4ml`)."""
        for n in self.names():
            self.get(n).register_hls4ml()


#: The registry of layer kinds (filled by importing :mod:`fpgaml.ir.kinds`).
KINDS = KindRegistry("layer kind")


def register_kind(cls: type[LayerKind]) -> type[LayerKind]:
    """Class decorator: register one instance of ``cls`` under ``cls.name``."""
    KINDS.add(cls.name, cls())
    return cls


def unregister_kind(name: str) -> None:
    """Remove a kind (tests that register a toy kind)."""
    KINDS.remove(name)


def kind_of(layer: Layer) -> LayerKind:
    return KINDS.get(layer.kind)


# ---- the model --------------------------------------------------------------------------------------------
def is_softmax(layer: Layer) -> bool:
    """Whether ``layer``'s operation ends in a softmax (its own, or its fused activation). The network ends in
    a softmax when its output layer does (:attr:`ModelIR.ends_in_softmax`); identity layers after it
    (Dropout, linear activations) are not in the IR."""
    return layer.activation == "softmax"


class ModelIR:
    """A parsed network: :class:`Layer` records in topological order, the first one the input.

    ``input_type``: the firmware input type (needed to evaluate; None for a model only folded or checked).
    Evaluation is exact on inputs that lie on the input grid (:meth:`to_int`); outputs are returned as
    float64, which is exact while they fit in 53 bits (checked).
    """

    def __init__(
        self,
        layers: list[Layer],
        output: str,
        input_type: InputTypes | FixedType | str | tuple[bool, int, int] | None = None,
        name: str = "model",
    ) -> None:
        self.layers = list(layers)
        self.output = output
        #: the firmware's input (port type and per-feature types)
        self.inputs = InputTypes.of(input_type) if input_type is not None else None
        self.name = name
        self._by_name = {layer.name: layer for layer in self.layers}
        if len(self._by_name) != len(self.layers):
            raise ValueError("layer names in a ModelIR must be unique")
        if not self.layers or self.layers[0].kind != "input":
            raise ValueError("the first layer of a ModelIR is its input (kind 'input')")
        seen: set[str] = set()
        for layer in self.layers:
            missing = [n for n in layer.inputs if n not in seen]
            if missing:
                raise ValueError(f"layer {layer.name!r} reads {missing} before they are computed")
            seen.add(layer.name)
        if output not in self._by_name:
            raise ValueError(f"output {output!r} is not a layer of the model")

    # -- construction ----------------------------------------------------------------------------------
    @classmethod
    def chain(
        cls,
        layers: list[Layer],
        input_shape: tuple[int, ...],
        input_type: FixedType | str | tuple[bool, int, int] | None = None,
        *,
        input_name: str = "inputs",
        name: str = "chain",
    ) -> ModelIR:
        """A straight chain: each layer reads the previous one (their ``inputs`` are set here)."""
        inp = Layer(input_name, "input", "InputLayer", [], tuple(int(d) for d in input_shape))
        prev = input_name
        chained = []
        for layer in layers:
            chained.append(replace(layer, inputs=[prev]))
            prev = layer.name
        return cls([inp, *chained], prev, input_type, name)

    def with_input_type(self, input_type: InputTypes | FixedType | str | tuple[bool, int, int]) -> ModelIR:
        return ModelIR(self.layers, self.output, input_type, self.name)

    def copy(self) -> ModelIR:
        """A deep copy (mutate weights of the copy without touching this one)."""
        return ModelIR(copy.deepcopy(self.layers), self.output, self.inputs, self.name)

    # -- structure -------------------------------------------------------------------------------------
    @property
    def input_type(self) -> FixedType | None:
        """The firmware's input port type (None for a model parsed without one)."""
        return self.inputs.port if self.inputs is not None else None

    @property
    def input(self) -> Layer:
        return self.layers[0]

    @property
    def input_name(self) -> str:
        return self.layers[0].name

    @property
    def input_shape(self) -> tuple[int | None, ...]:
        return self.layers[0].output_shape

    @property
    def output_layer(self) -> Layer:
        return self._by_name[self.output]

    @property
    def output_shape(self) -> tuple[int | None, ...]:
        return self.output_layer.output_shape

    def get(self, name: str) -> Layer:
        try:
            return self._by_name[name]
        except KeyError:
            raise UnsupportedModelError(
                f"no layer {name!r} in the model; layers: {', '.join(self._by_name)}"
            ) from None

    def __iter__(self) -> Iterator[Layer]:
        return iter(self.layers)

    def __len__(self) -> int:
        return len(self.layers)

    def consumers(self, name: str) -> list[Layer]:
        return [layer for layer in self.layers if name in layer.inputs]

    # -- softmax: THE definition -----------------------------------------------------------------------
    @property
    def ends_in_softmax(self) -> bool:
        """True when the network's last operation is a softmax: an ``Activation('softmax')``, a ``Softmax``
        layer, or a layer with ``activation='softmax'`` (e.g. ``Dense(5, activation='softmax')``)."""
        return is_softmax(self.output_layer)

    def without_softmax(self) -> ModelIR:
        """The same network ending at the logits (the firmware's softmax is a lookup table: compare logits).
        Returns ``self`` when the network does not end in a softmax."""
        if not self.ends_in_softmax:
            return self
        last = self.output_layer
        if last.kind == "activation":  # a softmax layer of its own: drop it
            kept = [layer for layer in self.layers if layer.name != last.name]
            return ModelIR(kept, last.inputs[0], self.inputs, self.name)
        layers = [replace(layer, activation=None) if layer is last else layer for layer in self.layers]
        return ModelIR(layers, self.output, self.inputs, self.name)

    # -- exactness -------------------------------------------------------------------------------------
    def exactness_problems(self) -> list[str]:
        """Every reason this network has no exact integer evaluation (empty: it has one).

        Each layer's ``evaluate`` is run once on zeros of its input shapes, so the answer is whatever the
        kinds themselves refuse (float weights, softmax, layers without an evaluation, ...).
        """
        problems = []
        if any(d is None for d in self.input_shape):
            problems.append(
                f"input shape {self.input_shape} has a free dimension; firmware needs fixed sizes"
            )
            return problems
        for layer in self.layers[1:]:
            shapes = [self._by_name[n].output_shape for n in layer.inputs]
            if any(d is None for s in shapes for d in s):
                problems.append(f"{layer.where}: input shape with a free dimension")
                continue
            zeros = [(np.zeros((1, *s), dtype=np.int64), 0) for s in shapes]
            try:
                kind_of(layer).evaluate(layer, zeros)
            except UnsupportedModelError as exc:
                problems.append(str(exc))
        return problems

    def check_exact(self) -> ModelIR:
        """Raise one :class:`UnsupportedModelError` listing every layer without an exact evaluation."""
        problems = self.exactness_problems()
        if problems:
            raise UnsupportedModelError(
                f"model {self.name!r} has no exact fixed-point evaluation in fpgaml:\n  "
                + "\n  ".join(problems)
            )
        return self

    # -- inputs ----------------------------------------------------------------------------------------
    def to_int(self, x: np.ndarray) -> np.ndarray:
        """Integer codes of inputs on the input grid; :class:`InputError` otherwise (NaN/Inf, shape, grid)."""
        if self.input_type is None:
            raise InputError(
                f"model {self.name!r} was parsed without an input type: give one (e.g. "
                "fpgaml.ir.parse(model, 'fixed<16,6>')) to evaluate it"
            )
        x = np.asarray(x, dtype=np.float64)
        if x.shape[1:] != tuple(self.input_shape):
            raise InputError(
                f"inputs have shape {x.shape[1:]} per sample; the model takes {self.input_shape}"
            )
        if not np.all(np.isfinite(x)):
            raise InputError("inputs contain NaN or Inf")
        assert self.inputs is not None and self.input_type is not None
        off = self.inputs.off_grid(x)
        if np.any(off):
            raise InputError(
                f"{int(off.sum())} input values are not on the {self.inputs} grid; round them first "
                "(fpgaml.quantize.to_input_grid) so that model and firmware see the same inputs"
            )
        return (x * 2.0**self.input_type.frac).astype(np.int64)

    # -- evaluation ------------------------------------------------------------------------------------
    def _evaluate(self, x: np.ndarray, keep_all: bool) -> dict[str, IntValue]:
        values: dict[str, IntValue] = {self.input_name: (self.to_int(x), self.input_type.frac)}  # type: ignore[union-attr]
        last_use = {}
        for i, layer in enumerate(self.layers):
            for n in layer.inputs:
                last_use[n] = i
        for i, layer in enumerate(self.layers[1:], start=1):
            v, frac = kind_of(layer).evaluate(layer, [values[n] for n in layer.inputs])
            check_width(v, layer.where)
            values[layer.name] = (np.asarray(v, dtype=np.int64), int(frac))
            if not keep_all:
                for n in layer.inputs:
                    if last_use[n] == i and n != self.output:
                        del values[n]
        return values

    def predict_int(self, x: np.ndarray) -> IntValue:
        """Output integers and their fraction bits (value = integer * 2**-frac)."""
        return self._evaluate(x, keep_all=False)[self.output]

    def predict(self, x: np.ndarray) -> np.ndarray:
        """Exact outputs as float64 (inputs on the input grid)."""
        v, frac = self.predict_int(x)
        return _to_float(v, frac, self.output)

    def trace(self, x: np.ndarray) -> list[tuple[str, np.ndarray]]:
        """Per-layer float64 outputs ``(name, values)`` in order (input excluded), for debugging a mismatch."""
        values = self._evaluate(x, keep_all=True)
        return [(layer.name, _to_float(*values[layer.name], layer.name)) for layer in self.layers[1:]]

    def saturation(self, x: np.ndarray) -> dict[str, dict[str, int]]:
        """Per layer with a fixed-point output quantizer: how many output values fell outside its range
        before saturating (``below``, ``above``) or wrapped, out of ``n`` — on inputs ``x`` (on the input
        grid). The firmware computes the same (it is bit-exact to this evaluation). For an unsigned type
        (a quantized ReLU) values below zero are the ReLU itself, not counted."""
        values: dict[str, IntValue] = {self.input_name: (self.to_int(x), self.input_type.frac)}  # type: ignore[union-attr]
        out: dict[str, dict[str, int]] = {}
        for layer in self.layers[1:]:
            ins = [values[n] for n in layer.inputs]
            kind = kind_of(layer)
            act = layer.activation
            if isinstance(act, Quantizer) and act.exact:
                pre_v, pre_frac = kind.evaluate(replace(layer, activation=None), ins)
                q = round_shift(np.asarray(pre_v, np.int64), pre_frac - act.type.frac, act.rounding)
                lo, hi = act.int_range
                out[layer.name] = {
                    "n": int(q.size),
                    "below": int(np.sum(q < lo)) if act.type.signed else 0,
                    "above": int(np.sum(q > hi)),
                    "type": str(act),
                }
            values[layer.name] = kind.evaluate(layer, ins)
        return out

    # -- reports ---------------------------------------------------------------------------------------
    def summary(self) -> list[dict[str, Any]]:
        """One JSON-ready row per layer (name, kind, class, inputs, shape, weights' grids, activation, attrs)."""
        rows = []
        for layer in self.layers:
            rows.append(
                {
                    "name": layer.name,
                    "kind": layer.kind,
                    "keras_class": layer.keras_class,
                    "inputs": list(layer.inputs),
                    "output_shape": list(layer.output_shape),
                    "weights": {
                        k: {"shape": list(w.shape), "frac": w.frac, "quantizer": w.source}
                        for k, w in layer.weights.items()
                    },
                    "activation": None if layer.activation is None else str(layer.activation),
                    "attrs": {k: _jsonable(v) for k, v in layer.attrs.items() if k != "keras_config"},
                }
            )
        return rows

    def describe(self) -> str:
        head = f"ModelIR {self.name!r}: input {self.input_name} {self.input_shape}"
        head += f" {self.input_type}" if self.input_type is not None else " (no input type)"
        head += f", output {self.output}" + (" (ends in softmax)" if self.ends_in_softmax else "")
        return "\n".join([head, *(f"  {layer.describe()}" for layer in self.layers[1:])])

    def __repr__(self) -> str:
        kinds = ", ".join(f"{layer.kind}({layer.name})" for layer in self.layers[1:])
        return f"ModelIR(input={self.input_shape} {self.input_type}, layers=[{kinds}])"


def _jsonable(v: Any) -> Any:
    """Attribute values for a JSON report: numbers, strings, lists; records as their text."""
    if v is None or isinstance(v, (bool, int, float, str)):
        return v
    if isinstance(v, (list, tuple)):
        return [_jsonable(e) for e in v]
    if isinstance(v, np.generic):
        return v.item()
    return str(v)


def _to_float(v: np.ndarray, frac: int, name: str) -> np.ndarray:
    if v.size and int(np.max(np.abs(v))) >= 2**53:
        raise UnsupportedModelError(
            f"layer {name!r}: values wider than 53 bits cannot be returned exactly as float64"
        )
    return v.astype(np.float64) * 2.0**-frac


__all__ = [
    "FIXED_HELP",
    "KINDS",
    "MAX_BITS",
    "MAX_FIXED_WIDTH",
    "PTQ_ACTIVATION",
    "PTQ_FOLD",
    "PTQ_KEEP",
    "WEIGHT_QUANTIZERS",
    "Activation",
    "FixedType",
    "KindRegistry",
    "Layer",
    "LayerKind",
    "ModelIR",
    "OpaqueActivation",
    "Quantizer",
    "Weight",
    "check_fixed_width",
    "is_softmax",
    "kind_of",
    "qkeras_weights",
    "quantizer_holder",
    "register_kind",
    "unregister_kind",
]
