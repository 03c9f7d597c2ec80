"""Recurrent layers: ``QGRU``, ``QLSTM``, ``QSimpleRNN`` and their stock Keras parents.

Parsed: the quantized kernel, recurrent kernel and bias; the cell's activations (``attrs['activation']`` and
``attrs['recurrent_activation']``: a Keras name such as ``"tanh"``, fpgaml's lookup-table functions
``"hls_tanh_<N>"``/``"hls_sigmoid_<N>"`` (:mod:`fpgaml.models.lut`), or a QKeras quantizer), the state quantizer
(``attrs['state']``) and the layer options. ``problems`` are what hls4ml 1.3.0 ignores or gets wrong;
``fold`` repeats QKeras' cell arithmetic with ONNX-able ops (:func:`fpgaml.gpu.fold.folded_cell_classes`);
``cycles`` is the analytic GRU/LSTM rule.

``evaluate`` and ``trace`` (QGRU with ``reset_after=True`` and QLSTM, lookup-table gates, a state quantizer)
unroll the sequence and repeat QKeras 0.9.0's cell step by step in exact arithmetic (:class:`Cell`, written
once for integers and for da4ml): the state quantizer on the fed-back state(s) at the start of every step,
the gate sums exact, the gates from hls4ml's tables (:mod:`fpgaml.ir.tables`), the products exact. That is
what the hls4ml firmware computes with the types the recurrent families set (accumulator ``fixed<40,12>``,
result type = the state quantizer's type, the LSTM's ``c`` rounded onto ``fixed<40,12>`` every step), as
long as no sum leaves the accumulator's range (±2048) or needs more than its 28 fraction bits.
"""

from __future__ import annotations

import inspect
import warnings
from typing import Any

import numpy as np

from fpgaml._keras import keras
from fpgaml.backends import get_backend
from fpgaml.errors import UnsupportedModelError
from fpgaml.ir import tables
from fpgaml.ir.core import KINDS, IntValue, Layer, LayerKind, Quantizer, qkeras_weights, register_kind
from fpgaml.ir.cycles import dense_cycles
from fpgaml.ir.fold_ops import QuantSpec, folded_cell_classes
from fpgaml.ir.integer import MAX_BITS, align
from fpgaml.ir.ops import affine_int, affine_trace, keras_activation
from fpgaml.ir.parse import ParseContext, quantizer_from_qkeras
from fpgaml.ir.trace_ops import quantize, stack

#: Backends whose recurrent templates lack SimpleRNN (hls4ml 1.3.0).
# Config keys that matter for training only (QKeras puts its own Clip constraints and initialisers there).
_TRAINING_ONLY = ("initializer", "regularizer", "constraint", "_range", "quantizer")
_PARENT = {"QGRU": "GRU", "QLSTM": "LSTM", "QSimpleRNN": "SimpleRNN"}


@register_kind
class RecurrentKind(LayerKind):
    name = "recurrent"
    keras_classes = ("QGRU", "QLSTM", "QSimpleRNN", "GRU", "LSTM", "SimpleRNN")
    hls_classes = ("GRU", "LSTM", "QGRU", "QLSTM")
    weight_quantizers = qkeras_weights("kernel", "recurrent_kernel", "bias")
    prunable = True  # the cell's kernel and recurrent kernel (fpgaml.pruning)

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
        cell = Cell.of(self, layer, "fixed-point evaluation")
        v, frac = inputs[0]
        math = IntMath(layer.where, len(v))
        outs, _ = cell.run(math, [(v[:, t, :], frac) for t in range(v.shape[1])])
        if not layer.attrs["return_sequences"]:
            return outs[-1]
        target = max(f for _, f in outs)
        return np.stack([align(o, f, target) for o, f in outs], axis=1), target

    def trace(self, layer: Layer, inputs: list[Any]) -> Any:

        cell = Cell.of(self, layer, "RTL trace (da4ml)")
        x = inputs[0]
        math = TraceMath(layer.where, x)
        outs, _ = cell.run(math, [x[t] for t in range(x.shape[0])])
        return stack(outs, x) if layer.attrs["return_sequences"] else outs[-1]

    def fold(self, layer: Layer, inputs: list[Any]) -> Any:
        if layer.keras_class in ("QGRU", "QLSTM"):
            return self._fold_gated(layer, inputs[0])

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

        rf = int(attrs.get("reuse_factor", 1) or 1)
        steps = int(attrs["n_timesteps"])
        n_state = int(attrs.get("n_state", attrs["n_out"]))
        rrf = int(attrs.get("recurrent_reuse_factor", rf) or rf)
        step = max(
            dense_cycles(attrs["n_in"], clock_period_ns, rf), dense_cycles(n_state, clock_period_ns, rrf)
        ) + (4 if "GRU" in hls_class else 5)
        return steps * step, f"{steps} steps x {step} cycles"


