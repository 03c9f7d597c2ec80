"""Artifact directories: every stage writes one, atomically, with a manifest the next stage reads.

A stage writes into a hidden ``.<name>.partial-<pid>`` directory beside its final directory and renames it
into place only when everything (and ``manifest.json``, written last) is there. An interrupted run therefore
never leaves a directory that looks complete; the next run of that stage removes what a killed run left
(:func:`remove_stale`).

The manifest (:class:`Manifest`) records a *fingerprint*: the stage's config sections plus the hashes its
upstream artifacts must have (see :mod:`fpgaml.stage`). Re-running a stage whose directory holds a manifest
with the same fingerprint does nothing ("up to date"); a directory with a different fingerprint is replaced
only with ``force=True`` — and only if fpgaml made it: a directory without a manifest of the same stage (a
user's folder given as ``convert.project_dir``, a home directory) is never deleted (:func:`ensure_replaceable`).

One helper writes every file fpgaml replaces: :func:`atomic_path` (a temporary sibling renamed into place).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shutil
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

import numpy as np
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from fpgaml import __version__
from fpgaml.errors import ArtifactExistsError, ArtifactMissingError

MANIFEST = "manifest.json"
_TEMP = re.compile(r"^\.(?P<name>.+)\.(?:partial|old|tmp)-(?P<pid>\d+)$")


class Manifest(BaseModel):
    """``manifest.json`` of a complete artifact directory: what made it, from what, and what it found."""

    model_config = ConfigDict(extra="ignore")

    stage: str
    complete: bool
    hash: str
    fingerprint: dict[str, Any] = Field(default_factory=dict)
    created: str = ""
    seconds: float = 0.0
    fpgaml_version: str = ""
    status: str = "done"
    failed_checks: list[str] = Field(default_factory=list)
    summary: dict[str, Any] = Field(default_factory=dict)
    #: sha256 of every file the stage wrote (path relative to the directory, POSIX): what "up to date"
    #: vouches for (:func:`changed_files`). None in manifests of fpgaml versions that did not record it.
    files: dict[str, str] | None = None


@dataclass
class Outcome:
    """What a stage produced: the summary (printed, stored in the manifest) and the checks that failed.

    ``status`` is "done", or "skipped" when the stage wrote an artifact that says why it could not do its
    work for this network (e.g. no RTL path for a recurrent layer); later stages read that reason.
    """

    summary: dict[str, Any] = field(default_factory=dict)
    failed_checks: list[str] = field(default_factory=list)
    status: str = "done"


#: ``(stage, cfg) -> (artifact directory, the CLI words that make it)``: set by :mod:`fpgaml.stage`, which knows
#: the stages (this module sits below it and does not import it)
_locate: Callable[[str, Any], tuple[Path, str]] | None = None
#: ``stage -> the CLI words that make its artifact`` (e.g. ``gpu export``): set with the locator
_command_of: Callable[[str], str] | None = None


def set_locator(
    locate: Callable[[str, Any], tuple[Path, str]], command_of: Callable[[str], str] | None = None
) -> None:
    """Tell :meth:`Record.of` where a stage's artifact lives, and :meth:`Record.load` the command that makes it
    (called once, by :mod:`fpgaml.stage`)."""
    global _locate, _command_of
    _locate = locate
    _command_of = command_of


class Record(BaseModel):
    """A typed JSON file inside an artifact directory, with :meth:`save` and :meth:`load`.

    Subclasses set ``FILE`` (the file name) and ``STAGE`` (the stage whose directory holds it); each fact a
    later stage needs is a field of exactly one record.
    """

    model_config = ConfigDict(extra="ignore")

    FILE: ClassVar[str] = ""
    STAGE: ClassVar[str] = ""

    def save(self, directory: Path) -> Path:
        path = Path(directory) / self.FILE
        write_json(path, self.model_dump(mode="json"))
        return path

    @classmethod
    def of(cls, cfg: Any) -> Any:
        """The record in the complete artifact of ``cls.STAGE`` for the flow config ``cfg``."""

        if _locate is None:
            raise ArtifactMissingError(
                f"no stage registry to find the {cls.STAGE} artifact (import fpgaml.stage)"
            )
        directory, command = _locate(cls.STAGE, cfg)
        read_manifest(directory, cls.STAGE, command=command)
        return cls.load(directory)

    @classmethod
    def load(cls, directory: Path) -> Any:
        path = Path(directory) / cls.FILE
        again = f"fpgaml {_command_of(cls.STAGE) if _command_of else cls.STAGE} CONFIG --force"
        try:
            return cls.model_validate_json(path.read_bytes())
        except FileNotFoundError:
            raise ArtifactMissingError(
                f"{path} is missing from the {cls.STAGE} artifact (run `{again}`)"
            ) from None
        except ValidationError as exc:
            raise ArtifactMissingError(
                f"{path} is not a valid {cls.__name__} ({exc.error_count()} problem(s), first: "
                f"{exc.errors()[0]['msg']}); re-run `{again}`"
            ) from None


def fingerprint_hash(fingerprint: dict[str, Any]) -> str:
    blob = json.dumps(fingerprint, sort_keys=True, default=str).encode()
    return hashlib.sha256(blob).hexdigest()[:16]


def read_manifest(directory: Path, stage: str | None = None, command: str | None = None) -> Manifest:
    """The manifest of a complete artifact directory, or :class:`ArtifactMissingError` saying what to run
    (``command``: the CLI words of the stage, default its name)."""
    path = Path(directory) / MANIFEST
    hint = f" (run `fpgaml {command or stage} CONFIG` first)" if stage else ""
    if not path.is_file():
        raise ArtifactMissingError(f"no complete {stage or 'stage'} artifact in {directory}{hint}")
    try:
        manifest = Manifest.model_validate_json(path.read_bytes())
    except (ValidationError, ValueError) as exc:
        raise ArtifactMissingError(f"{path} is corrupt ({str(exc).splitlines()[0]}){hint}") from None
    if not manifest.complete:
        raise ArtifactMissingError(f"{directory} is incomplete{hint}")
    if stage is not None and manifest.stage != stage:
        raise ArtifactMissingError(f"{directory} holds a {manifest.stage!r} artifact, not {stage!r}{hint}")
    return manifest


def is_up_to_date(directory: Path, fingerprint: dict[str, Any]) -> bool:
    try:
        manifest = read_manifest(directory)
    except ArtifactMissingError:
        return False
    return manifest.hash == fingerprint_hash(fingerprint)


# ---- content ------------------------------------------------------------------------------------------------
#: (device, inode, size, mtime, ctime) -> sha256: a file is hashed once per process while it is unchanged
#: (any write changes its ctime, which no user can set back), also after its directory was renamed
_HASHES: dict[tuple[int, int, int, int, int], str] = {}


def file_sha256(path: Path) -> str:
    """sha256 of a file's bytes (remembered in this process while the file is unchanged)."""
    st = os.stat(path)
    key = (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)
    digest = _HASHES.get(key)
    if digest is None:
        h = hashlib.sha256()
        with open(path, "rb") as f:
            for block in iter(lambda: f.read(1 << 20), b""):
                h.update(block)
        digest = _HASHES[key] = h.hexdigest()
    return digest


