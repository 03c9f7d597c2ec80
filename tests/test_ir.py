"""fpgaml's layer IR: parsing (Sequential, Functional, nested, the GNN's DAG), the one softmax definition, each
kind's evaluation against QKeras (evaluated in float64, where every sum of these small networks is exact), the
da4ml trace and the ONNX fold against the integer evaluation, refusals, and a toy layer kind added in one place.

Every comparison of fixed-point values is exact (``np.testing.assert_array_equal``); the references are
computed by QKeras / TensorFlow / da4ml, never from the IR under test.
"""

from __future__ import annotations

import functools

import examples as ex
import numpy as np
import pytest

from fpgaml._keras import keras, qkeras
from fpgaml.errors import ConfigError, InputError, UnsupportedModelError
from fpgaml.ir import (
    KINDS,
    WEIGHT_QUANTIZERS,
    FixedType,
    Layer,
    LayerKind,
    ModelIR,
    OpaqueActivation,
    Quantizer,
    Weight,
    ends_in_softmax,
    parse,
    register_kind,
    unregister_kind,
)
from fpgaml.modelio import predict_float64
from fpgaml.rtl.trace import trace

P = (True, 16, 6)  # fixed<16,6>


def _wq():
    return qkeras().quantized_bits(6, 0, alpha=1)


def _randomise(model, seed: int = 0) -> None:
    """Trainable weights of a sensible scale (the quantizers put them on their grid)."""
    rng = np.random.default_rng(seed)
    for var in model.trainable_weights:
        shape = tuple(var.shape)
        scale = 1 / np.sqrt(np.prod(shape[:-1])) if len(shape) >= 2 else 0.3
        var.assign(rng.normal(0, scale, shape).astype(np.float32))


def _check_all_paths(model, x: np.ndarray, ir: ModelIR | None = None, float32: bool = False) -> np.ndarray:
    """IR == QKeras (float64; ``float32`` for a nested model, which the float64 twin cannot clone: these small
    sums are exact in float32 too) == da4ml trace == folded tf_keras model, all exact. Returns the IR outputs."""
    from fpgaml.gpu.fold import fold_quantized

    ir = ir or parse(model, P)
    y = ir.predict(x).reshape(len(x), -1)
    if float32:
        y_q = model.predict(x.astype(np.float32), verbose=0).astype(np.float64).reshape(len(x), -1)
    else:
        y_q = predict_float64(model, x)
    assert np.ptp(y_q) > 0  # a non-constant network
    np.testing.assert_array_equal(y, y_q)
    np.testing.assert_array_equal(trace(ir).predict(x), y)
    folded = fold_quantized(model)
    assert not any(type(layer).__module__.startswith("qkeras") for layer in folded.layers)
    y_fold = folded.predict(x.astype(np.float32), verbose=0).reshape(len(x), -1)
    np.testing.assert_array_equal(y_fold, model.predict(x.astype(np.float32), verbose=0).reshape(len(x), -1))
    return y


# ---- records ----------------------------------------------------------------------------------------------
def test_fixed_type_text_ranges_and_da4ml_kif():
    t = FixedType.parse("fixed<16,6>")
    assert (t.signed, t.width, t.integer, t.frac, t.lsb) == (True, 16, 6, 10, 2.0**-10)
    assert t.int_range == (-32768, 32767) and (t.min, t.max) == (-32.0, 32.0 - 2.0**-10)
    assert str(t) == "fixed<16,6>" and t.kif == (1, 5, 10)
    u = FixedType.parse("ap_ufixed<8,3>")
    assert str(u) == "ufixed<8,3>" and u.int_range == (0, 255) and u.kif == (0, 3, 5)
    assert FixedType.of((True, 16, 6)) == t == FixedType.of("fixed<16,6>")
    with pytest.raises(ConfigError, match="not a fixed-point"):
        FixedType.parse("float")
    with pytest.raises(ConfigError, match="70 bits is more than the 64"):
        FixedType.parse("fixed<70,6>")
    # as in ap_fixed, I may exceed W (the per-feature input search makes such types): two bits weighing 4 and 2
    wide = FixedType.parse("fixed<2,3>")
    assert (wide.frac, wide.lsb, wide.min, wide.max) == (-1, 2.0, -4.0, 2.0)


@pytest.mark.parametrize(
    ("rounding", "overflow", "expected"),
    [  # inputs (in quarters of the output LSB): -13 -10 -6 -2 2 5 6 10 14 30; output fixed<4,2> (2 frac bits)
        ("RND_CONV", "SAT", [-3, -2, -2, 0, 0, 1, 2, 2, 4, 7]),
        ("RND", "SAT", [-3, -2, -1, 0, 1, 1, 2, 3, 4, 7]),
        ("TRN", "SAT", [-4, -3, -2, -1, 0, 1, 1, 2, 3, 7]),
        ("RND_CONV", "SAT_SYM", [-3, -2, -2, 0, 0, 1, 2, 2, 4, 7]),
        ("RND_CONV", "WRAP", [-3, -2, -2, 0, 0, 1, 2, 2, 4, -8]),
    ],
)
def test_quantizer_rounding_and_overflow_modes(rounding, overflow, expected):
    q = Quantizer(FixedType(True, 4, 2), rounding, overflow)
    codes, frac = q.apply_int(np.array([-13, -10, -6, -2, 2, 5, 6, 10, 14, 30]), 4)
    assert frac == 2
    np.testing.assert_array_equal(codes, expected)
    # saturation at the bottom: -9 (below -8 = -2.0) -> -8, or -7 when the most negative code is dropped
    low, _ = q.apply_int(np.array([-9 * 4]), 4)
    assert low[0] == {"SAT": -8, "SAT_SYM": -7, "WRAP": 7}[overflow]


