"""The GPU path for models that are not for the trigger: ONNX export, ONNX Runtime, benchmark, Triton.

Library first (works on Keras model objects and numpy arrays; the ``gpu`` stage only wires it to a run)::

    from fpgaml.gpu import export_onnx, OnnxRunner, check_agreement, benchmark, write_model_repository

    proto = export_onnx(qmodel, "tagger.onnx")          # QKeras quantizers folded (fpgaml.gpu.fold)
    runner = OnnxRunner(proto)                           # TensorRT > CUDA > CPU; runner.provider says which
    report = check_agreement(qmodel, runner, x_test, quantized=True)
    result = benchmark(qmodel, proto, x_test)            # ORT vs model.predict / model() / tf.function
    write_model_repository(proto, "triton_repo", "tagger")

Importing this package is cheap (names load lazily); TensorFlow, tf2onnx and ONNX Runtime load on first use.
"""

from __future__ import annotations

import importlib
from typing import Any

_EXPORTS: dict[str, str] = {
    "benchmark": "bench",
    "format_table": "bench",
    "plot": "bench",
    "PREFERRED_PROVIDERS": "config",
    "GpuConfig": "config",
    "fold_quantized": "fold",
    "folded_summary": "fold",
    "export_onnx": "onnx_export",
    "io_signature": "onnx_export",
    "OnnxRunner": "runtime",
    "ProviderFallbackWarning": "runtime",
    "check_input": "runtime",
    "choose_providers": "runtime",
    "config_pbtxt": "triton",
    "write_model_repository": "triton",
    "check_agreement": "verify",
    "compare": "verify",
}


def __getattr__(name: str) -> Any:  # lazy: `fpgaml.config` imports `fpgaml.gpu.config` and must stay cheap
    if name in _EXPORTS:
        return getattr(importlib.import_module(f"fpgaml.gpu.{_EXPORTS[name]}"), name)
    raise AttributeError(f"module 'fpgaml.gpu' has no attribute {name!r}")


__all__ = [
    "PREFERRED_PROVIDERS",
    "GpuConfig",
    "OnnxRunner",
    "ProviderFallbackWarning",
    "benchmark",
    "check_agreement",
    "check_input",
    "choose_providers",
    "compare",
    "config_pbtxt",
    "export_onnx",
    "fold_quantized",
    "folded_summary",
    "format_table",
    "io_signature",
    "plot",
    "write_model_repository",
]
