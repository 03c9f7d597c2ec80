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

import functools
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
    from fpgaml._keras import keras

    qname = type(layer).__name__
    if qname in ("QGRU", "QLSTM"):
        return _fold_gated_rnn(layer)
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

    weights = list(_quantized_weights(layer, holder).values())
    pending.append((new, weights))
    return new


def _quantized_weights(layer: Any, holder: Any) -> dict[str, np.ndarray]:
    """``{short weight name: quantizer(weight)}`` of a QKeras layer (``holder``: where its quantizers are)."""
    from fpgaml._keras import tf

    out = {}
    for var in layer.weights:
        short = var.name.split(":")[0].split("/")[-1]
        quantizer = getattr(holder, _WEIGHT_QUANTIZERS.get(short, ""), None)
        value = var.numpy()
        if quantizer:
            value = np.asarray(quantizer(tf().constant(value)), dtype=value.dtype)
        out[short] = value
    return out


def _fold_gated_rnn(layer: Any) -> Any:
    """QGRU/QLSTM -> ``keras.layers.RNN`` over a folded cell that repeats QKeras's cell arithmetic.

    A stock GRU/LSTM cannot quantize its fed-back state (QKeras ``state_quantizer``), so the cell is
    fpgaml's own (:func:`folded_cell_classes`): quantized weights as constants, the state quantizer and any
    quantized activations folded as in :func:`apply_spec`, the same order of operations as QKeras 0.9.0.
    The time loop is unrolled when the sequence length is static (ONNX then needs no ``Loop``).
    """
    from fpgaml._keras import keras

    cell = layer.cell
    state = getattr(cell, "state_quantizer_internal", None) if cell.state_quantizer else None
    kwargs = {
        "units": int(cell.units),
        "weights": _quantized_weights(layer, cell),
        "activation": _cell_activation(cell.activation, layer.name),
        "recurrent_activation": _cell_activation(cell.recurrent_activation, layer.name),
        "state_spec": quant_spec(state, layer.name) if state is not None else None,
        "implementation": int(cell.implementation),
        "use_bias": bool(cell.use_bias),
    }
    gru_cls, lstm_cls = folded_cell_classes()
    if type(layer).__name__ == "QGRU":
        folded_cell = gru_cls(reset_after=bool(cell.reset_after), **kwargs)
    else:
        folded_cell = lstm_cls(**kwargs)
    steps = layer.input_shape[1] if isinstance(layer.input_shape, tuple) else None
    return keras().layers.RNN(
        folded_cell,
        return_sequences=layer.return_sequences,
        return_state=layer.return_state,
        go_backwards=layer.go_backwards,
        unroll=steps is not None,
        name=layer.name,
    )


def _cell_activation(act: Any, where: str) -> Any:
    from fpgaml._keras import keras

    folded = _activation(act, where)
    return folded if callable(folded) else keras().activations.get(folded)


