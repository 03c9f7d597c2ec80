"""What fpgaml lets a model file deserialize without the user's opt-in: an allowlist over its architecture JSON.

Keras model files can carry code. A ``Lambda`` layer stores marshalled Python bytecode that runs as soon as
the model is built (tf_keras' h5 loader executes it without asking); a custom class is resolved by name, and a
``module`` key makes the deserializer import that module. Such objects can sit anywhere in the architecture:
inside a wrapper (``TimeDistributed.layer``, ``Bidirectional.layer``), an RNN's ``cell``/``cells``, a nested
model, a quantizer config, and in old Keras 2 files whose ``config`` is a bare list of layers.

The rule, applied to the architecture JSON *before* anything is deserialized (:func:`find_code`), walks every
dict and list, whatever the key or layout, and refuses:

1. any ``class_name`` that is not on the allowlist (:func:`allowlist`): the public classes of tf_keras'
   layers, initializers, constraints and regularizers, the activation functions, the mixed-precision
   ``Policy``, QKeras' layers and quantizers, fpgaml's LUT activations, ``Functional``/``Sequential``/``Model``
   and the plain-data markers of Keras' JSON (``__tuple__``, ``__numpy__``...);
2. the code-carrying classes even though Keras knows them: ``Lambda``, ``TFOpLambda``, ``SlicingOpLambda``
   and serialized Python lambdas (``__lambda__``);
3. keys that carry or locate code: ``function`` (a Lambda's bytecode or op name), any ``*_type`` key whose
   value is ``"lambda"`` (e.g. ``function_type``, ``residual_fn_type``), and ``module``/``*_module`` naming a
   Python module outside ``keras``, ``tf_keras``, ``qkeras`` and ``fpgaml`` (the deserializer imports it;
   ``"builtins"`` is accepted only where Keras writes it, on a ``{"class_name": "function"}`` object);
4. a ``registered_name`` other than the object's own ``class_name`` (Keras resolves the registered name
   first, so it could swap in another registered class), and ``{"class_name": "function"}`` objects unless
   they name an allowlisted function;
5. strings under quantizer/activation keys (``activation``, ``*_activation``, ``*quantizer``) that are not
   ``name`` or ``name(literal args)`` with an allowlisted name: QKeras *evaluates* such strings
   (``qkeras.safe_eval``), calling the named object.

Weights are not part of the rule: they are read as arrays (h5 datasets, a TensorFlow checkpoint). Behind the
rule, :mod:`fpgaml.modelio` builds the model inside tf_keras' safe mode, which refuses Lambda bytecode too.

The refusal lists every offending object with its nesting path (``model > td (TimeDistributed) > layer
(Lambda)``) and names the switches that opt in: :data:`SWITCHES`. With the opt-in nothing is checked, and
Python modules named by the user (:data:`MODULES_KEY`) are imported so that their Keras classes can be found;
without it, naming a module is itself refused.
"""

from __future__ import annotations

import functools
import hashlib
import importlib
import importlib.util
import inspect
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fpgaml._keras import keras, qkeras
from fpgaml.errors import FpgamlError, UntrustedModelError
from fpgaml.ir import KINDS
from fpgaml.ir.parse import binary_hint
from fpgaml.models.lut import custom_objects as lut_objects

#: The two ways to opt in, quoted in every refusal (the config key and the CLI flag).
SWITCHES = "train.trust_model_code: true in the config, or --trust-model-code on fpgaml run / fpgaml train"
#: The config key that names the user's Python modules with custom classes (quoted in messages).
MODULES_KEY = "train.custom_modules"

