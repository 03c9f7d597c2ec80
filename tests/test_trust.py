"""No code from a model file without the opt-in, at any nesting and in every layout fpgaml reads.

Each model here holds code that writes a MARKER file when it runs (a Lambda, a lambda inside an RNN cell
wrapper, a custom cell class). Building the model already runs it, so the marker is removed after saving.
Without the opt-in the load must be refused, naming the object's path and both switches, and the marker must
not appear; with the opt-in the marker must appear (which shows the test can fail).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path
from typing import Any

import h5py
import numpy as np
import pytest

from fpgaml._keras import keras
from fpgaml.config import ModelConfig
from fpgaml.errors import ModelFileError, UntrustedModelError
from fpgaml.modelio import load_model, save_model
from fpgaml.models import FAMILIES, BuildContext
from fpgaml.trust import find_code

SWITCH_KEY = "train.trust_model_code: true"
SWITCH_FLAG = "--trust-model-code"


def _marker_lambda(marker: Path, name: str = "double_it") -> Any:
    """A Lambda layer that writes ``marker`` whenever it runs (the path travels as a default argument)."""
    return keras().layers.Lambda(lambda t, p=str(marker): (open(p, "w").close(), t * 2.0)[1], name=name)


def _saved(model: Any, path: Path, marker: Path, **kw: Any) -> Path:
    model.save(path, **kw)
    marker.unlink(missing_ok=True)  # building and saving ran the code; the test starts without the marker
    return path


def _refused(path: Path, marker: Path, where: str, **kw: Any) -> str:
    with pytest.raises(UntrustedModelError) as err:
        load_model(path, **kw)
    msg = str(err.value)
    assert where in msg, msg
    assert SWITCH_KEY in msg and SWITCH_FLAG in msg, msg
    assert not marker.exists(), "the model's code ran although the load was refused"
    return msg


def _runs_with_trust(path: Path, marker: Path, **kw: Any) -> Any:
    model = load_model(path, trust_model_code=True, **kw)
    assert marker.exists(), "with the opt-in the model's code should have run (else the test proves nothing)"
    return model


def _functional_with_lambda(marker: Path) -> Any:
    k = keras()
    inp = k.Input((4,), name="inputs")
    x = _marker_lambda(marker)(inp)
    return k.Model(inp, k.layers.Dense(2, name="out")(x), name="net")


def _sequential_with_lambda(marker: Path, name: str = "seq") -> Any:
    k = keras()
    return k.Sequential([k.Input((4,)), _marker_lambda(marker), k.layers.Dense(2, name="out")], name=name)


# --- every nesting ---------------------------------------------------------------------------------------


def test_lambda_in_top_level_functional(tmp_path: Path) -> None:
    marker = tmp_path / "MARKER"
    path = _saved(_functional_with_lambda(marker), tmp_path / "m.h5", marker)
    _refused(path, marker, "net > double_it (Lambda)")
    _runs_with_trust(path, marker)


def test_lambda_in_top_level_sequential(tmp_path: Path) -> None:
    marker = tmp_path / "MARKER"
    path = _saved(_sequential_with_lambda(marker), tmp_path / "m.h5", marker)
    _refused(path, marker, "seq > double_it (Lambda)")
    _runs_with_trust(path, marker)


def test_lambda_inside_time_distributed(tmp_path: Path) -> None:
    k = keras()
    marker = tmp_path / "MARKER"
    inp = k.Input((3, 4), name="inputs")
    x = k.layers.TimeDistributed(_marker_lambda(marker), name="td")(inp)
    model = k.Model(inp, k.layers.Dense(2, name="out")(x), name="net")
    path = _saved(model, tmp_path / "m.h5", marker)
    _refused(path, marker, "net > td (TimeDistributed) > layer (Lambda)")
    _runs_with_trust(path, marker)


def test_lambda_inside_bidirectional_rnn_cell(tmp_path: Path) -> None:
    """Bidirectional > RNN > a cell wrapper whose residual function is a Python lambda stored in the file."""
    from tf_keras.src.layers.rnn.cell_wrappers import ResidualWrapper
    from tf_keras.src.saving.serialization_lib import SafeModeScope

    k = keras()
    marker = tmp_path / "MARKER"
    with SafeModeScope(False):  # Bidirectional rebuilds its layer from its config, lambda included
        cell = ResidualWrapper(
            k.layers.GRUCell(4, name="gru_cell"),
            residual_fn=lambda i, o, p=str(marker): (open(p, "w").close(), i + o)[1],
        )
        inp = k.Input((3, 4), name="inputs")
        out = k.layers.Bidirectional(k.layers.RNN(cell, name="rnn"), name="bidi")(inp)
        model = k.Model(inp, out, name="net")
    path = _saved(model, tmp_path / "m.h5", marker)
    msg = _refused(path, marker, "net > bidi (Bidirectional) > layer (RNN) > cell (ResidualWrapper)")
    assert "residual_fn_type" in msg
    _runs_with_trust(path, marker)


def test_lambda_in_a_nested_model_wrapped_by_bidirectional(tmp_path: Path) -> None:
    """A file may put a model with a Lambda where Bidirectional expects an RNN: tf_keras builds (and runs)
    the nested model before Bidirectional rejects it, so the code runs although the file never loads."""
    k = keras()
    marker = tmp_path / "MARKER"
    inp = k.Input((3, 4), name="inputs")
    model = k.Model(inp, k.layers.Bidirectional(k.layers.SimpleRNN(2), name="bidi")(inp), name="net")
    path = _saved(model, tmp_path / "m.h5", marker)
    nested = json.loads(k.Sequential([k.Input((3, 4)), _marker_lambda(marker)], name="inner").to_json())
    marker.unlink(missing_ok=True)
    with h5py.File(path, "r+") as f:
        arch = json.loads(f.attrs["model_config"])
        bidi = next(layer for layer in arch["config"]["layers"] if layer["class_name"] == "Bidirectional")
        bidi["config"]["layer"] = nested
        f.attrs["model_config"] = json.dumps(arch)
    _refused(path, marker, "net > bidi (Bidirectional) > layer (Sequential) > double_it (Lambda)")
    with pytest.raises(ModelFileError, match="cannot load model file"):
        load_model(path, trust_model_code=True)
    assert marker.exists(), "the nested model's Lambda runs while the file is deserialized"


def test_lambda_in_nested_sequential_inside_functional(tmp_path: Path) -> None:
    k = keras()
    marker = tmp_path / "MARKER"
    inner = _sequential_with_lambda(marker, name="inner")
    inp = k.Input((4,), name="inputs")
    model = k.Model(inp, k.layers.Dense(3, name="head")(inner(inp)), name="net")
    path = _saved(model, tmp_path / "m.h5", marker)
    _refused(path, marker, "net > inner (Sequential) > double_it (Lambda)")
    _runs_with_trust(path, marker)


_CELL_MODULE = '''
from pathlib import Path

from tf_keras import layers

Path({imported!r}).touch()  # importing this module is running its code


class MarkerCell(layers.Layer):
    """An RNN cell that writes the marker whenever it runs."""

    def __init__(self, units, **kwargs):
        super().__init__(**kwargs)
        self.units = units
        self.state_size = units

    def call(self, inputs, states):
        Path({marker!r}).touch()
        return inputs[..., : self.units], states

    def get_config(self):
        return {{**super().get_config(), "units": self.units}}
'''


def test_custom_rnn_cell_class(tmp_path: Path) -> None:
    import importlib.util

    marker, imported = tmp_path / "MARKER", tmp_path / "IMPORTED"
    module_file = tmp_path / "marker_cells.py"
    module_file.write_text(_CELL_MODULE.format(marker=str(marker), imported=str(imported)))
    spec = importlib.util.spec_from_file_location("marker_cells", module_file)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    k = keras()
    inp = k.Input((3, 4), name="inputs")
    model = k.Model(inp, k.layers.RNN(module.MarkerCell(4), name="rnn")(inp), name="net")
    path = _saved(model, tmp_path / "m.h5", marker)
    imported.unlink()

    _refused(path, marker, "net > rnn (RNN) > cell (MarkerCell)")
    # Naming the module without the opt-in is refused too, before it is imported.
    _refused(path, marker, "custom_modules", custom_modules=[str(module_file)])
    assert not imported.exists()
    # With the opt-in but without the module, the class is unknown: a clear error saying what to do.
    with pytest.raises(ModelFileError, match="custom_modules"):
        load_model(path, trust_model_code=True)
    _runs_with_trust(path, marker, custom_modules=[str(module_file)])
    assert imported.exists()


# --- every layout ----------------------------------------------------------------------------------------


def _to_bare_list_layout(path: Path) -> None:
    """Rewrite a Sequential h5 to the old Keras 2 layout: model_config.config is a bare list of layers (no
    InputLayer, the input shape on the first layer, no module/registered_name/build_config keys)."""
    with h5py.File(path, "r+") as f:
        arch = json.loads(f.attrs["model_config"])
        layers = arch["config"]["layers"]
        assert layers[0]["class_name"] == "InputLayer"
        shape = layers[0]["config"]["batch_input_shape"]
        old = [{"class_name": layer["class_name"], "config": dict(layer["config"])} for layer in layers[1:]]
        old[0]["config"]["batch_input_shape"] = shape
        f.attrs["model_config"] = json.dumps({"class_name": "Sequential", "config": old})
        f.attrs["keras_version"] = "2.1.6"


def test_lambda_in_old_keras2_bare_list_layout(tmp_path: Path) -> None:
    marker = tmp_path / "MARKER"
    path = _saved(_sequential_with_lambda(marker), tmp_path / "m.h5", marker)
    _to_bare_list_layout(path)
    assert isinstance(json.loads(h5py.File(path, "r").attrs["model_config"])["config"], list)
    _refused(path, marker, "model > double_it (Lambda)")
    model = _runs_with_trust(path, marker)
    assert [layer.name for layer in model.layers] == ["double_it", "out"]


def test_lambda_in_json_plus_weights(tmp_path: Path) -> None:
    marker = tmp_path / "MARKER"
    model = _functional_with_lambda(marker)
    (tmp_path / "arch.json").write_text(model.to_json())
    model.save_weights(tmp_path / "weights.h5")
    marker.unlink()
    _refused(tmp_path / "arch.json", marker, "net > double_it (Lambda)", weights=tmp_path / "weights.h5")
    again = _runs_with_trust(tmp_path / "arch.json", marker, weights=tmp_path / "weights.h5")
    np.testing.assert_array_equal(
        again.get_layer("out").get_weights()[0], model.get_layer("out").get_weights()[0]
    )


def test_lambda_in_savedmodel_directory(tmp_path: Path) -> None:
    marker = tmp_path / "MARKER"
    path = _saved(_functional_with_lambda(marker), tmp_path / "saved", marker, save_format="tf")
    assert (path / "keras_metadata.pb").is_file()
    _refused(path, marker, "net > double_it (Lambda)")
    _runs_with_trust(path, marker)


_FRESH = textwrap.dedent(
    """
    import sys
    from fpgaml.errors import UntrustedModelError
    from fpgaml.modelio import load_model
    try:
        load_model(sys.argv[1])
    except UntrustedModelError as exc:
        print("REFUSED", exc)
        sys.exit(3)
    print("LOADED")
    """
)


def test_refused_in_a_fresh_process(tmp_path: Path) -> None:
    """In a process where nothing was built first (no classes registered by use), the refusal holds."""
    k = keras()
    marker = tmp_path / "MARKER"
    inp = k.Input((3, 4), name="inputs")
    model = k.Model(inp, k.layers.TimeDistributed(_marker_lambda(marker), name="td")(inp), name="net")
    path = _saved(model, tmp_path / "m.h5", marker)
    out = subprocess.run(
        [sys.executable, "-c", _FRESH, str(path)], capture_output=True, text=True, timeout=300
    )
    assert out.returncode == 3, out.stdout[-2000:] + out.stderr[-2000:]
    assert "net > td (TimeDistributed) > layer (Lambda)" in out.stdout
    assert SWITCH_KEY in out.stdout and SWITCH_FLAG in out.stdout
    assert not marker.exists()


# --- formats fpgaml refuses -------------------------------------------------------------------------------


def test_keras3_files_are_refused(tmp_path: Path) -> None:
    """Written by the installed Keras 3 (no TF_USE_LEGACY_KERAS): its .keras zip, its .h5 and its JSON."""
    code = (
        "import keras, sys, pathlib; d = pathlib.Path(sys.argv[1]);"
        "m = keras.Sequential([keras.Input((4,)), keras.layers.Dense(2)]);"
        "m.save(d / 'k3.keras'); m.save(d / 'k3.h5'); (d / 'k3.json').write_text(m.to_json());"
        "m.save_weights(d / 'k3.weights.h5')"
    )
    env = {k: v for k, v in os.environ.items() if k != "TF_USE_LEGACY_KERAS"}
    out = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True, env=env, timeout=300
    )
    assert out.returncode == 0, out.stderr[-2000:]
    assert json.loads(zipfile.ZipFile(tmp_path / "k3.keras").read("metadata.json"))[
        "keras_version"
    ].startswith("3.")
    keras3 = r"Keras 3 format; fpgaml reads Keras 2 \(tf_keras/QKeras\) models"
    for path, weights in [("k3.keras", None), ("k3.h5", None), ("k3.json", "k3.weights.h5")]:
        with pytest.raises(ModelFileError, match=keras3):
            load_model(tmp_path / path, weights=tmp_path / weights if weights else None)


def test_weights_only_h5_is_refused(tmp_path: Path) -> None:
    model = _qkeras_dense()
    model.save_weights(tmp_path / "w.h5")
    with pytest.raises(ModelFileError, match=r"holds only weights.*give the architecture JSON too"):
        load_model(tmp_path / "w.h5")


def test_truncated_h5_is_refused_without_traceback(tmp_path: Path) -> None:
    path = tmp_path / "m.h5"
    save_model(_qkeras_dense(), path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(ModelFileError, match="damaged or truncated") as err:
        load_model(path)
    assert err.value.__cause__ is None and err.value.__suppress_context__  # the CLI prints one message


def test_hgq_model_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "m.h5"
    save_model(_qkeras_dense(), path)
    with h5py.File(path, "r+") as f:
        arch = json.loads(f.attrs["model_config"])
        arch["config"]["layers"][1].update(
            class_name="HDense", module="HGQ.layers.dense", registered_name="HGQ>HDense"
        )
        f.attrs["model_config"] = json.dumps(arch)
    with pytest.raises(ModelFileError, match="HGQ/HGQ2 model"):
        load_model(path)


def test_pytorch_and_onnx_files_are_refused(tmp_path: Path) -> None:
    import onnx
    from onnx import TensorProto, helper

    torch_zip = tmp_path / "model.pt"
    with zipfile.ZipFile(torch_zip, "w") as zf:
        zf.writestr("archive/data.pkl", b"\x80\x02}q\x00.")
    pickled = tmp_path / "model.pth"
    pickled.write_bytes(b"\x80\x02}q\x00.")
    graph = helper.make_graph(
        [helper.make_node("Relu", ["x"], ["y"])],
        "g",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 4])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1, 4])],
    )
    onnx_file = tmp_path / "model.bin"  # the format is found from the bytes, not the suffix
    onnx.save(helper.make_model(graph, producer_name="pytorch"), onnx_file)
    for path, what in [(torch_zip, "PyTorch"), (pickled, "PyTorch"), (onnx_file, "ONNX")]:
        with pytest.raises(ModelFileError, match=f"is an? {what}.*fpgaml reads Keras 2"):
            load_model(path)


# --- formats fpgaml reads ---------------------------------------------------------------------------------


def _qkeras_dense() -> Any:
    return FAMILIES.get("dense").build(BuildContext((16,), 5, ModelConfig(), quantized=True))


def _x() -> np.ndarray:
    return np.random.default_rng(0).normal(size=(64, 16)).astype("float32")


def test_sequential_qkeras_model_loads(tmp_path: Path) -> None:
    from fpgaml._keras import qkeras

    q = qkeras()
    k = keras()
    model = k.Sequential(
        [
            k.Input((16,)),
            q.QDense(
                8, kernel_quantizer=q.quantized_bits(6, 0, alpha=1), bias_quantizer="quantized_bits(6,0,1)"
            ),
            q.QActivation("quantized_relu(6,0)"),
            q.QDense(
                5, kernel_quantizer=q.quantized_bits(6, 0, alpha=1), bias_quantizer=q.quantized_bits(6, 0, 1)
            ),
        ],
        name="qseq",
    )
    save_model(model, tmp_path / "m.h5")
    again = load_model(tmp_path / "m.h5")
    assert type(again).__name__ == "Sequential"
    np.testing.assert_array_equal(model(_x()).numpy(), again(_x()).numpy())


def test_json_plus_weights_qkeras_model_predicts_identically(tmp_path: Path) -> None:
    model = _qkeras_dense()
    (tmp_path / "arch.json").write_text(model.to_json())
    model.save_weights(tmp_path / "weights.h5")
    again = load_model(tmp_path / "arch.json", weights=tmp_path / "weights.h5")
    np.testing.assert_array_equal(model(_x()).numpy(), again(_x()).numpy())


# --- the rule on hand-written JSON (no model is built) -----------------------------------------------------


def _dense(**extra: Any) -> dict[str, Any]:
    return {"class_name": "Dense", "config": {"name": "fc", "units": 2, **extra.pop("config", {})}, **extra}


def _reasons(arch: dict[str, Any]) -> dict[str, str]:
    return {f.path: f.reason for f in find_code(arch)}


def test_rule_accepts_plain_keras_and_qkeras_objects() -> None:
    arch = {
        "class_name": "Functional",
        "config": {
            "name": "net",
            "layers": [
                _dense(module="keras.layers", registered_name=None),
                {
                    "class_name": "QActivation",
                    "config": {"name": "act", "activation": "quantized_relu(6, 0)"},
                },
                {"class_name": "Activation", "config": {"name": "lut", "activation": "hls_sigmoid_1024"}},
                {"class_name": "Activation", "config": {"name": "leaky", "activation": "LeakyReLU"}},
                _dense(
                    config={
                        "activation": {
                            "module": "builtins",
                            "class_name": "function",
                            "config": "relu",
                            "registered_name": "function",
                        }
                    }
                ),
            ],
        },
    }
    assert find_code(arch) == []


@pytest.mark.parametrize(
    ("layer", "reason"),
    [
        (_dense(module="os"), "import the Python module 'os'"),
        (_dense(registered_name="MyDense"), "registered_name 'MyDense'"),
        (_dense(config={"function_type": "lambda"}), "function_type"),
        (
            {
                "class_name": "QActivation",
                "config": {"name": "fc", "activation": "set_internal_sigmoid('real')"},
            },
            "QKeras would evaluate the string",
        ),
        (
            _dense(config={"activation": {"class_name": "function", "config": "system", "module": "os"}}),
            "Python function 'system'",
        ),
        (
            _dense(config={"kernel_initializer": {"class_name": "__lambda__", "config": {"value": "..."}}}),
            "lambda",
        ),
    ],
)
def test_rule_refuses_code_in_any_key(layer: dict[str, Any], reason: str) -> None:
    found = _reasons({"class_name": "Sequential", "config": {"name": "seq", "layers": [layer]}})
    assert found, "nothing refused"
    assert any(reason in r for r in found.values()), found
    assert all(p.startswith("seq > fc (") for p in found), found


def test_unknown_class_anywhere_is_named_with_its_path() -> None:
    quantizer = {"class_name": "EvilQuantizer", "config": {}}
    arch = {
        "class_name": "Sequential",
        "config": [{"class_name": "QDense", "config": {"name": "fc1", "kernel_quantizer": quantizer}}],
    }
    assert list(_reasons(arch)) == ["model > fc1 (QDense) > kernel_quantizer (EvilQuantizer)"]
