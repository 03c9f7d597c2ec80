"""Models a user brings, honestly (issue 26): post-training quantization never silently zeroes a network, and
every QKeras quantizer is either converted bit for bit or refused by name before conversion.

The published hls4ml example models are not in the repository: each test writes a model of the same shape and
quantizers itself (small, fast) and runs the real tools (hls4ml, g++, da4ml, Verilator) where it converts.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from fpgaml._keras import keras
from fpgaml.config import PtqConfig

P = (True, 16, 6)


def _float_dense(widths: list[int], scale: float, seed: int = 0, spread: float | None = None) -> Any:
    """A float ReLU network 16 -> widths -> 5. Hidden kernels: N(0, scale/sqrt(fan_in)), or with ``spread``
    all near ``scale`` (``scale * (1 + spread * N(0, 1))``: small weights that still carry the signal through
    a 100-wide layer, as in hls4ml's keras_dense_16x100x100x100x100x100x5 example). The logits: N(0, 1)."""
    k = keras()
    rng = np.random.default_rng(seed)
    inp = k.Input((16,), name="inputs")
    x = inp
    for i, w in enumerate(widths):
        x = k.layers.Dense(w, activation="relu", name=f"fc{i + 1}")(x)
    out = k.layers.Dense(5, name="logits")(x)
    model = k.Model(inp, out, name="small_weights")
    for layer in model.layers:
        if layer.weights:
            kern, bias = layer.get_weights()
            if layer.name == "logits":
                kern = rng.normal(size=kern.shape)
            elif spread is None:
                kern = rng.normal(size=kern.shape) * scale / np.sqrt(len(kern))
            else:
                kern = scale * (1 + spread * rng.normal(size=kern.shape))
            layer.set_weights([kern.astype(np.float32), np.zeros_like(bias)])
    return model


def _x(n: int = 2000, seed: int = 1) -> np.ndarray:
    return np.random.default_rng(seed).normal(size=(n, 16)).astype(np.float32)


# ---- item 2: PTQ and small weights ------------------------------------------------------------------------
def test_small_weights_keep_their_bits_and_the_network_its_signal() -> None:
    """16-100x5-5 with every hidden weight below half the LSB the old weight type had (it never took negative
    integer bits): all 41,600 hidden weights quantized to 0 and the firmware was constant. With 6-bit weights
    here (the example had 10-bit weights below 2**-10, the same ratio): each now keeps its significant bits."""
    from fpgaml import ptq
    from fpgaml._keras import tf
    from fpgaml.ir import parse
    from fpgaml.quantize import to_grid

    model = _float_dense([100] * 5, scale=0.009, spread=0.1)
    x = _x()
    qmodel, report = ptq.quantize(model, x, PtqConfig(weight_bits=6))
    for layer in qmodel.layers[1:-1]:  # what the firmware gets: the quantized hidden kernels
        kq = np.asarray(layer.kernel_quantizer_internal(tf().constant(layer.get_weights()[0])))
        assert np.count_nonzero(kq) == kq.size, (
            f"{layer.name}: {kq.size - np.count_nonzero(kq)} weights are 0"
        )
    assert report.problems == []
    hidden = [r for r in report.layers if r.name.startswith("fc")]
    assert all(r.weight_max < 2.0**-6 for r in hidden)  # the case: below half the old LSB, 2**-5
    assert sum(int(np.prod(model.get_layer(r.name).get_weights()[0].shape)) for r in hidden) == 41_600
    assert all(r.weights_zeroed == 0 for r in hidden), [(r.name, r.zeroed_fraction) for r in hidden]
    assert all(r.weight_type == "fixed<12,1>" for r in hidden)  # 6 bits below 2**-6: fixed<6,-5>'s grid
    assert all(not r.signal_lost for r in report.layers)
    xg = to_grid(x[:500], *P)
    y = parse(qmodel, P).check_exact().predict(xg)
    assert np.ptp(y, axis=0).min() > 0  # every output varies: the firmware is not constant
    y_float = np.asarray(model(xg), np.float64)
    assert np.mean(y.argmax(1) == y_float.argmax(1)) > 0.95  # and it is the float network's function


def test_a_layer_that_loses_its_weights_or_its_signal_is_a_failed_check_naming_it() -> None:
    from fpgaml import ptq

    model = _float_dense([16, 16], scale=1.0)
    kern, bias = model.get_layer("fc2").get_weights()
    kern = kern * 1e-4
    kern[0, 0] = 4.0  # one large weight sets the type; the others are below its LSB
    model.get_layer("fc2").set_weights([kern, bias])
    _, report = ptq.quantize(model, _x(), PtqConfig(weight_bits=8))
    (problem,) = [p for p in report.problems if "quantize to 0" in p]
    assert "layer 'fc2' (Dense)" in problem and "train.ptq.max_zeroed_fraction = 0.5" in problem
    assert next(r for r in report.layers if r.name == "fc2").zeroed_fraction > 0.99
    _, report = ptq.quantize(model, _x(), PtqConfig(weight_bits=8, max_zeroed_fraction=1.0))
    assert not [p for p in report.problems if "quantize to 0" in p]  # the threshold is the setting's

    signal = _float_dense([8], scale=1e-3)
    kern, bias = signal.get_layer("fc1").get_weights()
    signal.get_layer("fc1").set_weights([kern, bias + 100.0])  # ~100 +- 0.001: below act_bits' LSB at 100
    _, report = ptq.quantize(signal, _x(), PtqConfig(act_bits=8))
    lost = [p for p in report.problems if "signal is lost" in p]
    assert len(lost) == 1 and "layer 'fc1' (Dense)" in lost[0], report.problems
