"""Errors raised by :mod:`fpgaml.data`.

:class:`DataError` is defined in :mod:`fpgaml.errors` (a :class:`~fpgaml.errors.FpgamlError`, so the CLI
prints it without a traceback and exits with code 2); it is re-exported here for existing imports.
"""

from __future__ import annotations

from fpgaml.errors import DataError

__all__ = ["DataError", "GeneratorError"]


class GeneratorError(DataError):
    """Building or running the Pythia jet generator failed (missing g++, bad sources, crashed worker)."""
