"""Export targets: the verified firmware of a run as bundles the trigger can take (``fpgaml export``).

Every target turns the artifacts of one run into one directory another tool builds on its own:

==========  ===========================================================================================
``cmssw``   ``<Name>/<Name>_v<N>/``: the model's HLS sources in their own C++ namespace, an
            ``hls4mlEmulator::Model`` and a Makefile for ``<Name>_v<N>.so`` (the cms-hls4ml convention)
``verilog`` the da4ml Verilog, a Verilator testbench and golden vectors; ``make`` exits non-zero on any
            mismatch
``hls``     the complete hls4ml project for ``vitis_hls -f build_prj.tcl``, golden vectors in ``tb_data``
==========  ===========================================================================================

and each bundle carries a model card (:mod:`fpgaml.export.card`).

Writing a target
----------------
A target is one module of this package that declares ``TARGET = ExportTarget(name, doc, write)``;
:func:`get_target` finds it (adding a target = adding one module). ``write(ctx, out)`` gets an
:class:`ExportContext` (the run's records and golden vectors, a scratch directory) and an empty directory
``out`` (``<run>/export/<target>/``), writes the bundle there and returns a :class:`TargetResult`: the
directory that holds the model card (the bundle's root), the facts the card needs beyond the common ones,
and the results of its self-check. A target that cannot serve this network (no RTL path) returns
``TargetResult.skipped(reason)``; that is not an error of the export. The stage (:mod:`fpgaml.stages.export`)
writes the cards, with the sha256 of every file, after the target has returned.

A self-check builds the bundle *as written* in the scratch directory (never inside the artifact) with the
tools the receiver uses (``make``, ``g++``, Verilator) and runs its golden vectors; a difference of one LSB
is a failed check (exit 1).
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from fpgaml.errors import FpgamlError, ToolMissingError
from fpgaml.registry import Registry

if TYPE_CHECKING:  # pragma: no cover
    from fpgaml.config import FlowConfig
    from fpgaml.stages.convert import ProjectInfo
    from fpgaml.stages.train import TrainInfo

#: the minimal hls4ml/emulator.h fpgaml carries (``-I`` this directory)
EMULATOR_INCLUDE = Path(__file__).resolve().parent / "include"


@dataclass(frozen=True)
class Golden:
    """Golden vectors: inputs on the firmware's input grid and the outputs the bundle must reproduce."""

    x: np.ndarray  # (n, ...) float64, on the input grid
    y: np.ndarray  # (n, n_out) float64, on the output grid
    source: str  # where ``y`` comes from, in words

    def __len__(self) -> int:
        return len(self.x)


@dataclass
class Check:
    """One self-check of a bundle: ``n_equal`` of ``n_outputs`` outputs reproduced bit for bit."""

    name: str
    passed: bool
    n_vectors: int = 0
    n_outputs: int = 0
    n_equal: int = 0
    detail: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "passed": self.passed,
            "n_vectors": self.n_vectors,
            "n_outputs": self.n_outputs,
            "n_equal": self.n_equal,
            "detail": self.detail,
        }


@dataclass
class TargetResult:
    """What a target wrote: ``bundle`` holds the model card, which lists (with sha256) every file under
    ``files_root`` (default ``bundle``); ``card`` adds the target's facts to it."""

    status: str = "done"  # done | skipped
    bundle: Path | None = None
    files_root: Path | None = None
    reason: str = ""
    card: dict[str, Any] = field(default_factory=dict)
    checks: list[Check] = field(default_factory=list)
    summary: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def skipped(cls, reason: str) -> TargetResult:
        return cls(status="skipped", reason=reason)


