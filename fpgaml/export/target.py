"""What an export target is: its declaration, the base of its settings, what it returns, and the registry.

This module is the bottom of :mod:`fpgaml.export`: it imports nothing of fpgaml but the registry class. The
export config (:mod:`fpgaml.export.config`, read by ``fpgaml.config``) validates ``export.targets`` and each
target's section with it; the registry imports the package's modules on first use, and every module that
declares ``TARGET = ExportTarget(...)`` is a target. What a target *gets* (the run's records, golden vectors,
the model card's interface part) and the helpers the targets share are in :mod:`fpgaml.export.context`.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict

from fpgaml.registry import Registry

PACKAGE_DIR = Path(__file__).resolve().parent

#: the implementations a bundle can carry (the card marks which latency/resource/exactness rows apply)
HLS4ML = "hls4ml HLS"
DA4ML = "da4ml RTL"


class TargetSettings(BaseModel):
    """Base of a target's own settings (``export.<target>``): unknown keys are refused."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class NoSettings(TargetSettings):
    """A target without settings of its own."""


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


@dataclass(frozen=True)
class ExportTarget:
    """One export target: ``write(ctx, out) -> TargetResult`` and what it declares (:mod:`fpgaml.export`)."""

    name: str
    doc: str
    #: ``write(ctx, out)``, ``ctx`` an :class:`~fpgaml.export.context.ExportContext` (typed ``Any`` here: the
    #: declaration is read by the export config, below ``fpgaml.config``; the context holds the whole config)
    write: Callable[[Any, Path], TargetResult]
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
    """Import every module of the package once; each that declares ``TARGET`` adds it to the registry."""
    for info in pkgutil.iter_modules([str(PACKAGE_DIR)]):
        module = importlib.import_module(f"fpgaml.export.{info.name}")
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


__all__ = [
    "DA4ML",
    "HLS4ML",
    "TARGETS",
    "Check",
    "ExportTarget",
    "NoSettings",
    "TargetResult",
    "TargetSettings",
    "get_target",
    "target_names",
]