def hash_files(directory: Path) -> dict[str, str]:
    """sha256 of every regular file under ``directory`` except its manifest (relative POSIX paths, sorted)."""
    directory = Path(directory)
    out = {}
    for path in sorted(directory.rglob("*")):
        if path.is_file() and not path.is_symlink() and path != directory / MANIFEST:
            out[path.relative_to(directory).as_posix()] = file_sha256(path)
    return out


def changed_files(directory: Path, manifest: Manifest) -> list[str]:
    """What is no longer as the stage wrote it in the artifact ``directory``: each file of the manifest that
    was changed or removed (files added later, such as a vendor tool's reports, are not the stage's). A
    manifest without file hashes (an older fpgaml) cannot vouch for its content: that is one problem too."""
    if manifest.files is None:
        return ["its manifest records no content hashes (written by an older fpgaml)"]
    out = []
    for rel, digest in manifest.files.items():
        path = Path(directory) / rel
        try:
            if file_sha256(path) != digest:
                out.append(f"{rel} was changed")
        except FileNotFoundError:
            out.append(f"{rel} was removed")
        except OSError as exc:
            out.append(f"{rel} cannot be read ({exc.strerror or exc})")
    return out


def describe_changes(changes: list[str], n: int = 4) -> str:
    more = f" and {len(changes) - n} more" if len(changes) > n else ""
    return ", ".join(changes[:n]) + more


