"""Fold a QKeras model into a plain tf_keras model that computes the same numbers with ONNX-able ops.

The folded model has the same architecture, layer names, inputs and outputs. Each quantized layer becomes
its Keras parent (``QDense`` -> ``Dense``, ``QConv1D`` -> ``Conv1D``, ``QLSTM`` -> ``LSTM``, ...) holding the
*quantized* weights (``quantizer(kernel).numpy()``, exactly what QKeras multiplies with), and every quantized
activation becomes arithmetic ONNX has: ``Mul``, ``Round``, ``Clip`` (and ``Tanh``/``Sigmoid`` where the
quantizer applies one first). For example ``quantized_relu(b, i)`` with ``f = b - i`` fractional bits is::

    clip(round_half_even(x * 2**f), 0, 2**b - 1) / 2**f

Rounding: QKeras rounds with ``tf.round`` (half to even); ``tf.round`` exports as ONNX ``Round``, which the
ONNX specification also defines as half to even ("for the case of halves, the rule is to round them to the
nearest even integer"), and ONNX Runtime implements it so (tested in ``tests/test_gpu.py``). Scaling by a
power of two is exact in float32, so a folded activation equals the QKeras one bit for bit on the same input.
Where ONNX and TF can still differ is the float32 accumulation order of matrix products: an input that lands
within an ulp of a rounding tie may round the other way. ``fpgaml.gpu.verify`` measures how often.

Stock Keras layers are copied unchanged. A QKeras layer or quantizer without a folding rule here, or a
custom layer, raises :class:`~fpgaml.errors.UnsupportedModelError` naming the layer.
"""

from __future__ import annotations

import inspect
import warnings
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np

from fpgaml.errors import UnsupportedModelError

#: QKeras layer class -> the stock Keras layer class it folds to.
QKERAS_PARENTS: dict[str, str] = {
    "QDense": "Dense",
    "QConv1D": "Conv1D",
    "QConv2D": "Conv2D",
    "QConv2DTranspose": "Conv2DTranspose",
    "QDepthwiseConv2D": "DepthwiseConv2D",
    "QSeparableConv1D": "SeparableConv1D",
    "QSeparableConv2D": "SeparableConv2D",
    "QSimpleRNN": "SimpleRNN",
    "QLSTM": "LSTM",
    "QGRU": "GRU",
}

#: Weight name (last path component) -> attribute of the QKeras layer/cell holding its quantizer.
_WEIGHT_QUANTIZERS: dict[str, str] = {
    "kernel": "kernel_quantizer_internal",
    "bias": "bias_quantizer_internal",
    "recurrent_kernel": "recurrent_quantizer_internal",
    "depthwise_kernel": "depthwise_quantizer_internal",
    "pointwise_kernel": "pointwise_quantizer_internal",
}

_RNN_LAYERS = {"QSimpleRNN", "QLSTM", "QGRU"}
# Config keys that matter for training only (QKeras puts its own Clip constraints and initialisers there).
_TRAINING_ONLY = ("initializer", "regularizer", "constraint", "_range", "quantizer")


@dataclass(frozen=True)
class QuantSpec:
    """A quantized activation in ONNX-able form: ``scale * clip(round(pre(x) * 2**frac), lo, hi) / 2**frac``.

    ``pre``: "identity", "tanh", "sigmoid", "hard_sigmoid", "smooth_sigmoid", or one of those prefixed with
    "2x-1:" (QKeras's tanh built from a sigmoid: ``2*sigmoid(x) - 1``). ``upper``: an extra saturation
    (``relu_upper_bound``), or None.
    """

    frac: int
    lo: int
    hi: int
    pre: str = "identity"
    scale: float = 1.0
    upper: float | None = None

    def describe(self) -> str:
        pre = "x" if self.pre == "identity" else f"{self.pre}(x)"
        return f"clip(round_half_even({pre}*2^{self.frac}), {self.lo}, {self.hi})/2^{self.frac}"


