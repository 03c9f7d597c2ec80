"""BatchNormalization: ``x * g + s`` per channel with ``g = gamma / sqrt(var + eps)`` and
``s = beta - mean * g`` — float numbers that neither QKeras nor the firmware hold on a fixed-point grid.

In a quantized (QKeras) network hls4ml would round ``g`` and ``s`` to a default type and the firmware would
compute something QKeras does not: fpgaml refuses it before conversion, with the two ways out. In a float
network, post-training quantization (:mod:`fpgaml.ptq`) folds it into the Dense/Conv1D before it, so the IR
of what is converted has none.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Any

import numpy as np

from fpgaml.ir.core import PTQ_FOLD, Layer, LayerKind, register_kind
from fpgaml.ir.parse import ParseContext

ALTERNATIVES = (
    "its float scale and shift would be rounded to a default type in firmware, which QKeras does not do. "
    "Either give fpgaml the float model (train.pretrained without quantizers: post-training quantization "
    "folds BatchNormalization into the layer before it), or fold it into the preceding QDense/QConv1D before "
    "quantization-aware training"
)


@register_kind
class BatchNormKind(LayerKind):
    name = "batchnorm"
    keras_classes = ("BatchNormalization",)
    ptq = MappingProxyType({"BatchNormalization": PTQ_FOLD})
    hls_classes = ("BatchNormalization",)

    def parse(self, keras_layer: Any, ctx: ParseContext) -> Layer:
        n = int(keras_layer.moving_mean.shape[-1])
        gamma = np.asarray(keras_layer.gamma.numpy(), np.float64) if keras_layer.scale else np.ones(n)
        beta = np.asarray(keras_layer.beta.numpy(), np.float64) if keras_layer.center else np.zeros(n)
        mean = np.asarray(keras_layer.moving_mean.numpy(), np.float64)
        var = np.asarray(keras_layer.moving_variance.numpy(), np.float64)
        scale = gamma / np.sqrt(var + float(keras_layer.epsilon))
        return ctx.layer(
            "batchnorm",
            scale=scale.tolist(),
            shift=(beta - mean * scale).tolist(),
            mean=mean.tolist(),
            beta=beta.tolist(),
        )

    def problems(self, layer: Layer, backend: str, io_type: str) -> list[str]:
        return [f"BatchNormalization in a quantized network: {ALTERNATIVES}"]

    def evaluate(self, layer: Layer, inputs: list[Any]) -> Any:
        raise self.not_yet(layer, "fixed-point evaluation", ALTERNATIVES)

    def cycles(self, hls_class: str, attrs: dict[str, Any], clock_period_ns: float) -> tuple[int, str]:
        return 1, ""
