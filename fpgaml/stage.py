"""The stage contract: every stage is one :class:`Stage` declaration, run by one generic runner.

A stage module (``fpgaml/stages/<name>.py``) declares::

    STAGE = Stage(
        name="csim",
        doc="compile the HLS project with g++ and C-simulate the test set",
        reads=("convert", "data"),          # artifacts it reads; their hashes chain into its fingerprint
        config=("csim",),                   # config sections (dotted paths allowed) it depends on
        produce=produce,                    # produce(ctx, out_dir) -> Outcome
        order=40,                           # place in `fpgaml run` among stages that are ready together
    )

(a stage with settings of its own also declares them: ``settings=`` its config section, ``flags=`` its
command-line flags; see :class:`Stage`) and nothing else about bookkeeping. :func:`run_stage` does, for every stage, in this order:

1. the fingerprint: the stage's config sections, its ``inputs`` (files outside fpgaml, e.g. the data source),
   and the hash every upstream artifact *must* have for the current config — computed recursively, so a
   changed setting of any earlier stage changes the fingerprint of every later one;
2. each upstream artifact must exist and carry exactly that hash, else :class:`StaleArtifactError` naming
   the stage to re-run and the settings that changed (a stage never reads results of another config);
3. up to date (same fingerprint on disk): nothing runs, the recorded failed checks fail again;
4. :func:`fpgaml.artifacts.ensure_replaceable` before any work (only fpgaml's own artifacts are replaced,
   and only with ``--force``); leftovers of killed runs are removed;
5. ``produce`` writes into a partial directory that :func:`fpgaml.artifacts.stage_output` renames into
   place with its manifest; a failed check is recorded there and raised as :class:`CheckFailed` (exit 1).

Stages are found by importing every module of :mod:`fpgaml.stages` (adding a stage = adding one file);
:func:`flow_order` sorts them by their ``reads`` (ties by ``order``).
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import importlib
import os
import pkgutil
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel

from fpgaml.artifacts import (
    Manifest,
    Outcome,
    changed_files,
    describe_changes,
    ensure_own_file,
    ensure_replaceable,
    fingerprint_hash,
    read_manifest,
    set_locator,
    stage_output,
)
from fpgaml.errors import (
    ArtifactMissingError,
    CheckFailed,
    ConfigError,
    DiskError,
    FpgamlError,
    RunLockedError,
    StaleArtifactError,
)
from fpgaml.registry import Registry

if TYPE_CHECKING:  # pragma: no cover
    from fpgaml.config import FlowConfig

#: ``Field(..., json_schema_extra=NOT_FINGERPRINTED)``: a setting that changes no artifact a later stage reads
#: (a plot): it does not enter the stage's fingerprint, so turning it on or off stales nothing (a finished run
#: gets the plot with ``--force`` on that stage, and the stages after it stay up to date)
NOT_FINGERPRINTED: dict[str, Any] = {"fingerprint": False}


@dataclass(frozen=True)
class StageContext:
    """What ``produce`` gets: the config, and the manifests of the artifacts it declared it reads."""

    cfg: FlowConfig
    stage: Stage
    force: bool = False

    def dir(self, name: str) -> Path:
        return stage_dir(name, self.cfg)

    def manifest(self, name: str) -> Manifest:
        if name not in self.stage.reads:
            raise ConfigError(f"stage {self.stage.name!r} reads {name!r} without declaring it in `reads`")
        return read_manifest(self.dir(name), name, command=" ".join(get_stage(name).command))


@dataclass(frozen=True)
class Flag:
    """A command-line flag of a stage's command that sets one config key (the CLI turns it into ``--set``).

    ``kind``: ``"value"`` (``--budget FILE`` sets ``key`` to FILE), ``"list"`` (repeatable; the values as a
    list) or ``"true"`` (a switch setting ``key`` to true). ``in_run``: ``fpgaml run`` has it too.
    """

    flag: str
    key: str
    help: str
    metavar: str | None = None
    kind: Literal["value", "list", "true"] = "value"
    in_run: bool = False

    @property
    def dest(self) -> str:
        return "flag_" + self.flag.lstrip("-").replace("-", "_")

    def add_to(self, parser: Any) -> None:
        """Add the flag to an ``argparse`` parser."""
        if self.kind == "true":
            parser.add_argument(self.flag, dest=self.dest, action="store_true", help=self.help)
        else:
            action = "append" if self.kind == "list" else "store"
            metavar = self.metavar or self.flag.lstrip("-").upper().replace("-", "_")
            parser.add_argument(self.flag, dest=self.dest, action=action, metavar=metavar, help=self.help)

    def override(self, value: Any) -> str | None:
        """The ``key=value`` override of a parsed value (None when the flag was not given)."""
        if value is None or value is False:
            return None
        if self.kind == "true":
            return f"{self.key}=true"
        if self.kind == "list":
            return f"{self.key}=[{', '.join(value)}]"
        return f"{self.key}={value}"


@dataclass(frozen=True)
class Stage:
    """One named step of the flow. See the module docstring for what the runner does with it.

    ``settings``: a stage's own config section (a pydantic model, ``extra="forbid"``), read from the config's
    top-level key of the stage's name, validated with the rest of the config and reached as ``cfg.<name>``;
    list ``<name>`` in ``config`` to make it part of the fingerprint. ``flags``: command-line flags of the
    stage's command, each setting one config key (:class:`Flag`). A stage with its own settings and flags is
    therefore one file: nothing in ``fpgaml/config.py`` or ``fpgaml/cli.py`` changes.
    """

    name: str
    doc: str
    produce: Callable[[StageContext, Path], Outcome]
    reads: tuple[str, ...] = ()
    config: tuple[str, ...] = ()
    inputs: Callable[[FlowConfig], dict[str, Any]] | None = None
    directory: Callable[[FlowConfig], Path] | None = None
    order: int = 100
    in_flow: bool = True
    cli: tuple[str, ...] = ()
    version: int = 1
    settings: type[BaseModel] | None = None
    flags: tuple[Flag, ...] = ()

    @property
    def command(self) -> tuple[str, ...]:
        """The CLI words that run this stage alone (default: its name)."""
        return self.cli or (self.name,)


STAGES: Registry[Stage] = Registry("stage")
#: the package whose modules declare the stages (``STAGE = Stage(...)``)
STAGES_PACKAGE = "fpgaml.stages"


@cache
def _discover() -> None:
    # The stages are plugins of the runner: found by name at run time (a stage module imports this module,
    # never the other way round; tests/test_layers.py keeps it so).
    pkg = importlib.import_module(STAGES_PACKAGE)
    for info in pkgutil.iter_modules(pkg.__path__):
        module = importlib.import_module(f"{pkg.__name__}.{info.name}")
        stage = getattr(module, "STAGE", None)
        if isinstance(stage, Stage) and stage.name not in STAGES:
            STAGES.add(stage.name, stage)


def get_stage(name: str) -> Stage:
    _discover()
    return STAGES.get(name)


def declared_settings() -> dict[str, type[BaseModel]]:
    """The config sections stages declare (:attr:`Stage.settings`), by section name."""
    _discover()
    return {n: s.settings for n in STAGES.names() if (s := STAGES.get(n)).settings is not None}


def declared_flags(command: str | None = None) -> list[Flag]:
    """The flags of the stage ``command`` (its name), or of ``fpgaml run`` (None: the ``in_run`` ones)."""
    _discover()
    stages = [STAGES.get(command)] if command is not None else [STAGES.get(n) for n in STAGES.names()]
    return [f for s in stages for f in s.flags if command is not None or f.in_run]


def all_stages() -> list[Stage]:
    """Every stage, in flow order (upstream first)."""
    _discover()
    pending = {name: STAGES.get(name) for name in STAGES.names()}
    done: list[Stage] = []
    while pending:
        ready = [s for s in pending.values() if all(r not in pending for r in s.reads)]
        if not ready:
            raise ConfigError(f"stages read each other in a circle: {', '.join(sorted(pending))}")
        nxt = min(ready, key=lambda s: (s.order, s.name))
        done.append(nxt)
        del pending[nxt.name]
    return done


def flow_order() -> list[str]:
    """The names of the stages ``fpgaml run`` runs, in order."""
    return [s.name for s in all_stages() if s.in_flow]


def select(start: str | None = None, stop: str | None = None) -> list[str]:
    """The flow stages from ``start`` to ``stop`` (inclusive); an empty range is an error."""
    names = flow_order()
    for s in (start, stop):
        if s is not None and s not in names:
            raise ConfigError(f"unknown stage {s!r}; stages: {', '.join(names)}")
    i = names.index(start) if start else 0
    j = names.index(stop) + 1 if stop else len(names)
    if i >= j:
        raise ConfigError(
            f"--from {start} --until {stop} selects no stage: {start} comes after {stop} "
            f"(order: {' -> '.join(names)})"
        )
    return names[i:j]


# ---- fingerprints ------------------------------------------------------------------------------------------
def stage_dir(name: str, cfg: FlowConfig) -> Path:
    stage = get_stage(name)
    return Path(stage.directory(cfg)) if stage.directory else cfg.run_dir / name


def _locate(name: str, cfg: FlowConfig) -> tuple[Path, str]:
    return stage_dir(name, cfg), " ".join(get_stage(name).command)


# Record.of(cfg) finds artifacts through the stage registry; Record.load names the command that makes them
set_locator(_locate, lambda name: " ".join(get_stage(name).command))


def _section(cfg: FlowConfig, dotted: str) -> Any:
    node: Any = cfg
    for part in dotted.split("."):
        if not hasattr(node, part):
            raise ConfigError(f"stage config refers to unknown setting {dotted!r}")
        node = getattr(node, part)
    # a setting left at its default does not enter the fingerprint: adding a setting to fpgaml does not make
    # every existing run stale (a default whose meaning changes bumps the stage's ``version`` instead); nor does
    # a setting that changes no artifact later stages read (declared with ``NOT_FINGERPRINTED``: a plot)
    if not hasattr(node, "model_dump"):
        return node
    skip = {name for name, f in type(node).model_fields.items() if f.json_schema_extra == NOT_FINGERPRINTED}
    return node.model_dump(mode="json", exclude_defaults=True, exclude=skip or None)


def fingerprint(name: str, cfg: FlowConfig) -> dict[str, Any]:
    """What the artifact of ``name`` depends on, for this config (upstream stages included, by hash)."""
    stage = get_stage(name)
    fp: dict[str, Any] = {
        "stage": name,
        "version": stage.version,
        "config": {key: _section(cfg, key) for key in stage.config},
        "upstream": {r: expected_hash(r, cfg) for r in stage.reads},
    }
    if stage.inputs is not None:
        fp["inputs"] = stage.inputs(cfg)
    return fp


def expected_hash(name: str, cfg: FlowConfig) -> str:
    """The manifest hash the artifact of ``name`` has when it is up to date for ``cfg``."""
    return fingerprint_hash(fingerprint(name, cfg))


def _changes(old: Any, new: Any, prefix: str = "") -> list[str]:
    """Dotted keys whose values differ between two fingerprints (for messages)."""
    if isinstance(old, dict) and isinstance(new, dict):
        out: list[str] = []
        for key in sorted(set(old) | set(new), key=str):
            out += _changes(old.get(key), new.get(key), f"{prefix}.{key}" if prefix else str(key))
        return out
    return [] if old == new else [prefix]


def _readable(key: str) -> str:
    for head in ("config.", "inputs."):
        if key.startswith(head):
            return key[len(head) :]
    if key.startswith("upstream."):
        return f"the {key[len('upstream.') :]} artifact"
    return key


@dataclass(frozen=True)
class _Stale:
    """Why the artifact of ``stage`` is not what the config needs: the settings that changed, or (``edited``)
    the files that are no longer as the stage wrote them."""

    stage: str
    manifest: Manifest
    reasons: list[str]
    edited: bool = False


def _stale_root(name: str, cfg: FlowConfig) -> _Stale | None:
    """The earliest artifact in the upstream closure of ``name`` (itself included) that is stale for ``cfg``
    — made from other settings, or changed after fpgaml wrote it — or None if ``name`` is up to date. A
    missing artifact raises :class:`ArtifactMissingError` saying what to run."""
    stage = get_stage(name)
    directory = stage_dir(name, cfg)
    manifest = read_manifest(directory, name, command=" ".join(stage.command))
    want = fingerprint(name, cfg)
    if manifest.hash == fingerprint_hash(want):
        edits = changed_files(directory, manifest)
        return _Stale(name, manifest, edits, edited=True) if edits else None
    for up in stage.reads:
        root = _stale_root(up, cfg)
        if root is not None:
            return root
    changed = [_readable(k) for k in _changes(manifest.fingerprint, want) if not k.startswith("upstream.")]
    return _Stale(name, manifest, changed or ["its inputs"])


def current_manifest(name: str, cfg: FlowConfig) -> Manifest | None:
    """The manifest of the artifact of ``name`` if it exists, was made for ``cfg`` and its files are as the
    stage wrote them; else None (for artifacts a stage reads only when they are current)."""
    try:
        manifest = read_manifest(stage_dir(name, cfg), name)
    except ArtifactMissingError:
        return None
    if manifest.hash != expected_hash(name, cfg) or changed_files(stage_dir(name, cfg), manifest):
        return None
    return manifest


def _edited_message(name: str, cfg: FlowConfig, edits: list[str]) -> str:
    again = remake_command(name)
    again += "" if again.endswith("--force") else " --force"
    where = f"the {name} artifact in {stage_dir(name, cfg)}"
    if edits[0].startswith("its manifest records no content hashes"):
        return f"{where} cannot vouch for its files ({edits[0]}). Make it again with `{again}`"
    return (
        f"{where} is not as fpgaml wrote it ({describe_changes(edits)}): what it vouched for no longer "
        f"holds. Make it again with `{again}` (or restore the files)"
    )


def remake_command(name: str) -> str:
    """The command (``CONFIG``: the user's config file) that makes the artifact of stage ``name`` again when
    it exists for another config: ``fpgaml run CONFIG --from NAME`` for a stage of the flow (it re-runs every
    later one too), the stage's own command with ``--force`` for one outside it (``fpgaml gpu export CONFIG
    --force``). Every suggestion fpgaml prints is a command its CLI accepts (``tests/test_commands.py``)."""
    stage = get_stage(name)
    if stage.in_flow:
        return f"fpgaml run CONFIG --from {name}"
    return f"fpgaml {' '.join(stage.command)} CONFIG --force"


def make_command(name: str) -> str:
    """The command that makes the missing artifact of stage ``name``: ``fpgaml <its words> CONFIG``."""
    return f"fpgaml {' '.join(get_stage(name).command)} CONFIG"


def check_upstream(stage: Stage, cfg: FlowConfig) -> None:
    """Every artifact ``stage`` reads exists and was made for this config; else say what to re-run, naming
    the earliest stale stage and the settings that changed there."""
    for up in stage.reads:
        root = _stale_root(up, cfg)
        if root is None:
            continue
        name, changed = root.stage, root.reasons
        via = "" if name == up else f" (through the {up} artifact)"
        if root.edited:
            raise StaleArtifactError(
                _edited_message(name, cfg, changed)
                + f"; {stage.name} depends on it{via} and will not read it"
            )
        raise StaleArtifactError(
            f"the {name} artifact in {stage_dir(name, cfg)} was made from a different config or input "
            f"(changed: {', '.join(changed[:6])}); {stage.name} depends on it{via} and will not read it. "
            + (
                f"Run `{remake_command(name)}` first (with --force where an artifact would be replaced)"
                if get_stage(name).in_flow
                else f"Run `{remake_command(name)}` first"
            )
        )


# ---- running -----------------------------------------------------------------------------------------------
@dataclass
class StageResult:
    """The outcome of running (or finding up to date) one stage; ``to_dict`` is the CLI's JSON."""

    stage: str
    status: str
    dir: Path
    summary: dict[str, Any] = field(default_factory=dict)
    failed_checks: list[str] = field(default_factory=list)
    seconds: float = 0.0
    error: str = ""
    at: str = field(default_factory=lambda: time.strftime("%Y-%m-%dT%H:%M:%S%z"))

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"stage": self.stage, "status": self.status, "dir": str(self.dir)}
        d.update(self.summary)
        if self.failed_checks:
            d["failed_checks"] = self.failed_checks
        if self.error:
            d["error"] = self.error
        d["seconds"] = self.seconds
        return d


