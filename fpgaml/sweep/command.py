"""``fpgaml sweep``: the thin command line over :mod:`fpgaml.sweep`.

::

    fpgaml sweep SWEEP.yaml [--workers N | --scheduler ADDRESS | --serial] [--force] [--list] [--json]
    fpgaml sweep pick SWEEP.yaml [--max-lut N] [--max-drop PP] [--max-cycles N] [--out FILE] [--force] [--json]

Exit codes of a sweep: 0 every point passed every check; 1 the sweep ran and wrote its results, but at least
one point failed a check or had an error (the results name them: a failed point is not an error of the
sweep itself, and the other points still ran); 2 the sweep file is invalid or the sweep could not run (no
scheduler); 130 interrupted (finished points are kept and recorded). ``pick``: 0 a point was chosen and its
config written; 1 no point meets the constraints; 2 no results yet or a bad sweep file.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from fpgaml import progress
from fpgaml.sweep import load_sweep, pick, run_sweep
from fpgaml.sweep.runner import check_scheduler
from fpgaml.sweep.spec import SweepError

DESCRIPTION = """\
Run many points of one flow config, each an ordinary fpgaml run in its own run directory
(<runs>/<sweep>__<point>), on a Dask LocalCluster (one worker per core) or an existing cluster, and write
<runs>/<sweep>/sweep/results.{csv,json} and pareto.png. `fpgaml sweep pick SWEEP.yaml --max-lut N
--max-drop PP` then writes the config of the best point that meets the constraints. See docs/sweeps.md."""


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.usage = (
        "fpgaml sweep SWEEP.yaml [--workers N | --scheduler ADDRESS | --serial] [--force] [--list] [--json]\n"
        "       fpgaml sweep pick SWEEP.yaml [--max-lut N] [--max-drop PP] [--max-cycles N] [--out FILE] "
        "[--force] [--json]"
    )
    p.add_argument(
        "words", nargs="+", metavar="[pick] SWEEP.yaml", help="the sweep file (after `pick`: choose a point)"
    )
    g = p.add_argument_group("running a sweep")
    g.add_argument(
        "--workers", type=int, metavar="N", help="LocalCluster worker processes (default: one per core)"
    )
    g.add_argument("--threads-per-worker", type=int, default=1, metavar="N",
                   help="threads per LocalCluster worker, and TensorFlow's thread cap in it (default 1)")  # fmt: skip
    g.add_argument("--scheduler", metavar="ADDRESS", help="an existing Dask scheduler, e.g. tcp://host:8786")
    g.add_argument(
        "--serial", action="store_true", help="no Dask: the points one after another in this process"
    )
    g.add_argument("--force", action="store_true",
                   help="replace artifacts of points whose config changed; with pick: replace an earlier "
                   "picked config at --out (never another file)")  # fmt: skip
    g.add_argument("--list", action="store_true", help="print the points and their run names; run nothing")
    g = p.add_argument_group("pick")
    g.add_argument("--max-lut", type=float, metavar="N", help="at most N LUT (the results' LUT source)")
    g.add_argument("--max-drop", type=float, metavar="PP", help="at most PP percentage points below float")
    g.add_argument("--max-cycles", type=float, metavar="N", help="at most N clock cycles of latency")
    g.add_argument("--minimise", default="drop_pp", choices=["drop_pp", "lut", "cycles"],
                   help="what the chosen point has least of (default: drop_pp)")  # fmt: skip
    g.add_argument("--allow-failed-checks", action="store_true", help="consider points that failed a check")
    g.add_argument(
        "--out", metavar="FILE", help="where to write the config (default: in the sweep directory)"
    )
    p.add_argument(
        "--json", action="store_true", help="print the result (or the error) as JSON on stdout; no bars"
    )
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")


_PICK_ONLY = ("max_lut", "max_drop", "max_cycles", "out", "allow_failed_checks")
_RUN_ONLY = ("workers", "scheduler", "serial", "list")


def main(args: argparse.Namespace) -> int:

    words = list(args.words)
    is_pick = len(words) == 2 and words[0] == "pick"
    if len(words) != 1 and not is_pick:
        raise SweepError(
            f"expected `fpgaml sweep SWEEP.yaml` or `fpgaml sweep pick SWEEP.yaml`, got {' '.join(words)}"
        )
    given = [k for k in (_RUN_ONLY if is_pick else _PICK_ONLY) if getattr(args, k) not in (None, False)]
    if given:
        opts = ", ".join("--" + k.replace("_", "-") for k in given)
        raise SweepError(f"{opts}: only for `fpgaml sweep {'SWEEP.yaml' if is_pick else 'pick SWEEP.yaml'}`")
    return _pick(args, words[1]) if is_pick else _run(args, words[0])


def _run(args: argparse.Namespace, path: str) -> int:
    if args.scheduler is not None:
        check_scheduler(args.scheduler)
    sweep = load_sweep(path)
    if args.list:
        listing = [{"point": p.name, "run": p.run, "run_dir": str(p.config.run_dir), "values": p.values,
                    "ramp_pending": p.ramp_pending} for p in sweep.points]  # fmt: skip
        if args.json:
            print(
                json.dumps(
                    {"sweep": sweep.name, "stages": sweep.stages, "points": listing}, indent=2, default=str
                )
            )
        else:
            print(f"sweep {sweep.name}: {len(listing)} points, stages {' -> '.join(sweep.stages)}")
            for item in listing:
                print(f"  {item['point']:28s} {item['run_dir']}  {json.dumps(item['values'], default=str)}")
                if item["ramp_pending"]:
                    print("    (a bit-cost ramp not trained yet: the sweep trains it first, then each kept checkpoint "
                          "is a point)")  # fmt: skip
        return 0
    if args.workers is not None and args.workers < 1:
        raise SweepError("--workers must be at least 1")
    if args.threads_per_worker < 1:
        raise SweepError("--threads-per-worker must be at least 1")
    local = args.workers is not None or args.threads_per_worker != 1
    if (args.scheduler and (args.serial or local)) or (args.serial and local):
        raise SweepError(
            "choose one of: a LocalCluster (--workers, --threads-per-worker), --scheduler ADDRESS, --serial"
        )
    quiet = args.json or args.quiet
    bar = progress.bar(len(sweep.points), f"sweep {sweep.name}", unit="point")
    counts: dict[str, int] = {}

    def on_point(name: str, record: Any) -> None:
        status = record.get("status", "?")
        counts[status] = counts.get(status, 0) + 1
        bar.update(1)
        bar.set_postfix(counts)
        if not quiet:
            what = record.get("error") or "; ".join(record.get("failed_checks") or []) or ""
            bar.write(
                f"[{name}] {status} ({record.get('seconds')} s){': ' + what[:200] if what else ''}",
                file=sys.stderr,
            )

    def on_expand(expanded: Any) -> None:  # ramps trained: their checkpoints are the points now
        bar.total = len(expanded.points)
        bar.refresh()

    try:
        result = run_sweep(
            sweep, scheduler=args.scheduler, workers=args.workers, threads_per_worker=args.threads_per_worker,
            serial=args.serial, force=args.force, on_point=on_point, on_expand=on_expand,
        )  # fmt: skip
    finally:
        bar.close()
    if args.json:
        print(json.dumps(result.results, indent=2, default=str))
    else:
        print(table(result.rows), file=sys.stderr)
        print(
            f"wrote {sweep.out_dir / 'results.csv'}, results.json, pareto.png ({result.seconds} s)",
            file=sys.stderr,
        )
    return 0 if result.all_ok else 1


def _pick(args: argparse.Namespace, path: str) -> int:
    chosen = pick(
        load_sweep(path), max_lut=args.max_lut, max_drop=args.max_drop, max_cycles=args.max_cycles,
        minimise=args.minimise, allow_failed_checks=args.allow_failed_checks, out=args.out, force=args.force,
    )  # fmt: skip
    if args.json:
        print(json.dumps(chosen.to_dict(), indent=2, default=str))
    else:
        r = chosen.row
        print(f"picked {chosen.point}: drop {r['drop_pp']} pp, LUT {r['lut']} ({r['resource_source']}), "
              f"{r['cycles']} cycles\nwrote {chosen.config_path}", file=sys.stderr)  # fmt: skip
    return 0


def _cell(value: Any, width: int, right: bool = False) -> str:
    text = "" if value is None else (f"{value:g}" if isinstance(value, float) else str(value))
    return text[:width].rjust(width) if right else text[:width].ljust(width)


def table(rows: list[dict[str, Any]]) -> str:
    """The results as a terminal table; ``*`` marks the fronts (L: drop vs LUT, C: drop vs cycles)."""
    head = f"{'point':24s} {'status':12s} {'drop pp':>8s} {'LUT':>9s} {'cycles':>6s} front  note"
    lines = [head, "-" * len(head)]
    for r in rows:
        front = ("L" if r.get("pareto_drop_lut") else "-") + ("C" if r.get("pareto_drop_cycles") else "-")
        note = r.get("error") or "; ".join(r.get("failed_checks") or [])
        lines.append(
            f"{_cell(r['point'], 24)} {_cell(r['status'], 12)} {_cell(r.get('drop_pp'), 8, True)} "
            f"{_cell(r.get('lut'), 9, True)} {_cell(r.get('cycles'), 6, True)} {front:5s}  {note[:80]}"
        )
    return "\n".join(lines)
