"""MLP-Mixer on the pT-ordered constituents: the layer sequence of the HGQ-demos jet tagger
(calad0i/HGQ-demos, ``jet_classifier_large``; Sun et al. 2025, arXiv 2503.03103), built from QKeras layers.

    x (N, F) ─ per-particle MLP p_fc1..k ─> (N, C)                  (mixes each particle's features)
             ─ Permute (mix_t) ─ per-feature MLP m_fc1..l across the particles ─> (C, M)
             ─ Permute (mix_back) ─> (M, C) ─ per-"particle" MLP c_fc1..m ─> (M, D)
             ─ pool: QDense(1) across the M rows + ReLU (learnt weights, as HGQ-demos), or a fixed sum/mean
             ─ Flatten (pooled) ─> (D) ─ head fc1..n ─ logits

The across-particle layers give every position its own weights: the network reads the particles in their pT
order and is NOT permutation invariant (it is not meant to be). With ``mix_hidden: []`` it is a Deep Sets
with a second per-particle MLP; ``mix_hidden: null`` (default) is one mixing layer of N outputs, as
HGQ-demos. Cost is linear in N for the per-particle layers and ``C * N * M`` weights for the mixing.
"""

from __future__ import annotations

from typing import Any

from fpgaml._keras import keras
from fpgaml.errors import ConfigError
from fpgaml.models.base import BuildContext, ModelFamily, dense, relu
from fpgaml.models.particles import (
    check_widths,
    constituent_input,
    flatten,
    head,
    mlp,
    pool,
    set_hls_types,
    transpose,
)

#: ``pool`` values: a learnt QDense(1) across the rows (HGQ-demos), or a fixed sum / mean
MIXER_POOLS = ("dense", "sum", "mean")


def build_mixer(ctx: BuildContext) -> Any:

    p = ctx.params
    inputs, x, n = constituent_input(ctx, "mixer")
    particle_hidden = check_widths(p, "particle_hidden", at_least=1)
    mix_hidden = [n] if p["mix_hidden"] is None else check_widths(p, "mix_hidden")
    channel_hidden = check_widths(p, "channel_hidden")
    head_hidden = check_widths(p, "head_hidden")
    if p["pool"] not in MIXER_POOLS:
        raise ConfigError(
            f"model.params.pool: {p['pool']!r} is not one of {', '.join(map(repr, MIXER_POOLS))}"
        )
    h = mlp(ctx, x, particle_hidden, "p_fc")  # (N, C)
    if mix_hidden:
        h = transpose("mix_back")(mlp(ctx, transpose("mix_t")(h), mix_hidden, "m_fc"))  # (M, C)
    h = mlp(ctx, h, channel_hidden, "c_fc")  # (M, D)
    if p["pool"] == "dense":
        pooled = relu(ctx, "pool_relu")(dense(ctx, 1, "pool")(transpose("pool_t")(h)))  # (D, 1)
    else:
        pooled = pool(h, p["pool"], "pool")
    out = head(ctx, flatten(pooled, "pooled"), head_hidden)
    return keras().Model(inputs, out, name="mixer")


FAMILY = ModelFamily(
    name="mixer",
    features="constituents",
    builder=build_mixer,
    description="MLP-Mixer (HGQ-demos layer sequence): per-particle MLP, MLP across the pT-ordered particles, "
    "per-particle MLP, pooling, head",
    default_params={
        "particle_hidden": [24, 16],
        "mix_hidden": None,
        "channel_hidden": [24, 16],
        "pool": "dense",
        "head_hidden": [24, 16, 16],
    },
    hls_config=set_hls_types,
    io_types=("io_parallel",),
)
