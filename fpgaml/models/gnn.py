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
firmware can compute them exactly if their types are wide enough: :func:`gnn_hls_config` sets them (a sum
of k values of type ``ufixed<W,I>`` is exact in ``ufixed<W+c,I+c>``, c = ceil(log2 k)). QKeras computes
the same sums in float32, exactly while they fit in 24 significant bits. No extra quantizers are needed:
all the values entering the sums are outputs of quantized ReLUs or the input itself.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np

from fpgaml.models.base import BuildContext, ModelFamily, dense, relu, snap_quantized_weights


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


def fixed_matrix(matrix: np.ndarray, name: str) -> Any:
    """A bias-free, non-trainable Dense layer whose kernel is ``matrix`` (in x out), applied on the last axis."""
    from fpgaml._keras import keras

    k = keras()
    return k.layers.Dense(
        matrix.shape[1],
        use_bias=False,
        trainable=False,
        kernel_initializer=k.initializers.Constant(np.asarray(matrix, np.float32).tolist()),
        name=name,
    )


def _transpose(name: str) -> Any:
    from fpgaml._keras import keras

    return keras().layers.Permute((2, 1), name=name)


def _mlp(ctx: BuildContext, x: Any, widths: list[int], prefix: str) -> Any:
    for i, units in enumerate(widths, start=1):
        x = dense(ctx, int(units), f"{prefix}{i}")(x)
        x = relu(ctx, f"{prefix}{i}_relu")(x)
    return x


def build_gnn(ctx: BuildContext) -> Any:
    from fpgaml._keras import keras
    from fpgaml.errors import ConfigError

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
    from fpgaml.models.deepsets import build_deepsets_body
    from fpgaml.models.particles import head

    x = head(ctx, build_deepsets_body(ctx, nodes, list(p["node_hidden"]), "sum"), list(p["head_hidden"]))
    return k.Model(inputs, x, name=f"gnn_{kind}")


# ---- precisions -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Fixed:
    """An ap_fixed / ap_ufixed type: total width and integer bits (sign included when signed)."""

    signed: bool
    width: int
    integer: int

    @property
    def frac(self) -> int:
        return self.width - self.integer

    def grow(self, n_terms: int) -> Fixed:
        """The type that holds a sum of ``n_terms`` values of this type exactly."""
        c = math.ceil(math.log2(n_terms)) if n_terms > 1 else 0
        return Fixed(self.signed, self.width + c, self.integer + c)

    def __str__(self) -> str:
        return f"{'' if self.signed else 'u'}fixed<{self.width},{self.integer}>"


def union(*types: Fixed) -> Fixed:
    """The smallest type that holds every value of each of ``types`` exactly."""
    signed = any(t.signed for t in types)
    integer = max(t.integer + (1 if signed and not t.signed else 0) for t in types)
    frac = max(t.frac for t in types)
    return Fixed(signed, integer + frac, integer)


def _set(hls_cfg: dict[str, Any], name: str, **prec: Fixed) -> None:
    entry = hls_cfg.setdefault("LayerName", {}).setdefault(name, {})
    cur = entry.get("Precision")
    if not isinstance(cur, dict):
        cur = {} if cur is None else {"result": cur}
        entry["Precision"] = cur
    for key, t in prec.items():
        cur[key] = str(t)


def gnn_hls_config(hls_cfg: dict[str, Any], model: Any, model_cfg: Any, params: dict[str, Any]) -> None:
    """Set the types hls4ml cannot infer for the fixed-matrix layers, the transposes and the concatenations.

    Types (N particles; input type X; ReLU output type A = ufixed<act_bits, act_integer>):

    * receivers/senders: exactly one 1 per output column -> result = accum = X, weights ufixed<1,1>;
    * edges (concatenation of two X): X;
    * aggregate: sum of N-1 messages of type A -> A grown by ceil(log2(N-1)) bits;
    * nodes: union of X and the aggregate type (signed, enough integer and fraction bits for both);
    * pool: sum of N node outputs of type A -> A grown by ceil(log2 N) bits;
    * every Permute/Flatten, and the linear activation hls4ml inserts after a fixed-matrix Dense
      (``<name>_linear``, else the default fixed<16,6>, which overflows once act_integer > 0): the type of
      its input.
    The QDense layers keep hls4ml's inferred ("auto") accumulators, which are exact for a known input type.
    The pointwise QDense weights are snapped to their quantizer grid first (hls4ml loses the quantizer
    when it rewrites a multi-dimensional Dense as a pointwise Conv1D).
    """
    # hls4ml rewrites the pointwise QDense layers as Conv1D and drops their weight quantizers.
    snap_quantized_weights(model)
    signed, width, integer = model_cfg.input_fixed
    x_t = Fixed(signed, width, integer)
    a_t = Fixed(False, int(model_cfg.act_bits), int(model_cfg.act_integer))
    one = Fixed(False, 1, 1)
    n = int(model.input_shape[1])
    names = {layer.name for layer in model.layers}
    if "receivers" in names:
        for name in ("particles_t", "receivers_t", "senders_t", "edges"):
            _set(hls_cfg, name, result=x_t)
        for name in ("receivers", "senders"):
            _set(hls_cfg, name, result=x_t, accum=x_t, weight=one, bias=one)
        agg_t = a_t.grow(n - 1)
        _set(hls_cfg, "messages_t", result=a_t)
        _set(hls_cfg, "aggregate", result=agg_t, accum=agg_t, weight=one, bias=one)
        _set(hls_cfg, "aggregate_linear", result=agg_t)  # hls4ml's linear activation after the Dense
        _set(hls_cfg, "aggregate_t", result=agg_t)
        _set(hls_cfg, "nodes", result=union(x_t, agg_t))
    pool_t = a_t.grow(n)
    _set(hls_cfg, "node_t", result=a_t)
    _set(hls_cfg, "pool", result=pool_t, accum=pool_t, weight=one, bias=one)
    _set(hls_cfg, "pool_linear", result=pool_t)
    _set(hls_cfg, "pooled", result=pool_t)


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
    hls_config=gnn_hls_config,
    per_layer_precision=False,
    io_types=("io_parallel",),
)
