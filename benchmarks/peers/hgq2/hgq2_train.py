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
import shutil
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


def beta_schedule(beta_ramp: list[float], epochs: int):
    """Beta ramped log-linearly from ``beta_ramp[0]`` at epoch 0 to ``beta_ramp[1]`` at the last epoch."""
    from hgq.utils.sugar import PieceWiseSchedule

    return PieceWiseSchedule([(0, beta_ramp[0], "log"), (epochs - 1, beta_ramp[1], "constant")])


def finish(model, out: Path, data: dict, clock_period_ns: float, extra: dict) -> dict:
    """Calibrate the WRAP ranges on the training split, measure the test accuracy, write the da4ml RTL (the same
    call as fpgaml's ``write_rtl``) and ``out/result.json``; the RTL interpreter must reproduce the model."""
    from da4ml.codegen import RTLModel
    from da4ml.converter import trace_model
    from da4ml.trace import comb_trace
    from hgq.utils import trace_minmax

    out.mkdir(parents=True, exist_ok=True)
    x_te, y_te = data["x_test"], data["y_test"]
    ebops = float(
        trace_minmax(model, data["x_train"], batch_size=8192)
    )  # calibrates WRAP ranges; exact EBOPs
    y_model = np.asarray(model.predict(x_te, batch_size=8192, verbose=0), np.float64)
    acc = float(np.mean(np.argmax(y_model, axis=1) == y_te))
    inp, outp = trace_model(model)
    comb = comb_trace(inp, outp)
    y_comb = np.asarray(comb.predict(x_te), np.float64)
    rtl = RTLModel(
        comb, "hgq2_net", out / "verilog", flavor="verilog", latency_cutoff=clock_period_ns,
        print_latency=False, part_name="xcvu13p-flga2577-2-e", clock_period=clock_period_ns,
    )  # fmt: skip
    rtl.write()
    pipe = rtl._pipe
    input_bits = np.asarray(model.get_layer("fc1").iq.bits_((1, 16)), np.float64).reshape(-1)
    result = {
        "tool": "hgq2",
        **extra,
        "accuracy_test": acc,
        "accuracy_rtl_interpreter": float(np.mean(np.argmax(y_comb, axis=1) == y_te)),
        "rtl_equal_outputs": int(np.sum(y_comb == y_model)),
        "n_outputs": int(y_model.size),
        "ebops": ebops,
        "da4ml_lut_estimate": float(pipe.cost),
        "cycles": len(pipe.solutions),
        "input_bits_per_feature": input_bits.tolist(),
    }
    (out / "result.json").write_text(json.dumps(result, indent=1))
    return result


