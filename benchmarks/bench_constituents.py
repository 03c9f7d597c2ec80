"""Constituent taggers against the dense high-level-feature (HLF) MLP inside the L1 budget (issue 24).

One run prints, from fpgaml runs it makes or finds up to date (nothing is trained twice: a rerun only reprints):

1. **the dense HLF front**: ``configs/sweeps/hlf_front.yaml`` (the shipped ``dense_tagger`` measured again, and
   the pruned, bit-cost-trained MLPs of docs/pareto.md), every point twice (``train.seed`` 42 and 2, same split,
   same 20,000 test jets), through the whole flow with Yosys ``synth_xilinx``;
2. **the constituent front**: ``configs/sweeps/constituents.yaml`` (deepsets, jedi, mixer on 32 particles),
   likewise; a point whose da4ml estimate exceeds its ``rtl.max_lut_estimate`` gets no RTL and no Yosys and is
   shown with da4ml's estimate, labelled;
3. **the learning curve**: ``configs/sweeps/learning_curve_{hlf,constituents}.yaml``: the HLF MLP and the shipped
   constituent network,
   float and quantized, trained on 15k, 30k, 60k jets of the shipped sample (``data.train_jets``; the same
   validation and test jets), and on the large Pythia sample (``--large``, 300k jets made by
   ``scripts/generate_jets.py``) when that file exists: its runs are evaluated on their own test split AND on
   the shipped sample's 20,000 test jets (the other points' jets). Absent, the table says so.

Every table gives seed means (and the spread, max - min) of the C-sim accuracy (= QKeras in float64 on 100 % of
the logits for every point: the ``exact`` column), the Yosys LUT (da4ml's estimate where no Yosys ran, marked
``~``), the RTL latency in cycles at 200 MHz and the initiation interval (``II``, measured in the Verilator
simulation: 1 = a new jet every clock), the DSPs. ``--plot`` draws accuracy against LUT, both fronts.

Cost: each point is a full training (QAT from the float weights) + C-sim + Verilator + Yosys; on a shared 2-core
machine 10-60 min a point, the whole benchmark many hours the first time. Run it with ``nice``; interrupt and
rerun at will (finished stages are kept, a killed stage is redone).

    nice -n 10 python benchmarks/bench_constituents.py                     # run what is missing, print
    python benchmarks/bench_constituents.py --report                       # print only what is cached
    python benchmarks/bench_constituents.py --only curve --json            # one part, machine-readable
    python benchmarks/bench_constituents.py --report --plot docs/img/constituents_front.png
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import sys
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
SWEEPS = {
    "hlf": ROOT / "configs" / "sweeps" / "hlf_front.yaml",
    "constituents": ROOT / "configs" / "sweeps" / "constituents.yaml",
}
#: the learning curve: one sweep per network (the HLF MLP, the shipped constituent tagger)
CURVES = [
    ROOT / "configs" / "sweeps" / "learning_curve_hlf.yaml",
    ROOT / "configs" / "sweeps" / "learning_curve_constituents.yaml",
]
LARGE = Path.home() / ".cache" / "fpgaml" / "jets_large" / "jets_v1.npz"
#: the command that made it (2026-12-07; the compact sample with its recipe JSON goes to --sample-dir)
LARGE_COMMAND = (
    "python scripts/generate_jets.py --jets-per-class 60000 --seed 20261207 --jobs-per-class 8 --n-store 64 "
    "--nice 19 --out ~/.cache/fpgaml/jets_large/jets_full_300k.npz --sample-dir ~/.cache/fpgaml/jets_large"
)
#: sha256 of the compact sample that command made here (2026-12-07; docs/families.md): another file is reported
LARGE_SHA256 = "8fc91943c62e0e474522dff40230a7b119af44f63fb67cae427f7c2e2d48f6d1"
#: a point run with another training seed is named <setting>-t<seed>; seed means group by <setting>
_SEED_SUFFIX = re.compile(r"-t\d+$")
STAGES = ["data", "train", "convert", "csim", "verify", "rtl", "profile"]


# ---- running and reading the points ------------------------------------------------------------------------
def _sweep(path: Path, runs: Path | None) -> Any:
    """The sweep of ``path`` (with its runs under ``runs`` when given: a copy of the file pointing there)."""
    from fpgaml.sweep import load_sweep

    if runs is None:
        return load_sweep(path)
    import yaml

    raw = yaml.safe_load(path.read_text())
    raw["base"] = str((path.parent / raw["base"]).resolve())
    raw.setdefault("set", {})["paths.runs"] = str(runs.resolve())
    raw["set"]["paths.hls_projects"] = str((runs / "hls_projects").resolve())
    copy = runs / "sweeps" / path.name
    copy.parent.mkdir(parents=True, exist_ok=True)
    copy.write_text(yaml.safe_dump(raw, sort_keys=False))
    return load_sweep(copy)


def _rows(sweep: Any, run: bool) -> list[dict[str, Any]]:
    """One record per point: the sweep's metrics plus II, the train/test sizes and the data source."""
    from fpgaml.sweep.results import collect_metrics

    if run:
        from fpgaml.sweep import run_sweep

        result = run_sweep(sweep, serial=True)
        # a point that could not run shows as '–' in the tables: say why here (stale artifacts of an older
        # fpgaml, a config error, a failed stage)
        for name, record in result.records.items():
            if record.get("status") == "error":
                print(f"{sweep.name} / {name}: did not run: {record.get('error')}", file=sys.stderr)
    rows = []
    for point in sweep.points:
        cfg = point.config
        m = collect_metrics(cfg, sweep.stages)
        m.update(point=point.name, setting=_SEED_SUFFIX.sub("", point.name), run=cfg.name)
        m.update(_extra(cfg, sweep.stages))
        rows.append(m)
    return rows


