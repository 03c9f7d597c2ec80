"""The bit-cost ramp's accuracy-LUT front, seed means (docs/pareto.md section 6).

One ramp per seed (``train.bit_cost.beta: [start, end]``) and every kept checkpoint through the whole flow with
Yosys (``fpgaml sweep`` with ``checkpoints: all``); then, for each EBOPs level and each seed, the kept
checkpoint with the best VALIDATION accuracy at or below it (what ``train.bit_cost.max_ebops`` chooses: the
test split never chooses), and per level the seeds' mean test drop (against each seed's own float reference),
mean Yosys LUT and worst cycles. Prints one markdown table (every point, then the seed means) and the target
check, and draws the fronts (``--out/pareto_ramp.png``) beside the reference fronts of section 5 of
docs/pareto.md (constant beta and HGQ2's ramp, measured in another run: plotted for orientation, hollow).

    fpgaml sweep configs/sweeps/dense_ramp.yaml
    python benchmarks/bench_ramp.py runs/dense_ramp/sweep/results.json --out runs/dense_ramp/bench
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import numpy as np

#: Seed means of docs/pareto.md section 5 (2026-12-06, `configs/sweeps/dense_front.yaml` and HGQ2's ramp, two
#: seeds each, another run on another day): (tool, setting, mean drop pp, mean Yosys LUT, worst cycles).
#: Plotted hollow for orientation only, never mixed with this run's points.
REFERENCE = [
    ("fpgaml constant beta", "bc4e-5-long", 1.43, 2059, 5),
    ("fpgaml constant beta", "bc2e-5-long", 0.81, 2972, 5),
    ("fpgaml constant beta", "bc1.5e-5", 0.92, 3620, 5),
    ("fpgaml constant beta", "bc1e-5-long", 0.65, 4813, 5),
    ("fpgaml constant beta", "bc5e-6-long", 0.46, 5886, 6),
    ("HGQ2 ramp", "EBOPs <= 2,000", 1.40, 1922, 4),
    ("HGQ2 ramp", "EBOPs <= 3,000", 1.26, 2678, 4),
    ("HGQ2 ramp", "EBOPs <= 4,000", 0.91, 3780, 4),
    ("HGQ2 ramp", "EBOPs <= 5,000", 0.80, 4162, 4),
    ("HGQ2 ramp", "EBOPs <= 7,500", 0.77, 6174, 5),
    ("HGQ2 ramp", "EBOPs <= 9,000", 0.55, 6774, 5),
]


def _training_setting(cfg: dict[str, Any]) -> dict[str, Any]:
    """What trains the ramp (data, model, train) without its seed and checkpoint: points of sweeps run from
    other directories or by another fpgaml version (new settings at their default: None, or the plots) are
    points of one setting when they trained the same way."""

    def clean(d: Any) -> Any:
        if isinstance(d, dict):
            return {k: clean(v) for k, v in d.items() if v is not None and k != "plot"}
        return d

    setting = clean({k: cfg[k] for k in ("data", "model", "train")})
    setting["train"].pop("seed", None)
    setting["train"]["bit_cost"].pop("checkpoint", None)
    return setting


def points(results: dict[str, Any]) -> list[dict[str, Any]]:
    """Every finished point with a Yosys LUT: its ramp setting, seed, checkpoint, EBOPs, validation accuracy
    (from its train artifact) and its test figures (from the sweep's row)."""
    out = []
    for r in results["rows"]:
        if r.get("status") not in ("ok", "failed check") or r.get("lut") is None:
            continue
        if "yosys" not in str(r.get("resource_source", "")).lower():
            continue
        point = results["points"][r["point"]]
        cfg = point["config"]
        summary = json.loads((Path(point["run_dir"]) / "train" / "manifest.json").read_text())["summary"]
        setting = _training_setting(cfg)
        out.append({
            "point": r["point"], "setting": json.dumps(setting, sort_keys=True),
            "seed": cfg["train"].get("seed") if cfg["train"].get("seed") is not None else cfg["seed"],
            "epoch": summary["ramp"]["epoch"], "ebops": float(summary["ebops"]),
            "val": float(summary["ramp"]["val_accuracy"]), "drop_pp": float(r["drop_pp"]), "lut": float(r["lut"]),
            "cycles": int(r["cycles"]), "dsp": r.get("dsp"), "exact": r.get("exact_fraction") == 1.0,
            "nonzero": r.get("nonzero_weights"),
        })  # fmt: skip
    return out


def seed_means(pts: list[dict[str, Any]], targets: list[float]) -> list[dict[str, Any]]:
    """Per ramp setting and EBOPs target: each seed's most accurate (validation) point at or below it, and the
    seeds' means. Only levels where every seed of the setting has a point."""
    out = []
    for setting in sorted({p["setting"] for p in pts}):
        mine = [p for p in pts if p["setting"] == setting]
        seeds = sorted({p["seed"] for p in mine})
        if len(seeds) < 2:
            continue
        seen = set()
        for t in targets:
            chosen = []
            for s in seeds:
                fit = [p for p in mine if p["seed"] == s and p["ebops"] <= t]
                if fit:
                    chosen.append(max(fit, key=lambda p: (p["val"], -p["ebops"])))
            key = tuple(p["point"] for p in chosen)
            if len(chosen) < len(seeds) or key in seen:
                continue
            seen.add(key)
            drops = [p["drop_pp"] for p in chosen]
            out.append({"setting": setting, "target": t, "points": list(key), "n": len(chosen),
                        "drop_pp": float(np.mean(drops)), "spread": max(drops) - min(drops),
                        "lut": float(np.mean([p["lut"] for p in chosen])),
                        "cycles": max(p["cycles"] for p in chosen), "dsp": max(p["dsp"] or 0 for p in chosen)})  # fmt: skip
    return out


def front(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [r for r in rows if not any(
        o is not r and o["lut"] <= r["lut"] and o["drop_pp"] <= r["drop_pp"]
        and (o["lut"] < r["lut"] or o["drop_pp"] < r["drop_pp"]) for o in rows)]  # fmt: skip


def table(pts: list[dict[str, Any]], means: list[dict[str, Any]]) -> list[str]:
    lines = ["| point | seed | epoch | EBOPs | val acc | drop (pp) | Yosys LUT | cycles | DSP | exact |",
             "|---|---|---|---|---|---|---|---|---|---|"]  # fmt: skip
    for p in sorted(pts, key=lambda p: (p["seed"], p["lut"])):
        lines.append(f"| {p['point']} | {p['seed']} | {p['epoch']} | {p['ebops']:,.0f} | {p['val']:.4f} | "
                     f"{p['drop_pp']:.2f} | {p['lut']:,.0f} | {p['cycles']} | {p['dsp']} | {p['exact']} |")  # fmt: skip
    lines += ["", "| EBOPs level | points (one per seed) | mean drop (pp) | spread | mean LUT | cycles (worst) |",
              "|---|---|---|---|---|---|"]  # fmt: skip
    for m in sorted(means, key=lambda m: m["lut"]):
        lines.append(f"| <= {m['target']:,.0f} | {', '.join(m['points'])} | {m['drop_pp']:.2f} | {m['spread']:.2f} | "
                     f"{m['lut']:,.0f} | {m['cycles']} |")  # fmt: skip
    return lines


def target_check(means: list[dict[str, Any]]) -> list[str]:
    """The issue's targets against the seed means: <= 0.5 pp at <= 4k LUT, <= 4 cycles, 0 DSP; below 2k LUT."""
    lines = []
    ok = [m for m in means if m["lut"] <= 4000 and m["cycles"] <= 4 and m["dsp"] == 0]
    best = min(ok, key=lambda m: m["drop_pp"]) if ok else None
    if best is None:
        lines.append(
            "target (<= 0.5 pp at <= 4k LUT, <= 4 cycles, 0 DSP): no seed mean at <= 4k LUT and <= 4 cycles"
        )
    else:
        verdict = "MET" if best["drop_pp"] <= 0.5 else f"missed by {best['drop_pp'] - 0.5:.2f} pp"
        lines.append(f"target (<= 0.5 pp at <= 4k LUT, <= 4 cycles, 0 DSP): best seed mean {best['drop_pp']:.2f} pp "
                     f"at {best['lut']:,.0f} LUT, {best['cycles']} cycles ({', '.join(best['points'])}): {verdict}")  # fmt: skip
    small = [m for m in means if m["lut"] < 2000]
    if small:
        b = min(small, key=lambda m: m["drop_pp"])
        lines.append(f"below 2k LUT: {b['drop_pp']:.2f} pp at {b['lut']:,.0f} LUT, {b['cycles']} cycles "
                     f"({', '.join(b['points'])}); HGQ2's in section 5: 1.40 pp at 1,922")  # fmt: skip
    else:
        lines.append("below 2k LUT: no seed mean")
    return lines


def plot(pts: list[dict[str, Any]], means: list[dict[str, Any]], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(10, 5))
    markers = {3: "v", 4: "s", 5: "o", 6: "^", 7: "D"}
    colors = ["tab:blue", "tab:green", "tab:purple", "tab:brown"]
    for i, seed in enumerate(sorted({p["seed"] for p in pts})):
        mine = [p for p in pts if p["seed"] == seed]
        for p in mine:
            ax.scatter(
                p["lut"], p["drop_pp"], color=colors[i % 4], marker=markers.get(p["cycles"], "x"), s=30
            )
        f = sorted(front(mine), key=lambda p: p["lut"])
        ax.plot(
            [p["lut"] for p in f],
            [p["drop_pp"] for p in f],
            color=colors[i % 4],
            lw=1,
            label=f"ramp, seed {seed}",
        )
    fm = sorted(front(means), key=lambda m: m["lut"])
    if fm:
        ax.plot([m["lut"] for m in fm], [m["drop_pp"] for m in fm], color="black", ls="--", marker="*", ms=10,
                label="ramp, front of seed means (by EBOPs level)")  # fmt: skip
    for tool, color in (("fpgaml constant beta", "tab:cyan"), ("HGQ2 ramp", "tab:orange")):
        ref = sorted((r for r in REFERENCE if r[0] == tool), key=lambda r: r[3])
        ax.plot([r[3] for r in ref], [r[2] for r in ref], color=color, ls=":", marker="o", mfc="none",
                label=f"{tool}: seed means, docs/pareto.md section 5 (another run)")  # fmt: skip
    for c, m in markers.items():
        ax.scatter([], [], color="gray", marker=m, label=f"{c} cycles")
    ax.axhline(0.5, color="gray", ls=":", lw=1)
    ax.axvline(4000, color="gray", ls=":", lw=1)
    ax.set_xscale("log")
    ax.set_xlabel("LUT (Yosys synth_xilinx estimate)")
    ax.set_ylabel("accuracy drop vs the float reference (pp)")
    ax.set_title("Dense jet tagger: one bit-cost ramp per seed, every kept checkpoint through the flow")
    ax.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.01, 1.0))
    fig.tight_layout()
    fig.savefig(path, dpi=120)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument(
        "results", nargs="+", help="results.json of ramp sweeps (checkpoints: all, profile.yosys)"
    )
    ap.add_argument("--targets", type=float, nargs="*", default=[2000, 3000, 4000, 5000, 6000, 8000, 10000,
                    12000, 16000, 24000, 32000], help="EBOPs levels of the seed means")  # fmt: skip
    ap.add_argument("--out", default="runs/bench_ramp", help="where the table and the plot go")
    ap.add_argument(
        "--one-setting", action="store_true",
        help="pool every point by seed as one ramp setting (sweeps of one config run by different fpgaml "
        "versions, whose configs differ in settings added since; the setting is otherwise the data, model "
        "and train sections less the seed and the checkpoint)",
    )  # fmt: skip
    args = ap.parse_args()
    pts = [p for f in args.results for p in points(json.loads(Path(f).read_text()))]
    if not pts:
        raise SystemExit("no finished point with a Yosys LUT in " + ", ".join(args.results))
    settings = {p["setting"] for p in pts}
    if args.one_setting:
        for p in pts:
            p["setting"] = "pooled"
    elif len(settings) > 1:
        print(f"{len(settings)} ramp settings (seed means only within one; --one-setting pools them)")
    means = seed_means(pts, sorted(args.targets))
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    lines = [*table(pts, means), "", *target_check(means)]
    (out / "ramp.md").write_text("\n".join(lines) + "\n")
    (out / "ramp.json").write_text(json.dumps({"points": pts, "seed_means": means}, indent=1))
    plot(pts, means, out / "pareto_ramp.png")
    print("\n".join(lines))
    print(f"wrote {out / 'ramp.md'}, ramp.json, pareto_ramp.png")


if __name__ == "__main__":
    main()
