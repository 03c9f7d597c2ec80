"""Bring your own model and data: the README's worked example, run exactly as the README writes it.

The README section "Use your own model and data" holds a Python file (toy muon hits with a known bending and
a Sequential QKeras model saved as architecture JSON + weights h5), a YAML config (a regression on the
``.npz``) and two shell commands. This test takes those blocks from the README, writes the files into a
temporary directory and runs the commands there: ``python make_muon_pt.py`` (in this process) and
``fpgaml run muon_pt.yaml`` (the CLI's ``main``). The run must be 100 % bit-exact (C-sim == QKeras ==
fpgaml's fixed-point reference; RTL == C-sim) and report the regression metrics.

fpgaml's own dense family then trains on own arrays for a regression (two targets) and an autoencoder with
labels, through data -> verify, bit-exact too.
"""

from __future__ import annotations

import json
import re
import runpy
import shlex
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import yaml
from conftest import reseal

from fpgaml.cli import main
from fpgaml.config import load_config

README = Path(__file__).resolve().parents[1] / "README.md"
SECTION = "## Use your own model and data\n"


def readme_example() -> tuple[dict[str, str], list[str]]:
    """The files (name from the block's first-line comment) and the shell commands of the README section."""
    text = README.read_text()
    assert SECTION in text, "the README lost its 'Use your own model and data' section"
    section = text.split(SECTION, 1)[1].split("\n## ", 1)[0]
    files: dict[str, str] = {}
    commands: list[str] = []
    for lang, body in re.findall(r"```(\w+)\n(.*?)```", section, re.S):
        first = body.splitlines()[0]
        if lang in ("python", "yaml") and re.match(r"# [\w.]+\.(py|yaml)\b", first):
            files[first[2:].split(":")[0].split()[0]] = body
        elif lang == "bash":
            commands += [
                line.split("#")[0].strip() for line in body.splitlines() if line.split("#")[0].strip()
            ]
    return files, commands


@pytest.fixture(scope="module")
def example(tmp_path_factory: pytest.TempPathFactory) -> Path:
    files, commands = readme_example()
    assert set(files) == {"make_muon_pt.py", "muon_pt.yaml"}
    assert commands == ["python make_muon_pt.py", "fpgaml run muon_pt.yaml"]
    root = tmp_path_factory.mktemp("own_model")
    for name, body in files.items():
        (root / name).write_text(body)
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(root)  # the README's paths are relative to where the user works
        for command in commands:
            words = shlex.split(command)
            if words[0] == "python":
                runpy.run_path(words[1], run_name="__main__")
            else:
                assert words[0] == "fpgaml"
                assert main(words[1:]) == 0, f"`{command}` failed"
    return root


def _json(path: Path) -> Any:
    return json.loads(path.read_text())


