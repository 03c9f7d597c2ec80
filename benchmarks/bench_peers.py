"""fpgaml's accuracy-per-LUT front against HGQ2's, on the same jets, split, float reference, RTL call and Yosys.

1. fpgaml's ``data`` and ``train`` stages of ``--config`` (default ``configs/dense_tagger_pruned.yaml``) give the
   split (``dataset.npz``) and the float reference; its weights go to ``float_weights.npz``.
2. HGQ2 in its own environment (``benchmarks/peers/hgq2/setup.sh``, ``hgq2_train.py``), the same architecture
   started from those float weights, its da4ml RTL written with fpgaml's da4ml call (Verilog, latency cutoff =
   clock = 5 ns), for every seed in ``--seeds``:
   - ``--beta B ...``: one training per constant beta, one point each;
   - ``--ramp START END``: HGQ's own recipe: one training with beta ramped log-linearly over the epochs (cosine
     learning rate with restarts), its Pareto checkpoints (validation accuracy vs EBOPs) kept; one point per
     ``--ebops-targets`` value: the best checkpoint at or below it (so seeds pair up by target).
   ``--jobs N`` runs N trainings at once, one core each.
3. fpgaml's Yosys script (``fpgaml.rtl.yosys.estimate``, ``synth_xilinx -family xcup``) on every peer design.
4. fpgaml's points: the ``results.json`` of the sweeps given with ``--fpgaml`` (each point through the whole
   flow with ``profile.yosys: true``).
5. One table (markdown, stdout and ``--out/peers.md``), ``--out/peers.json`` and one plot
   (``--out/pareto_peers.png``: accuracy drop against Yosys LUT, cycles as marker, both fronts). Settings
   measured with two or more seeds (fpgaml: the same config but ``train.seed``; HGQ2: the same beta or EBOPs
   target) get a row of seed means, their own front (dashed in the plot), and fpgaml's seed means are set
   against the issue's HGQ2 table and against this run's HGQ2 seed means, level by level (the gap in pp).

Finished peer runs are kept (``--out/hgq2/<run>/result.json`` or ``ramp.json``) and not trained again. The drop of
an fpgaml point is taken against its own float reference (the same network for the same seed), that of an
HGQ2 point against fpgaml's float reference it starts from.

    fpgaml sweep configs/sweeps/dense_front.yaml
    python benchmarks/bench_peers.py --set name=dense_bitcost__ref --fpgaml runs/dense_front/sweep/results.json \
        --ramp 3e-7 3e-5 --epochs 3000 --batch-size 1024 --seeds 1 2 --jobs 2
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
PEER = ROOT / "benchmarks" / "peers" / "hgq2"


#: HGQ2 as issue 16 reports it (an earlier session's separate run: fpgaml's jets and split, 2000 epochs from the
#: float weights, float reference 0.6881; its recipe beyond that was not recorded): (beta, accuracy range,
#: Yosys LUT range, cycles). Plotted for orientation only, hollow, never mixed with this run's points.
ISSUE_TABLE = [
    (1e-6, (0.6852, 0.6852), (19235, 19235), "6"),
    (2e-6, (0.6812, 0.6821), (9851, 10432), "5"),
    (3e-6, (0.6813, 0.6842), (6529, 6788), "4-5"),
    (5e-6, (0.6768, 0.6786), (3838, 3953), "4"),
    (1e-5, (0.6718, 0.6718), (2297, 2297), "3"),
]
ISSUE_FLOAT = 0.6881


def reference(config: str, overrides: list[str]) -> tuple[Path, Path, float]:
    """(dataset.npz, float_weights.npz, float test accuracy) from fpgaml's data and train stages."""
    from fpgaml import modelio
    from fpgaml.config import load_config
    from fpgaml.flow import run_flow

    cfg = load_config(config, overrides)
    run_flow(cfg, stages=["data", "train"])
    train = cfg.stage_dir("train")
    summary = json.loads((train / "manifest.json").read_text())["summary"]
    weights = train / "float_weights.npz"
    if not weights.exists():
        model = modelio.load_model(train / "float_model.h5")
        arrays = {}
        for layer in model.layers:
            if getattr(layer, "kernel", None) is not None:
                arrays[f"{layer.name}/kernel"] = layer.kernel.numpy()
                arrays[f"{layer.name}/bias"] = layer.bias.numpy()
        np.savez(weights, **arrays)
    return cfg.stage_dir("data") / "dataset.npz", weights, float(summary["test_accuracy_float"])


