"""What a sweep found: one row per point, the Pareto fronts, ``results.{csv,json,md}`` and ``pareto.png``.

A row's numbers are read from the point's own artifacts, and only from artifacts that are up to date for
the point's config (a stale directory left by an earlier config is never read):

===================  ==========================================================================================
column               from
===================  ==========================================================================================
accuracy_float       verify (float reference on the test jets), else train
accuracy_qkeras      verify (QKeras on the firmware input grid), else train
accuracy_csim        verify (the C-simulated firmware)
drop_pp              100 × (accuracy_float − accuracy_csim); ``drop_of`` says "QKeras" where no C-sim ran
exact_fraction       verify: fraction of C-sim outputs bit-identical to QKeras
nonzero_weights      train (pruning report)
cycles, latency_ns   profile's latency row by source preference rtl (measured) > hls_report > analytic; else rtl
lut, ff, dsp         profile's resource rows by source preference hls_report > yosys > da4ml; else rtl's da4ml
                     LUT estimate. ``resource_source`` labels estimates as estimates
===================  ==========================================================================================

The fronts minimise (drop_pp, lut) and (drop_pp, cycles) over the points that have both numbers: those
that passed every check and those that failed one (over budget, say: their numbers are still true);
points with errors have no numbers.
"""

from __future__ import annotations

import csv
import io
import json
import math
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fpgaml.artifacts import atomic_path, ensure_own_file, json_with_keys, write_json
from fpgaml.errors import ArtifactMissingError, FpgamlError
from fpgaml.profile import SOURCE_LABELS
from fpgaml.records import load_profile_result as load_result
from fpgaml.stage import current_manifest

if TYPE_CHECKING:  # pragma: no cover
    from fpgaml.sweep.spec import Sweep

OK, FAILED_CHECK, ERROR, INTERRUPTED, NOT_RUN = "ok", "failed check", "error", "interrupted", "not run"
WITH_NUMBERS = (OK, FAILED_CHECK)
FRONTS = {"drop_lut": ("drop_pp", "lut"), "drop_cycles": ("drop_pp", "cycles")}
FRONT_LABELS = {"drop_lut": "LUT", "drop_cycles": "cycles"}
RESOURCE_SOURCES = ("hls_report", "yosys", "da4ml")
LATENCY_SOURCES = ("rtl", "hls_report", "analytic")
METRICS = [
    "accuracy_float",
    "accuracy_qkeras",
    "accuracy_csim",
    "drop_pp",
    "drop_of",
    "exact_fraction",
    "nonzero_weights",
    "cycles",
    "latency_ns",
    "cycles_source",
    "lut",
    "ff",
    "dsp",
    "resource_source",
]


# ---- reading a point's artifacts (runs where the point ran: on the worker) ---------------------------------
def _current(stage: str, cfg: Any) -> Any:
    """The manifest of ``stage`` if its artifact is complete and up to date for ``cfg`` (its files as the stage
    wrote them), else None."""

    try:
        return current_manifest(stage, cfg)
    except FpgamlError:
        return None


def _pick_rows(rows: list[dict[str, Any]], quantity: str, sources: Sequence[str]) -> dict[str, Any] | None:
    for source in sources:
        for row in rows:
            if (
                row.get("quantity") == quantity
                and row.get("source") == source
                and row.get("value") is not None
            ):
                return row
    return None