# ---- files -------------------------------------------------------------------------------------------------
@contextlib.contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """Yield a temporary sibling of ``path``; on success it replaces ``path`` in one rename, else it is removed.

    The temporary name (``.<name>.tmp-<pid>``) is one :func:`remove_stale` recognises after a kill.
    """
    path = Path(path)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        yield tmp
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def write_json(path: Path, obj: Any) -> None:
    """Write JSON through a temporary file and an atomic rename."""
    with atomic_path(Path(path)) as tmp:
        tmp.write_text(json.dumps(obj, indent=2, sort_keys=False, default=_json_default) + "\n")


def _json_default(obj: Any) -> Any:

    if isinstance(obj, np.generic):
        return obj.item()
    if isinstance(obj, np.ndarray):
        return obj.tolist()
    if isinstance(obj, Path):
        return str(obj)
    if isinstance(obj, BaseModel):
        return obj.model_dump(mode="json")
    raise TypeError(f"not JSON serialisable: {type(obj).__name__}")


# ---- replacing directories safely --------------------------------------------------------------------------
def _listing(directory: Path, n: int = 6) -> str:
    try:
        names = sorted(p.name + ("/" if p.is_dir() else "") for p in directory.iterdir())
    except OSError as exc:
        return f"unreadable: {exc.strerror}"
    more = f", ... ({len(names)} entries)" if len(names) > n else ""
    return ", ".join(names[:n]) + more


def ensure_replaceable(final_dir: Path, force: bool, stage: str | None = None) -> None:
    """Refuse to replace ``final_dir`` unless it is absent, empty, or fpgaml's own artifact of ``stage``.

    * absent or an empty directory: fine;
    * a complete artifact of the same stage: replaced only with ``force`` (:class:`ArtifactExistsError`
      naming ``--force`` otherwise);
    * anything else (no manifest, a manifest of another stage, a file): NEVER replaced, with or without
      ``force`` — fpgaml deletes only what it made. The error lists what is there.
    """
    final_dir = Path(final_dir)
    if not final_dir.exists() and not final_dir.is_symlink():
        return
    if not final_dir.is_dir():
        raise ArtifactExistsError(
            f"{final_dir} exists and is not a directory; fpgaml will not replace it. Choose another "
            "output path (paths.runs, paths.hls_projects, convert.project_dir) or move it away"
        )
    try:
        empty = not any(final_dir.iterdir())
    except OSError as exc:
        raise ArtifactExistsError(f"{final_dir} exists and cannot be read ({exc.strerror})") from None
    if empty:
        return
    what = f"a {stage} artifact" if stage else "an artifact"
    try:
        manifest = read_manifest(final_dir)
    except ArtifactMissingError:
        raise ArtifactExistsError(
            f"{final_dir} exists and was not made by fpgaml (no {MANIFEST}; it holds: {_listing(final_dir)}). "
            f"fpgaml never deletes a directory it did not make, not even with --force: choose another output "
            f"path for {what} (e.g. convert.project_dir, paths.runs, paths.hls_projects, or `name`) or move "
            "that directory away yourself"
        ) from None
    if stage is not None and manifest.stage != stage:
        raise ArtifactExistsError(
            f"{final_dir} holds fpgaml's {manifest.stage!r} artifact, not {what}; fpgaml will not replace "
            "it, not even with --force: choose another output path"
        )
    if not force:
        raise ArtifactExistsError(
            f"{final_dir} already exists and was made from a different config or input; "
            f"pass --force (force=True) to replace it, or choose another name/output directory"
        )


def ensure_own_file(path: Path, ours: Callable[[Path], bool], what: str, choose: str) -> None:
    """Refuse (:class:`ArtifactExistsError`) unless ``path`` is absent or a regular file ``ours`` recognises as
    the one fpgaml writes there (``what``); ``choose`` says what to change instead. For the files fpgaml
    writes outside a stage's directory (``flow.json``, the run lock, a sweep's results, a picked config):
    fpgaml never replaces a file it did not make, not even with ``--force``."""
    path = Path(path)
    if not path.exists() and not path.is_symlink():
        return
    try:
        mine = path.is_file() and not path.is_symlink() and ours(path)
    except (OSError, ValueError):
        mine = False
    if not mine:
        kind = "a directory" if path.is_dir() else "a symbolic link" if path.is_symlink() else "a file"
        raise ArtifactExistsError(
            f"{path} exists and is {kind} fpgaml did not write (not {what}); fpgaml never replaces what it did "
            f"not make, not even with --force: {choose}, or move it away yourself"
        )