def test_readme_example_is_bit_exact_with_regression_metrics(example: Path) -> None:
    run = example / "runs" / "muon_pt"
    report = _json(run / "verify" / "report.json")
    assert report["passed"] and report["task"] == "regression" and report["n_jets"] == 800
    assert all(c["passed"] for c in report["checks"]) and len(report["checks"]) == 2  # no float reference
    q, fp = report["bit_accuracy"]["qkeras"], report["bit_accuracy"]["fixed_point_reference"]
    assert (q["n_outputs"], q["n_different"], q["max_error_lsb"]) == (800, 0, 0.0)
    assert (fp["n_outputs"], fp["n_different"]) == (800, 0)
    assert report["bit_accuracy"]["float_reference"] is None
    # the physics, per target, for firmware and QKeras (identical: the outputs are)
    reg = report["regression"]
    assert set(reg) == {"C-sim", "QKeras"} and reg["C-sim"] == reg["QKeras"]
    m = reg["C-sim"]["q_over_pt"]
    # the report's figures come from the firmware outputs and the test targets, row by row
    with np.load(run / "csim" / "outputs.npz") as cs, np.load(run / "data" / "dataset.npz") as ds:
        residual = cs["y"][:, 0] - ds["y_test"][:, 0]
        target_spread = float(np.std(ds["y_test"]))
        np.testing.assert_array_equal(cs["x"], np.rint(ds["x_test"] * 1024.0) / 1024.0)  # fixed<16,6> grid
    assert m["bias_mean"] == pytest.approx(float(np.mean(residual)), abs=1e-15)
    assert m["resolution_std"] == pytest.approx(float(np.std(residual)), abs=1e-15)
    q16, q84 = np.percentile(residual, [16, 84])
    assert m["resolution_robust"] == pytest.approx(0.5 * (q84 - q16), abs=1e-15)
    assert m["resolution_robust"] < 0.3 * target_spread  # the model learned q/pT from the bending
    assert (run / "verify" / "residuals.png").stat().st_size > 10_000
    assert "## Regression" in (run / "verify" / "report.md").read_text()
    # the task and the names travel in the records: data -> train -> convert
    data = _json(run / "data" / "data.json")
    assert data["task"] == "regression" and data["output_names"] == ["q_over_pt"]
    assert data["feature_names"] == ["dphi12", "dphi23", "dphi34", "eta"]
    meta = _json(run / "train" / "meta.json")
    iface = meta["interface"]  # written once, by train
    assert (iface["task"], meta["pretrained"], iface["output_names"]) == (
        "regression",
        "muon_pt.json",
        ["q_over_pt"],
    )
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(example)  # the config's paths are relative
        cfg = load_config("muon_pt.yaml")
        assert _json(cfg.stage_dir("convert") / "fpgaml.json")["interface"] == iface  # the same record, whole


def test_readme_example_rtl_equals_csim_and_the_profile_passes(example: Path) -> None:
    run = example / "runs" / "muon_pt"
    rtl = _json(run / "rtl" / "rtl.json")
    assert rtl["exact"] and rtl["n_outputs"] == rtl["n_equal_fixed_point"] == rtl["n_equal_csim"] == 800
    assert rtl["latency_cycles"] == rtl["pipeline_depth"]
    flow = _json(run / "flow.json")["stages"]
    assert [s for s in flow] == ["data", "train", "convert", "csim", "verify", "rtl", "profile"]
    assert {v["status"] for v in flow.values()} == {"done"}
    assert _json(run / "profile" / "profile.json")["passed"]


def test_one_lsb_off_in_a_regression_output_fails_verify(
    example: Path, capsys: pytest.CaptureFixture
) -> None:
    """The bit-accuracy checks are the task's too: one firmware output one LSB off fails (exit 1)."""
    cfg_path = example / "muon_pt.yaml"
    outputs = example / "runs" / "muon_pt" / "csim" / "outputs.npz"
    original = outputs.read_bytes()
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(example)
        try:
            z = dict(np.load(outputs))
            lsb = _json(example / "hls_projects" / "muon_pt" / "fpgaml.json")["output_precision"]["lsb"]
            z["y"][11, 0] += lsb
            np.savez(outputs, **z)
            reseal(outputs.parent)  # as if the C-simulation had given it
            assert main(["verify", str(cfg_path), "--force"]) == 1
            assert "CHECK FAILED" in capsys.readouterr().err
            q = _json(example / "runs" / "muon_pt" / "verify" / "report.json")["bit_accuracy"]["qkeras"]
            assert (q["n_different"], q["max_error_lsb"], q["first_different_jets"]) == (1, 1.0, [11])
        finally:
            outputs.write_bytes(original)
            reseal(outputs.parent)
            assert main(["verify", str(cfg_path), "--force"]) == 0


