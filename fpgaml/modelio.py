"""Reading users' model files *safely*, saving fpgaml's own, and the float64 twin of a QKeras model.

Accepted, all Keras 2 (tf_keras / QKeras), by :func:`load_model`:

- an ``.h5`` full model (``model.save('m.h5')``), Sequential or Functional, including the old Keras 2 layout
  whose ``model_config.config`` is a bare list of layers;
- an architecture ``.json`` (``model.to_json()``) plus its weights ``.h5`` (``model.save_weights('w.h5')``),
  the way hls4ml examples are shared;
- a tf_keras SavedModel directory (``model.save('dir')``), whose architecture is in ``keras_metadata.pb``;
- a ``.keras`` zip written by tf_keras (Keras 2's own zip format).

Every path goes through the same steps. :func:`inspect_model_file` finds what the file is from its bytes
(nothing is deserialized, no framework code runs) and refuses, saying what the file is and what to do,
Keras 3 and HGQ/HGQ2 models, PyTorch/ONNX/TFLite files, weights without an architecture and damaged files.
:func:`fpgaml.trust.check_architecture` then refuses any code in the architecture JSON unless the user
opted in. Finally the model is built from exactly the JSON that was checked and its weights are read as
data (h5 datasets, the zip's weights file or a TensorFlow checkpoint; a SavedModel's traced graphs are never
loaded). The ``compile_config`` of a ``.keras`` zip (optimizer, loss) is dropped unread: fpgaml does not
compile a loaded model.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import numpy as np

from fpgaml._keras import keras
from fpgaml.errors import FpgamlError, ModelFileError, UnsupportedModelError
from fpgaml.ir import KINDS
from fpgaml.ir.core import ModelIR
from fpgaml.ir.parse import parse
from fpgaml.ir.passes import strip_softmax
from fpgaml.models.compat import patch_qkeras_po2_float64, patch_qkeras_recurrent
from fpgaml.models.lut import custom_objects
from fpgaml.trust import MODULES_KEY, check_architecture, import_custom_modules, qkeras_objects
from fpgaml.userfiles import LIMITS, check_regular, read_bytes

#: The config key for the weights of an architecture JSON (quoted in messages; wired by train.py).
WEIGHTS_KEY = "train.pretrained_weights"
_FORMATS = (
    "fpgaml reads Keras 2 (tf_keras/QKeras) models: a full-model .h5 (model.save('model.h5')), an "
    "architecture .json (model.to_json()) with its weights .h5 (model.save_weights('weights.h5')), or a "
    "tf_keras SavedModel directory"
)
_RESAVE = (
    "save the model from tf_keras/QKeras (TF_USE_LEGACY_KERAS=1) with model.save('model.h5'), or share "
    "model.to_json() plus model.save_weights('weights.h5')"
)
_HDF5_MAGIC = b"\x89HDF\r\n\x1a\n"
#: HGQ (v1, Keras 2 + TF < 2.16) layer classes; HGQ2 is recognised by its modules (``hgq.*``).
_HGQ1_CLASSES = frozenset(
    {
        "HQuantize",
        "HDense",
        "HConv1D",
        "HConv2D",
        "HActivation",
        "HAdd",
        "HDenseBatchNorm",
        "HConv1DBatchNorm",
        "HConv2DBatchNorm",
        "Signature",
        # the proxy models HGQ (and hls4ml's own HGQ tools) export: float layers between fixed-point quantizers
        "FixedPointQuantizer",
        "UnaryLUT",
    }
)
_PROXY_CLASSES = ("FixedPointQuantizer", "UnaryLUT")
_KERAS3_CLASSES = frozenset({"DTypePolicy", "FloatDTypePolicy", "QuantizedDTypePolicy", "__keras_tensor__"})

Kind = Literal["h5", "json", "savedmodel", "keras2_zip"]


@dataclass(frozen=True)
class ModelFile:
    """What a model path holds, found without deserializing anything."""

    kind: Kind
    path: Path
    arch: dict[str, Any]  # the architecture JSON that will be checked and built
    weights: Path  # h5 file, the .keras zip itself, or the TensorFlow checkpoint prefix of a SavedModel


def _lut_objects() -> dict[str, Any]:
    """fpgaml's own serialisable objects (the firmware-exact LUT activations of the recurrent families)."""

    return dict(custom_objects())


