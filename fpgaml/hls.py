"""Conversion of a QKeras model to an hls4ml HLS C++ project (Vitis or Vivado backend).

Precisions come from the QKeras quantizers through hls4ml's per-layer (``granularity="name"``) config;
the input type is the run's (its interface, :class:`fpgaml.interface.Interface`); a model family may set what hls4ml cannot infer
(``ModelFamily.hls_config``); the user's ``convert.layer_precision`` overrides come last.
"""

from __future__ import annotations

import contextlib
import copy
import os
import re
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from fpgaml._keras import keras2_as_keras, qkeras
from fpgaml.artifacts import read_manifest
from fpgaml.backends import get_backend
from fpgaml.errors import ConfigError, FpgamlError, ToolMissingError, UnsupportedModelError
from fpgaml.ir import KINDS
from fpgaml.ir.core import ModelIR, Quantizer, quantizer_holder
from fpgaml.ir.integer import dyadic_frac
from fpgaml.ir.parse import parse
from fpgaml.models.base import snap_quantized_weights
from fpgaml.models.compat import patch_hls4ml_numpy2
from fpgaml.models.support import check_supported, po2_weight_type
from fpgaml.models.support import register_extensions as register_extensions  # hls4ml extensions first
from fpgaml.profile.reports import read_hls_report
from fpgaml.records import ProjectInfo

if TYPE_CHECKING:  # pragma: no cover
    from fpgaml.config import ConvertConfig, ModelConfig
    from fpgaml.ir import FixedType
    from fpgaml.models.base import ModelFamily


def _ir(model: Any, ir: ModelIR | None) -> ModelIR | None:
    """``ir`` when the caller has it, else ``model`` read into the IR (None when it cannot be: refused
    elsewhere, by check_supported, before conversion)."""
    if ir is not None:
        return ir
    try:
        return parse(model)
    except UnsupportedModelError:
        return None


def input_layer_name(model: Any, ir: ModelIR | None = None) -> str:
    """The name hls4ml gives the model's input layer (the IR's: a Sequential model lists no InputLayer)."""
    return (ir if ir is not None else parse(model)).input_name


def softmax_layers(cfg: dict) -> list[str]:
    """Names of the softmax layers in an hls4ml config dict (an Activation/Softmax layer, or the
    ``<name>_softmax`` hls4ml splits off a layer with ``activation='softmax'``): those with exp/inverse tables."""
    return [
        n
        for n, e in cfg["LayerName"].items()
        if isinstance(e.get("Precision"), dict) and "exp_table" in e["Precision"]
    ]


@contextlib.contextmanager
def extension_sources(hm: Any) -> Iterator[None]:
    """While writing (or compiling) ``hm``: its backend copies the HLS sources of the layer kinds its graph
    uses (fpgaml's input scaling header) into ``firmware/nnet_utils/``; no other project gets them."""

    classes = {c.__name__ for node in hm.graph.values() for c in type(node).__mro__}
    sources = KINDS.hls4ml_sources(classes)
    if not sources:
        yield
        return
    backend = hm.config.backend
    with tempfile.TemporaryDirectory(prefix="fpgaml-hls-") as tmp:
        keys = []
        for name, text in sources.items():
            path = Path(tmp) / name
            path.write_text(text)
            backend.register_source(path)
            keys.append(f"nnet_utils{os.sep}{name}")
        try:
            yield
        finally:
            for key in keys:
                backend.custom_source.pop(key, None)


def hls_config(
    model: Any,
    model_cfg: ModelConfig,
    conv_cfg: ConvertConfig,
    family: ModelFamily | None,
    input_type: FixedType | str | None = None,
    ir: ModelIR | None = None,
) -> dict:
    """The hls4ml config dict for ``model``. ``input_type``: the firmware's input port type (the run's
    :class:`~fpgaml.interface.Interface`; default ``model.input_precision``)."""
    import hls4ml  # optional heavy dependency: imported on first use

    register_extensions()
    with keras2_as_keras():
        cfg = hls4ml.utils.config_from_keras_model(
            model, granularity="name", backend=conv_cfg.backend, default_precision="fixed<16,6>"
        )
    cfg["Model"]["ReuseFactor"] = conv_cfg.reuse_factor
    cfg["Model"]["Strategy"] = conv_cfg.strategy
    layers = cfg["LayerName"]
    port = str(input_type) if input_type is not None else model_cfg.input_precision
    layers[input_layer_name(model, ir)].setdefault("Precision", {})["result"] = port
    for layer in layers.values():
        layer["ReuseFactor"] = conv_cfg.reuse_factor
    if family is not None:
        family.configure_hls(cfg, model, model_cfg)
    for name in softmax_layers(cfg):  # (there is one only when convert.softmax is keep)
        layers[name]["TableSize"] = conv_cfg.softmax_table_size
    for name, precisions in conv_cfg.layer_precision.items():
        if name not in layers:
            raise ConfigError(
                f"convert.layer_precision: no layer {name!r} in the model; layers: {', '.join(layers)}"
            )
        layers[name].setdefault("Precision", {}).update(precisions)
    return cfg