def _peer_run(cmd_args: list[str], out: Path, threads: int) -> None:
    """Run ``hgq2_train.py`` in the peer's environment (its log next to ``out``)."""
    py = PEER / ".venv" / "bin" / "python"
    if not py.exists():
        raise SystemExit(f"the HGQ2 environment is missing: run {PEER / 'setup.sh'}")
    env = {**os.environ, "KERAS_BACKEND": "jax", "PYTHONPATH": ""}
    if threads == 1:  # several trainings at once: one core each
        env["XLA_FLAGS"] = "--xla_cpu_multi_thread_eigen=false intra_op_parallelism_threads=1"
    log = out.parent / f"{out.name}.log"
    out.mkdir(parents=True, exist_ok=True)
    with log.open("a") as fh:
        r = subprocess.run([str(py), str(PEER / "hgq2_train.py"), *cmd_args, "--out", str(out)], stdout=fh,
                           stderr=subprocess.STDOUT, env=env, check=False)  # fmt: skip
    if r.returncode != 0:
        raise RuntimeError(f"HGQ2 run {out.name} failed; log: {log}")


def _train_args(data: Path, weights: Path, seed: int, epochs: int, batch_size: int) -> list[str]:
    """``hgq2_train.py``'s arguments common to both recipes: the split, the float start, seed and schedule."""
    return ["--data", str(data), "--float-weights", str(weights), "--seed", str(seed), "--epochs", str(epochs),
            "--batch-size", str(batch_size)]  # fmt: skip


def _yosys(point_dir: Path) -> dict[str, Any]:
    """The point's result.json with fpgaml's Yosys estimate of its da4ml RTL added (once)."""
    from fpgaml.rtl.yosys import da4ml_data_files, da4ml_sources, estimate

    result_file = point_dir / "result.json"
    res = json.loads(result_file.read_text())
    if "yosys_lut" not in res:
        src = point_dir / "verilog" / "src"
        files, top = da4ml_sources(src)
        assert top is not None, f"no da4ml top module in {src}"
        est = estimate(files, top, work_dir=point_dir / "yosys", data_files=da4ml_data_files(src))
        res.update(yosys_lut=est.lut, yosys_ff=est.ff, yosys_dsp=est.dsp, yosys_seconds=est.seconds)
        result_file.write_text(json.dumps(res, indent=1))
    return res


def peer_point(
    data: Path,
    weights: Path,
    beta: float,
    seed: int,
    epochs: int,
    batch_size: int,
    out: Path,
    threads: int = 0,
) -> list[dict[str, Any]]:
    """Train one HGQ2 point at a constant beta (unless its result exists); its result with the Yosys LUTs."""
    args = [*_train_args(data, weights, seed, epochs, batch_size), "--beta", repr(beta)]
    if not (out / "result.json").exists():
        _peer_run(args, out, threads)
    return [_yosys(out)]