# ---- the cell, unrolled: one algorithm for the integer reference and for da4ml --------------------------
class IntMath:
    """Exact integers: a value is ``(int64 array (batch, n), frac)``."""

    def __init__(self, where: str, batch: int) -> None:
        self.where, self.batch = where, batch

    def zeros(self, n: int) -> IntValue:
        return np.zeros((self.batch, n), np.int64), 0

    def affine(self, x: IntValue, w: np.ndarray, w_frac: int, b: np.ndarray | None, b_frac: int) -> IntValue:
        return affine_int(self.where, x, w, w_frac, b, b_frac)

    def part(self, a: IntValue, start: int, stop: int) -> IntValue:
        return a[0][:, start:stop], a[1]

    def add(self, a: IntValue, b: IntValue) -> IntValue:
        f = max(a[1], b[1])
        return align(a[0], a[1], f) + align(b[0], b[1], f), f

    def sub(self, a: IntValue, b: IntValue) -> IntValue:
        f = max(a[1], b[1])
        return align(a[0], a[1], f) - align(b[0], b[1], f), f

    def mul(self, a: IntValue, b: IntValue) -> IntValue:
        bound = int(np.max(np.abs(a[0]), initial=0)) * int(np.max(np.abs(b[0]), initial=0))
        if bound >= 2**MAX_BITS:
            raise UnsupportedModelError(f"{self.where}: a product of the cell exceeds {MAX_BITS} bits")
        return a[0] * b[0], a[1] + b[1]

    def lut(self, a: IntValue, table: tuple[str, int]) -> IntValue:
        return tables.lut_int(a[0], a[1], *table)

    def quantize(self, a: IntValue, q: Quantizer) -> IntValue:
        return q.apply_int(a[0], a[1])


class TraceMath:
    """da4ml: a value is a 1-D ``FixedVariableArray`` of one sample."""

    def __init__(self, where: str, like: Any) -> None:
        self.where, self.like = where, like

    def _wrap(self, flat: list[Any]) -> Any:
        from da4ml.trace import FixedVariableArray  # optional heavy dependency: imported on first use

        arr = np.empty(len(flat), dtype=object)
        arr[:] = flat
        return FixedVariableArray(arr, self.like.solver_options, hwconf=self.like.hwconf)

    def _const(self, values: np.ndarray) -> Any:
        from da4ml.trace import FixedVariable  # optional heavy dependency: imported on first use

        return self._wrap([FixedVariable.from_const(float(c), hwconf=self.like.hwconf) for c in values])

    def zeros(self, n: int) -> Any:
        return self._const(np.zeros(n))

    def affine(self, x: Any, w: np.ndarray, w_frac: int, b: np.ndarray | None, b_frac: int) -> Any:
        vs = np.ravel(x._vars)
        if all(v.low == v.high for v in vs):  # a constant state (the first step): numbers, no logic
            ints = np.array([float(v.low) for v in vs])
            y = ints @ (w.astype(np.float64) * 2.0**-w_frac)
            if b is not None:
                y = y + b.astype(np.float64) * 2.0**-b_frac
            return self._const(y)
        return affine_trace(self.where, x, w, w_frac, b, b_frac)

    def part(self, a: Any, start: int, stop: int) -> Any:
        return a[start:stop]

    def add(self, a: Any, b: Any) -> Any:
        return self._wrap(list(np.ravel(a._vars) + np.ravel(b._vars)))

    def sub(self, a: Any, b: Any) -> Any:
        return self._wrap(list(np.ravel(a._vars) - np.ravel(b._vars)))

    def mul(self, a: Any, b: Any) -> Any:
        return self._wrap([u * v for u, v in zip(np.ravel(a._vars), np.ravel(b._vars), strict=True)])

    def lut(self, a: Any, table: tuple[str, int]) -> Any:
        return self._wrap([tables.lut_trace(v, *table) for v in np.ravel(a._vars)])

    def quantize(self, a: Any, q: Quantizer) -> Any:

        return quantize(a, q, self.where)


