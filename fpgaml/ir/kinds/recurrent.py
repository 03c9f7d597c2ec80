"""Recurrent layers: ``QGRU``, ``QLSTM``, ``QSimpleRNN`` and their stock Keras parents.

Parsed: the quantized kernel, recurrent kernel and bias; the cell's activations (``attrs['activation']`` and
``attrs['recurrent_activation']``: a Keras name such as ``"tanh"``, fpgaml's lookup-table functions
``"hls_tanh_<N>"``/``"hls_sigmoid_<N>"`` (:mod:`fpgaml.models.lut`), or a QKeras quantizer), the state quantizer
(``attrs['state']``) and the layer options. ``problems`` are what hls4ml 1.3.0 ignores or gets wrong;
``fold`` repeats QKeras' cell arithmetic with ONNX-able ops (:func:`fpgaml.gpu.fold.folded_cell_classes`);
``cycles`` is the analytic GRU/LSTM rule. There is no exact integer evaluation or RTL yet.
"""

from __future__ import annotations

import inspect
import warnings
from typing import Any

import numpy as np

from fpgaml.backends import get_backend
from fpgaml.errors import UnsupportedModelError
from fpgaml.ir.core import IntValue, Layer, LayerKind, Quantizer, register_kind
from fpgaml.ir.ops import keras_activation
from fpgaml.ir.parse import ParseContext, quantizer_from_qkeras

#: Backends whose recurrent templates lack SimpleRNN (hls4ml 1.3.0).
# Config keys that matter for training only (QKeras puts its own Clip constraints and initialisers there).
_TRAINING_ONLY = ("initializer", "regularizer", "constraint", "_range", "quantizer")
_PARENT = {"QGRU": "GRU", "QLSTM": "LSTM", "QSimpleRNN": "SimpleRNN"}
_NOT_YET = "the RTL path is not available for recurrent layers (the profile stage uses the analytic latency)"