def pick(record: list[tuple[int, float, float, Path]], targets: list[float]) -> dict[float, tuple]:
    """For each EBOPs target: the saved checkpoint (epoch, val accuracy, training EBOPs, path) with the best
    validation accuracy among those at or below it (none if no checkpoint is that small)."""
    chosen = {}
    for t in targets:
        fit = [r for r in record if r[2] <= t]
        if fit:
            chosen[t] = max(fit, key=lambda r: (r[1], -r[2]))
    return chosen


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", required=True, help="fpgaml's data artifact (dataset.npz)")
    ap.add_argument("--float-weights", help="npz with <layer>/kernel and <layer>/bias (start from them)")
    g = ap.add_mutually_exclusive_group(required=True)
    g.add_argument("--beta", type=float, help="a constant EBOPs coefficient: one point")
    g.add_argument("--beta-ramp", type=float, nargs=2, metavar=("START", "END"),
                   help="beta ramped log-linearly over the epochs (HGQ's own recipe): one run, its Pareto "
                        "checkpoints (validation accuracy vs EBOPs) kept, one point per --ebops-targets")  # fmt: skip
    ap.add_argument("--ebops-targets", type=float, nargs="*", default=[],
                    help="with --beta-ramp: the best checkpoint at or below each of these training EBOPs")  # fmt: skip
    ap.add_argument("--reselect", action="store_true",
                    help="with --beta-ramp: no training; pick the points for --ebops-targets again from the run's "
                         "saved checkpoints (OUT/checkpoints, OUT/ramp.json)")  # fmt: skip
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--epochs", type=int, default=2000)
    ap.add_argument("--batch-size", type=int, default=4096)
    ap.add_argument("--learning-rate", type=float, default=3e-3)
    ap.add_argument("--restart-steps", type=int, default=0,
                    help="cosine decay with warm restarts every N optimizer steps (0: one cosine decay)")  # fmt: skip
    ap.add_argument("--clock-period-ns", type=float, default=5.0)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()

    import keras
    from hgq.utils.sugar import BetaScheduler, FreeEBOPs, ParetoFront

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    keras.utils.set_random_seed(args.seed)
    d = np.load(args.data)
    data = {k: d[k].astype(np.float32) if k.startswith("x_") else d[k] for k in d.files}
    x_tr, y_tr = data["x_train"], data["y_train"]

    model = build(args.beta if args.beta is not None else args.beta_ramp[0])
    if args.reselect:
        if not args.beta_ramp or not (out / "ramp.json").exists():
            raise SystemExit(f"--reselect needs --beta-ramp and a finished ramp run in {out}")
        select(model, out, data, args)
        return
    if args.float_weights:
        w = np.load(args.float_weights)
        for name, _, _ in LAYERS:
            layer = model.get_layer(name)
            layer.kernel.assign(w[f"{name}/kernel"])
            layer.bias.assign(w[f"{name}/bias"])
    steps = args.epochs * -(-len(x_tr) // args.batch_size)
    if args.restart_steps:
        lr = keras.optimizers.schedules.CosineDecayRestarts(
            args.learning_rate, args.restart_steps, alpha=0.01
        )
    else:
        lr = keras.optimizers.schedules.CosineDecay(args.learning_rate, steps, alpha=0.01)
    model.compile(
        optimizer=keras.optimizers.Adam(lr),
        loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True),
        metrics=["accuracy"],
        jit_compile=True,
    )
    callbacks: list = [FreeEBOPs()]
    if args.beta_ramp:  # a new training: no checkpoint or point of an earlier (killed) one may mix in
        for stale in [out / "checkpoints", *out.glob("epoch_*")]:
            shutil.rmtree(stale, ignore_errors=True)
        (out / "ramp.json").unlink(missing_ok=True)
        schedule = beta_schedule(args.beta_ramp, args.epochs)
        pareto = ParetoFront(out / "checkpoints", ["val_accuracy", "ebops"], [1, -1],
                             fname_format="epoch={epoch}_val={val_accuracy:.5f}_ebops={ebops}.weights.h5")  # fmt: skip
        callbacks = [BetaScheduler(schedule), FreeEBOPs(), pareto]
    t0 = time.perf_counter()
    hist = model.fit(
        x_tr, y_tr, validation_data=(data["x_val"], data["y_val"]), epochs=args.epochs,
        batch_size=args.batch_size, verbose=0, callbacks=callbacks,
    )  # fmt: skip
    train_s = time.perf_counter() - t0
    common = {"seed": args.seed, "epochs": args.epochs, "batch_size": args.batch_size,
              "learning_rate": args.learning_rate, "restart_steps": args.restart_steps,
              "val_accuracy_last": float(hist.history["val_accuracy"][-1]), "train_seconds": train_s}  # fmt: skip
    if args.beta is not None:
        result = finish(model, out, data, args.clock_period_ns, {"beta": args.beta, **common})
        print(json.dumps(result))
        return
    (out / "ramp.json").write_text(json.dumps(common, indent=1))  # the run's facts; points below
    select(model, out, data, args)


def select(model, out: Path, data: dict, args: argparse.Namespace) -> None:
    """The ramp's points: for each EBOPs target the best saved checkpoint at or below it, each checkpoint through
    :func:`finish` once (``out/epoch_<n>``, kept between calls); ``out/ramp.json`` lists them by target."""
    ramp = json.loads((out / "ramp.json").read_text())
    common = {k: v for k, v in ramp.items() if k not in ("points", "checkpoints", "targets")}
    schedule = beta_schedule(args.beta_ramp, common["epochs"])
    record = []
    for path in sorted((out / "checkpoints").glob("epoch=*.weights.h5")):
        fields = dict(kv.split("=") for kv in path.name.removesuffix(".weights.h5").split("_"))
        record.append((int(fields["epoch"]), float(fields["val"]), float(fields["ebops"]), path))
    points = []
    for target, (epoch, val, ebops_train, path) in sorted(pick(record, args.ebops_targets).items()):
        point_dir = out / f"epoch_{epoch}"
        if (point_dir / "result.json").exists():
            result = json.loads((point_dir / "result.json").read_text())
        else:
            model.load_weights(path)
            extra = {"beta_ramp": list(args.beta_ramp), "epoch": epoch, "beta": schedule(epoch),
                     "val_accuracy": val, "ebops_train": ebops_train, **common}  # fmt: skip
            result = finish(model, point_dir, data, args.clock_period_ns, extra)
        points.append({**result, "ebops_target": target, "dir": point_dir.name})
    front = [{"epoch": e, "val_accuracy": v, "ebops_train": b} for e, v, b, _ in sorted(record)]
    ramp = {**common, "targets": list(args.ebops_targets), "points": points, "checkpoints": front}
    (out / "ramp.json").write_text(json.dumps(ramp, indent=1))
    print(json.dumps(points))


if __name__ == "__main__":
    main()
