#!/usr/bin/env python
"""Build the reference HLS projects shipped under hls_projects/reference/, with golden vectors.

For each config: run the flow through `verify` (reusing up-to-date artifacts), copy the HLS project to
hls_projects/reference/<name>/ in slim form (without hls4ml's ap_types/nnet_utils templates: they are taken
from the installed hls4ml at build time, and hls4ml_templates.json records its version and the templates'
sha256, see fpgaml.csim.templates) and store golden vectors: test jets on the firmware's input grid and the
outputs the firmware must reproduce. For networks whose firmware is exact, the expected outputs come from
fpgaml's integer fixed-point reference (independent of the firmware) and the C-sim must equal them; for
recurrent networks (sigmoid/tanh lookup tables) they are the C-sim outputs at packaging time (a
regression guard), and the report records the agreement with QKeras.

    python scripts/make_reference_projects.py configs/dense_tagger.yaml [more configs] [--force]
"""

from __future__ import annotations

import argparse
import shlex
import shutil
import sys
import tempfile
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
N_GOLDEN = 500


def _shown(path: Path) -> str:
    """The config path as a command run from the repository root would name it."""
    try:
        return Path(path).resolve().relative_to(REPO).as_posix()
    except ValueError:
        return str(path)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("configs", nargs="+", type=Path)
    ap.add_argument("--out", type=Path, default=REPO / "hls_projects" / "reference")
    ap.add_argument("--force", action="store_true", help="replace existing reference projects")
    ap.add_argument("--set", dest="overrides", action="append", default=[])
    args = ap.parse_args(argv)

    from fpgaml.config import load_config
    from fpgaml.csim.templates import slim_project
    from fpgaml.errors import CheckFailed, FpgamlError, UnsupportedModelError
    from fpgaml.flow import run_flow
    from fpgaml.hls import portable_output_dir
    from fpgaml.modelio import predict_float64
    from fpgaml.stages.convert import ProjectInfo
    from fpgaml.stages.csim import load_outputs
    from fpgaml.stages.train import load_models
    from fpgaml.testing import check_golden, write_golden

    for path in args.configs:
        cfg = load_config(path, args.overrides)
        dest = args.out / cfg.name
        if dest.exists() and not args.force:
            print(f"{dest} exists; pass --force to replace it", file=sys.stderr)
            return 2
        try:
            run_flow(cfg, stages=["data", "train", "convert", "csim", "verify"])
        except CheckFailed as exc:  # e.g. accuracy: the golden vectors below still pin the firmware down
            print(f"{cfg.name}: verification check failed, packaging anyway: {exc}", file=sys.stderr)
        except FpgamlError as exc:
            print(f"{cfg.name}: {exc}", file=sys.stderr)
            return 1
        info = ProjectInfo.of(cfg)
        cs = load_outputs(cfg)
        x = cs["x"][:N_GOLDEN]
        if info.exact_expected:
            from fpgaml.ir import parse

            trained = load_models(cfg)
            try:
                expected = parse(trained.qmodel, cfg.model.input_fixed).check_exact().predict(x)
                reference, note = "fpgaml integer fixed-point reference of the QKeras model", ""
            except UnsupportedModelError as exc:  # e.g. the GNN's Permute: QKeras itself is exact there
                expected = predict_float64(trained.qmodel, x)
                reference = "the QKeras model evaluated in float64"
                note = f"no fixed-point reference: {exc}"
        else:
            expected = cs["y"][:N_GOLDEN]
            reference = "C-sim at packaging time (regression guard)"
            note = info.inexact_reason
        tmp = dest.with_name(f".{dest.name}.partial")
        shutil.rmtree(tmp, ignore_errors=True)
        shutil.copytree(
            cfg.stage_dir("convert"), tmp, ignore=shutil.ignore_patterns("fpgaml_csim", "*.so", "*.o")
        )
        write_golden(tmp, x, expected, lsb=info.output_precision.lsb, reference=reference, note=note)
        try:
            if not portable_output_dir(tmp):  # the convert stage wrote it; the shipped copy must say so too
                raise FpgamlError(
                    f"{tmp / 'hls4ml_config.yml'}: no OutputDir line (hls4ml changed its format?)"
                )
            sets = "".join(f" --set {shlex.quote(o)}" for o in args.overrides)
            regenerate = f"python scripts/make_reference_projects.py {_shown(path)}{sets} --force"
            slim_project(tmp, regenerate=regenerate)
            with tempfile.TemporaryDirectory() as build:  # compiles the slim project, as the tests will
                result = check_golden(tmp, Path(build))
        except FpgamlError as exc:
            shutil.rmtree(tmp)
            print(f"{cfg.name}: {exc}", file=sys.stderr)
            return 1
        if not result.passed:
            shutil.rmtree(tmp)
            print(f"{cfg.name}: C-sim differs from the golden vectors ({result})", file=sys.stderr)
            return 1
        if dest.exists():
            shutil.rmtree(dest)
        tmp.rename(dest)
        print(
            f"{dest}: {result.n_jets} golden jets, {result.n_outputs} outputs, max error {result.max_error_lsb} LSB"
        )
    return 0


if __name__ == "__main__":
    np.set_printoptions(precision=4)
    sys.exit(main())
