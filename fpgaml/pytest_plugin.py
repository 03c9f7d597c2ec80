"""pytest plugin (registered through the ``pytest11`` entry point): firmware tests for your own projects.

Fixtures:

* ``fpgaml_csim(project_dir) -> CsimLibrary``: compile an hls4ml project's C-simulation into the test's
  temporary directory; ``lib.predict(x)`` runs a batch.
* ``fpgaml_golden(project_dir) -> GoldenResult``: compile and compare with ``<project>/golden`` vectors
  (written by :func:`fpgaml.testing.write_golden` or ``scripts/make_reference_projects.py``); fails the test
  when an output differs by more than the stored tolerance (0 LSB unless stated).

Both take complete hls4ml projects (as hls4ml writes them) and *slim* ones, which carry no copy of hls4ml's
``ap_types``/``nnet_utils`` (``fpgaml.csim.templates``): those are assembled from the installed hls4ml in the
test's temporary directory, and the test fails, with the reason, when that hls4ml is not the one the project
was generated with.

Example (``firmware_tests/test_my_tagger.py``)::

    def test_my_tagger(fpgaml_golden):
        fpgaml_golden("hls_projects/my_tagger")
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from fpgaml.csim import compile_project
from fpgaml.csim.templates import TemplateMismatchError
from fpgaml.errors import CheckFailed
from fpgaml.testing import assert_golden


@pytest.fixture
def fpgaml_csim(tmp_path: Path) -> Callable[..., Any]:

    def build(project_dir: str | Path, flags: str = "-O1") -> Any:
        try:
            return compile_project(Path(project_dir), tmp_path / "csim_build", flags)
        except TemplateMismatchError as exc:
            pytest.fail(str(exc), pytrace=False)

    return build


@pytest.fixture
def fpgaml_golden(tmp_path: Path) -> Callable[..., Any]:

    def check(project_dir: str | Path) -> Any:
        try:
            return assert_golden(Path(project_dir), tmp_path / "csim_build")
        except (CheckFailed, TemplateMismatchError) as exc:
            pytest.fail(str(exc), pytrace=False)

    return check
