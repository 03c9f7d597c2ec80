"""Errors raised by :mod:`fpgaml.data`."""

from __future__ import annotations


class DataError(ValueError):
    """A data file is missing, corrupt, truncated or has the wrong schema, or a data request is invalid.

    The message always names the file (when there is one) and says what is wrong with it.
    """


class GeneratorError(DataError):
    """Building or running the Pythia jet generator failed (missing g++, bad sources, crashed worker)."""