def _custom_objects() -> dict[str, Any]:
    """Every object a model file may name without the opt-in: QKeras' and fpgaml's."""

    return {**qkeras_objects(), **_lut_objects(), **KINDS.keras_objects()}


def _text(value: Any) -> str:
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return "" if value is None else str(value)


def _walk_dicts(node: Any) -> Iterable[dict[str, Any]]:
    if isinstance(node, dict):
        yield node
        for v in node.values():
            yield from _walk_dicts(v)
    elif isinstance(node, list):
        for v in node:
            yield from _walk_dicts(v)


def _refuse_foreign(arch: Any, path: Path, keras_version: str = "") -> None:
    """Refuse HGQ/HGQ2 and Keras 3 models (recognised from their class names, modules and version)."""
    hgq = keras3 = None
    for d in _walk_dicts(arch):
        cls, module, registered = d.get("class_name"), d.get("module"), d.get("registered_name")
        origin = [str(x) for x in (module, registered) if isinstance(x, str)]
        if hgq is None and (
            cls in _HGQ1_CLASSES or any(o.lower().startswith(("hgq", "qkeras_next")) for o in origin)
        ):
            hgq = f"{cls}" + (f" from {module}" if isinstance(module, str) else "")
        if keras3 is None and cls in _KERAS3_CLASSES:
            keras3 = f"it uses {cls}"
    if hgq is not None and hgq.startswith(_PROXY_CLASSES):
        raise ModelFileError(
            f"{path} is an HGQ proxy model ({hgq}: float layers between HGQ's fixed-point quantizers, whose "
            "types live in the quantizers' 'overrides'); fpgaml takes QKeras (Keras 2) models and does not read "
            "those types, so it would not convert it exactly, and --trust-model-code would not help (the "
            "quantizer class is HGQ's). Convert the proxy model with hls4ml itself "
            "(hls4ml.converters.convert_from_keras_model reads FixedPointQuantizer layers) or with da4ml in an "
            "HGQ environment, or build the network with QKeras layers for fpgaml"
        )
    if hgq is not None:
        raise ModelFileError(
            f"{path} is an HGQ/HGQ2 model ({hgq}); fpgaml takes QKeras (Keras 2) models, and HGQ (TensorFlow "
            "< 2.16) or HGQ2 (Keras 3) cannot be loaded next to QKeras on TensorFlow 2.21: convert it with "
            "hls4ml or da4ml in an HGQ environment, or build the network with QKeras layers"
        )
    if keras3 is None and keras_version.split(".")[0].isdigit() and int(keras_version.split(".")[0]) >= 3:
        keras3 = f"saved by Keras {keras_version}"
    if keras3 is not None:
        raise _keras3(path, keras3)


def _keras3(path: Path, detail: str) -> ModelFileError:
    return ModelFileError(
        f"{path}: Keras 3 format; fpgaml reads Keras 2 (tf_keras/QKeras) models: {_RESAVE} ({detail})"
    )


def _damaged(path: Path, what: str, exc: BaseException) -> ModelFileError:
    msg = str(exc).strip().splitlines()[0][:300] if str(exc).strip() else type(exc).__name__
    return ModelFileError(f"cannot read model file {path}: {what} is damaged or truncated ({msg})")


def _sniff(path: Path) -> str:
    """The file's format from its first bytes (and, for formats without a signature, its suffix)."""
    with open(path, "rb") as f:
        head = f.read(2048)
    suffix = path.suffix.lower()
    if any(head[o : o + 8] == _HDF5_MAGIC for o in (0, 512, 1024)):
        return "hdf5"
    if head[:4] in (b"PK\x03\x04", b"PK\x05\x06"):
        return "zip"
    if len(head) >= 2 and head[0] == 0x80 and 2 <= head[1] <= 5:
        return "pickle"
    if head[4:8] == b"TFL3":
        return "tflite"
    if suffix == ".onnx" or (
        len(head) > 2 and head[0] == 0x08 and head[1] < 0x80 and head[2] in (0x12, 0x3A)
    ):
        return "onnx"
    if head.lstrip()[:1] in (b"{", b"["):
        return "json"
    if suffix in (".pt", ".pth"):
        return "pickle"
    return "empty" if not head else "unknown"