def convert(
    model: Any,
    model_cfg: ModelConfig,
    conv_cfg: ConvertConfig,
    output_dir: Path,
    family: ModelFamily | None = None,
    hls_cfg: dict | None = None,
    writer_options: dict[str, Any] | None = None,
    input_type: FixedType | str | None = None,
    ir: ModelIR | None = None,
) -> Any:
    """Convert ``model`` into an hls4ml ``ModelGraph`` whose project lives in ``output_dir`` (written).

    ``writer_options``: hls4ml's writer settings (``namespace``, ``write_weights_txt``, ...: the keyword
    arguments of the backend's ``create_initial_config``), e.g. for the CMSSW export.
    """

    # ``ir``: the model's IR when the caller has it (the stage reads the model once); else read here, once
    ir = check_supported(ir if ir is not None else model, conv_cfg.backend, conv_cfg.io_type, input_type)
    # hls4ml 1.3.0 drops the quantizers of QDense on multi-dimensional inputs and of QGRU/QLSTM and would
    # write wrapped float weights: store the quantized values (QKeras outputs are unchanged, quantizers
    # being idempotent). This changes the weights of ``model`` in place.
    snap_quantized_weights(model)
    patch_hls4ml_numpy2()
    with po2_weights_as_fixed(model):
        return _convert_checked(model, model_cfg, conv_cfg, output_dir, family, hls_cfg, writer_options,
                                input_type, ir)  # fmt: skip


def _convert_checked(
    model: Any,
    model_cfg: ModelConfig,
    conv_cfg: ConvertConfig,
    output_dir: Path,
    family: ModelFamily | None,
    hls_cfg: dict | None,
    writer_options: dict[str, Any] | None,
    input_type: FixedType | str | None,
    ir: ModelIR | None,
) -> Any:
    if hls_cfg is not None:
        cfg = copy.deepcopy(hls_cfg)
    else:
        cfg = hls_config(model, model_cfg, conv_cfg, family, input_type, ir)
    kwargs: dict[str, Any] = {
        "output_dir": str(output_dir),
        "project_name": conv_cfg.project_name,
        "backend": conv_cfg.backend,
        "io_type": conv_cfg.io_type,
        "part": conv_cfg.part,
        "clock_period": conv_cfg.clock_period_ns,
        **(writer_options or {}),
    }
    hm = _convert(model, cfg, kwargs)
    # Types hls4ml 1.3.0 gets wrong, pinned from what the first conversion shows; then one conversion more.
    pins: dict[str, dict[str, str]] = {}
    for name, exact in _binary_weight_types(hm).items():
        # a Dense with binary (Xnor) weights gets no inferred type, i.e. the default fixed<16,6> (wraps and
        # truncates): type it exactly (a sum of +-x and the bias), and the 'linear' activation split off it
        pins[name] = {"result": exact, "accum": exact}
        pins[f"{name}_linear"] = {"result": exact}
    for name in _merge_hazards(ir, cfg):
        # MergeLinearActivation removes a quantizing ``linear`` activation (QKeras quantized_bits) after a layer
        # typed 'auto', and its quantization with it. Typing the layer, and the 'linear' activation hls4ml
        # splits off it (else fixed<16,6> by default), with the exact type hls4ml inferred keeps the activation.
        node = hm.graph.get(name)
        if node is None:
            continue
        exact = str(node.get_output_variable().type.precision)
        for entry in (name, f"{name}_linear"):
            if entry in cfg["LayerName"]:
                pins.setdefault(entry, {})["result"] = exact
    if pins:
        for entry, types in pins.items():
            prec = cfg["LayerName"].setdefault(entry, {}).get("Precision")
            if not isinstance(prec, dict):
                prec = cfg["LayerName"][entry]["Precision"] = {}
            prec.update(types)
        hm = _convert(model, cfg, kwargs)
    # hls4ml writes the Keras model into hls4ml_config.yml, pickled or (when it can import Keras) saved next
    # to it behind a custom !keras_model tag that its loader loads. The graph no longer needs it: drop it so
    # the project YAML is plain data that any YAML reader loads safely.
    hm.config.config["KerasModel"] = None
    respect_quantizer_modes(hm, model, ir)
    check_quantizers_kept(hm, model, ir)
    with extension_sources(hm):
        hm.write()
    check_softmax_tables(Path(output_dir), cfg)
    return hm


