"""Read a tf_keras / QKeras model ONCE into a :class:`~fpgaml.ir.core.ModelIR`.

Sequential and Functional models (nested ones are flattened; tfmot pruning wrappers are looked through) are
walked node by node in topological order;
each layer is handed to the :class:`~fpgaml.ir.core.LayerKind` that declares its class. Parsing never fails
for exactness reasons (a float Dense parses, its weights have ``frac=None``); it fails for layer classes no
kind reads (all of them listed in one message), Lambda and custom layers, and structures the IR does not
hold: several inputs or outputs, a layer called twice (shared), a layer output other than the first used.

QKeras semantics read here (matched to QKeras 0.9.0 and hls4ml 1.3.0):

* weights: ``quantizer(weight)`` evaluated by QKeras (the values QKeras multiplies with); the quantizer of
  each weight is the one its kind declares (:attr:`~fpgaml.ir.core.LayerKind.weight_quantizers`);
* ``quantized_relu(bits, integer)``: round half to even (``tf.round``), saturate to ``[0, 2**bits - 1]``
  codes of ``2**-(bits-integer)``: ``ufixed<bits,integer,RND_CONV,SAT>``;
* ``quantized_bits(bits, integer, keep_negative=1, alpha=1)``: round half to even, saturate to
  ``[-2**(bits-1) (+1 if symmetric), 2**(bits-1) - 1]`` codes of ``2**(integer-bits+1)``:
  ``fixed<bits,integer+1,RND_CONV,SAT|SAT_SYM>``.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from fpgaml._keras import keras, qkeras, tf
from fpgaml.errors import UnsupportedModelError
from fpgaml.ir.core import (
    KINDS,
    Activation,
    FixedType,
    InputTypes,
    Layer,
    ModelIR,
    OpaqueActivation,
    Quantizer,
    Weight,
    is_softmax,
    quantizer_holder,
)

_KERAS_MODULES = ("tf_keras.", "keras.", "qkeras.")
#: what to do with a model of several inputs or outputs (the firmware has one input and one output port)
MULTI_INPUT_HINT = (
    "give the model one Input holding every feature (concatenate the arrays into one, e.g. data.inputs of shape "
    "(n, features), and feed each branch from it: a Dense reads all features, a Reshape/Permute regroups "
    "them), or convert each input's branch as a model of its own"
)
MULTI_OUTPUT_HINT = (
    "end the model in one output (a Concatenate of the heads; the trigger splits the output array), or "
    "convert each head as a model of its own"
)
#: custom layers whose names say binary/ternary: QKeras quantizers fpgaml converts exactly do that
_BINARY_HINT = (
    " For binary or ternary weights use a QKeras layer with kernel_quantizer=binary(alpha=1) or "
    "ternary(alpha=1) (e.g. QDense(..., kernel_quantizer='binary(alpha=1)')), which fpgaml converts exactly"
)


def binary_hint(name: str) -> str:
    """The way forward for a custom layer or quantizer whose name says it is binary/ternary ("" otherwise)."""
    low = name.lower()
    return _BINARY_HINT if any(w in low for w in ("binar", "ternar", "xnor", "bnn")) else ""


#: Wrappers that only act in training around one layer (tfmot pruning): the IR reads the layer inside.
_TRAINING_WRAPPERS = ("PruneLowMagnitude",)


class ParseContext:
    """What a kind's ``parse`` gets besides the Keras layer: the layer's place in the graph and readers of
    quantizers and weights that every kind shares."""

    def __init__(
        self,
        keras_layer: Any,
        inputs: list[str],
        input_shapes: list[tuple[int | None, ...]],
        output_shape: tuple[int | None, ...],
    ) -> None:
        self.keras_layer = keras_layer
        self.inputs = inputs
        self.input_shapes = input_shapes
        self.output_shape = output_shape

    @property
    def name(self) -> str:
        return str(self.keras_layer.name)

    @property
    def keras_class(self) -> str:
        return type(self.keras_layer).__name__

    @property
    def where(self) -> str:
        return f"layer {self.name!r} ({self.keras_class})"

    def layer(
        self,
        kind: str,
        *,
        weights: dict[str, Weight] | None = None,
        activation: Activation = None,
        **attrs: Any,
    ) -> Layer:
        """The :class:`Layer` record of the current Keras layer."""
        return Layer(
            name=self.name,
            kind=kind,
            keras_class=self.keras_class,
            inputs=list(self.inputs),
            output_shape=tuple(self.output_shape),
            weights=weights or {},
            activation=activation,
            attrs=attrs,
        )

    def weights(self) -> dict[str, Weight]:
        """Every weight of the layer (Keras order), quantized by its QKeras quantizer where it has one (the
        quantizers the layer's kind declares, :attr:`~fpgaml.ir.core.LayerKind.weight_quantizers`)."""

        holder = quantizer_holder(self.keras_layer)
        kind = KINDS.of_keras_layer(self.keras_layer)
        table = kind.weight_quantizers if kind is not None else {}
        out: dict[str, Weight] = {}
        for var in self.keras_layer.weights:
            short = var.name.split(":")[0].split("/")[-1]
            quantizer = getattr(holder, table.get(short, ""), None)
            value = var.numpy()
            if quantizer:
                value = np.asarray(quantizer(tf().constant(value)), dtype=np.float64)
            out[short] = Weight.from_values(
                value,
                quantizer=describe_quantizer(quantizer) if quantizer else "",
                bits=_int_or_none(getattr(quantizer, "bits", None)),
                layer=self.name,
                name=short,
            )
        return out

    def activation(self, act: Any) -> Activation:
        """A Keras/QKeras activation (function, name or quantizer) as an IR activation; None for linear."""
        return read_activation(act, self.where)


def describe_quantizer(q: Any) -> str:
    """``str(q)`` of a QKeras quantizer, which names its class first (``quantized_bits(6,0,1,alpha=1)``); some
    QKeras 0.9.0 quantizers cannot describe themselves (``quantized_hswish`` asserts in ``__str__``): then the
    class name and its config."""
    try:
        return str(q)
    except Exception:
        config = q.get_config() if hasattr(q, "get_config") else {}
        args = ",".join(f"{k}={v!r}" for k, v in config.items())
        return f"{type(q).__name__}({args})"


def _int_or_none(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def read_activation(act: Any, where: str) -> Activation:
    """An IR activation for ``act``: None (linear), a :class:`Quantizer`, a Keras activation name, or an
    :class:`OpaqueActivation`."""

    if act is None:
        return None
    if isinstance(act, qkeras().quantizers.BaseQuantizer):
        return quantizer_from_qkeras(act)
    name = act if isinstance(act, str) else getattr(act, "__name__", None)
    if name is None:
        return OpaqueActivation(repr(act), "it is neither a Keras activation nor a QKeras quantizer")
    if name == "linear":
        return None
    try:
        keras().activations.get(name)
    except Exception:
        return OpaqueActivation(str(name), "it is neither a Keras activation nor a QKeras quantizer")
    return str(name)


def _internal_sigmoid() -> str:
    """Which sigmoid QKeras uses inside quantized_tanh/quantized_sigmoid (``set_internal_sigmoid``)."""

    qz = qkeras().quantizers
    if qz._sigmoid is qz.hard_sigmoid:
        return "hard_sigmoid"
    if qz._sigmoid is qz.smooth_sigmoid:
        return "smooth_sigmoid"
    return "sigmoid"


def quantizer_from_qkeras(q: Any) -> Quantizer | OpaqueActivation:
    """The :class:`Quantizer` of a QKeras activation quantizer, or an :class:`OpaqueActivation` saying why
    fpgaml cannot represent it."""
    name = type(q).__name__
    desc = describe_quantizer(q)

    def opaque(why: str) -> OpaqueActivation:
        return OpaqueActivation(desc, why)

    if float(np.asarray(getattr(q, "qnoise_factor", 1.0))) != 1.0:
        return opaque(
            "qnoise_factor != 1 mixes float and quantized values; set qnoise_factor=1.0 (the fully quantized "
            "network) before conversion"
        )
    if getattr(q, "use_stochastic_rounding", False):
        return opaque(
            "fpgaml converts round-to-nearest activation quantizers only; rebuild the layer with "
            "use_stochastic_rounding=False for conversion (QKeras rounds to nearest outside training, so the "
            "trained weights keep their meaning)"
        )
    if name == "quantized_relu":
        bits, integer = int(q.bits), int(np.asarray(q.integer))
        if q.use_sigmoid:
            return opaque("use_sigmoid=1 is not supported")
        if q.negative_slope:
            return opaque("negative_slope != 0 is not supported")
        upper = None
        if not q.is_quantized_clip and q.relu_upper_bound:
            upper = float(q.relu_upper_bound)
        return Quantizer(FixedType(False, bits, integer), "RND_CONV", "SAT", upper=upper, source=desc)
    if name == "quantized_bits":
        if isinstance(q.alpha, str):
            return opaque(f"alpha={q.alpha!r} scales by the batch's own maximum (data-dependent)")
        bits, integer = int(q.bits), int(np.asarray(q.integer))
        keep_negative = int(bool(q.keep_negative))
        if bits - keep_negative <= 0:
            return opaque("1-bit (sign) quantization is not supported")
        scale = 1.0 if q.alpha is None else float(np.max(q.alpha))
        signed = bool(keep_negative)
        overflow = "SAT_SYM" if signed and q.symmetric else "SAT"
        return Quantizer(
            FixedType(signed, bits, integer + keep_negative), "RND_CONV", overflow, scale=scale, source=desc
        )
    if name == "quantized_tanh":
        bits = int(q.bits)
        pre = "tanh" if q.use_real_tanh else f"2x-1:{_internal_sigmoid()}"
        overflow = "SAT_SYM" if q.symmetric else "SAT"
        return Quantizer(FixedType(True, bits, 1), "RND_CONV", overflow, pre=pre, source=desc)
    if name == "quantized_sigmoid":
        bits = int(q.bits)
        pre = "sigmoid" if q.use_real_sigmoid else _internal_sigmoid()
        overflow = "SAT_SYM" if q.symmetric else "SAT"
        return Quantizer(FixedType(False, bits, 0), "RND_CONV", overflow, pre=pre, source=desc)
    return opaque(
        f"fpgaml reads quantized_relu, quantized_bits, quantized_tanh and quantized_sigmoid activations, not "
        f"{name}: use one of them (e.g. quantized_relu(8, 3) or quantized_bits(8, 3, alpha=1))"
    )


# ---- the walk ---------------------------------------------------------------------------------------------
def _flat(x: Any) -> list[Any]:

    return list(tf().nest.flatten(x))


def _refusal(layer: Any) -> str:
    cls = type(layer)
    name = cls.__name__
    if name == "Lambda":
        return (
            f"layer {layer.name!r} (Lambda): Lambda layers hold arbitrary Python code that fpgaml and hls4ml "
            "cannot read; replace it by standard Keras/QKeras layers"
        )
    if not cls.__module__.startswith(_KERAS_MODULES):
        return (
            f"layer {layer.name!r} is a custom layer ({cls.__module__}.{name}); fpgaml cannot read its "
            "arithmetic: build it from standard Keras/QKeras layers, or add a layer kind (fpgaml/ir/kinds/)."
            + binary_hint(f"{name} {layer.name}")
        )
    return f"layer {layer.name!r} ({name}): fpgaml has no layer kind for {name}"


class _Walker:
    def __init__(self) -> None:
        self.layers: list[Layer] = []
        self.problems: list[str] = []
        self.producer: dict[int, str] = {}  # id(Keras tensor) -> name of the IR layer computing it
        self.shapes: dict[str, tuple[int | None, ...]] = {}
        self.seen: set[int] = set()
        self.names: set[str] = set()

    def name_of(self, tensor: Any, consumer: str) -> str:
        name = self.producer.get(id(tensor))
        if name is None:
            hist = getattr(tensor, "_keras_history", None)
            src = hist.layer.name if hist is not None else "?"
            index = hist.tensor_index if hist is not None else "?"
            self.problems.append(
                f"layer {consumer!r} reads output {index} of layer {src!r}: fpgaml's IR gives every layer one "
                "output (e.g. an RNN with return_state=True)"
            )
            return src
        return name

    def model(self, model: Any, feed: dict[int, str] | None) -> None:

        k = keras()
        if not getattr(model, "_is_graph_network", False):
            if isinstance(model, k.Sequential):
                raise UnsupportedModelError(
                    f"Sequential model {model.name!r} is not built: give its first layer an input_shape "
                    "(or build it) so that fpgaml can read its graph"
                )
            raise UnsupportedModelError(
                f"model {model.name!r} is a subclassed Keras model; fpgaml reads Functional/Sequential ones"
            )
        if feed is not None and len(model.inputs) != len(feed):
            raise UnsupportedModelError(f"nested model {model.name!r} takes {len(model.inputs)} inputs")
        for depth in sorted(model._nodes_by_depth, reverse=True):
            for node in model._nodes_by_depth[depth]:
                self.node(node, feed, k)

    def node(self, node: Any, feed: dict[int, str] | None, k: Any) -> None:
        layer = node.layer
        while type(layer).__name__ in _TRAINING_WRAPPERS:  # the pruned layer as it runs at inference
            layer = layer.layer
        outputs = _flat(node.outputs)
        if node.is_input:
            t = outputs[0]
            if feed is not None:
                self.producer[id(t)] = feed[id(t)]
                return
            ctx = ParseContext(layer, [], [], tuple(t.shape[1:]))
            record = KINDS.get("input").parse(layer, ctx)
            self.add(record)
            self.producer[id(t)] = record.name
            return
        if id(layer) in self.seen:
            self.problems.append(
                f"layer {layer.name!r} ({type(layer).__name__}) is called more than once (a shared layer); "
                "fpgaml's IR gives every layer one output: build a separate layer for each call"
            )
        self.seen.add(id(layer))
        in_tensors = _flat(node.keras_inputs)
        inputs = [self.name_of(t, layer.name) for t in in_tensors]
        if isinstance(layer, k.Model):
            if not getattr(layer, "_is_graph_network", False):
                self.problems.append(
                    f"layer {layer.name!r} is a subclassed Keras model; fpgaml reads Functional/Sequential ones"
                )
                self._unreadable(outputs, layer.name)
                return
            inner_feed = {id(t): n for t, n in zip(_flat(layer.inputs), inputs, strict=False)}
            self.model(layer, inner_feed)
            for outer, inner in zip(outputs, _flat(layer.outputs), strict=False):
                self.producer[id(outer)] = self.producer.get(id(inner), inputs[0] if inputs else "?")
            return
        kind = KINDS.for_keras_class(type(layer).__name__)
        if kind is None or type(layer).__name__ == "Lambda":
            self.problems.append(_refusal(layer))
            self._unreadable(outputs, layer.name)
            return
        ctx = ParseContext(
            layer, inputs, [self.shapes.get(n, ()) for n in inputs], tuple(outputs[0].shape[1:])
        )
        try:
            record = kind.parse(layer, ctx)
        except UnsupportedModelError as exc:
            self.problems.append(str(exc))
            self._unreadable(outputs, layer.name)
            return
        if record is None:  # the identity at inference
            if len(inputs) != 1:
                self.problems.append(f"{ctx.where}: an identity layer must read exactly one input")
            self._alias(outputs, inputs)
            return
        self.add(record)
        self.producer[id(outputs[0])] = record.name

    def _alias(self, outputs: list[Any], inputs: list[str]) -> None:
        if outputs and inputs:
            self.producer[id(outputs[0])] = inputs[0]

    def _unreadable(self, outputs: list[Any], name: str) -> None:
        """The output of a layer that could not be read: a name no record has (the parse fails anyway)."""
        if outputs:
            self.producer[id(outputs[0])] = f"<unreadable {name}>"

    def add(self, record: Layer) -> None:
        if record.name in self.names:
            self.problems.append(
                f"layer name {record.name!r} appears twice (a nested model reuses a name): rename one"
            )
            return
        self.names.add(record.name)
        self.shapes[record.name] = tuple(record.output_shape)
        self.layers.append(record)


def parse_layers(model: Any) -> tuple[list[Layer], str | None, list[str]]:
    """(the layer records that could be read, the output layer's name, every problem found).

    :func:`parse` raises on problems; :func:`fpgaml.models.support.check_supported` lists them together with
    the hls4ml problems of the layers that were read.
    """

    if not isinstance(model, keras().Model):
        raise UnsupportedModelError(f"expected a tf_keras model, got {type(model).__name__}")
    walker = _Walker()
    walker.model(model, None)
    problems = walker.problems
    n_in, n_out = len(_flat(model.inputs)), len(_flat(model.outputs))
    if n_in != 1:
        problems.insert(
            0,
            f"model {model.name!r} has {n_in} inputs; fpgaml supports models with one input: {MULTI_INPUT_HINT}",
        )
    if n_out != 1:
        problems.insert(
            0,
            f"model {model.name!r} has {n_out} outputs; fpgaml supports models with one output: "
            f"{MULTI_OUTPUT_HINT}",
        )
    output = walker.producer.get(id(_flat(model.outputs)[0])) if n_out else None
    return walker.layers, output, problems


def parse(
    model: Any, input_type: InputTypes | FixedType | str | tuple[bool, int, int] | None = None
) -> ModelIR:
    """The :class:`ModelIR` of a tf_keras/QKeras Sequential or Functional ``model``.

    ``input_type``: the firmware input type (``"fixed<16,6>"``, ``(True, 16, 6)`` or a :class:`FixedType`),
    or an :class:`InputTypes` with a type per feature; needed to evaluate the IR; it may be omitted for
    folding or support checks.
    """
    layers, output, problems = parse_layers(model)
    if problems:
        raise UnsupportedModelError(
            f"fpgaml cannot read model {model.name!r}:\n  "
            + "\n  ".join(problems)
            + f"\nLayer classes fpgaml reads: {', '.join(KINDS.keras_classes())}. A new layer class is one "
            "file in fpgaml/ir/kinds/ (see the guide there)."
        )
    assert output is not None
    return ModelIR(layers, output, input_type, name=str(model.name))


def ends_in_softmax(model: Any) -> bool:
    """THE definition, for a Keras model: its last operation is a softmax (:func:`~fpgaml.ir.core.is_softmax`
    of its output layer, as :attr:`ModelIR.ends_in_softmax`).

    Only the layer computing the output must be readable: a model with other layers fpgaml cannot read (e.g. a
    trusted pre-trained model with a Lambda) can still be trained with the right loss.
    """
    layers, output, problems = parse_layers(model)
    last = next((layer for layer in layers if layer.name == output), None)
    if last is None:
        raise UnsupportedModelError(
            f"fpgaml cannot tell whether model {model.name!r} ends in a softmax: it cannot read the layer "
            "computing its output:\n  " + "\n  ".join(problems)
        )
    return is_softmax(last)