def test_weight_ints_refuse_float_values_naming_the_layer():
    w = Weight.from_values(np.array([0.5, -0.25, 1.0]), layer="fc", name="kernel")
    assert w.frac == 2
    np.testing.assert_array_equal(w.ints, [2, -1, 4])
    trained = Weight.from_values(np.array([0.1, 0.3], np.float32), layer="plain", name="kernel")
    assert trained.frac is None
    with pytest.raises(UnsupportedModelError, match=r"'plain': kernel is not fixed point.*no quantizer"):
        _ = trained.ints


def test_quantizers_read_from_qkeras():
    from fpgaml.ir import quantizer_from_qkeras

    q = qkeras()
    relu = quantizer_from_qkeras(q.quantized_relu(6, 0))
    assert relu == Quantizer(FixedType(False, 6, 0), "RND_CONV", "SAT", source=relu.source) and relu.exact
    bits = quantizer_from_qkeras(q.quantized_bits(8, 2, alpha=1, symmetric=1))
    assert (bits.type, bits.overflow, bits.int_range) == (FixedType(True, 8, 3), "SAT_SYM", (-127, 127))
    auto = quantizer_from_qkeras(q.quantized_bits(4, 0, alpha="auto"))
    assert isinstance(auto, OpaqueActivation) and "data-dependent" in auto.reason
    tanh = quantizer_from_qkeras(q.quantized_tanh(8, use_real_tanh=True))
    assert tanh.pre == "tanh" and not tanh.exact


# ---- parsing ------------------------------------------------------------------------------------------------
def test_sequential_model_gets_its_input_and_drops_identities():
    k, q = keras(), qkeras()
    model = k.Sequential(
        [
            q.QDense(8, kernel_quantizer=_wq(), bias_quantizer=_wq(), input_shape=(6,), name="fc1"),
            q.QActivation(q.quantized_relu(6, 0), name="relu1"),
            k.layers.Dropout(0.2, name="drop"),
            k.layers.Activation("linear", name="lin"),
            q.QDense(3, kernel_quantizer=_wq(), bias_quantizer=_wq(), name="out"),
        ]
    )
    assert "InputLayer" not in [type(layer).__name__ for layer in model.layers]
    _randomise(model)
    ir = parse(model, P)
    assert [(layer.name, layer.kind) for layer in ir] == [
        (model.input_names[0], "input"),
        ("fc1", "dense"),
        ("relu1", "activation"),
        ("out", "dense"),
    ]
    assert ir.get("out").inputs == ["relu1"] and ir.output == "out"
    _check_all_paths(model, ex.random_inputs(300, (6,), P, seed=1, scale=1.0), ir)


def test_functional_model_with_a_nested_sequential_is_flattened():
    k, q = keras(), qkeras()
    inner = k.Sequential(
        [
            q.QDense(8, kernel_quantizer=_wq(), bias_quantizer=_wq(), input_shape=(6,), name="inner_fc"),
            q.QActivation(q.quantized_relu(6, 0), name="inner_relu"),
        ],
        name="block",
    )
    inp = k.Input((6,), name="x")
    out = q.QDense(3, kernel_quantizer=_wq(), bias_quantizer=_wq(), name="out")(inner(inp))
    model = k.Model(inp, out)
    _randomise(model, 1)
    ir = parse(model, P)
    assert [layer.name for layer in ir] == ["x", "inner_fc", "inner_relu", "out"]
    assert ir.get("inner_fc").inputs == ["x"]
    _check_all_paths(model, ex.random_inputs(300, (6,), P, seed=2, scale=1.0), ir, float32=True)


def test_gnn_is_parsed_as_a_dag():
    from fpgaml.config import ModelConfig
    from fpgaml.models import FAMILIES, BuildContext

    mc = ModelConfig(family="gnn", params={"edge_hidden": [4], "node_hidden": [4], "head_hidden": []})
    model = FAMILIES.get("gnn").build(BuildContext((5, 3), 5, mc, True))
    ir = parse(model, P)
    assert ir.get("edges").kind == "merge" and ir.get("edges").inputs == ["receivers_t", "senders_t"]
    assert ir.get("nodes").inputs == ["constituents", "aggregate_t"]  # the input feeds two branches
    assert sorted(c.name for c in ir.consumers("constituents")) == ["nodes", "particles_t"]
    assert ir.get("particles_t").attrs["perm"] == (1, 0)
    for name, shape in (("receivers", (5, 20)), ("aggregate", (20, 5)), ("pool", (5, 1))):
        layer = ir.get(name)
        assert layer.keras_class == "Dense" and layer.weights["kernel"].frac == 0  # fixed 0/1 matrices
        assert layer.weights["kernel"].shape == shape
    order = [layer.name for layer in ir]
    assert all(order.index(src) < order.index(layer.name) for layer in ir for src in layer.inputs)
    assert ir.exactness_problems() == []


