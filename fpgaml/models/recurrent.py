"""GRU and LSTM jet taggers: a QGRU/QLSTM over the pT-ordered constituents + a small QDense head.

The sequence runs from the hardest particle to the softest, then over the zero-padded slots (which are
ordinary all-zero time steps the network learns to pass through). Only the final state is used
(``return_sequences=False``).

Quantization, and how it maps to hls4ml's recurrent firmware (:func:`recurrent_hls_config` sets the types):

* kernel, recurrent kernel and biases: ``quantized_bits(weight_bits, weight_integer)`` like every family.
  hls4ml 1.3.0 does not apply these quantizers to recurrent layers (it writes the float weights and
  truncates them): the hook snaps the weights to their grid first and rounds like QKeras.
* gates: ``lut_activations: true`` (default) makes the QKeras cell use :mod:`fpgaml.models.lut`, the
  hls4ml lookup-table sigmoid/tanh (``table_size`` entries) reproduced exactly, so QKeras computes what the
  firmware computes; with ``false`` the gates are float sigmoid/tanh and the firmware differs by up to a
  table step.
* GRU state (fed back and output): ``quantized_bits(state_bits, 0)`` = the firmware's result type
  ``fixed<state_bits,1,RND_CONV,SAT>``; the accumulator ``fixed<40,12>`` holds every product exactly.
* LSTM: hls4ml 1.3.0's LSTM template only compiles when its input, state (h and c) and accumulator have
  the same C++ type, so all three are ``fixed<40,12,RND_CONV,SAT>`` (28 fraction bits: every product of
  the cell is exact but ``f * c``) and a ``QActivation`` in front puts the input on that type (lossless for inputs on the
  fixed<16,6> grid). The firmware rounds the cell state c onto that type every step (``f * c`` has 38
  fraction bits), so the QKeras cell quantizes its fed-back states to it too
  (``state_quantizer=quantized_bits(40, 11)``), and the LUT tanh reads ``c`` rounded the same way.
* the layer output is quantized to the state grid by a ``QActivation`` (``<cell>_state``).

Exactness: with LUT activations every operation of the cell is reproduced, and the C-simulation equals the
QKeras model evaluated in float64 bit for bit (measured on 20,000 test jets, N = 32: GRU and LSTM, 0 of
100,000 logits different; for the LSTM only since its cell state is rounded per step as in the firmware:
before, a retrain had 5 logits different). Evaluated in float32 (24-bit significand) QKeras rounds the wide gate sums and
the LSTM cell state (40 bits): a value next to a table-index boundary then takes the neighbouring entry
and a few jets differ by tens of LSBs (GRU 5, LSTM 301 of 100,000 logits; never the argmax). ``verify``
therefore evaluates QKeras in float64 (:func:`fpgaml.modelio.float64_twin`).
"""

from __future__ import annotations

from typing import Any

from fpgaml._keras import keras, qkeras
from fpgaml.errors import ConfigError
from fpgaml.models import lut
from fpgaml.models.base import (
    BuildContext,
    ModelFamily,
    dense,
    relu,
    snap_quantized_weights,
    weight_quantizer,
)
from fpgaml.models.compat import patch_qkeras_recurrent

_FLOAT_GATES = (
    "lut_activations is false: QKeras evaluates the gates with float sigmoid/tanh, the firmware with "
    "lookup tables, so outputs differ by up to a table step"
)


def _inexact_if(p: dict[str, Any]) -> str:
    return "" if p["lut_activations"] else _FLOAT_GATES


DEFAULT_PARAMS: dict[str, Any] = {
    "units": 16,
    "state_bits": 10,
    "hidden": [16],
    "table_size": 1024,
    "lut_activations": True,
    # hls4ml's `static` option of its GRU/LSTM (HLS project only; the C-sim is the same either way): true, its
    # default, keeps one cell instance with its state in static variables, reused over the steps ("lower
    # resource usage at the expense of serialized computation and higher latency/II", hls4ml's description);
    # false gives every step its own instance, the HLS counterpart of the unrolled RTL (rtl.recurrent).
    "hls_static": True,
}


def state_quantizer(p: dict[str, Any]) -> Any:

    return qkeras().quantized_bits(int(p["state_bits"]), 0, alpha=1)


