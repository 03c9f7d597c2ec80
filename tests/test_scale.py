"""The input scaling in the firmware (``data.standardize: firmware``, :mod:`fpgaml.ir.kinds.scale`).

One layer kind, five implementations that must agree bit for bit on raw inputs: the Keras layer (QKeras model,
evaluated in float64), fpgaml's integer reference (IR), hls4ml's C-simulation of the extension's HLS function,
da4ml's trace (RTL) and the ONNX fold. Raw inputs include padded particles (all features 0), values that
saturate the scaled type, and exact rounding ties. A one-LSB change of one firmware constant is seen.
"""

from __future__ import annotations

from pathlib import Path

import examples as ex
import numpy as np
import pytest

from fpgaml.config import from_dict, parse_fixed
from fpgaml.errors import ConfigError
from fpgaml.ir import FixedType, parse
from fpgaml.ir.kinds.scale import input_scale_layer, scaling_constants

RAW = "fixed<14,8>"  # LSB 2^-6, [-128, 128)


def test_scaling_constants_hand_worked() -> None:
    # raw fixed<10,4>: 6 fraction bits. mean 1.3 -> 83.2 codes -> 83; mean -0.2 -> -12.8 -> -13.
    # 1/0.25 = 4 with 3 significant bits: 4 * 2^0 = 4 (frac 0); 1/3 = 0.333: 5.33 * 2^-4 -> 5 (frac 4).
    # Common fraction 4: 4 -> 64, 5 -> 5.
    offset, ints, frac = scaling_constants([1.3, -0.2], [0.25, 3.0], FixedType.parse("fixed<10,4>"), 3)
    assert offset.tolist() == [83, -13]
    assert ints.tolist() == [64, 5]
    assert frac == 4
    # one significant bit: powers of two (1/3 -> 0.25: 0.333 * 2^2 = 1.33 -> 1 at frac 2)
    _, ints1, frac1 = scaling_constants([0.0, 0.0], [0.25, 3.0], FixedType.parse("fixed<10,4>"), 1)
    assert (ints1 * 2.0**-frac1).tolist() == [4.0, 0.25]


def test_scaling_constants_refuse_a_mean_outside_the_raw_type() -> None:
    with pytest.raises(ConfigError, match=r"cannot hold the mean of input feature\(s\) \[1\]"):
        scaling_constants([0.0, 300.0], [1.0, 1.0], FixedType.parse("fixed<12,8>"), 8)


def _model(shape: tuple[int, ...], st: dict, scale_bits: int, pad: bool):
    from fpgaml._keras import keras, qkeras

    k, q = keras(), qkeras()
    inp = k.Input(shape)
    x = input_scale_layer(st, RAW, "fixed<10,4>", scale_bits, pad, True)(inp)
    if len(shape) > 1:
        x = k.layers.Flatten(name="flat")(x)
    x = q.QDense(
        3,
        kernel_quantizer="quantized_bits(6,0,alpha=1)",
        bias_quantizer="quantized_bits(6,0,alpha=1)",
        name="d",
    )(x)
    return k.Model(inp, x, name="scaled")


def _raw_inputs(shape: tuple[int, ...], st: dict, pad: bool) -> np.ndarray:
    from fpgaml.quantize import to_grid

    rng = np.random.default_rng(3)
    n_feat = shape[-1]
    mean, std = np.asarray(st["mean"]), np.asarray(st["std"])
    x = rng.normal(size=(3000, *shape)) * std * 3 + mean  # 3 std: the scaled type fixed<10,4> saturates at 8
    x[:50] = mean + 30 * std  # far out: saturates
    if pad:
        x[:, -2:, :] = 0.0  # the two last particles are padding in every jet
        x[100:200, 1:, :] = 0.0  # jets with one particle
    x = to_grid(x.reshape(len(x), -1), *parse_fixed(RAW)).reshape(x.shape)
    assert x.shape[-1] == n_feat
    return x