# ---- softmax: one definition ----------------------------------------------------------------------------
def _softmax_models():
    k, q = keras(), qkeras()

    def head(activation=None, name="logits"):
        return q.QDense(4, kernel_quantizer=_wq(), bias_quantizer=_wq(), activation=activation, name=name)

    def build(tail):
        inp = k.Input((6,), name="x")
        return k.Model(inp, tail(inp))

    return {
        "Activation": build(lambda t: k.layers.Activation("softmax", name="sm")(head()(t))),
        "Softmax layer": build(lambda t: k.layers.Softmax(name="sm")(head()(t))),
        "Dense(activation)": build(lambda t: head("softmax")(t)),
        "then Dropout": build(lambda t: k.layers.Dropout(0.1)(k.layers.Activation("softmax")(head()(t)))),
    }


@pytest.mark.parametrize("case", ["Activation", "Softmax layer", "Dense(activation)", "then Dropout"])
def test_ends_in_softmax_is_one_definition(case):
    model = _softmax_models()[case]
    _randomise(model, 3)
    ir = parse(model, P)
    assert ir.ends_in_softmax and ends_in_softmax(model)
    with pytest.raises(UnsupportedModelError, match="softmax has no exact fixed-point form"):
        ir.check_exact()
    logits_ir = ir.without_softmax()
    assert not logits_ir.ends_in_softmax and logits_ir.output == "logits"
    # the logits: the same QDense without an activation, evaluated by QKeras
    k, q = keras(), qkeras()
    inp = k.Input((6,))
    logits = q.QDense(4, kernel_quantizer=_wq(), bias_quantizer=_wq())
    plain = k.Model(inp, logits(inp))
    logits.set_weights(model.get_layer("logits").get_weights())
    x = ex.random_inputs(200, (6,), P, seed=4, scale=1.0)
    np.testing.assert_array_equal(logits_ir.check_exact().predict(x), predict_float64(plain, x))


def test_stages_use_the_same_definition_also_while_pruning():
    """``models.base.ends_in_softmax`` (the stages' entry) is the IR's; tfmot's pruning wrappers (the train
    stage compiles a wrapped model) are looked through."""
    import tensorflow_model_optimization as tfmot

    from fpgaml.models.base import ends_in_softmax as stage_definition

    for case, model in _softmax_models().items():
        wrapped = tfmot.sparsity.keras.prune_low_magnitude(model)
        assert stage_definition(model) and stage_definition(wrapped), case
        ir = parse(wrapped, P)
        assert [layer.name for layer in ir] == [layer.name for layer in parse(model, P)]
    plain = ex.cached_dense_model()
    assert not stage_definition(plain)
    assert not stage_definition(tfmot.sparsity.keras.prune_low_magnitude(plain))


def test_softmax_is_known_when_only_the_output_layer_is_readable():
    """A trusted pre-trained model may hold layers fpgaml cannot read; its loss still needs the answer."""
    k, q = keras(), qkeras()
    inp = k.Input((6,))
    x = k.layers.Lambda(lambda t: t * 2.0, name="double")(inp)
    logits = q.QDense(4, kernel_quantizer=_wq(), name="logits")(x)
    assert not ends_in_softmax(k.Model(inp, logits))
    assert ends_in_softmax(k.Model(inp, k.layers.Activation("softmax")(logits)))
    with pytest.raises(UnsupportedModelError, match=r"(?s)cannot tell.*'last' \(Lambda\)"):
        ends_in_softmax(k.Model(inp, k.layers.Lambda(lambda t: t, name="last")(logits)))


def test_a_softmax_before_the_last_layer_is_not_the_end():
    k, q = keras(), qkeras()
    inp = k.Input((6,))
    x = k.layers.Activation("softmax")(q.QDense(4, kernel_quantizer=_wq(), name="a")(inp))
    model = k.Model(inp, q.QDense(2, kernel_quantizer=_wq(), name="b")(x))
    assert not parse(model).ends_in_softmax
    assert not ends_in_softmax(model)


