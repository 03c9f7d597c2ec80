"""``fpgaml``: the command line. A thin layer over :mod:`fpgaml.flow` and the stage modules."""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Any

from fpgaml import __version__
from fpgaml.errors import CheckFailed, FpgamlError
from fpgaml.stages import STAGES

EPILOG = """\
The flow, stage by stage (each writes an artifact directory the next one reads):
  data     load/split/standardise jets           -> runs/<name>/data/
  train    QKeras QAT model + float reference    -> runs/<name>/train/
  convert  hls4ml HLS C++ project                -> hls_projects/<name>/
  csim     g++ C-simulation of the test set      -> runs/<name>/csim/
  verify   bit-accuracy + physics report         -> runs/<name>/verify/report.md
  rtl      da4ml Verilog + Verilator simulation  -> runs/<name>/rtl/
  profile  latency/resources against a budget    -> runs/<name>/profile/

Examples:
  fpgaml run configs/dense_tagger.yaml                 # the whole flow
  fpgaml run configs/dense_tagger.yaml --set model.weight_bits=8 --set name=dense_w8
  fpgaml verify configs/dense_tagger.yaml --json       # one stage, machine-readable
  fpgaml families                                      # model families you can pick in model.family

Exit codes: 0 all checks passed, 1 a check failed (verification, budget), 2 an error (bad config,
missing tool, bad input), 130 interrupted. Artifacts are never overwritten silently: a stage whose inputs
and config are unchanged is "up to date"; one that would change an existing directory needs --force.
"""


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("config", help="YAML flow config (see configs/dense_tagger.yaml)")
    p.add_argument("--set", dest="overrides", action="append", default=[], metavar="KEY=VALUE",
                   help="override a config value, e.g. --set train.epochs=5 (repeatable)")  # fmt: skip
    p.add_argument("--force", action="store_true", help="replace existing artifact directories")
    p.add_argument(
        "--json", action="store_true", help="print the result as JSON on stdout (no progress bars)"
    )
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bars")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="fpgaml",
        description="Quantized neural networks for the L1 trigger: QKeras training to verified hls4ml firmware.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"fpgaml {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("run", help="run the whole flow (or a range of stages)",
                       description="Run the stages data -> ... -> profile in order.")  # fmt: skip
    _common(p)
    p.add_argument("--from", dest="start", choices=STAGES, help="first stage to run")
    p.add_argument("--until", dest="stop", choices=STAGES, help="last stage to run")

    docs = {
        "data": "load, split and standardise the jets",
        "train": "train the QKeras model and its float reference (or check a pretrained one)",
        "convert": "convert the QKeras model to an hls4ml HLS project under hls_projects/",
        "csim": "compile the HLS project with g++ and C-simulate the test set",
        "verify": "compare C-sim bit by bit with QKeras, the fixed-point reference and the float model",
        "rtl": "generate Verilog with da4ml, simulate it with Verilator, check it against C-sim",
        "profile": "latency and resources against the budget (non-zero exit when over budget)",
    }
    for name in STAGES:
        p = sub.add_parser(name, help=docs[name], description=docs[name].capitalize() + ".")
        _common(p)
        if name == "profile":
            p.add_argument("--budget", metavar="FILE", help="YAML budget file (sets profile.budget_file)")
            p.add_argument("--device", help="target device, e.g. vu9p, vu13p, ku115 (sets profile.device)")

    p = sub.add_parser(
        "synth",
        help="vendor C synthesis (Vitis/Vivado HLS) of the converted project; `profile` then reads its report",
        description="Runs hls4ml's build (C synthesis) in hls_projects/<name>/ when vitis_hls or vivado_hls "
        "is on PATH; otherwise exits 2 saying so (RTL simulation and estimates still work without it).",
    )
    _common(p)

    sub.add_parser("devices", help="list the FPGA devices the budget can refer to")

    p = sub.add_parser(
        "gpu",
        help="GPU path for non-trigger models: ONNX export (+ Triton repository) or throughput benchmark",
        description="export: ONNX of the float and the quantized model, checked against TensorFlow, and a "
        "Triton model repository. bench: ONNX Runtime vs TensorFlow jets/s over batch sizes.",
    )
    p.add_argument("action", choices=["export", "bench"])
    _common(p)

    p = sub.add_parser("config", help="print the config with every default filled in")
    p.add_argument("config")
    p.add_argument("--set", dest="overrides", action="append", default=[], metavar="KEY=VALUE")

    sub.add_parser("families", help="list the model families (model.family)")
    return parser


def _print_result(result: dict[str, Any]) -> None:
    stage = result.get("stage", "?")
    status = result.get("status", "")
    print(f"[{stage}] {status}", file=sys.stderr)
    for key, value in result.items():
        if key in {"stage", "status", "rows"}:  # rows: the table below says it; --json has them all
            continue
        if isinstance(value, str) and "\n" in value:
            print("    " + value.replace("\n", "\n    "), file=sys.stderr)
        else:
            print(f"    {key}: {value}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    if getattr(args, "json", False) or getattr(args, "quiet", False):
        os.environ["FPGAML_NO_PROGRESS"] = "1"
    try:
        return _dispatch(args)
    except CheckFailed as exc:
        print(f"fpgaml: CHECK FAILED: {exc}", file=sys.stderr)
        return exc.exit_code
    except FpgamlError as exc:
        print(f"fpgaml: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("fpgaml: interrupted; no partial artifact was kept", file=sys.stderr)
        return 130


def _dispatch(args: argparse.Namespace) -> int:
    if args.command == "devices":
        from fpgaml.profile import devices

        for name, dev in sorted(devices().items()):
            print(
                f"{name:8s} {dev.part:24s} LUT {dev.lut:>9,}  FF {dev.ff:>9,}  DSP {dev.dsp:>6,}  BRAM36 {dev.bram36:>5,}"
            )
        return 0

    if args.command == "families":
        from fpgaml.models import FAMILIES

        for name in FAMILIES.names():
            fam = FAMILIES.get(name)
            print(f"{name:10s} [{fam.features}] {fam.description}")
            print(f"{'':10s} params: {fam.default_params}")
        return 0

    from fpgaml.config import dump_config, load_config

    overrides = list(args.overrides)
    if getattr(args, "budget", None):
        overrides.append(f"profile.budget_file={args.budget}")
    if getattr(args, "device", None):
        overrides.append(f"profile.device={args.device}")
    cfg = load_config(args.config, overrides)
    if args.command == "config":
        print(dump_config(cfg), end="")
        return 0

    from fpgaml.flow import run_flow, select

    if args.command == "synth":
        from fpgaml.hls import synthesize_project

        result = synthesize_project(cfg.stage_dir("convert"))
        print(json.dumps(result, indent=2, default=str) if args.json else result)
        return 0

    if args.command == "gpu":
        from fpgaml.stages import gpu

        result = gpu.run(cfg, force=args.force, action=args.action)
        if args.json:
            print(json.dumps(result, indent=2, default=str))
        else:
            _print_result(result)
        return 0

    stages = select(args.start, args.stop) if args.command == "run" else [args.command]
    on_stage = None if args.json else lambda _name, res: _print_result(res)
    try:
        results = run_flow(cfg, stages=stages, force=args.force, on_stage=on_stage)
    except CheckFailed:
        if args.json:
            print(json.dumps(json.loads((cfg.run_dir / "flow.json").read_text()), indent=2))
        raise
    if args.json:
        print(json.dumps({"name": cfg.name, "stages": results}, indent=2, default=str))
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
