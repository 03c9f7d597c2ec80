"""A catalogue of networks a trigger developer might bring, in the formats they are shared in.

Each variant is written by the test itself (every file format × Sequential/Functional, float/quantized,
with/without softmax and batch-norm, binary/ternary weights, wrapped layers, non-jet input shapes,
regression and autoencoder outputs) and either

* RUNS: loaded by fpgaml's loader, quantized after training if it is a float network (``fpgaml.ptq``),
  converted with hls4ml, C-simulated and simulated as RTL (Verilator), with C-sim == fixed-point model (the
  IR) == QKeras and RTL == C-sim on every output — the same library calls the flow's stages make; or
* is REFUSED before conversion with a message naming the layer and the alternative.

Nothing here is a stand-in: the C-sim and RTL are compiled and run. Inputs are on the firmware's input grid.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import h5py
import numpy as np
import pytest

from fpgaml._keras import keras, qkeras
from fpgaml.config import ConvertConfig, ModelConfig, PtqConfig
from fpgaml.errors import FpgamlError, UnsupportedModelError
from fpgaml.ir import parse
from fpgaml.quantize import to_grid

P = (True, 16, 6)


# ---- building blocks -----------------------------------------------------------------------------------
def _wq(bits: int = 6) -> Any:
    return qkeras().quantized_bits(bits, 0, alpha=1)


def _qdense(units: int, name: str, **kw: Any) -> Any:
    return qkeras().QDense(units, kernel_quantizer=kw.pop("kq", _wq()), bias_quantizer=_wq(), name=name, **kw)


def _fit(model: Any, x: np.ndarray, y: np.ndarray, loss: str) -> Any:
    """A short training on random data: weights move off their initial values (not a good model)."""
    model.compile(optimizer=keras().optimizers.Adam(1e-2), loss=loss)
    model.fit(x, y, epochs=2, batch_size=64, verbose=0)
    return model


def _data(shape: tuple[int, ...], n: int = 512, n_out: int = 5, task: str = "classification", seed: int = 0):
    rng = np.random.default_rng(seed)
    x = rng.normal(size=(n, *shape)).astype(np.float32)
    flat = x.reshape(n, -1)
    if task == "classification":
        y = np.argmax(flat[:, :n_out] + 0.3 * flat[:, -n_out:], axis=1)
        loss = "sparse_categorical_crossentropy"
    elif task == "regression":
        y = np.stack([flat.sum(1), (flat[:, 0] * flat[:, 1])][:n_out], axis=1)
        loss = "mse"
    else:  # autoencoder
        y, loss = flat, "mse"
    return x, y, loss


# ---- the file formats people share ---------------------------------------------------------------------
def save_h5(model: Any, d: Path) -> dict[str, Any]:
    path = d / "model.h5"
    model.save(path)
    return {"path": path}


def save_json_weights(model: Any, d: Path) -> dict[str, Any]:
    (d / "model.json").write_text(model.to_json())
    model.save_weights(d / "weights.h5")
    return {"path": d / "model.json", "weights": d / "weights.h5"}


def save_old_layout(model: Any, d: Path) -> dict[str, Any]:
    """A Keras 2 h5 whose ``model_config.config`` is the bare list of layers (older files)."""
    path = d / "old.h5"
    model.save(path)
    with h5py.File(path, "r+") as f:
        arch = json.loads(f.attrs["model_config"])
        if isinstance(arch["config"], dict) and arch["class_name"] == "Sequential":
            arch["config"] = arch["config"]["layers"]
        f.attrs["model_config"] = json.dumps(arch)
    return {"path": path}


def save_savedmodel(model: Any, d: Path) -> dict[str, Any]:
    path = d / "saved_model"
    model.save(path, save_format="tf")
    return {"path": path}


# ---- the catalogue -------------------------------------------------------------------------------------
@dataclass
class Variant:
    name: str
    build: Callable[[], tuple[Any, np.ndarray]]  # (model, calibration/input data)
    save: Callable[[Any, Path], dict[str, Any]] = save_h5
    refused: str = ""  # a regex the refusal must match; "" = it must run


def _dense_functional(softmax: str = "", out: int = 5, task: str = "classification", shape=(16,)):
    def build() -> tuple[Any, np.ndarray]:
        k = keras()
        x, y, loss = _data(shape, n_out=out, task=task)
        inp = k.Input(shape, name="inputs")
        h = k.layers.Flatten(name="flat")(inp) if len(shape) > 1 else inp
        h = _qdense(8, "fc1")(h)
        h = qkeras().QActivation(qkeras().quantized_relu(6, 0), name="r1")(h)
        if softmax == "fused":
            o = _qdense(out, "out", activation="softmax")(h)
        else:
            o = _qdense(out, "out")(h)
            if softmax == "layer":
                o = k.layers.Activation("softmax", name="sm")(o)
        model = k.Model(inp, o, name="theirs")
        loss = "sparse_categorical_crossentropy" if softmax else loss
        if task == "classification" and not softmax:
            loss = k.losses.SparseCategoricalCrossentropy(from_logits=True)
        return _fit(model, x, y, loss), x

    return build


def _dense_sequential(kq: Any = None, act: Any = None, prune: bool = False):
    def build() -> tuple[Any, np.ndarray]:
        k, q = keras(), qkeras()
        x, y, _ = _data((16,))
        layers = [
            k.Input((16,)),
            q.QDense(8, kernel_quantizer=kq or _wq(), bias_quantizer=_wq(), name="fc1"),
            q.QActivation(act or q.quantized_relu(6, 0), name="a1"),
            k.layers.Dropout(0.2, name="drop"),
            q.QDense(5, kernel_quantizer=_wq(), bias_quantizer=_wq(), name="out"),
        ]
        model = _fit(
            k.Sequential(layers, name="seq"), x, y, k.losses.SparseCategoricalCrossentropy(from_logits=True)
        )
        if prune:
            w, b = model.get_layer("fc1").get_weights()
            w[np.abs(w) < np.quantile(np.abs(w), 0.5)] = 0.0
            model.get_layer("fc1").set_weights([w, b])
        return model, x

    return build


def _conv1d(float_model: bool = False, batchnorm: bool = False):
    def build() -> tuple[Any, np.ndarray]:
        k, q = keras(), qkeras()
        x, y, _ = _data((8, 3))
        inp = k.Input((8, 3), name="particles")
        if float_model:
            h = k.layers.Conv1D(4, 3, name="conv")(inp)
            if batchnorm:
                h = k.layers.BatchNormalization(name="bn")(h)
            h = k.layers.Activation("relu", name="r")(h)
        else:
            h = q.QConv1D(4, 3, kernel_quantizer=_wq(), bias_quantizer=_wq(), name="conv")(inp)
            h = q.QActivation(q.quantized_relu(6, 0), name="r")(h)
        h = k.layers.MaxPooling1D(2, name="pool")(h)
        h = k.layers.Flatten(name="flat")(h)
        out = (k.layers.Dense(5, name="out") if float_model else _qdense(5, "out"))(h)
        model = k.Model(inp, out)
        return _fit(model, x, y, k.losses.SparseCategoricalCrossentropy(from_logits=True)), x

    return build


def _float_dense(batchnorm: bool = False, softmax: bool = True, sequential: bool = False, out: int = 5,
                 task: str = "classification", act: str = "relu"):  # fmt: skip
    def build() -> tuple[Any, np.ndarray]:
        k = keras()
        x, y, loss = _data((16,), n_out=out, task=task)
        layers = [k.layers.Dense(12, name="fc1")]
        if batchnorm:
            layers.append(k.layers.BatchNormalization(name="bn1"))
        layers.append(k.layers.Activation(act, name="a1"))
        layers.append(k.layers.Dense(out, name="out", activation="softmax" if softmax else "linear"))
        if sequential:
            model = k.Sequential([k.Input((16,)), *layers], name="float_seq")
        else:
            inp = k.Input((16,), name="inputs")
            h = inp
            for layer in layers:
                h = layer(h)
            model = k.Model(inp, h, name="float_functional")
        if task == "classification" and not softmax:
            loss = k.losses.SparseCategoricalCrossentropy(from_logits=True)
        model = _fit(model, x, y, loss)
        if batchnorm:  # make the folding matter: non-trivial statistics
            bn = model.get_layer("bn1")
            rng = np.random.default_rng(1)
            bn.set_weights(
                [
                    rng.uniform(0.5, 2, 12),
                    rng.normal(0, 0.5, 12),
                    rng.normal(0, 0.3, 12),
                    rng.uniform(0.2, 3, 12),
                ]
            )
        return model, x

    return build


def _autoencoder():
    def build() -> tuple[Any, np.ndarray]:
        k = keras()
        x, y, loss = _data((16,), task="autoencoder")
        inp = k.Input((16,), name="inputs")
        h = qkeras().QActivation(qkeras().quantized_relu(8, 2), name="r1")(_qdense(4, "enc")(inp))
        out = _qdense(16, "dec", kq=_wq(8))(h)
        return _fit(k.Model(inp, out, name="ae"), x, y, loss), x

    return build


def _wrapped(wrapper: str):
    def build() -> tuple[Any, np.ndarray]:
        k = keras()
        x, _y, _ = _data((8, 3))
        inp = k.Input((8, 3))
        if wrapper == "TimeDistributed":
            h = k.layers.TimeDistributed(_qdense(4, "inner"), name="td")(inp)
        else:
            h = k.layers.Bidirectional(k.layers.GRU(4, name="gru"), name="bidi")(inp)
        out = k.layers.Dense(5, name="out")(k.layers.Flatten()(h))
        return k.Model(inp, out), x

    return build


def _simple(layer: Callable[[], Any], shape: tuple[int, ...] = (16,), float_out: bool = False):
    def build() -> tuple[Any, np.ndarray]:
        k = keras()
        x, _, _ = _data(shape)
        inp = k.Input(shape)
        h = layer()(inp)
        if len(h.shape) > 2:
            h = k.layers.Flatten()(h)
        out = (k.layers.Dense(5) if float_out else _qdense(5, "out"))(h)
        return k.Model(inp, out), x

    return build


def _qbn():
    def build() -> tuple[Any, np.ndarray]:
        k = keras()
        x, _, _ = _data((16,))
        inp = k.Input((16,))
        h = k.layers.BatchNormalization(name="bn")(_qdense(8, "fc1")(inp))
        return k.Model(inp, _qdense(5, "out")(h)), x

    return build


#: Every variant that runs is C-simulated and compared with the IR and QKeras; the RTL (which starts from the
#: IR, not the file) runs on one variant of each network structure. The variants that skip it, each with the
#: variant whose network it is (the same layers, quantizers and training; saved otherwise or built with the
#: other Keras API), which does run it
RTL_STRATA = {
    "qkeras-sequential-json-weights": "qkeras-sequential-h5",
    "qkeras-sequential-old-bare-list-h5": "qkeras-sequential-h5",
    "qkeras-functional-savedmodel": "qkeras-functional-h5",
    "float-sequential-json-weights-ptq": "float-functional-softmax-ptq",
}


CATALOGUE = [
    # ---- runs --------------------------------------------------------------------------------------------
    Variant("qkeras-functional-h5", _dense_functional()),
    Variant("qkeras-sequential-h5", _dense_sequential()),
    Variant("qkeras-sequential-json-weights", _dense_sequential(), save_json_weights),
    Variant("qkeras-sequential-old-bare-list-h5", _dense_sequential(), save_old_layout),
    Variant("qkeras-functional-savedmodel", _dense_functional(), save_savedmodel),
    Variant("qkeras-softmax-layer-stripped", _dense_functional(softmax="layer")),
    Variant("qkeras-softmax-fused-stripped", _dense_functional(softmax="fused"), save_json_weights),
    Variant("qkeras-binary-weights", _dense_sequential(kq="binary(alpha=1)")),
    Variant("qkeras-ternary-weights", _dense_sequential(kq="ternary(alpha=1)")),
    Variant("qkeras-signed-quantized-bits-activation", _dense_sequential(act="quantized_bits(8,2,alpha=1)")),
    Variant("qkeras-pruned-weights", _dense_sequential(prune=True)),
    Variant("qkeras-non-jet-4x4-input", _dense_functional(shape=(4, 4))),
    Variant("qkeras-conv1d-particles", _conv1d()),
    Variant("qkeras-regression-2-outputs", _dense_functional(out=2, task="regression")),
    Variant("qkeras-autoencoder", _autoencoder()),
    Variant("float-functional-softmax-ptq", _float_dense()),
    Variant("float-batchnorm-ptq", _float_dense(batchnorm=True)),
    Variant("float-sequential-json-weights-ptq", _float_dense(sequential=True), save_json_weights),
    Variant("float-regression-ptq", _float_dense(softmax=False, out=2, task="regression")),
    Variant("float-conv1d-batchnorm-ptq", _conv1d(float_model=True, batchnorm=True)),
    # ---- refused -----------------------------------------------------------------------------------------
    Variant(
        "qkeras-float-batchnorm", _qbn(), refused=r"'bn' \(BatchNormalization\).*post-training quantization"
    ),
    Variant("time-distributed", _wrapped("TimeDistributed"), refused=r"'td' \(TimeDistributed\)"),
    Variant("bidirectional-gru", _wrapped("Bidirectional"), refused=r"'bidi' \(Bidirectional\)"),
    Variant("float-tanh-ptq", _float_dense(act="tanh"), refused=r"'a1' \(Activation\): activation 'tanh'"),
    Variant(
        "conv2d",
        _simple(lambda: keras().layers.Conv2D(2, 2, name="c2d"), (4, 4, 1)),
        refused=r"'c2d' \(Conv2D\)",
    ),
    Variant(
        "simple-rnn",
        _simple(lambda: qkeras().QSimpleRNN(4, name="rnn"), (6, 3)),
        refused=r"'rnn' \(QSimpleRNN\).*GRU/LSTM",
    ),
    Variant(
        "binary-weights-scaled-auto-po2",
        _dense_sequential(kq="binary"),
        refused=r"'fc1'.*binary\(alpha='auto_po2'\).*ApplyAlpha.*use alpha=1",
    ),
    Variant(
        "alpha-auto-weights",
        _dense_sequential(kq="quantized_bits(6,0,alpha='auto')"),
        refused=r"'fc1'.*not fixed point",
    ),
    Variant(
        "float-model-with-lstm-ptq",
        _simple(lambda: keras().layers.LSTM(4, name="lstm"), (6, 3), float_out=True),
        refused=r"'lstm' \(LSTM\): fpgaml's PTQ quantizes",
    ),
]


def _check_refused(v: Variant, tmp_path: Path) -> None:
    from fpgaml import ptq
    from fpgaml.modelio import load_model
    from fpgaml.models.support import check_supported

    model, x = v.build()
    files = v.save(model, tmp_path)
    loaded = load_model(files["path"], weights=files.get("weights"))
    with pytest.raises(FpgamlError, match=v.refused) as info:
        if ptq.is_float_model(loaded):
            ptq.quantize(loaded, x, PtqConfig())
        check_supported(loaded)
    assert isinstance(info.value, UnsupportedModelError), info.value


def _run(v: Variant, tmp_path: Path, rtl_cache: Path) -> dict[str, Any]:
    """Load -> (PTQ) -> strip softmax -> hls4ml -> C-sim and RTL, compared with the IR and QKeras."""
    from fpgaml import hls, ptq
    from fpgaml.csim import compile_project
    from fpgaml.modelio import load_model, predict_float64, without_softmax
    from fpgaml.rtl import run_rtl

    model, x_raw = v.build()
    files = v.save(model, tmp_path)
    loaded = load_model(files["path"], weights=files.get("weights"))
    floated = ptq.is_float_model(loaded)
    qmodel = ptq.quantize(loaded, x_raw, PtqConfig())[0] if floated else loaded
    fw = without_softmax(qmodel)
    x = to_grid(x_raw[:200], *P)
    ir = parse(fw, P).check_exact()
    y_ir = ir.predict(x)
    hls.convert(fw, ModelConfig(), ConvertConfig(), tmp_path / "prj")
    y_csim = compile_project(tmp_path / "prj", tmp_path / "build", "-O1").predict(x)
    np.testing.assert_array_equal(y_csim, y_ir.reshape(len(x), -1))
    np.testing.assert_array_equal(predict_float64(fw, x), y_ir.reshape(len(x), -1))
    assert np.ptp(y_csim) > 0, "constant firmware outputs"
    if v.name in RTL_STRATA:
        return {"floated": floated, "cycles": None}
    rtl = run_rtl(ir, x, tmp_path / "rtl", y_csim=y_csim, cache_dir=rtl_cache)
    assert rtl.exact and rtl.n_equal_csim == rtl.n_outputs == y_csim.size
    return {"floated": floated, "cycles": rtl.latency_cycles}


@pytest.mark.slow
@pytest.mark.parametrize("variant", CATALOGUE, ids=[v.name for v in CATALOGUE])
def test_catalogue(variant: Variant, tmp_path: Path, rtl_cache: Path) -> None:
    keras().utils.set_random_seed(3)
    if variant.refused:
        _check_refused(variant, tmp_path)
    else:
        result = _run(variant, tmp_path, rtl_cache)
        assert result["floated"] == variant.name.endswith("-ptq")


def test_every_network_structure_of_the_catalogue_runs_the_rtl() -> None:
    running = {v.name for v in CATALOGUE if not v.refused}
    assert set(RTL_STRATA) <= running
    for name, twin in RTL_STRATA.items():
        assert twin in running and twin not in RTL_STRATA, name
    assert len(running - set(RTL_STRATA)) >= 10


def test_the_catalogue_is_what_the_issue_asks_for() -> None:
    assert len(CATALOGUE) >= 25
    assert sum(1 for v in CATALOGUE if not v.refused) >= 15
