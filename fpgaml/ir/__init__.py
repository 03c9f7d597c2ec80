"""fpgaml's layer IR: a Keras/QKeras model parsed once, read by every consumer.

::

    from fpgaml.ir import parse

    ir = parse(qmodel, "fixed<16,6>")      # Sequential or Functional, a DAG of Layer records
    ir.check_exact()                       # every reason it has no exact integer evaluation, in one error
    y = ir.predict(x)                      # exact fixed-point reference (inputs on the fixed<16,6> grid)
    ir.ends_in_softmax, ir.without_softmax()
    print(ir.describe())

Consumers: :func:`fpgaml.rtl.trace.trace` (da4ml RTL), :func:`fpgaml.gpu.fold.fold_ir` (ONNX),
:func:`fpgaml.models.support.check_supported` (hls4ml problems), :func:`fpgaml.profile.analytic.layer_cycles`
(analytic latency). What each layer kind does lives in one file under :mod:`fpgaml.ir.kinds`.
"""

from __future__ import annotations

from fpgaml.ir import kinds as _kinds  # noqa: F401  (registers every kind)
from fpgaml.ir.core import (
    KINDS,
    WEIGHT_QUANTIZERS,
    FixedType,
    InputTypes,
    Layer,
    LayerKind,
    ModelIR,
    OpaqueActivation,
    Quantizer,
    Weight,
    is_softmax,
    kind_of,
    quantizer_holder,
    register_kind,
    unregister_kind,
)
from fpgaml.ir.integer import round_half_even_shift
from fpgaml.ir.parse import ParseContext, ends_in_softmax, parse, quantizer_from_qkeras
from fpgaml.ir.passes import PASSES, register_pass, run_passes

__all__ = [
    "KINDS",
    "PASSES",
    "WEIGHT_QUANTIZERS",
    "FixedType",
    "InputTypes",
    "Layer",
    "LayerKind",
    "ModelIR",
    "OpaqueActivation",
    "ParseContext",
    "Quantizer",
    "Weight",
    "ends_in_softmax",
    "is_softmax",
    "kind_of",
    "parse",
    "quantizer_from_qkeras",
    "quantizer_holder",
    "register_kind",
    "register_pass",
    "round_half_even_shift",
    "run_passes",
    "unregister_kind",
]
