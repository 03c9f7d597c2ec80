"""Artifact directories: every stage writes one, atomically, with a manifest the next stage reads.

A stage writes into a hidden ``.<name>.partial-<pid>`` directory beside its final directory and renames it
into place only when everything (and ``manifest.json``, written last) is there. An interrupted run therefore
never leaves a directory that looks complete.

The manifest records a *fingerprint*: the stage's config section plus the hashes of the artifacts it read.
Re-running a stage whose directory holds a complete manifest with the same fingerprint does nothing
("up to date"); a directory with a different fingerprint is not overwritten unless ``force=True``.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from fpgaml.errors import ArtifactExistsError, ArtifactMissingError

MANIFEST = "manifest.json"


def fingerprint_hash(fingerprint: dict[str, Any]) -> str:
    blob = json.dumps(fingerprint, sort_keys=True, default=str).encode()
    return hashlib.sha256(blob).hexdigest()[:16]


def read_manifest(directory: Path, stage: str | None = None) -> dict[str, Any]:
    """The manifest of a complete artifact directory, or :class:`ArtifactMissingError` saying what to run."""
    path = Path(directory) / MANIFEST
    hint = f" (run `fpgaml {stage}` first)" if stage else ""
    if not path.is_file():
        raise ArtifactMissingError(f"no complete {stage or 'stage'} artifact in {directory}{hint}")
    try:
        manifest = json.loads(path.read_text())
    except json.JSONDecodeError as exc:
        raise ArtifactMissingError(f"{path} is corrupt ({exc}){hint}") from None
    if not manifest.get("complete"):
        raise ArtifactMissingError(f"{directory} is incomplete{hint}")
    return manifest


def is_up_to_date(directory: Path, fingerprint: dict[str, Any]) -> bool:
    try:
        manifest = read_manifest(directory)
    except ArtifactMissingError:
        return False
    return manifest.get("hash") == fingerprint_hash(fingerprint)


def write_json(path: Path, obj: Any) -> None:
    """Write JSON through a temporary file and an atomic rename."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    tmp.write_text(json.dumps(obj, indent=2, sort_keys=False, default=_json_default) + "\n")
    os.replace(tmp, path)


def _json_default(obj: Any) -> Any:
    import numpy as np

    if isinstance(obj, np.generic):
        return obj.item()
    if isinstance(obj, np.ndarray):
        return obj.tolist()
    if isinstance(obj, Path):
        return str(obj)
    raise TypeError(f"not JSON serialisable: {type(obj).__name__}")


def ensure_replaceable(final_dir: Path, force: bool) -> None:
    """Raise :class:`ArtifactExistsError` if ``final_dir`` exists and ``force`` is false.

    Stages call it right after their up-to-date check, before the work, so that a run is refused at once
    rather than after minutes of training; :func:`stage_output` checks again when it writes.
    """
    if Path(final_dir).exists() and not force:
        raise ArtifactExistsError(
            f"{final_dir} already exists and was made from a different config or input; "
            f"pass --force (force=True) to replace it, or choose another name/output directory"
        )


@contextlib.contextmanager
def stage_output(
    final_dir: Path,
    *,
    stage: str,
    fingerprint: dict[str, Any],
    force: bool = False,
    summary: dict[str, Any] | None = None,
) -> Iterator[Path]:
    """Yield a fresh partial directory; on success, write the manifest and move it to ``final_dir``.

    ``summary`` (a dict the caller may fill inside the block) is stored in the manifest.
    Raises :class:`ArtifactExistsError` if ``final_dir`` exists and ``force`` is false.
    """
    final_dir = Path(final_dir)
    ensure_replaceable(final_dir, force)
    final_dir.parent.mkdir(parents=True, exist_ok=True)
    partial = final_dir.parent / f".{final_dir.name}.partial-{os.getpid()}"
    if partial.exists():
        shutil.rmtree(partial)
    partial.mkdir()
    start = time.time()
    try:
        yield partial
        _replace_paths_in_text_files(partial, str(partial.resolve()), str(final_dir.resolve()))
        manifest = {
            "stage": stage,
            "complete": True,
            "hash": fingerprint_hash(fingerprint),
            "fingerprint": fingerprint,
            "created": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            "seconds": round(time.time() - start, 3),
            "fpgaml_version": _version(),
            "summary": summary or {},
        }
        write_json(partial / MANIFEST, manifest)
        if final_dir.exists():
            trash = final_dir.parent / f".{final_dir.name}.old-{os.getpid()}"
            os.replace(final_dir, trash)
            os.replace(partial, final_dir)
            shutil.rmtree(trash, ignore_errors=True)
        else:
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
    from fpgaml import __version__

    return __version__
