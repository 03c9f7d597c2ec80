"""Post-training quantization (PTQ): a float Keras model becomes a QKeras model of the same architecture.

A trigger developer often arrives with a float network. fpgaml does not guess firmware types for it (hls4ml's
defaults overflow: every output of such firmware can be the same constant). Instead :func:`quantize`:

1. folds each ``BatchNormalization`` into the ``Dense``/``Conv1D`` before it (``w' = w * g``, ``b' = (b - mean)
   * g + beta`` with ``g = gamma / sqrt(var + eps)``), the same float function, as hls4ml itself would fold it;
2. calibrates: the largest magnitude of every weight tensor, and of every layer output on ``x_calib``
   (training data), evaluated in float64;
3. chooses fixed-point types — weights ``weight_bits`` (biases ``bias_bits``) with their integer bits from
   their largest magnitude; every activation ``act_bits`` with its integer bits from the calibrated maximum
   times ``headroom``; the network's outputs ``output_bits`` — and writes them as QKeras quantizers
   (``quantized_bits(..., alpha=1)``, ``quantized_relu``): round half to even, saturate;
4. returns the QKeras model (``Dense`` → ``QDense``, ``Conv1D`` → ``QConv1D``, ``Activation('relu')`` →
   ``QActivation(quantized_relu)``, the network output quantized) with the float weights, and a report.

From there the flow treats it like any QKeras network: hls4ml takes its types from the quantizers, so the
firmware is bit-exact to fpgaml's fixed-point model of the same types (the IR) and to QKeras; the user's float
model stays the float reference, against which accuracy and argmax agreement are reported. Values outside the
calibrated ranges saturate; the verify report counts them per layer on the test set
(:meth:`fpgaml.ir.ModelIR.saturation`).
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from fpgaml._keras import keras, qkeras, tf
from fpgaml.errors import UnsupportedModelError
from fpgaml.ir import ends_in_softmax, passes
from fpgaml.ir.core import KINDS, PTQ_ACTIVATION, PTQ_ROLES
from fpgaml.ir.parse import binary_hint, parse, parse_layers
from fpgaml.modelio import rebuild, without_softmax
from fpgaml.verify import keras_layer_outputs

if TYPE_CHECKING:  # pragma: no cover
    from fpgaml.config import PtqConfig

# What PTQ does with each Keras class is declared by its layer kind (fpgaml.ir.LayerKind.ptq); a class no kind
# declares is refused by name.
_ACTIVATIONS = ("relu", "linear", "softmax")


def _role(layer: Any) -> str | None:
    return KINDS.ptq_role(type(layer).__name__)


def _weighted(layer: Any) -> bool:
    """A layer PTQ replaces by a QKeras class with weight quantizers (a Dense, a Conv1D)."""
    role = _role(layer)
    return role is not None and role not in PTQ_ROLES


@dataclass
class LayerPtq:
    """What PTQ chose for one layer (JSON-ready through :func:`dataclasses.asdict`)."""

    name: str
    keras_class: str
    weight_type: str = ""
    bias_type: str = ""
    output_type: str = ""
    weight_max: float = 0.0
    bias_max: float = 0.0
    calibrated_max: float = 0.0
    weights_clipped: int = 0
    #: nonzero float weights that quantize to 0, and their share of the nonzero float weights
    weights_zeroed: int = 0
    zeroed_fraction: float = 0.0
    #: the layer's quantized output is the same for every calibration sample while the float one is not
    signal_lost: bool = False
    folded_batchnorm: str = ""


@dataclass
class PtqReport:
    settings: dict[str, Any]
    layers: list[LayerPtq] = field(default_factory=list)
    n_calibration: int = 0
    #: failed checks (the train stage fails with them): a layer that lost more than
    #: ``max_zeroed_fraction`` of its weights, or all its signal
    problems: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "settings": self.settings,
            "n_calibration": self.n_calibration,
            "layers": [asdict(layer) for layer in self.layers],
            "problems": self.problems,
        }


def is_float_model(model: Any) -> bool:
    """True when no layer of ``model`` is a QKeras layer (a float network for PTQ)."""
    return not any(type(layer).__name__.startswith("Q") for layer in _flat_layers(model))


def _flat_layers(model: Any) -> list[Any]:
    out = []
    for layer in model.layers:
        out += _flat_layers(layer) if hasattr(layer, "layers") and layer.layers else [layer]
    return out


def _integer_bits(magnitude: float) -> int:
    """Integer bits (sign excluded) that hold ``magnitude``: the smallest i with 2**i >= magnitude — negative
    for values below 1/2 (the type then starts below the binary point); 0 for nothing to hold."""
    if magnitude <= 0 or not math.isfinite(magnitude):
        return 0
    return max(math.ceil(math.log2(magnitude)), -MAX_EXTRA_BITS)


#: QKeras 0.9.0's quantized_bits and quantized_relu cannot take a negative ``integer`` (they compute 2**integer
#: in int32 and raise). A type with i < 0 integer bits is written as the same grid with more bits:
#: quantized_bits(bits - i, 0) holds exactly the values of fixed<bits, i + 1>, below 1 (so do the unsigned
#: ones). At most this many bits are added (values below 2**-24 of their layer's range are noise).
MAX_EXTRA_BITS = 24


def _bits(bits: int, integer: int) -> tuple[int, int]:
    """(bits, integer) of a QKeras quantizer with ``bits`` significant bits above ``2**integer``: itself for
    ``integer >= 0``, else ``(bits - integer, 0)`` (see :data:`MAX_EXTRA_BITS`)."""
    return (bits, integer) if integer >= 0 else (bits - integer, 0)


def _activation_name(layer: Any) -> str:
    act = getattr(layer, "activation", None)
    return getattr(act, "__name__", str(act)) if act is not None else "linear"


def _check(model: Any) -> None:
    problems = []
    for layer in _flat_layers(model):
        cls, role = type(layer).__name__, _role(layer)
        if _weighted(layer) or role == PTQ_ACTIVATION:
            act = _activation_name(layer)
            if act not in _ACTIVATIONS:
                problems.append(
                    f"layer {layer.name!r} ({cls}): activation {act!r} — PTQ quantizes relu, linear and a final "
                    "softmax (a float tanh/sigmoid has no exact firmware form; use relu, or a GRU/LSTM family, "
                    "whose tanh/sigmoid are exact lookup tables)"
                )
        elif role is None:
            problems.append(
                f"layer {layer.name!r} ({cls}): fpgaml's PTQ quantizes {', '.join(KINDS.ptq_weighted())} networks."
                + binary_hint(f"{cls} {layer.name}")
            )
    if problems:
        raise UnsupportedModelError(
            "the float model cannot be quantized by fpgaml:\n  " + "\n  ".join(problems)
        )


def fold_batchnorm(model: Any) -> tuple[Any, dict[str, str]]:
    """The same float function without BatchNormalization layers: the IR pass ``fold_batchnorm``
    (:func:`fpgaml.ir.passes.fold_batchnorm`, the one place the fold is written) and the Keras model rebuilt
    from it. Returns the new model and {folded BN name: the layer it went into}."""
    ir = parse(model)
    folded, changed = passes.fold_batchnorm(ir)
    if not changed:
        return model, {}
    bn_map = {str(layer.attrs["folded_batchnorm"]): layer.name for layer in folded.layers
              if "folded_batchnorm" in layer.attrs}  # fmt: skip
    return rebuild(model, folded, ir), bn_map


def _layer_maxima(model: Any, x: np.ndarray) -> dict[str, float]:
    """max |output| of every layer on ``x``, evaluated in float64."""

    outs = keras_layer_outputs(model, x)
    return {name: float(np.max(np.abs(v))) if v.size else 0.0 for name, v in outs.items()}


def quantize(model: Any, x_calib: np.ndarray, cfg: PtqConfig) -> tuple[Any, PtqReport]:
    """The QKeras model and the :class:`PtqReport` of a float ``model`` (see the module docstring)."""

    _check(model)
    k, q = keras(), qkeras()
    folded, bn_map = fold_batchnorm(model)
    # A final softmax is quantized like any output: the logits get output_bits (a quantized_bits output
    # quantizer) and the softmax follows as a layer of its own, so that the firmware without it (softmax:
    # strip) ends in an output_bits type, not in the full accumulator.
    softmax_name = _final_softmax_name(folded)
    if softmax_name is not None:
        folded = without_softmax(folded)
    x_calib = np.asarray(x_calib[: cfg.calibration_jets])
    maxima = _layer_maxima(folded, x_calib)
    report = PtqReport(settings=cfg.model_dump(mode="json"), n_calibration=len(x_calib))
    output_names = {t._keras_history[0].name for t in folded.outputs}
    folded_into = {v: k2 for k2, v in bn_map.items()}
    rows: dict[str, LayerPtq] = {}

    def out_quantizer(name: str, signed: bool, bits: int) -> Any:
        b, i = _bits(bits, _integer_bits(maxima.get(name, 0.0) * cfg.headroom))
        if signed:
            return q.quantized_bits(b, i, alpha=1), f"fixed<{b},{i + 1}>"
        i = min(i, b)
        return q.quantized_relu(b, i), f"ufixed<{b},{i}>"

    def clone(layer: Any) -> Any:
        cls = type(layer).__name__
        config = layer.get_config()
        row = LayerPtq(layer.name, cls, calibrated_max=maxima.get(layer.name, 0.0))
        if _weighted(layer):
            w, b = (np.asarray(v, np.float64) for v in layer.get_weights()) if layer.use_bias else (
                np.asarray(layer.get_weights()[0], np.float64), None)  # fmt: skip
            top = _integer_bits(float(np.max(np.abs(w))))
            wb, wi = _bits(cfg.weight_bits, top)
            kq = q.quantized_bits(wb, wi, alpha=1)
            row.weight_type, row.weight_max = f"fixed<{wb},{wi + 1}>", float(np.max(np.abs(w)))
            lsb = 2.0 ** (wi - wb + 1)
            row.weights_clipped = int(np.sum(w > 2.0**top - lsb / 2))  # rounds above the largest code
            wq = np.asarray(kq(tf().constant(w.astype(np.float32))), np.float64)
            nonzero = int(np.count_nonzero(w))
            row.weights_zeroed = int(np.count_nonzero((w != 0) & (wq == 0)))
            row.zeroed_fraction = round(row.weights_zeroed / nonzero, 6) if nonzero else 0.0
            kwargs = {"kernel_quantizer": kq}
            if b is not None:
                bb, bi = _bits(cfg.bias_bits, _integer_bits(float(np.max(np.abs(b)))))
                kwargs["bias_quantizer"] = q.quantized_bits(bb, bi, alpha=1)
                row.bias_type, row.bias_max = f"fixed<{bb},{bi + 1}>", float(np.max(np.abs(b)))
            act = _activation_name(layer)
            if act == "relu":
                kwargs["activation"], row.output_type = out_quantizer(layer.name, False, cfg.act_bits)
            elif act == "linear" and layer.name in output_names:
                kwargs["activation"], row.output_type = out_quantizer(layer.name, True, cfg.output_bits)
            else:  # linear into another layer (exact, hls4ml widens the type), or a final softmax
                kwargs["activation"] = act
            row.folded_batchnorm = folded_into.get(layer.name, "")
            config = {key: v for key, v in config.items() if key not in ("activation",)}
            for key in list(config):
                if key.endswith(("_initializer", "_regularizer", "_constraint")):
                    config.pop(key)
            new_cls = getattr(q, str(_role(layer)))  # the QKeras class the kind names
            rows[layer.name] = row
            return new_cls(**config, **kwargs)
        if _role(layer) == PTQ_ACTIVATION and _activation_name(layer) == "relu":
            quantizer, row.output_type = out_quantizer(layer.name, False, cfg.act_bits)
            rows[layer.name] = row
            return q.QActivation(quantizer, name=layer.name)
        return layer.__class__.from_config(config)

    qmodel = k.models.clone_model(folded, clone_function=clone)
    for layer in _flat_layers(folded):
        if layer.weights:
            qmodel.get_layer(layer.name).set_weights(layer.get_weights())
    report.layers = list(rows.values())
    report.problems = _losses(report, folded, qmodel, x_calib, cfg)
    if softmax_name is not None:
        probs = k.layers.Activation("softmax", name=softmax_name)(qmodel.outputs[0])
        qmodel = k.Model(qmodel.inputs, probs, name=model.name)
    return qmodel, report


def _losses(report: PtqReport, folded: Any, qmodel: Any, x: np.ndarray, cfg: PtqConfig) -> list[str]:
    """The failed checks of a quantization: a layer whose nonzero weights quantize to 0 beyond
    ``cfg.max_zeroed_fraction``, and the first layer whose quantized output is the same for every calibration
    sample while its float output is not (all its signal lost); each names the layer, the type and what to
    change."""
    problems = []
    for row in report.layers:
        if row.weight_type and row.zeroed_fraction > cfg.max_zeroed_fraction:
            problems.append(
                f"PTQ: layer {row.name!r} ({row.keras_class}): {row.weights_zeroed} of its nonzero weights "
                f"({row.zeroed_fraction:.1%}) quantize to 0 with {row.weight_type} (its largest weight "
                f"{row.weight_max:.3g}), more than train.ptq.max_zeroed_fraction = {cfg.max_zeroed_fraction}: "
                "raise train.ptq.weight_bits, or quantize the network in QKeras (per-layer types, QAT)"
            )
    quantized = keras_layer_outputs(qmodel, x)
    floats = keras_layer_outputs(folded, x)
    for row in report.layers:
        qv, fv = quantized.get(row.name), floats.get(row.name)
        if qv is None or fv is None or len(qv) < 2:
            continue
        flat_q, flat_f = qv.reshape(len(qv), -1), fv.reshape(len(fv), -1)
        if np.all(flat_q == flat_q[0]) and not np.all(flat_f == flat_f[0]):
            row.signal_lost = True
            if any(r.signal_lost for r in report.layers if r is not row):
                continue  # a layer after the first one that lost it: constant because its input is
            what = row.output_type or "the accumulator"
            problems.append(
                f"PTQ: layer {row.name!r} ({row.keras_class}): its quantized output ({what}) is the same for all "
                f"{len(qv)} calibration samples while the float output is not: all its signal is lost (the "
                "firmware would be constant from here). Raise train.ptq.act_bits / weight_bits, or quantize "
                "the network in QKeras"
            )
    return problems


def _final_softmax_name(model: Any) -> str | None:
    """The name the final softmax of ``model`` keeps as a layer of its own: its layer's name, or
    ``<layer>_softmax`` for a softmax fused into the last Dense; None when the model does not end in one."""
    if not ends_in_softmax(model):
        return None
    layers, output, _ = parse_layers(model)
    last = next(layer for layer in layers if layer.name == output)
    return last.name if last.kind == "activation" else f"{last.name}_softmax"


__all__ = ["LayerPtq", "PtqReport", "fold_batchnorm", "is_float_model", "quantize"]