class Cell:
    """A GRU or LSTM cell with exact arithmetic, run over the whole sequence by :meth:`run`."""

    def __init__(
        self, layer: Layer, tables_: tuple[tuple[str, int], tuple[str, int]], state: Quantizer
    ) -> None:
        a = layer.attrs
        self.cell, self.n, self.state = a["cell"], int(a["units"]), state
        self.act, self.rec_act = tables_
        w, u = layer.weights["kernel"], layer.weights["recurrent_kernel"]
        self.w, self.w_frac = w.ints, int(w.frac)  # type: ignore[arg-type]
        self.u, self.u_frac = u.ints, int(u.frac)  # type: ignore[arg-type]
        b = layer.weights.get("bias") if a["use_bias"] else None
        self.b_frac = 0 if b is None else int(b.frac)  # type: ignore[arg-type]
        bias = None if b is None else b.ints
        if self.cell == "GRU":  # reset_after=True: (2, 3n) = input bias, recurrent bias
            self.b_in, self.b_rec = (None, None) if bias is None else (bias[0], bias[1])
        else:  # LSTM: one bias (4n) on the input product
            self.b_in, self.b_rec = bias, None

    @classmethod
    def of(cls, kind: RecurrentKind, layer: Layer, what: str) -> Cell:
        """The cell of ``layer``, or ``kind.not_yet`` / an error naming what has no exact form."""
        a = layer.attrs
        if a["cell"] not in ("GRU", "LSTM"):
            raise kind.not_yet(
                layer, what, f"{a['cell']} has no hls4ml firmware on Vivado/Vitis to be exact against"
            )
        why = [p for p in kind.problems(layer, "Vitis", "io_parallel") if "SimpleRNN" not in p]
        if why:
            raise UnsupportedModelError(f"{layer.where}: no exact form: " + "; ".join(why))
        found = []
        for key in ("activation", "recurrent_activation"):
            act = a[key]
            table = tables.parse(act)
            if table is None:
                raise UnsupportedModelError(
                    f"{layer.where}: {key} {act} has no exact fixed-point form: the firmware computes the gates "
                    "with hls4ml's lookup tables; use fpgaml's table activations (fpgaml.models.lut, e.g. "
                    "recurrent_activation='hls_sigmoid_1024', the recurrent families' lut_activations: true)"
                )
            found.append(table)
        if (found[0][0], found[1][0]) != ("tanh", "sigmoid"):
            raise UnsupportedModelError(
                f"{layer.where}: activations {a['activation']}/{a['recurrent_activation']}: fpgaml's exact "
                "cell takes a tanh activation and a sigmoid recurrent activation"
            )
        state = a["state"]
        if not isinstance(state, Quantizer) or not state.exact:
            raise UnsupportedModelError(
                f"{layer.where}: no exact form without a fixed-point state quantizer (got {state}): the firmware "
                "rounds the fed-back state onto its result type every step; give the layer "
                "state_quantizer=quantized_bits(...) (the recurrent families do)"
            )
        for key in ("kernel", "recurrent_kernel", "bias"):
            if key in layer.weights:
                _ = layer.weights[key].ints  # refuses float weights, naming the layer
        return cls(layer, (found[0], found[1]), state)

    @property
    def state_names(self) -> tuple[str, ...]:
        """What the cell carries from one step to the next: ``("h",)`` (GRU) or ``("h", "c")`` (LSTM)."""
        return ("h",) if self.cell == "GRU" else ("h", "c")

    def run(
        self, m: Any, xs: list[Any], state: tuple[Any, ...] | None = None
    ) -> tuple[list[Any], tuple[Any, ...]]:
        """The output (h) after every step for the inputs ``xs`` of the steps, and the state after the last
        step (as :attr:`state_names`), starting from ``state`` (default: zeros, as a layer does)."""
        n = self.n
        h, c = (m.zeros(n), m.zeros(n)) if state is None else (state[0], state[-1])
        outs = []
        for x in xs:
            hq = m.quantize(h, self.state)  # QKeras quantizes the fed-back state at the start of a step
            xp = m.affine(x, self.w, self.w_frac, self.b_in, self.b_frac)
            hp = m.affine(hq, self.u, self.u_frac, self.b_rec, self.b_frac)
            if self.cell == "GRU":  # Keras gate order z, r, h
                z = m.lut(m.add(m.part(xp, 0, n), m.part(hp, 0, n)), self.rec_act)
                r = m.lut(m.add(m.part(xp, n, 2 * n), m.part(hp, n, 2 * n)), self.rec_act)
                hh = m.lut(m.add(m.part(xp, 2 * n, 3 * n), m.mul(r, m.part(hp, 2 * n, 3 * n))), self.act)
                h = m.add(hh, m.mul(z, m.sub(hq, hh)))  # = z * hq + (1 - z) * hh, one product fewer
            else:  # LSTM, Keras gate order i, f, c, o
                cq = m.quantize(c, self.state)
                p = m.add(xp, hp)
                i = m.lut(m.part(p, 0, n), self.rec_act)
                f = m.lut(m.part(p, n, 2 * n), self.rec_act)
                g = m.lut(m.part(p, 2 * n, 3 * n), self.act)
                o = m.lut(m.part(p, 3 * n, 4 * n), self.rec_act)
                c = m.add(m.mul(f, cq), m.mul(i, g))
                h = m.mul(o, m.lut(c, self.act))
            outs.append(h)
        return outs, ((h,) if self.cell == "GRU" else (h, c))


def exact_cell(layer: Layer, what: str = "RTL trace (da4ml)") -> Cell:
    """The exact cell of a recurrent layer (refused, with the reason, when it has none)."""

    return Cell.of(KINDS.get("recurrent"), layer, what)  # type: ignore[arg-type]
