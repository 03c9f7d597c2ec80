"""The hls4ml backend registry: one entry per backend, read by config, templates, reports and synthesis."""

from __future__ import annotations

from pathlib import Path

import pytest

from fpgaml.backends import BACKENDS, SYNTH_ONLY, get_backend
from fpgaml.config import from_dict
from fpgaml.errors import ConfigError


def test_backends_are_looked_up_case_insensitively_and_unknown_ones_listed():
    assert BACKENDS.names() == ["Vitis", "Vivado"]
    assert get_backend("vitis").name == "Vitis"
    with pytest.raises(ConfigError, match="available: Vitis, Vivado"):
        get_backend("Quartus")
    assert from_dict({"convert": {"backend": "vivado"}}).convert.backend == "Vivado"


def test_vitis_synthesis_reads_its_options_from_build_opt_tcl(tmp_path: Path):
    """hls4ml's Vitis build_prj.tcl sources build_opt.tcl and ignores its arguments: synthesis only means
    csim, cosim and validation off in that file (as hls4ml's VitisBackend.build writes it)."""
    vitis = get_backend("Vitis")
    assert vitis.synth_command("vitis-run", tmp_path) == [
        "vitis-run",
        "--tcl",
        "build_prj.tcl",
        "--mode",
        "hls",
    ]
    text = (tmp_path / "build_opt.tcl").read_text()
    opts = dict(line.split() for line in text.splitlines()[1:-1])
    assert opts == {k: str(v) for k, v in SYNTH_ONLY.items()}
    assert opts["csim"] == "0" and opts["synth"] == "1" and opts["cosim"] == "0"
    assert vitis.synth_command("vitis_hls", tmp_path)[:3] == ["vitis_hls", "-f", "build_prj.tcl"]


def test_vivado_synthesis_takes_its_options_as_arguments(tmp_path: Path):
    cmd = get_backend("Vivado").synth_command("vivado_hls", tmp_path)
    assert cmd[:3] == ["vivado_hls", "-f", "build_prj.tcl"] and "csim=0 synth=1 cosim=0" in cmd[3]
    assert not (tmp_path / "build_opt.tcl").exists()
