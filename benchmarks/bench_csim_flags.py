#!/usr/bin/env python
"""C-simulation compile flags, measured side by side in one run: g++ -O1 (the default) against -O2.

    python benchmarks/bench_csim_flags.py [--jets 20000] [--projects dense_tagger mixer_tagger ...] [--json]

Compiles each shipped reference project (hls_projects/reference/) with fpgaml's C-sim at both flags, runs
the same jets through both libraries on one thread, requires the outputs to be identical (the firmware is
integer fixed point: the optimisation level must not change a bit) and prints compile and run seconds and
their ratios. The machine is shared and noisy: compare the ratios, not the absolute numbers.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

import numpy as np

REFERENCE = Path(__file__).resolve().parents[1] / "hls_projects" / "reference"
DEFAULT = ["dense_tagger", "cnn1d_tagger", "gnn_tagger", "mixer_tagger", "gru_tagger"]
FLAGS = ("-O1", "-O2")


def _flat(y: np.ndarray | list[np.ndarray]) -> np.ndarray:
    """Every output of every port of a C-sim ``predict`` in one array."""
    return np.concatenate([np.ravel(a) for a in (y if isinstance(y, list) else [y])])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--jets", type=int, default=20000)
    ap.add_argument("--projects", nargs="+", default=DEFAULT, help="names under hls_projects/reference/")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()

    from fpgaml.csim import compile_project

    rows = []
    for name in args.projects:
        project = REFERENCE / name
        row: dict[str, float | str] = {"project": name}
        outputs = {}
        for flags in FLAGS:
            with tempfile.TemporaryDirectory() as tmp:
                lib = compile_project(project, Path(tmp), flags)
                row[f"compile_s{flags}"] = round(lib.compile_seconds, 2)
                shape = [p.size for p in lib.interface.inputs]
                rng = np.random.default_rng(0)
                xs = [np.round(rng.normal(0.0, 1.0, (args.jets, n)) * 16) / 16 for n in shape]
                start = time.perf_counter()
                outputs[flags] = lib.predict(*xs, threads=1)
                row[f"run_s{flags}"] = round(time.perf_counter() - start, 2)
        same = np.array_equal(*(_flat(outputs[f]) for f in FLAGS))
        row["identical_outputs"] = "yes" if same else "NO"
        row["compile_O2_over_O1"] = round(float(row["compile_s-O2"]) / float(row["compile_s-O1"]), 2)
        row["run_O2_over_O1"] = round(float(row["run_s-O2"]) / float(row["run_s-O1"]), 2)
        rows.append(row)
        if not args.json:
            print(
                f"{name:16s} compile -O1 {row['compile_s-O1']:5.1f} s  -O2 {row['compile_s-O2']:5.1f} s "
                f"(x{row['compile_O2_over_O1']})  run {args.jets} jets -O1 {row['run_s-O1']:6.2f} s  "
                f"-O2 {row['run_s-O2']:6.2f} s (x{row['run_O2_over_O1']})  identical: {row['identical_outputs']}",
                flush=True,
            )
    if args.json:
        print(json.dumps(rows, indent=2))
    return 0 if all(r["identical_outputs"] == "yes" for r in rows) else 1


if __name__ == "__main__":
    raise SystemExit(main())