def _raise_failed(result: StageResult) -> None:
    if result.failed_checks:
        raise CheckFailed(f"{result.stage}: " + "; ".join(result.failed_checks), result=result)


#: errors of the file system a user can act on: full, over quota, read-only, no permission, file too large
_DISK_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EACCES, errno.EPERM, errno.EFBIG})


def _disk_error(exc: OSError, stage: str, out: Path) -> DiskError:
    """``exc`` as a :class:`DiskError` naming the stage, the path it failed on (the artifact's final name,
    not its temporary directory; the artifact directory when the OS gives no file) and what to do."""
    path = str(exc.filename or out).replace(f".{out.name}.partial-{os.getpid()}", out.name)
    full = exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)
    return DiskError(
        f"stage {stage}: {exc.strerror or exc} while writing {path}; nothing half-written was kept (the "
        f"{stage} artifact {out} is as it was). {'Free space on' if full else 'Make writable'} that file "
        "system (or choose another paths.runs / paths.hls_projects) and run the stage again"
    )


def run_stage(name: str, cfg: FlowConfig, *, force: bool = False, replace: bool = False) -> StageResult:
    """Run one stage for ``cfg`` (see the module docstring); raises :class:`CheckFailed` on a failed check.

    ``force``: run it even when its artifact is up to date, replacing it. ``replace``: keep an up-to-date
    artifact, but replace one made from other settings (or edited after fpgaml wrote it) instead of refusing."""
    stage = get_stage(name)
    start = time.perf_counter()
    out = stage_dir(name, cfg)
    check_upstream(stage, cfg)
    fp = fingerprint(name, cfg)
    if not force:
        try:
            manifest = read_manifest(out, name)
        except ArtifactMissingError:
            manifest = None
        if manifest is not None and manifest.hash == fingerprint_hash(fp):
            edits = changed_files(out, manifest)
            if edits and not replace:  # "up to date" vouches for the files too: an edited artifact is not
                raise StaleArtifactError(_edited_message(name, cfg, edits))
            if not edits:
                result = StageResult(name, "up to date", out, manifest.summary, manifest.failed_checks)
                result.seconds = round(time.perf_counter() - start, 2)
                _raise_failed(result)
                return result
    force = force or replace
    ensure_replaceable(out, force, name)
    outcome = Outcome()
    try:
        with stage_output(out, stage=name, fingerprint=fp, force=force, outcome=outcome) as tmp:
            produced = stage.produce(StageContext(cfg, stage, force), tmp)
            outcome.summary, outcome.failed_checks = produced.summary, produced.failed_checks
            outcome.status = produced.status
    except OSError as exc:
        if isinstance(exc, FpgamlError) or exc.errno not in _DISK_ERRNOS:
            raise
        raise _disk_error(exc, name, out) from None
    result = StageResult(name, outcome.status, out, outcome.summary, outcome.failed_checks)
    result.seconds = round(time.perf_counter() - start, 2)
    _raise_failed(result)
    return result


