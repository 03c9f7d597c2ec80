"""What an export target gets, and the helpers the targets share.

:class:`ExportContext` is handed to ``ExportTarget.write`` (:mod:`fpgaml.export.target`): the run's config and
records, the :class:`Golden` vectors, the model card's interface part, the target's settings, a scratch
directory. The helpers convert the run's model again for a bundle, write golden vector files and run the
receivers' tools.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from fpgaml import hls as hls_flow  # not `hls`: the package's own hls target module takes that name
from fpgaml.errors import FpgamlError, ToolMissingError
from fpgaml.models import FAMILIES
from fpgaml.records import load_models

if TYPE_CHECKING:  # pragma: no cover
    from fpgaml.config import FlowConfig
    from fpgaml.export.card import ModelCard
    from fpgaml.records import ProjectInfo, TrainInfo

#: fpgaml's own hls4ml/emulator.h (``-I`` this directory; its ModelLoader source is in ``emulator/src``)
EMULATOR_INCLUDE = Path(__file__).resolve().parent / "emulator" / "include"


@dataclass(frozen=True)
class Golden:
    """Golden vectors: inputs on the firmware's input grid and the outputs the bundle must reproduce."""

    x: np.ndarray  # (n, ...) float64, on the input grid
    y: np.ndarray  # (n, n_out) float64, on the output grid
    source: str  # where ``y`` comes from, in words

    def __len__(self) -> int:
        return len(self.x)


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
    "EMULATOR_INCLUDE",
    "ExportContext",
    "Golden",
    "build_failed",
    "camel_case",
    "cpp_type",
    "parse_check_output",
    "reconvert",
    "require_tool",
    "run_tool",
    "write_vectors",
]