@dataclass
class ExportContext:
    """What a target gets: the run's config and records, golden vectors, a scratch directory."""

    cfg: FlowConfig
    name: str
    version: str
    info: ProjectInfo
    train: TrainInfo
    project_dir: Path  # the convert artifact (hls4ml project)
    golden: Golden  # C-sim vectors
    rtl: dict[str, Any]  # the rtl artifact's summary with its status (done, skipped, disabled)
    work: Path  # scratch directory for builds, outside the artifact

    @property
    def model_id(self) -> str:
        """``<Name>_v<N>``: the library, the top function and the bundle directory are named so."""
        return f"{self.name}_v{self.version}"

    @property
    def namespace(self) -> str:
        """The C++ namespace every generated symbol of the model lives in (as in the cms-hls4ml repos)."""
        return f"hls4ml_{self.model_id}"

    @property
    def check(self) -> bool:
        return self.cfg.export.check


@dataclass(frozen=True)
class ExportTarget:
    """One export target: ``write(ctx, out) -> TargetResult`` (see the module docstring)."""

    name: str
    doc: str
    write: Callable[[ExportContext, Path], TargetResult]


TARGETS: Registry[ExportTarget] = Registry("export target")


@cache
def _discover() -> None:
    for info in pkgutil.iter_modules(__path__):
        module = importlib.import_module(f"{__name__}.{info.name}")
        target = getattr(module, "TARGET", None)
        if isinstance(target, ExportTarget) and target.name not in TARGETS:
            TARGETS.add(target.name, target)


def get_target(name: str) -> ExportTarget:
    """The target called ``name``; an unknown name raises one ConfigError listing the targets."""
    _discover()
    return TARGETS.get(name)


def target_names() -> list[str]:
    _discover()
    return TARGETS.names()


# ---- helpers the targets share --------------------------------------------------------------------------
def camel_case(run_name: str) -> str:
    """``dense_tagger`` -> ``DenseTagger`` (the default model name); a leading digit gets an ``M``."""
    parts = [p for p in re.split(r"[^A-Za-z0-9]+", run_name) if p]
    name = "".join(p[0].upper() + p[1:] for p in parts) or "Model"
    return name if name[0].isalpha() else f"M{name}"


def cpp_type(precision: str) -> str:
    """``fixed<16,6>`` / ``ufixed<8,3>`` (fpgaml's spelling) -> ``ap_fixed<16,6>`` / ``ap_ufixed<8,3>``."""
    text = precision.replace(" ", "")
    return text if text.startswith("ap_") else f"ap_{text}"


def write_vectors(path: Path, values: np.ndarray) -> None:
    """One vector per line, values written so that they read back as the same double (``%.17g``)."""
    np.savetxt(path, np.asarray(values, np.float64).reshape(len(values), -1), fmt="%.17g")


def require_tool(name: str, why: str) -> str:
    exe = shutil.which(name)
    if exe is None:
        raise ToolMissingError(f"{why} needs `{name}`, which is not on PATH")
    return exe


def run_tool(
    cmd: list[str], cwd: Path, env: dict[str, str] | None = None, timeout: float = 3600
) -> subprocess.CompletedProcess[str]:
    """Run ``cmd`` in ``cwd``, capturing its output (the caller decides what a non-zero exit means)."""
    return subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, check=False)


def build_failed(what: str, cwd: Path, proc: subprocess.CompletedProcess[str]) -> FpgamlError:
    """A bundle that does not *build* is an error (exit 2), not a failed check: with its output."""
    tail = (proc.stdout + proc.stderr)[-4000:]
    return FpgamlError(f"{what} failed in {cwd} (exit {proc.returncode}):\n{tail}")


def parse_check_output(text: str) -> dict[str, int]:
    """The ``FPGAML_CHECK vectors=.. outputs=.. equal=..`` line the bundles' checks print."""
    m = re.search(r"FPGAML_CHECK vectors=(\d+) outputs=(\d+) equal=(\d+)", text)
    if not m:
        return {}
    return {"vectors": int(m.group(1)), "outputs": int(m.group(2)), "equal": int(m.group(3))}


__all__ = [
    "EMULATOR_INCLUDE",
    "TARGETS",
    "Check",
    "ExportContext",
    "ExportTarget",
    "Golden",
    "TargetResult",
    "camel_case",
    "cpp_type",
    "get_target",
    "target_names",
    "write_vectors",
]
