"""Golden-vector tests of the HLS projects shipped under hls_projects/reference/.

Each project is compiled with g++ (C-simulation, no vendor tools) and its outputs on the stored test jets
must equal the stored expected outputs: bit for bit (0 LSB) for networks whose firmware is exact, within the
tolerance stored beside the vectors (with its reason) for recurrent networks whose sigmoid/tanh are tables.

The projects are slim: they carry what hls4ml generated for the model, not hls4ml's ap_types/nnet_utils
templates, which come from the installed hls4ml after a check that it is the one they were made with
(``hls4ml_templates.json``, see fpgaml.csim.templates).
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import numpy as np
import pytest

from fpgaml.csim import templates

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


@pytest.mark.parametrize("project", PROJECTS, ids=[p.name for p in PROJECTS])
def test_reference_projects_are_slim(project: Path) -> None:
    """No template copies; the nnet_utils files kept are the one hls4ml generated for the model and, for a
    network with the input scaling in the firmware, fpgaml's own header of that layer."""
    assert templates.is_slim(project)
    kept = ["firmware/nnet_utils/nnet_code_gen.h"]
    if (
        '#include "nnet_utils/nnet_fpgaml_input_scale.h"'
        in (project / "firmware" / "parameters.h").read_text()
    ):
        kept.append("firmware/nnet_utils/nnet_fpgaml_input_scale.h")
    assert (
        sorted(p.relative_to(project).as_posix() for p in (project / "firmware" / "nnet_utils").rglob("*"))
        == kept
    )
    record = templates.read_record(project)
    assert record["kept"] == kept
    assert (
        record["regenerate"]
        == f"python scripts/make_reference_projects.py configs/{project.name}.yaml --force"
    )
    assert record["backend"] == json.loads((project / "fpgaml.json").read_text())["backend"]
    assert record["hls4ml_version"] == json.loads((project / "fpgaml.json").read_text())["hls4ml_version"]


@pytest.mark.parametrize("project", PROJECTS, ids=[p.name for p in PROJECTS])
def test_reference_projects_hold_no_machine_directory(project: Path) -> None:
    """hls4ml records where it wrote the project (the convert stage's partial directory on the machine that
    made it): the shipped project says ``OutputDir: .`` and names its convert directory relative to the repo."""
    assert re.findall(r"^OutputDir:.*$", (project / "hls4ml_config.yml").read_text(), flags=re.M) == [
        "OutputDir: ."
    ]
    summary = json.loads((project / "manifest.json").read_text())["summary"]
    assert summary["project_dir"] == f"hls_projects/{project.name}"
    for path in sorted(p for p in project.rglob("*") if p.is_file() and p.suffix != ".npy"):
        text = path.read_text(errors="replace")
        assert ".partial" not in text and str(REFERENCE.parent.parent) not in text, path


def _weight_pairs(project: Path) -> list[tuple[str, list[str], list[str]]]:
    """Each weight array of the project as the C-simulation reads it (``weights/<name>.txt``) and as synthesis
    compiles it (the initialiser of ``weights/<name>.h``), as the printed tokens."""
    pairs = []
    for txt in sorted((project / "firmware" / "weights").glob("*.txt")):
        header = txt.with_suffix(".h").read_text()
        init = re.search(r"#else\s*\n[^\n]*=\s*\{([^}]*)\}", header)
        assert init is not None, f"{txt.with_suffix('.h')}: no initialised array for synthesis"
        pairs.append(
            (txt.stem, txt.read_text().replace(",", " ").split(), init.group(1).replace(",", " ").split())
        )
    return pairs


@pytest.mark.parametrize("project", PROJECTS, ids=[p.name for p in PROJECTS])
def test_synthesis_weights_are_the_csim_weights(project: Path) -> None:
    """The golden test compiles the C-simulation, which reads the weights from the ``.txt`` files; synthesis
    compiles the ``.h`` initialisers instead. A project whose two copies differ would pass its golden vectors
    and build other firmware: every array must be the same, value for value."""
    pairs = _weight_pairs(project)
    assert pairs
    for name, csim, synthesis in pairs:
        assert csim, f"{project.name}: weights/{name}.txt holds no values"
        assert csim == synthesis, f"{project.name}: weights/{name}.h differs from weights/{name}.txt"


def test_one_weight_changed_in_the_header_alone_is_caught(dense_copy: Path) -> None:
    header = dense_copy / "firmware" / "weights" / "w3.h"
    text = header.read_text()
    start = text.index("{", text.index("#else"))
    first = text[start + 1 :].split(",")[0]
    header.write_text(text[: start + 1] + f"{float(first) + 2**-5:.5f}" + text[start + 1 + len(first) :])
    with pytest.raises(AssertionError, match=r"weights/w3\.h differs from weights/w3\.txt"):
        test_synthesis_weights_are_the_csim_weights(dense_copy)


@pytest.fixture
def dense_copy(tmp_path: Path) -> Path:
    return shutil.copytree(REFERENCE / "dense_tagger", tmp_path / "dense_tagger")


def test_one_lsb_off_in_the_golden_outputs_fails(dense_copy: Path, fpgaml_golden) -> None:
    assert fpgaml_golden(dense_copy).n_different == 0
    expected = np.load(dense_copy / "golden" / "expected.npy")
    lsb = json.loads((dense_copy / "golden" / "golden.json").read_text())["lsb"]
    expected[123, 2] += lsb
    np.save(dense_copy / "golden" / "expected.npy", expected)
    with pytest.raises(
        pytest.fail.Exception, match=r"1/2500 C-sim outputs differ .* max error 1 LSB \(allowed 0\)"
    ):
        fpgaml_golden(dense_copy)


@pytest.mark.parametrize(
    ("key", "value", "what"),
    [
        ("hls4ml_version", "1.2.0", "the installed hls4ml is {v}."),
        ("sha256", "0" * 64, "the installed hls4ml {v} has different template files (sha256"),
    ],
)
def test_project_from_other_hls4ml_templates_fails_loudly(
    dense_copy: Path, fpgaml_golden, key: str, value: str, what: str
) -> None:
    path = dense_copy / templates.RECORD
    record = json.loads(path.read_text())
    record[key] = value
    path.write_text(json.dumps(record))
    made_with = record["hls4ml_version"]
    with pytest.raises(pytest.fail.Exception) as exc:
        fpgaml_golden(dense_copy)
    msg = str(exc.value)
    assert f"was generated with hls4ml {made_with} " in msg
    assert what.format(v=templates.installed_templates("Vitis").hls4ml_version) in msg
    assert "python scripts/make_reference_projects.py configs/dense_tagger.yaml --force" in msg
