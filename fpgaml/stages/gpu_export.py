"""Stage ``gpu_export`` (``fpgaml gpu export``): the GPU path for models that are not for the trigger.

Writes ``<run>/gpu/``:

- ``quantized.onnx`` (QKeras quantizers folded, the firmware's fixed-point arithmetic exact: see
  :mod:`fpgaml.gpu.fold`) and ``float.onnx`` (if the float reference was trained), opset ``gpu.opset``,
  dynamic batch dimension;
- ``quantized.qonnx.onnx``: the quantized network with qonnx ``Quant`` nodes (:mod:`fpgaml.gpu.qonnx_export`)
  for FINN and hls4ml's QONNX front end, dynamic batch kept (or the reason it could not be written);
- ``agreement.json``: ONNX Runtime vs TensorFlow on the test jets (max |diff|; for the quantized model the
  fraction of outputs identical to QKeras and the max difference in output LSBs), the provider that ran, and,
  when the ``csim`` artifact is there and up to date, the quantized ONNX (ONNX Runtime) and the QONNX (qonnx's
  executor) against the C-simulated firmware on the whole C-simulated test set, output by output;
- ``triton/<name>_<model>/{config.pbtxt, 1/model.onnx}``: a Triton model repository (ONNX Runtime backend).

A failed agreement threshold (``gpu.float_max_rel_diff``, ``gpu.quantized_min_identical``,
``gpu.quantized_max_lsb``) is a failed check (exit 1) after the artifact is written, so it can be opened; so
is any output of the quantized ONNX or the QONNX that differs from the C-simulation, where the network is
expected bit-exact (a float softmax against the firmware's lookup table is not, and is reported only). The
``csim`` artifact's hash is part of the fingerprint: a new C-simulation makes the export stale.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from fpgaml.artifacts import Outcome, read_manifest, write_json
from fpgaml.errors import ArtifactMissingError, ConfigError, UnsupportedModelError
from fpgaml.gpu.config import GpuConfig
from fpgaml.gpu.fold import folded_summary
from fpgaml.gpu.onnx_export import export_onnx, io_signature
from fpgaml.gpu.qonnx_export import export_qonnx, quant_nodes, run_qonnx
from fpgaml.gpu.runtime import OnnxRunner
from fpgaml.gpu.triton import write_model_repository
from fpgaml.gpu.verify import check_agreement, compare_with_csim
from fpgaml.ir import parse
from fpgaml.stage import Stage, StageContext, expected_hash, stage_dir
from fpgaml.stages.convert import ProjectInfo
from fpgaml.stages.csim import load_outputs
from fpgaml.stages.data import load_split
from fpgaml.stages.train import load_models

if TYPE_CHECKING:  # pragma: no cover
    from fpgaml.config import FlowConfig

#: gpu settings the benchmark alone reads (changing them does not invalidate an export).
BENCH_ONLY = ("bench_batch_sizes", "bench_min_seconds", "bench_backends")


def csim_record(cfg: FlowConfig) -> str | None:
    """The hash of the ``csim`` artifact when it is there and up to date for ``cfg``, else None."""
    try:
        m = read_manifest(stage_dir("csim", cfg), "csim")
    except ArtifactMissingError:
        return None
    return m.hash if m.hash == expected_hash("csim", cfg) else None


def _inputs(cfg: FlowConfig) -> dict[str, Any]:
    """The C-simulation is compared with when present and up to date: its hash (or None) is an input."""
    return {"csim": csim_record(cfg)}


def gpu_test_jets(cfg: FlowConfig) -> tuple[np.ndarray, np.ndarray]:

    x, y, _ = load_split(cfg, "test")
    if cfg.gpu.max_jets is not None:
        x, y = x[: cfg.gpu.max_jets], y[: cfg.gpu.max_jets]
    return np.asarray(x, dtype=np.float32), np.asarray(y)


def export_models(cfg: FlowConfig, trained: Any) -> dict[str, Any]:
    models = {}
    for kind in cfg.gpu.models:
        model = trained.qmodel if kind == "quantized" else trained.float_model
        if model is not None:
            models[kind] = model
    return models


def _checks(cfg: FlowConfig, kind: str, agreement: dict[str, Any]) -> list[str]:
    """Failed thresholds, as sentences."""
    g = cfg.gpu
    failed = []
    if kind == "float" and agreement["max_rel_diff"] > g.float_max_rel_diff:
        failed.append(
            f"float model: max |ONNX - TF| / max |TF| = {agreement['max_rel_diff']:.3g} > "
            f"gpu.float_max_rel_diff {g.float_max_rel_diff:.3g}"
        )
    if kind == "quantized":
        for key, what in (("vs_csim", "quantized ONNX"), ("qonnx_vs_csim", "QONNX (qonnx's executor)")):
            c = agreement.get(key)
            if c and c.get("required") and c["n_equal"] != c["n_outputs"]:
                failed.append(
                    f"{what} vs the C-simulated firmware: {c['n_outputs'] - c['n_equal']} of {c['n_outputs']} "
                    f"outputs differ on jets {c['differing_jets']} (up to {c['max_lsb_diff']:g} LSB)"
                )
        if agreement["identical_fraction"] < g.quantized_min_identical:
            failed.append(
                f"quantized model: {agreement['identical_fraction']:.4%} of outputs identical to QKeras < "
                f"gpu.quantized_min_identical {g.quantized_min_identical:.4%}"
            )
        lsb = agreement.get("max_lsb_diff")
        if g.quantized_max_lsb is not None and lsb is not None and lsb > g.quantized_max_lsb:
            failed.append(
                f"quantized model: max difference {lsb:g} LSB > gpu.quantized_max_lsb {g.quantized_max_lsb:g}"
            )
    return failed


def produce(ctx: StageContext, out: Path) -> Outcome:

    cfg = ctx.cfg
    trained = load_models(cfg)
    x, y = gpu_test_jets(cfg)
    models = export_models(cfg, trained)
    if not models:
        raise ConfigError(f"gpu.models = {cfg.gpu.models}: none of them was trained in this run")
    g = cfg.gpu
    summary: dict[str, Any] = {"family": trained.meta.family, "n_jets": len(x), "models": {}}
    skipped = [k for k in g.models if k not in models]
    if skipped:
        summary["skipped"] = {k: "not trained in this run (train.float_reference: false?)" for k in skipped}
    agreement_all: dict[str, Any] = {}
    failed: list[str] = []
    csim = _csim(cfg)
    for kind, model in models.items():
        quantized = kind == "quantized"
        input_type = trained.meta.inputs if quantized else None
        proto = export_onnx(model, out / f"{kind}.onnx", opset=g.opset, fold=quantized, input_type=input_type)
        runner = OnnxRunner(
            proto,
            providers=g.providers,
            intra_op_threads=g.intra_op_threads,
            allow_spinning=g.allow_spinning,
        )
        agreement = check_agreement(model, runner, x, quantized=quantized)
        if trained.meta.task == "classification":  # regression / autoencoder: the agreement says it all
            onnx_pred = np.concatenate([runner(x[i : i + 4096]).argmax(-1) for i in range(0, len(x), 4096)])
            agreement["onnx_accuracy"] = float(np.mean(onnx_pred == y))
        if quantized:
            agreement.update(_against_firmware(cfg, model, runner, input_type, csim, out, summary))
        agreement["runtime"] = runner.describe()
        agreement["io"] = io_signature(proto)
        if quantized:
            agreement["folding"] = folded_summary(model)
        agreement_all[kind] = agreement
        failed += _checks(cfg, kind, agreement)
        triton_name = f"{cfg.name}_{kind}"
        write_model_repository(
            proto,
            out / "triton",
            triton_name,
            max_batch_size=g.triton_max_batch_size,
            preferred_batch_sizes=g.triton_preferred_batch_sizes,
            max_queue_delay_us=g.triton_max_queue_delay_us,
            instance_kind=g.triton_instance_kind,
            tensorrt=g.triton_tensorrt,
        )
        entry = {
            "onnx": f"{kind}.onnx",
            "triton_model": triton_name,
            "provider": runner.provider,
            "max_abs_diff": agreement["max_abs_diff"],
            "max_rel_diff": agreement["max_rel_diff"],
        }
        if "onnx_accuracy" in agreement:
            entry["onnx_accuracy"] = agreement["onnx_accuracy"]
        if quantized:
            entry.update(
                identical_fraction=agreement["identical_fraction"],
                max_lsb_diff=agreement["max_lsb_diff"],
                output_lsb=agreement["output_lsb"],
            )
            for key in ("vs_csim", "qonnx_vs_csim"):
                c = agreement.get(key)
                if c and "skipped" in c:
                    entry[key] = f"not compared: {c['skipped']}"
                elif c:
                    entry[key] = f"{c['n_equal']}/{c['n_outputs']} outputs equal on {c['n_jets']} jets"
        summary["models"][kind] = entry
    write_json(out / "agreement.json", agreement_all)
    return Outcome(summary, failed_checks=failed)


def _csim(cfg: FlowConfig) -> dict[str, Any] | None:
    """The C-simulated test set and what the comparison needs, or None without an up-to-date csim artifact."""
    if csim_record(cfg) is None:
        return None

    info = ProjectInfo.of(cfg)
    cs = load_outputs(cfg)
    exact = bool(info.exact_expected) and not info.ends_in_softmax
    why = (
        "" if exact else (info.inexact_reason or "the network ends in a softmax (a lookup table in firmware)")
    )
    return {"x": cs["x"], "y": cs["y"], "lsb": info.output_precision.lsb, "required": exact, "why": why}


def _against_firmware(
    cfg: FlowConfig,
    model: Any,
    runner: Any,
    input_type: Any,
    csim: dict[str, Any] | None,
    out: Path,
    summary: dict[str, Any],
) -> dict[str, Any]:
    """The QONNX export, and the quantized ONNX and QONNX against the C-simulated firmware."""

    result: dict[str, Any] = {}
    qonnx = None
    try:
        qonnx = export_qonnx(parse(model, input_type), out / "quantized.qonnx.onnx", opset=cfg.gpu.opset)
        result["qonnx"] = {"file": "quantized.qonnx.onnx", "quant_nodes": len(quant_nodes(qonnx))}
    except UnsupportedModelError as exc:
        result["qonnx"] = {"skipped": str(exc)}
        summary["qonnx"] = f"not written: {exc}"
    if csim is None:
        result["vs_csim"] = {
            "skipped": "no up-to-date csim artifact for this config: run `fpgaml csim CONFIG` first"
        }
        return result
    x32 = np.asarray(csim["x"], np.float32)
    onnx_out = np.concatenate([runner(x32[i : i + 4096]) for i in range(0, len(x32), 4096)])
    result["vs_csim"] = {**compare_with_csim(onnx_out, csim["x"], csim["y"], csim["lsb"]),
                         "required": csim["required"], "why_not_required": csim["why"]}  # fmt: skip
    if qonnx is not None:
        q_out = run_qonnx(qonnx, x32)
        result["qonnx_vs_csim"] = {**compare_with_csim(q_out, csim["x"], csim["y"], csim["lsb"]),
                                   "required": csim["required"], "why_not_required": csim["why"]}  # fmt: skip
    return result


def _gpu_dir(cfg: FlowConfig) -> Path:
    return cfg.run_dir / "gpu"


STAGE = Stage(
    name="gpu_export",
    doc="ONNX export of the quantized and float models, checked against TensorFlow, and a Triton repository",
    produce=produce,
    reads=("data", "train"),
    config=tuple(f"gpu.{k}" for k in GpuConfig.model_fields if k not in BENCH_ONLY),
    directory=_gpu_dir,
    inputs=_inputs,
    order=80,
    in_flow=False,
    cli=("gpu", "export"),
)