#: Classes Keras knows that run Python code stored in the file.
CODE_CLASSES = frozenset({"Lambda", "TFOpLambda", "SlicingOpLambda", "__lambda__"})
#: Markers of Keras' JSON that stand for plain data (tuples, arrays, bytes), never code.
DATA_MARKERS = frozenset({"__tuple__", "__ellipsis__", "__bytes__", "__numpy__", "__tensor__"})
MODEL_CLASSES = frozenset({"Functional", "Sequential", "Model"})
#: Python packages a ``module`` key may name: importing them runs only installed library code.
LIBRARY_PACKAGES = ("keras", "tf_keras", "qkeras", "fpgaml")
#: QKeras' activation functions that its quantizer strings may name.
_QKERAS_FUNCTIONS = frozenset(
    {"binary_sigmoid", "binary_tanh", "hard_sigmoid", "hard_tanh", "smooth_sigmoid", "smooth_tanh"}
)
_CALL_STRING = re.compile(r"\s*([A-Za-z_][A-Za-z0-9_]*)\s*(\(.*\))?\s*", re.DOTALL)


@dataclass(frozen=True)
class Allowlist:
    classes: frozenset[str]  # accepted as ``class_name``
    functions: frozenset[str]  # accepted in quantizer/activation strings and ``function`` objects


@dataclass(frozen=True)
class Finding:
    path: str  # e.g. "model > td (TimeDistributed) > layer (Lambda)"
    reason: str


@functools.cache
def allowlist() -> Allowlist:
    """The names a model file may use without the opt-in (built from the installed tf_keras and QKeras)."""

    k = keras()
    classes: set[str] = set()
    for mod in (k.layers, k.initializers, k.constraints, k.regularizers):
        classes |= {n for n in dir(mod) if not n.startswith("_") and inspect.isclass(getattr(mod, n))}
    classes.add("Policy")  # tf_keras.mixed_precision.Policy, a layer's dtype policy
    import tf_keras.src.activations as activations_module  # optional heavy dependency: imported on first use

    activation_fns = {
        n
        for n, f in vars(activations_module).items()
        if inspect.isfunction(f)
        and not n.startswith("_")
        and f.__module__.startswith("tf_keras")
        and n not in {"get", "serialize", "deserialize"}
    }
    q = qkeras_objects()
    lut = set(lut_objects())
    functions = activation_fns | lut | _QKERAS_FUNCTIONS | {n for n, o in q.items() if _is_quantizer(o)}

    classes |= set(q) | functions | MODEL_CLASSES | DATA_MARKERS | set(KINDS.keras_objects())
    return Allowlist(classes=frozenset(classes - CODE_CLASSES), functions=frozenset(functions))


def _is_quantizer(obj: Any) -> bool:
    from qkeras.quantizers import BaseQuantizer  # optional heavy dependency: imported on first use

    return inspect.isclass(obj) and issubclass(obj, BaseQuantizer)


@functools.cache
def _qkeras_objects() -> tuple[tuple[str, Any], ...]:

    q = qkeras()
    objs: dict[str, Any] = {}
    q.utils._add_supported_quantized_objects(objs)  # fills the dict in place
    import qkeras.quantizers as quantizers  # optional heavy dependency: imported on first use

    for name, obj in vars(quantizers).items():  # quantized_hswish and others QKeras leaves out of that dict
        if not name.startswith("_") and _is_quantizer(obj) and obj.__name__ != "BaseQuantizer":
            objs.setdefault(name, obj)
    return tuple(objs.items())


def qkeras_objects() -> dict[str, Any]:
    """QKeras' serializable layers and quantizers, name -> object (the custom objects for loading)."""
    return dict(_qkeras_objects())


def _is_library_module(name: str) -> bool:
    return any(name == p or name.startswith(p + ".") for p in LIBRARY_PACKAGES)


def _object_name(node: dict[str, Any]) -> str | None:
    name = node.get("name")
    cfg = node.get("config")
    if not isinstance(name, str) and isinstance(cfg, dict):
        name = cfg.get("name")
    return name if isinstance(name, str) and name else None