def _extra(cfg: Any, stages: list[str]) -> dict[str, Any]:
    """II (RTL simulation), training jets, the data source, and the family, from up-to-date artifacts."""
    from fpgaml.sweep.results import _current

    out: dict[str, Any] = {"family": cfg.model.family, "train_jets": cfg.data.train_jets, "ii": None}
    out["rtl_status"] = None
    data = _current("data", cfg)
    if data is not None:
        out["train_jets"] = data.summary.get("n_train")
        out["test_jets"] = data.summary.get("n_test")
    if "rtl" in stages:
        rtl = _current("rtl", cfg)
        if rtl is not None:
            out["rtl_status"] = rtl.status
            out["ii"] = rtl.summary.get("initiation_interval")
            out["rtl_equal_csim"] = rtl.summary.get("n_equal_csim")
            out["rtl_outputs"] = rtl.summary.get("n_outputs")
    return out


def _mean_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Seed means per setting: accuracy (float, C-sim), LUT, cycles; spread = max - min of the C-sim accuracy."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        groups.setdefault(r["setting"], []).append(r)
    out = []
    for setting, members in groups.items():
        csim = [r for r in members if r.get("accuracy_csim") is not None]
        # a point stopped after training (a cut-short learning curve) has QKeras' accuracy but no C-sim
        done = [
            r for r in members if r.get("accuracy_csim") is not None or r.get("accuracy_qkeras") is not None
        ]
        row: dict[str, Any] = {
            "setting": setting,
            "seeds": len(csim),
            "seeds_qkeras": len(done),
            "of": len(members),
        }
        for key in (
            "accuracy_float", "accuracy_qkeras", "accuracy_csim", "lut", "ff", "dsp", "cycles", "latency_ns", "ii"
        ):  # fmt: skip
            values = [float(r[key]) for r in done if r.get(key) is not None]
            row[key] = float(np.mean(values)) if values else None
            if key in ("accuracy_float", "accuracy_qkeras", "accuracy_csim", "lut") and values:
                row[f"{key}_spread"] = float(np.max(values) - np.min(values))
        done = csim  # the exactness flags: from the points that were C-simulated
        sources = {r.get("resource_source") for r in done if r.get("lut") is not None}
        row["lut_source"] = ", ".join(sorted(s for s in sources if s)) or None
        row["exact"] = all(r.get("exact_fraction") == 1.0 for r in done) if done else None
        row["rtl_exact"] = (
            all(
                r.get("rtl_equal_csim") == r.get("rtl_outputs") for r in done if r.get("rtl_status") == "done"
            )
            if any(r.get("rtl_status") == "done" for r in done)
            else None
        )
        row["family"] = members[0]["family"]
        row["train_jets"] = members[0].get("train_jets")
        out.append(row)
    return out


