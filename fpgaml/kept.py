"""What a process keeps of the files it read: a file's identity, and a small map of the last things built from
files (the jet tables of :func:`fpgaml.data.load_jets`, the networks of :func:`fpgaml.records.load_models`).

A run's stages, a sweep's points and a test suite read the same few files many times; decoding them again is
most of a small stage's time. What is kept is found again only by the identity of the file it was read from,
so a file written since is read again.
"""

from __future__ import annotations

import stat
import threading
from collections import OrderedDict
from collections.abc import Hashable
from pathlib import Path
from typing import Any, Generic, TypeVar

V = TypeVar("V")


def file_identity(path: Path) -> tuple[Any, ...] | None:
    """``(resolved path, device, inode, size, mtime, ctime)`` of a regular file, None for anything else (missing,
    a directory: the reader says what is wrong). Any write changes it: a write moves the ctime, which no user
    can set back (``cp -p`` and ``touch -d`` put back the mtime)."""
    try:
        st = path.stat()
    except OSError:
        return None
    if not stat.S_ISREG(st.st_mode):
        return None
    return (str(path.resolve()), st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)


class Kept(Generic[V]):
    """The last ``size`` values put, by key; the least recently used goes first. Safe from threads (a sweep's
    worker may run points in threads): a value is looked up and moved under one lock."""

    def __init__(self, size: int) -> None:
        self._size = size
        self._items: OrderedDict[Hashable, V] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable) -> V | None:
        with self._lock:
            value = self._items.get(key)
            if value is not None:
                self._items.move_to_end(key)
            return value

    def put(self, key: Hashable, value: V) -> V:
        with self._lock:
            self._items[key] = value
            self._items.move_to_end(key)
            while len(self._items) > self._size:
                self._items.popitem(last=False)
        return value