def _label(node: dict[str, Any], key: str | None, index: int | None) -> str:
    cls = node.get("class_name")
    shown = cls if isinstance(cls, str) else repr(cls)
    if index is not None:  # an element of a list of layers / cells
        name = _object_name(node)
        where = name if name else f"{key or 'item'}[{index}]"
    else:
        where = key or "?"
    return f"{where} ({shown})"


def _is_string_evaluated(key: str | None) -> bool:
    return key is not None and (
        key == "activation" or key.endswith("_activation") or key.endswith("quantizer")
    )


def _object_reasons(node: dict[str, Any], allowed: Allowlist) -> list[str]:
    """Why the object ``node`` (a dict with ``class_name``) is refused; empty if it is fine."""
    cls = node.get("class_name")
    if not isinstance(cls, str):
        return [f"its class_name is not a name ({type(cls).__name__})"]
    if cls in CODE_CLASSES:
        what = "a serialized Python lambda" if cls == "__lambda__" else f"a {cls} layer"
        return [f"{what} runs Python code stored in the file"]
    reasons = []
    if cls == "function":
        fn = node.get("config")
        if not (isinstance(fn, str) and fn in allowed.functions):
            reasons.append(f"it names the Python function {fn!r}, which is not a known Keras/QKeras function")
        registered = node.get("registered_name")
        if registered not in (None, "function", fn):
            reasons.append(f"its registered_name {registered!r} would resolve another object")
    elif cls not in allowed.classes:
        reasons.append(f"{cls} is not a tf_keras, QKeras or fpgaml class (a custom class runs its own code)")
    else:
        registered = node.get("registered_name")
        if registered is not None and registered != cls:
            reasons.append(f"its registered_name {registered!r} would resolve another class than {cls}")
    return reasons


def _key_reason(key: str, value: Any, node: dict[str, Any], allowed: Allowlist) -> str | None:
    """Why the entry ``key: value`` of the dict ``node`` (any dict) is refused; None if it is fine."""
    if key == "function":
        return "key 'function' holds code (a Lambda's bytecode or a TensorFlow op name)"
    if key.endswith("_type") and value == "lambda":
        return f"key '{key}' says a Python lambda is stored here"
    names_module = key == "module" or key.endswith("_module")
    # Keras writes its built-in functions as {"module": "builtins", "class_name": "function", ...}
    builtin_fn = key == "module" and value == "builtins" and node.get("class_name") == "function"
    library = isinstance(value, str) and _is_library_module(value)
    if names_module and value is not None and not builtin_fn and not library:
        return f"key '{key}' would import the Python module {value!r}"
    if _is_string_evaluated(key) and isinstance(value, str):
        m = _CALL_STRING.fullmatch(value)
        if not m or (m.group(1) not in allowed.functions and m.group(1) not in allowed.classes):
            return f"QKeras would evaluate the string {value!r} under '{key}'; it names no known quantizer/activation"
    return None


def find_code(arch: Any) -> list[Finding]:
    """Every object or key of ``arch`` (an architecture JSON, any layout) that the rule refuses.

    Pure function of the JSON; nothing is imported from or deserialized out of the model.
    """
    allowed = allowlist()
    found: dict[str, list[str]] = {}
    root = "model"
    if isinstance(arch, dict) and isinstance(arch.get("config"), dict):
        root = _object_name(arch) or root

    def add(path: tuple[str, ...], reason: str) -> None:
        found.setdefault(" > ".join(path), []).append(reason)

    def visit(node: Any, path: tuple[str, ...], key: str | None, index: int | None, top: bool) -> None:
        if isinstance(node, dict):
            here = path
            if "class_name" in node and not top:
                here = (*path, _label(node, key, index))
            if "class_name" in node:
                reasons = _object_reasons(node, allowed)
                for r in reasons:
                    add(here, r)
                cls = node.get("class_name")
                if cls in CODE_CLASSES:
                    return  # one reason is enough; its keys (function, module, ...) say the same
            for k, v in node.items():
                k = str(k)
                if k == "class_name":
                    continue
                r = _key_reason(k, v, node, allowed)
                if r is not None:
                    add(here, r)
                # A class's own keys ('config') do not name a place in the model: children keep the key
                # under which this object sits, so a bare-list Sequential's layers read 'name (Class)'.
                child_key = key if k == "config" else k
                visit(v, here, child_key, None, False)
        elif isinstance(node, list):
            for i, item in enumerate(node):
                visit(item, path, key, i, False)

    visit(arch, (root,), None, None, True)
    return [Finding(p, "; ".join(dict.fromkeys(rs))) for p, rs in found.items()]