# ---- the large sample ---------------------------------------------------------------------------------------
def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _large_sweep(curve: Path, large: Path, runs: Path) -> Any:
    """The learning curve's full-size points (no ``data.train_jets``) again, on the large sample."""
    import yaml

    from fpgaml.sweep import load_sweep

    raw = yaml.safe_load(curve.read_text())
    base = (curve.parent / raw["base"]).resolve()
    points = []
    for p in raw.get("points", []):
        settings = dict(p.get("set", {}))
        if "data.train_jets" in settings:
            continue  # the subsets are shipped-sample points; the large sample is used whole
        settings["data.source"] = str(large)
        points.append({"name": f"large-{p['name']}", "set": settings})
    name = f"{raw.get('name', curve.stem)}_large"
    sweep = {
        "name": name,
        "base": str(base),
        "set": {**raw.get("set", {}), "paths.runs": str(runs.resolve())},
        "until": raw.get("until", "verify"),
        "points": points,
    }
    path = runs / "sweeps" / f"{name}.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(sweep, sort_keys=False))
    return load_sweep(path)


def _on_shipped_test_jets(cfg: Any) -> dict[str, float] | None:
    """A large-sample run's networks on the shipped sample's test jets (the other curve points' jets):
    standardised with the run's own statistics, on its input grid; QKeras in float64 (= the C-sim, which
    verify found bit-identical on the run's own test split), the float reference in float."""
    from fpgaml.config import load_config  # noqa: F401  (the config is already built)
    from fpgaml.data import apply_standardization, load_jets
    from fpgaml.modelio import predict_float64
    from fpgaml.stages.data import DataInfo
    from fpgaml.stages.train import load_models
    from fpgaml.sweep.results import _current

    if _current("train", cfg) is None:
        return None
    info = DataInfo.of(cfg)
    shipped = load_jets(
        "sample", cfg.features, n_constituents=cfg.data.n_constituents, split=cfg.data.split,
        seed=cfg.seed, standardize=False,
    )  # fmt: skip
    x = shipped.x_test  # raw: "firmware" standardises in the network's first layer, "none" not at all
    if info.standardized_in == "software":
        x = apply_standardization(x, info.standardization, shipped.mask_test)
    trained = load_models(cfg)
    xq = trained.meta.inputs.grid(x)
    out = {"test_jets": len(shipped.y_test)}
    out["accuracy_qkeras"] = float(
        np.mean(np.argmax(predict_float64(trained.qmodel, xq), 1) == shipped.y_test)
    )
    out["accuracy_csim"] = out["accuracy_qkeras"]  # verify found the C-sim bit-identical to QKeras (float64)
    if trained.float_model is not None:
        logits = trained.float_model(x.astype(np.float32), training=False).numpy()
        out["accuracy_float"] = float(np.mean(np.argmax(logits, 1) == shipped.y_test))
    return out


# ---- printing -----------------------------------------------------------------------------------------------
def _f(value: Any, spec: str) -> str:
    return "–" if value is None else format(value, spec)