def peer_ramp(
    data: Path, weights: Path, ramp: tuple[float, float], targets: list[float], seed: int, epochs: int,
    batch_size: int, restart_steps: int, out: Path, threads: int = 0,
) -> list[dict[str, Any]]:  # fmt: skip
    """One HGQ2 run with beta ramped over the epochs (unless ``ramp.json`` exists): the best checkpoint at or
    below each EBOPs target, each with its Yosys LUTs."""
    args = [*_train_args(data, weights, seed, epochs, batch_size), "--beta-ramp", repr(ramp[0]), repr(ramp[1]),
            "--ebops-targets", *[repr(t) for t in targets], "--restart-steps", str(restart_steps)]  # fmt: skip
    ramp_file = out / "ramp.json"
    ramp = json.loads(ramp_file.read_text()) if ramp_file.exists() else {}
    if "points" not in ramp:
        _peer_run(args, out, threads)  # train (again, if an earlier run did not finish)
    elif ramp.get("targets") != list(targets):
        _peer_run([*args, "--reselect"], out, threads)  # other targets: from the saved checkpoints
    points = json.loads(ramp_file.read_text())["points"]
    return [{**_yosys(out / p["dir"]), "ebops_target": p["ebops_target"]} for p in points]


def fpgaml_points(paths: list[str], float_acc: float) -> list[dict[str, Any]]:
    """The finished points of fpgaml sweeps that have a Yosys estimate, with their train stage's seconds."""
    rows = []
    for p in paths:
        results = json.loads(Path(p).read_text())
        for r in results["rows"]:
            if r.get("status") not in ("ok", "failed check") or r.get("lut") is None:
                continue
            if "yosys" not in str(r.get("resource_source", "")).lower():
                continue  # only points with a Yosys estimate are comparable
            point = results["points"][r["point"]]
            run_dir = Path(point["run_dir"])
            manifest = json.loads((run_dir / "train" / "manifest.json").read_text())
            train = manifest["summary"]
            rows.append({"tool": "fpgaml", "point": r["point"], "accuracy": r["accuracy_csim"],
                         "float": r.get("accuracy_float"), "lut": r["lut"], "dsp": r.get("dsp"),
                         "cycles": r["cycles"], "seconds": manifest["seconds"],
                         "nonzero_weights": r.get("nonzero_weights"), "ebops": train.get("ebops"),
                         "exact": r.get("exact_fraction") == 1.0, "seed": point["config"]["train"].get("seed"),
                         "group": _without_seed(point["config"])})  # fmt: skip
    for r in rows:  # against the point's own float reference (a different train.seed trains another one)
        r["drop_pp"] = 100 * ((r["float"] if r["float"] is not None else float_acc) - r["accuracy"])
    return rows


def _without_seed(config: dict[str, Any]) -> str:
    """A point's configuration with its name and training seed taken out: the points of one setting."""
    cfg = {k: v for k, v in config.items() if k != "name"}
    cfg["train"] = {k: v for k, v in cfg["train"].items() if k != "seed"}
    return json.dumps(cfg, sort_keys=True)