def json_with_keys(*keys: str) -> Callable[[Path], bool]:
    """A recogniser for :func:`ensure_own_file`: a (small) JSON object holding every key in ``keys``."""

    def ours(path: Path) -> bool:
        if path.stat().st_size > 256 << 20:
            return False
        obj = json.loads(path.read_bytes())
        return isinstance(obj, dict) and all(k in obj for k in keys)

    return ours


def _pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return False  # our own leftovers from an earlier, failed attempt in this process
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_stale(final_dir: Path) -> list[Path]:
    """Remove what killed runs left beside ``final_dir`` (``.<name>.partial-<pid>``, ``.old-``, ``.tmp-``).

    Only entries whose process is gone are removed; returns them.
    """
    final_dir = Path(final_dir)
    removed: list[Path] = []
    parent = final_dir.parent
    if not parent.is_dir():
        return removed
    for entry in parent.glob(f".{final_dir.name}.*-*"):
        m = _TEMP.match(entry.name)
        if not m or m.group("name") != final_dir.name or _pid_alive(int(m.group("pid"))):
            continue
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            with contextlib.suppress(OSError):
                entry.unlink()
        removed.append(entry)
    return removed


def _state(final_dir: Path) -> str | None:
    """What is at ``final_dir`` now: None (nothing), the manifest hash, or a marker for anything else."""
    if not final_dir.exists():
        return None
    try:
        return read_manifest(final_dir).hash + f"@{(final_dir / MANIFEST).stat().st_mtime_ns}"
    except (ArtifactMissingError, OSError):
        return f"other@{final_dir.stat().st_mtime_ns}"


@contextlib.contextmanager
def stage_output(
    final_dir: Path,
    *,
    stage: str,
    fingerprint: dict[str, Any],
    force: bool = False,
    outcome: Outcome | None = None,
) -> Iterator[Path]:
    """Yield a fresh partial directory; on success, write the manifest and move it to ``final_dir``.

    ``outcome`` (the caller may fill it inside the block) is stored in the manifest. Raises :class:`ArtifactExistsError` if ``final_dir`` may not be replaced
    (:func:`ensure_replaceable`) — checked before the work and again right before the rename, which also
    refuses when the directory changed meanwhile (another process wrote it).
    """
    final_dir = Path(final_dir)
    ensure_replaceable(final_dir, force, stage)
    before = _state(final_dir)
    final_dir.parent.mkdir(parents=True, exist_ok=True)
    remove_stale(final_dir)
    partial = final_dir.parent / f".{final_dir.name}.partial-{os.getpid()}"
    partial.mkdir()
    start = time.time()
    outcome = outcome if outcome is not None else Outcome()
    try:
        yield partial
        _replace_paths_in_text_files(partial, str(partial.resolve()), str(final_dir.resolve()))
        manifest = Manifest(
            stage=stage,
            complete=True,
            hash=fingerprint_hash(fingerprint),
            fingerprint=fingerprint,
            created=time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            seconds=round(time.time() - start, 3),
            fpgaml_version=_version(),
            status=outcome.status,
            failed_checks=list(outcome.failed_checks),
            summary=json.loads(json.dumps(outcome.summary, default=_json_default)),
            files=hash_files(partial),
        )
        write_json(partial / MANIFEST, manifest.model_dump(mode="json"))
        if _state(final_dir) != before:
            raise ArtifactExistsError(
                f"{final_dir} changed while this run was working (another fpgaml process, or a user?); "
                "nothing was replaced. Run again once the other run has finished"
            )
        ensure_replaceable(final_dir, force, stage)
        if final_dir.exists() and any(final_dir.iterdir()):
            trash = final_dir.parent / f".{final_dir.name}.old-{os.getpid()}"
            os.replace(final_dir, trash)
            os.replace(partial, final_dir)
            shutil.rmtree(trash, ignore_errors=True)
        else:
            if final_dir.exists():
                final_dir.rmdir()
            os.replace(partial, final_dir)
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise


def _replace_paths_in_text_files(root: Path, old: str, new: str) -> None:
    """Generated projects (hls4ml's yml, tcl scripts) record their output path: repoint it."""
    if old == new:
        return
    for path in root.rglob("*"):
        if path.is_file() and path.suffix in {".yml", ".yaml", ".tcl", ".json", ".sh", ".txt"}:
            try:
                text = path.read_text()
            except (UnicodeDecodeError, OSError):
                continue
            if old in text:
                path.write_text(text.replace(old, new))


def _version() -> str:

    return __version__