def quant_spec(quantizer: Any, where: str) -> QuantSpec:
    """The :class:`QuantSpec` of a QKeras activation quantizer; ``where`` names the layer for errors."""
    from fpgaml._keras import qkeras

    qz = qkeras().quantizers
    name = type(quantizer).__name__

    def unsupported(why: str) -> UnsupportedModelError:
        return UnsupportedModelError(
            f"layer {where!r}: activation quantizer {quantizer} cannot be folded for ONNX: {why}"
        )

    qnoise = getattr(quantizer, "qnoise_factor", 1.0)
    if float(np.asarray(qnoise)) != 1.0:
        raise unsupported("qnoise_factor != 1 mixes float and quantized values")

    if name == "quantized_relu":
        bits, integer = int(quantizer.bits), int(np.asarray(quantizer.integer))
        if quantizer.use_sigmoid:
            raise unsupported("use_sigmoid=1 is not supported")
        if quantizer.negative_slope:
            raise unsupported("negative_slope != 0 is not supported")
        upper = None
        if not quantizer.is_quantized_clip and quantizer.relu_upper_bound:
            upper = float(quantizer.relu_upper_bound)
        return QuantSpec(frac=bits - integer, lo=0, hi=2**bits - 1, upper=upper)

    if name == "quantized_bits":
        if isinstance(quantizer.alpha, str):
            raise unsupported(f"alpha={quantizer.alpha!r} scales by the batch's own maximum (data-dependent)")
        bits, integer = int(quantizer.bits), int(np.asarray(quantizer.integer))
        keep_negative = int(bool(quantizer.keep_negative))
        unsigned = bits - keep_negative
        if unsigned <= 0:
            raise unsupported("1-bit (sign) quantization is not supported")
        m = 2**unsigned
        scale = 1.0 if quantizer.alpha is None else float(quantizer.alpha)
        lo = keep_negative * (-m + int(bool(quantizer.symmetric)))
        return QuantSpec(frac=unsigned - integer, lo=lo, hi=m - 1, scale=scale)

    sigmoid = _internal_sigmoid(qz)
    if name == "quantized_tanh":
        bits = int(quantizer.bits)
        m = 2 ** (bits - 1)
        pre = "tanh" if quantizer.use_real_tanh else f"2x-1:{sigmoid}"
        return QuantSpec(frac=bits - 1, lo=-m + int(bool(quantizer.symmetric)), hi=m - 1, pre=pre)

    if name == "quantized_sigmoid":
        bits = int(quantizer.bits)
        pre = "sigmoid" if quantizer.use_real_sigmoid else sigmoid
        return QuantSpec(frac=bits, lo=int(bool(quantizer.symmetric)), hi=2**bits - 1, pre=pre)

    raise unsupported(
        "fpgaml folds quantized_relu, quantized_bits, quantized_tanh and quantized_sigmoid activations"
    )


def _internal_sigmoid(qz: Any) -> str:
    """Which sigmoid QKeras uses inside quantized_tanh/quantized_sigmoid (``set_internal_sigmoid``)."""
    if qz._sigmoid is qz.hard_sigmoid:
        return "hard_sigmoid"
    if qz._sigmoid is qz.smooth_sigmoid:
        return "smooth_sigmoid"
    return "sigmoid"


def apply_spec(spec: QuantSpec, x: Any) -> Any:
    """The folded activation as TensorFlow ops that tf2onnx maps one-to-one to ONNX ops."""
    from fpgaml._keras import tf

    t = tf()
    x = t.cast(x, t.float32)
    pre = spec.pre
    affine = pre.startswith("2x-1:")
    if affine:
        pre = pre[len("2x-1:") :]
    if pre == "tanh":
        p = t.math.tanh(x)
    elif pre == "sigmoid":
        p = t.math.sigmoid(x)
    elif pre == "hard_sigmoid":
        p = t.clip_by_value(0.5 * x + 0.5, 0.0, 1.0)
    elif pre == "smooth_sigmoid":
        p = t.clip_by_value(0.1875 * x + 0.5, 0.0, 1.0)
    else:
        p = x
    if affine:
        p = 2.0 * p - 1.0
    step = float(2.0**spec.frac)
    q = t.clip_by_value(t.round(p * step), float(spec.lo), float(spec.hi)) * (1.0 / step)
    if spec.scale != 1.0:
        q = q * spec.scale
    if spec.upper is not None:
        q = t.minimum(q, spec.upper)
    return q


class FoldedActivation:
    """A callable Keras accepts as ``activation=``; carries its :class:`QuantSpec` for reports."""

    def __init__(self, spec: QuantSpec) -> None:
        self.spec = spec
        self.__name__ = "folded_quantizer"

    def __call__(self, x: Any) -> Any:
        return apply_spec(self.spec, x)

    def __repr__(self) -> str:
        return f"FoldedActivation({self.spec.describe()})"


def _activation(act: Any, where: str) -> Any:
    """A Keras ``activation=`` value for a layer's (possibly quantized) activation."""
    from fpgaml._keras import keras, qkeras

    if act is None:
        return None
    if isinstance(act, qkeras().quantizers.BaseQuantizer):
        return FoldedActivation(quant_spec(act, where))
    name = getattr(act, "__name__", None)
    try:
        keras().activations.get(name)
    except Exception:
        raise UnsupportedModelError(
            f"layer {where!r}: activation {act!r} is neither Keras nor QKeras"
        ) from None
    return name


