"""Saving and *safely* loading Keras 2 / QKeras models.

Keras model files can carry code: a ``Lambda`` layer holds marshalled Python bytecode and custom layers
name classes that deserialisation would import. fpgaml reads the architecture JSON first and refuses any
such layer unless the user opted in (``trust_model_code=True`` / ``--trust-model-code``).
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

from fpgaml.errors import FpgamlError, UntrustedModelError

# Layers whose deserialisation executes code stored in the file.
_CODE_LAYERS = {"Lambda", "TFOpLambda", "SlicingOpLambda"}


def _custom_objects() -> dict[str, Any]:
    from fpgaml._keras import qkeras

    objs: dict[str, Any] = {}
    qkeras().utils._add_supported_quantized_objects(objs)  # fills the dict in place
    return objs


def _extra_objects() -> dict[str, Any]:
    """fpgaml's own serialisable objects (the firmware-exact LUT activations of the recurrent families)."""
    from fpgaml.models.lut import custom_objects

    return dict(custom_objects())


def read_architecture(path: Path) -> dict[str, Any]:
    """The architecture JSON stored in an .h5 or .keras file (or a bare .json), without deserialising."""
    path = Path(path)
    if not path.is_file():
        raise FpgamlError(f"model file {path} does not exist")
    try:
        if path.suffix == ".json":
            return json.loads(path.read_text())
        if path.suffix == ".keras":
            with zipfile.ZipFile(path) as zf:
                return json.loads(zf.read("config.json"))
        import h5py

        with h5py.File(path, "r") as f:
            raw = f.attrs.get("model_config")
            if raw is None:
                raise FpgamlError(f"{path} holds no model architecture (weights-only file?)")
            return json.loads(raw.decode() if isinstance(raw, bytes) else raw)
    except FpgamlError:
        raise
    except Exception as exc:  # corrupt/truncated files surface as many different errors
        raise FpgamlError(f"cannot read model file {path}: {type(exc).__name__}: {exc}") from None


def layer_classes(arch: dict[str, Any]) -> list[tuple[str, str]]:
    """(layer name, class name) for every layer, nested models included."""
    out: list[tuple[str, str]] = []

    def walk(node: dict[str, Any]) -> None:
        cfg = node.get("config", {})
        for layer in cfg.get("layers", []) if isinstance(cfg, dict) else []:
            out.append((layer.get("config", {}).get("name", "?"), layer.get("class_name", "?")))
            if isinstance(layer.get("config"), dict) and "layers" in layer["config"]:
                walk(layer)

    walk(arch)
    return out


def check_trusted(arch: dict[str, Any], path: Path, trust_model_code: bool) -> None:
    if trust_model_code:
        return
    from fpgaml._keras import keras

    known = (
        set(_custom_objects())
        | {n for n in dir(keras().layers) if not n.startswith("_")}
        | {"Functional", "Sequential", "Model"}
    )
    risky = [(n, c) for n, c in layer_classes(arch) if c in _CODE_LAYERS or c not in known]
    if risky:
        listed = ", ".join(f"{n} ({c})" for n, c in risky)
        raise UntrustedModelError(
            f"{path} contains layers whose loading runs code from the file or from unknown classes: {listed}. "
            "fpgaml does not execute code from model files unless you opt in with --trust-model-code "
            "(train.trust_model_code: true) — do so only for files you trust."
        )


def load_model(path: str | Path, trust_model_code: bool = False) -> Any:
    """Load a Keras 2 / QKeras model file after checking it holds no code (unless trusted)."""
    path = Path(path)
    arch = read_architecture(path)
    check_trusted(arch, path, trust_model_code)
    from fpgaml._keras import qkeras
    from fpgaml.models.compat import patch_qkeras_recurrent

    patch_qkeras_recurrent()  # QKeras 0.9.0's QGRU cannot even be called on TF 2.21 without it
    try:
        # QKeras' own loader: it also resolves the quantizers nested inside QInitializer, which
        # tf_keras.models.load_model(custom_objects=...) does not reach in a fresh process.
        return qkeras().utils.load_qmodel(str(path), custom_objects=_extra_objects(), compile=False)
    except Exception as exc:
        raise FpgamlError(f"cannot load model file {path}: {type(exc).__name__}: {exc}") from None


def save_model(model: Any, path: Path) -> None:
    model.save(path, include_optimizer=False)


def float64_twin(model: Any) -> Any:
    """The same network with float64 layers and weights (QKeras quantizers included).

    A QKeras model defines a function on fixed-point grids; evaluated in float32 (24-bit significand) its
    wide sums and recurrent states get rounded, so a value next to a lookup-table index or a rounding tie
    can land on the other side and differ from the firmware by a table step. In float64 every sum of the
    supported networks is exact (e.g. the LSTM's 40-bit cell state), so the twin computes the model's
    function as the firmware does. Weights are copied, not retrained.
    """
    from fpgaml._keras import keras

    k = keras()
    old = k.backend.floatx()
    k.backend.set_floatx("float64")  # QKeras quantizers cast to floatx
    try:
        with k.utils.custom_object_scope({**_custom_objects(), **_extra_objects()}):

            def clone(layer: Any) -> Any:
                return layer.__class__.from_config({**layer.get_config(), "dtype": "float64"})

            twin = k.models.clone_model(
                model,
                input_tensors=k.Input(shape=model.input_shape[1:], dtype="float64"),
                clone_function=clone,
            )
        twin.set_weights([w.astype("float64") for w in model.get_weights()])
    finally:
        k.backend.set_floatx(old)
    return twin


def predict_float64(model: Any, x: Any, batch_size: int = 8192) -> Any:
    """Outputs of ``model`` evaluated in float64 (see :func:`float64_twin`), as a float64 array (n, outputs)."""
    import numpy as np

    from fpgaml._keras import keras

    k = keras()
    twin = float64_twin(model)
    old = k.backend.floatx()
    k.backend.set_floatx("float64")
    try:
        out = [
            np.asarray(twin(np.asarray(x[i : i + batch_size], np.float64), training=False), np.float64)
            for i in range(0, len(x), batch_size)
        ]
    finally:
        k.backend.set_floatx(old)
    return np.concatenate(out).reshape(len(x), -1) if out else np.zeros((0, 0))