# ---- every kind against QKeras, the RTL trace and the fold ---------------------------------------------------
def test_kinds_on_one_branchy_network():
    """QConv1D ('same', stride 2), QActivation quantized_bits, exact float relu, average and max pooling,
    Flatten, Reshape, Permute, a Concatenate of two branches with different binary points, a plain Dense with
    power-of-two weights, GlobalAveragePooling1D and a QDense with a fused quantized relu."""
    k, q = keras(), qkeras()
    inp = k.Input((16, 3), name="x")
    a = q.QConv1D(4, 3, strides=2, padding="same", kernel_quantizer=_wq(), bias_quantizer=_wq(), name="conv")(
        inp
    )
    a = q.QActivation(q.quantized_bits(8, 2, alpha=1), name="qbits")(a)  # (8, 4), 5 fraction bits
    a = k.layers.Activation("relu", name="exact_relu")(a)
    a = k.layers.AveragePooling1D(2, name="avg")(a)  # (4, 4)
    b = k.layers.MaxPooling1D(4, name="maxp")(inp)  # (4, 3), the input's 10 fraction bits
    b = k.layers.Flatten(name="flat")(b)
    b = k.layers.Reshape((3, 4), name="reshape")(b)
    b = k.layers.Permute((2, 1), name="perm")(b)  # (4, 3)
    c = k.layers.Concatenate(axis=-1, name="cat")([a, b])  # (4, 7)
    halves = k.layers.Dense(
        7, use_bias=False, trainable=False, name="halves",
        kernel_initializer=k.initializers.Constant((np.eye(7) * 0.5).tolist()),
    )(c)  # fmt: skip
    g = k.layers.GlobalAveragePooling1D(name="gap")(halves)
    out = q.QDense(
        5, kernel_quantizer=_wq(), bias_quantizer=_wq(), activation=q.quantized_relu(8, 3), name="out"
    )(g)
    model = k.Model(inp, out)
    _randomise(model, 5)
    ir = parse(model, P)
    assert {layer.kind for layer in ir} == {
        "input", "conv1d", "activation", "pooling", "reshape", "merge", "dense",
    }  # fmt: skip
    assert isinstance(ir.get("out").activation, Quantizer)
    x = ex.random_inputs(300, (16, 3), P, seed=6, scale=1.0)
    y = _check_all_paths(model, x, ir)
    assert np.mean(y > 0) > 0.2  # the fused relu does not clip everything


def test_dense_family_model_trace_has_rounding_ties():
    """The QKeras jet-tagger MLP (fixedpoint/RTL tests use it too) through every path; ties exercised."""
    model = ex.cached_dense_model()
    x = ex.random_inputs(500, (16,), P, seed=1)
    ir = parse(model, P)
    _check_all_paths(model, x, ir)
    acc = dict(ir.trace(x))["fc1"] * 64  # the first relu rounds these to 2^-6
    assert np.sum(acc % 1 == 0.5) > 0


# ---- a new kind is one registration ------------------------------------------------------------------------
class ZeroPadKind(LayerKind):
    """A toy kind for ``ZeroPadding1D`` (no kind reads it in fpgaml): zeros before/after along the steps."""

    name = "toy_zero_pad"
    keras_classes = ("ZeroPadding1D",)
    hls_classes = ("ZeroPadding1D",)

    def parse(self, keras_layer, ctx):
        left, right = (int(p) for p in keras_layer.padding)
        return ctx.layer(self.name, pad=(left, right))

    def evaluate(self, layer, inputs):
        v, frac = inputs[0]
        return np.pad(v, ((0, 0), layer.attrs["pad"], (0, 0))), frac

    def trace(self, layer, inputs):
        from da4ml.trace import FixedVariableArray

        x = inputs[0]
        left, right = layer.attrs["pad"]
        zeros = np.zeros((1, x.shape[1]))
        rows = [zeros] * left + [x._vars] + [zeros] * right
        return FixedVariableArray(np.concatenate(rows, axis=0), x.solver_options, hwconf=x.hwconf)

    def fold(self, layer, inputs):
        return keras().layers.ZeroPadding1D(layer.attrs["pad"], name=layer.name)(inputs[0])

    def cycles(self, hls_class, attrs, clock_period_ns):
        return 0, "wiring"


def test_a_toy_kind_flows_through_every_consumer():
    from fpgaml.models.support import check_supported
    from fpgaml.profile.analytic import layer_cycles

    k, q = keras(), qkeras()
    inp = k.Input((6, 3), name="x")
    x = k.layers.ZeroPadding1D((1, 2), name="pad")(inp)
    x = q.QConv1D(4, 3, kernel_quantizer=_wq(), bias_quantizer=_wq(), name="conv")(x)  # (7, 4)
    x = q.QActivation(q.quantized_relu(6, 0), name="relu")(x)
    x = k.layers.Flatten(name="flat")(x)
    model = k.Model(inp, q.QDense(3, kernel_quantizer=_wq(), bias_quantizer=_wq(), name="out")(x))
    _randomise(model, 7)
    with pytest.raises(UnsupportedModelError, match=r"'pad' \(ZeroPadding1D\): fpgaml has no layer kind"):
        parse(model, P)
    assert layer_cycles("ZeroPadding1D", {}, 5.0)[1].startswith("no cycle model")

    register_kind(ZeroPadKind)
    try:
        ir = parse(model, P)
        assert ir.get("pad").kind == "toy_zero_pad" and ir.get("conv").inputs == ["pad"]
        _check_all_paths(model, ex.random_inputs(200, (6, 3), P, seed=8, scale=1.0), ir)
        assert layer_cycles("ZeroPadding1D", {}, 5.0) == (0, "wiring")
        check_supported(
            model, "Vitis", "io_parallel"
        )  # hls4ml converts ZeroPadding1D; the toy knows no problem
    finally:
        unregister_kind("toy_zero_pad")
    assert KINDS.for_keras_class("ZeroPadding1D") is None