def _refuse_other_format(path: Path, kind: str) -> ModelFileError:
    what = {
        "pickle": "a PyTorch (pickle) file; fpgaml never unpickles files",
        "onnx": "an ONNX model",
        "tflite": "a TensorFlow Lite model",
        "torchzip": "a PyTorch file (a zip with pickled tensors); fpgaml never unpickles files",
    }[kind]
    return ModelFileError(
        f"{path} is {what}. {_FORMATS}. Export the Keras 2 model it came from, or convert this model with "
        "hls4ml's own frontend for it"
    )


def _h5_is_weights(f: Any) -> bool:
    return any(k in f.attrs for k in ("layer_names",)) or any(
        k in f for k in ("model_weights", "layers", "_layer_checkpoint_dependencies", "vars")
    )


def _inspect_h5(path: Path) -> dict[str, Any]:
    import h5py  # optional heavy dependency: imported on first use

    try:
        with h5py.File(path, "r") as f:
            raw = f.attrs.get("model_config")
            version = _text(f.attrs.get("keras_version"))
            weights_only = raw is None and _h5_is_weights(f)
    except OSError as exc:
        raise _damaged(path, "the HDF5 file", exc) from None
    if raw is None:
        if weights_only:
            raise ModelFileError(
                f"{path} holds only weights (model.save_weights), no architecture: give the architecture JSON "
                f"too (model.to_json() of the same model) as the model file and this file as its weights "
                f"(train.pretrained: arch.json, {WEIGHTS_KEY}: {path})"
            )
        raise ModelFileError(f"{path} is an HDF5 file without a Keras model in it (a data file?). {_FORMATS}")
    try:
        arch = json.loads(_text(raw))
    except (ValueError, RecursionError) as exc:
        raise _damaged(path, "its model_config attribute", exc) from None
    _refuse_foreign(arch, path, version)
    if not isinstance(arch, dict) or "class_name" not in arch:
        raise ModelFileError(f"{path}: its model_config is not a Keras architecture (no class_name)")
    return arch


def _check_weights_h5(path: Path) -> None:
    import h5py  # optional heavy dependency: imported on first use

    if not path.exists():
        raise ModelFileError(f"weights file {path} does not exist")
    check_regular(path, "weights file", ModelFileError)
    if _sniff(path) != "hdf5":
        raise ModelFileError(
            f"weights file {path} is not an HDF5 file (model.save_weights('weights.h5') writes one)"
        )
    try:
        with h5py.File(path, "r") as f:
            ok = "model_config" in f.attrs or _h5_is_weights(f)
    except OSError as exc:
        raise _damaged(path, "the HDF5 weights file", exc) from None
    if not ok:
        raise ModelFileError(f"weights file {path} holds no Keras weights")


def _inspect_json(path: Path) -> dict[str, Any]:
    text = read_bytes(path, "model file", ModelFileError, limit=LIMITS["json"])
    try:
        arch = json.loads(text)
    except (ValueError, RecursionError) as exc:  # UnicodeDecodeError is a ValueError
        msg = str(exc).splitlines()[0][:300] if str(exc) else type(exc).__name__
        raise ModelFileError(f"cannot read model file {path}: not valid JSON, or truncated ({msg})") from None
    if not isinstance(arch, dict) or not isinstance(arch.get("class_name"), str):
        raise ModelFileError(
            f"{path} is JSON but not a Keras architecture (model.to_json() writes one). {_FORMATS}"
        )
    _refuse_foreign(arch, path, _text(arch.get("keras_version")))
    return arch