def check_architecture(arch: Any, *, source: str, trust_model_code: bool = False) -> None:
    """Raise :class:`UntrustedModelError` naming every refused object of ``arch``, unless trusted."""
    if trust_model_code:
        return
    try:
        found = find_code(arch)
    except RecursionError:
        raise UntrustedModelError(
            f"{source}: its architecture is nested too deeply to be checked; refused ({SWITCHES} skips the check)"
        ) from None
    if not found:
        return
    listed = "\n".join(f"  - {f.path}: {f.reason}" for f in found)
    hint = next((h for f in found if (h := binary_hint(f.path))), "")
    raise UntrustedModelError(
        f"{source} contains objects whose loading would run code from the file or from classes fpgaml does "
        f"not know:\n{listed}\nfpgaml runs no code from a model file unless you opt in with {SWITCHES}. "
        f"Do so only for a file you trust; for custom classes also name the Python modules that define them "
        f"({MODULES_KEY}).{hint}"
    )


def import_custom_modules(modules: Iterable[str], *, trust_model_code: bool) -> dict[str, Any]:
    """Import the user's Python modules and return their Keras classes (layers, cells, initializers...).

    Each entry is a module name (``my_layers``, ``pkg.layers``) or a path to a ``.py`` file. Importing runs
    the module's code, so without the opt-in naming any module is refused.
    """
    modules = list(modules)
    if not modules:
        return {}
    if not trust_model_code:
        raise UntrustedModelError(
            f"{MODULES_KEY} {modules} would import and run Python code; fpgaml does so only when you opt in "
            f"with {SWITCHES}."
        )

    k = keras()
    bases = (k.layers.Layer, k.initializers.Initializer, k.constraints.Constraint, k.regularizers.Regularizer)
    objs: dict[str, Any] = {}
    for spec in modules:
        mod = _import(spec)
        found = {
            name: obj
            for name, obj in vars(mod).items()
            if not name.startswith("_")
            and inspect.isclass(obj)
            and issubclass(obj, bases)
            and obj.__module__ == mod.__name__  # defined there, not imported (tf_keras' own Layer...)
        }
        if not found:
            raise FpgamlError(
                f"custom_modules: {spec} defines no Keras layer, initializer, constraint or regularizer"
            )
        for name, obj in found.items():
            objs[name] = obj
            objs.setdefault(k.utils.get_registered_name(obj), obj)
    return objs


def _import(spec: str) -> Any:
    path = Path(spec)
    try:
        if spec.endswith(".py"):
            if not path.is_file():
                raise FpgamlError(f"custom_modules: {spec} does not exist")
            digest = hashlib.sha1(str(path.resolve()).encode()).hexdigest()[:10]
            name = f"fpgaml_custom_{path.stem}_{digest}"  # one module per file, even for equal file names
            if name in sys.modules:
                return sys.modules[name]
            loader_spec = importlib.util.spec_from_file_location(name, path)
            assert loader_spec is not None and loader_spec.loader is not None
            mod = importlib.util.module_from_spec(loader_spec)
            sys.modules[name] = mod
            try:
                loader_spec.loader.exec_module(mod)
            except BaseException:
                del sys.modules[name]
                raise
            return mod
        return importlib.import_module(spec)
    except FpgamlError:
        raise
    except Exception as exc:
        raise FpgamlError(f"custom_modules: cannot import {spec}: {type(exc).__name__}: {exc}") from None