def _build(ctx: BuildContext, cell: str) -> Any:

    k = keras()
    p = ctx.params
    if len(ctx.input_shape) != 2:
        raise ConfigError(
            f"{cell} needs constituents (particles, features); got input shape {ctx.input_shape}"
        )
    inputs, x_in = ctx.inputs("constituents")
    units = int(p["units"])
    if ctx.quantized:
        q = qkeras()
        patch_qkeras_recurrent()
        layer_cls = q.QGRU if cell == "gru" else q.QLSTM
        extra = {"reset_after": True} if cell == "gru" else {}
        if p["lut_activations"]:
            act, rec_act = (
                lut.activation("tanh", int(p["table_size"])),
                lut.activation("sigmoid", int(p["table_size"])),
            )
        else:
            act, rec_act = "tanh", "sigmoid"
        rnn = layer_cls(
            units,
            activation=act,
            recurrent_activation=rec_act,
            kernel_quantizer=weight_quantizer(ctx.cfg),
            recurrent_quantizer=weight_quantizer(ctx.cfg),
            bias_quantizer=weight_quantizer(ctx.cfg),
            # GRU: the fed-back state is quantized to the state grid (as the firmware's result type);
            # LSTM: hls4ml's LSTM keeps h and c in the accumulator type (see recurrent_hls_config) and
            # rounds c onto it every step (f * c has 38 fraction bits): QKeras does the same.
            state_quantizer=(state_quantizer(p) if cell == "gru" else q.quantized_bits(*_LSTM_BITS, alpha=1)),
            return_sequences=False,
            name=cell,
            **extra,
        )
        x = x_in
        if cell == "lstm":
            # hls4ml 1.3.0's LSTM template only compiles when its input, state and accumulator types are the
            # same C++ type: give the LSTM an input on that (wide) type; lossless for inputs on the
            # fixed<16,6> grid.
            x = q.QActivation(q.quantized_bits(*_LSTM_BITS, alpha=1), name="lstm_input")(x)
        x = rnn(x)
        x = q.QActivation(state_quantizer(p), name=f"{cell}_state")(x)
    else:
        x = x_in
        if cell == "lstm":
            x = k.layers.Activation("linear", name="lstm_input")(x)
        layer_cls = k.layers.GRU if cell == "gru" else k.layers.LSTM
        extra = {"reset_after": True} if cell == "gru" else {}
        x = layer_cls(units, activation="tanh", recurrent_activation="sigmoid", name=cell, **extra)(x)
        x = k.layers.Activation("linear", name=f"{cell}_state")(x)  # the float model's state is not quantized
    for i, n in enumerate(p["hidden"], start=1):
        x = dense(ctx, int(n), f"fc{i}")(x)
        x = relu(ctx, f"fc{i}_relu")(x)
    x = dense(ctx, ctx.n_classes, "logits")(x)
    return k.Model(inputs, x, name=f"{cell}_tagger")


def build_gru(ctx: BuildContext) -> Any:
    return _build(ctx, "gru")


def build_lstm(ctx: BuildContext) -> Any:
    return _build(ctx, "lstm")


_ACCUM = "fixed<40,12,RND_CONV,SAT>"
#: QKeras quantized_bits(bits, integer) of the LSTM input = state = accumulator type fixed<40,12,RND_CONV,SAT>.
_LSTM_BITS = (40, 11)
_LSTM_T = "fixed<40,12,RND_CONV,SAT>"


def recurrent_hls_config(hls_cfg: dict[str, Any], model: Any, model_cfg: Any, p: dict[str, Any]) -> None:
    """Precisions of the recurrent layer that hls4ml cannot infer (and snap its weights, see below).

    * weights and biases (incl. the GRU recurrent bias, which hls4ml leaves at the default type):
      ``fixed<weight_bits, weight_integer+1, RND_CONV, SAT>`` = QKeras ``quantized_bits`` (round half to
      even, clip); the weights are also snapped to that grid (:func:`fpgaml.models.base.snap_quantized_weights`);
    * result (the fed-back state and the output): ``fixed<state_bits,1,RND_CONV,SAT>``, the QKeras state
      quantizer;
    * accum: wide enough that every pre-activation sum is exact (weights and states are on fixed grids);
    * gate lookup tables: ``table_size`` entries, 18-bit values with 2 integer bits;
    * hls4ml's ``static`` option (``hls_static``): one reused cell instance (true) or one per step (false).
    """
    snap_quantized_weights(model)
    sb = int(p["state_bits"])
    w, wi = int(model_cfg.weight_bits), int(model_cfg.weight_integer)
    wtype = f"fixed<{w},{wi + 1},RND_CONV,SAT>"
    layers = hls_cfg.setdefault("LayerName", {})
    for layer in model.layers:
        if type(layer).__name__ not in ("QGRU", "QLSTM", "GRU", "LSTM"):
            continue
        entry = layers.setdefault(layer.name, {})
        prec = entry.get("Precision")
        if not isinstance(prec, dict):
            prec = {} if prec is None else {"result": prec}
            entry["Precision"] = prec
        for key in ("weight", "recurrent_weight", "bias", "recurrent_bias"):
            prec[key] = wtype
        prec["accum"] = _ACCUM
        entry["Static"] = bool(p["hls_static"])
        if type(layer).__name__ in ("QGRU", "GRU"):
            prec["result"] = f"fixed<{sb},1,RND_CONV,SAT>"
        else:
            # hls4ml 1.3.0's LSTM template only compiles when the result type equals the accumulator type
            # (nnet::lstm calls dense<data_T, res_T> into accum_t arrays), so h and c stay wide here and
            # the QActivation after the layer quantizes the output to the state grid.
            prec["result"] = prec["accum"] = _LSTM_T
        # LUT activations (fpgaml.models.lut) name hls4ml's own sigmoid/tanh and their table size; the table
        # type is a layer attribute hls4ml takes from the entry by name (not from "Precision").
        cell = getattr(layer, "cell", layer)
        acts = [lut.parse(getattr(f, "__name__", f)) for f in (cell.activation, cell.recurrent_activation)]
        if all(acts):
            entry["activation"], entry["recurrent_activation"] = acts[0][0], acts[1][0]
            entry["TableSize"] = acts[0][1]
            entry["table_t"] = lut.TABLE_TYPE
        else:
            entry["TableSize"] = int(p["table_size"])
            entry["table_t"] = "fixed<18,2,RND_CONV,SAT>"


def recurrent_family(cell: str) -> ModelFamily:
    """The ``gru`` or ``lstm`` family (declared in ``fpgaml/models/gru.py`` / ``lstm.py``)."""
    return ModelFamily(
        name=cell,
        features="constituents",
        builder=build_gru if cell == "gru" else build_lstm,
        description=f"Q{cell.upper()} over the pT-ordered constituents (final state) + QDense head",
        default_params=dict(DEFAULT_PARAMS),
        inexact_if=_inexact_if,
        hls_config=recurrent_hls_config,
        per_layer_precision=False,
        io_types=("io_parallel", "io_stream"),
    )
