"""JEDI-linear-style network on the constituents (after Que et al. 2025, arXiv 2508.15468): the pairwise
edges of an interaction network replaced by a shared per-particle transform and one global aggregate.

    x (N, F) ─ per-particle MLP p_fc1..k ─> h (N, D)
    h ─ sum or mean over the particles (agg_t, agg) ─> g (D, 1) ─ copied onto every particle (spread, spread_t)
    [h, g] (N, 2D) ─ per-particle MLP c_fc1..m ─> u (N, E)     (c_fc1 = W_h h_i + W_g g + b: each particle
                                                                 combined with the whole jet)
    u ─ sum or mean (pool_t, pool) ─ Flatten (pooled) ─> (E) ─ head fc1..n ─ logits

Why this is the interaction network made linear: an interaction network's edge function starts with an
affine map of [x_i, x_j]; summed over the senders j that is ``(N-1) W_r x_i + W_s (sum_j x_j - x_i)``: a
per-particle term and the global sum. JEDI-linear keeps that form (with a learnt per-particle transform in
front), so the N(N-1) edges become N particles and one sum: the cost is linear in N. The output is
invariant under any permutation of the particle slots (every sum is exact in the firmware).

Cost in the RTL: ``c_fc1`` reads rows ``[h_i, g]`` whose second half is the same for every particle; the RTL
trace multiplies that half once (:func:`fpgaml.ir.ops.affine_trace`), so combining costs one ``W_g g`` per jet,
not one per particle. The copies of ``g`` are wires.
"""

from __future__ import annotations

from typing import Any

from fpgaml._keras import keras
from fpgaml.models.base import BuildContext, ModelFamily
from fpgaml.models.particles import (
    broadcast,
    check_pool,
    check_widths,
    constituent_input,
    flatten,
    head,
    mlp,
    pool,
    set_hls_types,
)


def build_jedi(ctx: BuildContext) -> Any:

    k = keras()
    p = ctx.params
    particle_hidden = check_widths(p, "particle_hidden", at_least=1)
    combine_hidden = check_widths(p, "combine_hidden", at_least=1)
    head_hidden = check_widths(p, "head_hidden")
    aggregate = check_pool(p["aggregate"], "aggregate")
    how = check_pool(p["pool"], "pool")
    inputs, x, n = constituent_input(ctx, "jedi")
    h = mlp(ctx, x, particle_hidden, "p_fc")  # (N, D)
    g = pool(h, aggregate, "agg")  # (D, 1)
    joined = k.layers.Concatenate(axis=-1, name="joined")([h, broadcast(g, n, "spread")])  # (N, 2D)
    u = mlp(ctx, joined, combine_hidden, "c_fc")  # (N, E)
    out = head(ctx, flatten(pool(u, how, "pool"), "pooled"), head_hidden)
    return k.Model(inputs, out, name="jedi")


FAMILY = ModelFamily(
    name="jedi",
    features="constituents",
    builder=build_jedi,
    description="JEDI-linear: per-particle transform, global sum, each particle combined with it, pooling, head",
    default_params={
        "particle_hidden": [16],
        "aggregate": "mean",
        "combine_hidden": [16],
        "pool": "mean",
        "head_hidden": [16],
    },
    hls_config=set_hls_types,
    io_types=("io_parallel",),
)
