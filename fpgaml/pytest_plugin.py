"""pytest plugin (registered through the ``pytest11`` entry point): firmware tests for your own projects.

Its fixtures, ``fpgaml_csim`` and ``fpgaml_golden``, are in :mod:`fpgaml.pytest_fixtures`. This module only
registers that one when the test session starts: pytest imports entry-point plugins before coverage
measurement begins (pytest-cov starts it at the session start on a pytest-xdist worker), so fpgaml modules
imported here would count as never run: with the fixtures' imports here, 37 modules (the IR, the C-sim,
errors) lost their import-time lines and the suite's coverage read 82 %.
"""

from __future__ import annotations

import pytest


@pytest.hookimpl(trylast=True)  # after pytest-cov's, which starts a worker's measurement
def pytest_sessionstart(session: pytest.Session) -> None:
    session.config.pluginmanager.import_plugin("fpgaml.pytest_fixtures")
