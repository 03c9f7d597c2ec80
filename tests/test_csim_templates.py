"""Slim hls4ml projects: the templates come from the installed hls4ml, checked against the project's record."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from fpgaml.config import ConvertConfig, ModelConfig
from fpgaml.csim import templates
from fpgaml.csim.templates import TemplateMismatchError
from fpgaml.errors import FpgamlError

SHAPE = (8, 3)


def _files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def full_projects(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Path], object]:
    """A small 1D-conv network (its conv has hls4ml-generated code in nnet_code_gen.h) written as hls4ml
    writes it, for the Vitis and the Vivado backend."""
    from fpgaml import hls
    from fpgaml._keras import keras
    from fpgaml.models import FAMILIES, BuildContext

    keras().utils.set_random_seed(4)
    mcfg = ModelConfig(family="cnn1d", params={"filters": [4], "hidden": [8]})
    family = FAMILIES.get("cnn1d")
    model = family.build(BuildContext(SHAPE, 5, mcfg, quantized=True))
    root = tmp_path_factory.mktemp("full")
    out = {}
    for backend in ("Vitis", "Vivado"):
        out[backend] = root / backend
        hls.convert(model, mcfg, ConvertConfig(backend=backend), out[backend], family=family)
    return out, model


@pytest.fixture
def slim_copy(full_projects, tmp_path: Path) -> Path:
    prj = shutil.copytree(full_projects[0]["Vitis"], tmp_path / "slim")
    templates.slim_project(prj, regenerate="make it again")
    return prj


@pytest.mark.parametrize("backend", ["Vitis", "Vivado"])
def test_template_set_is_what_the_hls4ml_writer_copies(full_projects, backend: str) -> None:
    prj = full_projects[0][backend] / "firmware"
    written = {
        rel: data
        for rel, data in _files(prj).items()
        if rel.split("/")[0] in templates.TEMPLATE_DIRS and rel not in templates.GENERATED
    }
    ours = templates.installed_templates(backend)
    assert {rel: p.read_bytes() for rel, p in ours.files.items() if rel not in templates.GENERATED} == written
    assert templates.project_backend(full_projects[0][backend]) == backend


def test_vitis_templates_are_vivado_ones_with_vitis_overrides(full_projects) -> None:
    vitis, vivado = templates.installed_templates("Vitis"), templates.installed_templates("Vivado")
    assert vitis.files.keys() == vivado.files.keys()
    overridden = sorted(r for r in vitis.files if vitis.files[r] != vivado.files[r])
    assert overridden and all("/templates/vitis/nnet_utils/" in str(vitis.files[r]) for r in overridden)
    assert vitis.sha256 != vivado.sha256
    # the Vitis project carries the Vitis version of an overridden header, not the Vivado one
    rel = "nnet_utils/nnet_conv1d_latency.h"
    assert rel in overridden
    written = (full_projects[0]["Vitis"] / "firmware" / rel).read_bytes()
    assert written == vitis.files[rel].read_bytes() != vivado.files[rel].read_bytes()


def test_slim_project_keeps_only_what_hls4ml_generated(full_projects, slim_copy: Path) -> None:
    full = full_projects[0]["Vitis"]
    assert not (slim_copy / "firmware" / "ap_types").exists()
    assert sorted(p.name for p in (slim_copy / "firmware" / "nnet_utils").iterdir()) == ["nnet_code_gen.h"]
    gen = (
        "nnet_utils/nnet_code_gen.h"  # the conv's generated code is in it: it is the model's, not a template
    )
    assert (slim_copy / "firmware" / gen).read_bytes() == (full / "firmware" / gen).read_bytes()
    assert (slim_copy / "firmware" / gen).read_bytes() != templates.installed_templates("Vitis").files[
        gen
    ].read_bytes()
    record = json.loads((slim_copy / templates.RECORD).read_text())
    installed = templates.installed_templates("Vitis")
    assert (record["hls4ml_version"], record["backend"], record["sha256"], record["n_files"]) == (
        installed.hls4ml_version,
        "Vitis",
        installed.sha256,
        len(installed.files),
    )
    # everything else of the project is untouched
    slim_files, full_files = _files(slim_copy), _files(full)
    assert {r: d for r, d in full_files.items() if r in slim_files} == {
        r: d for r, d in slim_files.items() if r != templates.RECORD
    }


def test_materialize_gives_back_the_project_hls4ml_wrote(
    full_projects, slim_copy: Path, tmp_path: Path
) -> None:
    out = templates.materialize(slim_copy, tmp_path / "complete")
    got = _files(out)
    assert got.pop(templates.RECORD)
    assert got == _files(full_projects[0]["Vitis"])
    with pytest.raises(FpgamlError, match="exists"):
        templates.materialize(slim_copy, out)


def test_slim_csim_through_the_fixture_equals_the_full_project(
    full_projects, slim_copy: Path, tmp_path: Path, fpgaml_csim
) -> None:
    from fpgaml.csim import compile_project
    from fpgaml.quantize import to_grid

    model = full_projects[1]
    before = _files(slim_copy)
    full_lib = compile_project(full_projects[0]["Vitis"], tmp_path / "full_build", "-O0")
    slim_lib = fpgaml_csim(slim_copy, "-O0")  # -O0: compiles faster, computes the same
    # its own library, of the C++ text the full project has (assembled from the installed templates, it is
    # that text: one compile, copied)
    assert slim_lib.path != full_lib.path and slim_lib.compile_seconds == 0.0
    x = to_grid(np.random.default_rng(5).normal(size=(400, *SHAPE)) * 2, True, 16, 6)
    y = slim_lib.predict(x)
    np.testing.assert_array_equal(y, full_lib.predict(x))
    assert len(np.unique(y)) > 100  # not a constant output that any firmware would match
    np.testing.assert_array_equal(y, model(x.astype(np.float32)).numpy().astype(np.float64))
    assert _files(slim_copy) == before  # nothing was written into the slim project


def test_full_project_with_golden_vectors_works_with_the_fixture_as_before(
    full_projects, tmp_path: Path, fpgaml_golden
) -> None:
    from fpgaml.quantize import to_grid
    from fpgaml.testing import write_golden

    prj = shutil.copytree(full_projects[0]["Vivado"], tmp_path / "mine")
    model = full_projects[1]
    x = to_grid(np.random.default_rng(6).normal(size=(50, *SHAPE)), True, 16, 6)
    expected = model(x.astype(np.float32)).numpy().astype(np.float64)
    write_golden(prj, x, expected, lsb=2.0**-10, reference="QKeras")
    result = fpgaml_golden(prj)
    assert (result.n_different, result.n_outputs) == (0, 250)
    assert (prj / "firmware" / "ap_types").is_dir() and not (prj / templates.RECORD).exists()


@pytest.mark.parametrize(
    ("key", "value", "what"),
    [
        ("hls4ml_version", "1.2.0", "the installed hls4ml is {v}."),
        ("sha256", "0" * 64, "the installed hls4ml {v} has different template files (sha256"),
    ],
)
def test_other_hls4ml_templates_fail_loudly(
    slim_copy: Path,
    tmp_path: Path,
    fpgaml_csim,
    capsys: pytest.CaptureFixture[str],
    key: str,
    value: str,
    what: str,
) -> None:
    from fpgaml.csim import compile_project

    record = json.loads((slim_copy / templates.RECORD).read_text())
    recorded_version = value if key == "hls4ml_version" else record["hls4ml_version"]
    record[key] = value
    (slim_copy / templates.RECORD).write_text(json.dumps(record))
    with pytest.raises(TemplateMismatchError) as exc:
        compile_project(slim_copy, tmp_path / "b")
    msg = str(exc.value)
    assert f"generated with hls4ml {recorded_version}" in msg
    assert what.format(v=templates.installed_templates("Vitis").hls4ml_version) in msg
    assert "regenerate the project: make it again" in msg
    assert not (tmp_path / "b").exists() or not any((tmp_path / "b").glob("hls4ml_project-*"))
    with pytest.raises(TemplateMismatchError):
        templates.materialize(slim_copy, tmp_path / "complete")
    assert not (tmp_path / "complete").exists()
    with pytest.raises(pytest.fail.Exception, match=f"generated with hls4ml {recorded_version}"):
        fpgaml_csim(slim_copy)
    assert templates.main(["materialize", str(slim_copy), str(tmp_path / "complete")]) == 2
    assert "regenerate the project: make it again" in capsys.readouterr().err


def test_slim_refuses_templates_that_are_not_the_installed_ones(full_projects, tmp_path: Path) -> None:
    prj = shutil.copytree(full_projects[0]["Vitis"], tmp_path / "patched")
    header = prj / "firmware" / "nnet_utils" / "nnet_dense_latency.h"
    header.write_text(header.read_text() + "// patched\n")
    with pytest.raises(
        TemplateMismatchError, match=r"different from the template: nnet_utils/nnet_dense_latency\.h"
    ):
        templates.slim_project(prj)
    assert (prj / "firmware" / "ap_types").is_dir() and not (prj / templates.RECORD).exists()


def test_project_without_templates_or_record_is_explained(full_projects, tmp_path: Path) -> None:
    from fpgaml.csim import compile_project

    prj = shutil.copytree(full_projects[0]["Vitis"], tmp_path / "stripped")
    shutil.rmtree(prj / "firmware" / "ap_types")
    shutil.rmtree(prj / "firmware" / "nnet_utils")
    with pytest.raises(FpgamlError, match="neither a complete hls4ml project nor a slim one"):
        compile_project(prj, tmp_path / "b", "-O0")


def test_unsupported_backend_is_named() -> None:
    with pytest.raises(FpgamlError, match=r"unknown hls4ml backend 'Quartus'; available: Vitis, Vivado"):
        templates.installed_templates("Quartus")


def test_slim_project_builds_in_the_user_cache_by_default(
    slim_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without a build directory a slim project is assembled under $XDG_CACHE_HOME/fpgaml (or
    $FPGAML_CACHE), not in itself."""
    from fpgaml.csim import compile_project
    from fpgaml.errors import ToolMissingError

    monkeypatch.delenv("FPGAML_CACHE", raising=False)  # the suite sets it to the run's build cache
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("CXX", "g++-that-does-not-exist")  # stop after the assembly, before compiling
    before = _files(slim_copy)
    with pytest.raises(ToolMissingError):
        compile_project(slim_copy)
    (built,) = (tmp_path / "cache" / "fpgaml" / "csim").glob("hls4ml_project-*")
    assert (built / "firmware" / "ap_types" / "ap_fixed.h").is_file()
    assert _files(slim_copy) == before


def test_fpgaml_cache_moves_the_user_cache(
    slim_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``$FPGAML_CACHE`` moves the C-sim cache as it moves the RTL one (one cache a test run can share)."""
    from fpgaml.csim import compile_project
    from fpgaml.errors import ToolMissingError

    monkeypatch.setenv("FPGAML_CACHE", str(tmp_path / "shared"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("CXX", "g++-that-does-not-exist")
    with pytest.raises(ToolMissingError):
        compile_project(slim_copy)
    (built,) = (tmp_path / "shared" / "csim").glob("hls4ml_project-*")
    assert (built / "firmware" / "ap_types" / "ap_fixed.h").is_file()
    assert not (tmp_path / "xdg").exists()


def test_command_line_materializes_and_slims(slim_copy: Path, tmp_path: Path) -> None:
    out = tmp_path / "complete"
    assert templates.main(["materialize", str(slim_copy), str(out)]) == 0
    (out / templates.RECORD).unlink()
    assert templates.main(["slim", str(out), "--regenerate", "again"]) == 0
    assert _files(out) == {
        **_files(slim_copy),
        templates.RECORD: (slim_copy / templates.RECORD).read_bytes().replace(b"make it again", b"again"),
    }
