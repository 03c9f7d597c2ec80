"""Run the flow's stages in order (``fpgaml run``), FINN-style: named steps, timings, a record per run.

Every stage runs even if an earlier *check* failed (a failed verification does not make the resource
profile meaningless); errors that leave a later stage without input stop the flow at once. At the end a
:class:`CheckFailed` lists every failed check. ``<run>/flow.json`` records status and seconds per stage.
"""

from __future__ import annotations

import importlib
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from fpgaml.artifacts import write_json
from fpgaml.errors import CheckFailed, ConfigError
from fpgaml.stages import STAGES

if TYPE_CHECKING:  # pragma: no cover
    from fpgaml.config import FlowConfig


def stage_runner(name: str) -> Callable[..., dict[str, Any]]:
    if name not in STAGES:
        raise ConfigError(f"unknown stage {name!r}; stages: {', '.join(STAGES)}")
    return importlib.import_module(f"fpgaml.stages.{name}").run


def select(start: str | None = None, stop: str | None = None) -> list[str]:
    names = list(STAGES)
    for s in (start, stop):
        if s is not None and s not in names:
            raise ConfigError(f"unknown stage {s!r}; stages: {', '.join(names)}")
    i = names.index(start) if start else 0
    j = names.index(stop) + 1 if stop else len(names)
    return names[i:j]


def run_flow(
    cfg: FlowConfig,
    *,
    stages: Sequence[str] | None = None,
    force: bool = False,
    on_stage: Callable[[str, dict[str, Any]], None] | None = None,
) -> list[dict[str, Any]]:
    """Run ``stages`` (default: all) for ``cfg``; returns one summary per stage."""
    results: list[dict[str, Any]] = []
    failures: list[str] = []
    cfg.run_dir.mkdir(parents=True, exist_ok=True)
    for name in stages or STAGES:
        start = time.perf_counter()
        try:
            result = stage_runner(name)(cfg, force=force)
        except CheckFailed as exc:
            result = {"stage": name, "status": "FAILED CHECK", "error": str(exc)}
            failures.append(str(exc))
        result["seconds"] = round(time.perf_counter() - start, 2)
        results.append(result)
        if on_stage:
            on_stage(name, result)
        write_json(cfg.run_dir / "flow.json", {"name": cfg.name, "stages": results})
    if failures:
        raise CheckFailed("; ".join(failures))
    return results