def _inspect_zip(path: Path) -> dict[str, Any]:
    try:
        with zipfile.ZipFile(path) as zf:
            names = zf.namelist()
            if "config.json" in names:
                config = json.loads(zf.read("config.json"))
                meta = json.loads(zf.read("metadata.json")) if "metadata.json" in names else {}
            else:
                config = meta = None
    except (zipfile.BadZipFile, ValueError, KeyError, OSError, RecursionError) as exc:
        raise _damaged(path, "the zip archive", exc) from None
    if config is not None:
        version = _text(meta.get("keras_version")) if isinstance(meta, dict) else ""
        _refuse_foreign(config, path, version)
        if not version.startswith("2."):
            raise _keras3(path, f"a .keras zip saved by Keras {version or '?'}")
        config.pop("compile_config", None)  # optimizer/loss/metrics: fpgaml never compiles a loaded model
        if not isinstance(config, dict) or "class_name" not in config:
            raise ModelFileError(f"{path}: its config.json is not a Keras architecture")
        return config
    if any(n.endswith(("data.pkl", "constants.pkl")) or "/code/" in n for n in names):
        raise _refuse_other_format(path, "torchzip")
    raise ModelFileError(f"{path} is a zip archive without a Keras model in it. {_FORMATS}")


def _inspect_savedmodel(path: Path) -> dict[str, Any]:
    meta_file = path / "keras_metadata.pb"
    if not (path / "saved_model.pb").is_file() and not (path / "saved_model.pbtxt").is_file():
        raise ModelFileError(
            f"{path} is a directory but not a tf_keras SavedModel (no saved_model.pb). {_FORMATS}"
        )
    if not meta_file.is_file():
        raise ModelFileError(
            f"{path} is a TensorFlow SavedModel without Keras metadata (tf.saved_model.save, or a non-Keras "
            f"graph): fpgaml needs the Keras model's architecture; {_RESAVE}"
        )

    keras()
    from tf_keras.protobuf import saved_metadata_pb2  # optional heavy dependency: imported on first use

    try:
        sm = saved_metadata_pb2.SavedMetadata()
        sm.ParseFromString(meta_file.read_bytes())
        roots = [n for n in sm.nodes if n.node_path == "root"]
        root = json.loads(roots[0].metadata)
    except Exception as exc:  # protobuf DecodeError, IndexError, JSON errors
        raise _damaged(path, "its keras_metadata.pb", exc) from None
    arch = root.get("model_config") if isinstance(root, dict) else None
    _refuse_foreign(arch if arch is not None else root, path, _text(root.get("keras_version")))
    if not isinstance(arch, dict) or "class_name" not in arch:
        raise ModelFileError(
            f"{path} holds a subclassed Keras model ({root.get('class_name')}): its architecture is Python code, "
            "not data, and hls4ml converts only Functional/Sequential models: build it as a Functional or "
            "Sequential model"
        )
    if not (path / "variables" / "variables.index").is_file():
        raise ModelFileError(
            f"cannot read model file {path}: the SavedModel has no variables/variables.index"
        )
    return arch


def inspect_model_file(path: str | Path, *, weights: str | Path | None = None) -> ModelFile:
    """What ``path`` (and ``weights``) hold, without deserializing anything; refuses unreadable formats."""
    path = Path(path)
    wpath = Path(weights) if weights is not None else None
    if not path.exists():
        raise ModelFileError(f"model file {path} does not exist")
    check_regular(path, "model file", ModelFileError, allow_dir=True)
    if path.is_dir():
        arch = _inspect_savedmodel(path)
        if wpath is not None:
            raise ModelFileError(
                f"{path} is a SavedModel with its weights inside: give no separate weights file"
            )
        return ModelFile("savedmodel", path, arch, path / "variables" / "variables")
    try:
        fmt = _sniff(path)
    except OSError as exc:
        raise ModelFileError(f"cannot read model file {path}: {exc}") from None
    if fmt == "hdf5":
        arch = _inspect_h5(path)
        if wpath is not None:
            _check_weights_h5(wpath)
        return ModelFile("h5", path, arch, wpath or path)
    if fmt == "json":
        arch = _inspect_json(path)
        if wpath is None:
            raise ModelFileError(
                f"{path} is an architecture JSON, which holds no weights: give the weights .h5 too "
                f"(model.save_weights; {WEIGHTS_KEY})"
            )
        _check_weights_h5(wpath)
        return ModelFile("json", path, arch, wpath)
    if fmt == "zip":
        arch = _inspect_zip(path)
        if wpath is not None:
            raise ModelFileError(
                f"{path} is a .keras zip with its weights inside: give no separate weights file"
            )
        if path.suffix != ".keras":
            raise ModelFileError(
                f"{path} is a tf_keras .keras zip: give it the .keras suffix (tf_keras needs it)"
            )
        return ModelFile("keras2_zip", path, arch, path)
    if fmt in ("pickle", "onnx", "tflite"):
        raise _refuse_other_format(path, fmt)
    if fmt == "empty":
        raise ModelFileError(f"cannot read model file {path}: it is empty")
    raise ModelFileError(f"{path} is not a model file fpgaml recognises. {_FORMATS}")


