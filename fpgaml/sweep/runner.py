"""Running a sweep: every point is one ``run_flow`` in its own run directory, on Dask ``distributed``.

* **LocalCluster** (default): one worker process per core, one thread each; TensorFlow's thread pools are
  capped to the worker's threads by :class:`TensorFlowThreads` (a worker plugin, set before TensorFlow runs
  its first op), and Dask's nanny already sets ``OMP_NUM_THREADS=1`` etc. for the worker processes.
* ``scheduler="tcp://host:8786"``: an existing cluster (``dask-jobqueue``, ``dask scheduler`` + workers).
  Workers need fpgaml installed and the run directories on a file system they share with this process.
* ``serial=True``: the points one after another in this process (no Dask; a baseline, and for debugging).

A point that fails (an fpgaml error, or a failed check) is recorded with its error and the sweep goes on. An
unexpected exception, and a worker that dies mid-point, make Dask run the point again (``retries``); the
points write only into their own run directories, whose locks the OS releases when a worker dies and whose
half-written stages the next attempt removes. Ctrl-C (or SIGTERM) stops the sweep: finished points keep
their artifacts, ``results.json`` records them and marks the others ``interrupted``.
"""

from __future__ import annotations

import contextlib
import os
import socket
import sys
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from fpgaml.artifacts import MANIFEST
from fpgaml.config import from_dict
from fpgaml.errors import CheckFailed, FpgamlError
from fpgaml.flow import run_flow
from fpgaml.stage import stage_dir
from fpgaml.sweep.plugin import TensorFlowThreads
from fpgaml.sweep.results import (
    ERROR,
    FAILED_CHECK,
    INTERRUPTED,
    OK,
    check_outputs,
    collect_metrics,
    plot,
    write_results,
)
from fpgaml.sweep.spec import SweepError, load_sweep

if TYPE_CHECKING:  # pragma: no cover
    from fpgaml.sweep.spec import Point, Sweep


# ---- one point (runs on a worker) --------------------------------------------------------------------------
def _tf_threads() -> list[int] | None:
    """TensorFlow's (intra-op, inter-op) thread counts in this process, if TensorFlow was imported."""

    if "tensorflow" not in sys.modules:
        return None
    tf = sys.modules["tensorflow"]
    return [tf.config.threading.get_intra_op_parallelism_threads(),
            tf.config.threading.get_inter_op_parallelism_threads()]  # fmt: skip


def _manifest_stamp(stage: str, cfg: Any) -> int | None:
    """When the stage's manifest was written (None: no artifact): a stage that ran writes a new one."""

    try:
        return (stage_dir(stage, cfg) / MANIFEST).stat().st_mtime_ns
    except OSError:
        return None


def run_point(config: dict[str, Any], stages: list[str], force: bool = False) -> dict[str, Any]:
    """Run one point's flow (``config`` is a :class:`~fpgaml.config.FlowConfig` as a dict) and return its
    record: status (ok, failed check, error), error, failed checks, each stage's status and seconds, the
    metrics of :func:`~fpgaml.sweep.results.collect_metrics`, and where it ran. A stage's ``ran`` is
    False when it was up to date (its manifest was not rewritten), also where its recorded check failed again.

    fpgaml errors and failed checks are the point's result, not exceptions; anything else propagates so
    that Dask retries the point."""

    start = time.perf_counter()
    try:
        cfg = from_dict(config, f"point {config.get('name')}")
    except FpgamlError as exc:  # e.g. a worker with another fpgaml version than this sweep's
        return {"run": config.get("name"), "status": ERROR, "error": f"config: {exc}", "failed_checks": [],
                "stages": [], "metrics": {}, "seconds": 0.0}  # fmt: skip
    done: list[Any] = []
    running: list[str] = []
    record: dict[str, Any] = {"run": cfg.name, "status": OK, "error": "", "failed_checks": []}
    before = {s: _manifest_stamp(s, cfg) for s in stages}
    try:
        # the sweep's --force replaces the artifacts of a point whose settings changed; up-to-date stages stay
        run_flow(cfg, stages=stages, replace=force, on_stage=done.append, on_start=running.append,
                 command="sweep")  # fmt: skip
    except CheckFailed as exc:
        record["status"] = FAILED_CHECK
        record["failed_checks"] = [f"{r.stage}: {c}" for r in done for c in r.failed_checks] or [str(exc)]
    except FpgamlError as exc:
        stage = running[-1] if running else "?"
        record["status"] = ERROR
        record["error"] = f"{stage}: {type(exc).__name__}: {exc}"
    record["stages"] = [
        {
            "stage": r.stage,
            "status": r.status,
            "seconds": r.seconds,
            "ran": _manifest_stamp(r.stage, cfg) != before[r.stage],
        }
        for r in done
    ]
    if record["status"] == ERROR and running:
        record["stages"].append({"stage": running[-1], "status": "error", "seconds": None, "ran": True})
    record["metrics"] = collect_metrics(cfg, stages)
    record["seconds"] = round(time.perf_counter() - start, 2)
    record["worker"] = {"host": socket.gethostname(), "pid": os.getpid(), "tf_threads": _tf_threads()}
    return record


