"""Stage ``csim``: compile the HLS project with g++ and run the test set through it.

Writes ``<run>/csim/outputs.npz`` (``x``: test inputs on the firmware's input grid, ``y``: firmware
outputs, ``labels``) and ``timing.json``. The compiled library is cached in ``<run>/csim_build/``.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from fpgaml import progress
from fpgaml.artifacts import Outcome, read_manifest, write_json
from fpgaml.csim import compile_project
from fpgaml.stage import Stage, StageContext, stage_dir
from fpgaml.stages.convert import ProjectInfo
from fpgaml.stages.data import load_split

if TYPE_CHECKING:  # pragma: no cover
    from fpgaml.config import FlowConfig


def produce(ctx: StageContext, out: Path) -> Outcome:

    cfg = ctx.cfg
    info = ProjectInfo.of(cfg)
    x_test, y_test, _ = load_split(cfg, "test")
    if cfg.csim.max_jets is not None:
        x_test, y_test = x_test[: cfg.csim.max_jets], y_test[: cfg.csim.max_jets]
    x = info.inputs.grid(x_test)
    lib = compile_project(ctx.dir("convert"), cfg.run_dir / "csim_build", cfg.csim.compile_flags)
    chunk = 4096
    ys = []
    start = time.perf_counter()
    with progress.bar(len(x), "C-simulation", unit="jet") as pbar:
        for i in range(0, len(x), chunk):
            ys.append(lib.predict(x[i : i + chunk]))
            pbar.update(min(chunk, len(x) - i))
    seconds = time.perf_counter() - start
    y = np.concatenate(ys)
    summary = {
        "n_jets": len(x),
        "compile_seconds": round(lib.compile_seconds, 2),
        "compile_cached": lib.compile_seconds == 0.0,
        "csim_seconds": round(seconds, 3),
        "jets_per_second": round(len(x) / seconds, 1),
        "threads": "all cores" if lib.thread_safe else 1,
    }
    np.savez(out / "outputs.npz", x=x, y=y, labels=y_test)
    write_json(out / "timing.json", summary)
    return Outcome(summary)


STAGE = Stage(
    name="csim",
    doc="compile the HLS project with g++ and C-simulate the test set",
    produce=produce,
    reads=("convert", "data"),
    config=("csim",),
    order=40,
)


def load_outputs(cfg: FlowConfig) -> dict[str, np.ndarray]:
    d = stage_dir("csim", cfg)
    read_manifest(d, "csim")
    with np.load(d / "outputs.npz") as z:
        return {k: z[k] for k in z.files}
