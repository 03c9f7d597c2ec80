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

What the methods get and must keep:

* ``parse(keras_layer, ctx)``: read weights with ``ctx.weights()`` (quantized by the layer's QKeras quantizers,
  through the one weight -> quantizer table, :data:`fpgaml.ir.core.WEIGHT_QUANTIZERS`), activations with
  ``ctx.activation(fn_or_quantizer)``; put everything else in ``attrs``. Do not refuse for exactness reasons
  (float weights, a softmax): the consumers that need exactness refuse, naming the layer. Raise
  :class:`~fpgaml.errors.UnsupportedModelError` only for a layer the IR cannot describe at all.
* ``evaluate``: exact integer arithmetic; ``value = integer * 2**-frac``. Use ``weight.ints`` (it refuses float
  weights) and :func:`fpgaml.ir.ops.evaluate_activation` for a fused activation.
* ``trace``: the same arithmetic on da4ml arrays (:mod:`fpgaml.rtl.trace` has ``quantize``, ``relu``,
  ``constant_matrix``, ``stack``); it must give the integer reference's numbers bit for bit.
* ``fold``: build tf_keras layers named ``layer.name`` that compute QKeras' numbers
  (:func:`fpgaml.ir.ops.keras_activation` folds a quantized activation into ONNX-able ops).
* A method a kind cannot do yet keeps the base implementation: it raises ``self.not_yet(layer, what)``, an
  ``UnsupportedModelError`` naming the layer, the kind and what is missing.

Tests: add a case to ``tests/test_ir.py`` (parse, evaluate against QKeras or C-sim, trace == evaluate, fold ==
QKeras), exact comparisons (``np.testing.assert_array_equal``).
"""

from __future__ import annotations

import importlib
import pkgutil

for _module in pkgutil.iter_modules(__path__):
    importlib.import_module(f"{__name__}.{_module.name}")