def test_a_pretrained_model_with_the_wrong_outputs_is_refused(
    example: Path, capsys: pytest.CaptureFixture
) -> None:
    raw = yaml.safe_load((example / "muon_pt.yaml").read_text())
    raw["name"] = "muon_pt_two_targets"
    raw["data"]["targets"] = "hits"  # four regression targets; the model has one output
    raw["data"]["target_names"] = ["a", "b", "c", "d"]
    path = example / "two.yaml"
    path.write_text(yaml.safe_dump(raw))
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(example)
        assert main(["run", str(path), "--until", "train"]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert "muon_pt.json gives outputs of shape (1,); the data has 4 regression target(s) (a, b, c, d)" in err


# ---- fpgaml's own family on your own arrays ------------------------------------------------------------------
@pytest.fixture(scope="module")
def family_runs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Path]]:
    root = tmp_path_factory.mktemp("own_family")
    rng = np.random.default_rng(7)
    n = 1200
    x = rng.normal(size=(n, 5)).astype(np.float32)
    targets = np.stack([x[:, 0] + 0.5 * x[:, 1], x[:, 2] - x[:, 3]], axis=1)  # a known linear function
    labels = (rng.uniform(size=n) < 0.25).astype(np.int64)
    x_ad = np.where(labels[:, None] == 1, 3.0 * x, x).astype(np.float32)  # signal: wider than background
    np.savez(root / "own.npz", x=x, targets=targets, x_ad=x_ad, labels=labels)
    common = {"model": {"family": "dense", "params": {"hidden": [8]}}, "train": {"epochs": 3, "batch_size": 128},
              "paths": {"runs": str(root / "runs"), "hls_projects": str(root / "hls")}}  # fmt: skip
    configs = {
        "reg": {"inputs": "x", "targets": "targets", "task": "regression", "target_names": ["sum", "diff"]},
        "ad": {"inputs": "x_ad", "task": "autoencoder", "labels": "labels", "class_names": ["qcd", "wide"]},
    }
    paths = {}
    for name, data in configs.items():
        # 3 epochs: this checks the firmware and the plumbing, not the physics
        raw = {"name": name, "data": {"source": str(root / "own.npz"), **data}, **common,
               "verify": {"max_resolution_increase": 100.0, "max_auc_drop": 1.0}}  # fmt: skip
        paths[name] = root / f"{name}.yaml"
        paths[name].write_text(yaml.safe_dump(raw))
        assert main(["run", str(paths[name]), "--until", "verify"]) == 0
    return root, paths


def test_family_regression_has_one_output_per_target(family_runs) -> None:
    root, _ = family_runs
    run = root / "runs" / "reg"
    report = _json(run / "verify" / "report.json")
    assert report["passed"] and report["task"] == "regression"
    assert report["bit_accuracy"]["qkeras"]["n_different"] == 0
    assert report["bit_accuracy"]["qkeras"]["n_outputs"] == report["n_jets"] * 2
    assert report["bit_accuracy"]["fixed_point_reference"]["n_different"] == 0
    assert set(report["regression"]) == {"C-sim", "QKeras", "float"}
    assert set(report["regression"]["float"]) == {"sum", "diff"}
    names = [c["name"] for c in report["checks"]]
    assert "resolution increase C-sim vs float, sum (relative)" in names
    hist = _json(run / "train" / "history.json")
    assert "mae" in hist["qkeras"] and "acc" not in hist["qkeras"]  # trained with MSE, not cross-entropy


