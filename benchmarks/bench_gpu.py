"""Benchmark the GPU path: ONNX Runtime against TensorFlow (predict, direct call, tf.function).

    nice python benchmarks/bench_gpu.py                       # dense tagger 16-64-32-32-5, float + quantized
    python benchmarks/bench_gpu.py --batch-sizes 1 1024 16384 --min-seconds 0.5
    python benchmarks/bench_gpu.py --agreement               # also ONNX vs TF for every model family

Timing does not depend on the weights, so the networks get random weights of a sensible scale and random
inputs (on the fixed<16,6> input grid, where the quantized ONNX graph is exactly QKeras). For a trained
run use the stage instead: ``fpgaml gpu export`` then ``fpgaml gpu bench``.

Writes ``<out>/bench_<model>.json``, ``<out>/bench.txt`` and ``<out>/bench.png`` (log-log), and
``<out>/agreement.json`` with ``--agreement``. Prints the tables.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import json
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

DEFAULT_SIZES = [1, 4, 16, 64, 256, 1024, 4096, 16384]


def _randomise(model: Any, seed: int) -> None:
    """Trainable weights ~ N(0, 1/fan-in), biases U(-0.3, 0.3); fixed (non-trainable) matrices kept."""
    rng = np.random.default_rng(seed)
    for var in model.trainable_weights:  # respects layer.trainable = False (fixed matrices)
        shape = tuple(var.shape)
        if len(shape) >= 2:
            var.assign(rng.normal(0, 1 / np.sqrt(np.prod(shape[:-1])), shape).astype(np.float32))
        else:
            var.assign(rng.uniform(-0.3, 0.3, shape).astype(np.float32))


def build(family: str, quantized: bool, input_shape: tuple[int, ...], params: dict[str, Any]) -> Any:
    from fpgaml.config import ModelConfig
    from fpgaml.models import FAMILIES, BuildContext

    model = FAMILIES.get(family).build(
        BuildContext(input_shape, 5, ModelConfig(family=family, params=params), quantized)
    )
    _randomise(model, 1)
    return model


def inputs(shape: tuple[int, ...], n: int, seed: int = 0) -> np.ndarray:
    x = np.random.default_rng(seed).normal(size=(n, *shape))
    return (np.clip(np.round(x * 1024), -(2**15), 2**15 - 1) / 1024).astype(np.float32)


def _families() -> list[str]:
    from fpgaml.models import FAMILIES

    for mod in ("cnn1d", "recurrent", "gnn"):
        with contextlib.suppress(ImportError):
            importlib.import_module(f"fpgaml.models.{mod}")
    return FAMILIES.names()


def agreement(n: int) -> dict[str, Any]:
    from fpgaml.gpu import OnnxRunner, check_agreement, export_onnx
    from fpgaml.models import FAMILIES

    out: dict[str, Any] = {}
    for family in _families():
        shape = (16,) if FAMILIES.get(family).features == "hlf" else (32, 3)
        for quantized in (False, True):
            model = build(family, quantized, shape, {})
            t0 = time.perf_counter()
            proto = export_onnx(model)
            seconds = time.perf_counter() - t0
            x = inputs(shape, n, seed=2)
            raw = np.random.default_rng(3).normal(size=x.shape).astype(np.float32)
            runner = OnnxRunner(proto)
            kind = "quantized" if quantized else "float"
            res = {"export_s": seconds, "grid_inputs": check_agreement(model, runner, x, quantized=quantized)}
            if quantized:
                res["raw_inputs"] = check_agreement(model, runner, raw, quantized=True)
            out[f"{family}/{kind}"] = res
            g = res["grid_inputs"]
            line = (
                f"{family:>6} {kind:>9}: max|ONNX-TF| = {g['max_abs_diff']:.3g} "
                f"(relative to max|TF| {g['max_rel_diff']:.2g})"
            )
            if quantized:
                r = res["raw_inputs"]
                line += (
                    f", identical {g['identical_fraction']:.4%} (grid inputs) / "
                    f"{r['identical_fraction']:.4%} (raw float inputs), max {r['max_lsb_diff']:g} LSB "
                    f"(LSB {g['output_lsb']})"
                )
            print(line, flush=True)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--family", default="dense")
    ap.add_argument("--hidden", type=int, nargs="*", default=[64, 32, 32], help="dense family only")
    ap.add_argument("--models", nargs="+", default=["quantized", "float"], choices=["quantized", "float"])
    ap.add_argument("--batch-sizes", type=int, nargs="+", default=DEFAULT_SIZES)
    ap.add_argument("--min-seconds", type=float, default=0.3, help="timing per (backend, batch size)")
    ap.add_argument("--providers", nargs="*", default=None, help="ORT providers (default: auto)")
    ap.add_argument("--threads", type=int, default=0, help="ORT intra-op threads (0: its default)")
    ap.add_argument("--no-spin", action="store_true", help="ORT threads do not spin-wait (busy machines)")
    ap.add_argument("--agreement", action="store_true", help="also check ONNX vs TF for every family")
    ap.add_argument("--agreement-jets", type=int, default=2000)
    ap.add_argument("--out", type=Path, default=Path("runs/bench_gpu"))
    args = ap.parse_args(argv)

    from fpgaml.gpu import benchmark, export_onnx, format_table, plot
    from fpgaml.models import FAMILIES

    _families()
    args.out.mkdir(parents=True, exist_ok=True)
    if args.agreement:
        (args.out / "agreement.json").write_text(json.dumps(agreement(args.agreement_jets), indent=2) + "\n")

    shape = (16,) if FAMILIES.get(args.family).features == "hlf" else (32, 3)
    params = {"hidden": args.hidden} if args.family == "dense" else {}
    x = inputs(shape, max(args.batch_sizes))
    results = []
    for kind in args.models:
        model = build(args.family, kind == "quantized", shape, params)
        proto = export_onnx(model, args.out / f"{args.family}_{kind}.onnx")
        result = benchmark(
            model,
            proto,
            x,
            batch_sizes=args.batch_sizes,
            min_seconds=args.min_seconds,
            providers=args.providers or "auto",
            intra_op_threads=args.threads,
            allow_spinning=not args.no_spin,
        )
        layers = "-".join(map(str, [shape[-1], *params.get("hidden", []), 5]))
        result["model"] = f"{args.family} {layers} ({kind})"
        (args.out / f"bench_{kind}.json").write_text(json.dumps(result, indent=2) + "\n")
        print(format_table(result), "\n", flush=True)
        results.append(result)
    (args.out / "bench.txt").write_text("\n\n".join(format_table(r) for r in results) + "\n")
    print(f"plot: {plot(results, args.out / 'bench.png')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
