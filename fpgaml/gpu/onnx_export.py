"""tf_keras model -> ONNX graph with tf2onnx (``from_keras``), batch dimension dynamic and named ``batch``.

For a QKeras model, export :func:`fpgaml.gpu.fold.fold_quantized` of it (``export_onnx(..., fold=True)``,
the default for models holding QKeras layers): the fixed-point arithmetic of the firmware, exact (layers
float32 cannot hold exactly are computed in float64 inside the graph; input and output are float32). Input
and output names are the Keras ones.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from fpgaml._keras import tf
from fpgaml.errors import UnsupportedModelError
from fpgaml.gpu.fold import fold_quantized

BATCH_DIM = "batch"


def has_qkeras_layers(model: Any) -> bool:
    """True if ``model`` (or a model nested in it) holds a QKeras layer."""
    for layer in model.layers:
        if type(layer).__module__.startswith("qkeras"):
            return True
        if hasattr(layer, "layers") and has_qkeras_layers(layer):
            return True
    return False


def export_onnx(
    model: Any,
    path: str | Path | None = None,
    *,
    opset: int = 17,
    fold: bool | None = None,
    input_type: Any = None,
) -> Any:
    """Export ``model`` to ONNX; returns the ``onnx.ModelProto`` (and writes it to ``path`` if given).

    ``fold``: fold QKeras quantizers first (None: when the model has QKeras layers); ``input_type``: the
    firmware's input type(s), which let the fold prove float32 exact where it is. The graph has one input
    per Keras input, named like it, of shape ``(batch, *feature_shape)``, float32.
    """
    import onnx  # optional heavy dependency: imported on first use
    import tf2onnx  # optional heavy dependency: imported on first use

    if fold is None:
        fold = has_qkeras_layers(model)
    if fold:
        model = fold_quantized(model, input_type)
    elif has_qkeras_layers(model):
        raise UnsupportedModelError(
            f"model {model.name!r} holds QKeras layers: export it with fold=True (tf2onnx would export the "
            "quantizers as they run in training, including their weight re-quantization at every call)"
        )
    t = tf()
    signature = [
        t.TensorSpec((None, *tuple(inp.shape[1:])), t.float32, name=name)
        for inp, name in zip(model.inputs, model.input_names, strict=True)
    ]
    logging.getLogger("tf2onnx").setLevel(logging.ERROR)
    tf2onnx.logging.set_level(logging.ERROR)
    try:
        proto, _ = tf2onnx.convert.from_keras(model, input_signature=signature, opset=opset)
    except Exception as exc:  # tf2onnx raises many kinds; all mean "this graph did not convert"
        raise UnsupportedModelError(
            f"tf2onnx could not convert model {model.name!r} at opset {opset}: {type(exc).__name__}: {exc}"
        ) from exc
    _name_batch_dim(proto)
    onnx.checker.check_model(proto)
    if path is not None:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        onnx.save_model(proto, str(path))
    return proto


def _name_batch_dim(proto: Any) -> None:
    """tf2onnx calls the dynamic batch dimension ``unk__N``; call it ``batch`` on every input and output."""
    for value in [*proto.graph.input, *proto.graph.output]:
        dims = value.type.tensor_type.shape.dim
        if dims and not dims[0].HasField("dim_value"):
            dims[0].dim_param = BATCH_DIM


def io_signature(proto: Any) -> dict[str, list[dict[str, Any]]]:
    """Names, element types (ONNX enum names, e.g. FLOAT) and shapes (None: dynamic) of the graph's I/O."""
    import onnx  # optional heavy dependency: imported on first use

    def describe(values: Any) -> list[dict[str, Any]]:
        out = []
        for v in values:
            tt = v.type.tensor_type
            shape = [d.dim_value if d.HasField("dim_value") else None for d in tt.shape.dim]
            out.append(
                {"name": v.name, "dtype": onnx.TensorProto.DataType.Name(tt.elem_type), "shape": shape}
            )
        return out

    initializers = {i.name for i in proto.graph.initializer}
    return {
        "inputs": describe([v for v in proto.graph.input if v.name not in initializers]),
        "outputs": describe(proto.graph.output),
    }