def front_table(means: list[dict[str, Any]]) -> str:
    lines = [
        "| setting | family | seeds | float acc | C-sim acc (spread) | LUT | cycles | II | DSP | C-sim = QKeras | RTL = C-sim |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in sorted(means, key=lambda r: (r["lut"] is None, r["lut"] or 0)):
        yosys = "yosys" in (r.get("lut_source") or "").lower()
        lut = "–" if r["lut"] is None else f"{'' if yosys else '~'}{r['lut']:,.0f}"
        acc = f"{_f(r['accuracy_csim'], '.4f')} ({_f(r.get('accuracy_csim_spread'), '.4f')})"
        flags = ["–" if r[k] is None else ("100 %" if r[k] else "NO") for k in ("exact", "rtl_exact")]
        lines.append(
            f"| {r['setting']} | {r['family']} | {r['seeds']}/{r['of']} | {_f(r['accuracy_float'], '.4f')} | {acc} "
            f"| {lut} | {_f(r['cycles'], '.0f')} | {_f(r['ii'], '.0f')} | {_f(r['dsp'], '.0f')} | {flags[0]} | {flags[1]} |"
        )
    return "\n".join(lines)


def curve_table(means: list[dict[str, Any]]) -> str:
    """Seed means (spread = max - min over the seeds) of the float reference, QKeras (float64 on the firmware's
    input grid; the C-sim where one ran, which verify found bit-identical) and the C-sim. ``seeds``: trained /
    C-simulated / in the sweep."""
    lines = [
        "| setting | family | training jets | seeds trained / C-sim / of | float acc (spread) | QKeras acc (spread) "
        "| C-sim acc (spread) | C-sim = QKeras | test jets |",
        "|---|---|---|---|---|---|---|---|---|",
    ]

    def acc(r: dict[str, Any], key: str) -> str:
        return f"{_f(r[key], '.4f')} ({_f(r.get(f'{key}_spread'), '.4f')})"

    for r in sorted(means, key=lambda r: (r["family"], r["train_jets"] or 0)):
        exact = "–" if r["exact"] is None else ("100 %" if r["exact"] else "NO")
        lines.append(
            f"| {r['setting']} | {r['family']} | {_f(r['train_jets'], ',')} | "
            f"{r.get('seeds_qkeras', r['seeds'])} / {r['seeds']} / {r['of']} | {acc(r, 'accuracy_float')} | "
            f"{acc(r, 'accuracy_qkeras')} | {acc(r, 'accuracy_csim')} | {exact} | {r.get('test_on', 'shipped sample')} |"
        )
    return "\n".join(lines)


def targets(hlf: list[dict[str, Any]], cons: list[dict[str, Any]], budget_lut: float = 86_400) -> dict:
    """The issue's two targets from the seed means: the shipped dense tagger + 1.5 pp within the budget, and
    the best dense point at <= 10k LUT + 1 pp at <= 10k LUT (Yosys LUT only)."""

    def yosys(r: dict[str, Any]) -> bool:
        return "yosys" in (r.get("lut_source") or "").lower() and r["accuracy_csim"] is not None

    shipped = next(
        (r for r in hlf if r["setting"] == "dense_tagger" and r["accuracy_csim"] is not None), None
    )
    out: dict[str, Any] = {}
    in_budget = [
        r for r in cons if yosys(r) and r["lut"] <= budget_lut and (r["ii"] or 99) <= 1 and (r["dsp"] or 0) == 0
        and (r["latency_ns"] or 1e9) <= 100
    ]  # fmt: skip
    best = max(in_budget, key=lambda r: r["accuracy_csim"], default=None)
    if shipped is not None and best is not None:
        gap = 100 * (best["accuracy_csim"] - shipped["accuracy_csim"])
        out["budget"] = {"dense_tagger": shipped["accuracy_csim"], "best": best["setting"],
                         "accuracy": best["accuracy_csim"], "lut": best["lut"], "above_pp": round(gap, 2),
                         "met": gap >= 1.5}  # fmt: skip
    small_hlf = max(
        (r for r in hlf if yosys(r) and r["lut"] <= 10_000), key=lambda r: r["accuracy_csim"], default=None
    )
    small = max((r for r in in_budget if r["lut"] <= 10_000), key=lambda r: r["accuracy_csim"], default=None)
    if small_hlf is not None:
        out["10k"] = {"best_hlf": small_hlf["setting"], "hlf_accuracy": small_hlf["accuracy_csim"]}
        if small is not None:
            gap = 100 * (small["accuracy_csim"] - small_hlf["accuracy_csim"])
            out["10k"].update(best=small["setting"], accuracy=small["accuracy_csim"], lut=small["lut"],
                              above_pp=round(gap, 2), met=gap >= 1.0)  # fmt: skip
        else:
            out["10k"].update(best=None, met=False)
    return out


def plot(hlf: list[dict[str, Any]], cons: list[dict[str, Any]], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(8, 5))
    for rows, label, color, marker in ((hlf, "dense MLP, 16 HLF", "tab:blue", "o"),
                                       (cons, "constituents, 32 particles", "tab:red", "s")):  # fmt: skip
        pts = [r for r in rows if r["lut"] is not None and r["accuracy_csim"] is not None]
        for r in pts:
            yosys = "yosys" in (r.get("lut_source") or "").lower()
            ax.errorbar(r["lut"], 100 * r["accuracy_csim"], yerr=50 * (r.get("accuracy_csim_spread") or 0),
                        fmt=marker, color=color, mfc=color if yosys else "none", capsize=3)  # fmt: skip
            ax.annotate(r["setting"], (r["lut"], 100 * r["accuracy_csim"]), fontsize=7,
                        xytext=(4, 3), textcoords="offset points")  # fmt: skip
        ax.plot([], [], marker, color=color, label=label)
    ax.axvline(86_400, color="gray", ls="--", lw=1)
    ax.text(86_400, ax.get_ylim()[1], " 5 % VU13P", color="gray", fontsize=8, va="top")
    ax.axvline(10_000, color="gray", ls=":", lw=1)
    ax.text(10_000, ax.get_ylim()[1], " 10k LUT", color="gray", fontsize=8, va="top")
    ax.set_xscale("log")
    ax.set_xlabel("LUT (Yosys synth_xilinx; hollow: da4ml estimate, no Yosys)")
    ax.set_ylabel("C-sim accuracy (%), 20,000 test jets; seed mean, bar = spread")
    ax.set_title("Constituent taggers vs the high-level-feature MLP (200 MHz, II 1, 0 DSP)")
    ax.legend(loc="upper left", bbox_to_anchor=(0.0, 0.93))
    ax.grid(alpha=0.3)
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=120)


