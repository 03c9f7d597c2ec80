"""Train the dense jet tagger with HGQ2 (learned per-weight / per-activation bit widths, EBOPs cost) and write
its da4ml RTL: the peer that ``benchmarks/bench_peers.py`` compares fpgaml with.

Runs in the peer's own environment (``benchmarks/peers/hgq2/setup.sh``: Keras 3 + JAX + hgq2 + da4ml; HGQ2
cannot share fpgaml's TF 2.21 / tf_keras environment). Inputs are fpgaml's: the data artifact of a run
(``dataset.npz``: the same standardised split) and the float reference's weights (``float_weights.npz``, written
by bench_peers.py from fpgaml's ``float_model.h5``). The architecture is fpgaml's dense tagger
(16 -> 64 -> 32 -> 32 -> 5, ReLU); every layer's input quantizer is learned (the first one's is the firmware's
per-feature input type). The RTL is written with the same da4ml call as ``fpgaml.rtl.sim.write_rtl`` (Verilog,
latency cutoff = clock period = 5 ns); Yosys runs afterwards in fpgaml's environment, with fpgaml's script.

Writes ``OUT/result.json`` (accuracy on the test split, EBOPs, da4ml LUT estimate, pipeline depth, seconds,
and how many test outputs da4ml's interpreter reproduced bit for bit) and ``OUT/verilog/``.

    benchmarks/peers/hgq2/.venv/bin/python benchmarks/peers/hgq2/hgq2_train.py \
        --data runs/X/data/dataset.npz --float-weights W.npz --beta 3e-6 --seed 1 --epochs 2000 --out OUT
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

os.environ.setdefault("KERAS_BACKEND", "jax")

import numpy as np

LAYERS = (("fc1", 64, "relu"), ("fc2", 32, "relu"), ("fc3", 32, "relu"), ("logits", 5, None))


def build(beta: float):
    import keras
    from hgq.config import LayerConfigScope, QuantizerConfigScope
    from hgq.layers import QDense

    with (
        QuantizerConfigScope(place="all", default_q_type="kbi", overflow_mode="SAT_SYM"),
        QuantizerConfigScope(place="datalane", default_q_type="kif", overflow_mode="WRAP"),
        LayerConfigScope(enable_ebops=True, beta0=beta),
    ):
        layers = [QDense(units, activation=act, name=name) for name, units, act in LAYERS]
        model = keras.Sequential([keras.Input((16,)), *layers])
    return model


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", required=True, help="fpgaml's data artifact (dataset.npz)")
    ap.add_argument("--float-weights", help="npz with <layer>/kernel and <layer>/bias (start from them)")
    ap.add_argument("--beta", type=float, required=True, help="EBOPs coefficient")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--epochs", type=int, default=2000)
    ap.add_argument("--batch-size", type=int, default=4096)
    ap.add_argument("--learning-rate", type=float, default=3e-3)
    ap.add_argument("--clock-period-ns", type=float, default=5.0)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()

    import keras
    from da4ml.codegen import RTLModel
    from da4ml.converter import trace_model
    from da4ml.trace import comb_trace
    from hgq.utils import trace_minmax
    from hgq.utils.sugar import FreeEBOPs

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    keras.utils.set_random_seed(args.seed)
    d = np.load(args.data)
    x_tr, y_tr = d["x_train"].astype(np.float32), d["y_train"]
    x_va, y_va = d["x_val"].astype(np.float32), d["y_val"]
    x_te, y_te = d["x_test"].astype(np.float32), d["y_test"]

    model = build(args.beta)
    if args.float_weights:
        w = np.load(args.float_weights)
        for name, _, _ in LAYERS:
            layer = model.get_layer(name)
            layer.kernel.assign(w[f"{name}/kernel"])
            layer.bias.assign(w[f"{name}/bias"])
    steps = args.epochs * -(-len(x_tr) // args.batch_size)
    lr = keras.optimizers.schedules.CosineDecay(args.learning_rate, steps, alpha=0.01)
    model.compile(
        optimizer=keras.optimizers.Adam(lr),
        loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True),
        metrics=["accuracy"],
        jit_compile=True,
    )
    t0 = time.perf_counter()
    hist = model.fit(
        x_tr, y_tr, validation_data=(x_va, y_va), epochs=args.epochs, batch_size=args.batch_size,
        verbose=0, callbacks=[FreeEBOPs()],
    )  # fmt: skip
    train_s = time.perf_counter() - t0
    ebops = float(trace_minmax(model, x_tr, batch_size=8192))  # calibrates the WRAP ranges; exact EBOPs
    y_model = np.asarray(model.predict(x_te, batch_size=8192, verbose=0), np.float64)
    acc = float(np.mean(np.argmax(y_model, axis=1) == y_te))

    inp, outp = trace_model(model)
    comb = comb_trace(inp, outp)
    y_comb = np.asarray(comb.predict(x_te), np.float64)
    n_equal = int(np.sum(y_comb == y_model))
    acc_comb = float(np.mean(np.argmax(y_comb, axis=1) == y_te))
    rtl = RTLModel(
        comb, "hgq2_net", out / "verilog", flavor="verilog", latency_cutoff=args.clock_period_ns,
        print_latency=False, part_name="xcvu13p-flga2577-2-e", clock_period=args.clock_period_ns,
    )  # fmt: skip
    rtl.write()
    pipe = rtl._pipe
    iq = model.get_layer("fc1").iq
    input_bits = np.asarray(iq.bits_((1, 16)), np.float64).reshape(-1)
    result = {
        "tool": "hgq2",
        "beta": args.beta,
        "seed": args.seed,
        "epochs": args.epochs,
        "batch_size": args.batch_size,
        "accuracy_test": acc,
        "accuracy_rtl_interpreter": acc_comb,
        "rtl_equal_outputs": n_equal,
        "n_outputs": int(y_model.size),
        "ebops": ebops,
        "da4ml_lut_estimate": float(pipe.cost),
        "cycles": len(pipe.solutions),
        "input_bits_per_feature": input_bits.tolist(),
        "val_accuracy_last": float(hist.history["val_accuracy"][-1]),
        "train_seconds": train_s,
    }
    (out / "result.json").write_text(json.dumps(result, indent=1))
    print(json.dumps(result))


if __name__ == "__main__":
    main()