def read_architecture(path: str | Path) -> dict[str, Any]:
    """The architecture JSON of a model file (any accepted format), without deserializing anything."""
    path = Path(path)
    if path.is_file() and _sniff(path) == "json":  # (a FIFO or device is not is_file: refused below)
        return _inspect_json(path)
    return inspect_model_file(path).arch


def _qactivation_compat(arch: Any) -> Any:
    """A copy of ``arch`` in which QKeras ``QActivation`` quantizers given as objects can be rebuilt.

    ``model.to_json()`` and tf_keras' ``.keras`` zip store such a quantizer as a nested object
    (``{"module": "qkeras.quantizers", "class_name": "quantized_relu", ...}``), and QActivation only
    understands strings or objects, not dicts: tf_keras' and QKeras' own JSON loaders fail on it. Marking
    it as a passive object (what tf_keras' h5 writer does) makes the legacy deserializer build it first.
    Only adds that marker; the JSON was checked before.
    """
    if isinstance(arch, list):
        return [_qactivation_compat(v) for v in arch]
    if not isinstance(arch, dict):
        return arch
    out = {k: _qactivation_compat(v) for k, v in arch.items()}
    cfg = out.get("config")
    if out.get("class_name") == "QActivation" and isinstance(cfg, dict):
        act = cfg.get("activation")
        if isinstance(act, dict) and "class_name" in act:
            cfg["activation"] = {**act, "__passive_serialization__": True}
    return out


def _h5_weight_layers(path: Path) -> list[str] | None:
    """Names of the layers whose weights a Keras 2 ``.h5`` holds, in the file's order (None: not that layout,
    e.g. the TF-format ``.weights.h5`` that tf_keras loads by object path)."""
    import h5py  # optional heavy dependency: imported on first use

    with h5py.File(path, "r") as f:
        group = f.get("model_weights", f)
        names = group.attrs.get("layer_names")
        if names is None:
            return None
        out = []
        for raw in names:
            name = _text(raw)
            layer = group.get(name)
            if layer is not None and len(layer.attrs.get("weight_names", [])) > 0:
                out.append(name)
        return out


def check_weight_names(model: Any, weights: Path) -> None:
    """Refuse an ``.h5`` weights file whose layers are not the model's layers with weights, in order.

    Keras 2 loads such a file by position: the weights of another model with the same shapes (the weights file
    of another example) load without a word, and every check that follows compares that other network with
    itself. The names the file was saved with must be the model's."""
    try:
        in_file = _h5_weight_layers(Path(weights))
    except OSError as exc:
        raise _damaged(Path(weights), "the HDF5 weights file", exc) from None
    if in_file is None:
        return
    in_model = [layer.name for layer in model.layers if layer.weights]
    if in_file != in_model:
        missing = [n for n in in_model if n not in in_file]
        raise ModelFileError(
            f"weights file {weights} holds the weights of layers {in_file}, but the model's layers with weights "
            f"are {in_model}"
            + (f" ({', '.join(missing)} not in the file)" if missing else " (another order)")
            + ": these are the weights of another model (Keras would load them by position, whatever the "
            "names). Give the weights saved from this model (model.save_weights('weights.h5')), or the model "
            "file that belongs to these weights"
        )


