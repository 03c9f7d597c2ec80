"""pytest plugin (registered through the ``pytest11`` entry point): firmware tests for your own projects.

Fixtures:

* ``fpgaml_csim(project_dir) -> CsimLibrary``: compile an hls4ml project's C-simulation into the test's
  temporary directory; ``lib.predict(x)`` runs a batch.
* ``fpgaml_golden(project_dir) -> GoldenResult``: compile and compare with ``<project>/golden`` vectors
  (written by :func:`fpgaml.testing.write_golden` or ``scripts/make_reference_projects.py``); fails the test
  when an output differs by more than the stored tolerance (0 LSB unless stated).

Example (``firmware_tests/test_my_tagger.py``)::

    def test_my_tagger(fpgaml_golden):
        fpgaml_golden("hls_projects/my_tagger")
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest


@pytest.fixture
def fpgaml_csim(tmp_path: Path) -> Callable[..., Any]:
    from fpgaml.csim import compile_project

    def build(project_dir: str | Path, flags: str = "-O1") -> Any:
        return compile_project(Path(project_dir), tmp_path / "csim_build", flags)

    return build


@pytest.fixture
def fpgaml_golden(tmp_path: Path) -> Callable[..., Any]:
    from fpgaml.errors import CheckFailed
    from fpgaml.testing import assert_golden

    def check(project_dir: str | Path) -> Any:
        try:
            return assert_golden(Path(project_dir), tmp_path / "csim_build")
        except CheckFailed as exc:
            pytest.fail(str(exc), pytrace=False)

    return check
