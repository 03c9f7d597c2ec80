"""``fpgaml``: the command line. A thin layer over :mod:`fpgaml.flow` and the stage declarations.

Every stage is a subcommand (its ``Stage.command`` words, e.g. ``fpgaml csim`` or ``fpgaml gpu export``), built
from the stage registry: a new stage needs no edit here. Exit codes are the contract CI gates on:

====  =====================================================================================================
0     every check passed
1     a check failed (verification, RTL exactness, budget, ONNX agreement); the artifacts were written
2     an error fpgaml recognised (config, data, model file, missing tool, existing directory, disk): one
      paragraph, no traceback
3     an unexpected error (a bug in fpgaml): the traceback and where to report it
130   interrupted (Ctrl-C); 143 terminated (SIGTERM). The stage that was running left no partial artifact
====  =====================================================================================================

With ``--json`` the result — or the error, as ``{"error": {...}}`` — is printed as JSON on stdout.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import threading
import traceback
from typing import Any

from fpgaml import __version__
from fpgaml.config import dump_config, load_config
from fpgaml.errors import CheckFailed, FpgamlError
from fpgaml.flow import run_flow
from fpgaml.hls import synthesize_project
from fpgaml.models import FAMILIES
from fpgaml.profile import devices
from fpgaml.stage import all_stages, declared_flags, flow_order, select
from fpgaml.sweep.command import DESCRIPTION, add_arguments
from fpgaml.sweep.command import main as sweep_main

REPORT_BUGS = (
    "this is a bug in fpgaml, not in your input: please report it to the fpgaml maintainers (the issue "
    "tracker of the fpgaml repository) with the traceback above, the command and `fpgaml --version`"
)

EPILOG = """\
The flow, stage by stage (each writes an artifact directory the next one reads):
{stages}

Examples:
  fpgaml run configs/dense_tagger.yaml                 # the whole flow
  fpgaml run configs/dense_tagger.yaml --set model.weight_bits=8 --set name=dense_w8
  fpgaml run configs/dense_tagger.yaml --from convert --until verify
  fpgaml verify configs/dense_tagger.yaml --json       # one stage, machine-readable
  fpgaml gpu export configs/dense_tagger.yaml          # ONNX + Triton for the GPU path
  fpgaml config configs/dense_tagger.yaml              # every setting with its default
  fpgaml families                                      # model families you can pick in model.family