@register_kind
class RecurrentKind(LayerKind):
    name = "recurrent"
    keras_classes = ("QGRU", "QLSTM", "QSimpleRNN", "GRU", "LSTM", "SimpleRNN")
    hls_classes = ("GRU", "LSTM", "QGRU", "QLSTM")

    def parse(self, keras_layer: Any, ctx: ParseContext) -> Layer:
        cell = keras_layer.cell
        # QKeras serialises its quantizers as Keras constraints: noisy, harmless
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)
            config = keras_layer.get_config()
        state = None
        if getattr(cell, "state_quantizer", None):
            state = quantizer_from_qkeras(cell.state_quantizer_internal)
        rec_act = getattr(cell, "recurrent_activation", None)
        layer = ctx.layer(
            "recurrent",
            weights=ctx.weights(),
            cell=_PARENT.get(ctx.keras_class, ctx.keras_class),
            units=int(cell.units),
            state=state,
            reset_after=bool(config.get("reset_after", True)),
            implementation=int(getattr(cell, "implementation", 1)),
            use_bias=bool(cell.use_bias),
            return_sequences=bool(config.get("return_sequences", False)),
            return_state=bool(config.get("return_state", False)),
            go_backwards=bool(config.get("go_backwards", False)),
            stateful=bool(config.get("stateful", False)),
            time_major=bool(config.get("time_major", False)),
            keras_config=config,
        )
        # the cell's own activations (inside the recurrence), not an activation of the layer's output
        layer.attrs["activation"] = ctx.activation(cell.activation)
        layer.attrs["recurrent_activation"] = ctx.activation(rec_act) if rec_act is not None else None
        return layer

    def problems(self, layer: Layer, backend: str, io_type: str) -> list[str]:
        a, cls = layer.attrs, layer.keras_class
        problems = []
        if a["cell"] == "SimpleRNN" and not get_backend(backend).simple_rnn:
            problems.append(
                f"{cls} has no {backend} template in hls4ml 1.3.0 (the firmware would read an uninitialised "
                "buffer); use GRU/LSTM (QGRU/QLSTM) on Vivado/Vitis"
            )
        if a["go_backwards"]:
            problems.append("go_backwards=True is ignored by hls4ml (the firmware would run forwards)")
        if a["return_state"]:
            problems.append("return_state=True is not supported by hls4ml")
        if a["stateful"]:
            problems.append("stateful=True is not supported (the firmware resets the state for every input)")
        if a["time_major"]:
            problems.append("time_major=True is not supported by hls4ml")
        if a["cell"] == "GRU" and not a["reset_after"]:
            problems.append(
                "reset_after=False: hls4ml's GRU firmware always applies the reset gate after the matrix "
                "product (Keras reset_after=True) and splits the bias in two; use reset_after=True"
            )
        return problems

    def evaluate(self, layer: Layer, inputs: list[IntValue]) -> IntValue:
        raise self.not_yet(layer, "fixed-point evaluation", _NOT_YET)

    def trace(self, layer: Layer, inputs: list[Any]) -> Any:
        raise self.not_yet(layer, "RTL trace (da4ml)", _NOT_YET)

    def fold(self, layer: Layer, inputs: list[Any]) -> Any:
        if layer.keras_class in ("QGRU", "QLSTM"):
            return self._fold_gated(layer, inputs[0])
        from fpgaml._keras import keras

        k = keras()
        a = layer.attrs
        parent = getattr(k.layers, a["cell"])
        if layer.keras_class in _PARENT:  # QSimpleRNN
            if a["state"] is not None:
                raise UnsupportedModelError(
                    f"{layer.where} quantizes its recurrent state (state_quantizer): the stock Keras "
                    f"{a['cell']} fpgaml exports cannot express that"
                )
            accepted = set(inspect.signature(parent.__init__).parameters) | {"name", "trainable", "dtype"}
            kwargs = {
                key: value
                for key, value in a["keras_config"].items()
                if key in accepted and not any(key.endswith(s) for s in _TRAINING_ONLY)
            }
        else:  # a stock Keras layer: its own config
            kwargs = dict(a["keras_config"])
        kwargs["activation"] = keras_activation(layer, a["activation"])
        if "recurrent_activation" in kwargs or a["recurrent_activation"] is not None:
            kwargs["recurrent_activation"] = keras_activation(layer, a["recurrent_activation"])
        kwargs["name"] = layer.name
        rnn = parent(**kwargs) if layer.keras_class in _PARENT else parent.from_config(kwargs)
        y = rnn(inputs[0])
        rnn.set_weights([w.values.astype(np.float32) for w in layer.weights.values()])
        return y

    def _fold_gated(self, layer: Layer, x: Any) -> Any:
        """QGRU/QLSTM -> ``keras.layers.RNN`` over a folded cell that repeats QKeras's cell arithmetic.

        A stock GRU/LSTM cannot quantize its fed-back state (QKeras ``state_quantizer``), so the cell is
        fpgaml's own: quantized weights as constants, the state quantizer and any quantized activations
        folded, the same order of operations as QKeras 0.9.0. The time loop is unrolled when the sequence
        length is static (ONNX then needs no ``Loop``).
        """
        from fpgaml._keras import keras
        from fpgaml.gpu.fold import QuantSpec, folded_cell_classes

        k = keras()
        a = layer.attrs
        state: Quantizer | None = a["state"]
        if state is not None and not isinstance(state, Quantizer):
            raise UnsupportedModelError(
                f"{layer.where}: state quantizer {state} cannot be folded: {state.reason}"
            )

        def cell_act(act: Any) -> Any:
            folded = keras_activation(layer, act)
            return folded if callable(folded) else k.activations.get(folded)

        kwargs = {
            "units": int(a["units"]),
            "weights": {name: w.values.astype(np.float32) for name, w in layer.weights.items()},
            "activation": cell_act(a["activation"]),
            "recurrent_activation": cell_act(a["recurrent_activation"]),
            "state_spec": QuantSpec.from_quantizer(state) if state is not None else None,
            "implementation": int(a["implementation"]),
            "use_bias": bool(a["use_bias"]),
        }
        gru_cls, lstm_cls = folded_cell_classes()
        cell = (
            gru_cls(reset_after=bool(a["reset_after"]), **kwargs)
            if a["cell"] == "GRU"
            else lstm_cls(**kwargs)
        )
        steps = x.shape[1]
        return k.layers.RNN(
            cell,
            return_sequences=a["return_sequences"],
            return_state=a["return_state"],
            go_backwards=a["go_backwards"],
            unroll=steps is not None,
            name=layer.name,
        )(x)

    def cycles(self, hls_class: str, attrs: dict[str, Any], clock_period_ns: float) -> tuple[int, str]:
        from fpgaml.profile.analytic import dense_cycles

        rf = int(attrs.get("reuse_factor", 1) or 1)
        steps = int(attrs["n_timesteps"])
        n_state = int(attrs.get("n_state", attrs["n_out"]))
        rrf = int(attrs.get("recurrent_reuse_factor", rf) or rf)
        step = max(
            dense_cycles(attrs["n_in"], clock_period_ns, rf), dense_cycles(n_state, clock_period_ns, rrf)
        ) + (4 if "GRU" in hls_class else 5)
        return steps * step, f"{steps} steps x {step} cycles"