@functools.cache
def folded_cell_classes() -> tuple[type, type]:
    """(FoldedGRUCell, FoldedLSTMCell): Keras RNN cells with constant quantized weights (built lazily)."""
    from fpgaml._keras import keras, tf

    t = tf()
    k = keras()

    class _FoldedCell(k.layers.Layer):
        def __init__(
            self,
            units: int,
            weights: dict[str, np.ndarray],
            activation: Any,
            recurrent_activation: Any,
            state_spec: QuantSpec | None,
            implementation: int,
            use_bias: bool,
            **kw: Any,
        ) -> None:
            super().__init__(**kw)
            self.units = units
            self.kernel = t.constant(weights["kernel"])
            self.recurrent = t.constant(weights["recurrent_kernel"])
            self.bias = t.constant(weights["bias"]) if use_bias else None
            self.act = activation
            self.rec_act = recurrent_activation
            self.state_spec = state_spec
            self.implementation = implementation

        def _q(self, s: Any) -> Any:
            return apply_spec(self.state_spec, s) if self.state_spec is not None else s

    class FoldedGRUCell(_FoldedCell):
        def __init__(self, reset_after: bool, **kw: Any) -> None:
            super().__init__(**kw)
            self.reset_after = reset_after
            self.state_size = self.units
            self.output_size = self.units

        def call(self, inputs: Any, states: Any) -> Any:
            h_tm1 = self._q(states[0] if isinstance(states, (list, tuple)) else states)
            n, k, r = self.units, self.kernel, self.recurrent
            if self.bias is not None:
                in_b, rec_b = (self.bias[0], self.bias[1]) if self.reset_after else (self.bias, None)
            else:
                in_b = rec_b = None
            if self.implementation == 1:
                x_z = t.matmul(inputs, k[:, :n])
                x_r = t.matmul(inputs, k[:, n : 2 * n])
                x_h = t.matmul(inputs, k[:, 2 * n :])
                if in_b is not None:
                    x_z = t.nn.bias_add(x_z, in_b[:n])
                    x_r = t.nn.bias_add(x_r, in_b[n : 2 * n])
                    x_h = t.nn.bias_add(x_h, in_b[2 * n :])
                rec_z = t.matmul(h_tm1, r[:, :n])
                rec_r = t.matmul(h_tm1, r[:, n : 2 * n])
                if self.reset_after and rec_b is not None:
                    rec_z = t.nn.bias_add(rec_z, rec_b[:n])
                    rec_r = t.nn.bias_add(rec_r, rec_b[n : 2 * n])
                z = self.rec_act(x_z + rec_z)
                rr = self.rec_act(x_r + rec_r)
                if self.reset_after:
                    rec_h = t.matmul(h_tm1, r[:, 2 * n :])
                    if rec_b is not None:
                        rec_h = t.nn.bias_add(rec_h, rec_b[2 * n :])
                    rec_h = rr * rec_h
                else:
                    rec_h = t.matmul(rr * h_tm1, r[:, 2 * n :])
            else:
                mx = t.matmul(inputs, k)
                if in_b is not None:
                    mx = t.nn.bias_add(mx, in_b)
                x_z, x_r, x_h = t.split(mx, 3, axis=-1)
                if self.reset_after:
                    mi = t.matmul(h_tm1, r)
                    if rec_b is not None:
                        mi = t.nn.bias_add(mi, rec_b)
                else:
                    mi = t.matmul(h_tm1, r[:, : 2 * n])
                rec_z, rec_r, rec_h = t.split(mi, [n, n, -1], axis=-1)
                z = self.rec_act(x_z + rec_z)
                rr = self.rec_act(x_r + rec_r)
                rec_h = rr * rec_h if self.reset_after else t.matmul(rr * h_tm1, r[:, 2 * n :])
            hh = self.act(x_h + rec_h)
            h = z * h_tm1 + (1 - z) * hh
            return h, [h]

    class FoldedLSTMCell(_FoldedCell):
        def __init__(self, **kw: Any) -> None:
            super().__init__(**kw)
            self.state_size = [self.units, self.units]
            self.output_size = self.units

        def call(self, inputs: Any, states: Any) -> Any:
            h_tm1, c_tm1 = self._q(states[0]), self._q(states[1])
            n, k, r = self.units, self.kernel, self.recurrent
            if self.implementation == 1:
                xs = [t.matmul(inputs, kk) for kk in t.split(k, 4, axis=1)]
                if self.bias is not None:
                    xs = [t.nn.bias_add(x, b) for x, b in zip(xs, t.split(self.bias, 4, axis=0), strict=True)]
                x_i, x_f, x_c, x_o = xs
                i = self.rec_act(x_i + t.matmul(h_tm1, r[:, :n]))
                f = self.rec_act(x_f + t.matmul(h_tm1, r[:, n : 2 * n]))
                c = f * c_tm1 + i * self.act(x_c + t.matmul(h_tm1, r[:, 2 * n : 3 * n]))
                o = self.rec_act(x_o + t.matmul(h_tm1, r[:, 3 * n :]))
            else:
                zz = t.matmul(inputs, k)
                zz += t.matmul(h_tm1, r)
                if self.bias is not None:
                    zz = t.nn.bias_add(zz, self.bias)
                z0, z1, z2, z3 = t.split(zz, 4, axis=1)
                i, f, o = self.rec_act(z0), self.rec_act(z1), self.rec_act(z3)
                c = f * c_tm1 + i * self.act(z2)
            h = o * self.act(c)
            return h, [h, c]

    return FoldedGRUCell, FoldedLSTMCell


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
