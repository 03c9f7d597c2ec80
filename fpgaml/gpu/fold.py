"""Fold a QKeras model into a plain tf_keras model that computes the same numbers with ONNX-able ops.

The model is read once into fpgaml's layer IR (:func:`fpgaml.ir.parse`); :func:`fold_ir` rebuilds it from the
IR records, each layer by its kind's ``fold`` (``LayerKind.fold``): quantized layers become their Keras parents
(``QDense`` -> ``Dense``, ``QConv1D`` -> ``Conv1D``, ``QLSTM`` -> an RNN over :func:`folded_cell_classes`, ...)
holding the *quantized* weights the IR read (``quantizer(kernel)``, exactly what QKeras multiplies with), and
every quantized activation becomes arithmetic ONNX has: ``Mul``, ``Round``, ``Clip`` (and ``Tanh``/``Sigmoid``
where the quantizer applies one first). For example ``quantized_relu(b, i)`` with ``f = b - i`` fractional
bits is::

    clip(round_half_even(x * 2**f), 0, 2**b - 1) / 2**f

The folded model has the same layer names, input and output; nested models are flattened and layers that are
the identity at inference (Dropout, linear activations) are left out.

Rounding: QKeras rounds with ``tf.round`` (half to even); ``tf.round`` exports as ONNX ``Round``, which the
ONNX specification also defines as half to even ("for the case of halves, the rule is to round them to the
nearest even integer"), and ONNX Runtime implements it so (tested in ``tests/test_gpu.py``). Scaling by a
power of two is exact in float32, so a folded activation equals the QKeras one bit for bit on the same input.
Where ONNX and TF can still differ is the float32 accumulation order of matrix products: an input that lands
within an ulp of a rounding tie may round the other way. ``fpgaml.gpu.verify`` measures how often.

A layer class without a kind, a custom layer, or a quantizer fpgaml cannot represent raises
:class:`~fpgaml.errors.UnsupportedModelError` naming the layer.
"""

from __future__ import annotations

import functools
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from fpgaml._keras import keras
from fpgaml.ir import Quantizer, kind_of, parse
from fpgaml.ir.fold_ops import FoldedActivation as FoldedActivation  # the folding primitives live in the IR
from fpgaml.ir.fold_ops import QuantSpec
from fpgaml.ir.fold_ops import apply_spec as apply_spec
from fpgaml.ir.fold_ops import folded_cell_classes as folded_cell_classes
from fpgaml.ir.fold_ops import quant_spec as quant_spec

if TYPE_CHECKING:  # pragma: no cover
    from fpgaml.ir import ModelIR, Quantizer


def fold_ir(ir: ModelIR) -> Any:
    """The tf_keras model of ``ir``: one Keras layer (or a few ops) per IR layer, by its kind's ``fold``."""

    k = keras()
    inp = k.Input(shape=ir.input_shape, name=ir.input_name)
    tensors = {ir.input_name: inp}
    for layer in ir.layers[1:]:
        tensors[layer.name] = kind_of(layer).fold(layer, [tensors[n] for n in layer.inputs])
    return k.Model(inp, tensors[ir.output], name=ir.name)


def fold_quantized(model: Any) -> Any:
    """A plain tf_keras model computing what the QKeras ``model`` computes, with the quantizers folded.

    Works on Functional and Sequential models (nested ones are flattened). Returns a new model; ``model`` is
    untouched.
    """

    return fold_ir(parse(model))


@functools.cache
def folded_summary(model: Any) -> list[dict[str, Any]]:
    """Per layer of a QKeras model: what it folds to (for reports). Raises like :func:`fold_quantized`."""

    ir = parse(model)
    folded = fold_ir(ir)
    rows = []
    for layer in ir.layers[1:]:
        row: dict[str, Any] = {"layer": layer.name, "class": layer.keras_class}
        row["folded_to"] = type(folded.get_layer(layer.name)).__name__
        if layer.kind == "activation" and isinstance(layer.activation, Quantizer):
            spec = QuantSpec.from_quantizer(layer.activation)
            row.update(
                quantizer=layer.activation.source or str(layer.activation),
                onnx=spec.describe(),
                spec=asdict(spec),
            )
        rows.append(row)
    return rows
