"""Export targets: the verified firmware of a run as bundles the trigger can take (``fpgaml export``).

Every target turns the artifacts of one run into one directory another tool builds on its own:

==========  ===========================================================================================
``cmssw``   ``<Name>/<Name>_v<N>/``: the model's HLS sources in their own C++ namespace, an
            ``hls4mlEmulator::Model``, a Makefile for ``<Name>_v<N>.so`` as cmsdist builds it (the cms-hls4ml
            convention), a cmsdist spec, a scram tool file, a CppUnit test and golden vectors
``verilog`` the da4ml Verilog with every module prefixed by ``<Name>_v<N>``, a wrapper with reset and
            valid in/out, an AXI-Stream wrapper, an XDC clock, a self-checking SystemVerilog testbench
``hls``     the complete hls4ml project (top ``<Name>_v<N>``) for ``vitis_hls``, golden vectors in ``tb_data``
==========  ===========================================================================================

and each bundle carries a model card (:mod:`fpgaml.export.card`).

Writing a target
----------------
A target is one module of this package that declares ``TARGET = ExportTarget(name, doc, write, ...)``;
:func:`get_target` finds it (adding a target = adding one module). The declaration says everything the stage
needs to know about the target, so the stage never asks for a target by name:

* ``implementation``: which firmware the bundle carries (``"hls4ml HLS"`` or ``"da4ml RTL"``): the model card
  marks the latency, resources and bit-exactness rows of that implementation as the ones that apply;
* ``settings``: a :class:`~fpgaml.export.config.TargetSettings` model, the target's own config section
  ``export.<name>`` (validated when the config is loaded; ``ctx.settings`` in ``write``).

``write(ctx, out)`` gets an :class:`ExportContext` (the run's records, golden vectors, the model card's
interface part — ``ctx.card``, the one source of the input contract —, the target's settings, a scratch
directory) and an empty directory ``out`` (``<run>/export/<target>/``), writes the bundle there and returns a
:class:`TargetResult`: the directory that holds the model card (the bundle's root), the facts the card needs
beyond the common ones, and the results of its self-check. Every text of a bundle (C++, Verilog, Makefiles,
READMEs, specs) is a Jinja template under ``fpgaml/export/templates/<target>/`` rendered with
:func:`fpgaml.export.render.render` from ``card`` and the target's facts; no bundle text is written from a
Python string. A target that cannot serve this network (no RTL path) returns ``TargetResult.skipped(reason)``;
that is not an error of the export. The stage (:mod:`fpgaml.stages.export`) completes the cards, with the
sha256 of every file, after the target has returned.

A self-check builds the bundle *as written* in the scratch directory (never inside the artifact) with the
tools the receiver uses (``make``, ``g++``, Verilator, Yosys) and runs its golden vectors; a difference of one
LSB is a failed check (exit 1).
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

from fpgaml import hls as hls_flow  # not `hls`: the package's own hls target module takes that name
from fpgaml.errors import FpgamlError, ToolMissingError
from fpgaml.export.config import NoSettings, TargetSettings
from fpgaml.models import FAMILIES
from fpgaml.records import load_models
from fpgaml.registry import Registry

if TYPE_CHECKING:  # pragma: no cover
    from fpgaml.config import FlowConfig
    from fpgaml.export.card import ModelCard
    from fpgaml.stages.convert import ProjectInfo
    from fpgaml.stages.train import TrainInfo

#: fpgaml's own hls4ml/emulator.h (``-I`` this directory) and its ModelLoader source (``src/``)
EMULATOR_INCLUDE = Path(__file__).resolve().parent / "include"

#: the implementations a bundle can carry (the card marks which latency/resource/exactness rows apply)
HLS4ML = "hls4ml HLS"
DA4ML = "da4ml RTL"


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
    """One self-check of a bundle: ``kind="vectors"``: ``n_equal`` of ``n_outputs`` outputs reproduced bit for
    bit; ``kind="tool"``: a receiver's tool (a linter, a synthesiser) took the bundle as shipped, or not."""

    name: str
    passed: bool
    n_vectors: int = 0
    n_outputs: int = 0
    n_equal: int = 0
    detail: str = ""
    kind: str = "vectors"

    def as_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "kind": self.kind,
            "passed": self.passed,
            "n_vectors": self.n_vectors,
            "n_outputs": self.n_outputs,
            "n_equal": self.n_equal,
            "detail": self.detail,
        }

    def failure(self) -> str:
        """The failed check in one sentence."""
        if self.kind == "tool":
            return f"{self.name}: failed ({self.detail})"
        return (
            f"{self.name}: {self.n_outputs - self.n_equal} of {self.n_outputs} outputs differ on "
            f"{self.n_vectors} vectors ({self.detail})"
        )


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
    card: ModelCard | None = None  # the card's interface part (the input contract), before the target writes
    settings: Any = None  # the target's own settings (export.<target>)

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
    """One export target: ``write(ctx, out) -> TargetResult`` and what it declares (module docstring)."""

    name: str
    doc: str
    write: Callable[[ExportContext, Path], TargetResult]
    implementation: str = HLS4ML
    settings: type[TargetSettings] = NoSettings

    def __post_init__(self) -> None:
        if self.implementation not in (HLS4ML, DA4ML):
            raise ValueError(f"export target {self.name!r}: implementation must be {HLS4ML!r} or {DA4ML!r}")
        if not (isinstance(self.settings, type) and issubclass(self.settings, TargetSettings)):
            raise ValueError(f"export target {self.name!r}: settings must be a TargetSettings model")


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


def reconvert(ctx: ExportContext, dest: Path, writer_options: dict[str, Any] | None = None) -> Path:
    """Convert the run's QKeras model again with the ``convert`` stage's per-layer configuration, the project
    (top function) named ``ctx.model_id`` and hls4ml's ``writer_options``; the complete hls4ml project goes
    to ``dest`` (scratch). The bundle's self-check shows the result equal to the verified C-simulation."""
    cfg = ctx.cfg
    trained = load_models(cfg)
    conv = cfg.convert.model_copy(update={"project_name": ctx.model_id})
    hls_flow.convert(
        trained.qmodel,
        cfg.model,
        conv,
        dest,
        family=FAMILIES.get(ctx.info.family),
        writer_options=writer_options,
    )
    return dest


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
    "DA4ML",
    "EMULATOR_INCLUDE",
    "HLS4ML",
    "TARGETS",
    "Check",
    "ExportContext",
    "ExportTarget",
    "Golden",
    "NoSettings",
    "TargetResult",
    "TargetSettings",
    "camel_case",
    "cpp_type",
    "get_target",
    "reconvert",
    "target_names",
    "write_vectors",
]
