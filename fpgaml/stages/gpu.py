"""Stage ``gpu``: the GPU path for models that are not for the trigger (``fpgaml gpu export|bench``).

``action="export"`` writes ``<run>/gpu/``:

- ``quantized.onnx`` (QKeras quantizers folded, see :mod:`fpgaml.gpu.fold`) and ``float.onnx`` (if the
  float reference was trained), opset ``gpu.opset``, dynamic batch dimension;
- ``agreement.json``: ONNX Runtime vs TensorFlow on the test jets (max |diff|; for the quantized model the
  fraction of outputs identical to QKeras and the max difference in output LSBs) and the provider that ran;
- ``triton/<name>_<model>/{config.pbtxt, 1/model.onnx}``: a Triton model repository (ONNX Runtime backend).

``action="bench"`` reads that and writes ``<run>/gpu/bench/``: ``bench_<model>.json``, ``bench.txt``
(tables) and ``bench.png`` (log-log throughput and latency against batch size).

A failed agreement threshold (``gpu.float_max_rel_diff``, ``gpu.quantized_min_identical``,
``gpu.quantized_max_lsb``) raises :class:`~fpgaml.errors.CheckFailed` after the artifact is written (so
it can be opened), and again on every re-run that finds that artifact up to date.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np

from fpgaml.artifacts import ensure_replaceable, is_up_to_date, read_manifest, stage_output, write_json
from fpgaml.errors import CheckFailed, ConfigError

if TYPE_CHECKING:  # pragma: no cover
    from fpgaml.config import FlowConfig

ACTIONS = ("export", "bench")
_RUNTIME_FIELDS = ("providers", "intra_op_threads", "allow_spinning")


def _section(cfg: FlowConfig, bench: bool) -> dict[str, Any]:
    """The part of ``cfg.gpu`` an action depends on (bench settings do not invalidate an export)."""
    fields = cfg.gpu.model_dump(mode="json")
    if bench:
        return {
            k: v for k, v in fields.items() if k.startswith("bench_") or k in (*_RUNTIME_FIELDS, "models")
        }
    return {k: v for k, v in fields.items() if not k.startswith("bench_")}


def run(cfg: FlowConfig, *, force: bool = False, action: str = "export") -> dict[str, Any]:
    """Run one action of the ``gpu`` stage; returns a JSON-ready summary."""
    if action == "export":
        return _export(cfg, force)
    if action == "bench":
        return _bench(cfg, force)
    raise ConfigError(f"unknown gpu action {action!r}; available: {', '.join(ACTIONS)}")


def _test_jets(cfg: FlowConfig) -> tuple[np.ndarray, np.ndarray]:
    from fpgaml.stages.data import load_split

    x, y, _ = load_split(cfg, "test")
    if cfg.gpu.max_jets is not None:
        x, y = x[: cfg.gpu.max_jets], y[: cfg.gpu.max_jets]
    return np.asarray(x, dtype=np.float32), np.asarray(y)


def _models(cfg: FlowConfig, trained: Any) -> dict[str, Any]:
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


def _raise_if_failed(summary: dict[str, Any]) -> None:
    failed = summary.get("failed_checks") or []
    if failed:
        raise CheckFailed("gpu export: ONNX does not agree with TensorFlow:\n  " + "\n  ".join(failed))


def _export(cfg: FlowConfig, force: bool) -> dict[str, Any]:
    from fpgaml.gpu.fold import folded_summary
    from fpgaml.gpu.onnx_export import export_onnx, io_signature
    from fpgaml.gpu.runtime import OnnxRunner
    from fpgaml.gpu.triton import write_model_repository
    from fpgaml.gpu.verify import check_agreement
    from fpgaml.stages.train import load_models

    out = cfg.stage_dir("gpu")
    fp = {
        "gpu": _section(cfg, bench=False),
        "train": read_manifest(cfg.stage_dir("train"), "train")["hash"],
        "data": read_manifest(cfg.stage_dir("data"), "data")["hash"],
    }
    if not force and is_up_to_date(out, fp):
        summary = read_manifest(out)["summary"]
        _raise_if_failed(summary)
        return {"stage": "gpu", "action": "export", "status": "up to date", "dir": str(out), **summary}
    ensure_replaceable(out, force)

    trained = load_models(cfg)
    x, y = _test_jets(cfg)
    models = _models(cfg, trained)
    if not models:
        raise ConfigError(f"gpu.models = {cfg.gpu.models}: none of them was trained in this run")
    g = cfg.gpu
    summary: dict[str, Any] = {"family": trained.meta.get("family"), "n_jets": len(x), "models": {}}
    skipped = [k for k in g.models if k not in models]
    if skipped:
        summary["skipped"] = {k: "not trained in this run (train.float_reference: false?)" for k in skipped}
    agreement_all: dict[str, Any] = {}
    failed: list[str] = []
    with stage_output(out, stage="gpu", fingerprint=fp, force=force, summary=summary) as tmp:
        for kind, model in models.items():
            quantized = kind == "quantized"
            proto = export_onnx(model, tmp / f"{kind}.onnx", opset=g.opset, fold=quantized)
            runner = OnnxRunner(
                proto,
                providers=g.providers,
                intra_op_threads=g.intra_op_threads,
                allow_spinning=g.allow_spinning,
            )
            agreement = check_agreement(model, runner, x, quantized=quantized)
            onnx_pred = np.concatenate([runner(x[i : i + 4096]).argmax(-1) for i in range(0, len(x), 4096)])
            agreement["onnx_accuracy"] = float(np.mean(onnx_pred == y))
            agreement["runtime"] = runner.describe()
            agreement["io"] = io_signature(proto)
            if quantized:
                agreement["folding"] = folded_summary(model)
            agreement_all[kind] = agreement
            failed += _checks(cfg, kind, agreement)
            triton_name = f"{cfg.name}_{kind}"
            write_model_repository(
                proto,
                tmp / "triton",
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
                "onnx_accuracy": agreement["onnx_accuracy"],
            }
            if quantized:
                entry.update(
                    identical_fraction=agreement["identical_fraction"],
                    max_lsb_diff=agreement["max_lsb_diff"],
                    output_lsb=agreement["output_lsb"],
                )
            summary["models"][kind] = entry
        summary["failed_checks"] = failed
        write_json(tmp / "agreement.json", agreement_all)
    _raise_if_failed(summary)
    return {"stage": "gpu", "action": "export", "status": "done", "dir": str(out), **summary}


def _bench(cfg: FlowConfig, force: bool) -> dict[str, Any]:
    from fpgaml.gpu.bench import benchmark, format_table, plot
    from fpgaml.stages.train import load_models

    export_dir = cfg.stage_dir("gpu")
    export = read_manifest(export_dir, "gpu export")
    out = export_dir / "bench"
    fp = {"bench": _section(cfg, bench=True), "export": export["hash"]}
    if not force and is_up_to_date(out, fp):
        return {
            "stage": "gpu",
            "action": "bench",
            "status": "up to date",
            "dir": str(out),
            **read_manifest(out)["summary"],
            **_tables(out),
        }
    ensure_replaceable(out, force)
    trained = load_models(cfg)
    x, _ = _test_jets(cfg)
    g = cfg.gpu
    summary: dict[str, Any] = {"batch_sizes": g.bench_batch_sizes, "models": {}}
    results = []
    with stage_output(out, stage="gpu", fingerprint=fp, force=force, summary=summary) as tmp:
        for kind, model in _models(cfg, trained).items():
            onnx_path = export_dir / f"{kind}.onnx"
            if not onnx_path.is_file():
                continue
            result = benchmark(
                model,
                onnx_path,
                x,
                batch_sizes=g.bench_batch_sizes,
                backends=g.bench_backends,
                min_seconds=g.bench_min_seconds,
                providers=g.providers,
                intra_op_threads=g.intra_op_threads,
                allow_spinning=g.allow_spinning,
            )
            result["model"] = f"{cfg.name} ({kind})"
            write_json(tmp / f"bench_{kind}.json", result)
            results.append(result)
            upto = [s for s in result["speedup"] if s["batch_size"] <= 1024]
            at = max(upto, key=lambda s: s["batch_size"]) if upto else None
            summary["models"][kind] = {"provider": result["provider"], "speedup": at}
        if not results:
            raise ConfigError("gpu bench: no exported ONNX model to time (run `fpgaml gpu export` first)")
        (tmp / "bench.txt").write_text("\n\n".join(format_table(r) for r in results) + "\n")
        plot(results, tmp / "bench.png")
    return {"stage": "gpu", "action": "bench", "status": "done", "dir": str(out), **summary, **_tables(out)}


def _tables(bench_dir: Any) -> dict[str, str]:
    """The benchmark tables as text, for the CLI to print (not stored in the manifest)."""
    path = bench_dir / "bench.txt"
    return {"table": "\n" + path.read_text()} if path.is_file() else {}
