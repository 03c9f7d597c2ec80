"""The benchmark dense jet tagger: 16 high-level features -> 64 -> 32 -> 32 -> 5 logits."""

from __future__ import annotations

from typing import Any

from fpgaml._keras import keras
from fpgaml.models.base import BuildContext, ModelFamily, dense, relu


def build_dense(ctx: BuildContext) -> Any:

    k = keras()
    p = ctx.params
    inputs, x = ctx.inputs("inputs")
    for i, units in enumerate(p["hidden"], start=1):
        x = dense(ctx, int(units), f"fc{i}")(x)
        x = relu(ctx, f"relu{i}")(x)
    x = dense(ctx, ctx.n_classes, "logits")(x)
    if p["softmax"]:
        x = k.layers.Activation("softmax", name="softmax")(x)
    return k.Model(inputs, x, name="dense_tagger")


FAMILY = ModelFamily(
    name="dense",
    features="hlf",
    builder=build_dense,
    description="MLP on the 16 high-level jet features (the hls4ml benchmark jet tagger)",
    default_params={"hidden": [64, 32, 32], "softmax": False},
    io_types=("io_parallel", "io_stream"),
)
