"""Reading the files a user hands fpgaml: regular files only, of bounded size, with a clean error.

Every file fpgaml reads on a user's behalf — the config, a ``--set`` value, the budget file, a sweep file, the
data source, a model and its weights — goes through :func:`check_regular` before a reader opens it, and text
files through :func:`read_text`. A path that is not a regular file (``/dev/zero``, a FIFO, a socket: a reader
would wait or read forever, holding the whole stream in memory) is refused before it is opened, and so is a
file larger than the limit of its kind (:data:`LIMITS`). Text is read with a bounded read (a file that grows
while it is read cannot exceed the limit). The error is the caller's class (``ConfigError`` for settings,
``DataError`` for data, ``ModelFileError`` for models), so the CLI prints one paragraph and exits 2.

:func:`load_yaml` parses YAML with PyYAML's safe loader (no ``!!python`` tags: they are refused, never run)
and turns every YAML error into that class, naming the file or the ``--set`` item and the line.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

import yaml

from fpgaml.errors import ConfigError, FpgamlError

_MiB = 1 << 20
#: The largest file of each kind fpgaml reads (bytes). A YAML config or budget is a few kB; an architecture
#: JSON a few MB; a CSV/ARFF jet table is parsed into Python rows (~20x its size in memory): 1 GiB of CSV is
#: already more than a convenient format holds (use .npz or HDF5, which are read as arrays: no limit of
#: their own beyond the disk).
LIMITS: dict[str, int] = {
    "yaml": 8 * _MiB,
    "json": 512 * _MiB,
    "table": 1024 * _MiB,
}


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a directory"
    if stat.S_ISCHR(mode):
        return "a character device (e.g. /dev/zero, /dev/urandom: an endless stream)"
    if stat.S_ISBLK(mode):
        return "a block device"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def _size(n: int) -> str:
    return f"{n / _MiB:,.0f} MiB" if n >= _MiB else f"{n:,} bytes"


def check_regular(
    path: str | Path,
    what: str,
    error: type[FpgamlError] = ConfigError,
    *,
    limit: int | None = None,
    allow_dir: bool = False,
) -> os.stat_result:
    """The ``os.stat`` of ``path`` (symbolic links followed) if it is a regular file (or, with ``allow_dir``,
    a directory) of at most ``limit`` bytes; else ``error`` naming ``what`` (e.g. ``"data.source"``), the
    path, what it is and what to do."""
    p = Path(path)
    try:
        st = os.stat(p)
    except FileNotFoundError:
        where = "" if p.is_absolute() else f" (relative to the current directory {Path.cwd()})"
        raise error(f"{what}: {p} does not exist{where}") from None
    except OSError as exc:
        raise error(f"{what}: cannot read {p} ({exc.strerror or exc})") from None
    if allow_dir and stat.S_ISDIR(st.st_mode):
        return st
    if not stat.S_ISREG(st.st_mode):
        link = f" (a link to {os.path.realpath(p)})" if p.is_symlink() else ""
        raise error(
            f"{what}: {p}{link} is {_kind(st.st_mode)}, not a regular file; fpgaml reads only regular files "
            "(a stream would be read forever): give the path of a file"
        )
    if limit is not None and st.st_size > limit:
        raise error(
            f"{what}: {p} is {_size(st.st_size)}, more than the {_size(limit)} fpgaml reads from a file of this "
            "kind; is it the file you meant?"
            + (" Store large tables as .npz or HDF5 (read as arrays)" if limit == LIMITS["table"] else "")
        )
    return st


def read_bytes(
    path: str | Path, what: str, error: type[FpgamlError] = ConfigError, *, limit: int = LIMITS["yaml"]
) -> bytes:
    """The bytes of the regular file ``path`` (at most ``limit``: a longer file is refused, also one that grew
    after :func:`check_regular` looked at it)."""
    check_regular(path, what, error, limit=limit)
    try:
        with open(path, "rb") as f:
            data = f.read(limit + 1)
    except OSError as exc:
        raise error(f"{what}: cannot read {path} ({exc.strerror or exc})") from None
    if len(data) > limit:
        raise error(f"{what}: {path} is more than the {_size(limit)} fpgaml reads from a file of this kind")
    return data


def read_text(
    path: str | Path, what: str, error: type[FpgamlError] = ConfigError, *, limit: int = LIMITS["yaml"]
) -> str:
    """The UTF-8 text of the regular file ``path`` (see :func:`read_bytes`)."""
    data = read_bytes(path, what, error, limit=limit)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise error(
            f"{what}: {path} is not UTF-8 text (byte {exc.start}: {data[exc.start : exc.start + 1]!r}); is it "
            "the file you meant?"
        ) from None


def load_yaml(
    text: str,
    origin: str,
    error: type[FpgamlError] = ConfigError,
    loader: type[yaml.SafeLoader] = yaml.SafeLoader,
) -> Any:
    """``text`` parsed as YAML by ``loader`` (a ``SafeLoader``: a ``!!python/...`` tag is refused, never run);
    any YAML error is ``error`` naming ``origin`` (a file, or a ``--set`` item) and where it is."""
    try:
        return yaml.load(text, Loader=loader)  # a SafeLoader (subclass): see the signature
    except FpgamlError:
        raise
    except yaml.constructor.ConstructorError as exc:
        tag = f" ({exc.problem})" if exc.problem else ""
        raise error(
            f"{origin} is not valid YAML for fpgaml{tag}{_mark(exc)}: fpgaml reads plain YAML (numbers, text, "
            "lists, mappings); tags such as !!python/... are refused, never run"
        ) from None
    except yaml.MarkedYAMLError as exc:
        what = ", ".join(x for x in (exc.context, exc.problem) if x) or type(exc).__name__
        raise error(f"{origin} is not valid YAML: {what}{_mark(exc)}") from None
    except (yaml.YAMLError, RecursionError) as exc:
        detail = str(exc).strip().replace("\n", " ")[:300] if str(exc).strip() else type(exc).__name__
        raise error(f"{origin} is not valid YAML: {detail}") from None


def _mark(exc: yaml.MarkedYAMLError) -> str:
    mark = exc.problem_mark or exc.context_mark
    return f" at line {mark.line + 1}, column {mark.column + 1}" if mark is not None else ""


__all__ = ["LIMITS", "check_regular", "load_yaml", "read_bytes", "read_text"]