# ---- main -----------------------------------------------------------------------------------------------------
def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", nargs="+", choices=["hlf", "constituents", "curve"], default=None,
                    help="run / print only these parts (default: all three)")  # fmt: skip
    ap.add_argument("--report", action="store_true", help="run nothing: print what is cached (missing: '–')")
    ap.add_argument("--runs", type=Path, default=None, help="run directory of every point (default: runs/)")
    ap.add_argument("--large", type=Path, default=LARGE, help=f"the large sample (default {LARGE})")
    ap.add_argument("--plot", type=Path, default=None, help="write accuracy vs LUT (both fronts) to this PNG")
    ap.add_argument("--json", action="store_true", help="print the numbers as JSON instead of tables")
    args = ap.parse_args(argv)
    parts = args.only or ["hlf", "constituents", "curve"]
    result: dict[str, Any] = {"load_average": list(os.getloadavg())}
    for part in ("hlf", "constituents"):
        if part in parts or (args.plot and part in ("hlf", "constituents")):
            rows = _rows(_sweep(SWEEPS[part], args.runs), run=part in parts and not args.report)
            result[part] = {"points": rows, "means": _mean_rows(rows)}
    if "hlf" in result and "constituents" in result:
        result["targets"] = targets(result["hlf"]["means"], result["constituents"]["means"])
    if "curve" in parts:
        rows = []
        for curve in CURVES:
            rows += _rows(_sweep(curve, args.runs), run=not args.report)
        large: dict[str, Any] = {
            "path": str(args.large),
            "present": args.large.is_file(),
            "command": LARGE_COMMAND,
        }
        if large["present"]:
            recipe = args.large.with_suffix(".json")
            large["sha256"] = _sha256(args.large)
            large["sha256_recorded"] = LARGE_SHA256
            large["is_the_recorded_sample"] = large["sha256"] == LARGE_SHA256
            large["recipe"] = json.loads(recipe.read_text()) if recipe.is_file() else None
            for curve in CURVES:
                sweep = _large_sweep(curve, args.large, args.runs or (ROOT / "runs"))
                big = _rows(sweep, run=not args.report)
                for row, point in zip(big, sweep.points, strict=True):
                    row["test_on"] = f"its own split ({_f(row.get('test_jets'), ',')} jets)"
                    shipped = _on_shipped_test_jets(point.config)
                    if shipped is not None:
                        rows.append({**row, **shipped, "setting": row["setting"] + "@shipped-test",
                                     "test_on": "shipped sample (QKeras float64 = C-sim)"})  # fmt: skip
                rows += big
        result["curve"] = {"points": rows, "means": _mean_rows(rows), "large_sample": large}
        for m in result["curve"]["means"]:
            m["test_on"] = next((r.get("test_on") for r in rows if r["setting"] == m["setting"] and r.get("test_on")),
                                "shipped sample")  # fmt: skip
    if args.plot and "hlf" in result and "constituents" in result:
        plot(result["hlf"]["means"], result["constituents"]["means"], args.plot)
    if args.json:
        print(json.dumps(result, indent=1, default=str))
        return 0
    print(
        f"load average at the end: {', '.join(f'{v:.1f}' for v in result['load_average'])} (shared machine)"
    )
    if "hlf" in result:
        print("\n## Dense MLP on the 16 high-level features (seed means)\n")
        print(front_table(result["hlf"]["means"]))
    if "constituents" in result:
        print("\n## Constituent taggers, 32 particles (seed means; ~: da4ml estimate, no RTL/Yosys)\n")
        print(front_table(result["constituents"]["means"]))
    if "targets" in result:
        print("\n## Targets\n")
        print(json.dumps(result["targets"], indent=1))
    if "curve" in result:
        large = result["curve"]["large_sample"]
        print("\n## Learning curve (seed means)\n")
        print(curve_table(result["curve"]["means"]))
        if large["present"]:
            print(f"\nlarge sample: {large['path']}, sha256 {large['sha256']}")
            if not large["is_the_recorded_sample"]:
                print(
                    f"  NOT the sample of docs/families.md (sha256 {LARGE_SHA256}): its numbers will differ"
                )
        else:
            print(f"\nlarge sample ABSENT: {large['path']} does not exist; the curve stops at the shipped sample's "
                  f"60k training jets. Make it with:\n  {LARGE_COMMAND}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