@contextlib.contextmanager
def po2_weights_as_fixed(model: Any) -> Iterator[list[str]]:
    """While converting: every ``quantized_po2`` weight quantizer of ``model`` reads as the ``quantized_bits``
    that holds its (snapped) power-of-two weights exactly (:func:`po2_weight_type`); yields the layers changed.

    hls4ml 1.3.0 turns quantized_po2 weights into exponents multiplied by shifts (``weight_exponential``) whose
    product type and fixed<16,6> accumulator drop fraction bits: C-sim = QKeras on 82 % of the outputs of a
    QKeras MNIST model, 14 LSB off. As fixed-point constants the products and sums get hls4ml's exact types
    (a multiplication by a power-of-two constant is a shift in synthesis anyway); the values, the IR and
    QKeras are unchanged. The quantizers are restored afterwards."""
    q = qkeras()
    swapped: list[tuple[Any, str, Any]] = []
    try:
        for layer in model.layers:
            holder = quantizer_holder(layer)
            for var_name, q_name in _weight_quantizer_attrs(layer).items():
                quantizer = getattr(holder, q_name, None)
                var = getattr(holder, var_name, None)
                if type(quantizer).__name__ != "quantized_po2" or var is None:
                    continue
                bits, integer, _, _ = po2_weight_type(np.asarray(var))
                swapped.append((holder, q_name, quantizer))
                setattr(holder, q_name, q.quantized_bits(bits, integer, alpha=1))
        yield [str(h.name) for h, _, _ in swapped]
    finally:
        for holder, q_name, quantizer in reversed(swapped):
            setattr(holder, q_name, quantizer)


def _weight_quantizer_attrs(layer: Any) -> dict[str, str]:
    """{weight attribute: quantizer attribute} of a Keras layer (what its layer kind declares)."""
    kind = KINDS.of_keras_layer(layer)
    return dict(kind.weight_quantizers) if kind is not None else {}


def _convert(model: Any, cfg: dict, kwargs: dict[str, Any]) -> Any:
    import hls4ml  # optional heavy dependency: imported on first use

    register_extensions()

    with keras2_as_keras():
        return hls4ml.converters.convert_from_keras_model(model, hls_config=copy.deepcopy(cfg), **kwargs)


def _quantizing_layers(ir: ModelIR | None) -> list[Any]:
    """IR layers whose activation is an exact fixed-point quantizer (the firmware must round there)."""
    if ir is None:
        return []
    return [
        layer for layer in ir.layers if isinstance(layer.activation, Quantizer) and layer.activation.exact
    ]


def _merge_hazards(ir: ModelIR, cfg: dict) -> list[str]:
    """Layers typed 'auto' that feed a signed (quantized_bits, made 'linear' by hls4ml) quantizer: the layer
    itself for a fused activation, the producer for a QActivation."""
    out = []
    for layer in _quantizing_layers(ir):
        if not layer.activation.type.signed:
            continue  # quantized_relu stays a relu in hls4ml
        parent = layer.inputs[0] if layer.kind == "activation" else layer.name
        entry = cfg["LayerName"].get(parent, {})
        prec = entry.get("Precision")
        result = prec.get("result", "auto") if isinstance(prec, dict) else (prec or "auto")
        if parent in cfg["LayerName"] and str(result).lower() == "auto":
            out.append(parent)
    return out


def _binary_weight_types(hm: Any) -> dict[str, str]:
    """The exact ``fixed`` type of each Dense/Conv node with binary (hls4ml Xnor) weights: its inputs times
    +-1, summed, plus its bias."""
    from hls4ml.model.types import (  # optional heavy dependency: imported on first use
        FixedPrecisionType,
        IntegerPrecisionType,
        XnorPrecisionType,
    )

    out = {}
    for node in hm.get_layers():
        weight = node.weights.get("weight") if hasattr(node, "weights") else None
        if weight is None or not isinstance(weight.type.precision, XnorPrecisionType):
            continue
        p = node.get_input_variable().type.precision
        if not isinstance(p, (FixedPrecisionType, IntegerPrecisionType)):
            continue
        frac = int(p.width) - int(p.integer)
        x_max = 2.0 ** (int(p.integer) - (1 if p.signed else 0))
        n_in = int(np.prod(weight.data.shape[:-1]))
        bound = n_in * x_max
        bias = node.weights.get("bias")
        if bias is not None and np.any(bias.data != 0):
            b = np.asarray(bias.data, dtype=np.float64)
            frac = max(frac, dyadic_frac(b, 32) or 0)
            bound += float(np.max(np.abs(b)))
        integer = int(np.ceil(np.log2(bound + 2.0**-frac))) + 1
        out[node.name] = f"fixed<{integer + frac},{integer},TRN,WRAP>"
    return out