def _build(mf: ModelFile, objects: dict[str, Any], trust_model_code: bool) -> Any:

    k = keras()
    from tf_keras.src.saving.legacy import serialization  # optional heavy dependency: imported on first use
    from tf_keras.src.saving.legacy.saved_model import (
        json_utils,  # optional heavy dependency: imported on first use
    )
    from tf_keras.src.saving.legacy.saved_model.utils import (
        keras_option_scope,  # optional heavy dependency: imported on first use
    )
    from tf_keras.src.saving.serialization_lib import (
        SafeModeScope,  # optional heavy dependency: imported on first use
    )

    # Safe mode is tf_keras' own refusal of Lambda bytecode: a second line behind fpgaml.trust.
    with k.utils.custom_object_scope(objects), SafeModeScope(not trust_model_code):
        # The scopes tf_keras' own h5/SavedModel loader uses: the legacy deserializer (which imports no
        # module named in the file) and shared-object tracking.
        with (
            serialization.SharedObjectLoadingScope(),
            keras_option_scope(save_traces=False, in_tf_saved_model_scope=True),
        ):
            # decode: {"class_name": "__tuple__", ...} -> tuple, as tf_keras' loaders do.
            arch = json_utils.decode(json.dumps(_qactivation_compat(mf.arch)))
            model = k.models.model_from_config(arch, custom_objects=objects)
        if mf.kind in ("h5", "json"):
            check_weight_names(model, mf.weights)
        if mf.kind == "savedmodel":
            status = model.load_weights(str(mf.weights))
            status.assert_existing_objects_matched()
            status.expect_partial()  # the checkpoint also holds the optimizer and the SavedModel's extras
        else:  # h5 (legacy layout or .weights.h5) or the .keras zip: tf_keras picks the reader by suffix
            model.load_weights(str(mf.weights))
    return model


def load_model(
    path: str | Path,
    *,
    weights: str | Path | None = None,
    trust_model_code: bool = False,
    custom_modules: Iterable[str | Path] | str = (),
) -> Any:
    """Load a Keras 2 / QKeras model after checking that it holds no code (unless trusted).

    ``path``: a full-model .h5, an architecture .json (then ``weights`` is its .h5), a tf_keras SavedModel
    directory or a tf_keras .keras zip. ``trust_model_code``: the user's opt-in to run code from the file
    (Lambda layers, custom classes). ``custom_modules``: Python modules (names or .py paths) whose Keras
    classes the model uses; importing them runs code, so they need ``trust_model_code`` too. The returned
    model is not compiled.
    """
    if isinstance(custom_modules, (str, Path)):
        custom_modules = [str(custom_modules)]  # one module, not its characters
    modules = [str(m) for m in custom_modules]
    if modules and not trust_model_code:
        import_custom_modules(modules, trust_model_code=False)  # raises: naming a module is itself refused
    mf = inspect_model_file(path, weights=weights)
    check_architecture(mf.arch, source=str(mf.path), trust_model_code=trust_model_code)
    objects = {**_custom_objects(), **import_custom_modules(modules, trust_model_code=trust_model_code)}

    patch_qkeras_recurrent()  # QKeras 0.9.0's QGRU cannot even be called on TF 2.21 without it
    try:
        return _build(mf, objects, trust_model_code)
    except FpgamlError:
        raise
    except Exception as exc:
        msg = str(exc).strip().splitlines()[0][:400] if str(exc).strip() else ""
        hint = ""
        if "Unknown" in msg or "custom" in msg.lower():
            hint = f" If the model uses your own classes, name the Python module that defines them ({MODULES_KEY})."
        raise ModelFileError(
            f"cannot load model file {mf.path}: {type(exc).__name__}: {msg}.{hint}"
        ) from None


def save_model(model: Any, path: Path) -> None:
    model.save(path, include_optimizer=False)


