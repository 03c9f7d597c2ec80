"""fpgaml's integer fixed-point reference (the layer IR: `fpgaml.ir.parse(model, type).check_exact()`)
against QKeras and against hls4ml's C-simulation."""

from __future__ import annotations

import examples as ex
import numpy as np
import pytest

from fpgaml.errors import InputError, UnsupportedModelError
from fpgaml.ir import FixedType, ModelIR, Quantizer, parse, round_half_even_shift

P = (True, 16, 6)  # fixed<16,6>


@pytest.fixture(scope="module")
def dense():
    model = ex.cached_dense_model()
    x = ex.random_inputs(2000, (16,), P, seed=1)
    return model, x, parse(model, P).check_exact()


def _float32_exact(fp: ModelIR, x: np.ndarray) -> np.ndarray:
    """Per sample: True when every intermediate value is exactly representable in float32."""
    ok = np.ones(len(x), dtype=bool)
    for _, values in fp.trace(x):
        v = values.reshape(len(x), -1)
        ok &= np.all(v.astype(np.float32).astype(np.float64) == v, axis=1)
    return ok


def test_dense_matches_qkeras(dense):
    model, x, fp = dense
    y = fp.predict(x)
    yq = model.predict(x, verbose=0).astype(np.float64)
    equal = y == yq
    assert equal.mean() >= 0.999
    # Every difference is explained: QKeras computes in float32 and that sample needed more bits somewhere.
    diff_rows = ~equal.all(axis=1)
    assert not np.any(diff_rows & _float32_exact(fp, x))


def test_dense_matches_csim_exactly(dense, tmp_path):
    model, x, fp = dense
    y_csim = ex.cached_csim(("dense16",), model, x, P, str(tmp_path / "hls"))
    np.testing.assert_array_equal(fp.predict(x), y_csim)


@pytest.mark.parametrize(("padding", "strides"), [("valid", 1), ("same", 2)])
def test_conv1d_matches_qkeras_and_csim(padding, strides, tmp_path):
    model = ex.cached_conv1d_model(padding, strides)
    x = ex.random_inputs(300, (16, 3), P, seed=2)
    fp = parse(model, P).check_exact()
    y = fp.predict(x)
    assert (y == model.predict(x, verbose=0).astype(np.float64)).mean() >= 0.999
    if padding == "valid":  # one hls4ml compile in the default run; both layouts are exact vs QKeras
        y_csim = ex.cached_csim(("conv", padding, strides), model, x, P, str(tmp_path / "hls"))
        np.testing.assert_array_equal(y, y_csim)


def test_relu_rounds_half_to_even_like_qkeras():
    from fpgaml._keras import qkeras

    q = qkeras().quantized_relu(6, 0)
    # every tie n + 1/2 of the 2**-6 grid in range, plus neighbours and out-of-range values
    codes = np.arange(-8, 70 * 4) / 4.0  # in units of the output LSB, steps of a quarter
    x = codes / 64.0
    expected = np.asarray(q(x.astype(np.float32)).numpy(), dtype=np.float64)
    layer = Quantizer(FixedType(False, 6, 0))  # ufixed<6,0,RND_CONV,SAT>
    got_int, frac = layer.apply_int(np.round(x * 2**8).astype(np.int64), 8)
    np.testing.assert_array_equal(got_int * 2.0**-frac, expected)
    ties = (codes % 1 == 0.5) & (codes > 0) & (codes < 63)
    assert ties.sum() > 50  # the check covered ties, where half-up would differ on every other one


def test_quantized_bits_activation_like_qkeras():
    from fpgaml._keras import qkeras

    for symmetric in (0, 1):
        q = qkeras().quantized_bits(6, 2, keep_negative=1, alpha=1, symmetric=symmetric)
        x = np.arange(-40 * 8, 40 * 8) / 8.0 / 8.0  # quarter... eighths of the 2**-3 LSB, past saturation
        expected = np.asarray(q(x.astype(np.float32)).numpy(), dtype=np.float64)
        layer = Quantizer(FixedType(True, 6, 3), overflow="SAT_SYM" if symmetric else "SAT")
        got, frac = layer.apply_int(np.round(x * 2**6).astype(np.int64), 6)
        np.testing.assert_array_equal(got * 2.0**-frac, expected)


def test_round_half_even_shift_against_numpy_rint():
    rng = np.random.default_rng(0)
    v = rng.integers(-(2**20), 2**20, size=10000)
    for shift in (1, 3, 7):
        np.testing.assert_array_equal(
            round_half_even_shift(v, shift), np.rint(v / 2.0**shift).astype(np.int64)
        )


def test_unsupported_layer_is_named():
    from fpgaml._keras import keras, qkeras

    k, q = keras(), qkeras()
    inp = k.Input((16,))
    x = q.QDense(
        8, kernel_quantizer=q.quantized_bits(6, 0, alpha=1), bias_quantizer=q.quantized_bits(6, 0, alpha=1)
    )(inp)
    x = k.layers.BatchNormalization(name="bn_here")(x)
    with pytest.raises(UnsupportedModelError, match="bn_here"):
        parse(k.Model(inp, x), P).check_exact()


def test_float_weights_are_refused():
    from fpgaml._keras import keras

    k = keras()
    inp = k.Input((4,))
    model = k.Model(inp, k.layers.Dense(2, name="plain_dense")(inp))
    with pytest.raises(UnsupportedModelError, match="plain_dense"):
        parse(model, P).check_exact()


def test_inputs_off_the_grid_are_refused(dense):
    _, x, fp = dense
    with pytest.raises(InputError, match="grid"):
        fp.predict(x + 2.0**-12)