def check_quantizers_kept(hm: Any, model: Any, ir: ModelIR | None = None) -> None:
    """Every exact QKeras activation quantizer is somewhere in the firmware with its type (a conversion that
    lost one would compute something else than QKeras: an error, not a silent difference). ``ir``:
    ``model``'s IR when the caller has it."""
    from hls4ml.model.types import FixedPrecisionType  # optional heavy dependency: imported on first use

    types = {}
    for node in hm.get_layers():
        var = node.get_output_variable()
        p = var.type.precision if var is not None else None
        if isinstance(p, FixedPrecisionType):
            types[node.name] = (int(p.width), int(p.integer), bool(p.signed))
    for layer in _quantizing_layers(_ir(model, ir)):
        want = (layer.activation.type.width, layer.activation.type.integer, layer.activation.type.signed)
        names = [n for n in types if n == layer.name or n.startswith(layer.name + "_")]
        if not names and layer.kind == "activation":
            # hls4ml folded the QActivation into its producer (e.g. a GRU's final-state quantizer becomes
            # the GRU's result type): the producer's output carries the quantizer's type then
            names = [n for n in types if n == layer.inputs[0]]
        if not any(types[n] == want for n in names):
            raise UnsupportedModelError(
                f"{layer.where}: hls4ml {_hls4ml_version()} dropped its activation quantizer "
                f"{layer.activation} from the firmware (found types {[types[n] for n in names]}); fpgaml refuses "
                "to write firmware that would not round where QKeras rounds"
            )


def respect_quantizer_modes(hm: Any, model: Any, ir: ModelIR | None = None) -> list[str]:
    """Give every firmware type that carries a QKeras activation quantizer the quantizer's rounding and
    overflow modes (those the IR records); returns the hls4ml layers changed.

    hls4ml 1.3.0 merges a ``quantized_bits`` activation into the Dense/Conv before it
    (``MergeLinearActivation``) and types that layer's output with the quantizer's width but truncation and
    wrap-around (``FixedPrecisionType``'s defaults) — QKeras rounds half to even and saturates — and it writes a
    symmetric quantizer's type with ``SAT`` where QKeras drops the most negative code (``SAT_SYM``). Either
    makes the firmware compute something else than QKeras and the IR.
    """
    from hls4ml.model.types import FixedPrecisionType  # optional heavy dependency: imported on first use

    ir = _ir(model, ir)
    if ir is None:
        return []  # refused elsewhere (check_supported) before conversion
    changed = []
    nodes = {layer.name: layer for layer in hm.get_layers()}
    for layer in ir.layers:
        q = layer.activation
        if not (isinstance(q, Quantizer) and q.exact):
            continue
        for name, node in nodes.items():
            if name != layer.name and not name.startswith(layer.name + "_"):
                continue
            var = node.get_output_variable()
            p = var.type.precision if var is not None else None
            if not isinstance(p, FixedPrecisionType):
                continue
            if (int(p.width), int(p.integer), bool(p.signed)) != (
                q.type.width,
                q.type.integer,
                q.type.signed,
            ):
                continue
            if (str(p.rounding_mode), str(p.saturation_mode)) != (q.rounding, q.overflow):
                p.rounding_mode, p.saturation_mode = q.rounding, q.overflow
                changed.append(name)
    return changed


def check_softmax_tables(project_dir: Path, cfg: dict) -> None:
    """The table size fpgaml asked for every firmware softmax is the one hls4ml wrote into
    ``firmware/parameters.h`` (a setting that does not reach the firmware is an error, not a silent default)."""

    params = Path(project_dir) / "firmware" / "parameters.h"
    text = params.read_text() if params.is_file() else ""
    for name in softmax_layers(cfg):
        want = int(cfg["LayerName"][name].get("TableSize", 1024))
        sizes = re.findall(r"static const unsigned (?:exp|inv)_table_size = (\d+);", text)
        if not sizes or any(int(s) != want for s in sizes):
            raise ConfigError(
                f"convert.softmax_table_size {want} for softmax layer {name!r} did not reach {params} "
                f"(found table sizes {sizes or 'none'}); hls4ml {_hls4ml_version()} ignores it there"
            )


