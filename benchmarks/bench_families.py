"""Benchmark the constituent model families on the shipped jets: accuracy (float / QKeras / C-sim),
bit-exactness of the C-simulation against QKeras, C-sim compile time and throughput.

Each family is built, trained (sparse categorical cross-entropy from logits, Adam, early stopping on the
validation loss), converted through ``fpgaml.hls`` with the family's hls4ml hook (Vitis, io_parallel) and
C-simulated. Inputs are put on the firmware input grid (fixed<16,6>) before training and evaluation, so
QKeras and the firmware see the same numbers.

    nice python benchmarks/bench_families.py --families cnn1d gru lstm gnn --n-constituents 32 \
        --n-jets 30000 --epochs 8 --csim-jets 2000 --out benchmarks/results/families.json

Prints a Markdown table (the one in docs/families.md) and writes the numbers as JSON.
"""

from __future__ import annotations

import argparse
import json
import platform
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

#: Full-size parameters per family (the defaults of the registry unless noted).
FULL_SIZE: dict[str, dict[str, Any]] = {
    "cnn1d": {},
    "gru": {},
    "lstm": {},
    "gnn": {},
    "deepsets": {"kind": "deepsets", "node_hidden": [32, 16], "head_hidden": [16]},
}


def on_input_grid(x: np.ndarray, frac_bits: int = 10, integer: int = 6) -> np.ndarray:
    hi = 2.0 ** (integer - 1)
    return np.clip(np.round(x * 2.0**frac_bits) / 2.0**frac_bits, -hi, hi - 2.0**-frac_bits).astype(
        np.float32
    )


def train(model: Any, data: Any, epochs: int, batch: int, lr: float) -> float:
    from fpgaml._keras import keras

    k = keras()
    model.compile(
        optimizer=k.optimizers.Adam(lr),
        loss=k.losses.SparseCategoricalCrossentropy(from_logits=True),
        metrics=["accuracy"],
    )
    t0 = time.perf_counter()
    model.fit(
        on_input_grid(data.x_train),
        data.y_train,
        validation_data=(on_input_grid(data.x_val), data.y_val),
        epochs=epochs,
        batch_size=batch,
        verbose=0,
        callbacks=[k.callbacks.EarlyStopping(patience=3, restore_best_weights=True)],
    )
    return time.perf_counter() - t0


