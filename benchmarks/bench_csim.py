#!/usr/bin/env python
"""C-simulation speed, measured side by side in one run: hls4ml's predict vs fpgaml's batched C-sim.

    python benchmarks/bench_csim.py [--jets 20000] [--hidden 64 32 32]

Builds the dense tagger (random QAT weights are enough for speed), converts it, compiles it once with
hls4ml and once with fpgaml, checks the outputs are identical, and prints jets/s and ratios. The machine
is shared and noisy: compare the ratios, not the absolute numbers.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

import numpy as np


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--jets", type=int, default=20000)
    ap.add_argument("--hidden", type=int, nargs="+", default=[64, 32, 32])
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()

    from fpgaml import hls
    from fpgaml._keras import keras
    from fpgaml.config import ConvertConfig, ModelConfig
    from fpgaml.csim import compile_project
    from fpgaml.models import FAMILIES, BuildContext
    from fpgaml.quantize import to_grid

    keras().utils.set_random_seed(0)
    mcfg = ModelConfig(params={"hidden": args.hidden})
    model = FAMILIES.get("dense").build(BuildContext((16,), 5, mcfg, quantized=True))
    x = to_grid(np.random.default_rng(0).normal(size=(args.jets, 16)), True, 16, 6)
    res: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        hm = hls.convert(model, mcfg, ConvertConfig(), Path(tmp) / "prj", family=FAMILIES.get("dense"))
        t = time.perf_counter()
        hm.compile()
        res["hls4ml_compile_s"] = time.perf_counter() - t
        lib = compile_project(Path(tmp) / "prj", Path(tmp) / "b", "-O2")
        res["fpgaml_compile_s"] = lib.compile_seconds
        t = time.perf_counter()
        y_h = np.asarray(hm.predict(np.ascontiguousarray(x))).reshape(len(x), -1)
        res["hls4ml_predict_jets_per_s"] = len(x) / (time.perf_counter() - t)
        for threads in (1, None):
            t = time.perf_counter()
            y_f = lib.predict(x, threads=threads)
            key = "fpgaml_csim_1thread_jets_per_s" if threads == 1 else "fpgaml_csim_allcores_jets_per_s"
            res[key] = len(x) / (time.perf_counter() - t)
            assert np.array_equal(y_f, y_h), "fpgaml C-sim and hls4ml predict disagree"
        xf = x.astype(np.float32)
        model(xf[:1024])
        t = time.perf_counter()
        for i in range(0, len(x), 1024):
            model(xf[i : i + 1024], training=False)
        res["qkeras_direct_call_jets_per_s"] = len(x) / (time.perf_counter() - t)
    res["speedup_fpgaml_1thread_vs_hls4ml"] = (
        res["fpgaml_csim_1thread_jets_per_s"] / res["hls4ml_predict_jets_per_s"]
    )
    res["speedup_fpgaml_allcores_vs_hls4ml"] = (
        res["fpgaml_csim_allcores_jets_per_s"] / res["hls4ml_predict_jets_per_s"]
    )
    res["qkeras_over_fpgaml_allcores"] = (
        res["qkeras_direct_call_jets_per_s"] / res["fpgaml_csim_allcores_jets_per_s"]
    )
    if args.json:
        print(json.dumps(res, indent=2))
    else:
        for k, v in res.items():
            print(f"{k:40s} {v:12.2f}")


if __name__ == "__main__":
    main()