# ---- a weighted kind declares what training may do with it: pruned and bit-costed through the registry ----
@functools.cache
def _toy_linear_class():
    """A weighted Keras layer no kind reads: ``x @ q(kernel)``, its quantizer under a name of its own."""
    k, q = keras(), qkeras()

    class ToyLinear(k.layers.Layer):
        def __init__(self, units, bits=6, **kwargs):
            super().__init__(**kwargs)
            self.units, self.bits = int(units), int(bits)
            self.toy_quantizer = q.quantized_bits(self.bits, 0, alpha=1)

        def build(self, input_shape):
            self.kernel = self.add_weight(name="kernel", shape=(int(input_shape[-1]), self.units))

        def call(self, x):
            return x @ self.toy_quantizer(self.kernel)

        def get_prunable_weights(self):  # what tfmot prunes
            return [self.kernel]

        def get_config(self):
            return {**super().get_config(), "units": self.units, "bits": self.bits}

    return ToyLinear


class ToyLinearKind(LayerKind):
    """A toy weighted kind: its weight, the quantizer holding it, and that training may prune and bit-cost it,
    are declared here and nowhere else."""

    name = "toy_linear"
    keras_classes = ("ToyLinear",)
    weight_quantizers = {"kernel": "toy_quantizer"}  # noqa: RUF012
    prunable = True
    bit_costable = True

    def parse(self, keras_layer, ctx):
        return ctx.layer(self.name, weights=ctx.weights(), units=keras_layer.units)

    def evaluate(self, layer, inputs):
        from fpgaml.ir.ops import affine_int

        w = layer.weights["kernel"]
        return affine_int(layer.where, inputs[0], w.ints, int(w.frac), None, 0)


def test_a_toy_weighted_kind_is_parsed_pruned_and_bit_costed():
    from fpgaml import bitcost, pruning

    k, q = keras(), qkeras()
    toy_cls = _toy_linear_class()

    def build():
        inp = k.Input((8,), name="x")
        x = toy_cls(16, name="toy")(inp)
        x = q.QActivation(q.quantized_relu(6, 0), name="relu")(x)
        return k.Model(inp, q.QDense(3, kernel_quantizer=_wq(), bias_quantizer=_wq(), name="out")(x))

    model = build()
    _randomise(model, 11)
    assert pruning.prunable_layers(model) == ["out"]  # no kind reads ToyLinear yet
    assert [layer.name for layer, _ in bitcost.charged_layers(model)] == ["out"]
    with pytest.raises(UnsupportedModelError, match="'toy' is a custom layer"):
        parse(model, P)

    register_kind(ToyLinearKind)
    try:
        # parsed with its own quantizer: 0.51 is stored, 0.5 (6 bits, LSB 1/32) is what the IR holds
        kernel = model.get_layer("toy").get_weights()[0]
        kernel[0, 0] = 0.51
        model.get_layer("toy").set_weights([kernel])
        ir = parse(model, P)
        assert ir.get("toy").weights["kernel"].values[0, 0] == 0.5
        assert ir.get("toy").weights["kernel"].frac == 5
        x = ex.random_inputs(200, (8,), P, seed=12, scale=1.0)
        np.testing.assert_array_equal(ir.predict(x), predict_float64(model, x))

        assert pruning.prunable_layers(model) == ["toy", "out"]
        assert [layer.name for layer, _ in bitcost.charged_layers(model)] == ["toy", "out"]
        # a hand-worked bit count on the toy alone: weights 16, 0, 1, -8 LSBs need 5, 0, 1, 4 bits; rows 8, 4 bits
        inp = k.Input((2,))
        alone = k.Model(inp, toy_cls(2, name="toy2")(inp))
        alone.get_layer("toy2").set_weights([np.array([[0.5, 0.0], [0.03125, -0.25]], np.float32)])
        assert bitcost.ebops(alone, np.array([8.0, 4.0]), act_bits=6) == 8 * 5 + 4 * (1 + 4)

        # pruned to 75 % while the bit-cost term is charged, then stripped into a fresh model
        rng = np.random.default_rng(13)
        xs, ys = rng.normal(size=(256, 8)).astype(np.float32), rng.integers(0, 3, 256)
        targets = pruning.resolve_sparsity(model, {"toy": 0.75})
        assert targets == {"toy": 0.75}
        pm = pruning.wrap(model, targets, 0, 8)
        pm.add_loss(bitcost.term(pm, 1e-4, 0.0, np.full(8, 16.0), 6))
        pm.compile(optimizer="adam", loss=k.losses.SparseCategoricalCrossentropy(from_logits=True))
        pm.fit(xs, ys, epochs=2, batch_size=32, verbose=0, callbacks=pruning.callbacks())
        fresh = build()
        pruning.strip_into(pm, fresh)
        report = pruning.sparsity_report(fresh)["layers"]
        assert report["toy"]["nonzero"] <= 16 * 8 // 4, report["toy"]
        assert report["out"]["sparsity"] < 0.5  # not pruned
        ref = fresh.get_layer("toy").get_weights()[0]
        assert report["toy"]["nonzero"] == np.count_nonzero(fresh.get_layer("toy").toy_quantizer(ref).numpy())
    finally:
        unregister_kind("toy_linear")
    assert pruning.prunable_layers(model) == ["out"]


