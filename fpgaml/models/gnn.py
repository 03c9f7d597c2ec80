"""Compact graph networks on the constituents, built only from layers hls4ml converts: an interaction network
(JEDI-net style) and Deep Sets.

Interaction network (``kind: interaction``), for N particles with F features, E = N(N-1) ordered pairs:

1. receivers / senders: fixed 0/1 matrices R_r, R_s (N x E) applied as bias-free, non-trainable Dense
   layers to the transposed input (F x N), giving each edge the features of its receiving and sending
   particle (E x F each), concatenated to (E x 2F);
2. edge MLP: pointwise QDense + quantized ReLU on every edge -> messages (E x De);
3. aggregation: the fixed matrix R_r^T (E x N) sums, for every particle, the messages it receives (N-1);
4. node MLP: pointwise QDense + ReLU on [particle features, aggregated messages] (N x (F+De)) -> (N x Dn);
5. graph pooling: a fixed all-ones (N x 1) Dense sums the N node vectors -> Dn; then a QDense head.

Deep Sets (``kind: deepsets``): the per-particle MLP of step 4 on the particle features alone, then 5.

Zero-padded particles are included as particles with all-zero features: the network sees all N slots,
and every operation is symmetric in the slots (the fixed matrices are invariant under relabelling the
particles, the MLPs are pointwise, the pooling is a sum), so the output is invariant under ANY permutation
of the N slots, in particular among the real particles. Padding is not masked: the network learns what an
all-zero particle means (a masked variant would need a multiply by a per-particle mask that hls4ml's layers
cannot derive from the input without extra, inexact, comparisons).

Exactness: every fixed-matrix layer only copies or sums values of a known fixed-point type, so the
firmware can compute them exactly if their types are wide enough: :func:`gnn_hls_types` sets them (a sum
of k values of type ``ufixed<W,I>`` is exact in ``ufixed<W+c,I+c>``, c = ceil(log2 k)). QKeras computes
the same sums in float32, exactly while they fit in 24 significant bits. No extra quantizers are needed:
all the values entering the sums are outputs of quantized ReLUs or the input itself.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from fpgaml._keras import keras
from fpgaml.errors import ConfigError
from fpgaml.models.base import BuildContext, ModelFamily, dense, relu
from fpgaml.models.base import Fixed as Fixed  # the types the constituent families' hook computes with
from fpgaml.models.base import fixed_matrix as fixed_matrix
from fpgaml.models.base import union as union
from fpgaml.models.deepsets import build_deepsets_body
from fpgaml.models.particles import head, set_hls_types


# ---- fixed connectivity matrices ------------------------------------------------------------------
def edge_list(n: int) -> np.ndarray:
    """All ordered pairs (receiver, sender) of distinct particles, shape (n(n-1), 2), receiver-major."""
    return np.array([(r, s) for r in range(n) for s in range(n) if r != s], dtype=np.int64).reshape(-1, 2)


def receiver_sender_matrices(n: int) -> tuple[np.ndarray, np.ndarray]:
    """R_r, R_s of shape (n, n(n-1)): R_r[i, e] = 1 iff particle i receives edge e (R_s: sends)."""
    edges = edge_list(n)
    rr = np.zeros((n, len(edges)), dtype=np.float32)
    rs = np.zeros((n, len(edges)), dtype=np.float32)
    rr[edges[:, 0], np.arange(len(edges))] = 1.0
    rs[edges[:, 1], np.arange(len(edges))] = 1.0
    return rr, rs


def _transpose(name: str) -> Any:

    return keras().layers.Permute((2, 1), name=name)


def _mlp(ctx: BuildContext, x: Any, widths: list[int], prefix: str) -> Any:
    for i, units in enumerate(widths, start=1):
        x = dense(ctx, int(units), f"{prefix}{i}")(x)
        x = relu(ctx, f"{prefix}{i}_relu")(x)
    return x


def build_gnn(ctx: BuildContext) -> Any:

    k = keras()
    p = ctx.params
    if len(ctx.input_shape) != 2:
        raise ConfigError(f"gnn needs constituents (particles, features); got input shape {ctx.input_shape}")
    kind = p["kind"]
    if kind not in ("interaction", "deepsets"):
        raise ConfigError(f"model.params.kind: {kind!r} is not one of 'interaction', 'deepsets'")
    if not p["node_hidden"] or (kind == "interaction" and not p["edge_hidden"]):
        raise ConfigError("model.params: edge_hidden (interaction) and node_hidden need at least one layer")
    n = int(ctx.input_shape[0])
    if kind == "interaction" and n < 2:
        raise ConfigError("an interaction network needs at least 2 particles")
    inputs, x_in = ctx.inputs("constituents")
    if kind == "interaction":
        rr, rs = receiver_sender_matrices(n)
        xt = _transpose("particles_t")(x_in)  # (F, N)
        recv = _transpose("receivers_t")(fixed_matrix(rr, "receivers")(xt))  # (E, F)
        send = _transpose("senders_t")(fixed_matrix(rs, "senders")(xt))  # (E, F)
        edges = k.layers.Concatenate(axis=-1, name="edges")([recv, send])  # (E, 2F)
        msg = _mlp(ctx, edges, list(p["edge_hidden"]), "edge_fc")  # (E, De)
        agg = fixed_matrix(rr.T, "aggregate")(_transpose("messages_t")(msg))  # (De, N)
        agg = _transpose("aggregate_t")(agg)  # (N, De)
        nodes = k.layers.Concatenate(axis=-1, name="nodes")([x_in, agg])  # (N, F + De)
    else:
        nodes = x_in
    # node MLP (N, Dn), sum pooling, head: the Deep Sets body (the deepsets family's, pool: sum)

    x = head(ctx, build_deepsets_body(ctx, nodes, list(p["node_hidden"]), "sum"), list(p["head_hidden"]))
    return k.Model(inputs, x, name=f"gnn_{kind}")


# ---- precisions -----------------------------------------------------------------------------------
def gnn_hls_types(hls_cfg: dict[str, Any], model: Any, model_cfg: Any, params: dict[str, Any]) -> None:
    """The types hls4ml cannot infer (fixed matrices, transposes, concatenations), from the network's own
    quantizers: the constituent families' hook (:func:`fpgaml.models.particles.set_hls_types`). For N
    particles, X the input type and A_e, A_n the types of the last edge and node ReLUs (each with its own
    ``model.layer_precision`` widths): receivers/senders (one 1 per column) and the edges X; the aggregate
    (N-1 messages) A_e with ceil(log2(N-1)) more integer bits; the nodes the union of X and the aggregate's
    type; the pool (N node outputs) A_n with ceil(log2 N) more; every Permute/Flatten its input's type."""

    set_hls_types(hls_cfg, model, model_cfg, params)


FAMILY = ModelFamily(
    name="gnn",
    features="constituents",
    builder=build_gnn,
    description="interaction network (all ordered particle pairs, fixed 0/1 matrices) or Deep Sets; sum pooling",
    default_params={
        "kind": "interaction",
        "edge_hidden": [8],
        "node_hidden": [8],
        "head_hidden": [16],
    },
    hls_config=gnn_hls_types,
    io_types=("io_parallel",),
)
