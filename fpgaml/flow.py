"""Run stages in order (``fpgaml run``), FINN-style: named steps, timings, an honest record per run directory.

Every selected stage runs even if an earlier *check* failed (a failed verification does not make the resource
profile meaningless); an error stops the flow at once. At the end a :class:`CheckFailed` lists every failed
check. The whole run holds the run directory's lock (:func:`fpgaml.stage.run_lock`).

``<run>/flow.json`` records, per stage, the last thing that happened to it: ``done``, ``skipped``,
``up to date``, ``FAILED CHECK``, ``error`` (with the message) or ``interrupted``, with seconds and time.
It is written only when a stage actually ran (so a read-only, up-to-date run directory can still be checked).
"""

from __future__ import annotations

import contextlib
import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from fpgaml.artifacts import ensure_own_file, json_with_keys, remove_stale, write_json
from fpgaml.errors import CheckFailed, FpgamlError
from fpgaml.stage import StageResult, flow_order, run_lock, run_stage, stage_dir

if TYPE_CHECKING:  # pragma: no cover
    from fpgaml.config import FlowConfig

FLOW_RECORD = "flow.json"
#: what makes a ``flow.json`` fpgaml's own record (a user's file of that name is never replaced)
is_flow_record = json_with_keys("name", "last_command", "stages")


@dataclass
class FlowResult:
    """The stages of one invocation, in order."""

    name: str
    stages: list[StageResult] = field(default_factory=list)

    @property
    def failed_checks(self) -> list[str]:
        return [f"{r.stage}: {c}" for r in self.stages for c in r.failed_checks]

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "stages": [r.to_dict() for r in self.stages]}


def _record(cfg: FlowConfig, results: list[StageResult], command: str) -> None:
    """Merge this invocation's stages into ``flow.json`` (only if one of them did more than find itself
    up to date). A record that cannot be written (read-only disk) is not an error of its own."""
    if all(r.status == "up to date" for r in results):
        return
    path = cfg.run_dir / FLOW_RECORD
    try:
        old = json.loads(path.read_text()) if path.is_file() else {}
    except (OSError, ValueError):
        old = {}
    stages = old.get("stages") if isinstance(old.get("stages"), dict) else {}
    now = time.strftime("%Y-%m-%dT%H:%M:%S%z")
    for r in results:
        entry: dict[str, Any] = {"status": r.status, "seconds": r.seconds, "at": r.at, "dir": str(r.dir)}
        if r.error:
            entry["error"] = r.error
        if r.failed_checks:
            entry["failed_checks"] = r.failed_checks
        stages[r.stage] = entry
    order = flow_order()
    ordered = {k: stages[k] for k in sorted(stages, key=lambda k: order.index(k) if k in order else 99)}
    with contextlib.suppress(OSError):
        write_json(path, {"name": cfg.name, "last_command": command, "updated": now, "stages": ordered})


def run_flow(
    cfg: FlowConfig,
    *,
    stages: Sequence[str] | None = None,
    force: bool = False,
    replace: bool = False,
    on_stage: Callable[[StageResult], None] | None = None,
    on_start: Callable[[str], None] | None = None,
    command: str = "run",
) -> FlowResult:
    """Run ``stages`` (default: the whole flow) for ``cfg``; raises :class:`CheckFailed` at the end if any
    check failed (the :class:`FlowResult` is its ``result``). ``force``: every stage runs again; ``replace``:
    up-to-date stages are kept, artifacts made from other settings are replaced (see :func:`run_stage`)."""
    names = list(stages) if stages is not None else flow_order()
    flow = FlowResult(cfg.name)
    with run_lock(cfg):
        remove_stale(cfg.run_dir / FLOW_RECORD)  # a flow.json temp file of a killed run
        ensure_own_file(
            cfg.run_dir / FLOW_RECORD, is_flow_record, "fpgaml's flow record",
            f"give this run another `name` (or paths.runs) than {cfg.run_dir}",
        )  # fmt: skip
        try:
            for name in names:
                start = time.perf_counter()
                if on_start:
                    on_start(name)
                try:
                    result = run_stage(name, cfg, force=force, replace=replace)
                except CheckFailed as exc:
                    result = exc.result if isinstance(exc.result, StageResult) else None
                    if result is None:
                        raise
                    result.status = "FAILED CHECK"
                except FpgamlError as exc:
                    flow.stages.append(_ended(name, cfg, start, "error", str(exc)))
                    raise
                except KeyboardInterrupt:
                    flow.stages.append(_ended(name, cfg, start, "interrupted", "interrupted by the user"))
                    raise
                except BaseException as exc:
                    flow.stages.append(_ended(name, cfg, start, "error", f"{type(exc).__name__}: {exc}"))
                    raise
                flow.stages.append(result)
                if on_stage:
                    on_stage(result)
        finally:
            _record(cfg, flow.stages, command)
    if flow.failed_checks:
        raise CheckFailed("; ".join(flow.failed_checks), result=flow)
    return flow


def _ended(name: str, cfg: FlowConfig, start: float, status: str, message: str) -> StageResult:
    return StageResult(
        name, status, stage_dir(name, cfg), seconds=round(time.perf_counter() - start, 2), error=message
    )