def seed_means(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per setting measured with two or more seeds: mean drop and LUT, the worst cycles, the seeds'
    spread of the drop. fpgaml points group by config without ``train.seed``; HGQ2 points by beta."""
    groups: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for r in rows:
        key = r.get("group") or r["point"].split(" seed ")[0]
        groups.setdefault((r["tool"], key), []).append(r)
    out = []
    for (tool, _), members in groups.items():
        if len(members) < 2:
            continue
        drops = [m["drop_pp"] for m in members]
        out.append({"tool": tool, "point": " / ".join(m["point"] for m in members), "n": len(members),
                    "drop_pp": float(np.mean(drops)), "drop_spread": max(drops) - min(drops),
                    "lut": float(np.mean([m["lut"] for m in members])),
                    "cycles": max(int(m["cycles"]) for m in members)})  # fmt: skip
    return sorted(out, key=lambda r: (r["tool"], r["lut"]))


def gap_per_level(means: list[dict[str, Any]]) -> list[str]:
    """For each LUT level of the issue's HGQ2 table: fpgaml's best seed-mean drop at no more LUT, and the gap."""
    lines = ["| HGQ2 (issue's table) beta | its LUT | its drop (pp) | its cycles | fpgaml best seed mean at <= LUT "
             "| fpgaml drop (pp) | LUT | cycles | gap (pp, + = fpgaml worse) |", "|---|---|---|---|---|---|---|---|---|"]  # fmt: skip
    ours = [m for m in means if m["tool"] == "fpgaml"]
    for beta, (a0, a1), (l0, l1), cyc in ISSUE_TABLE:
        drop = 100 * (ISSUE_FLOAT - (a0 + a1) / 2)
        fit = [m for m in ours if m["lut"] <= l1]
        best = min(fit, key=lambda m: m["drop_pp"]) if fit else None
        if best is None:
            lines.append(f"| {beta:g} | {l0:,}-{l1:,} | {drop:.2f} | {cyc} | none | | | | no fpgaml point |")
            continue
        lines.append(f"| {beta:g} | {l0:,}-{l1:,} | {drop:.2f} | {cyc} | {best['point']} | {best['drop_pp']:.2f} "
                     f"(spread {best['drop_spread']:.2f}) | {best['lut']:,.0f} | {best['cycles']} | "
                     f"{best['drop_pp'] - drop:+.2f} |")  # fmt: skip
    return lines


def gap_to_run(means: list[dict[str, Any]]) -> list[str]:
    """For each HGQ2 seed mean of this run: fpgaml's best seed-mean drop at no more LUT, and the gap."""
    lines = ["| HGQ2 setting (this run) | its mean LUT | its mean drop (pp) | its cycles | fpgaml best seed mean at "
             "<= LUT | fpgaml drop (pp) | LUT | cycles | gap (pp, + = fpgaml worse) |",
             "|---|---|---|---|---|---|---|---|---|"]  # fmt: skip
    ours = [m for m in means if m["tool"] == "fpgaml"]
    for h in sorted((m for m in means if m["tool"] == "hgq2"), key=lambda m: m["lut"]):
        fit = [m for m in ours if m["lut"] <= h["lut"]]
        best = min(fit, key=lambda m: m["drop_pp"]) if fit else None
        head = f"| {h['point'].split(' seed ')[0]} | {h['lut']:,.0f} | {h['drop_pp']:.2f} (spread " \
               f"{h['drop_spread']:.2f}) | {h['cycles']} |"  # fmt: skip
        if best is None:
            lines.append(f"{head} none | | | | no fpgaml point |")
            continue
        lines.append(f"{head} {best['point']} | {best['drop_pp']:.2f} (spread {best['drop_spread']:.2f}) | "
                     f"{best['lut']:,.0f} | {best['cycles']} | {best['drop_pp'] - h['drop_pp']:+.2f} |")  # fmt: skip
    return lines


def front(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The points no other point beats in both LUT and drop."""
    return [r for r in rows if not any(
        o is not r and o["lut"] <= r["lut"] and o["drop_pp"] <= r["drop_pp"]
        and (o["lut"] < r["lut"] or o["drop_pp"] < r["drop_pp"]) for o in rows)]  # fmt: skip


def plot(rows: list[dict[str, Any]], path: Path, float_acc: float, means: list[dict[str, Any]]) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(10, 5))
    markers = {3: "v", 4: "s", 5: "o", 6: "^", 7: "D", 8: "P"}
    for tool, color in (("fpgaml", "tab:blue"), ("hgq2", "tab:orange")):
        pts = [r for r in rows if r["tool"] == tool]
        for r in pts:
            ax.scatter(r["lut"], r["drop_pp"], color=color, marker=markers.get(int(r["cycles"]), "x"), s=40)
        f = sorted(front(pts), key=lambda r: r["lut"])
        if f:
            ax.plot([r["lut"] for r in f], [r["drop_pp"] for r in f], color=color, label=f"{tool} front")
        fm = sorted(front([m for m in means if m["tool"] == tool]), key=lambda r: r["lut"])
        if fm:
            ax.plot([m["lut"] for m in fm], [m["drop_pp"] for m in fm], color=color, ls="--", marker="*", ms=9,
                    label=f"{tool} front of seed means")  # fmt: skip
    for beta, (a0, a1), (l0, l1), cyc in ISSUE_TABLE:
        d0, d1 = 100 * (ISSUE_FLOAT - a1), 100 * (ISSUE_FLOAT - a0)
        ax.errorbar((l0 + l1) / 2, (d0 + d1) / 2, xerr=(l1 - l0) / 2, yerr=(d1 - d0) / 2, fmt="o", mfc="none",
                    color="tab:red", ms=7, lw=1)  # fmt: skip
        ax.annotate(f"{beta:g}, {cyc} cyc", ((l0 + l1) / 2, (d0 + d1) / 2), fontsize=7, color="tab:red",
                    xytext=(4, 4), textcoords="offset points")  # fmt: skip
    ax.errorbar(
        [], [], fmt="o", mfc="none", color="tab:red", label="HGQ2 as issue 16 reports it (not this run)"
    )
    for c, m in markers.items():
        ax.scatter([], [], color="gray", marker=m, label=f"{c} cycles")
    ax.axhline(0.5, color="gray", ls=":", lw=1)
    ax.axvline(5000, color="gray", ls=":", lw=1)
    ax.set_xscale("log")
    ax.set_xlabel("LUT (Yosys synth_xilinx estimate)")
    ax.set_ylabel("accuracy drop vs the float reference (pp)")
    ax.set_title("Dense jet tagger: fpgaml vs HGQ2 (same jets, split, float start, RTL call, Yosys)")
    ax.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.01, 1.0))
    fig.tight_layout()
    fig.savefig(path, dpi=120)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--config", default="configs/dense_tagger_pruned.yaml")
    ap.add_argument(
        "--set",
        nargs="*",
        default=[],
        metavar="KEY=VALUE",
        help="config overrides, e.g. name=dense_bitcost__ref to reuse a sweep point's data and float model",
    )
    ap.add_argument("--batch-size", type=int, default=16384, help="HGQ2's batch size")
    ap.add_argument("--fpgaml", nargs="*", default=[], help="results.json of fpgaml sweeps (with Yosys)")
    ap.add_argument("--beta", nargs="*", type=float, default=[], help="HGQ2 points at these constant betas")
    ap.add_argument("--ramp", nargs=2, type=float, metavar=("START", "END"),
                    help="HGQ2 runs with beta ramped log-linearly from START to END (one per seed), one point "
                         "per --ebops-targets: the best checkpoint at or below it")  # fmt: skip
    ap.add_argument("--ebops-targets", nargs="*", type=float,
                    default=[2000, 3000, 4000, 5000, 6000, 7500, 9000, 11000, 13000, 16000, 20000, 27000, 38000])  # fmt: skip
    ap.add_argument("--restart-steps", type=int, default=2500, help="--ramp: cosine restarts every N steps")
    ap.add_argument("--seeds", nargs="*", type=int, default=[1, 2])
    ap.add_argument("--epochs", type=int, default=2000)
    ap.add_argument("--jobs", type=int, default=1, help="HGQ2 trainings at once (one core each when > 1)")
    ap.add_argument("--out", default="runs/peers")
    args = ap.parse_args()
    os.environ.setdefault("FPGAML_NO_PROGRESS", "1")

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    data, weights, float_acc = reference(args.config, args.set)
    rows = fpgaml_points(args.fpgaml, float_acc)
    threads = 1 if args.jobs > 1 else 0
    jobs: dict[str, Any] = {}
    with ThreadPoolExecutor(max_workers=args.jobs) as pool:
        for seed in args.seeds:
            for beta in args.beta:
                name = f"b{beta:g}_s{seed}_e{args.epochs}_bs{args.batch_size}"
                jobs[f"beta {beta:g} seed {seed}"] = pool.submit(
                    peer_point, data, weights, beta, seed, args.epochs, args.batch_size, out / "hgq2" / name,
                    threads)  # fmt: skip
            if args.ramp:
                b0, b1 = args.ramp
                name = f"ramp_{b0:g}-{b1:g}_s{seed}_e{args.epochs}_bs{args.batch_size}_r{args.restart_steps}"
                jobs[f"ramp seed {seed}"] = pool.submit(
                    peer_ramp, data, weights, (b0, b1), args.ebops_targets, seed, args.epochs, args.batch_size,
                    args.restart_steps, out / "hgq2" / name, threads)  # fmt: skip
        for label, job in jobs.items():
            for r in job.result():
                point = (f"beta {r['beta']:g} seed {r['seed']}" if "ebops_target" not in r
                         else f"ramp EBOPs<={r['ebops_target']:g} seed {r['seed']}")  # fmt: skip
                rows.append({"tool": "hgq2", "point": point, "accuracy": r["accuracy_test"], "float": float_acc,
                             "lut": r["yosys_lut"], "dsp": r["yosys_dsp"], "cycles": r["cycles"],
                             "seconds": r["train_seconds"], "exact": r["rtl_equal_outputs"] == r["n_outputs"],
                             "ebops": r["ebops"], "input_bits": sum(r["input_bits_per_feature"]),
                             "dropped_inputs": sum(b == 0 for b in r["input_bits_per_feature"])})  # fmt: skip
                rows[-1]["drop_pp"] = 100 * (float_acc - r["accuracy_test"])
                print(f"hgq2 {point}: acc {r['accuracy_test']:.4f}, {r['yosys_lut']} LUT, {r['cycles']} cycles, "
                      f"RTL = model on {r['rtl_equal_outputs']}/{r['n_outputs']} outputs", file=sys.stderr)  # fmt: skip
            print(f"{label}: done", file=sys.stderr)
    on_front = {id(r) for t in ("fpgaml", "hgq2") for r in front([x for x in rows if x["tool"] == t])}
    lines = [f"Float reference (fpgaml, seed 42, test split): {float_acc:.4f}", "",
             "| tool | point | float acc | test acc | drop (pp) | non-zero w | EBOPs | Yosys LUT | DSP | cycles | "
             "train s | front |", "|---|---|---|---|---|---|---|---|---|---|---|---|"]  # fmt: skip
    for r in sorted(rows, key=lambda r: (r["tool"], r["lut"])):
        nz = r.get("nonzero_weights")
        lines.append(f"| {r['tool']} | {r['point']} | {r['float']:.4f} | {r['accuracy']:.4f} | {r['drop_pp']:.2f} | "
                     f"{'' if nz is None else nz} | {r.get('ebops') or 0:,.0f} | {r['lut']:,} | {r['dsp']} | "
                     f"{r['cycles']} | {r['seconds'] or 0:.0f} | {'*' if id(r) in on_front else ''} |")  # fmt: skip
    means = seed_means(rows)
    lines += ["", "Settings with two or more seeds (mean drop and LUT, worst cycles; spread = max - min drop):", "",
              "| tool | points | seeds | mean drop (pp) | spread (pp) | mean Yosys LUT | cycles | front of means |",
              "|---|---|---|---|---|---|---|---|"]  # fmt: skip
    mean_front = {id(m) for t in ("fpgaml", "hgq2") for m in front([x for x in means if x["tool"] == t])}
    for m in means:
        lines.append(f"| {m['tool']} | {m['point']} | {m['n']} | {m['drop_pp']:.2f} | {m['drop_spread']:.2f} | "
                     f"{m['lut']:,.0f} | {m['cycles']} | {'*' if id(m) in mean_front else ''} |")  # fmt: skip
    lines += [
        "",
        "fpgaml's seed means against the issue's HGQ2 table, level by level:",
        "",
        *gap_per_level(means),
        "",
        "fpgaml's seed means against this run's HGQ2 seed means, level by level:",
        "",
        *gap_to_run(means),
    ]
    text = "\n".join(lines)
    print(text)
    (out / "peers.md").write_text(text + "\n")
    (out / "peers.json").write_text(
        json.dumps({"float_accuracy": float_acc, "rows": rows, "seed_means": means}, indent=1)
    )
    plot(rows, out / "pareto_peers.png", float_acc, means)


if __name__ == "__main__":
    main()