@pytest.mark.parametrize(
    ("shape", "pad", "scale_bits"),
    [((5,), False, 12), ((5,), False, 1), ((4, 3), True, 6)],
    ids=["features-12bit", "features-pow2", "particles-padded"],
)
def test_every_implementation_agrees_bit_for_bit(tmp_path: Path, shape, pad, scale_bits) -> None:
    import hls4ml

    from fpgaml._keras import keras2_as_keras
    from fpgaml.gpu.fold import fold_ir
    from fpgaml.hls import extension_sources, register_extensions
    from fpgaml.modelio import predict_float64
    from fpgaml.rtl.trace import trace_arrays

    n_feat = shape[-1]
    st = {"mean": [3.0, -0.4, 10.0, 0.0, 1.5][:n_feat], "std": [0.7, 0.05, 6.0, 1.0, 2.5][:n_feat]}
    model = _model(shape, st, scale_bits, pad)
    x = _raw_inputs(shape, st, pad)
    ir = parse(model, RAW).check_exact()
    y_ir = ir.predict(x)
    # the scaled values saturate for some inputs and tie exactly for others: both paths are exercised
    scaled, frac = ir.trace(x)[0][1], 6
    assert np.any(np.abs(scaled) == 8 - 2.0**-frac) and np.any(scaled == 0)
    # QKeras (float64), ONNX fold
    np.testing.assert_array_equal(predict_float64(model, x), y_ir)
    np.testing.assert_array_equal(fold_ir(ir)(x.astype(np.float64)).numpy().astype(np.float64), y_ir)
    # da4ml trace (the RTL's arithmetic)
    from da4ml.trace import comb_trace

    inp, out = trace_arrays(ir)
    y_rtl = comb_trace(inp, out).predict(x.reshape(len(x), -1)).reshape(y_ir.shape)
    np.testing.assert_array_equal(y_rtl, y_ir)
    # hls4ml C-simulation of the extension's HLS function
    register_extensions()
    with keras2_as_keras():
        cfg = hls4ml.utils.config_from_keras_model(model, granularity="name", backend="Vitis")
        cfg["LayerName"][model.layers[0].name]["Precision"]["result"] = RAW
        hm = hls4ml.converters.convert_from_keras_model(
            model, hls_config=cfg, output_dir=str(tmp_path / "prj"), backend="Vitis", io_type="io_parallel"
        )
    hm.config.config["KerasModel"] = None  # as fpgaml.hls.convert: hls4ml would pickle the Keras model
    with extension_sources(hm):  # the scaling header, for this project only
        ex.compile_hls(hm)
    y_hls = np.asarray(hm.predict(np.ascontiguousarray(x, dtype=np.float64)), np.float64).reshape(y_ir.shape)
    np.testing.assert_array_equal(y_hls, y_ir)
    # one LSB on one firmware constant is seen by the comparison: the offset's (raw grid), or the scale's at
    # the multiplier's own precision (scale_bits significant bits of feature 0's 1/std)
    for attr, step in (("offset", 2.0**-6), ("scale", 2.0 ** (np.floor(np.log2(1 / 0.7)) - scale_bits + 1))):
        mutated = ir.copy()
        layer = mutated.layers[1]
        assert layer.kind == "input_scale"
        layer.attrs[attr][0] += step
        assert np.any(mutated.predict(x) != y_hls), attr


def test_padded_particles_stay_zero_and_float_reference_standardises() -> None:
    from fpgaml._keras import keras
    from fpgaml.data.loader import apply_standardization

    st = {"mean": [3.0, -0.4, 10.0], "std": [0.7, 0.05, 6.0], "feature_names": ["a", "b", "c"]}
    x = _raw_inputs((4, 3), st, pad=True)
    k = keras()
    inp = k.Input((4, 3))
    q_model = k.Model(inp, input_scale_layer(st, RAW, "fixed<10,4>", 8, True, True)(inp))
    f_model = k.Model(inp, input_scale_layer(st, RAW, "fixed<10,4>", 8, True, False)(inp))
    yq, yf = q_model(x).numpy(), f_model(x).numpy()
    pad = np.all(x == 0, axis=-1)
    assert pad.sum() >= 6000
    assert np.all(yq[pad] == 0) and np.all(yf[pad] == 0)
    # the float reference's layer is the software standardisation (to float32 rounding)
    np.testing.assert_allclose(yf, apply_standardization(x, st), rtol=1e-5, atol=1e-5)


def _cfg(**data: object) -> dict:
    return {"name": "t", "data": {"standardize": "firmware", **data}, "model": {"family": "dense"}}


def test_config_refuses_what_firmware_scaling_cannot_serve(tmp_path: Path) -> None:
    ok = from_dict(_cfg())
    assert ok.model.scaling.precision == "fixed<16,6>" and ok.model.scaling.scale_bits == 12
    pre = _cfg()
    model_file = tmp_path / "m.h5"
    model_file.write_bytes(b"")
    pre["train"] = {"pretrained": str(model_file)}
    with pytest.raises(ConfigError, match=r"data\.standardize.*pretrained"):
        from_dict(pre)
    stream = _cfg()
    stream["convert"] = {"io_type": "io_stream"}
    with pytest.raises(ConfigError, match=r"data\.standardize.*io_parallel"):
        from_dict(stream)
    bad = _cfg()
    bad["model"]["scaling"] = {"scale_bits": 0}
    with pytest.raises(ConfigError, match="scale_bits"):
        from_dict(bad)


def test_a_saved_scaled_model_loads_without_the_code_opt_in(tmp_path: Path) -> None:
    from fpgaml import modelio

    st = {"mean": [3.0, -0.4], "std": [0.7, 0.05]}
    model = _model((2,), st, 8, False)
    path = tmp_path / "m.h5"
    modelio.save_model(model, path)
    back = modelio.load_model(path)  # fpgaml's own layer: no trust_model_code needed
    x = _raw_inputs((2,), st, False)
    np.testing.assert_array_equal(predict_float64(back, x), predict_float64(model, x))


def predict_float64(model, x):
    from fpgaml.modelio import predict_float64 as p

    return p(model, x)
