"""Stage ``csim``: compile the HLS project with g++ and run the test set through it.

Writes ``<run>/csim/outputs.npz`` (``x``: test inputs on the firmware's input grid, ``y``: firmware
outputs, ``labels``) and ``timing.json``. The compiled library is cached in ``<run>/csim_build/``.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

import numpy as np

from fpgaml.artifacts import ensure_replaceable, is_up_to_date, read_manifest, stage_output, write_json
from fpgaml.stages.data import load_split

if TYPE_CHECKING:  # pragma: no cover
    from fpgaml.config import FlowConfig


def _fingerprint(cfg: FlowConfig) -> dict[str, Any]:
    return {
        "csim": cfg.csim.model_dump(mode="json"),
        "convert": read_manifest(cfg.stage_dir("convert"), "convert")["hash"],
        "data": read_manifest(cfg.stage_dir("data"), "data")["hash"],
    }


def run(cfg: FlowConfig, *, force: bool = False) -> dict[str, Any]:
    from fpgaml import progress
    from fpgaml.csim import compile_project
    from fpgaml.quantize import to_input_grid

    out = cfg.stage_dir("csim")
    fp = _fingerprint(cfg)
    if not force and is_up_to_date(out, fp):
        return {"stage": "csim", "status": "up to date", "dir": str(out), **read_manifest(out)["summary"]}
    ensure_replaceable(out, force)
    x_test, y_test, _ = load_split(cfg, "test")
    if cfg.csim.max_jets is not None:
        x_test, y_test = x_test[: cfg.csim.max_jets], y_test[: cfg.csim.max_jets]
    x = to_input_grid(x_test, cfg.model)
    lib = compile_project(cfg.stage_dir("convert"), cfg.run_dir / "csim_build", cfg.csim.compile_flags)
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
    with stage_output(out, stage="csim", fingerprint=fp, force=force, summary=summary) as tmp:
        np.savez(tmp / "outputs.npz", x=x, y=y, labels=y_test)
        write_json(tmp / "timing.json", summary)
    return {"stage": "csim", "status": "done", "dir": str(out), **summary}


def load_outputs(cfg: FlowConfig) -> dict[str, np.ndarray]:
    d = cfg.stage_dir("csim")
    read_manifest(d, "csim")
    with np.load(d / "outputs.npz") as z:
        return {k: z[k] for k in z.files}