def test_ptq_asks_the_kinds_what_it_may_keep():
    """A float model with a layer no kind lets PTQ keep is refused by name; a kind declaring it passes."""
    from fpgaml import ptq
    from fpgaml.config import PtqConfig
    from fpgaml.ir.core import PTQ_KEEP

    k = keras()
    inp = k.Input((6, 3), name="x")
    x = k.layers.ZeroPadding1D((1, 2), name="pad")(inp)
    x = k.layers.Conv1D(4, 3, activation="relu", name="conv")(x)
    x = k.layers.Flatten(name="flat")(x)
    model = k.Model(inp, k.layers.Dense(3, name="out")(x))
    _randomise(model, 14)
    xs = ex.random_inputs(64, (6, 3), P, seed=15, scale=1.0)
    with pytest.raises(
        UnsupportedModelError, match=r"'pad' \(ZeroPadding1D\): fpgaml's PTQ quantizes Conv1D, Dense"
    ):
        ptq.quantize(model, xs, PtqConfig())

    class KeptZeroPad(ZeroPadKind):
        ptq = {"ZeroPadding1D": PTQ_KEEP}  # noqa: RUF012

    register_kind(KeptZeroPad)
    try:
        qmodel, report = ptq.quantize(model, xs, PtqConfig())
    finally:
        unregister_kind("toy_zero_pad")
    assert [type(layer).__name__ for layer in qmodel.layers] == [
        "InputLayer", "ZeroPadding1D", "QConv1D", "Flatten", "QDense",
    ]  # fmt: skip
    assert [row.name for row in report.layers] == ["conv", "out"]


def test_a_kind_cannot_claim_a_class_twice():
    class Clash(LayerKind):
        name = "clash"
        keras_classes = ("QDense",)

    with pytest.raises(ValueError, match="already declared by 'dense'"):
        register_kind(Clash)
    assert "clash" not in KINDS


# ---- refusals ------------------------------------------------------------------------------------------------
def test_every_unreadable_layer_is_listed_at_once():
    k, q = keras(), qkeras()

    class Mystery(k.layers.Layer):
        def call(self, t):
            return t * 2

    inp = k.Input((4,), name="x")
    x = k.layers.Lambda(lambda t: t + 1.0, name="shift")(inp)
    x = k.layers.GaussianNoise(0.1, name="noise")(x)
    x = Mystery(name="mystery")(x)
    x = q.QDense(3, kernel_quantizer=_wq(), name="fc")(x)
    x = k.layers.LayerNormalization(name="ln")(x)
    with pytest.raises(UnsupportedModelError) as info:
        parse(k.Model(inp, x), P)
    msg = str(info.value)
    assert "'shift' (Lambda): Lambda layers hold arbitrary Python code" in msg
    assert "'noise' (GaussianNoise): fpgaml has no layer kind" in msg
    assert "'mystery' is a custom layer" in msg
    assert "'ln' (LayerNormalization)" in msg
    assert "'fc'" not in msg  # readable layers are not listed as problems
    assert "Layer classes fpgaml reads: " in msg and "QDense" in msg and "Concatenate" in msg


def test_batchnorm_in_a_quantized_network_is_refused_with_the_ways_out():
    from fpgaml.models.support import check_supported

    k, q = keras(), qkeras()
    inp = k.Input((4,), name="x")
    x = q.QDense(3, kernel_quantizer=_wq(), bias_quantizer=_wq(), name="fc")(inp)
    x = k.layers.BatchNormalization(name="bn")(x)
    model = k.Model(inp, x)
    ir = parse(model, P)  # the IR reads it ...
    assert ir.get("bn").kind == "batchnorm"
    with pytest.raises(
        UnsupportedModelError, match=r"'bn' \(BatchNormalization\).*post-training quantization"
    ):
        ir.check_exact()  # ... but it has no exact form
    with pytest.raises(
        UnsupportedModelError, match=r"'bn' \(BatchNormalization\): BatchNormalization in a quantized"
    ):
        check_supported(model)  # and it is refused before conversion


def test_shared_layers_and_several_inputs_are_refused():
    k, q = keras(), qkeras()
    inp = k.Input((4,), name="x")
    shared = q.QDense(4, kernel_quantizer=_wq(), name="twice")
    with pytest.raises(UnsupportedModelError, match=r"'twice' \(QDense\) is called more than once"):
        parse(k.Model(inp, shared(shared(inp))), P)
    a, b = k.Input((4,), name="a"), k.Input((4,), name="b")
    with pytest.raises(UnsupportedModelError, match="has 2 inputs"):
        parse(k.Model([a, b], k.layers.Concatenate()([a, b])), P)
    with pytest.raises(UnsupportedModelError, match="subclassed"):

        class Sub(k.Model):
            def call(self, t):
                return t

        parse(Sub(), P)


def test_float_layers_parse_and_are_refused_only_where_exactness_is_needed():
    k = keras()
    inp = k.Input((4,), name="x")
    model = k.Model(inp, k.layers.Dense(2, activation="tanh", name="plain")(inp))
    ir = parse(model, P)  # parsing never fails for exactness reasons
    assert ir.get("plain").weights["kernel"].frac is None and ir.get("plain").activation == "tanh"
    problems = ir.exactness_problems()
    assert len(problems) == 1 and "'plain'" in problems[0] and "not fixed point" in problems[0]
    with pytest.raises(UnsupportedModelError, match="'plain'"):
        ir.predict(np.zeros((1, 4)))


