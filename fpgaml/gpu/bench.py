"""Throughput of ONNX Runtime against TensorFlow, over batch sizes, measured in one run.

Backends (each on the same input arrays, results pulled back to host numpy so GPU work is finished):

- ``onnxruntime``: ``session.run`` on the provider :class:`~fpgaml.gpu.runtime.OnnxRunner` chose (no input
  check inside the timed loop: the check is per call in production, but it is numpy, not the runtime);
- ``tf_predict``: ``model.predict(x, batch_size=len(x))`` (what most users call; has per-call overhead);
- ``tf_call``: ``model(x, training=False)`` (eager call of the Keras model);
- ``tf_function``: the model wrapped in ``tf.function`` with a dynamic-batch input signature (graph mode).

Each (backend, batch size) is called once to warm up, then repeatedly for at least ``min_seconds`` (and at
least 3 times); the latency of a batch is the median call time, throughput = batch size / median.
The speed-up is reported against ``tf_predict`` *and* against the fastest TensorFlow backend.
"""

from __future__ import annotations

import os
import platform
import statistics
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from fpgaml._keras import tf
from fpgaml.gpu.runtime import OnnxRunner

BACKENDS: tuple[str, ...] = ("onnxruntime", "tf_predict", "tf_call", "tf_function")
TF_BACKENDS: tuple[str, ...] = ("tf_predict", "tf_call", "tf_function")


def _batch(x: np.ndarray, n: int) -> np.ndarray:
    """``n`` rows taken from ``x`` (repeated cyclically when ``x`` is shorter)."""
    idx = np.arange(n) % len(x)
    return np.ascontiguousarray(x[idx], dtype=np.float32)


def _time(fn: Callable[[], Any], min_seconds: float, max_calls: int) -> list[float]:
    fn()  # warm-up: graph tracing, allocator, provider kernels
    times: list[float] = []
    total = 0.0
    while (total < min_seconds or len(times) < 3) and len(times) < max_calls:
        t0 = time.perf_counter()
        fn()
        dt = time.perf_counter() - t0
        times.append(dt)
        total += dt
    return times


def _tf_backends(model: Any) -> dict[str, Callable[[np.ndarray], Any]]:

    t = tf()
    spec = [t.TensorSpec((None, *tuple(i.shape[1:])), t.float32) for i in model.inputs]

    @t.function(input_signature=spec)
    def graph(x: Any) -> Any:
        return model(x, training=False)

    def first(out: Any) -> Any:
        return out[0] if isinstance(out, (list, tuple)) else out

    return {
        "tf_predict": lambda xb: model.predict(xb, batch_size=len(xb), verbose=0),
        "tf_call": lambda xb: first(model(xb, training=False)).numpy(),
        "tf_function": lambda xb: first(graph(xb)).numpy(),
    }


def benchmark(
    tf_model: Any,
    onnx_model: Any,
    x: np.ndarray,
    *,
    batch_sizes: Sequence[int] = (1, 4, 16, 64, 256, 1024, 4096, 16384),
    backends: Sequence[str] = BACKENDS,
    min_seconds: float = 0.25,
    max_calls: int = 2000,
    providers: str | Sequence[str] = "auto",
    intra_op_threads: int = 0,
    allow_spinning: bool = True,
    runner: OnnxRunner | None = None,
) -> dict[str, Any]:
    """Time every backend at every batch size; returns a JSON-ready dict (``rows``, ``speedup``, ``env``).

    ``tf_model``: the TensorFlow model (QKeras or float); ``onnx_model``: its ONNX graph (path, bytes or
    ModelProto), or pass a ready ``runner``. ``x``: jets to feed (tiled up to the largest batch size).
    """
    unknown = set(backends) - set(BACKENDS)
    if unknown:
        raise ValueError(f"unknown backend(s) {sorted(unknown)}; available: {', '.join(BACKENDS)}")
    x = np.asarray(x, dtype=np.float32)
    runner = runner or OnnxRunner(
        onnx_model, providers=providers, intra_op_threads=intra_op_threads, allow_spinning=allow_spinning
    )
    if len(runner.input_names) != 1:
        raise ValueError(f"benchmark() times single-input models; this one has inputs {runner.input_names}")
    runner.feed(x[: min(len(x), 1024)])  # validates shape and finiteness once, outside the timed loops
    fns: dict[str, Callable[[np.ndarray], Any]] = {}
    if "onnxruntime" in backends:
        sess, in_name, out_names = runner.session, runner.input_names[0], runner.output_names
        fns["onnxruntime"] = lambda xb: sess.run(out_names, {in_name: xb})
    if any(b in TF_BACKENDS for b in backends):
        fns.update({k: v for k, v in _tf_backends(tf_model).items() if k in backends})

    rows = []
    for n in sorted(batch_sizes):
        xb = _batch(x, n)
        for name in [b for b in BACKENDS if b in fns]:
            times = _time(lambda fn=fns[name], xb=xb: fn(xb), min_seconds, max_calls)
            median = statistics.median(times)
            rows.append(
                {
                    "backend": name,
                    "batch_size": n,
                    "calls": len(times),
                    "latency_s": median,
                    "latency_min_s": min(times),
                    "jets_per_s": n / median,
                }
            )
    return {
        "model": getattr(tf_model, "name", "model"),
        "provider": runner.provider,
        "runtime": runner.describe(),
        "env": environment(),
        "min_seconds": min_seconds,
        "intra_op_threads": intra_op_threads,
        "allow_spinning": allow_spinning,
        "rows": rows,
        "speedup": speedups(rows),
    }