def collect_metrics(cfg: Any, stages: Sequence[str]) -> dict[str, Any]:
    """The numbers of one point, from its up-to-date artifacts of ``stages`` (missing ones stay None)."""

    m: dict[str, Any] = dict.fromkeys(METRICS)
    manifests = {s: _current(s, cfg) for s in stages}
    m["work_seconds"] = round(sum(x.seconds for x in manifests.values() if x is not None), 1)

    train, verify, rtl, prof = (manifests.get(s) for s in ("train", "verify", "rtl", "profile"))
    if train is not None:
        m["accuracy_float"] = train.summary.get("test_accuracy_float")
        m["accuracy_qkeras"] = train.summary.get("test_accuracy_qkeras")
        m["nonzero_weights"] = (train.summary.get("weights") or {}).get("nonzero_weights")
    if verify is not None:
        acc = verify.summary.get("accuracy") or {}
        m["accuracy_float"] = acc.get("float", m["accuracy_float"])
        m["accuracy_qkeras"] = acc.get("QKeras", m["accuracy_qkeras"])
        m["accuracy_csim"] = acc.get("C-sim")
        m["exact_fraction"] = verify.summary.get("exact_vs_qkeras")
    achieved = m["accuracy_csim"] if m["accuracy_csim"] is not None else m["accuracy_qkeras"]
    if m["accuracy_float"] is not None and achieved is not None:
        m["drop_pp"] = round(100.0 * (m["accuracy_float"] - achieved), 3)
        m["drop_of"] = "C-sim" if m["accuracy_csim"] is not None else "QKeras"

    rows: list[dict[str, Any]] = []
    if prof is not None:
        try:
            rows = list(load_result(cfg).get("rows") or [])
        except (OSError, ValueError):
            rows = []
    lat = _pick_rows(rows, "latency_cycles", LATENCY_SOURCES)
    if lat is not None:
        m["cycles"], m["cycles_source"] = lat["value"], SOURCE_LABELS.get(lat["source"], lat["source"])
    elif rtl is not None and rtl.status == "done" and rtl.summary.get("latency_cycles") is not None:
        m["cycles"], m["cycles_source"] = rtl.summary["latency_cycles"], SOURCE_LABELS["rtl"]
    if m["cycles"] is not None:
        period = cfg.rtl.clock_period_ns or cfg.convert.clock_period_ns
        m["cycles"] = int(m["cycles"]) if float(m["cycles"]).is_integer() else m["cycles"]
        m["latency_ns"] = round(float(m["cycles"]) * period, 3)

    lut = _pick_rows(rows, "lut", RESOURCE_SOURCES)
    if lut is not None:
        src = lut["source"]
        m["lut"] = lut["value"]
        for q in ("ff", "dsp"):
            same = _pick_rows(rows, q, [src])
            m[q] = same["value"] if same is not None else None
        m["resource_source"] = SOURCE_LABELS.get(src, src)
    elif rtl is not None and rtl.summary.get("da4ml_lut_estimate"):  # also a design too big to simulate
        m["lut"], m["resource_source"] = rtl.summary["da4ml_lut_estimate"], SOURCE_LABELS["da4ml"]
    for q in ("lut", "ff", "dsp"):
        if isinstance(m[q], float) and m[q].is_integer():
            m[q] = int(m[q])
    return m


# ---- the Pareto front --------------------------------------------------------------------------------------
def _number(value: Any) -> float | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        x = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(x) else x


def pareto_front(
    points: Sequence[Mapping[str, Any]], objectives: Sequence[str], key: str = "point"
) -> list[str]:
    """The ``key`` of every point no other point dominates, all ``objectives`` minimised, in input order.

    A point is dominated by another that is no worse in every objective and better in at least one; two
    points with the same numbers are both on the front. Points missing an objective are left out.
    """
    scored = []
    for p in points:
        values = [_number(p.get(o)) for o in objectives]
        if all(v is not None for v in values):
            scored.append((p[key], values))
    front = []
    for name, mine in scored:
        dominated = any(
            all(o <= m for o, m in zip(other, mine, strict=True)) and other != mine for _, other in scored
        )
        if not dominated:
            front.append(name)
    return front


# ---- rows and files ----------------------------------------------------------------------------------------
def _config_value(cfg: Any, dotted: str) -> Any:
    node: Any = cfg.model_dump(mode="json")
    for part in dotted.split("."):
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return node


def make_rows(sweep: Sweep, records: Mapping[str, Mapping[str, Any]]) -> list[dict[str, Any]]:
    """One row per point of ``sweep`` (in its order) from the per-point ``records`` (by point name)."""
    rows = []
    for p in sweep.points:
        rec = records.get(p.name) or {"status": NOT_RUN}
        row: dict[str, Any] = {"point": p.name, "run": p.run, "status": rec.get("status", NOT_RUN)}
        for k in sweep.keys:
            row[k] = _config_value(p.config, k)
        metrics = rec.get("metrics") or {}
        for k in METRICS:
            row[k] = metrics.get(k)
        row["seconds"] = rec.get("seconds")
        row["work_seconds"] = metrics.get("work_seconds")
        row["failed_checks"] = list(rec.get("failed_checks") or [])
        row["error"] = rec.get("error", "")
        rows.append(row)
    candidates = [r for r in rows if r["status"] in WITH_NUMBERS]
    for front, objectives in FRONTS.items():
        on = set(pareto_front(candidates, objectives))
        for r in rows:
            r[f"pareto_{front}"] = r["point"] in on
    return rows


