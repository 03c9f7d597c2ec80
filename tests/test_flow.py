"""The whole flow on a small but real model and real jets, through the library and the CLI.

Small: 6000 jets of the shipped sample, 16-16-5 dense, 4 epochs. Real: QKeras QAT, hls4ml project,
g++ C-simulation, the verification report. The C-sim must equal QKeras and the integer reference exactly.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
import yaml
from conftest import reseal

from fpgaml.cli import main
from fpgaml.config import from_dict
from fpgaml.flow import run_flow


def _raw(tmp: Path, **over: object) -> dict:
    raw = {
        "name": "small_dense",
        "data": {"n_jets": 6000},
        "model": {"family": "dense", "params": {"hidden": [16]}},
        "train": {"epochs": 4, "batch_size": 256},
        # 4 epochs do not make a good tagger: this run checks the firmware, not the physics
        "verify": {"max_accuracy_drop_pp": 100.0},
        "paths": {"runs": str(tmp / "runs"), "hls_projects": str(tmp / "hls")},
    }
    raw.update(over)
    return raw


@pytest.fixture(scope="module")
def flow_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict]]:
    tmp = tmp_path_factory.mktemp("flow")
    cfg_path = tmp / "small.yaml"
    cfg_path.write_text(yaml.safe_dump(_raw(tmp)))
    from fpgaml.config import load_config

    flow = run_flow(load_config(cfg_path), stages=["data", "train", "convert", "csim", "verify"])
    return cfg_path, flow.stages


def test_flow_produces_an_exact_firmware(flow_run) -> None:
    cfg_path, results = flow_run
    assert [r.stage for r in results] == ["data", "train", "convert", "csim", "verify"]
    cfg = from_dict(yaml.safe_load(cfg_path.read_text()))
    report = json.loads((cfg.stage_dir("verify") / "report.json").read_text())
    assert report["passed"]
    q = report["bit_accuracy"]["qkeras"]
    assert q["n_outputs"] == report["n_jets"] * 5 > 0
    assert q["n_different"] == 0 and q["max_error_lsb"] == 0
    assert report["bit_accuracy"]["fixed_point_reference"]["n_different"] == 0
    assert (cfg.stage_dir("verify") / "roc.png").stat().st_size > 10_000
    assert (cfg.stage_dir("data") / "features.png").stat().st_size > 10_000  # the 16 features per class
    assert "PASS" in (cfg.stage_dir("verify") / "report.md").read_text()
    # the HLS project is a complete hls4ml project a vendor tool could build
    prj = cfg.stage_dir("convert")
    for name in (
        "build_prj.tcl",
        "firmware/myproject.cpp",
        "myproject_test.cpp",
        "tb_data/tb_input_features.dat",
    ):
        assert (prj / name).exists(), name
    # hls4ml pickles the Keras model into its YAML; fpgaml strips it so the project can be read safely
    assert yaml.safe_load((prj / "hls4ml_config.yml").read_text())["KerasModel"] is None
    cs = np.load(cfg.stage_dir("csim") / "outputs.npz")
    lsb = 2.0**-10
    np.testing.assert_array_equal(np.rint(cs["x"] / lsb) * lsb, cs["x"])  # inputs on the fixed<16,6> grid


def test_rerun_is_up_to_date_and_changed_config_needs_force(flow_run, capsys: pytest.CaptureFixture) -> None:
    cfg_path, _ = flow_run
    assert main(["run", str(cfg_path), "--until", "verify", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert {r["status"] for r in out["stages"]} == {"up to date"}
    # a different clock changes the HLS project: it must not be overwritten silently
    code = main(["convert", str(cfg_path), "--set", "convert.clock_period_ns=4.0"])
    assert code == 2
    assert "--force" in capsys.readouterr().err


def test_changed_training_is_refused_before_it_trains(
    flow_run, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    import fpgaml.stages.train as train_stage

    def no_training(*args: object, **kwargs: object) -> None:
        raise AssertionError("trained although the artifact could not be written")

    monkeypatch.setattr(train_stage, "_fit", no_training)
    cfg_path, _ = flow_run
    assert main(["train", str(cfg_path), "--set", "train.epochs=5"]) == 2
    assert "--force" in capsys.readouterr().err


def test_firmware_disagreement_fails_loudly(flow_run, capsys: pytest.CaptureFixture) -> None:
    """A firmware that is off by one LSB on one output of one jet must fail verification (exit 1)."""
    cfg_path, _ = flow_run
    cfg = from_dict(yaml.safe_load(cfg_path.read_text()))
    outputs = cfg.stage_dir("csim") / "outputs.npz"
    original = outputs.read_bytes()
    try:
        z = dict(np.load(outputs))
        lsb = json.loads((cfg.stage_dir("convert") / "fpgaml.json").read_text())["output_precision"]["lsb"]
        z["y"][7, 2] += lsb  # a one-LSB firmware bug
        np.savez(outputs, **z)
        reseal(outputs.parent)  # as if the C-simulation had given it
        code = main(["verify", str(cfg_path), "--force", "--set", "verify.min_exact_fraction=1.0"])
        assert code == 1
        assert "CHECK FAILED" in capsys.readouterr().err
        report = json.loads((cfg.stage_dir("verify") / "report.json").read_text())
        q = report["bit_accuracy"]["qkeras"]
        assert (q["n_different"], q["max_error_lsb"], q["first_different_jets"]) == (1, 1.0, [7])
        assert not report["passed"]
    finally:
        outputs.write_bytes(original)
        reseal(outputs.parent)


def test_the_hls_project_names_no_partial_directory(flow_run, monkeypatch: pytest.MonkeyPatch) -> None:
    """The convert stage writes into ``.<name>.partial-<pid>`` and renames it into place: no file of the
    project may still name that directory (hls4ml's ``OutputDir`` did, with the default relative
    ``paths.hls_projects``: ``hls_projects/.<name>.partial-<pid>``). The project records ``OutputDir: .``, as
    the exported HLS bundle and the reference projects do, wherever it lies."""
    cfg_path, _ = flow_run
    raw = yaml.safe_load(cfg_path.read_text())
    monkeypatch.chdir(cfg_path.parent)
    raw["paths"]["hls_projects"] = "hls_relative"  # relative, as the default `hls_projects` is
    cfg = from_dict(raw)
    assert not cfg.stage_dir("convert").is_absolute()
    run_flow(cfg, stages=["convert"])
    absolute = from_dict(yaml.safe_load(cfg_path.read_text())).stage_dir("convert")  # the fixture's project
    for prj in (cfg.stage_dir("convert"), absolute):
        files = [p for p in prj.rglob("*") if p.is_file()]
        assert len(files) > 10 and (prj / "build_prj.tcl").is_file() and (prj / "project.tcl").is_file()
        assert [p for p in files if b".small_dense.partial" in p.read_bytes()] == []
        recorded = yaml.safe_load((prj / "hls4ml_config.yml").read_text())["OutputDir"]
        assert recorded == ".", (prj, recorded)


def test_cli_help_and_bad_config(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    with pytest.raises(SystemExit) as e:
        main(["--help"])
    assert e.value.code == 0
    assert "Exit codes" in capsys.readouterr().out
    bad = tmp_path / "bad.yaml"
    bad.write_text("model: {famly: dense}\n")
    assert main(["train", str(bad)]) == 2
    assert "model.famly: unknown key" in capsys.readouterr().err
    assert main(["families"]) == 0
    assert "dense" in capsys.readouterr().out


def test_stage_without_its_input_says_what_to_run(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    cfg = tmp_path / "c.yaml"
    cfg.write_text(yaml.safe_dump(_raw(tmp_path, name="never_run")))
    assert main(["csim", str(cfg)]) == 2
    assert "run `fpgaml" in capsys.readouterr().err


def test_synth_without_vendor_tools_says_so(flow_run, capsys: pytest.CaptureFixture) -> None:
    import shutil

    if shutil.which("vitis_hls") or shutil.which("vivado_hls"):
        pytest.skip("a vendor HLS tool is installed: synthesis would really run")
    assert main(["synth", str(flow_run[0])]) == 2
    assert "no vitis-run / vitis_hls on PATH for this Vitis project" in capsys.readouterr().err


def test_sweep_force_replaces_only_what_changed(tmp_path: Path) -> None:
    """`fpgaml sweep --force` replaces the artifacts of a point whose settings changed; an up-to-date stage is
    kept (it retrained every stage of every point once: ``force`` where ``replace`` was meant)."""
    from fpgaml.artifacts import read_manifest
    from fpgaml.errors import ArtifactExistsError
    from fpgaml.sweep.runner import run_point

    raw = _raw(tmp_path, data={"n_jets": 2000})
    cfg = from_dict(raw)
    run_flow(cfg, stages=["data"])
    made = read_manifest(cfg.stage_dir("data")).created
    record = run_point(raw, ["data"], force=True)
    assert record["status"] == "ok" and [s["ran"] for s in record["stages"]] == [False]
    assert read_manifest(cfg.stage_dir("data")).created == made
    changed = _raw(tmp_path, data={"n_jets": 2400})
    with pytest.raises(ArtifactExistsError, match="--force"):
        run_flow(from_dict(changed), stages=["data"])
    record = run_point(changed, ["data"], force=True)
    assert record["status"] == "ok" and [s["ran"] for s in record["stages"]] == [True]
    summary = read_manifest(cfg.stage_dir("data")).summary
    assert summary["n_train"] + summary["n_val"] + summary["n_test"] == 2400