def fold_quantized(model: Any) -> Any:
    """A plain tf_keras model computing what the QKeras ``model`` computes, with the quantizers folded.

    Works on Functional and Sequential models (nested ones too). Returns a new model; ``model`` is untouched.
    """
    from fpgaml._keras import keras

    k = keras()
    if not isinstance(model, k.Model):
        raise UnsupportedModelError(f"expected a tf_keras model, got {type(model).__name__}")
    if not (isinstance(model, k.Sequential) or getattr(model, "_is_graph_network", False)):
        raise UnsupportedModelError(
            f"model {model.name!r} is a subclassed Keras model; fpgaml folds Functional/Sequential ones"
        )
    pending: list[tuple[Any, list[np.ndarray]]] = []
    folded = k.models.clone_model(model, clone_function=lambda layer: _fold_layer(layer, pending))
    for layer, weights in pending:
        layer.set_weights(weights)
    return folded


def _fold_layer(layer: Any, pending: list[tuple[Any, list[np.ndarray]]]) -> Any:
    from fpgaml._keras import keras

    k = keras()
    cls = type(layer)
    if isinstance(layer, k.Model):
        return fold_quantized(layer)
    if cls.__module__.startswith("qkeras"):
        if cls.__name__ == "QActivation":
            return _fold_qactivation(layer)
        if cls.__name__ not in QKERAS_PARENTS:
            raise UnsupportedModelError(
                f"layer {layer.name!r} ({cls.__name__}) has no ONNX folding rule; fpgaml folds "
                f"QActivation, {', '.join(sorted(QKERAS_PARENTS))} and stock Keras layers"
            )
        return _fold_qlayer(layer, pending)
    if not cls.__module__.startswith("tf_keras."):
        raise UnsupportedModelError(
            f"layer {layer.name!r} is a custom layer ({cls.__module__}.{cls.__name__}); fpgaml cannot fold it"
        )
    new = cls.from_config(layer.get_config())
    pending.append((new, layer.get_weights()))
    return new


def _fold_qactivation(layer: Any) -> Any:
    from fpgaml._keras import keras

    act = _activation(layer.quantizer, layer.name)
    return keras().layers.Activation(act or "linear", name=layer.name)


def _fold_qlayer(layer: Any, pending: list[tuple[Any, list[np.ndarray]]]) -> Any:
    from fpgaml._keras import keras, tf

    qname = type(layer).__name__
    parent = getattr(keras().layers, QKERAS_PARENTS[qname])
    rnn = qname in _RNN_LAYERS
    holder = layer.cell if rnn else layer  # where QKeras keeps the quantizers
    if rnn and getattr(holder, "state_quantizer", None):
        raise UnsupportedModelError(
            f"layer {layer.name!r} ({qname}) quantizes its recurrent state (state_quantizer): the stock "
            f"Keras {parent.__name__} fpgaml exports cannot express that"
        )
    with warnings.catch_warnings():  # QKeras serialises its quantizers as Keras constraints: noisy, harmless
        warnings.simplefilter("ignore", UserWarning)
        config = layer.get_config()
    accepted = set(inspect.signature(parent.__init__).parameters) | {"name", "trainable", "dtype"}
    kwargs = {
        key: value
        for key, value in config.items()
        if key in accepted and not any(key.endswith(s) for s in _TRAINING_ONLY)
    }
    kwargs["activation"] = _activation(holder.activation, layer.name)
    if hasattr(holder, "recurrent_activation"):
        kwargs["recurrent_activation"] = _activation(holder.recurrent_activation, layer.name)
    new = parent(**kwargs)

    weights = []
    for var in layer.weights:
        short = var.name.split(":")[0].split("/")[-1]
        quantizer = getattr(holder, _WEIGHT_QUANTIZERS.get(short, ""), None)
        value = var.numpy()
        if quantizer:
            value = np.asarray(quantizer(tf().constant(value)), dtype=value.dtype)
        weights.append(value)
    pending.append((new, weights))
    return new


def folded_summary(model: Any) -> list[dict[str, Any]]:
    """Per layer of a QKeras model: what it folds to (for reports). Raises like :func:`fold_quantized`."""
    from fpgaml._keras import keras, qkeras

    rows = []
    for layer in model.layers:
        cls = type(layer).__name__
        row: dict[str, Any] = {"layer": layer.name, "class": cls}
        if cls == "QActivation" and isinstance(layer.quantizer, qkeras().quantizers.BaseQuantizer):
            spec = quant_spec(layer.quantizer, layer.name)
            row.update(
                folded_to="Activation",
                quantizer=str(layer.quantizer),
                onnx=spec.describe(),
                spec=asdict(spec),
            )
        elif cls in QKERAS_PARENTS:
            row["folded_to"] = QKERAS_PARENTS[cls]
        elif isinstance(layer, keras().layers.InputLayer):
            continue
        else:
            row["folded_to"] = cls
        rows.append(row)
    return rows
