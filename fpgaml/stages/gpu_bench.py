"""Stage ``gpu_bench`` (``fpgaml gpu bench``): ONNX Runtime against TensorFlow, jets/s over batch sizes.

Reads the ``gpu_export`` artifact and writes ``<run>/gpu_bench/``: ``bench_<model>.json``, ``bench.txt``
(tables) and ``bench.png`` (log-log throughput and latency against batch size).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fpgaml.artifacts import Outcome, write_json
from fpgaml.errors import ConfigError
from fpgaml.gpu.bench import benchmark, format_table, plot
from fpgaml.stage import Stage, StageContext
from fpgaml.stages.gpu_export import export_models, gpu_test_jets
from fpgaml.stages.train import load_models

_RUNTIME = ("providers", "intra_op_threads", "allow_spinning", "models")


def produce(ctx: StageContext, out: Path) -> Outcome:

    cfg = ctx.cfg
    export_dir = ctx.dir("gpu_export")
    trained = load_models(cfg)
    x, _ = gpu_test_jets(cfg)
    g = cfg.gpu
    summary: dict[str, Any] = {"batch_sizes": g.bench_batch_sizes, "models": {}}
    results = []
    for kind, model in export_models(cfg, trained).items():
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
        write_json(out / f"bench_{kind}.json", result)
        results.append(result)
        upto = [s for s in result["speedup"] if s["batch_size"] <= 1024]
        at = max(upto, key=lambda s: s["batch_size"]) if upto else None
        summary["models"][kind] = {"provider": result["provider"], "speedup": at}
    if not results:
        raise ConfigError("gpu bench: no exported ONNX model to time (run `fpgaml gpu export CONFIG` first)")
    table = "\n\n".join(format_table(r) for r in results) + "\n"
    (out / "bench.txt").write_text(table)
    plot(results, out / "bench.png")
    summary["table"] = "\n" + table
    return Outcome(summary)


STAGE = Stage(
    name="gpu_bench",
    doc="time ONNX Runtime against TensorFlow over batch sizes (reads the gpu_export artifact)",
    produce=produce,
    reads=("data", "train", "gpu_export"),
    config=(
        "gpu.bench_batch_sizes",
        "gpu.bench_min_seconds",
        "gpu.bench_backends",
        *(f"gpu.{k}" for k in _RUNTIME),
    ),
    order=90,
    in_flow=False,
    cli=("gpu", "bench"),
)