def speedups(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Per batch size: ORT jets/s over tf_predict and over the fastest TensorFlow backend."""
    out = []
    for n in sorted({r["batch_size"] for r in rows}):
        at = {r["backend"]: r["jets_per_s"] for r in rows if r["batch_size"] == n}
        if "onnxruntime" not in at:
            continue
        tf_rates = {b: at[b] for b in TF_BACKENDS if b in at}
        row: dict[str, Any] = {"batch_size": n}
        if "tf_predict" in at:
            row["vs_tf_predict"] = at["onnxruntime"] / at["tf_predict"]
        if tf_rates:
            best = max(tf_rates, key=tf_rates.__getitem__)
            row["fastest_tf"] = best
            row["vs_fastest_tf"] = at["onnxruntime"] / tf_rates[best]
        out.append(row)
    return out


def environment() -> dict[str, Any]:
    import onnxruntime as ort  # optional heavy dependency: imported on first use

    return {
        "python": platform.python_version(),
        "machine": platform.machine(),
        "processor": platform.processor() or platform.machine(),
        "cpu_count": os.cpu_count(),
        "onnxruntime": ort.__version__,
        "tensorflow": tf().__version__,
        "tf_gpus": [d.name for d in tf().config.list_physical_devices("GPU")],
    }


def format_table(result: dict[str, Any]) -> str:
    """A plain-text table: jets/s per backend and batch size, latency of ORT, speed-ups."""
    rows = result["rows"]
    backends = [b for b in BACKENDS if any(r["backend"] == b for r in rows)]
    sizes = sorted({r["batch_size"] for r in rows})
    rate = {(r["backend"], r["batch_size"]): r for r in rows}
    speed = {s["batch_size"]: s for s in result.get("speedup", [])}
    head = ["batch"] + [f"{b} jets/s" for b in backends] + ["ORT latency", "ORT/predict", "ORT/fastest TF"]
    lines = []
    for n in sizes:
        cells = [str(n)]
        cells += [f"{rate[(b, n)]['jets_per_s']:.3g}" if (b, n) in rate else "-" for b in backends]
        ort_row = rate.get(("onnxruntime", n))
        cells.append(_fmt_time(ort_row["latency_s"]) if ort_row else "-")
        s = speed.get(n, {})
        cells.append(f"{s['vs_tf_predict']:.1f}x" if "vs_tf_predict" in s else "-")
        cells.append(f"{s['vs_fastest_tf']:.1f}x ({s['fastest_tf']})" if "vs_fastest_tf" in s else "-")
        lines.append(cells)
    widths = [max(len(c) for c in col) for col in zip(head, *lines, strict=True)]
    fmt = "  ".join(f"{{:>{w}}}" for w in widths)
    title = f"{result.get('model', 'model')}: ONNX Runtime on {result.get('provider')} vs TensorFlow"
    return "\n".join([title, fmt.format(*head), *(fmt.format(*c) for c in lines)])


def _fmt_time(seconds: float) -> str:
    if seconds < 1e-3:
        return f"{seconds * 1e6:.0f} us"
    if seconds < 1:
        return f"{seconds * 1e3:.2f} ms"
    return f"{seconds:.2f} s"


def plot(results: dict[str, Any] | list[dict[str, Any]], path: str | Path) -> Path:
    """Log-log plot of throughput and per-batch latency against batch size; one line per backend."""
    import matplotlib  # optional heavy dependency: imported on first use

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt  # optional heavy dependency: imported on first use

    results = [results] if isinstance(results, dict) else results
    fig, (ax_rate, ax_lat) = plt.subplots(1, 2, figsize=(11, 4.2))
    styles = ["-", "--", ":", "-."]  # one line style per result (model), one colour per backend
    colours = {b: f"C{i}" for i, b in enumerate(BACKENDS)}
    for i, result in enumerate(results):
        for backend in BACKENDS:
            pts = sorted((r["batch_size"], r) for r in result["rows"] if r["backend"] == backend)
            if not pts:
                continue
            n = [p[0] for p in pts]
            label = backend if len(results) == 1 else f"{result.get('model')}: {backend}"
            if backend == "onnxruntime":
                label += f" ({result.get('provider', '').replace('ExecutionProvider', '')})"
            style = {"ls": styles[i % len(styles)], "color": colours[backend], "marker": "o", "ms": 3}
            ax_rate.plot(n, [p[1]["jets_per_s"] for p in pts], label=label, **style)
            ax_lat.plot(n, [p[1]["latency_s"] for p in pts], label=label, **style)
    for ax, ylabel in ((ax_rate, "throughput [jets/s]"), (ax_lat, "latency per batch [s]")):
        ax.set_xscale("log", base=2)
        ax.set_yscale("log")
        ax.set_xlabel("batch size")
        ax.set_ylabel(ylabel)
        ax.grid(True, which="both", alpha=0.3)
    ax_rate.legend(fontsize=7)
    fig.suptitle("ONNX Runtime vs TensorFlow (median of repeated calls)")
    fig.tight_layout()
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=120)
    plt.close(fig)
    return path