Exit codes: 0 all checks passed, 1 a check failed (verification, budget), 2 an error (bad config,
data or model file, missing tool, existing directory), 3 a bug in fpgaml, 130 interrupted.
Artifacts are never overwritten silently: a stage whose inputs and config are unchanged is "up to date";
one that would change an existing directory needs --force, and --force replaces only what fpgaml made.
Model files never run code (Lambda/custom layers) unless you pass --trust-model-code.
"""


class Terminated(KeyboardInterrupt):
    """SIGTERM, handled like Ctrl-C (the running stage removes its partial output) but exiting 143."""


def _on_sigterm(signum: int, frame: Any) -> None:
    raise Terminated()


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("config", help="YAML flow config (see configs/dense_tagger.yaml)")
    p.add_argument("--set", dest="overrides", action="append", default=[], metavar="KEY=VALUE",
                   help="override a config value, e.g. --set train.epochs=5 (repeatable)")  # fmt: skip
    p.add_argument("--force", action="store_true", help="replace existing artifact directories fpgaml made")
    p.add_argument(
        "--json", action="store_true", help="print the result (or the error) as JSON on stdout; no bars"
    )
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bars")


def build_parser() -> argparse.ArgumentParser:

    stages = all_stages()
    listing = "\n".join(
        f"  {' '.join(s.command):12s} {s.doc}" + ("" if s.in_flow else "  (not in `run`)") for s in stages
    )
    parser = argparse.ArgumentParser(
        prog="fpgaml",
        description="Quantized neural networks for the L1 trigger: QKeras training to verified hls4ml firmware.",
        epilog=EPILOG.format(stages=listing),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"fpgaml {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    names = flow_order()
    p = sub.add_parser("run", help="run the whole flow (or a range of stages)",
                       description=f"Run the stages {' -> '.join(names)} in order.")  # fmt: skip
    _common(p)
    for flag in declared_flags():  # the flags stages declare for `run` too (Stage.flags, in_run)
        flag.add_to(p)
    p.add_argument("--from", dest="start", choices=names, help="first stage to run")
    p.add_argument("--until", dest="stop", choices=names, help="last stage to run")

    groups: dict[str, Any] = {}
    for stage in stages:
        words = stage.command
        parent = sub
        for word in words[:-1]:
            if word not in groups:
                g = sub.add_parser(word, help=f"{word} stages: " + ", ".join(
                    " ".join(s.command[1:]) for s in stages if s.command[0] == word))  # fmt: skip
                groups[word] = g.add_subparsers(dest="action", metavar="ACTION", required=True)
            parent = groups[word]
        p = parent.add_parser(
            words[-1], help=stage.doc, description=stage.doc[0].upper() + stage.doc[1:] + "."
        )
        p.set_defaults(stage=stage.name)
        _common(p)
        for flag in stage.flags:  # the stage's own flags (Stage.flags), each setting one config key
            flag.add_to(p)

    p = sub.add_parser(
        "synth",
        help="vendor C synthesis (Vitis/Vivado HLS) of the converted project; `profile` then reads its report",
        description="Runs hls4ml's build (C synthesis) in hls_projects/<name>/ when vitis_hls or vivado_hls "
        "is on PATH; otherwise exits 2 saying so (RTL simulation and estimates still work without it).",
    )
    _common(p)

    sub.add_parser("devices", help="list the FPGA devices the budget can refer to")
    p = sub.add_parser("config", help="print the config with every default filled in")
    p.add_argument("config")
    p.add_argument("--set", dest="overrides", action="append", default=[], metavar="KEY=VALUE")
    sub.add_parser("families", help="list the model families (model.family)")
    _sweep_parser(sub)
    return parser


def _sweep_parser(sub: Any) -> None:
    """``fpgaml sweep [pick] SWEEP.yaml``: design-space sweeps (fpgaml.sweep; its ``command`` holds the options)."""

    p = sub.add_parser("sweep", help="run a design-space sweep on Dask; `sweep pick` chooses a point",
                       description=DESCRIPTION, formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    add_arguments(p)


def _print_result(result: dict[str, Any]) -> None:
    print(f"[{result.get('stage', '?')}] {result.get('status', '')}", file=sys.stderr)
    for key, value in result.items():
        if key in {"stage", "status", "rows"}:  # rows: the table says it; --json has them all
            continue
        if isinstance(value, str) and "\n" in value:
            print("    " + value.replace("\n", "\n    "), file=sys.stderr)
        else:
            print(f"    {key}: {value}", file=sys.stderr)


def _error_json(kind: str, message: str, code: int, extra: dict[str, Any] | None = None) -> None:
    print(json.dumps({"error": {"kind": kind, "message": message, "exit_code": code}, **(extra or {})},
                     indent=2, default=str))  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    as_json = bool(getattr(args, "json", False))
    if as_json or getattr(args, "quiet", False):
        os.environ["FPGAML_NO_PROGRESS"] = "1"
    old_term = signal.signal(signal.SIGTERM, _on_sigterm) if _main_thread() else None
    state: dict[str, Any] = {}
    try:
        return _dispatch(args, state)
    except CheckFailed as exc:
        print(f"fpgaml: CHECK FAILED: {exc}", file=sys.stderr)
        if as_json:
            result = exc.result.to_dict() if hasattr(exc.result, "to_dict") else {}
            _error_json("CheckFailed", str(exc), exc.exit_code, result)
        return exc.exit_code
    except FpgamlError as exc:
        print(f"fpgaml: error: {exc}", file=sys.stderr)
        if as_json:
            _error_json(type(exc).__name__, str(exc), exc.exit_code)
        return exc.exit_code
    except OSError as exc:  # read-only or full disk, permissions: the OS's reason, the path, no traceback
        where = f" ({exc.filename})" if exc.filename else ""
        stage = f"stage {state['running']}: " if state.get("running") else ""
        msg = f"{stage}{exc.strerror or exc}{where}; nothing half-written was kept"
        print(f"fpgaml: error: {msg}", file=sys.stderr)
        if as_json:
            _error_json("OSError", msg, 2)
        return 2
    except KeyboardInterrupt as exc:
        code = 143 if isinstance(exc, Terminated) else 130
        what = "terminated" if code == 143 else "interrupted"
        stage = state.get("running")
        detail = f" during stage {stage}: its partial output was removed" if stage else ""
        print(f"fpgaml: {what}{detail}", file=sys.stderr)
        if as_json:
            _error_json("Interrupted", f"{what}{detail}", code)
        return code
    except Exception as exc:
        traceback.print_exc()
        print(f"fpgaml: unexpected error {type(exc).__name__}: {exc}\n{REPORT_BUGS}", file=sys.stderr)
        if as_json:
            _error_json(type(exc).__name__, f"{exc} ({REPORT_BUGS})", 3)
        return 3
    finally:
        if old_term is not None:
            signal.signal(signal.SIGTERM, old_term)


def _main_thread() -> bool:

    return threading.current_thread() is threading.main_thread()


def _dispatch(args: argparse.Namespace, state: dict[str, Any]) -> int:
    if args.command == "devices":
        for name, dev in sorted(devices().items()):
            print(
                f"{name:8s} {dev.part:24s} LUT {dev.lut:>9,}  FF {dev.ff:>9,}  DSP {dev.dsp:>6,}  BRAM36 {dev.bram36:>5,}"
            )
        return 0

    if args.command == "families":
        for name in FAMILIES.names():
            fam = FAMILIES.get(name)
            print(f"{name:10s} [{fam.features}] {fam.description}")
            print(f"{'':10s} params: {fam.default_params}")
        return 0

    if args.command == "sweep":
        return sweep_main(args)

    overrides = list(args.overrides)
    stage_flags = declared_flags(getattr(args, "stage", None)) if args.command != "run" else declared_flags()
    for flag in stage_flags if args.command not in ("config", "synth") else []:
        item = flag.override(getattr(args, flag.dest, None))
        if item is not None:
            overrides.append(item)
    cfg = load_config(args.config, overrides)
    if args.command == "config":
        print(dump_config(cfg), end="")
        return 0

    if args.command == "synth":
        result = synthesize_project(cfg.stage_dir("convert"))
        print(json.dumps(result, indent=2, default=str) if args.json else result)
        return 0

    if args.command == "run":
        stages = select(args.start, args.stop)
        command = (
            "run"
            + (f" --from {args.start}" if args.start else "")
            + (f" --until {args.stop}" if args.stop else "")
        )
    else:
        stages = [args.stage]
        command = args.stage

    def on_stage(result: Any) -> None:
        state.pop("running", None)
        if not args.json:
            _print_result(result.to_dict())

    def on_start(name: str) -> None:
        state["running"] = name

    flow = run_flow(
        cfg, stages=stages, force=args.force, on_stage=on_stage, on_start=on_start, command=command
    )
    if args.json:
        print(json.dumps(flow.to_dict(), indent=2, default=str))
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
