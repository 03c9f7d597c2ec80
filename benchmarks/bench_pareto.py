"""Accuracy against logic for the dense jet tagger: weight bits x pruning x input type, as a Pareto front.

Each point trains the 16 -> 64 -> 32 -> 32 -> 5 tagger of ``configs/dense_tagger.yaml`` on the shipped jets
with one set of overrides (QKeras QAT, the float reference of the same architecture alongside), then asks
da4ml for the pipelined RTL of the quantized network at 200 MHz: its LUT estimate (da4ml's cost model, an
*estimate*; run ``fpgaml profile`` with ``profile.yosys: true`` for Yosys' count) and its pipeline depth in
cycles. Accuracy is the QKeras model's on the test jets on the firmware input grid; the C-simulation of
these networks is bit-identical to QKeras (shown by ``fpgaml verify``), so it is the firmware's accuracy too.
The float reference is always the dense, unpruned float network.

With ``--yosys`` the points on the front are also synthesised with Yosys ``synth_xilinx`` (another
estimate; about a minute per 10k LUT). Writes ``pareto.json`` and ``pareto.png`` (accuracy drop vs LUT, front marked, budget lines) to ``--out``.
Usage::

    nice python benchmarks/bench_pareto.py --out runs/pareto          # ~6 min on 2 cores
    nice python benchmarks/bench_pareto.py --only 6b,4b-p80           # some points
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent

_SPARSE = {"fc1": 0.8, "fc2": 0.9, "fc3": 0.85}  # the 160-weight output layer stays dense
_SPARSER = {"fc1": 0.85, "fc2": 0.95, "fc3": 0.9}
_LONG = ["train.epochs=160", "train.patience=12"]
_P90_IN8_WARM = [
    f"train.pruning={{sparsity: {_SPARSER}}}",
    "model.input_precision=fixed<8,3>",
    *_LONG,
    "train.init_from_float=true",
]
POINTS: dict[str, list[str]] = {
    "6b": [],
    "4b": ["model.weight_bits=4"],
    "6b-p70": ["train.pruning={sparsity: 0.7}"],
    "4b-p70": ["model.weight_bits=4", "train.pruning={sparsity: 0.7}"],
    "4b-p85": ["model.weight_bits=4", f"train.pruning={{sparsity: {_SPARSE}}}"],
    "6b-p85": [f"train.pruning={{sparsity: {_SPARSE}}}"],
    "6b-p90": [f"train.pruning={{sparsity: {_SPARSER}}}"],
    "5b-p85": ["model.weight_bits=5", f"train.pruning={{sparsity: {_SPARSE}}}"],
    "5b-p85-in10": [
        "model.weight_bits=5",
        f"train.pruning={{sparsity: {_SPARSE}}}",
        "model.input_precision=fixed<10,4>",
    ],
    "6b-p90-long": [f"train.pruning={{sparsity: {_SPARSER}}}", "train.epochs=160", "train.patience=12"],
    "6b-p90-warm": [f"train.pruning={{sparsity: {_SPARSER}}}", *_LONG, "train.init_from_float=true"],
    "4b-p90-in8-warm": ["model.weight_bits=4", *_P90_IN8_WARM],
    "5b-p90-in8-warm": ["model.weight_bits=5", *_P90_IN8_WARM],
    "6b-p90-in8-warm": _P90_IN8_WARM,
    "6b5a-p90-in8-warm": ["model.act_bits=5", *_P90_IN8_WARM],
    "6b-p90l-in8-warm": [
        "train.pruning={sparsity: {fc1: 0.85, fc2: 0.95, fc3: 0.9, logits: 0.5}}",
        "model.input_precision=fixed<8,3>",
        *_LONG,
        "train.init_from_float=true",
    ],
    "6b-p85-in8-warm": [
        f"train.pruning={{sparsity: {_SPARSE}}}",
        "model.input_precision=fixed<8,3>",
        *_LONG,
        "train.init_from_float=true",
    ],
    "6b-p90-in6-warm": [
        f"train.pruning={{sparsity: {_SPARSER}}}",
        "model.input_precision=fixed<6,3>",
        *_LONG,
        "train.init_from_float=true",
    ],
    "4b-p85-long": [
        "model.weight_bits=4",
        f"train.pruning={{sparsity: {_SPARSE}}}",
        "train.epochs=160",
        "train.patience=12",
    ],
    "4b-p85-in10": [
        "model.weight_bits=4",
        f"train.pruning={{sparsity: {_SPARSE}}}",
        "model.input_precision=fixed<10,4>",
    ],
    "4b-p90-in10": [
        "model.weight_bits=4",
        f"train.pruning={{sparsity: {_SPARSER}}}",
        "model.input_precision=fixed<10,4>",
    ],
    "4b-p90-in8": [
        "model.weight_bits=4",
        f"train.pruning={{sparsity: {_SPARSER}}}",
        "model.input_precision=fixed<8,3>",
    ],
    "3b-p85-in10": [
        "model.weight_bits=3",
        f"train.pruning={{sparsity: {_SPARSE}}}",
        "model.input_precision=fixed<10,4>",
    ],
    "4b4a-p90-in8": [
        "model.weight_bits=4",
        "model.act_bits=4",
        f"train.pruning={{sparsity: {_SPARSER}}}",
        "model.input_precision=fixed<8,3>",
    ],
}


def run_point(name: str, overrides: list[str], work: Path, epochs: int) -> dict[str, Any]:
    from fpgaml.config import load_config
    from fpgaml.flow import run_flow
    from fpgaml.ir import parse
    from fpgaml.rtl import generate
    from fpgaml.stages.train import load_models

    sets = [
        f"train.epochs={epochs}",  # a point's own overrides may change it
        *overrides,
        f"name={name}",
        f"paths.runs={work / 'runs'}",
        f"paths.hls_projects={work / 'hls'}",
    ]
    cfg = load_config(REPO / "configs" / "dense_tagger.yaml", sets)
    t0 = time.perf_counter()
    summary = run_flow(cfg, stages=["data", "train"]).stages[-1].summary  # the train stage's summary
    t_train = time.perf_counter() - t0
    trained = load_models(cfg)
    acc_q, acc_f = summary["test_accuracy_qkeras"], summary["test_accuracy_float"]  # QKeras on the input grid
    fp = parse(trained.qmodel, cfg.model.input_fixed).check_exact()
    t1 = time.perf_counter()
    prj = generate(fp, work / "rtl" / name, clock_period_ns=cfg.convert.clock_period_ns)
    return {
        "name": name,
        "overrides": overrides,
        "weight_bits": cfg.model.weight_bits,
        "act_bits": cfg.model.act_bits,
        "input_precision": cfg.model.input_precision,
        "nonzero_weights": summary["weights"]["nonzero_weights"],
        "weights": summary["weights"]["weights"],
        "accuracy_float": acc_f,
        "accuracy_qkeras": acc_q,
        "drop_pp": round(100 * (acc_f - acc_q), 3),
        "lut_estimate_da4ml": prj.estimated_luts,
        "latency_cycles": prj.latency,
        "clock_mhz": 1000 / cfg.convert.clock_period_ns,
        "train_seconds": round(t_train, 1),
        "rtl_seconds": round(time.perf_counter() - t1, 1),
    }


def pareto_front(points: list[dict[str, Any]]) -> list[str]:
    """Names of the points no other point beats in both LUT and accuracy drop."""
    front = []
    for p in points:
        dominated = any(
            q["lut_estimate_da4ml"] <= p["lut_estimate_da4ml"]
            and q["drop_pp"] <= p["drop_pp"]
            and (q["lut_estimate_da4ml"], q["drop_pp"]) != (p["lut_estimate_da4ml"], p["drop_pp"])
            for q in points
        )
        if not dominated:
            front.append(p["name"])
    return front


def plot(
    points: list[dict[str, Any]], front: list[str], path: Path, lut_goal: float, drop_goal: float
) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(7.5, 5))
    for p in points:
        on = p["name"] in front
        ax.scatter(p["lut_estimate_da4ml"], p["drop_pp"], color="C3" if on else "C0", zorder=3)
        ax.annotate(
            f"{p['name']} ({p['latency_cycles']} cyc)",
            (p["lut_estimate_da4ml"], p["drop_pp"]),
            textcoords="offset points",
            xytext=(4, 4),
            fontsize=7,
        )
    fr = sorted((p for p in points if p["name"] in front), key=lambda p: p["lut_estimate_da4ml"])
    ax.step([p["lut_estimate_da4ml"] for p in fr], [p["drop_pp"] for p in fr], where="post", color="C3", lw=1)
    ax.axvline(lut_goal, color="grey", ls="--", lw=0.8, label=f"goal: {lut_goal:.0f} LUT")
    ax.axhline(drop_goal, color="grey", ls=":", lw=0.8, label=f"goal: {drop_goal} pp")
    ax.legend(loc="upper right", fontsize=8)
    ax.set_xscale("log")
    ax.set_xlabel("LUT (da4ml estimate, 200 MHz pipelined RTL)")
    ax.set_ylabel("accuracy below the float reference (pp)")
    ax.set_title("dense jet tagger 16-64-32-32-5: bits x pruning x input type")
    ax.grid(alpha=0.3)
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default="runs/pareto", help="directory for pareto.json and pareto.png")
    ap.add_argument("--only", default=None, help=f"comma-separated subset of: {', '.join(POINTS)}")
    ap.add_argument("--epochs", type=int, default=80, help="train.epochs (pruning ends at half)")
    ap.add_argument("--work", default=None, help="working directory (default: a temporary one)")
    ap.add_argument("--yosys", action="store_true", help="also run Yosys synth_xilinx on the front points")
    ap.add_argument("--lut-goal", type=float, default=5000)
    ap.add_argument("--drop-goal", type=float, default=0.5)
    args = ap.parse_args()
    os.environ.setdefault("FPGAML_NO_PROGRESS", "1")  # one line per point instead of epoch bars

    names = args.only.split(",") if args.only else list(POINTS)
    unknown = [n for n in names if n not in POINTS]
    if unknown:
        ap.error(f"unknown point(s) {unknown}; choose from {', '.join(POINTS)}")
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    work = Path(args.work or tempfile.mkdtemp(prefix="fpgaml_pareto_"))
    points = []
    for name in names:
        p = run_point(name, POINTS[name], work, args.epochs)
        points.append(p)
        print(
            f"{name:14s} nonzero {p['nonzero_weights']:5d}  float {p['accuracy_float']:.4f}  "
            f"QKeras {p['accuracy_qkeras']:.4f}  drop {p['drop_pp']:+.2f} pp  "
            f"LUT~{p['lut_estimate_da4ml']:8.0f}  {p['latency_cycles']} cycles  ({p['train_seconds']:.0f} s)",
            flush=True,
        )
    front = pareto_front(points)
    if args.yosys:
        from fpgaml.rtl.yosys import da4ml_sources, estimate

        for p in points:
            if p["name"] not in front:
                continue
            files, top = da4ml_sources(work / "rtl" / p["name"] / "src")
            est = estimate(files, top, work_dir=work / "yosys" / p["name"])
            p["yosys"] = {"lut": est.lut, "ff": est.ff, "dsp": est.dsp, "carry": est.carry, "s": est.seconds}
            print(
                f"{p['name']:14s} Yosys synth_xilinx: {est.lut} LUT, {est.ff} FF, {est.dsp} DSP", flush=True
            )
    (out / "pareto.json").write_text(json.dumps({"points": points, "front": front}, indent=1))
    plot(points, front, out / "pareto.png", args.lut_goal, args.drop_goal)
    print(f"Pareto front: {', '.join(front)}\nwrote {out / 'pareto.json'}, {out / 'pareto.png'}")


if __name__ == "__main__":
    main()
