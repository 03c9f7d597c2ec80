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

from fpgaml._keras import keras, qkeras
from fpgaml.errors import UnsupportedModelError
from fpgaml.ir import passes
from fpgaml.ir.core import KINDS, PTQ_ACTIVATION, PTQ_ROLES
from fpgaml.ir.parse import parse
from fpgaml.modelio import rebuild
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
    folded_batchnorm: str = ""


@dataclass
class PtqReport:
    settings: dict[str, Any]
    layers: list[LayerPtq] = field(default_factory=list)
    n_calibration: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "settings": self.settings,
            "n_calibration": self.n_calibration,
            "layers": [asdict(layer) for layer in self.layers],
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
    """Integer bits (sign excluded) that hold ``magnitude``: 2**i >= magnitude, at least 0."""
    if magnitude <= 0 or not math.isfinite(magnitude):
        return 0
    return max(0, math.ceil(math.log2(magnitude)))


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
                    "softmax (a float tanh/sigmoid has no exact firmware form; use relu, or train with QKeras "
                    "quantized_tanh/quantized_sigmoid)"
                )
        elif role is None:
            problems.append(
                f"layer {layer.name!r} ({cls}): fpgaml's PTQ quantizes {', '.join(KINDS.ptq_weighted())} networks"
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
    x_calib = np.asarray(x_calib[: cfg.calibration_jets])
    maxima = _layer_maxima(folded, x_calib)
    report = PtqReport(settings=cfg.model_dump(mode="json"), n_calibration=len(x_calib))
    output_names = {t._keras_history[0].name for t in folded.outputs}
    folded_into = {v: k2 for k2, v in bn_map.items()}
    rows: dict[str, LayerPtq] = {}

    def out_quantizer(name: str, signed: bool, bits: int) -> Any:
        i = _integer_bits(maxima.get(name, 0.0) * cfg.headroom)
        if signed:
            return q.quantized_bits(bits, i, alpha=1), f"fixed<{bits},{i + 1}>"
        i = min(i, bits)
        return q.quantized_relu(bits, i), f"ufixed<{bits},{i}>"

    def clone(layer: Any) -> Any:
        cls = type(layer).__name__
        config = layer.get_config()
        row = LayerPtq(layer.name, cls, calibrated_max=maxima.get(layer.name, 0.0))
        if _weighted(layer):
            w, b = (np.asarray(v, np.float64) for v in layer.get_weights()) if layer.use_bias else (
                np.asarray(layer.get_weights()[0], np.float64), None)  # fmt: skip
            wi = _integer_bits(float(np.max(np.abs(w))))
            kq = q.quantized_bits(cfg.weight_bits, wi, alpha=1)
            row.weight_type, row.weight_max = f"fixed<{cfg.weight_bits},{wi + 1}>", float(np.max(np.abs(w)))
            lsb = 2.0 ** (wi - cfg.weight_bits + 1)
            row.weights_clipped = int(np.sum(w > 2.0**wi - lsb / 2))  # rounds above the largest code
            kwargs = {"kernel_quantizer": kq}
            if b is not None:
                bi = _integer_bits(float(np.max(np.abs(b))))
                kwargs["bias_quantizer"] = q.quantized_bits(cfg.bias_bits, bi, alpha=1)
                row.bias_type, row.bias_max = f"fixed<{cfg.bias_bits},{bi + 1}>", float(np.max(np.abs(b)))
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
    return qmodel, report


__all__ = ["LayerPtq", "PtqReport", "fold_batchnorm", "is_float_model", "quantize"]
