"""Edits of a network as named passes over the IR: each edit exists once, here.

How to write a pass
===================

A pass is a function from a :class:`~fpgaml.ir.core.ModelIR` to ``(the edited ModelIR, whether it changed)``
(qonnx's ``Transformation.apply``): it never edits its input in place (records are shared between IRs) and
returns the input itself when nothing applies. Register it under a name with :func:`register_pass`::

    @register_pass("fold_batchnorm")
    def fold_batchnorm(ir: ModelIR) -> tuple[ModelIR, bool]:
        ...

:func:`run_passes` applies passes by name, in order, and says which changed the network. Where a Keras model
of the edited network is needed (training, hls4ml), :func:`fpgaml.modelio.rebuild` builds it from the source
model and the edited IR: layer by layer, by name, with the IR's weights and activations (no pass has a Keras
twin). Tests: ``tests/test_passes.py`` (each pass against the Keras/QKeras network it stands for, exactly).

The passes
==========

``strip_softmax``
    the network ending at its logits (the firmware's softmax is a lookup table: verify compares logits);
    the edit is :meth:`ModelIR.without_softmax`, THE definition of "ends in softmax" being the IR's.
``fold_batchnorm``
    each BatchNormalization folded into the Dense/Conv1D (no activation) right before it: ``w' = w * g``,
    ``b' = (b - mean) * g + beta`` with ``g = gamma / sqrt(var + eps)``, the same float function (post-training
    quantization starts from it, :mod:`fpgaml.ptq`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import numpy as np

from fpgaml.errors import UnsupportedModelError
from fpgaml.ir.core import KINDS, ModelIR, Weight
from fpgaml.registry import Registry

Pass = Callable[[ModelIR], tuple[ModelIR, bool]]

#: the registry of IR passes, by name
PASSES: Registry[Pass] = Registry("IR pass")


def register_pass(name: str) -> Callable[[Pass], Pass]:
    """Decorator: register ``fn`` as the pass ``name``."""

    def deco(fn: Pass) -> Pass:
        PASSES.add(name, fn)
        return fn

    return deco


def run_passes(ir: ModelIR, names: list[str]) -> tuple[ModelIR, list[str]]:
    """``ir`` through the named passes in order; the names of those that changed it."""
    changed = []
    for name in names:
        ir, did = PASSES.get(name)(ir)
        if did:
            changed.append(name)
    return ir, changed


@register_pass("strip_softmax")
def strip_softmax(ir: ModelIR) -> tuple[ModelIR, bool]:
    """The same network ending at the logits (:meth:`ModelIR.without_softmax`): a final softmax layer is
    dropped, a fused one (``Dense(..., activation='softmax')``) made linear."""
    out = ir.without_softmax()
    return out, out is not ir


def _fold_targets() -> tuple[set[str], str]:
    """The kinds a batch norm folds into: those PTQ replaces by a QKeras class with weight quantizers (a
    linear map over the last axis plus a bias: Dense, Conv1D), and their float classes for messages."""
    classes = KINDS.ptq_weighted()
    return {KINDS.for_keras_class(c).name for c in classes}, "/".join(classes)  # type: ignore[union-attr]


def _folded(prev_weights: dict[str, Weight], bn_attrs: dict, name: str) -> dict[str, Weight]:
    """Kernel and bias of a Dense/Conv1D with the batch norm after it folded in (float64, as PTQ computed)."""
    scale = np.asarray(bn_attrs["scale"], np.float64)
    w = prev_weights["kernel"].values
    b = prev_weights["bias"].values if "bias" in prev_weights else np.zeros(w.shape[-1])
    bias = (b - np.asarray(bn_attrs["mean"], np.float64)) * scale + np.asarray(bn_attrs["beta"], np.float64)
    return {
        "kernel": Weight.from_values(w * scale, layer=name, name="kernel"),
        "bias": Weight.from_values(bias, layer=name, name="bias"),
    }


@register_pass("fold_batchnorm")
def fold_batchnorm(ir: ModelIR) -> tuple[ModelIR, bool]:
    """Each BatchNormalization folded into the Dense/Conv1D right before it (which must have no activation
    and feed nothing else); :class:`UnsupportedModelError` naming the layer when one cannot be folded."""
    norms = [layer for layer in ir.layers if layer.kind == "batchnorm"]
    if not norms:
        return ir, False
    kinds, classes = _fold_targets()
    folded = {}  # name of the layer folded into -> its new record
    removed = {}  # batch norm name -> the layer that replaces it as a producer
    for bn in norms:
        prev = ir.get(bn.inputs[0])
        if prev.kind not in kinds or prev.activation is not None:
            raise UnsupportedModelError(
                f"layer {bn.name!r} (BatchNormalization) follows {prev.name!r} ({prev.keras_class}); fpgaml "
                f"folds a BatchNormalization only into the {classes} (without activation) right before it. "
                "Fold it into your input scaling, or move it after a Dense"
            )
        if len(ir.consumers(prev.name)) != 1:
            raise UnsupportedModelError(
                f"layer {prev.name!r} feeds more than its BatchNormalization {bn.name!r}: cannot fold it"
            )
        weights = _folded(prev.weights, bn.attrs, prev.name)
        folded[prev.name] = replace(prev, weights=weights, attrs={**prev.attrs, "folded_batchnorm": bn.name})
        removed[bn.name] = prev.name
    layers = []
    for layer in ir.layers:
        if layer.name in removed:
            continue
        layer = folded.get(layer.name, layer)
        if any(n in removed for n in layer.inputs):
            layer = replace(layer, inputs=[removed.get(n, n) for n in layer.inputs])
        layers.append(layer)
    return ModelIR(layers, removed.get(ir.output, ir.output), ir.inputs, ir.name), True


__all__ = ["PASSES", "Pass", "fold_batchnorm", "register_pass", "run_passes", "strip_softmax"]