def test_recurrent_layers_parse_and_trace():
    from fpgaml.config import ModelConfig
    from fpgaml.models import FAMILIES, BuildContext

    mc = ModelConfig(family="gru", params={"units": 4, "hidden": []})
    model = FAMILIES.get("gru").build(BuildContext((5, 3), 5, mc, True))
    ir = parse(model, P)
    gru = ir.get("gru")
    assert gru.kind == "recurrent" and gru.attrs["cell"] == "GRU"
    assert (gru.attrs["activation"], gru.attrs["recurrent_activation"]) == (
        "hls_tanh_1024",
        "hls_sigmoid_1024",
    )
    assert gru.attrs["state"].type == FixedType(True, 10, 1)  # quantized_bits(10, 0): the state grid
    assert list(gru.weights) == ["kernel", "recurrent_kernel", "bias"]
    assert all(w.frac is not None for w in gru.weights.values())
    ir.check_exact()  # the LUT gates and the state quantizer have an exact form
    x = ex.random_inputs(64, (5, 3), P, seed=4)
    np.testing.assert_array_equal(trace(ir).predict(x), ir.predict(x))
    import json

    row = json.loads(json.dumps(ir.summary()))[1]  # the report rows are JSON-ready
    assert row["name"] == "gru" and row["attrs"]["state"].startswith("fixed<10,1,RND_CONV,SAT>")


