"""One 8-point sweep, serially in one process and on a Dask LocalCluster, in one run: the speed-up of a sweep.

The points: a small dense tagger (6,000 jets, 16 -> 16 -> 5, 4 epochs, RTL with 500 Verilator vectors), a
grid of weight bits x activation bits x input type, each through the whole flow up to ``profile``. Each mode
gets its own run directories and its own RTL build cache, so neither reuses the other's work. The serial run
is ``run_sweep(serial=True)``: the points one after another in this process, TensorFlow free to use every
core; the LocalCluster runs one worker per core (``--workers``), one thread each, TensorFlow capped to it.
Prints both times, the ratio, the machine's load before and after (``os.getloadavg``), and whether both
runs found the same numbers.

Usage::

    python benchmarks/bench_sweep.py                  # ~10 min on 2 cores
    python benchmarks/bench_sweep.py --workers 4 --keep runs/bench_sweep
    python benchmarks/bench_sweep.py --dask-first     # the other order (the load of a shared machine drifts)
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

import yaml

BASE = {
    "name": "bench",
    "seed": 5,
    "data": {"n_jets": 6000},
    "model": {"family": "dense", "params": {"hidden": [16]}},
    "train": {"epochs": 4, "batch_size": 256},
    "verify": {"max_accuracy_drop_pp": 100.0},
    "rtl": {"max_vectors": 500, "jobs": 1},
    "profile": {"budget": {"max_lut": 1000000}},
}
GRID = {
    "model.weight_bits": [4, 6],
    "model.act_bits": [4, 6],
    "model.input_precision": ["fixed<16,6>", "fixed<8,3>"],
}


def _write(work: Path) -> Path:
    base = {**BASE, "paths": {"runs": str(work / "runs"), "hls_projects": str(work / "hls")}}
    (work / "base.yaml").write_text(yaml.safe_dump(base))
    sweep = {
        "name": "bench",
        "base": "base.yaml",
        "set": {"rtl.cache_dir": str(work / "rtl_cache")},
        "grid": GRID,
    }
    (work / "sweep.yaml").write_text(yaml.safe_dump(sweep, sort_keys=False))
    return work / "sweep.yaml"


def _run(work: Path, **kw: Any) -> tuple[float, Any]:
    from fpgaml.sweep import load_sweep, run_sweep

    sweep = load_sweep(_write(work))
    t0 = time.perf_counter()
    result = run_sweep(sweep, **kw)
    return time.perf_counter() - t0, result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="LocalCluster workers")
    ap.add_argument("--dask-first", action="store_true", help="run the LocalCluster before the serial sweep")
    ap.add_argument("--keep", help="keep both runs under this directory (default: a temporary one, removed)")
    args = ap.parse_args()
    os.environ.setdefault("FPGAML_NO_PROGRESS", "1")

    root = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="fpgaml_bench_sweep_"))
    for mode in ("serial", "dask"):
        if (root / mode).exists():
            shutil.rmtree(root / mode)
        (root / mode).mkdir(parents=True)
    runs: dict[str, tuple[float, Any, float]] = {}
    for mode in ("dask", "serial") if args.dask_first else ("serial", "dask"):
        load = os.getloadavg()[0]
        kw: dict[str, Any] = {"serial": True} if mode == "serial" else {"workers": args.workers}
        runs[mode] = (*_run(root / mode, **kw), load)
    load2 = os.getloadavg()
    (t_serial, serial, load0), (t_dask, dask, load1) = runs["serial"], runs["dask"]

    print(f"{len(serial.rows)} points, {os.cpu_count()} cores; stages {' -> '.join(serial.sweep.stages)}")
    print(f"{'point':24s} {'serial s':>9s} {'dask s':>9s}  status  drop pp (serial / dask)")
    same = True
    for a, b in zip(serial.rows, dask.rows, strict=True):
        agree = (a["drop_pp"], a["lut"], a["cycles"]) == (b["drop_pp"], b["lut"], b["cycles"])
        same &= agree
        print(
            f"{a['point']:24s} {a['seconds'] or 0:9.1f} {b['seconds'] or 0:9.1f}  {a['status']}/{b['status']}  "
            f"{a['drop_pp']} / {b['drop_pp']}{'' if agree else '  (differ)'}"
        )
    print(f"serial:                 {t_serial:7.1f} s   (load average before {load0:.2f})")
    print(f"LocalCluster({args.workers} workers): {t_dask:7.1f} s   (load average before {load1:.2f})")
    print(f"speed-up: {t_serial / t_dask:.2f}x   (load average after {load2[0]:.2f}; 1/5/15 min {load2})")
    print("numbers: " + ("identical in both runs" if same else "DIFFER between the runs (see above)"))
    for name, result in (("serial", serial), ("dask", dask)):
        stages: dict[str, float] = {}
        for point in result.results["points"].values():
            for st in point["stages"]:
                stages[st["stage"]] = stages.get(st["stage"], 0.0) + (st["seconds"] or 0.0)
        per = ", ".join(f"{k} {v:.0f}" for k, v in stages.items())
        print(f"stage seconds summed over points, {name}: {sum(stages.values()):.0f} s ({per})")
    if not args.keep:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
