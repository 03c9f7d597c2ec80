from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from fpgaml._keras import keras
from fpgaml.config import ModelConfig
from fpgaml.errors import FpgamlError, ModelFileError, UntrustedModelError
from fpgaml.modelio import load_model, save_model
from fpgaml.models import FAMILIES, BuildContext


def _lambda_model() -> object:
    k = keras()
    inp = k.Input((4,), name="inputs")
    x = k.layers.Lambda(lambda t: t * 2.0, name="double_it")(inp)
    return k.Model(inp, k.layers.Dense(2, name="out")(x))


def test_qkeras_model_roundtrip(tmp_path: Path) -> None:
    model = FAMILIES.get("dense").build(BuildContext((16,), 5, ModelConfig(), quantized=True))
    save_model(model, tmp_path / "m.h5")
    again = load_model(tmp_path / "m.h5")
    x = np.random.default_rng(0).normal(size=(8, 16)).astype("float32")
    np.testing.assert_array_equal(model(x).numpy(), again(x).numpy())


@pytest.mark.parametrize("suffix", [".h5", ".keras"])
def test_lambda_layer_is_refused_without_opt_in(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"m{suffix}"
    _lambda_model().save(path)
    with pytest.raises(UntrustedModelError, match=r"(?s)double_it \(Lambda\).*--trust-model-code"):
        load_model(path)


def test_lambda_layer_loads_with_opt_in(tmp_path: Path) -> None:
    path = tmp_path / "m.h5"
    _lambda_model().save(path)
    model = load_model(path, trust_model_code=True)
    assert [layer.name for layer in model.layers][1] == "double_it"


def test_unknown_custom_layer_is_refused(tmp_path: Path) -> None:
    import json

    import h5py

    path = tmp_path / "m.h5"
    FAMILIES.get("dense").build(BuildContext((16,), 5, ModelConfig(), quantized=True)).save(path)
    with h5py.File(path, "r+") as f:
        arch = json.loads(f.attrs["model_config"])
        arch["config"]["layers"][1]["class_name"] = "MyEvilLayer"
        f.attrs["model_config"] = json.dumps(arch)
    with pytest.raises(UntrustedModelError, match="MyEvilLayer"):
        load_model(path)


def test_corrupt_and_missing_files(tmp_path: Path) -> None:
    bad = tmp_path / "corrupt.h5"
    bad.write_bytes(b"\x89HDF\r\n\x1a\n truncated")
    with pytest.raises(FpgamlError, match=r"cannot read model file .*corrupt\.h5"):
        load_model(bad)
    with pytest.raises(FpgamlError, match="does not exist"):
        load_model(tmp_path / "nope.h5")


def test_qkeras_model_loads_in_a_fresh_process(tmp_path: Path) -> None:
    """QKeras nests quantizers inside QInitializer; loading must work without the classes registered by use."""
    import subprocess
    import sys

    model = FAMILIES.get("dense").build(BuildContext((16,), 5, ModelConfig(), quantized=True))
    save_model(model, tmp_path / "m.h5")
    code = "from fpgaml.modelio import load_model; import sys; print(load_model(sys.argv[1]).count_params())"
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path / "m.h5")], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr[-2000:]
    assert int(out.stdout.strip().splitlines()[-1]) == model.count_params()


def _qkeras_sequential() -> object:
    from fpgaml._keras import qkeras

    q = qkeras()
    k = keras()
    return k.Sequential(
        [
            k.Input((16,)),
            q.QDense(
                8, kernel_quantizer=q.quantized_bits(6, 0, alpha=1), bias_quantizer=q.quantized_bits(6, 0, 1)
            ),
            q.QActivation(q.quantized_relu(6, 0)),
            q.QDense(5, kernel_quantizer="quantized_bits(6,0,1)", bias_quantizer="quantized_bits(6,0,1)"),
        ],
        name="qseq",
    )


def _x16() -> np.ndarray:
    return np.random.default_rng(1).normal(size=(64, 16)).astype("float32")


def test_old_keras2_bare_list_layout_loads(tmp_path: Path) -> None:
    """Old Keras 2 h5 files store model_config.config as a bare list of layers (input shape on the first)."""
    import json

    import h5py

    model = _qkeras_sequential()
    save_model(model, tmp_path / "m.h5")
    with h5py.File(tmp_path / "m.h5", "r+") as f:
        layers = json.loads(f.attrs["model_config"])["config"]["layers"]
        old = [{"class_name": layer["class_name"], "config": dict(layer["config"])} for layer in layers[1:]]
        old[0]["config"]["batch_input_shape"] = layers[0]["config"]["batch_input_shape"]
        f.attrs["model_config"] = json.dumps({"class_name": "Sequential", "config": old})
    again = load_model(tmp_path / "m.h5")
    np.testing.assert_array_equal(model(_x16()).numpy(), again(_x16()).numpy())


@pytest.mark.parametrize("layout", ["savedmodel", "keras_zip", "json_weights_h5"])
def test_other_layouts_load_qkeras_models(tmp_path: Path, layout: str) -> None:
    model = FAMILIES.get("dense").build(BuildContext((16,), 5, ModelConfig(), quantized=True))
    weights = None
    if layout == "savedmodel":
        path = tmp_path / "saved"
        model.save(path, save_format="tf")
    elif layout == "keras_zip":  # tf_keras' own .keras zip (Keras 2, metadata keras_version 2.x)
        path = tmp_path / "m.keras"
        model.save(path)
    else:  # the newer weights layout tf_keras writes for a *.weights.h5 name
        path, weights = tmp_path / "arch.json", tmp_path / "m.weights.h5"
        path.write_text(model.to_json())
        model.save_weights(weights)
    again = load_model(path, weights=weights)
    np.testing.assert_array_equal(model(_x16()).numpy(), again(_x16()).numpy())


def test_json_without_weights_and_savedmodel_without_keras_metadata(tmp_path: Path) -> None:
    from fpgaml._keras import tf

    model = _qkeras_sequential()
    (tmp_path / "arch.json").write_text(model.to_json())
    with pytest.raises(ModelFileError, match=r"holds no weights: give the weights \.h5 too"):
        load_model(tmp_path / "arch.json")
    tf().saved_model.save(tf().Module(), str(tmp_path / "plain"))
    with pytest.raises(ModelFileError, match="SavedModel without Keras metadata"):
        load_model(tmp_path / "plain")


def test_lut_activation_model_loads_in_a_fresh_process(tmp_path: Path) -> None:
    """fpgaml's LUT activations (GRU family) are known to the loader without being used first."""
    import subprocess
    import sys

    mc = ModelConfig(family="gru", params={"units": 4, "hidden": []})
    model = FAMILIES.get("gru").build(BuildContext((8, 3), 5, mc, quantized=True))
    save_model(model, tmp_path / "m.h5")
    x = np.random.default_rng(2).normal(size=(16, 8, 3)).astype("float32")
    np.save(tmp_path / "x.npy", x)
    code = (
        "import sys, numpy as np; from fpgaml.modelio import load_model; m = load_model(sys.argv[1]);"
        "np.save(sys.argv[3], m(np.load(sys.argv[2])).numpy())"
    )
    args = [str(tmp_path / "m.h5"), str(tmp_path / "x.npy"), str(tmp_path / "y.npy")]
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    np.testing.assert_array_equal(np.load(tmp_path / "y.npy"), model(x).numpy())
