"""Exceptions fpgaml raises on purpose. Each carries a message written for the trigger developer."""

from __future__ import annotations


class FpgamlError(Exception):
    """Base class: an error fpgaml recognised and explained. The CLI prints it without a traceback."""

    exit_code = 2


class ConfigError(FpgamlError, ValueError):
    """The YAML config or a stage config is invalid; the message names the key."""


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


class CheckFailed(FpgamlError):
    """A verification or budget check failed. The CLI exits with code 1."""

    exit_code = 1