def bench_family(label: str, data: Any, args: argparse.Namespace, workdir: Path) -> dict[str, Any]:
    from fpgaml import hls
    from fpgaml._keras import keras
    from fpgaml.config import ConvertConfig, ModelConfig
    from fpgaml.models import FAMILIES, BuildContext

    params = dict(FULL_SIZE.get(label, {}))
    family = "gnn" if label == "deepsets" else label
    fam = FAMILIES.get(family)
    mc = ModelConfig(family=family, params=params)
    shape = tuple(data.x_train.shape[1:])
    n_classes = len(data.class_names)
    keras().utils.set_random_seed(args.seed)
    qmodel = fam.build(BuildContext(shape, n_classes, mc, True))
    fmodel = fam.build(BuildContext(shape, n_classes, mc, False))
    row: dict[str, Any] = {"family": label, "params": fam.params(mc), "n_params": int(qmodel.count_params())}
    row["train_s_float"] = train(fmodel, data, args.epochs, args.batch, args.lr)
    row["train_s_qkeras"] = train(qmodel, data, args.epochs, args.batch, args.lr)

    x_test = on_input_grid(data.x_test)
    y_test = data.y_test
    row["acc_float"] = float(np.mean(np.argmax(fmodel.predict(x_test, verbose=0), 1) == y_test))
    q_all = qmodel.predict(x_test, verbose=0).astype(np.float64)
    row["acc_qkeras"] = float(np.mean(np.argmax(q_all, 1) == y_test))

    conv = ConvertConfig()
    t0 = time.perf_counter()
    hm = hls.convert(qmodel, mc, conv, workdir / label, family=fam)
    row["convert_s"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    hm.compile()
    row["csim_compile_s"] = time.perf_counter() - t0

    n = min(args.csim_jets, len(x_test))
    xs = np.ascontiguousarray(x_test[:n])
    t0 = time.perf_counter()
    h = np.asarray(hm.predict(xs), dtype=np.float64).reshape(n, -1)
    row["csim_s"] = time.perf_counter() - t0
    row["csim_jets"] = n
    row["csim_jets_per_s"] = n / row["csim_s"]
    qmodel(xs[:8], training=False)  # warm-up: the first call traces the graph
    t0 = time.perf_counter()
    qmodel(xs, training=False)
    row["qkeras_jets_per_s"] = n / (time.perf_counter() - t0)
    q = q_all[:n]
    lsb = hls.output_precision(hm)["lsb"]
    err = np.abs(h - q) / lsb
    row["output_lsb"] = lsb
    row["exact_fraction"] = float(np.mean(h == q))
    row["within_1lsb_fraction"] = float(np.mean(err <= 1))
    row["max_lsb_error"] = float(err.max())
    row["acc_csim"] = float(np.mean(np.argmax(h, 1) == y_test[:n]))
    row["acc_qkeras_on_csim_jets"] = float(np.mean(np.argmax(q, 1) == y_test[:n]))
    row["argmax_agreement"] = float(np.mean(np.argmax(h, 1) == np.argmax(q, 1)))
    if family == "gnn":  # permutation invariance of the firmware among the real particles
        rng = np.random.default_rng(args.seed)
        xp = xs.copy()
        for xi in xp:
            k = int((np.abs(xi).sum(1) > 0).sum())
            xi[:k] = xi[rng.permutation(k)]
        hp = np.asarray(hm.predict(np.ascontiguousarray(xp)), dtype=np.float64).reshape(n, -1)
        row["permutation_max_lsb"] = float((np.abs(hp - h) / lsb).max())
    return row


def markdown(rows: list[dict[str, Any]], meta: dict[str, Any]) -> str:
    head = (
        "| family | params | float acc | QKeras acc | C-sim acc | C-sim = QKeras | within 1 LSB | max error (LSB) "
        "| C-sim compile | C-sim jets/s | QKeras jets/s |\n|---|---|---|---|---|---|---|---|---|---|---|\n"
    )
    lines = [
        f"| {r['family']} | {r['n_params']} | {r['acc_float']:.4f} | {r['acc_qkeras']:.4f} | "
        f"{r['acc_csim']:.4f} | {100 * r['exact_fraction']:.2f} % | "
        f"{100 * r.get('within_1lsb_fraction', float('nan')):.2f} % | {r['max_lsb_error']:.0f} | "
        f"{r['csim_compile_s']:.0f} s | {r['csim_jets_per_s']:.0f} | {r['qkeras_jets_per_s']:.0f} |"
        for r in rows
    ]
    return (
        f"N = {meta['n_constituents']} constituents x {meta['n_features']} features, "
        f"{meta['n_jets']} jets ({meta['n_train']} train / {meta['n_test']} test), "
        f"{meta['epochs']} epochs max; C-sim on {rows[0]['csim_jets'] if rows else 0} test jets.\n\n"
        + head
        + "\n".join(lines)
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--families", nargs="+", default=["cnn1d", "gru", "lstm", "gnn", "deepsets"])
    ap.add_argument("--source", default="sample")
    ap.add_argument("--n-constituents", type=int, default=32)
    ap.add_argument("--n-jets", type=int, default=30000)
    ap.add_argument("--epochs", type=int, default=8)
    ap.add_argument("--batch", type=int, default=512)
    ap.add_argument("--lr", type=float, default=3e-3)
    ap.add_argument("--csim-jets", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--out", type=Path, default=None, help="JSON file for the numbers")
    ap.add_argument("--workdir", type=Path, default=None, help="where the HLS projects go (default: temp)")
    args = ap.parse_args(argv)

    from fpgaml.data import load_jets

    data = load_jets(
        args.source, features="constituents", n_jets=args.n_jets, n_constituents=args.n_constituents
    )
    meta = {
        "source": data.source_info.get("path"),
        "n_constituents": args.n_constituents,
        "n_features": int(data.x_train.shape[-1]),
        "n_jets": int(len(data.y_train) + len(data.y_val) + len(data.y_test)),
        "n_train": len(data.y_train),
        "n_test": len(data.y_test),
        "epochs": args.epochs,
        "machine": platform.platform(),
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
    }
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        workdir = args.workdir or Path(tmp)
        for label in args.families:
            t0 = time.perf_counter()
            row = bench_family(label, data, args, workdir)
            row["total_s"] = time.perf_counter() - t0
            rows.append(row)
            print(json.dumps(row), flush=True)
            if args.out:
                args.out.parent.mkdir(parents=True, exist_ok=True)
                args.out.write_text(json.dumps({"meta": meta, "rows": rows}, indent=1))
    print(markdown(rows, meta))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
