"""QONNX: the quantized network as an ONNX graph whose quantization is explicit in qonnx ``Quant`` nodes.

FINN and hls4ml's QONNX front end read a network's fixed-point types from ``Quant`` nodes
(``qonnx.custom_op.general``: ``Quant(x, scale, zeropt, bitwidth)`` with ``signed``, ``narrow`` and
``rounding_mode``); the folded ONNX of :mod:`fpgaml.gpu.onnx_export` holds the same arithmetic as float ops,
which those tools see as a float network. :func:`export_qonnx` writes the graph from fpgaml's layer IR, one
writer per layer kind (:data:`WRITERS`):

* the firmware's input type, every weight's and every activation's type as a ``Quant`` node (``scale`` =
  2^-f, ``zeropt`` = 0, ``bitwidth`` = the type's width; ``ROUND`` = half to even as QKeras and hls4ml's
  ``RND_CONV``; saturation is ``Quant``'s clamp, ``narrow`` for ``SAT_SYM``);
* dense as ``MatMul`` + ``Add``, conv1d as ``Conv`` (between two ``Transpose``: the IR is channels-last),
  pooling, flatten/reshape/permute, concatenation, ReLU and softmax as their ONNX ops;
* the firmware's input scaling ``y = Q((x - offset) * scale)`` as ``Sub``, ``Mul`` and a ``Quant``, with a
  ``Where`` keeping padded particles at 0.

Exactness: float32 holds integers up to 2^24. The layers :func:`fpgaml.gpu.fold.float64_layers` marks (the
input scaling on a wide raw type, sums whose worst case exceeds 2^24 LSB) compute in float64 (``Cast`` in,
``Cast`` out after their ``Quant``), every other layer in float32, so that the graph computes the firmware's
arithmetic exactly; ``fpgaml gpu export`` runs it with qonnx's own executor and compares every output with the
C-simulation. The batch dimension stays dynamic (``batch``); qonnx's ``cleanup`` would make it 0 unless given
``override_inpsize``, so fpgaml does not run it (the graph is written clean: shapes inferred, names unique).

A layer kind without a writer, a quantizer ``Quant`` cannot express (wrapping overflow, rounding half up on
signed values, a tanh/sigmoid table, a float scale) or a float weight raises
:class:`~fpgaml.errors.UnsupportedModelError` naming the layer.
"""

from __future__ import annotations

import contextlib
import copy
import math
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from fpgaml.errors import UnsupportedModelError
from fpgaml.gpu.fold import _signed_bits, float64_layers
from fpgaml.ir import FixedType, OpaqueActivation, Quantizer
from fpgaml.registry import Registry

if TYPE_CHECKING:  # pragma: no cover
    from fpgaml.ir import Layer, ModelIR

DOMAIN = "qonnx.custom_op.general"
BATCH_DIM = "batch"
FLOAT, DOUBLE = 1, 11  # onnx.TensorProto.FLOAT / DOUBLE


class Graph:
    """The graph being written: nodes, initializers and the element type of every tensor."""

    def __init__(self, ir: ModelIR, wide: set[str]) -> None:
        self.ir = ir
        self.wide = wide
        self.nodes: list[Any] = []
        self.initializers: list[Any] = []
        self.dtype: dict[str, int] = {}
        self._n = 0

    def name(self, hint: str) -> str:
        self._n += 1
        return f"{hint}_{self._n}"

    def const(self, hint: str, value: Any, dtype: int = FLOAT) -> str:
        from onnx import numpy_helper  # optional heavy dependency

        np_type = np.float64 if dtype == DOUBLE else np.float32
        arr = np.asarray(value)
        if arr.dtype.kind == "f":
            arr = arr.astype(np_type)
        name = self.name(hint)
        self.initializers.append(numpy_helper.from_array(arr, name))
        if arr.dtype.kind == "f":
            self.dtype[name] = dtype
        return name

    def op(self, op_type: str, inputs: list[str], hint: str, dtype: int | None = None, **attrs: Any) -> str:
        from onnx import helper  # optional heavy dependency

        out = self.name(hint)
        domain = DOMAIN if op_type == "Quant" else ""
        self.nodes.append(helper.make_node(op_type, inputs, [out], name=out, domain=domain, **attrs))
        self.dtype[out] = dtype if dtype is not None else self.dtype.get(inputs[0], FLOAT)
        return out

    def cast(self, x: str, dtype: int) -> str:
        return (
            x
            if self.dtype.get(x, FLOAT) == dtype
            else self.op("Cast", [x], f"{x}_cast", dtype=dtype, to=dtype)
        )

    def quant(self, x: str, frac: int, width: int, signed: bool, hint: str, *, narrow: bool = False,
              rounding: str = "ROUND") -> str:  # fmt: skip
        """``Quant`` onto ``width`` bits with ``frac`` fraction bits (scale 2^-frac, zero point 0). qonnx computes
        it in the input's precision and returns float32 (exact for the types fpgaml writes: <= 24 bits, or the
        input's own values)."""
        dtype = self.dtype.get(x, FLOAT)
        scale = self.const(f"{hint}_scale", np.float64(2.0**-frac), dtype)
        zeropt = self.const(f"{hint}_zeropt", np.float64(0.0), dtype)
        bits = self.const(f"{hint}_bitwidth", np.float32(width), FLOAT)
        return self.op("Quant", [x, scale, zeropt, bits], f"{hint}_quant", dtype=FLOAT, signed=int(signed),
                       narrow=int(narrow), rounding_mode=rounding)  # fmt: skip