def _csv_cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, (list, dict)):
        return "; ".join(map(str, value)) if isinstance(value, list) else json.dumps(value)
    return value


def rows_csv(rows: list[dict[str, Any]]) -> str:
    if not rows:
        return ""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    for r in rows:
        writer.writerow({k: _csv_cell(v) for k, v in r.items()})
    return buf.getvalue()


def _fmt(value: Any, spec: str) -> str:
    x = _number(value)
    return "" if x is None else format(x, spec)


def rows_markdown(rows: list[dict[str, Any]], keys: Sequence[str]) -> str:
    """The rows as a Markdown table a person reads (and pastes into docs): the swept keys, accuracies,
    drop, non-zero weights, LUT with its source, cycles, and which front the point is on."""
    head = [
        "point",
        *keys,
        "status",
        "float acc",
        "C-sim acc",
        "drop (pp)",
        "non-zero w",
        "LUT",
        "LUT source",
        "cycles",
        "front",
    ]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for r in rows:
        status = r["status"] if not r.get("error") else f"{r['status']}: {str(r['error'])[:80]}"
        checks = [str(c) for c in r.get("failed_checks") or []]
        if checks:
            first = checks[0] if len(checks[0]) <= 70 else checks[0][:69] + "…"
            status += f" ({first}" + (f" and {len(checks) - 1} more" if len(checks) > 1 else "") + ")"
        front = ", ".join(label for name, label in FRONT_LABELS.items() if r.get(f"pareto_{name}"))
        cells = [
            r["point"],
            *(
                "" if r.get(k) is None else json.dumps(r[k]) if isinstance(r[k], (dict, list)) else str(r[k])
                for k in keys
            ),
            status.replace("|", "/"),
            _fmt(r.get("accuracy_float"), ".4f"),
            _fmt(r.get("accuracy_csim"), ".4f"),
            _fmt(r.get("drop_pp"), ".2f"),
            _fmt(r.get("nonzero_weights"), ",.0f"),
            _fmt(r.get("lut"), ",.0f"),
            str(r.get("resource_source") or ""),
            _fmt(r.get("cycles"), ".0f"),
            front,
        ]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


#: the files a sweep writes into its directory; they are fpgaml's when ``results.json`` is
OUTPUT_FILES = ("results.json", "results.csv", "results.md", "pareto.png")


def check_outputs(out: Path) -> None:
    """The sweep's files in ``out`` may be (re)written: absent, or written by an earlier fpgaml sweep (its
    ``results.json``); a user's file of one of those names is never replaced."""
    choose = f"give the sweep another `name` (or paths.runs) than the one writing into {out}"
    ensure_own_file(
        out / "results.json", json_with_keys("sweep", "rows", "points"), "a sweep's results", choose
    )
    if not (out / "results.json").exists():
        for name in OUTPUT_FILES[1:]:
            ensure_own_file(
                out / name, lambda p: False, "a sweep's results (no results.json beside it)", choose
            )


def write_results(sweep: Sweep, records: Mapping[str, Mapping[str, Any]], extra: Mapping[str, Any]) -> dict:
    """Write ``results.json``, ``results.csv`` and ``results.md`` into the sweep's directory (atomically);
    return the JSON."""

    rows = make_rows(sweep, records)
    counts: dict[str, int] = {}
    for r in rows:
        counts[r["status"]] = counts.get(r["status"], 0) + 1
    sources = sorted({r["resource_source"] for r in rows if r["resource_source"]})
    data = {
        "sweep": sweep.name,
        "file": str(sweep.path),
        "base": str(sweep.base),
        "stages": sweep.stages,
        "keys": sweep.keys,
        "updated": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        **extra,
        "counts": counts,
        "fronts": {f: [r["point"] for r in rows if r[f"pareto_{f}"]] for f in FRONTS},
        "lut_sources": sources,
        "rows": rows,
        "points": {
            p.name: {
                "run": p.run,
                "run_dir": str(p.config.run_dir),
                "values": p.values,
                "config": p.config.model_dump(mode="json"),
                "stages": (records.get(p.name) or {}).get("stages", []),
                "worker": (records.get(p.name) or {}).get("worker"),
            }
            for p in sweep.points
        },
    }
    out = sweep.out_dir
    check_outputs(out)
    out.mkdir(parents=True, exist_ok=True)
    write_json(out / "results.json", data)
    with atomic_path(out / "results.csv") as tmp:
        tmp.write_text(rows_csv(rows))
    with atomic_path(out / "results.md") as tmp:
        tmp.write_text(rows_markdown(rows, sweep.keys))
    return data


