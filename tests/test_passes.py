"""Model edits as named IR passes (:mod:`fpgaml.ir.passes`), the Keras model rebuilt from an edited IR
(:func:`fpgaml.modelio.rebuild`), and the IR read once per stage and handed to every consumer.

References are computed by Keras/QKeras themselves (the network before the edit), never from the pass under
test; fixed-point outputs are compared exactly.
"""

from __future__ import annotations

import sys
from pathlib import Path

import examples as ex
import numpy as np
import pytest

from fpgaml._keras import keras, qkeras
from fpgaml.errors import ConfigError, ModelFileError, UnsupportedModelError
from fpgaml.ir import PASSES, parse, run_passes
from fpgaml.modelio import predict_float64, rebuild, without_softmax

P = (True, 16, 6)


def _wq():
    return qkeras().quantized_bits(6, 0, alpha=1)


def _randomise(model, seed: int) -> None:
    rng = np.random.default_rng(seed)
    for var in model.trainable_weights:
        shape = tuple(var.shape)
        scale = 1 / np.sqrt(np.prod(shape[:-1])) if len(shape) >= 2 else 0.3
        var.assign(rng.normal(0, scale, shape).astype(np.float32))


def _qkeras(fused: bool):
    """fc1 -> relu -> out, ending in a softmax fused into ``out`` or in a Softmax layer of its own."""
    k, q = keras(), qkeras()
    inp = k.Input((6,), name="x")
    h = q.QDense(8, kernel_quantizer=_wq(), bias_quantizer=_wq(), name="fc1")(inp)
    h = q.QActivation(q.quantized_relu(6, 0), name="relu")(h)
    h = k.layers.Dropout(0.1, name="drop")(h)  # an identity at inference: not in the IR, not rebuilt
    if fused:
        out = q.QDense(3, kernel_quantizer=_wq(), bias_quantizer=_wq(), activation="softmax", name="out")(h)
    else:
        h = q.QDense(3, kernel_quantizer=_wq(), bias_quantizer=_wq(), name="out")(h)
        out = k.layers.Softmax(name="sm")(h)
    model = k.Model(inp, out, name="fused" if fused else "separate")
    _randomise(model, 3)
    return model


@pytest.mark.parametrize("fused", [True, False])
def test_strip_softmax_is_one_pass_and_the_keras_model_follows(fused: bool) -> None:
    model = _qkeras(fused)
    x = ex.random_inputs(300, (6,), P, seed=4, scale=1.5)
    ir = parse(model, P)
    stripped, changed = PASSES.get("strip_softmax")(ir)
    assert changed and not stripped.ends_in_softmax and ir.ends_in_softmax  # the input is not edited
    assert [layer.name for layer in stripped.layers] == ["x", "fc1", "relu", "out"]
    logits = rebuild(model, stripped, ir)
    assert [layer.name for layer in logits.layers] == ["x", "fc1", "relu", "out"]
    # the softmax of the rebuilt model's logits is the original model, bit for bit (the same float32 ops)
    np.testing.assert_array_equal(
        keras().activations.softmax(logits(x.astype(np.float32))).numpy(), model(x.astype(np.float32)).numpy()
    )
    # and the rebuilt QKeras model computes the stripped IR exactly
    np.testing.assert_array_equal(predict_float64(logits, x), stripped.predict(x))
    unchanged, changed = PASSES.get("strip_softmax")(stripped)
    assert unchanged is stripped and not changed
    assert without_softmax(logits) is logits  # nothing to strip: the model itself