def _keras_layers(model: Any) -> dict[str, Any]:
    """Every layer of ``model`` by name, nested models' layers included (as the IR flattens them)."""
    out: dict[str, Any] = {}
    for layer in model.layers:
        inner = getattr(layer, "layers", None)
        if inner and hasattr(layer, "_is_graph_network"):
            out.update(_keras_layers(layer))
        else:
            out[layer.name] = (
                getattr(layer, "layer", layer) if type(layer).__name__ == "PruneLowMagnitude" else layer
            )
    return out


def rebuild(model: Any, ir: ModelIR, source: ModelIR, name: str | None = None) -> Any:
    """A tf_keras model computing ``ir``, an edit of ``source`` (the IR ``model`` was parsed into, e.g. by a
    pass of :mod:`fpgaml.ir.passes`): where a Keras model of the edited network is needed (training, hls4ml).

    Each IR layer is the Keras layer of the same name, rebuilt from its config (QKeras quantizers included)
    and reading the layers the IR says; its weights are copied from ``model`` unless the edit replaced them
    (then the IR's values), and an activation the edit removed becomes linear. Layers the IR does not hold
    (identities at inference such as Dropout, or layers a pass removed) are left out; nested models come out
    flat. Any other difference between the records is refused.
    """

    k = keras()
    layers = _keras_layers(model)
    before = {layer.name: layer for layer in source.layers}
    with k.utils.custom_object_scope(_custom_objects()):
        tensors = {ir.input_name: k.Input(shape=tuple(ir.input_shape), name=ir.input_name)}
        for layer in ir.layers[1:]:
            src, old = layers[layer.name], before[layer.name]
            config = src.get_config()
            if layer.activation != old.activation:
                if layer.activation is not None:
                    raise UnsupportedModelError(
                        f"{layer.where}: an edit changed its activation to {layer.activation}"
                    )
                config["activation"] = "linear"
            if "bias" in layer.weights and config.get("use_bias") is False:
                config["use_bias"] = True
            new = src.__class__.from_config(config)
            ins = [tensors[n] for n in layer.inputs]
            tensors[layer.name] = new(ins[0] if len(ins) == 1 else ins)
            if layer.weights is old.weights:
                new.set_weights(src.get_weights())
            else:
                new.set_weights([w.values.astype(np.float32) for w in layer.weights.values()])
    return k.Model(tensors[ir.input_name], tensors[ir.output], name=name or model.name)


def without_softmax(model: Any, ir: ModelIR | None = None) -> Any:
    """The network ending at its logits: ``model`` itself when it does not end in a softmax (the IR's one
    definition, :attr:`fpgaml.ir.ModelIR.ends_in_softmax`), else the Keras model of the ``strip_softmax`` pass
    (:func:`rebuild`). ``ir``: ``model``'s IR when the caller has it (else ``model`` is parsed)."""
    source = ir if ir is not None else parse(model)
    stripped, changed = strip_softmax(source)
    return rebuild(model, stripped, source) if changed else model


def float64_twin(model: Any) -> Any:
    """The same network with float64 layers and weights (QKeras quantizers included).

    A QKeras model defines a function on fixed-point grids; evaluated in float32 (24-bit significand) its
    wide sums and recurrent states get rounded, so a value next to a lookup-table index or a rounding tie
    can land on the other side and differ from the firmware by a table step. In float64 every sum of the
    supported networks is exact (e.g. the LSTM's 40-bit cell state), so the twin computes the model's
    function as the firmware does. Weights are copied, not retrained.
    """
    patch_qkeras_po2_float64()
    k = keras()
    old = k.backend.floatx()
    k.backend.set_floatx("float64")  # QKeras quantizers cast to floatx
    try:
        with k.utils.custom_object_scope(_custom_objects()):

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

    return twin_outputs(float64_twin(model), x, batch_size)


def twin_outputs(twin: Any, x: Any, batch_size: int = 8192) -> Any:
    """Outputs of a :func:`float64_twin` on ``x`` (float64, (n, outputs)): one twin for several inputs."""

    k = keras()
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