# ---- one fpgaml at a time per run directory ----------------------------------------------------------------
def _is_lock_file(path: Path) -> bool:
    """fpgaml's ``.fpgaml.lock``: empty or the process id of the last fpgaml there (what :func:`run_lock`
    writes), nothing else: a user's file of that name is not truncated."""
    return (path.stat().st_size <= 32 and path.read_bytes().strip().isdigit()) or path.stat().st_size == 0


@contextlib.contextmanager
def run_lock(cfg: FlowConfig) -> Iterator[bool]:
    """Hold ``<run>/.fpgaml.lock`` (an fcntl lock, released by the OS when the process dies).

    Another fpgaml process on the same run directory gets :class:`RunLockedError` naming its pid. A run
    directory that cannot be written (read-only disk) is used without a lock — yields False — so that an
    up-to-date run can still be checked there; a stage that must write then fails with the OS's reason.
    """
    run_dir = Path(cfg.run_dir)
    path = run_dir / ".fpgaml.lock"
    ensure_own_file(
        path,
        _is_lock_file,
        "fpgaml's run lock (a process id)",
        "give this run another `name` (or paths.runs)",
    )
    try:
        run_dir.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError:
        if run_dir.is_dir():
            yield False
            return
        raise
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            other = os.pread(fd, 64, 0).decode(errors="replace").strip() or "?"
            raise RunLockedError(
                f"another fpgaml is running on {run_dir} (pid {other}); wait for it to finish, or give this "
                "run another `name` (or paths.runs)"
            ) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        yield True
    finally:
        os.close(fd)


__all__ = [
    "STAGES",
    "Outcome",
    "Stage",
    "StageContext",
    "StageResult",
    "all_stages",
    "check_upstream",
    "current_manifest",
    "expected_hash",
    "fingerprint",
    "flow_order",
    "get_stage",
    "run_lock",
    "run_stage",
    "select",
    "stage_dir",
]
