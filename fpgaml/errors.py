"""Exceptions fpgaml raises on purpose. Each carries a message written for the trigger developer."""

from __future__ import annotations

from typing import Any


class FpgamlError(Exception):
    """Base class: an error fpgaml recognised and explained. The CLI prints it without a traceback."""

    exit_code = 2


class ConfigError(FpgamlError, ValueError):
    """The YAML config or a stage config is invalid; the message names the key."""


class DataError(FpgamlError, ValueError):
    """A jet file is missing, corrupt, truncated or has the wrong schema, or a data request cannot be met.

    The message names the file (when there is one), the row (jet) and column where it matters, and what to
    do about it. Also importable as ``fpgaml.data.DataError`` / ``fpgaml.data.errors.DataError``.
    """


class InputError(FpgamlError, ValueError):
    """Input arrays are unusable: NaN/Inf, wrong shape, wrong dtype."""


class UnsupportedModelError(FpgamlError, ValueError):
    """The model has a layer or feature fpgaml/hls4ml cannot turn into correct firmware."""


class UntrustedModelError(FpgamlError):
    """The model file contains code (Lambda or custom layers) and the user did not opt in to running it."""


class ModelFileError(FpgamlError, ValueError):
    """A model file fpgaml cannot read: another framework's format (Keras 3, HGQ, PyTorch, ONNX), weights
    without an architecture, or a damaged file. The message says what the file is and what to do."""


class ToolMissingError(FpgamlError):
    """An external tool (g++, Verilator, Yosys, Vitis HLS) is not installed."""


class ArtifactExistsError(FpgamlError):
    """An output directory exists and differs from what would be written; pass force=True / --force."""


class ArtifactMissingError(FpgamlError):
    """A stage needs the artifact of an earlier stage that has not been produced (or is incomplete)."""


class StaleArtifactError(ArtifactMissingError):
    """The artifact of an earlier stage exists but was made from another config or input."""


class DiskError(FpgamlError, OSError):
    """The file system refused a write (full, read-only, over quota, no permission); the message names the
    stage and the path, and says that nothing half-written was kept."""


class RunLockedError(FpgamlError):
    """Another fpgaml process is working on the same run directory."""


class CheckFailed(FpgamlError):
    """A verification or budget check failed. The CLI exits with code 1.

    ``result`` is the stage's result (its artifact was written and can be opened), where there is one.
    """

    exit_code = 1

    def __init__(self, message: str, result: Any = None) -> None:
        super().__init__(message)
        self.result = result


class KeyedValueError(ValueError):
    """Raised inside a config validator to name the key at fault below the validated section.

    pydantic keeps the exception in the error it reports; :mod:`fpgaml.config` appends ``key`` to the
    location, so a check on the whole ``model`` section can still say ``model.weight_integer: ...``. Never
    reaches the user as itself: config errors surface as :class:`ConfigError`.
    """

    def __init__(self, key: str, message: str) -> None:
        super().__init__(message)
        self.key = key
