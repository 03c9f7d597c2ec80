"""Target ``hls``: the complete hls4ml project, ready for the vendor tool, with golden vectors in ``tb_data``.

Writes ``<Name>_v<N>/``: the trained model converted again by the pinned hls4ml with the ``convert`` stage's
per-layer configuration and the project (top function) named ``<Name>_v<N>`` — unique per exported model,
where the ``convert`` project is called ``convert.project_name`` (``myproject``) for every model —, complete
with hls4ml's templates (``ap_types``, ``nnet_utils``), ``OutputDir: .``, and ``tb_data/tb_input_features.dat``
/ ``tb_output_predictions.dat`` holding the golden vectors (inputs on the input grid, outputs of the verified
C-simulation). The self-check compiles the bundle's firmware with g++ and runs the golden vectors: the
re-conversion is shown equal to the verified C-simulation, bit for bit. No vendor number is made up: the
model card carries resources and latency only with their source (a vendor report, fpgaml's estimates), or
says there are none.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np

from fpgaml import __version__
from fpgaml.csim import compile_project
from fpgaml.export.context import ExportContext, reconvert, write_vectors
from fpgaml.export.render import write as render_to
from fpgaml.export.target import Check, ExportTarget, TargetResult
from fpgaml.hls import portable_output_dir

_IGNORE = shutil.ignore_patterns("*.so", "*.o", ".*", "*_prj")

_COMMANDS = {
    "vitis": (
        "vitis-run --mode hls --tcl build_prj.tcl      # as hls4ml 1.3.0 runs it; older Vitis: vitis_hls -f build_prj.tcl",
        "Vitis's `build_prj.tcl` takes its options only from `build_opt.tcl` (command-line options are ignored).",
    ),
    "vivado": (
        'vivado_hls -f build_prj.tcl "csim=1 synth=1 cosim=0 validation=0"',
        "Vivado HLS's `build_prj.tcl` also takes `key=value` options on the command line, as above.",
    ),
}


def self_check(ctx: ExportContext, bundle: Path) -> Check:
    """Compile the bundle's firmware with g++ (fpgaml.csim) and run its tb_data through it."""
    lib = compile_project(bundle, ctx.work / "hls_csim", ctx.cfg.csim.compile_flags)
    y = np.asarray(lib.predict(ctx.golden.x), np.float64).reshape(len(ctx.golden), -1)
    equal = int(np.sum(y == ctx.golden.y))
    diff = np.abs(y - ctx.golden.y) / ctx.info.output_precision.lsb
    return Check(
        name=f"{ctx.model_id} HLS sources (g++ C-simulation of the bundle) vs golden vectors",
        passed=equal == ctx.golden.y.size,
        n_vectors=len(ctx.golden),
        n_outputs=int(ctx.golden.y.size),
        n_equal=equal,
        detail="" if equal == ctx.golden.y.size else f"largest difference {float(diff.max()):g} LSB",
    )


def write(ctx: ExportContext, out: Path) -> TargetResult:
    import hls4ml  # optional heavy dependency (seconds to import): imported on first use

    info = ctx.info
    bundle = out / ctx.model_id
    project = ctx.work / "hls4ml_hls"
    reconvert(ctx, project)
    shutil.copytree(project, bundle, ignore=_IGNORE)
    portable_output_dir(bundle)
    tb = bundle / "tb_data"
    tb.mkdir(exist_ok=True)
    write_vectors(tb / "tb_input_features.dat", ctx.golden.x)
    write_vectors(tb / "tb_output_predictions.dat", ctx.golden.y)
    backend = info.backend.lower()
    command, tool_note = _COMMANDS.get(backend, _COMMANDS["vitis"])
    render_to(bundle / "README.md", "hls/README.md.j2", card=ctx.card, model_id=ctx.model_id, fpgaml=__version__,
              hls4ml=info.hls4ml_version, info=info, command=command, tool_note=tool_note,
              n_vectors=len(ctx.golden))  # fmt: skip
    checks = [self_check(ctx, bundle)] if ctx.check else []
    card = {
        "bundle": f"{ctx.model_id}/",
        "top_function": ctx.model_id,
        "project_name": ctx.model_id,
        "backend": info.backend,
        "part": info.part,
        "io_type": info.io_type,
        "strategy": info.strategy,
        "reuse_factor": info.reuse_factor,
        "templates": "as the pinned hls4ml writes them into a project",
        "hls4ml_version_installed": hls4ml.__version__,
        "build": command,
        "golden_files": ["tb_data/tb_input_features.dat", "tb_data/tb_output_predictions.dat"],
        "golden_source": ctx.golden.source,
    }
    return TargetResult(bundle=bundle, card=card, checks=checks, summary={"bundle": str(bundle)})


TARGET = ExportTarget(
    name="hls",
    doc="the complete hls4ml project for vitis_hls/vivado_hls, golden vectors in tb_data",
    write=write,
)