def _hls4ml_version() -> str:
    import hls4ml  # optional heavy dependency: imported on first use

    return hls4ml.__version__


def output_precision(hm: Any) -> dict[str, Any]:
    """Width, integer bits, signedness and LSB of the firmware's output type."""
    var = hm.get_output_variables()[0]
    p = var.type.precision
    width, integer = int(p.width), int(p.integer)
    return {
        "type": str(p.definition_cpp()) if hasattr(p, "definition_cpp") else str(p),
        "width": width,
        "integer": integer,
        "signed": bool(getattr(p, "signed", True)),
        "lsb": 2.0 ** -(width - integer),
    }


def layer_precisions(hm: Any) -> dict[str, str]:
    """Result type of every layer in the converted graph (for the report)."""
    out = {}
    for layer in hm.get_layers():
        var = layer.get_output_variable()
        out[layer.name] = str(var.type.precision.definition_cpp()) if var is not None else "?"
    return out


def strip_pickled_model(project_dir: Path) -> None:
    """Remove the pickled Keras model hls4ml writes into ``hls4ml_config.yml``.

    hls4ml stores ``KerasModel`` as a ``!!python/object/apply`` tag (loading that YAML with an unsafe loader
    executes code from the file) or as a ``!keras_model`` tag naming a saved model file. No build script reads
    it, so fpgaml's projects carry ``KerasModel: null`` (:func:`convert` already writes it so; this cleans
    projects written otherwise).
    """
    path = Path(project_dir) / "hls4ml_config.yml"
    if not path.exists():
        return
    out, skipping = [], False
    for line in path.read_text().splitlines(keepends=True):
        if skipping:
            if line.startswith((" ", "-")):
                continue
            skipping = False
        if line.startswith("KerasModel:") and ("!!python" in line or "!keras_model" in line):
            out.append("KerasModel: null  # pickled model removed by fpgaml (loading it would run code)\n")
            skipping = True
            continue
        out.append(line)
    path.write_text("".join(out))
    (Path(project_dir) / "keras_model.keras").unlink(missing_ok=True)


def portable_output_dir(project_dir: Path) -> bool:
    """Make the directory hls4ml recorded as the project's (``OutputDir`` in ``hls4ml_config.yml``) ``.``;
    whether there was such a line to rewrite.

    hls4ml records the directory it wrote the project to, as it was given: a stage's partial directory
    (``hls_projects/.<name>.partial-<pid>``, renamed into place afterwards), a scratch directory. ``.`` is the
    project's own directory wherever it lies: the ``convert`` stage's project, the exported HLS bundle and the
    reference projects record it so. No build script reads it (``build_prj.tcl`` works from its own directory).
    """
    path = Path(project_dir) / "hls4ml_config.yml"
    if not path.is_file():
        return False
    text, n = re.subn(r"^OutputDir:.*$", "OutputDir: .", path.read_text(), count=1, flags=re.M)
    if n:
        path.write_text(text)
    return n == 1


def synthesize_project(project_dir: Path) -> Any:
    """Vendor C synthesis of an hls4ml project (what hls4ml's ``build(synth=True)`` runs), then its report.

    Raises :class:`ToolMissingError` when the project's backend's vendor tool is not on PATH.
    """

    project_dir = Path(project_dir)
    read_manifest(project_dir, "convert")
    backend = get_backend(ProjectInfo.load(project_dir).backend)
    tool = backend.tool()
    if tool is None:
        raise ToolMissingError(
            f"no {' / '.join(backend.tools)} on PATH for this {backend.name} project: vendor synthesis is not "
            "possible here; `fpgaml rtl CONFIG` and `fpgaml profile CONFIG` still give latency and resource estimates"
        )
    proc = subprocess.run(
        backend.synth_command(tool, project_dir), cwd=project_dir, capture_output=True, text=True
    )
    if proc.returncode != 0:
        raise FpgamlError(f"{tool} failed in {project_dir}:\n{(proc.stdout + proc.stderr)[-4000:]}")
    report = read_hls_report(project_dir, backend.name)
    if report is None:
        raise FpgamlError(f"{tool} ran but wrote no csynth report under {project_dir}")
    return report
