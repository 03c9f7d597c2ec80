"""Triton Inference Server model repository for an ONNX graph (ONNX Runtime backend).

Layout (what Triton expects)::

    <repo>/<model>/config.pbtxt
    <repo>/<model>/<version>/model.onnx

``config.pbtxt`` is derived from the ONNX graph itself: platform ``onnxruntime_onnx``, ``max_batch_size``,
dynamic batching, and one entry per graph input/output with its name, data type (``TYPE_FP32`` for float)
and dims *without* the batch dimension (Triton adds it when ``max_batch_size > 0``; -1 marks a dynamic dim).
The tests read it back with Triton's own schema (``tritonclient``'s ``model_config_pb2``).
"""

from __future__ import annotations

import functools
import os
import re
import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import jinja2

from fpgaml.errors import ArtifactExistsError, ConfigError, UnsupportedModelError
from fpgaml.gpu.onnx_export import io_signature

#: ONNX TensorProto element type name -> Triton data type.
TRITON_TYPES: dict[str, str] = {
    "FLOAT": "TYPE_FP32",
    "FLOAT16": "TYPE_FP16",
    "BFLOAT16": "TYPE_BF16",
    "DOUBLE": "TYPE_FP64",
    "INT8": "TYPE_INT8",
    "INT16": "TYPE_INT16",
    "INT32": "TYPE_INT32",
    "INT64": "TYPE_INT64",
    "UINT8": "TYPE_UINT8",
    "UINT16": "TYPE_UINT16",
    "UINT32": "TYPE_UINT32",
    "UINT64": "TYPE_UINT64",
    "BOOL": "TYPE_BOOL",
    "STRING": "TYPE_STRING",
}

_NAME = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.-]*$")


def triton_tensors(proto: Any) -> dict[str, list[dict[str, Any]]]:
    """Graph inputs/outputs as Triton sees them: name, data_type, dims (batch dim removed, -1 if dynamic)."""

    sig = io_signature(proto)
    out: dict[str, list[dict[str, Any]]] = {}
    for kind in ("inputs", "outputs"):
        tensors = []
        for t in sig[kind]:
            if t["dtype"] not in TRITON_TYPES:
                raise UnsupportedModelError(
                    f"{kind[:-1]} {t['name']!r}: ONNX type {t['dtype']} has no Triton type"
                )
            if not t["shape"] or t["shape"][0] is not None:
                raise UnsupportedModelError(
                    f"{kind[:-1]} {t['name']!r} has shape {t['shape']}: Triton batching needs a dynamic first "
                    "(batch) dimension; export with fpgaml.gpu.export_onnx"
                )
            dims = [-1 if d is None else int(d) for d in t["shape"][1:]]
            tensors.append({"name": t["name"], "data_type": TRITON_TYPES[t["dtype"]], "dims": dims})
        out[kind] = tensors
    return out


def config_pbtxt(
    proto: Any,
    model_name: str,
    *,
    max_batch_size: int = 16384,
    preferred_batch_sizes: Sequence[int] = (1024, 4096),
    max_queue_delay_us: int = 100,
    instance_kind: str = "auto",
    tensorrt: bool = False,
) -> str:
    """The text of ``config.pbtxt`` for the ONNX graph ``proto`` served as ``model_name``."""
    if max_batch_size < 1:
        raise ConfigError("max_batch_size must be >= 1 (the exported graphs have a dynamic batch dimension)")
    too_big = [b for b in preferred_batch_sizes if b > max_batch_size]
    if too_big:
        raise ConfigError(f"preferred batch sizes {too_big} exceed max_batch_size {max_batch_size}")
    io = triton_tensors(proto)
    return _template().render(
        model_name=model_name, max_batch_size=max_batch_size, io=io, preferred_batch_sizes=list(preferred_batch_sizes),
        max_queue_delay_us=max_queue_delay_us, instance_kind=instance_kind, tensorrt=tensorrt,
    )  # fmt: skip


@functools.cache
def _template() -> Any:
    """``templates/config.pbtxt.j2`` (package data), rendered by :func:`config_pbtxt`."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(Path(__file__).resolve().parent / "templates")),
        undefined=jinja2.StrictUndefined, keep_trailing_newline=True, trim_blocks=True, lstrip_blocks=True,
    )  # fmt: skip
    return env.get_template("config.pbtxt.j2")


def write_model_repository(
    onnx_model: Any,
    repo: str | Path,
    model_name: str,
    *,
    version: int = 1,
    force: bool = False,
    **config: Any,
) -> Path:
    """Write ``<repo>/<model_name>/{config.pbtxt, <version>/model.onnx}``; returns the model directory.

    ``onnx_model``: a ModelProto or a path to an .onnx file. ``config``: keyword arguments of
    :func:`config_pbtxt`. An existing model directory is replaced only with ``force=True``
    (:class:`ArtifactExistsError` otherwise); the new one is written beside it and renamed into place.
    """
    import onnx  # optional heavy dependency: imported on first use

    if not _NAME.match(model_name):
        raise ConfigError(f"Triton model name {model_name!r}: use letters, digits, '_', '.', '-'")
    if version < 1:
        raise ConfigError("Triton model versions are positive integers")
    proto = onnx.load(str(onnx_model)) if isinstance(onnx_model, (str, Path)) else onnx_model
    text = config_pbtxt(proto, model_name, **config)
    repo = Path(repo)
    final = repo / model_name
    if final.exists() and not force:
        raise ArtifactExistsError(
            f"Triton model directory {final} exists; pass force=True (--force) to replace it"
        )
    repo.mkdir(parents=True, exist_ok=True)
    partial = repo / f".{model_name}.partial-{os.getpid()}"
    shutil.rmtree(partial, ignore_errors=True)
    try:
        (partial / str(version)).mkdir(parents=True)
        onnx.save_model(proto, str(partial / str(version) / "model.onnx"))
        (partial / "config.pbtxt").write_text(text)
        if final.exists():
            trash = repo / f".{model_name}.old-{os.getpid()}"
            os.replace(final, trash)
            os.replace(partial, final)
            shutil.rmtree(trash, ignore_errors=True)
        else:
            os.replace(partial, final)
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    return final