# ---- the sweep ---------------------------------------------------------------------------------------------
@dataclass
class SweepResult:
    """What :func:`run_sweep` wrote: ``results`` is ``results.json``'s content."""

    sweep: Sweep
    results: dict[str, Any]
    seconds: float
    plot: Any = None
    records: dict[str, dict[str, Any]] = field(default_factory=dict)

    @property
    def rows(self) -> list[dict[str, Any]]:
        return self.results["rows"]

    @property
    def all_ok(self) -> bool:
        return all(r["status"] == OK for r in self.rows)


@contextlib.contextmanager
def _no_stage_bars() -> Iterator[None]:
    """The stages' own bars off while a point runs in this process (they would tear the sweep's bar)."""
    old = os.environ.get("FPGAML_NO_PROGRESS")
    os.environ["FPGAML_NO_PROGRESS"] = "1"
    try:
        yield
    finally:
        if old is None:
            os.environ.pop("FPGAML_NO_PROGRESS", None)
        else:
            os.environ["FPGAML_NO_PROGRESS"] = old


def _unexpected(point: Point, exc: BaseException, retries: int) -> dict[str, Any]:
    from distributed import KilledWorker  # optional heavy dependency: imported on first use

    if isinstance(exc, KilledWorker):
        msg = f"the worker running it died {retries + 1} time(s) (out of memory, killed?): {exc}"
    else:
        msg = f"unexpected {type(exc).__name__} (after {retries} retries): {exc}"
    return {"run": point.run, "status": ERROR, "error": msg, "failed_checks": [], "stages": [], "metrics": {}}


def _local_cluster(workers: int | None, threads_per_worker: int, retries: int) -> Any:
    import dask  # optional heavy dependency: imported on first use
    from distributed import LocalCluster  # optional heavy dependency: imported on first use

    n = workers or os.cpu_count() or 1
    with dask.config.set({"distributed.scheduler.allowed-failures": retries}):
        return LocalCluster(
            n_workers=n, threads_per_worker=threads_per_worker, processes=True, dashboard_address=None,
            silence_logs=40,
        )  # fmt: skip


def run_sweep(
    sweep: Sweep,
    *,
    scheduler: str | None = None,
    workers: int | None = None,
    threads_per_worker: int = 1,
    serial: bool = False,
    force: bool = False,
    on_point: Callable[[str, Mapping[str, Any]], None] | None = None,
    on_expand: Callable[[Sweep], None] | None = None,
) -> SweepResult:
    """Run every point of ``sweep`` (see the module docstring); write ``results.{json,csv}`` after each point
    and ``pareto.png`` at the end. ``on_point(name, record)`` is called as each point finishes.

    With ``checkpoints: all``, the points whose bit-cost ramp has not trained yet run their stages data and
    train first (one training each); the sweep is then loaded again (``on_expand(sweep)``), so that every kept
    checkpoint is a point, and those run. A ramp that fails stays one point, with its error."""
    check_outputs(sweep.out_dir)  # before any point runs: a user's file there is never replaced
    start = time.perf_counter()
    records: dict[str, dict[str, Any]] = {}
    where = "serial" if serial else (scheduler or f"LocalCluster({workers or os.cpu_count()} workers)")
    extra = {"executor": where, "force": force}

    def finished(point: Point, record: dict[str, Any]) -> None:
        record.setdefault("seconds", None)
        records[point.name] = record
        write_results(sweep, records, {**extra, "seconds": round(time.perf_counter() - start, 1)})
        if on_point:
            on_point(point.name, record)

    try:
        if sweep.pending_ramps:
            ramps = _train_ramps(sweep, scheduler, workers, threads_per_worker, serial, force)
            sweep = load_sweep(sweep.path)  # the ramps that trained: one point per kept checkpoint
            if on_expand:
                on_expand(sweep)
            for p in sweep.pending_ramps:  # its ramp did not train: its record says why
                finished(p, ramps[p.name])
        todo = [p for p in sweep.points if p.name not in records]
        if serial:
            for p in todo:
                try:
                    with _no_stage_bars():
                        record = run_point(p.config.model_dump(mode="json"), sweep.stages, force)
                except Exception as exc:  # a bug: recorded like a point Dask gave up on, the sweep goes on
                    record = _unexpected(p, exc, 0)
                finished(p, record)
        else:
            _run_dask(sweep, todo, sweep.stages, scheduler, workers, threads_per_worker, force, finished)
    except KeyboardInterrupt:
        for p in sweep.points:
            records.setdefault(
                p.name, {"run": p.run, "status": INTERRUPTED, "error": "interrupted", "stages": []}
            )
        write_results(sweep, records, {**extra, "seconds": round(time.perf_counter() - start, 1)})
        raise
    seconds = round(time.perf_counter() - start, 1)
    results = write_results(sweep, records, {**extra, "seconds": seconds})
    png = plot(results, sweep.out_dir / "pareto.png")
    return SweepResult(sweep, results, seconds, png, records)


