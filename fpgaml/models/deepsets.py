"""Deep Sets on the constituents: the same MLP on every particle, a sum or mean over the particles, a head.

    x (N, F) ─ per-particle MLP node_fc1..k (QDense + quantized ReLU) ─> (N, D)
             ─ Permute ─ fixed (N, 1) matrix [ones, or 2**-k for the mean] ─ Flatten ─> (D)   (pool)
             ─ head fc1..m ─ logits

The output is a function of the set of particle slots: invariant under any permutation of the N slots
(padded all-zero particles included), bit for bit in the firmware, because every sum is exact. Cost is
linear in N: N copies of the per-particle MLP and a D-wide adder tree over N. ``pool: mean`` divides by
``2**k >= N`` (exactly the mean at N = 16, 32): the per-jet vector then stays in the ReLU's range, which the
head's weights in [-1, 1) can read without saturating.

The ``gnn`` family's ``kind: deepsets`` is this network with ``pool: sum`` and model-wide widths, and its
interaction network ends in the same body on [particle, aggregated messages] (its builder calls
:func:`build_deepsets_body`); this family adds the mean, per-layer widths
(``model.layer_precision``) and types derived from them (:func:`fpgaml.models.particles.set_hls_types`).
Layer names: ``node_fc<i>``, ``node_fc<i>_relu``, ``node_t``, ``pool``, ``pooled``, ``fc<i>``,
``fc<i>_relu``, ``logits``.
"""

from __future__ import annotations

from typing import Any

from fpgaml._keras import keras
from fpgaml.models.base import BuildContext, ModelFamily
from fpgaml.models.particles import (
    check_pool,
    check_widths,
    constituent_input,
    flatten,
    head,
    mlp,
    pool,
    set_hls_types,
)


def build_deepsets_body(ctx: BuildContext, x: Any, node_hidden: list[int], how: str) -> Any:
    """Per-particle MLP and pooling: the per-jet vector (D,)."""
    h = mlp(ctx, x, node_hidden, "node_fc")
    return flatten(pool(h, how, "pool", "node_t"), "pooled")


def build_deepsets(ctx: BuildContext) -> Any:

    p = ctx.params
    node_hidden = check_widths(p, "node_hidden", at_least=1)
    head_hidden = check_widths(p, "head_hidden")
    how = check_pool(p["pool"], "pool")
    inputs, x, _ = constituent_input(ctx, "deepsets")
    out = head(ctx, build_deepsets_body(ctx, x, node_hidden, how), head_hidden)
    return keras().Model(inputs, out, name="deepsets")


FAMILY = ModelFamily(
    name="deepsets",
    features="constituents",
    builder=build_deepsets,
    description="Deep Sets: per-particle MLP, sum or mean over the particles, MLP head (permutation invariant)",
    default_params={"node_hidden": [32, 32], "pool": "mean", "head_hidden": [32]},
    hls_config=set_hls_types,
    io_types=("io_parallel",),
)
