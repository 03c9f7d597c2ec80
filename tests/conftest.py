"""Shared fixtures and helpers. Tests never write into the repository: every run directory lives under tmp_path."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

os.environ.setdefault("FPGAML_NO_PROGRESS", "1")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")

FIXTURES = Path(__file__).resolve().parent / "fixtures"


@contextlib.contextmanager
def artifact(cfg: Any, stage: str, status: str = "done") -> Iterator[Path]:
    """Write the artifact of ``stage`` for ``cfg`` by hand (no training, no conversion): the block fills
    the yielded directory; the manifest carries the fingerprint the stage would have for ``cfg``, so later
    stages accept it as up to date."""
    from fpgaml.artifacts import Outcome, stage_output
    from fpgaml.stage import fingerprint

    with stage_output(
        cfg.stage_dir(stage), stage=stage, fingerprint=fingerprint(stage, cfg), outcome=Outcome(status=status)
    ) as d:
        yield d


def reseal(directory: Path) -> None:
    """Record the present content of an artifact in its manifest, as if its stage had written it. For tests
    that edit an artifact on purpose (a firmware one LSB off) to show that a later check fails: without this,
    the edit itself is refused (the artifact is not as fpgaml wrote it)."""
    from fpgaml.artifacts import MANIFEST, Manifest, hash_files, write_json

    directory = Path(directory)
    manifest = Manifest.model_validate_json((directory / MANIFEST).read_bytes())
    manifest.files = hash_files(directory)
    write_json(directory / MANIFEST, manifest.model_dump(mode="json"))