def check_scheduler(address: str) -> None:
    """A :class:`SweepError` unless ``address`` is a Dask scheduler address (``tcp://host:8786``,
    ``host:8786``, ``tls://...``), checked before anything starts."""
    from distributed.comm.addressing import (  # optional heavy dependency: imported on first use
        parse_address,
        parse_host_port,
    )  # optional heavy dependency: imported on first use

    try:
        scheme, location = parse_address(address)
        if scheme in ("tcp", "tls"):
            parse_host_port(location)
    except (ValueError, TypeError) as exc:
        raise SweepError(
            f"--scheduler {address!r} is not a Dask scheduler address ({exc}); give one such as "
            "tcp://host:8786 (what `dask scheduler` prints), or leave --scheduler out for a LocalCluster"
        ) from None


def _train_ramps(
    sweep: Sweep,
    scheduler: str | None,
    workers: int | None,
    threads_per_worker: int,
    serial: bool,
    force: bool,
) -> dict[str, dict[str, Any]]:
    """Stages data and train of every point whose ramp has not trained (``checkpoints: all``): the records."""
    stages = [s for s in sweep.stages if s in ("data", "train")] or ["data", "train"]
    out: dict[str, dict[str, Any]] = {}

    def done(point: Point, record: dict[str, Any]) -> None:
        out[point.name] = record

    pending = sweep.pending_ramps
    if serial:
        for p in pending:
            try:
                with _no_stage_bars():
                    done(p, run_point(p.config.model_dump(mode="json"), stages, force))
            except Exception as exc:
                done(p, _unexpected(p, exc, 0))
    else:
        _run_dask(sweep, pending, stages, scheduler, workers, threads_per_worker, force, done)
    return out


def _run_dask(
    sweep: Sweep,
    points: list[Point],
    stages: list[str],
    scheduler: str | None,
    workers: int | None,
    threads_per_worker: int,
    force: bool,
    finished: Callable[[Point, dict[str, Any]], None],
) -> None:
    from distributed import Client, as_completed  # optional heavy dependency: imported on first use

    cluster = None
    try:
        if scheduler:
            client = Client(scheduler, timeout="30s")
        else:
            cluster = _local_cluster(workers, threads_per_worker, sweep.retries)
            client = Client(cluster)
    except (OSError, TimeoutError, ValueError, TypeError) as exc:  # ValueError: an address Dask cannot parse
        where = f"reach the Dask scheduler at {scheduler}" if scheduler else "start a Dask LocalCluster"
        hint = " (--scheduler takes an address such as tcp://host:8786)" if scheduler else ""
        raise SweepError(f"cannot {where}: {type(exc).__name__}: {exc}{hint}") from None
    try:
        client.register_plugin(TensorFlowThreads(None if scheduler else threads_per_worker))
        futures = {}
        for p in points:
            fut = client.submit(
                run_point, p.config.model_dump(mode="json"), stages, force,
                key=f"fpgaml-sweep-{p.run}-{time.time_ns()}", pure=False, retries=sweep.retries,
            )  # fmt: skip
            futures[fut] = p
        for fut in as_completed(futures):
            point = futures[fut]
            try:
                record = fut.result()
            except Exception as exc:
                record = _unexpected(point, exc, sweep.retries)
            finished(point, record)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