Writer = Callable[[Graph, "Layer", list[str]], str]
#: the QONNX writer of each layer kind (kind name -> writer(graph, layer, input tensors) -> output tensor)
WRITERS: Registry[Writer] = Registry("QONNX layer writer")


def _quantizer(g: Graph, x: str, q: Quantizer, where: str) -> str:
    if not q.exact:
        raise UnsupportedModelError(
            f"{where}: quantizer {q} is not plain fixed point: QONNX Quant cannot express it"
        )
    if q.overflow == "WRAP":
        raise UnsupportedModelError(f"{where}: quantizer {q} wraps on overflow; QONNX Quant saturates")
    rounding = {"RND_CONV": "ROUND", "TRN": "FLOOR"}.get(q.rounding)
    if q.rounding == "RND" and not q.type.signed:
        rounding = "HALF_UP"  # x >= 0 after Quant's clamp: floor(x + 1/2), as RND
    if rounding is None:
        raise UnsupportedModelError(
            f"{where}: quantizer {q} rounds half up on signed values; QONNX's HALF_UP rounds away from zero"
        )
    return g.quant(x, q.type.frac, q.type.width, q.type.signed, where.split("'")[1] if "'" in where else "act",
                   narrow=q.overflow == "SAT_SYM", rounding=rounding)  # fmt: skip


def _activation(g: Graph, x: str, layer: Layer) -> str:

    act = layer.activation
    if act is None or act == "linear":
        return x
    if isinstance(act, Quantizer):
        return _quantizer(g, x, act, layer.where)
    if act == "relu":
        return g.op("Relu", [x], f"{layer.name}_relu")
    if act == "softmax":
        return g.op("Softmax", [x], f"{layer.name}_softmax", axis=int(layer.attrs.get("axis", -1)))
    if isinstance(act, OpaqueActivation):
        raise UnsupportedModelError(f"{layer.where}: activation {act} cannot be written to QONNX")
    raise UnsupportedModelError(f"{layer.where}: activation {act!r} has no QONNX form in fpgaml")


def _weight(
    g: Graph, layer: Layer, key: str, dtype: int, transform: Callable[[np.ndarray], np.ndarray] | None = None
) -> str:

    w = layer.weights[key]
    if w.frac is None:
        raise UnsupportedModelError(
            f"{layer.where}: {key} is not fixed point ({w.reason}); QONNX needs a type"
        )
    ints = w.ints
    values = w.values if transform is None else transform(w.values)
    lo, hi = int(ints.min(initial=0)), int(ints.max(initial=0))
    name = g.const(f"{layer.name}_{key}", values, dtype)
    return g.cast(
        g.quant(name, int(w.frac), max(_signed_bits(lo, hi), 2), True, f"{layer.name}_{key}"), dtype
    )


def _dtype(g: Graph, layer: Layer) -> int:
    return DOUBLE if layer.name in g.wide else FLOAT