def read_results(sweep: Sweep) -> dict[str, Any]:
    """``results.json`` of a sweep that ran (:class:`~fpgaml.errors.ArtifactMissingError` if it did not)."""

    path = sweep.out_dir / "results.json"
    if not path.is_file():
        raise ArtifactMissingError(
            f"no results for sweep {sweep.name!r} in {path}: run `fpgaml sweep {sweep.path}`"
        )
    try:
        return json.loads(path.read_text())
    except ValueError as exc:
        raise ArtifactMissingError(
            f"{path} is corrupt ({exc}); run `fpgaml sweep {sweep.path}` again"
        ) from None


# ---- the plot ----------------------------------------------------------------------------------------------
def plot(results: Mapping[str, Any], path: Path) -> Path | None:
    """``pareto.png``: drop vs LUT and drop vs cycles, fronts in red with a step line, points labelled.

    Points that failed a check are crosses; points without the numbers are left out (counted in the title).
    Returns None when no point has a drop (nothing to draw)."""
    import matplotlib  # optional heavy dependency: imported on first use

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt  # optional heavy dependency: imported on first use
    from matplotlib.ticker import MaxNLocator  # optional heavy dependency: imported on first use

    rows = [
        r for r in results["rows"] if r["status"] in WITH_NUMBERS and _number(r.get("drop_pp")) is not None
    ]
    if not rows:
        return None
    fig, axes = plt.subplots(1, 2, figsize=(13, 5.2))
    lut_label = "LUT (" + (" / ".join(results.get("lut_sources") or []) or "no source") + ")"
    for ax, (front, (yname, xname)), xlabel in zip(
        axes, FRONTS.items(), (lut_label, "latency (cycles)"), strict=True
    ):
        have = [r for r in rows if _number(r.get(xname)) is not None]
        at: dict[tuple[float, float], list[str]] = {}
        for r in have:
            on = r[f"pareto_{front}"]
            ax.scatter(
                r[xname], r[yname], color="C3" if on else "C0", marker="x" if r["status"] != OK else "o",
                s=36 if on else 22, zorder=3,
            )  # fmt: skip
            at.setdefault((float(r[xname]), float(r[yname])), []).append(r["point"])
        for xy, names in at.items():  # points with the same numbers share one label
            ax.annotate(", ".join(names), xy, textcoords="offset points", xytext=(4, 3), fontsize=7)
        ax.margins(0.12)
        fr = sorted((r for r in have if r[f"pareto_{front}"]), key=lambda r: (r[xname], r[yname]))
        if fr:
            ax.step(
                [r[xname] for r in fr], [r[yname] for r in fr], where="post", color="C3", lw=1, label="front"
            )
            ax.legend(loc="best", fontsize=8)
        xs = [float(r[xname]) for r in have if float(r[xname]) > 0]
        if xname == "cycles":
            ax.xaxis.set_major_locator(MaxNLocator(integer=True))
            if xs and min(xs) == max(xs):
                ax.set_xlim(min(xs) - 1, max(xs) + 1)
        if xs and max(xs) / min(xs) > 20:
            ax.set_xscale("log")
        ax.set_xlabel(xlabel)
        ax.set_ylabel("accuracy below the float reference (pp)")
        ax.grid(alpha=0.3)
        if not have:
            ax.text(0.5, 0.5, f"no point has {xname}", transform=ax.transAxes, ha="center")
    missing = len(results["rows"]) - len(rows)
    note = f"; {missing} point(s) without numbers" if missing else ""
    fig.suptitle(f"sweep {results['sweep']}: {len(rows)} points, front in red, x = failed a check{note}")
    fig.tight_layout()
    with atomic_path(path) as tmp:
        fig.savefig(tmp, dpi=110, format="png")
    plt.close(fig)
    return path
