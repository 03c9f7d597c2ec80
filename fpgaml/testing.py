"""Golden-vector firmware tests: store inputs + expected outputs beside an HLS project, check C-sim later.

A golden directory ``<project>/golden/`` holds ``inputs.npy`` (on the firmware's input grid),
``expected.npy`` (outputs the firmware must reproduce) and ``golden.json`` (what they are, the output LSB and
the allowed tolerance in LSBs — 0 unless the firmware uses lookup tables that the reference does not model).
Use :func:`write_golden` to create one and :func:`assert_golden` (or the pytest fixture ``fpgaml_golden``)
to check a project in CI.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from fpgaml.artifacts import write_json
from fpgaml.csim import compile_project
from fpgaml.errors import CheckFailed, FpgamlError

GOLDEN = "golden"


@dataclass
class GoldenResult:
    project_dir: Path
    n_jets: int
    n_outputs: int
    n_different: int
    max_error_lsb: float
    tolerance_lsb: float
    compile_seconds: float

    @property
    def passed(self) -> bool:
        return self.max_error_lsb <= self.tolerance_lsb


def write_golden(
    project_dir: Path,
    inputs: np.ndarray,
    expected: np.ndarray,
    *,
    lsb: float,
    reference: str,
    tolerance_lsb: float = 0.0,
    note: str = "",
) -> Path:
    """Store golden vectors in ``<project_dir>/golden``."""
    d = Path(project_dir) / GOLDEN
    d.mkdir(parents=True, exist_ok=True)
    np.save(d / "inputs.npy", np.asarray(inputs, dtype=np.float64))
    np.save(d / "expected.npy", np.asarray(expected, dtype=np.float64).reshape(len(expected), -1))
    write_json(
        d / "golden.json",
        {
            "n_jets": len(inputs),
            "lsb": lsb,
            "reference": reference,
            "tolerance_lsb": tolerance_lsb,
            "note": note,
        },
    )
    return d


def read_golden(project_dir: Path) -> tuple[np.ndarray, np.ndarray, dict[str, Any]]:
    d = Path(project_dir) / GOLDEN
    try:
        info = json.loads((d / "golden.json").read_text())
        return np.load(d / "inputs.npy"), np.load(d / "expected.npy"), info
    except (OSError, ValueError) as exc:
        raise FpgamlError(f"{d}: no readable golden vectors ({exc})") from None


def check_golden(project_dir: Path, build_dir: Path | None = None, flags: str = "-O1") -> GoldenResult:
    """Compile the project's C-simulation and compare it with its golden vectors.

    The project may be complete or slim (its hls4ml templates taken from the installed hls4ml, see
    :mod:`fpgaml.csim.templates`); ``build_dir`` as in :func:`fpgaml.csim.compile_project`.
    """

    x, expected, info = read_golden(project_dir)
    lib = compile_project(project_dir, build_dir, flags)
    got = np.asarray(lib.predict(x)).reshape(len(x), -1)
    if got.shape != expected.shape:
        raise FpgamlError(f"{project_dir}: firmware gives outputs {got.shape}, golden has {expected.shape}")
    err = np.abs(got - expected) / info["lsb"]
    return GoldenResult(
        project_dir=Path(project_dir),
        n_jets=len(x),
        n_outputs=int(expected.size),
        n_different=int((got != expected).sum()),
        max_error_lsb=float(err.max()),
        tolerance_lsb=float(info.get("tolerance_lsb", 0.0)),
        compile_seconds=lib.compile_seconds,
    )


def assert_golden(project_dir: Path, build_dir: Path | None = None) -> GoldenResult:
    """:func:`check_golden`, raising :class:`CheckFailed` with the numbers when the firmware disagrees."""
    r = check_golden(project_dir, build_dir)
    if not r.passed:
        raise CheckFailed(
            f"{project_dir}: {r.n_different}/{r.n_outputs} C-sim outputs differ from the golden vectors, "
            f"max error {r.max_error_lsb:g} LSB (allowed {r.tolerance_lsb:g})"
        )
    return r