@WRITERS.register("input_scale")
def _input_scale(g: Graph, layer: Layer, xs: list[str]) -> str:

    a = layer.attrs
    if not a.get("quantized"):
        raise UnsupportedModelError(f"{layer.where}: a float standardisation has no QONNX form")
    dtype = _dtype(g, layer)
    raw = FixedType.parse(a["raw"])
    xq = g.cast(g.quant(xs[0], raw.frac, raw.width, raw.signed, f"{layer.name}_raw"), dtype)
    d = g.op(
        "Sub", [xq, g.const(f"{layer.name}_offset", np.asarray(a["offset"]), dtype)], f"{layer.name}_sub"
    )
    p = g.op("Mul", [d, g.const(f"{layer.name}_scale", np.asarray(a["scale"]), dtype)], f"{layer.name}_mul")
    y = _activation(g, p, layer)
    if a.get("pad_zero"):
        mag = g.op(
            "ReduceMax", [g.op("Abs", [xq], f"{layer.name}_abs")], f"{layer.name}_max", axes=[-1], keepdims=1
        )
        present = g.op(
            "Greater", [mag, g.const(f"{layer.name}_zero", np.float64(0.0), dtype)], f"{layer.name}_present"
        )
        y = g.op(
            "Where",
            [present, y, g.const(f"{layer.name}_pad", np.float64(0.0), g.dtype.get(y, FLOAT))],
            f"{layer.name}_pad",
        )
    return y


@WRITERS.register("dense")
def _dense(g: Graph, layer: Layer, xs: list[str]) -> str:
    dtype = _dtype(g, layer)
    x = g.cast(xs[0], dtype)
    y = g.op("MatMul", [x, _weight(g, layer, "kernel", dtype)], f"{layer.name}_matmul")
    if "bias" in layer.weights:
        y = g.op("Add", [y, _weight(g, layer, "bias", dtype)], f"{layer.name}_bias")
    return _activation(g, y, layer)


