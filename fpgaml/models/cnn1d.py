"""1D convolutional jet tagger on pT-ordered constituents: QConv1D stack with max pooling + small QDense head.

Input: ``(N particles, F features)``, zero-padded. The convolution slides along the pT-ordered particle axis
(neighbouring particles in pT); padded slots are zeros like any other input. Max pooling is exact in
firmware (a comparison), so the whole network is bit-exact to QKeras with hls4ml's inferred precisions.
"""

from __future__ import annotations

from typing import Any

from fpgaml._keras import keras
from fpgaml.errors import ConfigError
from fpgaml.models.base import BuildContext, ModelFamily, conv1d, dense, relu


def build_cnn1d(ctx: BuildContext) -> Any:

    k = keras()
    p = ctx.params
    if len(ctx.input_shape) != 2:
        raise ConfigError(
            f"cnn1d needs constituents (particles, features); got input shape {ctx.input_shape}"
        )
    inputs, x = ctx.inputs("constituents")
    for i, filters in enumerate(p["filters"], start=1):
        if x.shape[1] < int(p["kernel_size"]):
            raise ConfigError(
                f"model.params: conv{i} (kernel_size {p['kernel_size']}) would slide over {x.shape[1]} position(s) "
                f"(the {ctx.input_shape[0]} particles after {i - 1} convolution(s), strides {p['strides']}, "
                f"pool {p['pool']}): use fewer filters layers, a smaller kernel_size/strides/pool, or more particles "
                "(data.n_constituents)"
            )
        x = conv1d(ctx, int(filters), int(p["kernel_size"]), f"conv{i}", strides=int(p["strides"]))(x)
        x = relu(ctx, f"conv{i}_relu")(x)
        if int(p["pool"]) > 1 and x.shape[1] >= int(p["pool"]):
            x = k.layers.MaxPooling1D(pool_size=int(p["pool"]), name=f"pool{i}")(x)
    x = k.layers.Flatten(name="flatten")(x)
    for i, units in enumerate(p["hidden"], start=1):
        x = dense(ctx, int(units), f"fc{i}")(x)
        x = relu(ctx, f"fc{i}_relu")(x)
    x = dense(ctx, ctx.n_classes, "logits")(x)
    return k.Model(inputs, x, name="cnn1d_tagger")


FAMILY = ModelFamily(
    name="cnn1d",
    features="constituents",
    builder=build_cnn1d,
    description="QConv1D stack along the pT-ordered constituents, max pooling, QDense head",
    default_params={"filters": [16, 16], "kernel_size": 3, "strides": 1, "pool": 2, "hidden": [32]},
    io_types=("io_parallel", "io_stream"),
)