def test_fold_batchnorm_pass_keeps_the_float_function() -> None:
    k = keras()
    inp = k.Input((10,), name="x")
    h = k.layers.Dense(7, name="fc1")(inp)
    h = k.layers.BatchNormalization(name="bn1")(h)
    h = k.layers.Activation("relu", name="a1")(h)
    model = k.Model(inp, k.layers.Dense(3, use_bias=False, name="out")(h))
    rng = np.random.default_rng(5)
    model.get_layer("bn1").set_weights(
        [rng.uniform(0.5, 2, 7), rng.normal(0, 0.5, 7), rng.normal(0, 0.3, 7), rng.uniform(0.2, 3, 7)]
    )
    ir = parse(model)
    folded, applied = run_passes(ir, ["fold_batchnorm", "strip_softmax"])
    assert applied == ["fold_batchnorm"]
    assert "bn1" not in [layer.name for layer in folded.layers] and folded.get("a1").inputs == ["fc1"]
    assert folded.get("fc1").attrs["folded_batchnorm"] == "bn1"
    flat = rebuild(model, folded, ir)
    assert [type(layer).__name__ for layer in flat.layers] == ["InputLayer", "Dense", "Activation", "Dense"]
    x = rng.normal(0, 1, (400, 10)).astype(np.float32)
    # the same float function (not the same float32 roundings: a scale moved into the weights)
    np.testing.assert_allclose(flat(x).numpy(), model(x).numpy(), rtol=1e-5, atol=1e-5)
    # the fold is what Keras' own batch norm computes, variable by variable
    gamma, beta, mean, var = (np.asarray(v, np.float64) for v in model.get_layer("bn1").get_weights())
    g = gamma / np.sqrt(var + model.get_layer("bn1").epsilon)
    w, b = (np.asarray(v, np.float64) for v in model.get_layer("fc1").get_weights())
    np.testing.assert_array_equal(flat.get_layer("fc1").get_weights()[0], (w * g).astype(np.float32))
    np.testing.assert_array_equal(
        flat.get_layer("fc1").get_weights()[1], ((b - mean) * g + beta).astype(np.float32)
    )


def test_fold_batchnorm_refuses_what_it_cannot_fold() -> None:
    k = keras()
    inp = k.Input((4,), name="x")
    h = k.layers.Dense(5, activation="relu", name="fc1")(inp)
    model = k.Model(inp, k.layers.BatchNormalization(name="bn")(h))
    with pytest.raises(UnsupportedModelError, match=r"'bn' \(BatchNormalization\) follows 'fc1' \(Dense\)"):
        PASSES.get("fold_batchnorm")(parse(model))
    h = k.layers.Dense(5, name="fc")(inp)
    both = k.layers.Concatenate(name="cat")([k.layers.BatchNormalization(name="bn2")(h), h])
    with pytest.raises(UnsupportedModelError, match="'fc' feeds more than its BatchNormalization 'bn2'"):
        PASSES.get("fold_batchnorm")(parse(k.Model(inp, both)))


def test_passes_are_a_registry() -> None:
    with pytest.raises(
        ConfigError, match="unknown IR pass 'fold_bn'; available: fold_batchnorm, strip_softmax"
    ):
        run_passes(parse(_qkeras(True)), ["fold_bn"])


def test_rebuild_refuses_an_edit_it_cannot_express() -> None:
    from dataclasses import replace

    from fpgaml.ir import ModelIR

    model = _qkeras(True)
    ir = parse(model)
    edited = ModelIR(
        [replace(layer, activation="tanh") if layer.name == "out" else layer for layer in ir], "out"
    )
    with pytest.raises(UnsupportedModelError, match=r"'out'.*changed its activation to tanh"):
        rebuild(model, edited, ir)