def _same_pads(length: int, k: int, s: int, d: int) -> list[int]:
    out = math.ceil(length / s)
    total = max((out - 1) * s + (k - 1) * d + 1 - length, 0)
    return [total // 2, total - total // 2]


def _pads(g: Graph, layer: Layer, padding: str, k: int, s: int, d: int) -> list[int]:
    length = int(g.ir.get(layer.inputs[0]).output_shape[0])
    if padding == "valid":
        return [0, 0]
    if padding == "same":
        return _same_pads(length, k, s, d)
    if padding == "causal":
        return [(k - 1) * d, 0]
    raise UnsupportedModelError(f"{layer.where}: padding {padding!r} has no QONNX form in fpgaml")


@WRITERS.register("conv1d")
def _conv1d(g: Graph, layer: Layer, xs: list[str]) -> str:
    a = layer.attrs
    dtype = _dtype(g, layer)
    k, s, d = int(a["kernel_size"]), int(a["stride"]), int(a.get("dilation", 1))
    x = g.op("Transpose", [g.cast(xs[0], dtype)], f"{layer.name}_ncw", perm=[0, 2, 1])
    inputs = [x, _weight(g, layer, "kernel", dtype, lambda w: np.transpose(w, (2, 1, 0)))]
    if "bias" in layer.weights:
        inputs.append(_weight(g, layer, "bias", dtype))
    y = g.op("Conv", inputs, f"{layer.name}_conv", kernel_shape=[k], strides=[s], dilations=[d],
             pads=_pads(g, layer, str(a["padding"]), k, s, d))  # fmt: skip
    y = g.op("Transpose", [y], f"{layer.name}_nwc", perm=[0, 2, 1])
    return _activation(g, y, layer)


@WRITERS.register("pooling")
def _pooling(g: Graph, layer: Layer, xs: list[str]) -> str:
    a = layer.attrs
    if a.get("data_format", "channels_last") != "channels_last":
        raise UnsupportedModelError(f"{layer.where}: channels_first pooling has no QONNX form in fpgaml")
    pool = int(a["pool"])
    if a["op"] != "max" and pool & (pool - 1):
        raise UnsupportedModelError(f"{layer.where}: an average over {pool} values is not a shift: not exact")
    x = xs[0]
    if a["is_global"]:
        op = "ReduceMax" if a["op"] == "max" else "ReduceMean"
        return g.op(op, [x], f"{layer.name}_global", axes=[1], keepdims=int(bool(a.get("keepdims"))))
    x = g.op("Transpose", [x], f"{layer.name}_ncw", perm=[0, 2, 1])
    op = "MaxPool" if a["op"] == "max" else "AveragePool"
    y = g.op(op, [x], f"{layer.name}_pool", kernel_shape=[pool], strides=[int(a["stride"])],
             pads=_pads(g, layer, str(a["padding"]), pool, int(a["stride"]), 1))  # fmt: skip
    return g.op("Transpose", [y], f"{layer.name}_nwc", perm=[0, 2, 1])


@WRITERS.register("reshape")
def _reshape(g: Graph, layer: Layer, xs: list[str]) -> str:
    a = layer.attrs
    if "perm" in a:
        return g.op("Transpose", xs, f"{layer.name}_perm", perm=[0, *(int(p) + 1 for p in a["perm"])])
    if a.get("data_format", "channels_last") != "channels_last" and a.get("in_rank", 1) > 1:
        raise UnsupportedModelError(f"{layer.where}: Flatten(data_format='channels_first') has no QONNX form")
    shape = g.const(f"{layer.name}_shape", np.asarray([0, *(int(d) for d in a["shape"])], np.int64))
    return g.op("Reshape", [xs[0], shape], f"{layer.name}_reshape", dtype=g.dtype.get(xs[0], FLOAT))


@WRITERS.register("merge")
def _merge(g: Graph, layer: Layer, xs: list[str]) -> str:
    axis = int(layer.attrs["axis"])
    dtype = max(g.dtype.get(x, FLOAT) for x in xs)
    return g.op(
        "Concat", [g.cast(x, dtype) for x in xs], f"{layer.name}_concat", axis=axis + 1 if axis >= 0 else axis
    )


@WRITERS.register("activation")
def _activation_layer(g: Graph, layer: Layer, xs: list[str]) -> str:
    return _activation(g, g.cast(xs[0], _dtype(g, layer)), layer)


def to_qonnx(ir: ModelIR, *, opset: int = 17, name: str | None = None) -> Any:
    """The QONNX ``ModelProto`` of ``ir`` (which needs its input type: ``parse(model, input_type)``)."""
    import onnx  # optional heavy dependency
    from onnx import helper  # optional heavy dependency

    if ir.input_type is None:
        raise UnsupportedModelError(
            "the QONNX export needs the firmware's input type: parse(model, input_type)"
        )
    missing = [f"{layer.where} (kind {layer.kind!r})" for layer in ir.layers[1:] if layer.kind not in WRITERS]
    if missing:
        raise UnsupportedModelError(
            f"no QONNX writer for {', '.join(missing)}; fpgaml writes QONNX for {', '.join(WRITERS.names())}"
        )
    g = Graph(ir, float64_layers(ir))
    t: FixedType = ir.input_type
    x = ir.input_name
    g.dtype[x] = FLOAT
    tensors = {x: g.quant(x, t.frac, t.width, t.signed, f"{x}_type")}
    for layer in ir.layers[1:]:
        out = WRITERS.get(layer.kind)(g, layer, [tensors[n] for n in layer.inputs])
        if layer.name in g.wide and g.dtype.get(out) == DOUBLE and _fits_float32(layer):
            out = g.cast(out, FLOAT)  # after its Quant: the value is on a grid float32 holds
        tensors[layer.name] = out
    out = g.cast(tensors[ir.output], FLOAT)
    g.nodes.append(helper.make_node("Identity", [out], [ir.output], name=f"{ir.output}_out"))
    shape_in = [BATCH_DIM, *(int(d) for d in ir.input_shape)]
    shape_out = [BATCH_DIM, *(int(d) for d in ir.get(ir.output).output_shape)]
    inits = {i.name for i in g.initializers}
    # every intermediate tensor's element type (qonnx's shape inference keeps it for Quant's outputs), and
    # the initializers' (qonnx's executor declares a node's inputs from the value infos)
    value_info = [
        helper.make_tensor_value_info(n, t, None) for n, t in g.dtype.items() if n not in inits and n != x
    ]
    value_info += [helper.make_tensor_value_info(i.name, i.data_type, list(i.dims)) for i in g.initializers]
    graph = helper.make_graph(
        g.nodes, name or ir.name,
        [helper.make_tensor_value_info(x, onnx.TensorProto.FLOAT, shape_in)],
        [helper.make_tensor_value_info(ir.output, onnx.TensorProto.FLOAT, shape_out)],
        initializer=g.initializers, value_info=value_info,
    )  # fmt: skip
    model = helper.make_model(
        graph,
        opset_imports=[helper.make_opsetid("", opset), helper.make_opsetid(DOMAIN, 1)],
        producer_name="fpgaml",
    )
    model.ir_version = min(model.ir_version, 9)
    return _infer_shapes(model)


def _fits_float32(layer: Layer) -> bool:

    q = layer.activation
    return isinstance(q, Quantizer) and q.exact and _signed_bits(*q.int_range) <= 24


def _infer_shapes(model: Any) -> Any:
    """qonnx's shape inference (it knows ``Quant``); the batch dimension stays ``batch``."""
    from qonnx.core.modelwrapper import ModelWrapper  # optional heavy dependency
    from qonnx.transformation.infer_shapes import InferShapes  # optional heavy dependency

    return ModelWrapper(model).transform(InferShapes()).model


def export_qonnx(ir: ModelIR, path: str | Path | None = None, *, opset: int = 17) -> Any:
    """:func:`to_qonnx`, written to ``path`` if given; returns the ``ModelProto``."""
    import onnx  # optional heavy dependency

    model = to_qonnx(ir, opset=opset)
    if path is not None:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        onnx.save_model(model, str(path))
    return model


@contextlib.contextmanager
def _node_models_at(ir_version: int) -> Iterator[None]:
    """qonnx 1.0.0 runs every standard node in a one-node model made with onnx's newest IR version (14 with the
    pinned onnx 1.23), which the pinned onnxruntime 1.31 refuses ("max supported IR version: 13"). Inside this
    context those one-node models carry ``ir_version`` (the graph's own) instead; nothing else changes."""
    import qonnx.core.onnx_exec as onnx_exec  # optional heavy dependency

    original = onnx_exec.qonnx_make_model

    def make_model(graph: Any, **kwargs: Any) -> Any:
        model = original(graph, **kwargs)
        model.ir_version = min(model.ir_version, ir_version)
        return model

    onnx_exec.qonnx_make_model = make_model
    try:
        yield
    finally:
        onnx_exec.qonnx_make_model = original


def run_qonnx(model: Any, x: np.ndarray) -> np.ndarray:
    """Execute the QONNX ``model`` on ``x`` with qonnx's own executor (``Quant`` nodes run in qonnx, the
    others node by node in onnxruntime).

    qonnx's executor needs a fixed batch: a copy of the model gets ``len(x)`` in place of ``batch`` (qonnx's
    ``ChangeBatchSize`` would also drop the element types of the float64 tensors); ``model`` keeps its
    dynamic batch."""

    from qonnx.core.modelwrapper import ModelWrapper  # optional heavy dependency
    from qonnx.core.onnx_exec import execute_onnx  # optional heavy dependency

    proto = copy.deepcopy(model.model if isinstance(model, ModelWrapper) else model)
    for value in [*proto.graph.input, *proto.graph.output, *proto.graph.value_info]:
        for dim in value.type.tensor_type.shape.dim:
            if dim.HasField("dim_param") and dim.dim_param == BATCH_DIM:
                dim.dim_value = len(x)
    wrapper = ModelWrapper(proto)
    inp = wrapper.graph.input[0].name
    out = wrapper.graph.output[0].name
    with _node_models_at(int(proto.ir_version)):
        return np.asarray(execute_onnx(wrapper, {inp: np.asarray(x, np.float32)})[out])


def quant_nodes(model: Any) -> list[dict[str, Any]]:
    """The ``Quant`` nodes of a QONNX model: the tensor each quantizes and its width, sign and scale."""
    from onnx import numpy_helper  # optional heavy dependency

    inits = {i.name: numpy_helper.to_array(i) for i in model.graph.initializer}
    rows = []
    for node in model.graph.node:
        if node.op_type != "Quant":
            continue
        attrs = {a.name: (a.i if a.type == a.INT else a.s.decode()) for a in node.attribute}
        rows.append({
            "node": node.name, "input": node.input[0], "bitwidth": int(inits[node.input[3]]),
            "scale": float(inits[node.input[1]]), "signed": bool(attrs.get("signed", 1)),
            "rounding": attrs.get("rounding_mode", "ROUND"),
        })  # fmt: skip
    return rows


__all__ = ["DOMAIN", "WRITERS", "export_qonnx", "quant_nodes", "run_qonnx", "to_qonnx"]
