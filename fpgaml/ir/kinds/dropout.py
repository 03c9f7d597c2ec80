"""Dropout: the identity at inference (not in the IR at all)."""

from __future__ import annotations

from types import MappingProxyType
from typing import Any

from fpgaml.ir.core import PTQ_KEEP, Layer, LayerKind, register_kind
from fpgaml.ir.parse import ParseContext


@register_kind
class DropoutKind(LayerKind):
    name = "dropout"
    keras_classes = ("Dropout",)
    ptq = MappingProxyType(dict.fromkeys(keras_classes, PTQ_KEEP))
    hls_classes = ("Dropout",)

    def parse(self, keras_layer: Any, ctx: ParseContext) -> Layer | None:
        return None

    def cycles(self, hls_class: str, attrs: dict[str, Any], clock_period_ns: float) -> tuple[int, str]:
        return 0, ""
