"""Layer kinds: one file per kind, imported (and so registered) automatically.

How to add a layer kind
=======================

A kind is everything fpgaml knows about one sort of layer. To teach fpgaml a new Keras/QKeras layer class,
add ONE file here (every module of this package is imported by :mod:`fpgaml.ir`); nothing else changes::

    from fpgaml.ir.core import Layer, LayerKind, register_kind

    @register_kind
    class CroppingKind(LayerKind):
        name = "cropping"                      # Layer.kind of its records
        keras_classes = ("Cropping1D",)        # the Keras/QKeras classes it parses
        hls_classes = ("Cropping1D",)          # hls4ml ModelGraph classes it has a latency rule for

        def parse(self, keras_layer, ctx):      # -> Layer, or None for the identity at inference
            return ctx.layer("cropping", crop=tuple(keras_layer.cropping))

        def evaluate(self, layer, inputs):      # [(int64 array with batch axis, frac)] -> (array, frac)
        def trace(self, layer, inputs):         # [da4ml FixedVariableArray, one sample] -> FixedVariableArray
        def fold(self, layer, inputs):          # [Keras tensors] -> Keras tensor (plain tf_keras ops, ONNX)
        def problems(self, layer, backend, io_type):   # -> what hls4ml 1.3.0 would get wrong: [str]
        def cycles(self, hls_class, attrs, clock_period_ns):  # -> (cycles, note), analytic latency

A weighted kind also declares what training and post-training quantization may do with it (class attributes;
:mod:`fpgaml.pruning`, :mod:`fpgaml.bitcost`, :mod:`fpgaml.ptq` and the parser ask the registry, they hold no
lists of layer classes)::

        weight_quantizers = qkeras_weights("kernel", "bias")  # weight -> attribute holding its quantizer
        prunable = True                        # train.pruning may prune its kernel (tfmot)
        bit_costable = True                    # train.bit_cost charges its kernel on its quantizer's grid
        ptq = {"Dense": "QDense"}              # PTQ: float class -> QKeras class (or PTQ_KEEP/PTQ_FOLD/PTQ_ACTIVATION)

What the methods get and must keep:

* ``parse(keras_layer, ctx)``: read weights with ``ctx.weights()`` (quantized by the layer's QKeras quantizers,
  the ones the kind declares in ``weight_quantizers``), activations with
  ``ctx.activation(fn_or_quantizer)``; put everything else in ``attrs``. Do not refuse for exactness reasons
  (float weights, a softmax): the consumers that need exactness refuse, naming the layer. Raise
  :class:`~fpgaml.errors.UnsupportedModelError` only for a layer the IR cannot describe at all.
* ``evaluate``: exact integer arithmetic; ``value = integer * 2**-frac``. Use ``weight.ints`` (it refuses float
  weights) and :func:`fpgaml.ir.ops.evaluate_activation` for a fused activation.
* ``trace``: the same arithmetic on da4ml arrays (:mod:`fpgaml.ir.trace_ops` has ``quantize``, ``relu``,
  ``constant_matrix``, ``stack``); it must give the integer reference's numbers bit for bit.
* ``fold``: build tf_keras layers named ``layer.name`` that compute QKeras' numbers
  (:func:`fpgaml.ir.ops.keras_activation` folds a quantized activation into ONNX-able ops).
* A method a kind cannot do yet keeps the base implementation: it raises ``self.not_yet(layer, what)``, an
  ``UnsupportedModelError`` naming the layer, the kind and what is missing.

A kind imports only from :mod:`fpgaml.ir` and below (the contract in ``pyproject.toml``, checked by
``tests/test_layers.py``): the da4ml primitives are in :mod:`fpgaml.ir.trace_ops`, the ONNX folding ones in
:mod:`fpgaml.ir.fold_ops`, the latency formulas in :mod:`fpgaml.ir.cycles`, hls4ml's lookup tables in
:mod:`fpgaml.ir.lut`. Third-party packages that are slow to import (TensorFlow, da4ml, hls4ml) are imported
inside the method that needs them, with a comment; everything else at the top of the file.

Tests: add a case to ``tests/test_ir.py`` (parse, evaluate against QKeras or C-sim, trace == evaluate, fold ==
QKeras), exact comparisons (``np.testing.assert_array_equal``). Its toy kinds show both walk-throughs: a
``ZeroPadding1D`` kind through every consumer, a weighted ``ToyLinear`` kind parsed, pruned and bit-costed.
"""

from __future__ import annotations

import importlib
import pkgutil

for _module in pkgutil.iter_modules(__path__):
    importlib.import_module(f"{__name__}.{_module.name}")
