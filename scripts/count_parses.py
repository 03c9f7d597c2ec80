"""Count how often each stage reads a Keras model into fpgaml's IR (issue 27: "read once per stage").

Counts the top-level walks of the IR parser (``fpgaml.ir.parse._Walker.model``), by model name, while the
named stages run (with ``--force``) for a config whose earlier artifacts exist:

    python scripts/count_parses.py configs/dense_tagger.yaml RUNS_DIR HLS_DIR convert csim verify rtl

Measured on configs/dense_tagger.yaml: convert 6 -> 1, verify 3 -> 2 (the float reference is the second), rtl 1.
"""

from __future__ import annotations

import collections
import sys

import fpgaml.ir.parse  # noqa: F401  (the module, not the function fpgaml.ir exports under the same name)
from fpgaml.config import load_config
from fpgaml.stage import run_stage

parser = sys.modules["fpgaml.ir.parse"]
counts: collections.Counter[str] = collections.Counter()
_walk = parser._Walker.model


def _counted(self: object, model: object, feed: object) -> object:
    if feed is None:
        counts[model.name] += 1
    return _walk(self, model, feed)


def main(argv: list[str]) -> None:
    cfg_path, runs, hls, *stages = argv
    parser._Walker.model = _counted
    cfg = load_config(cfg_path, [f"paths.runs={runs}", f"paths.hls_projects={hls}"])
    for stage in stages:
        counts.clear()
        try:
            run_stage(stage, cfg, force=True)
        except Exception as exc:  # a failed check still counts
            print(f"({stage}: {type(exc).__name__}: {str(exc)[:200]})")
        print(f"{stage}: {sum(counts.values())} reads {dict(counts)}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