# ---- lookup-table gates and recurrent cells ---------------------------------------------------------------
@pytest.mark.parametrize("kind,size", [("sigmoid", 1024), ("tanh", 1024), ("tanh", 64)])
def test_lut_activation_integer_and_rtl_equal_the_keras_table(kind, size):
    """hls4ml's table sigmoid/tanh (fpgaml.models.lut) on values finer than the table input (2^-32: the
    rounding onto 2^-28 is exercised), on both sides of every index boundary and of zero, beyond the clip:
    the integer evaluation and the da4ml trace equal the TensorFlow lookup (float64) exactly."""
    from fpgaml._keras import tf
    from fpgaml.ir.tables import index_int
    from fpgaml.models import lut

    span = 16 if kind == "sigmoid" else 8
    step = span / size
    bounds = np.arange(-(size // 2) - 2, size // 2 + 3) * step  # every boundary, and beyond the range
    offsets = np.array([-(2.0**-27), -(2.0**-29), -(2.0**-30) * 3, 0.0, 2.0**-30, 2.0**-29, 2.0**-27])
    values = (bounds[:, None] + offsets[None, :]).reshape(-1, 1)
    values = np.round(values * 2.0**32) / 2.0**32
    # a value with 32 fraction bits from two inputs of 32 bits (the simulators carry 32-bit codes):
    # v = a + b / 256, a on the 2^-24 grid, 0 <= b < 2^-16
    a = np.floor(values * 2.0**24) / 2.0**24
    x = np.concatenate([a, (values - a) * 256], axis=1)
    join = Layer(
        "join", "dense", "Dense", [], (1,), {"kernel": Weight.from_ints([[256], [1]], 8, "join", "kernel")}
    )
    table = Layer("t", "activation", "Activation", [], (1,), activation=f"hls_{kind}_{size}")
    ir = ModelIR.chain([join, table], (2,), (True, 32, 8))  # 24 fraction bits
    np.testing.assert_array_equal(dict(ir.trace(x))["join"], values)
    expected = lut.lookup(tf().constant(values, dtype=tf().float64), kind, size).numpy()
    np.testing.assert_array_equal(ir.predict(x), expected)
    np.testing.assert_array_equal(trace(ir).predict(x), expected)
    # toward zero, not floor: sigmoid(-1/64 - 2^-28) reads entry trunc(-1 - 2^-22) + 512 = 511, not 510
    assert index_int(np.array([-(2**22) - 1]), 28, "sigmoid", 1024)[0] == 511
    assert np.sum(expected != expected[0]) > 0


@pytest.mark.parametrize("family", ["gru", "lstm"])
def test_recurrent_cells_every_path(family):
    """A small QGRU / QLSTM of the recurrent families (table gates, state quantizer) with random weights:
    the IR's unrolled integer evaluation == QKeras in float64 == the da4ml trace == the ONNX fold; a
    one-LSB change of one bias is seen."""
    from fpgaml.config import ModelConfig
    from fpgaml.models import FAMILIES, BuildContext

    mc = ModelConfig(family=family, params={"units": 4, "hidden": [4]})
    model = FAMILIES.get(family).build(BuildContext((6, 3), 5, mc, True))
    _randomise(model, 11)
    x = ex.random_inputs(200, (6, 3), P, seed=12, scale=1.0)
    x[:, 4:, :] = 0.0  # a zero-padded tail, as the jets have
    ir = parse(model, P)
    y = _check_all_paths(model, x, ir)

    mutated = ir.copy()
    bias = mutated.get(family).weights["bias"]
    ints = bias.ints
    ints.reshape(-1)[0] += 1  # one LSB of the first gate's bias of unit 0
    mutated.get(family).weights["bias"] = Weight.from_ints(ints, bias.frac, family, "bias")
    assert np.sum(mutated.predict(x).reshape(y.shape) != y) > 0


def test_recurrent_without_an_exact_form_is_refused_with_the_reason():
    from fpgaml.models.compat import patch_qkeras_recurrent

    patch_qkeras_recurrent()  # QKeras 0.9.0's QGRU on TF 2.21
    k, q = keras(), qkeras()
    inp = k.Input((4, 3), name="x")
    float_gates = q.QGRU(4, reset_after=True, state_quantizer=q.quantized_bits(10, 0, alpha=1), kernel_quantizer=_wq(),
                         recurrent_quantizer=_wq(), bias_quantizer=_wq(), name="g")(inp)  # fmt: skip
    ir = parse(k.Model(inp, float_gates), P)
    with pytest.raises(UnsupportedModelError, match=r"'g' \(QGRU\): activation .*lookup tables"):
        ir.check_exact()
    from fpgaml.models import lut

    no_state = q.QLSTM(4, activation=lut.activation("tanh", 1024), recurrent_activation=lut.activation(
        "sigmoid", 1024), kernel_quantizer=_wq(), recurrent_quantizer=_wq(), bias_quantizer=_wq(), name="l")(inp)  # fmt: skip
    ir = parse(k.Model(inp, no_state), P)
    with pytest.raises(
        UnsupportedModelError, match=r"'l' \(QLSTM\): no exact form without a fixed-point state"
    ):
        ir.check_exact()
    with pytest.raises(UnsupportedModelError, match="state quantizer"):
        trace(ir)


def test_input_checks():
    ir = parse(ex.cached_dense_model(), P)
    x = ex.random_inputs(4, (16,), P)
    with pytest.raises(InputError, match="grid"):
        ir.predict(x + 2.0**-12)
    bad = x.copy()
    bad[0, 0] = np.nan
    with pytest.raises(InputError, match="NaN"):
        ir.predict(bad)
    with pytest.raises(InputError, match="shape"):
        ir.predict(x[:, :15])
    with pytest.raises(InputError, match="input type"):
        parse(ex.cached_dense_model()).predict(x)


# ---- the shared weight -> quantizer table, mutations, reports ------------------------------------------------
def test_snap_uses_the_irs_weight_table():
    from fpgaml.models.base import snap_quantized_weights

    k, q = keras(), qkeras()
    inp = k.Input((6,))
    model = k.Model(inp, q.QDense(4, kernel_quantizer=_wq(), bias_quantizer=_wq(), name="fc")(inp))
    _randomise(model, 9)
    ir = parse(model, P)
    assert dict(KINDS.get("dense").weight_quantizers) == {
        "kernel": WEIGHT_QUANTIZERS["kernel"],
        "bias": WEIGHT_QUANTIZERS["bias"],
    }
    assert set(KINDS.get("recurrent").weight_quantizers) == {"kernel", "recurrent_kernel", "bias"}
    assert snap_quantized_weights(model) == 2
    kernel, bias = model.get_layer("fc").get_weights()
    np.testing.assert_array_equal(kernel, ir.get("fc").weights["kernel"].values)
    np.testing.assert_array_equal(bias, ir.get("fc").weights["bias"].values)


def test_a_one_lsb_weight_change_changes_the_outputs():
    """The IR is what is evaluated: a mutated copy disagrees with QKeras (so the comparisons can fail)."""
    model = ex.cached_dense_model()
    x = ex.random_inputs(300, (16,), P, seed=2)
    ir = parse(model, P)
    mutated = ir.copy()
    kernel = mutated.get("logits").weights["kernel"]
    ints = kernel.ints
    ints[3, 1] += 1
    mutated.get("logits").weights["kernel"] = Weight.from_ints(ints, kernel.frac, "logits", "kernel")
    y_q = predict_float64(model, x)
    np.testing.assert_array_equal(ir.predict(x), y_q)
    assert np.sum(mutated.predict(x) != y_q) > 0
    assert np.sum(trace(mutated).predict(x) != y_q) > 0


def test_describe_and_summary_name_every_layer():
    ir = parse(ex.cached_conv1d_model(), P)
    text = ir.describe()
    assert text.startswith("ModelIR") and "fixed<16,6>" in text
    for layer in ir.layers[1:]:
        assert f"{layer.name}: {layer.kind}" in text
    rows = ir.summary()
    assert [r["name"] for r in rows] == [layer.name for layer in ir]
    assert rows[1]["weights"]["kernel"]["frac"] == 5 and rows[2]["activation"].startswith("ufixed<6,0")
    hand = ModelIR.chain(
        [Layer("r", "activation", "QActivation", [], (2,), activation=Quantizer(FixedType(False, 4, 1)))],
        (2,),
        "fixed<8,4>",
    )
    assert hand.get("r").inputs == ["inputs"]
    # 1.5625 = 12.5 LSBs of ufixed<4,1>: the tie rounds to even (12 -> 1.5); half-up would give 1.625
    np.testing.assert_array_equal(hand.predict(np.array([[-1.0, 1.5625]])), [[0.0, 1.5]])
