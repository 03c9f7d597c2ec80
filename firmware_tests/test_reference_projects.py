"""Golden-vector tests of the HLS projects shipped under hls_projects/reference/.

Each project is compiled with g++ (C-simulation, no vendor tools) and its outputs on the stored test jets
must equal the stored expected outputs: bit for bit (0 LSB) for networks whose firmware is exact, within the
tolerance stored beside the vectors (with its reason) for recurrent networks whose sigmoid/tanh are tables.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

REFERENCE = Path(__file__).resolve().parent.parent / "hls_projects" / "reference"
PROJECTS = sorted(p for p in REFERENCE.glob("*") if (p / "golden" / "golden.json").exists())


def test_reference_projects_exist() -> None:
    assert PROJECTS, f"no reference projects with golden vectors under {REFERENCE}"


@pytest.mark.parametrize("project", PROJECTS, ids=[p.name for p in PROJECTS])
def test_csim_matches_golden(project: Path, fpgaml_golden) -> None:
    result = fpgaml_golden(project)
    info = json.loads((project / "golden" / "golden.json").read_text())
    assert result.n_jets == info["n_jets"] > 0
    if info["tolerance_lsb"] == 0:
        assert result.n_different == 0