def _count_parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Names of the models read into the IR from now on (top-level walks of the parser)."""
    mod = sys.modules["fpgaml.ir.parse"]
    seen: list[str] = []
    orig = mod._Walker.model

    def counted(self, model, feed):
        if feed is None:
            seen.append(model.name)
        return orig(self, model, feed)

    monkeypatch.setattr(mod._Walker, "model", counted)
    return seen


def test_hls_convert_reads_the_model_once_or_takes_the_ir(tmp_path, monkeypatch) -> None:
    from fpgaml import hls
    from fpgaml.config import ConvertConfig, ModelConfig

    model = _qkeras(True)
    logits = without_softmax(model)
    seen = _count_parses(monkeypatch)
    hls.convert(logits, ModelConfig(), ConvertConfig(), tmp_path / "a")
    assert len(seen) == 1  # check_supported's read, handed to every later consumer
    ir = parse(logits, P)
    seen.clear()
    hls.convert(logits, ModelConfig(), ConvertConfig(), tmp_path / "b", ir=ir)
    assert seen == []


def test_the_convert_stage_reads_the_trained_network_once(tmp_path, monkeypatch) -> None:
    from fpgaml.stage import run_stage

    raw = {
        "name": "once",
        "data": {"n_jets": 1500},
        "model": {"family": "dense", "params": {"hidden": [8], "softmax": True}},
        "train": {"epochs": 1, "batch_size": 256},
    }
    cfg = ex.run_flow_config(tmp_path, raw, ["data", "train"])
    seen = _count_parses(monkeypatch)
    run_stage("convert", cfg)
    assert seen == [
        "dense_tagger"
    ]  # was 7 (softmax test, support check, input name, three hls.py checks, strip)


def test_the_stages_of_one_run_build_its_networks_once_and_a_changed_file_again(
    tmp_path, monkeypatch
) -> None:
    """load_models keeps the networks it built by their files' identity: convert, csim and verify of one run
    build the float network once (the QKeras one twice: convert snaps its weights); a caller that changed a
    kept network's weights does not pass them on; a rewritten file is read again, even with its old
    modification time put back (its change time moved)."""
    import os

    from fpgaml import modelio
    from fpgaml.records import load_models
    from fpgaml.stage import run_stage

    raw = {
        "name": "kept",
        "data": {"n_jets": 1500},
        "model": {"family": "dense", "params": {"hidden": [8]}},
        "train": {"epochs": 1, "batch_size": 256},
        "csim": {"compile_flags": "-O0"},
        "verify": {"max_accuracy_drop_pp": 100.0},  # one epoch makes no tagger: what is read is under test
    }
    cfg = ex.run_flow_config(tmp_path, raw, ["data", "train"])
    built: list[str] = []
    load_model = modelio.load_model
    monkeypatch.setattr(
        modelio, "load_model", lambda p, **k: built.append(Path(p).name) or load_model(p, **k)
    )
    for stage in ("convert", "csim", "verify"):
        run_stage(stage, cfg)
    # convert snaps the QKeras weights onto their grids in place (hls.convert; the QKeras outputs stay the
    # same): the next stage gets the file's network again, and then it is kept; the float one is built once
    assert built == ["qkeras_model.h5", "float_model.h5", "qkeras_model.h5"]
    first = load_models(cfg).qmodel
    assert len(built) == 3
    # a caller changes a kept network: the next one gets the file's network, built again
    kernel = first.get_layer("fc1").get_weights()
    first.get_layer("fc1").set_weights([w + 1.0 for w in kernel])
    again = load_models(cfg).qmodel
    assert len(built) == 4 and again is not first
    np.testing.assert_array_equal(again.get_layer("fc1").get_weights()[0], kernel[0])
    # the file rewritten with other weights, its size and modification time as before
    path = cfg.stage_dir("train") / "qkeras_model.h5"
    st = path.stat()
    other = load_model(path)  # (not counted) the kept network itself stays as it was built
    other.get_layer("fc1").set_weights([-w for w in kernel])
    modelio.save_model(other, path)
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert (path.stat().st_size, path.stat().st_mtime_ns) == (st.st_size, st.st_mtime_ns)
    rewritten = load_models(cfg).qmodel
    assert len(built) == 5
    np.testing.assert_array_equal(rewritten.get_layer("fc1").get_weights()[0], -kernel[0])
    # the file deleted by hand (the manifest still complete): the loader's own error, naming the file
    path.unlink()
    with pytest.raises(ModelFileError, match=r"qkeras_model\.h5 does not exist"):
        load_models(cfg)


def test_threads_loading_several_runs_networks_at_once_each_get_their_own(tmp_path, monkeypatch) -> None:
    """A sweep's worker may run points in threads: threads loading six network files through the four kept
    each get the network of the file they asked for, and none fails on an entry another thread just dropped."""
    from fpgaml import modelio, records

    class Net:  # building a Keras model is not under test: each "network" says which file it is
        def __init__(self, name: str) -> None:
            self.name = name

        def get_weights(self) -> list[np.ndarray]:
            return [np.frombuffer(self.name.encode(), np.uint8)]

    monkeypatch.setattr(modelio, "load_model", lambda p, **k: Net(Path(p).name))
    paths = [tmp_path / f"net{i}.h5" for i in range(6)]
    for p in paths:
        p.write_bytes(b"h5")
    wrong: list[tuple[str, str]] = []

    def load(start: int) -> None:
        for i in range(3000):
            path = paths[(start + i) % len(paths)]
            got = records._load_kept(path, False, ()).name
            if got != path.name:
                wrong.append((path.name, got))

    errors = ex.errors_in_threads(load)
    assert errors == [] and wrong == []