def test_family_autoencoder_reconstructs_its_input_and_scores_it(family_runs) -> None:
    root, _ = family_runs
    run = root / "runs" / "ad"
    report = _json(run / "verify" / "report.json")
    assert report["passed"] and report["task"] == "autoencoder"
    q = report["bit_accuracy"]["qkeras"]
    assert q["n_different"] == 0 and q["n_outputs"] == report["n_jets"] * 5  # one output per input feature
    ae = report["autoencoder"]
    assert ae["agreement_csim_vs_qkeras"]["identical_scores_fraction"] == 1.0
    assert ae["scores"]["C-sim"] == ae["scores"]["QKeras"]
    # the wider signal reconstructs worse than the background it was trained on
    assert ae["scores"]["C-sim"]["auc"]["wide"] > 0.8
    assert any(c["name"] == "anomaly-score AUC drop C-sim vs float, wide" for c in report["checks"])
    assert (run / "verify" / "scores.png").stat().st_size > 10_000
    with np.load(run / "csim" / "outputs.npz") as cs, np.load(run / "data" / "dataset.npz") as ds:
        score = np.mean((cs["y"] - cs["x"].reshape(len(cs["x"]), -1)) ** 2, axis=1)
        labels = ds["labels_test"][: len(score)]
    assert ae["scores"]["C-sim"]["mean"] == pytest.approx(float(np.mean(score)), abs=1e-15)
    assert float(np.mean(score[labels == 1])) > float(np.mean(score[labels == 0]))


# ---- any per-sample shape: calorimeter towers from HDF5, your own autoencoder --------------------------------
def test_pretrained_calorimeter_autoencoder_on_9x9_towers_from_hdf5(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """(n, 9, 9) towers in an HDF5 group, a pretrained functional QKeras autoencoder (Flatten -> 8 -> 81):
    the inputs keep their shape through data, C-sim and verify; the score separates a hot central tower."""
    import h5py

    from fpgaml._keras import keras, qkeras

    k, q = keras(), qkeras()
    rng = np.random.default_rng(3)
    n = 600
    towers = rng.exponential(1.0, size=(n, 9, 9)).astype(np.float32)
    hot = (rng.uniform(size=n) < 0.2).astype(np.int64)
    towers[hot == 1, 4, 4] += 20.0
    with h5py.File(tmp_path / "l1calo.h5", "w") as f:
        f.create_dataset("calo/et", data=towers)
        f.create_dataset("calo/hot", data=hot)
    bits = q.quantized_bits(8, 2, alpha=1)
    inp = k.Input((9, 9), name="towers")
    h = k.layers.Flatten(name="flat")(inp)
    h = q.QDense(8, kernel_quantizer=bits, bias_quantizer=bits, name="enc")(h)
    h = q.QActivation(q.quantized_relu(8, 3), name="relu")(h)
    model = k.Model(inp, q.QDense(81, kernel_quantizer=bits, bias_quantizer=bits, name="dec")(h))
    k.utils.set_random_seed(3)
    model.compile(optimizer=k.optimizers.Adam(3e-3), loss="mse")
    background = towers[hot == 0]
    model.fit(background, background.reshape(len(background), -1), epochs=5, verbose=0)
    model.save(tmp_path / "cicada.h5")
    raw = {"name": "towers", "data": {"source": "l1calo.h5", "inputs": "/calo/et", "labels": "/calo/hot",
           "task": "autoencoder", "class_names": ["zero bias", "hot tower"], "standardize": False},
           "train": {"pretrained": "cicada.h5"}}  # fmt: skip
    (tmp_path / "towers.yaml").write_text(yaml.safe_dump(raw))
    monkeypatch.chdir(tmp_path)
    assert main(["run", "towers.yaml", "--until", "verify"]) == 0
    report = _json(tmp_path / "runs" / "towers" / "verify" / "report.json")
    assert report["passed"] and report["task"] == "autoencoder" and report["n_jets"] == 120
    q_bits = report["bit_accuracy"]["qkeras"]
    assert (q_bits["n_outputs"], q_bits["n_different"]) == (120 * 81, 0)
    assert report["bit_accuracy"]["fixed_point_reference"]["n_different"] == 0
    with np.load(tmp_path / "runs" / "towers" / "csim" / "outputs.npz") as cs:
        assert cs["x"].shape == (120, 9, 9)  # the towers keep their shape up to the firmware
    assert report["autoencoder"]["scores"]["C-sim"]["auc"]["hot tower"] > 0.9
    assert report["input_saturation"]["per_feature"].keys() == {f"et[{i}]" for i in range(9)}
