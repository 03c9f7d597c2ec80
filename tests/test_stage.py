"""The stage contract (fpgaml.stage): a stage is one declaration; the runner does the bookkeeping.

A toy stage is declared inside the test itself and registered: it runs through the generic runner and the
CLI (which builds its subcommands from the registry), chains its fingerprint through what it reads, and
records failed checks — proving that adding a stage touches one place.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from conftest import artifact
from pydantic import BaseModel, ConfigDict, Field

from fpgaml.artifacts import Outcome
from fpgaml.cli import main
from fpgaml.config import from_dict
from fpgaml.errors import CheckFailed, ConfigError, StaleArtifactError
from fpgaml.stage import (
    STAGES,
    Flag,
    Stage,
    all_stages,
    expected_hash,
    fingerprint,
    flow_order,
    run_stage,
    select,
)


def _cfg(tmp_path: Path, **over: object):
    raw = {"name": "toy", "paths": {"runs": str(tmp_path / "runs"), "hls_projects": str(tmp_path / "hls")}}
    raw.update(over)
    return from_dict(raw)


def _count_jets(ctx, out: Path) -> Outcome:
    """The toy stage: reads the data artifact, writes a count, fails a check when asked to."""
    with np.load(ctx.dir("data") / "dataset.npz") as z:
        n = len(z["y_test"])
    (out / "count.json").write_text(json.dumps({"n_test": n}))
    failed = (
        [f"{n} test jets < verify.min_exact_fraction * 1e9"]
        if ctx.cfg.verify.min_exact_fraction > 0.9999
        else []
    )
    return Outcome({"n_test": n}, failed_checks=failed)


@pytest.fixture
def toy(monkeypatch: pytest.MonkeyPatch) -> Stage:
    all_stages()  # discover the real ones first
    stage = Stage(
        name="toy",
        doc="count the test jets (a stage declared by a test)",
        produce=_count_jets,
        reads=("data",),
        config=("verify.min_exact_fraction",),
        order=15,
        in_flow=False,
    )
    monkeypatch.setitem(STAGES._items, "toy", stage)
    return stage


def _data_artifact(cfg) -> None:
    with artifact(cfg, "data") as d:
        np.savez(d / "dataset.npz", y_test=np.zeros(7))


def test_flow_order_follows_reads():
    order = flow_order()
    assert order == ["data", "train", "convert", "csim", "verify", "rtl", "profile"]
    for s in all_stages():
        for r in s.reads:
            assert [x.name for x in all_stages()].index(r) < [x.name for x in all_stages()].index(s.name)
    with pytest.raises(ConfigError, match="selects no stage"):
        select("profile", "data")
    assert select("csim", "verify") == ["csim", "verify"]


def test_a_toy_stage_runs_through_the_runner(toy, tmp_path):
    cfg = _cfg(tmp_path, verify={"min_exact_fraction": 0.5})
    _data_artifact(cfg)
    first = run_stage("toy", cfg)
    assert (first.status, first.summary) == ("done", {"n_test": 7})
    assert json.loads((tmp_path / "runs" / "toy" / "toy" / "count.json").read_text()) == {"n_test": 7}
    assert run_stage("toy", cfg).status == "up to date"
    # its fingerprint holds its config section and what the data artifact must be
    fp = fingerprint("toy", cfg)
    assert fp["config"] == {"verify.min_exact_fraction": 0.5}
    assert fp["upstream"] == {"data": expected_hash("data", cfg)}


def test_a_toy_stage_sees_a_changed_upstream_setting(toy, tmp_path):
    cfg = _cfg(tmp_path)
    _data_artifact(cfg)
    run_stage("toy", cfg)
    changed = _cfg(tmp_path, data={"n_jets": 5000})
    with pytest.raises(StaleArtifactError, match=r"data artifact .* \(changed: data.n_jets\)"):
        run_stage("toy", changed)


def test_a_toy_stage_failed_check_is_recorded_and_repeated(toy, tmp_path):
    cfg = _cfg(tmp_path, verify={"min_exact_fraction": 1.0})
    _data_artifact(cfg)
    with pytest.raises(CheckFailed, match="7 test jets") as info:
        run_stage("toy", cfg)
    assert info.value.result.status == "done" and info.value.result.failed_checks
    with pytest.raises(CheckFailed, match="7 test jets"):
        run_stage("toy", cfg)  # up to date, and still failed


def test_a_toy_stage_is_a_cli_command(toy, tmp_path, capsys):
    cfg = _cfg(tmp_path)
    _data_artifact(cfg)
    path = tmp_path / "toy.yaml"
    path.write_text(json.dumps(cfg.model_dump(mode="json")))
    assert main(["toy", str(path), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["stages"][0]["stage"] == "toy" and out["stages"][0]["n_test"] == 7
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "count the test jets (a stage declared by a test)" in capsys.readouterr().out


# ---- a stage with settings of its own: its section and its flag are in its declaration, nowhere else ----------
class ToySettings(BaseModel):
    """The toy's own config section (``toy:`` in the YAML)."""

    model_config = ConfigDict(extra="forbid")
    scale: int = Field(1, ge=1, description="what the count is multiplied by")


def _scaled_count(ctx, out: Path) -> Outcome:
    with np.load(ctx.dir("data") / "dataset.npz") as z:
        n = len(z["y_test"]) * ctx.cfg.toy.scale
    (out / "count.json").write_text(json.dumps({"n": n}))
    return Outcome({"n": n})


@pytest.fixture
def toy_with_settings(monkeypatch: pytest.MonkeyPatch) -> Stage:
    all_stages()
    stage = Stage(
        name="toy",
        doc="count the test jets times toy.scale (a stage with its own settings, declared by a test)",
        produce=_scaled_count,
        reads=("data",),
        config=("toy",),
        in_flow=False,
        settings=ToySettings,
        flags=(Flag("--scale", "toy.scale", "multiply the count (sets toy.scale)"),),
    )
    monkeypatch.setitem(STAGES._items, "toy", stage)
    return stage


def test_a_toy_stage_declares_its_settings_and_flags(toy_with_settings, tmp_path, capsys):
    cfg = _cfg(tmp_path, toy={"scale": 3})
    assert cfg.toy.scale == 3 and _cfg(tmp_path).toy.scale == 1  # validated with the config, default filled
    assert fingerprint("toy", cfg)["config"] == {"toy": {"scale": 3}}
    with pytest.raises(ConfigError, match=r"toy\.scal: unknown key \(misspelt\?\); did you mean 'scale'"):
        _cfg(tmp_path, toy={"scal": 3})
    with pytest.raises(ConfigError, match=r"toy\.scale: Input should be greater than or equal to 1"):
        _cfg(tmp_path, toy={"scale": 0})
    with pytest.raises(ConfigError, match=r"tyo: unknown key \(misspelt\?\); did you mean 'toy'"):
        _cfg(tmp_path, tyo={"scale": 3})
    _data_artifact(cfg)
    path = tmp_path / "toy.yaml"
    path.write_text(json.dumps({k: v for k, v in cfg.model_dump(mode="json").items() if k != "toy"}))
    assert main(["toy", str(path), "--scale", "5", "--json"]) == 0  # the flag sets toy.scale
    assert json.loads(capsys.readouterr().out)["stages"][0]["n"] == 35
    assert main(["config", str(path), "--set", "toy.scale=2"]) == 0
    assert "toy:\n  scale: 2\n" in capsys.readouterr().out  # `fpgaml config` shows the section
    with pytest.raises(SystemExit):
        main(["toy", "--help"])
    assert "--scale SCALE" in capsys.readouterr().out
