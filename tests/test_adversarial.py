"""fpgaml used as an adversarial or careless user would: every case asserts the exit code, that no traceback
is printed for a recognised error, the key words of the message, and that nothing outside the stage's own
directories changed (the tree is hashed before and after). See docs/reliability.md for the promise these
cases test.

One small real flow (dense 16-8-5 on 3000 shipped jets, 2 epochs, RTL on 200 vectors) is run once per module;
cases that need a finished run work on a copy of it.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import examples as ex
import numpy as np
import pytest
import yaml
from conftest import reseal

from fpgaml.cli import main

FPGAML = [sys.executable, "-m", "fpgaml.cli"]


# ---- helpers ---------------------------------------------------------------------------------------------
def small_config(root: Path, **over: Any) -> Path:
    raw: dict[str, Any] = {
        "name": "adv",
        "data": {"n_jets": 3000},
        "model": {"family": "dense", "params": {"hidden": [8]}},
        # no float reference: no case here reads one, and it doubled every training (test_flow checks it)
        "train": {"epochs": 2, "batch_size": 256, "float_reference": "none"},
        "verify": {"max_accuracy_drop_pp": 100.0},
        "rtl": {"max_vectors": 200},
        "paths": {"runs": str(root / "runs"), "hls_projects": str(root / "hls")},
    }
    for key, value in over.items():
        section, _, sub = key.partition("__")
        if sub:
            raw.setdefault(section, {})[sub] = value
        else:
            raw[section] = value
    path = root / "adv.yaml"
    path.write_text(yaml.safe_dump(ex.without_plots(raw)))
    return path


def snapshot(root: Path, exclude: tuple[Path, ...] = (), record: bool = False) -> dict[str, str]:
    """sha256 of every file under ``root`` (paths relative), skipping ``exclude`` directories and the run's
    bookkeeping: ``.fpgaml.lock`` (the pid of the last fpgaml there) and, unless ``record``, ``flow.json``
    (which records errors on purpose; the cases that care check it themselves)."""
    out = {}
    skip = [p.resolve() for p in exclude]
    books = {".fpgaml.lock"} | (set() if record else {"flow.json"})
    for path in sorted(root.rglob("*")):
        r = path.resolve()
        if any(r == s or s in r.parents for s in skip) or not path.is_file() or path.name in books:
            continue
        out[str(path.relative_to(root))] = hashlib.sha256(path.read_bytes()).hexdigest()
    return out


def cli(capsys: pytest.CaptureFixture, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def assert_clean_error(code: int, err: str, expected_code: int, *words: str) -> None:
    assert code == expected_code, err
    assert "Traceback" not in err, err
    for w in words:
        assert w in err, f"{w!r} not in: {err}"


@pytest.fixture(scope="module")
def finished(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A workspace in which the whole flow ran once (copied by the cases that change it)."""
    root = tmp_path_factory.mktemp("adv_done")
    cfg = small_config(root)
    assert main(["run", str(cfg), "-q"]) == 0
    return root


def clone(finished: Path, dest: Path) -> Path:
    """A copy of the finished workspace whose config points at the copy."""
    for name in ("runs", "hls"):
        shutil.copytree(finished / name, dest / name, symlinks=True)
    raw = yaml.safe_load((finished / "adv.yaml").read_text())
    raw["paths"] = {"runs": str(dest / "runs"), "hls_projects": str(dest / "hls")}
    path = dest / "adv.yaml"
    path.write_text(yaml.safe_dump(raw))
    return path


def test_a_flow_with_the_plots_off_draws_none_and_its_report_says_so(finished):
    """data.plot / verify.plot false (small_config, as every flow of the suite but test_flow's and
    test_own_model's, which look at the plots): no features.png, no roc.png, and report.md says why."""
    run = finished / "runs" / "adv"
    assert (run / "data" / "dataset.npz").is_file() and not (run / "data" / "features.png").exists()
    assert not list((run / "verify").glob("*.png"))
    report = (run / "verify" / "report.md").read_text()
    assert "(no plot: verify.plot is false)" in report and "![" not in report


def test_turning_the_plots_on_stales_nothing_and_force_draws_them(finished, tmp_path, capsys):
    """The plot settings change no artifact a later stage reads, so they are not in the fingerprints: a finished
    run stays up to date with them on, and ``--force`` on the data / verify stage draws the plot for it while
    the stages after it stay up to date (a retraining for a picture would be absurd)."""
    cfg = clone(finished, tmp_path)
    on = ("--set", "data.plot=true", "--set", "verify.plot=true")
    code, out, err = cli(capsys, "run", str(cfg), *on, "--json")
    assert code == 0, err
    assert {s["status"] for s in json.loads(out)["stages"]} == {"up to date"}
    run = tmp_path / "runs" / "adv"
    assert not (run / "data" / "features.png").exists()
    for stage in ("data", "verify"):
        code, _, err = cli(capsys, stage, str(cfg), *on, "--force", "-q")
        assert code == 0, err
    assert (run / "data" / "features.png").stat().st_size > 10_000 and (run / "verify" / "roc.png").is_file()
    assert "![roc](roc.png)" in (run / "verify" / "report.md").read_text()
    code, out, err = cli(capsys, "run", str(cfg), *on, "--json")
    assert code == 0, err
    assert {s["status"] for s in json.loads(out)["stages"]} == {"up to date"}


# ---- overwriting what is not ours ------------------------------------------------------------------------
def test_force_never_deletes_a_user_directory(finished, tmp_path, capsys):
    cfg = clone(finished, tmp_path)
    user = tmp_path / "my_thesis"
    user.mkdir()
    (user / "thesis.tex").write_text("four years of work")
    before = snapshot(tmp_path)
    code, _, err = cli(capsys, "convert", str(cfg), "--force", "--set", f"convert.project_dir={user}")
    assert_clean_error(code, err, 2, "not made by fpgaml", "thesis.tex", "not even with --force")
    assert snapshot(tmp_path) == before


def test_force_never_deletes_a_home_like_directory_as_run_dir(tmp_path, capsys):
    home = tmp_path / "home"
    (home / "adv" / "data").mkdir(parents=True)
    (home / "adv" / "data" / "notes.txt").write_text("mine")
    cfg = small_config(tmp_path, paths={"runs": str(home), "hls_projects": str(tmp_path / "hls")})
    before = snapshot(home)
    code, _, err = cli(capsys, "data", str(cfg), "--force")
    assert_clean_error(code, err, 2, "not made by fpgaml", "notes.txt")
    assert snapshot(home) == before


def test_output_path_that_is_a_file_is_refused(finished, tmp_path, capsys):
    cfg = clone(finished, tmp_path)
    f = tmp_path / "project_file"
    f.write_text("x")
    code, _, err = cli(capsys, "convert", str(cfg), "--force", "--set", f"convert.project_dir={f}")
    assert_clean_error(code, err, 2, "is not a directory")
    assert f.read_text() == "x"


def test_another_stages_artifact_is_not_replaced(finished, tmp_path, capsys):
    cfg = clone(finished, tmp_path)
    (tmp_path / "other").mkdir()
    clone(
        finished, tmp_path / "other"
    )  # another run's rtl artifact (not ours: ours is refused by the config)
    rtl = tmp_path / "other" / "runs" / "adv" / "rtl"
    before = snapshot(rtl)
    code, _, err = cli(capsys, "convert", str(cfg), "--force", "--set", f"convert.project_dir={rtl}")
    assert_clean_error(code, err, 2, "'rtl' artifact", "not even with --force")
    assert snapshot(rtl) == before


def test_changed_config_without_force_is_refused_before_work(finished, tmp_path, capsys):
    cfg = clone(finished, tmp_path)
    before = snapshot(tmp_path)
    code, _, err = cli(capsys, "train", str(cfg), "--set", "train.epochs=3")
    assert_clean_error(code, err, 2, "--force")
    assert snapshot(tmp_path) == before


def test_an_empty_existing_output_directory_is_used(tmp_path, capsys):
    empty = tmp_path / "runs" / "adv" / "data"
    empty.mkdir(parents=True)
    cfg = small_config(tmp_path)
    code, _, err = cli(capsys, "data", str(cfg))
    assert code == 0, err
    assert (empty / "manifest.json").is_file()


# ---- stale and mixed results -----------------------------------------------------------------------------
@pytest.mark.parametrize("stage", ["convert", "csim", "verify", "rtl", "profile"])
def test_a_changed_upstream_setting_is_seen_by_every_later_stage(finished, tmp_path, capsys, stage):
    cfg = clone(finished, tmp_path)
    before = snapshot(tmp_path)
    code, _, err = cli(capsys, stage, str(cfg), "--set", "model.weight_bits=8")
    assert_clean_error(code, err, 2, "train artifact", "model.weight_bits", "--from train")
    assert "up to date" not in err
    assert snapshot(tmp_path) == before


def _jets_csv(path: Path, n: int = 1500, seed: int = 7) -> Path:
    """An OpenML-style jet table (the 16 high-level features + class), written by hand."""
    from fpgaml.data.readers import OPENML_CLASS_VALUES
    from fpgaml.data.schema import HLF_NAMES

    rng = np.random.default_rng(seed)
    labels = rng.integers(0, 5, n)
    feats = rng.normal(size=(n, 16)) + 0.5 * labels[:, None]
    rows = [",".join([*HLF_NAMES, "class"])]
    rows += [
        ",".join([*(f"{v:.6f}" for v in f), OPENML_CLASS_VALUES[c]])
        for f, c in zip(feats, labels, strict=True)
    ]
    path.write_text("\n".join(rows) + "\n")
    return path


def test_a_changed_data_file_makes_every_later_stage_stale(tmp_path, capsys):
    src = _jets_csv(tmp_path / "jets.csv")
    cfg = small_config(tmp_path, data={"source": str(src)})
    code, _, err = cli(capsys, "run", str(cfg), "--until", "train", "-q")
    assert code == 0, err
    _jets_csv(src, seed=8)  # someone replaces the data file in place
    os.utime(src, (time.time() + 5, time.time() + 5))
    before = snapshot(tmp_path)
    code, _, err = cli(capsys, "convert", str(cfg))
    assert_clean_error(code, err, 2, "data artifact", "source")
    assert snapshot(tmp_path) == before


def test_rerun_of_an_up_to_date_flow_changes_nothing(finished, tmp_path, capsys):
    cfg = clone(finished, tmp_path)
    before = snapshot(tmp_path, record=True)
    code, out, err = cli(capsys, "run", str(cfg), "--json")
    assert code == 0, err
    assert {s["status"] for s in json.loads(out)["stages"]} == {"up to date"}
    assert snapshot(tmp_path, record=True) == before  # flow.json included: nothing ran, nothing recorded


def test_empty_stage_range_is_an_error(finished, tmp_path, capsys):
    cfg = clone(finished, tmp_path)
    code, _, err = cli(capsys, "run", str(cfg), "--from", "rtl", "--until", "convert")
    assert_clean_error(code, err, 2, "selects no stage", "rtl comes after convert")


def test_stage_without_its_input_says_what_to_run(tmp_path, capsys):
    cfg = small_config(tmp_path)
    code, _, err = cli(capsys, "csim", str(cfg))
    assert_clean_error(code, err, 2, "no complete convert artifact", "run `fpgaml convert CONFIG` first")


def test_gpu_bench_without_export_names_the_command(finished, tmp_path, capsys):
    cfg = clone(finished, tmp_path)
    code, _, err = cli(capsys, "gpu", "bench", str(cfg))
    assert_clean_error(code, err, 2, "run `fpgaml gpu export CONFIG` first")


# ---- records ---------------------------------------------------------------------------------------------
def test_flow_record_holds_errors_and_failed_checks(finished, tmp_path, capsys):
    cfg = clone(finished, tmp_path)
    code, _, err = cli(capsys, "verify", str(cfg), "--force", "--set", "verify.max_accuracy_drop_pp=-0.0")
    record = json.loads((tmp_path / "runs" / "adv" / "flow.json").read_text())
    # -0.0 is a legal threshold that a worse firmware fails: check status depends on the numbers
    assert record["stages"]["verify"]["status"] in {"done", "FAILED CHECK"}
    assert (code == 1) == (record["stages"]["verify"]["status"] == "FAILED CHECK"), err
    code, _, err = cli(capsys, "csim", str(cfg), "--set", "model.weight_bits=8")
    assert code == 2
    record = json.loads((tmp_path / "runs" / "adv" / "flow.json").read_text())
    assert record["stages"]["csim"]["status"] == "error"
    assert "model.weight_bits" in record["stages"]["csim"]["error"]
    assert record["last_command"] == "csim"


def test_failed_check_fails_again_when_up_to_date(finished, tmp_path, capsys):
    cfg = clone(finished, tmp_path)
    args = ("verify", str(cfg), "--set", "verify.min_exact_fraction=1.0", "--set", "verify.max_lsb_error=0")
    z = dict(np.load(tmp_path / "runs" / "adv" / "csim" / "outputs.npz"))
    z["y"][3, 1] += 2.0**-20  # a firmware output off by less than a hair
    np.savez(tmp_path / "runs" / "adv" / "csim" / "outputs.npz", **z)
    reseal(tmp_path / "runs" / "adv" / "csim")  # as if the C-simulation had given it
    code, _, err = cli(capsys, *args, "--force")
    assert_clean_error(code, err, 1, "CHECK FAILED", "C-sim vs QKeras")
    code, _, err = cli(capsys, *args)
    assert_clean_error(code, err, 1, "CHECK FAILED")


# ---- exit codes and messages -----------------------------------------------------------------------------
def test_missing_config_file(tmp_path, capsys):
    code, _, err = cli(capsys, "run", str(tmp_path / "nope.yaml"))
    assert_clean_error(code, err, 2, "does not exist")


def test_invalid_yaml(tmp_path, capsys):
    p = tmp_path / "bad.yaml"
    p.write_text("model: [unclosed\n")
    code, _, err = cli(capsys, "run", str(p))
    assert_clean_error(code, err, 2, "not valid YAML")


def test_misspelt_key(tmp_path, capsys):
    p = tmp_path / "bad.yaml"
    p.write_text("model: {famly: dense}\n")
    code, _, err = cli(capsys, "run", str(p))
    assert_clean_error(code, err, 2, "model.famly: unknown key")


def test_missing_data_file(tmp_path, capsys):
    cfg = small_config(tmp_path, data={"source": str(tmp_path / "missing.h5")})
    code, _, err = cli(capsys, "data", str(cfg))
    assert_clean_error(code, err, 2, "missing.h5")
    assert not (tmp_path / "runs" / "adv" / "data").exists()


def test_json_error_object(tmp_path, capsys):
    cfg = small_config(tmp_path)
    code, out, err = cli(capsys, "csim", str(cfg), "--json")
    assert code == 2
    obj = json.loads(out)["error"]
    assert obj["exit_code"] == 2 and obj["kind"] == "ArtifactMissingError" and "convert" in obj["message"]
    assert "Traceback" not in err


def test_unexpected_exception_exits_3_and_says_where_to_report(tmp_path, capsys, monkeypatch):
    import fpgaml.stages.data as data_stage

    def broken(ctx, out):
        raise ZeroDivisionError("a bug")

    import dataclasses

    from fpgaml.stage import STAGES, get_stage

    get_stage("data")
    monkeypatch.setitem(STAGES._items, "data", dataclasses.replace(data_stage.STAGE, produce=broken))
    cfg = small_config(tmp_path)
    code, _, err = cli(capsys, "data", str(cfg))
    assert code == 3
    assert "ZeroDivisionError" in err and "report it" in err and "Traceback" in err
    assert not (tmp_path / "runs" / "adv" / "data").exists()
    record = json.loads((tmp_path / "runs" / "adv" / "flow.json").read_text())
    assert record["stages"]["data"]["status"] == "error"


def test_interrupt_in_a_stage_exits_130_and_keeps_nothing_half_written(tmp_path, capsys, monkeypatch):
    import dataclasses

    import fpgaml.stages.data as data_stage
    from fpgaml.stage import STAGES, get_stage

    def interrupted(ctx, out):
        (out / "half.npz").write_bytes(b"\0" * 100)
        raise KeyboardInterrupt

    get_stage("data")
    monkeypatch.setitem(STAGES._items, "data", dataclasses.replace(data_stage.STAGE, produce=interrupted))
    cfg = small_config(tmp_path)
    code, _, err = cli(capsys, "run", str(cfg))
    assert code == 130
    assert "interrupted during stage data: its partial output was removed" in err
    assert "Traceback" not in err
    runs = tmp_path / "runs" / "adv"
    assert sorted(p.name for p in runs.iterdir()) == [".fpgaml.lock", "flow.json"]
    assert json.loads((runs / "flow.json").read_text())["stages"]["data"]["status"] == "interrupted"


def test_interrupt_outside_a_stage_does_not_claim_a_stage(tmp_path, capsys, monkeypatch):
    import fpgaml.cli as cli_module

    def interrupted(*a, **k):
        raise KeyboardInterrupt

    # the name the CLI calls (it imports load_config at its top)
    monkeypatch.setattr(cli_module, "load_config", interrupted)
    code, _, err = cli(capsys, "run", str(tmp_path / "x.yaml"))
    assert code == 130 and err.strip() == "fpgaml: interrupted"


def test_disk_full_is_a_clean_error(tmp_path, capsys, monkeypatch):
    import errno

    import fpgaml.stages.data as data_stage

    def full(*a, **k):
        raise OSError(errno.ENOSPC, "No space left on device", str(tmp_path / "runs"))

    monkeypatch.setattr(data_stage.np, "savez", full)
    cfg = small_config(tmp_path)
    code, _, err = cli(capsys, "data", str(cfg))
    assert_clean_error(code, err, 2, "No space left on device", "nothing half-written was kept")
    assert not (tmp_path / "runs" / "adv" / "data").exists()
    assert not list((tmp_path / "runs" / "adv").glob(".data.partial-*"))


def _read_only_cli(ro: Path, *args: str) -> subprocess.CompletedProcess:
    """Run fpgaml with ``ro`` mounted read-only (a private mount namespace: the real thing, EROFS)."""
    if shutil.which("unshare") is None:
        pytest.fail("util-linux `unshare` is needed to mount a directory read-only for this test")
    script = (
        f'mount --bind "{ro}" "{ro}" && mount -o remount,bind,ro "{ro}" && '
        f'exec "{sys.executable}" -m fpgaml.cli ' + " ".join(f'"{a}"' for a in args)
    )
    env = {**os.environ, "FPGAML_NO_PROGRESS": "1", "TF_CPP_MIN_LOG_LEVEL": "3"}
    return subprocess.run(
        ["unshare", "-rm", "sh", "-c", script], env=env, capture_output=True, text=True, timeout=600
    )


def test_read_only_up_to_date_run_still_verifies(finished, tmp_path):
    cfg = clone(finished, tmp_path)
    before = snapshot(tmp_path, record=True)
    proc = _read_only_cli(tmp_path, "run", str(cfg), "--json")
    assert proc.returncode == 0, proc.stderr
    assert {s["status"] for s in json.loads(proc.stdout)["stages"]} == {"up to date"}
    assert snapshot(tmp_path, record=True) == before


def test_read_only_run_dir_that_must_be_written_is_a_clean_error(finished, tmp_path):
    cfg = clone(finished, tmp_path)
    before = snapshot(tmp_path)
    proc = _read_only_cli(tmp_path, "verify", str(cfg), "--force")
    assert_clean_error(proc.returncode, proc.stderr, 2, "Read-only file system")
    assert snapshot(tmp_path) == before


# ---- two processes at once -------------------------------------------------------------------------------
def _spawn(*args: str, cwd: Path) -> subprocess.Popen:
    env = {**os.environ, "FPGAML_NO_PROGRESS": "1", "TF_CPP_MIN_LOG_LEVEL": "3"}
    return subprocess.Popen(
        [*FPGAML, *args], cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def _wait_for(pred: Callable[[], bool], timeout: float = 120.0) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if pred():
            return
        time.sleep(0.01)
    raise AssertionError("timed out")


def test_two_runs_of_one_config_do_not_interleave(tmp_path):
    cfg = small_config(tmp_path)
    first = _spawn("run", str(cfg), "--until", "train", cwd=tmp_path)
    _wait_for(lambda: (tmp_path / "runs" / "adv" / ".fpgaml.lock").exists())
    _wait_for(lambda: any((tmp_path / "runs" / "adv").glob(".*.partial-*")))
    second = _spawn("run", str(cfg), "--until", "train", cwd=tmp_path)
    _, err2 = second.communicate(timeout=300)
    assert second.returncode == 2, err2
    assert f"another fpgaml is running on {tmp_path / 'runs' / 'adv'} (pid {first.pid})" in err2
    assert "Traceback" not in err2
    _, err1 = first.communicate(timeout=600)
    assert first.returncode == 0, err1
    assert (tmp_path / "runs" / "adv" / "train" / "manifest.json").is_file()


def test_two_configs_with_one_name_share_the_lock(tmp_path):
    cfg_a = small_config(tmp_path)
    other = tmp_path / "other"
    other.mkdir()
    raw = yaml.safe_load(cfg_a.read_text())
    raw["train"]["epochs"] = 1
    cfg_b = other / "adv.yaml"
    cfg_b.write_text(yaml.safe_dump(raw))
    first = _spawn("run", str(cfg_a), "--until", "train", cwd=tmp_path)
    _wait_for(lambda: any((tmp_path / "runs" / "adv").glob(".*.partial-*")))
    second = _spawn("data", str(cfg_b), cwd=other)
    _, err2 = second.communicate(timeout=300)
    assert second.returncode == 2 and "another fpgaml is running" in err2, err2
    first.communicate(timeout=600)
    assert first.returncode == 0


def test_replacement_is_checked_again_at_rename_time(tmp_path):
    from fpgaml.artifacts import stage_output
    from fpgaml.errors import ArtifactExistsError

    out = tmp_path / "stage"
    with (
        pytest.raises(ArtifactExistsError, match="changed while this run was working"),
        stage_output(out, stage="s", fingerprint={"v": 1}) as tmp,
    ):
        (tmp / "mine").write_text("1")
        out.mkdir()  # another process finished first
        (out / "theirs").write_text("2")
    assert (out / "theirs").read_text() == "2" and not (out / "mine").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["stage"]


# ---- killed in the middle --------------------------------------------------------------------------------
KILL_STAGES = ["data", "train", "convert", "csim", "verify", "rtl", "profile"]


@pytest.fixture(scope="module")
def kill_ws(finished: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return clone(finished, tmp_path_factory.mktemp("kill")).parent


@pytest.mark.parametrize("stage", KILL_STAGES)
def test_sigkill_during_a_stage_then_rerun(kill_ws, stage, capsys):
    """A stage killed (SIGKILL, a process of its own) leaves its partial directory and the complete artifact
    untouched; the next runs (in this process: they need no fresh interpreter, and TensorFlow is imported
    here already) find the artifact up to date, and a forced one cleans the dead run's partial up."""
    cfg = kill_ws / "adv.yaml"
    from fpgaml.config import load_config

    final = load_config(cfg).stage_dir(stage)
    before = snapshot(final)
    proc = _spawn(stage, str(cfg), "--force", cwd=kill_ws)
    _wait_for(lambda: any(final.parent.glob(f".{final.name}.partial-*")) or proc.poll() is not None)
    assert proc.poll() is None, f"{stage} finished before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    leftovers = list(final.parent.glob(f".{final.name}.partial-*"))
    assert leftovers, "the killed run left its partial directory (as a killed process does)"
    assert snapshot(final) == before  # the complete artifact is untouched
    code, _, err = cli(capsys, stage, str(cfg))
    assert code == 0, err
    assert "up to date" in err  # the old artifact is still the valid one for this config
    code, _, err = cli(capsys, stage, str(cfg), "--force")
    assert code == 0, err
    assert not list(final.parent.glob(f".{final.name}.partial-*"))  # the next run of the stage cleaned up


# ---- model files from strangers --------------------------------------------------------------------------
def _pretrained(tmp_path: Path, model: Any, name: str = "theirs.h5") -> Path:
    path = tmp_path / name
    model.save(path)
    return path


def _td_lambda_model(marker: Path) -> Any:
    """16 features -> 5 logits, with a Lambda (that writes ``marker`` when it runs) inside TimeDistributed."""
    from fpgaml._keras import keras

    k = keras()
    inp = k.Input((16,), name="inputs")
    x = k.layers.Reshape((4, 4))(inp)
    x = k.layers.TimeDistributed(k.layers.Lambda(lambda t, p=str(marker): (open(p, "w").close(), t)[1]))(x)
    x = k.layers.Flatten()(x)
    return k.Model(inp, k.layers.Dense(5, name="logits")(x), name="theirs")


def test_pretrained_model_with_nested_lambda_runs_no_code(tmp_path, capsys):
    marker = tmp_path / "MARKER"
    path = _pretrained(tmp_path, _td_lambda_model(marker))
    marker.unlink()
    cfg = small_config(tmp_path, train={"pretrained": str(path), "float_reference": False})
    code, _, err = cli(capsys, "data", str(cfg))
    assert code == 0, err
    before = snapshot(tmp_path)
    code, _, err = cli(capsys, "train", str(cfg))
    assert_clean_error(
        code, err, 2, "TimeDistributed", "Lambda", "--trust-model-code", "train.trust_model_code"
    )
    assert not marker.exists()
    assert snapshot(tmp_path) == before
    code, _, err = cli(capsys, "train", str(cfg), "--trust-model-code")
    # with the opt-in the code does run: the refusal above was the switch, not luck
    assert marker.exists()
    # the model loads, and a float TimeDistributed(Lambda) is then refused by the quantizer, by name
    assert_clean_error(code, err, 2, "time_distributed", "TimeDistributed", "PTQ")
    assert "--trust-model-code" not in err


def test_pretrained_model_with_the_wrong_number_of_outputs(tmp_path, capsys):
    from fpgaml._keras import keras

    k = keras()
    inp = k.Input((16,))
    path = _pretrained(tmp_path, k.Model(inp, k.layers.Dense(3)(inp)))
    cfg = small_config(tmp_path, train={"pretrained": str(path), "float_reference": False})
    cli(capsys, "data", str(cfg))
    code, _, err = cli(capsys, "train", str(cfg))
    assert_clean_error(code, err, 2, "outputs of shape (3,)", "5 classes")


def test_pretrained_model_with_nan_weights(tmp_path, capsys):
    from fpgaml._keras import keras

    k = keras()
    inp = k.Input((16,))
    model = k.Model(inp, k.layers.Dense(5, name="logits")(inp))
    w, b = model.get_layer("logits").get_weights()
    w[3, 1] = np.nan
    model.get_layer("logits").set_weights([w, b])
    path = _pretrained(tmp_path, model)
    cfg = small_config(tmp_path, train={"pretrained": str(path), "float_reference": False})
    cli(capsys, "data", str(cfg))
    code, _, err = cli(capsys, "train", str(cfg))
    assert_clean_error(code, err, 2, "'logits'", "NaN/Inf")
    assert not (tmp_path / "runs" / "adv" / "train").exists()


def test_keras3_model_file_is_refused_with_what_to_do(tmp_path, capsys):
    script = (
        "import keras; m = keras.Sequential([keras.Input((16,)), keras.layers.Dense(5)]); "
        f"m.save({str(tmp_path / 'k3.keras')!r})"
    )
    env = {k: v for k, v in os.environ.items() if k != "TF_USE_LEGACY_KERAS"}
    subprocess.run([sys.executable, "-c", script], check=True, env=env, capture_output=True)
    cfg = small_config(tmp_path, train={"pretrained": str(tmp_path / "k3.keras"), "float_reference": False})
    cli(capsys, "data", str(cfg))
    code, _, err = cli(capsys, "train", str(cfg))
    assert_clean_error(code, err, 2, "Keras 3", "tf_keras")


def test_pretrained_file_that_is_not_a_model(tmp_path, capsys):
    junk = tmp_path / "model.h5"
    junk.write_bytes(b"\x89HDF\r\n\x1a\n" + os.urandom(300))  # an HDF5 signature and then garbage
    cfg = small_config(tmp_path, train={"pretrained": str(junk), "float_reference": False})
    cli(capsys, "data", str(cfg))
    code, _, err = cli(capsys, "train", str(cfg))
    assert_clean_error(code, err, 2, "model.h5")


# ---- issue 26: every file a user hands fpgaml is parsed with bounded size and a clean error -----------------
def _run_cli(*args: str, cwd: Path, timeout: float = 120) -> subprocess.CompletedProcess:
    """fpgaml in a subprocess with a timeout: a case that would read forever fails instead of hanging."""
    env = {**os.environ, "FPGAML_NO_PROGRESS": "1", "TF_CPP_MIN_LOG_LEVEL": "3"}
    try:
        return subprocess.run(
            [*FPGAML, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"`fpgaml {' '.join(args)}` was still running after {timeout} s")


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("model.family=[unclosed", ("--set 'model.family=[unclosed'", "not valid YAML", "line 1")),
        ("name=!!python/name:os.system", ("--set 'name=!!python/name:os.system'", "refused, never run")),
        ("name=!!python/object/apply:os.system ['touch PWNED']", ("refused, never run",)),
        ("train={a: 1, a: 2", ("not valid YAML",)),
    ],
)
def test_set_value_that_is_not_plain_yaml_is_a_clean_error(tmp_path, capsys, value, words):
    cfg = small_config(tmp_path)
    before = snapshot(tmp_path)
    code, _, err = cli(capsys, "config", str(cfg), "--set", value)
    assert_clean_error(code, err, 2, *words)
    assert not (tmp_path / "PWNED").exists() and not Path("PWNED").exists()
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (": : bad\n", ("budget file", "bad_budget.yaml", "not valid YAML", "line 1")),
        ("max_lut: !!python/name:os.system\n", ("bad_budget.yaml", "refused, never run")),
        ("max_lut: [1, 2]\n", ("invalid budget", "max_lut")),
        ("\xff\xfe\x00garbage", ("bad_budget.yaml",)),
    ],
)
def test_malformed_budget_file_is_a_clean_error(tmp_path, capsys, text, words):
    budget = tmp_path / "bad_budget.yaml"
    budget.write_bytes(text.encode("latin-1"))
    cfg = small_config(tmp_path)
    before = snapshot(tmp_path)
    code, _, err = cli(capsys, "profile", str(cfg), "--budget", str(budget))
    assert_clean_error(code, err, 2, *words)
    assert snapshot(tmp_path) == before


def test_sweep_with_a_scheduler_that_is_not_an_address_is_a_clean_error(tmp_path, capsys):
    cfg = small_config(tmp_path)
    sweep = tmp_path / "s.yaml"
    sweep.write_text(f"base: {cfg}\npoints: [{{name: a, set: {{train.epochs: 1}}}}]\n")
    before = snapshot(tmp_path)
    code, _, err = cli(capsys, "sweep", str(sweep), "--scheduler", "banana")
    assert_clean_error(code, err, 2, "--scheduler 'banana'", "tcp://host:8786")
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("kind", ["dev-zero", "fifo"])
@pytest.mark.parametrize(
    ("what", "words"),
    [
        ("data.source", ("data.source", "not a regular file")),
        ("config", ("config file", "not a regular file")),
        ("train.pretrained", ("train.pretrained", "not a regular file")),
        ("sweep", ("sweep file", "not a regular file")),
    ],
)
def test_a_stream_instead_of_a_file_is_refused_not_read_forever(tmp_path, kind, what, words):
    """A CSV (or config, model, sweep file) that is a symbolic link to /dev/zero, or a named pipe: refused
    before it is opened (reading it would never end, and a FIFO would block the open forever)."""
    stream = tmp_path / ("jets.csv" if what == "data.source" else "stream.yaml")
    if kind == "dev-zero":
        stream.symlink_to("/dev/zero")
    else:
        os.mkfifo(stream)
    if what == "config":
        target, args = stream, ("config", str(stream))
    elif what == "sweep":
        args = ("sweep", str(stream), "--list")
    else:
        key = "data" if what == "data.source" else "train"
        value = {"source": str(stream)} if key == "data" else {"pretrained": str(stream)}
        target = small_config(tmp_path, **{key: value})
        args = ("data", str(target))
    before = snapshot(tmp_path)
    proc = _run_cli(*args, cwd=tmp_path, timeout=90)
    assert_clean_error(proc.returncode, proc.stderr, 2, *words)
    assert snapshot(tmp_path) == before


def test_a_config_file_larger_than_any_config_is_refused(tmp_path, capsys):
    big = tmp_path / "big.yaml"
    with open(big, "wb") as f:
        f.truncate(9 << 20)  # 9 MiB of zeros (sparse): no config is that large
    code, _, err = cli(capsys, "config", str(big))
    assert_clean_error(code, err, 2, "big.yaml", "more than the 8 MiB")


# ---- issue 26: every path fpgaml writes never replaces what it did not make --------------------------------
@pytest.mark.parametrize(
    ("name", "content"),
    [("flow.json", '{"my": "experiment log"}\n'), ("flow.json", "not json"), (".fpgaml.lock", "my lock\n")],
)
def test_a_users_file_in_the_run_directory_is_not_replaced(tmp_path, capsys, name, content):
    run_dir = tmp_path / "runs" / "adv"
    run_dir.mkdir(parents=True)
    (run_dir / name).write_text(content)
    cfg = small_config(tmp_path)
    before = snapshot(tmp_path, record=True)
    code, _, err = cli(capsys, "data", str(cfg), "--force")
    assert_clean_error(code, err, 2, f"{run_dir / name}", "did not write", "another `name`")
    assert snapshot(tmp_path, record=True) == before
    assert not (run_dir / "data").exists()


def test_a_users_file_where_a_sweep_writes_its_results_is_not_replaced(tmp_path, capsys):
    cfg = small_config(tmp_path)
    sweep = tmp_path / "s.yaml"
    sweep.write_text(f"base: {cfg}\nuntil: data\npoints: [{{name: a, set: {{data.n_jets: 2000}}}}]\n")
    out = tmp_path / "runs" / "s" / "sweep"
    out.mkdir(parents=True)
    (out / "results.csv").write_text("my,own,results\n")
    before = snapshot(tmp_path)
    code, _, err = cli(capsys, "sweep", str(sweep), "--serial", "-q")
    assert_clean_error(code, err, 2, "results.csv", "did not write")
    assert snapshot(tmp_path) == before


# ---- issue 26: a full disk names the path and the stage ----------------------------------------------------
def test_a_really_full_disk_names_the_stage_and_the_path(tmp_path):
    """The run directory on a 64 kB tmpfs (a private mount namespace: the real ENOSPC, whose OSError carries no
    file name): the error names the stage and the artifact, keeps nothing half-written, exits 2."""
    if shutil.which("unshare") is None:
        pytest.fail("util-linux `unshare` is needed to mount a small tmpfs for this test")
    runs = tmp_path / "runs"
    runs.mkdir()
    cfg = small_config(tmp_path)
    script = (
        f'mount -t tmpfs -o size=64k tmpfs "{runs}" && "{sys.executable}" -m fpgaml.cli data "{cfg}"; '
        f'echo "exit=$?" >&2; ls -A "{runs}/adv" >&2'
    )
    env = {**os.environ, "FPGAML_NO_PROGRESS": "1", "TF_CPP_MIN_LOG_LEVEL": "3"}
    proc = subprocess.run(
        ["unshare", "-rm", "sh", "-c", script], env=env, capture_output=True, text=True, timeout=600
    )
    err = proc.stderr
    assert "exit=2" in err, err
    assert_clean_error(2, err, 2, "No space left on device", "stage data", str(runs / "adv" / "data"))
    assert "nothing half-written was kept" in err
    listing = err.split("exit=2", 1)[1].split()
    assert "data" not in listing and not any(".partial-" in n for n in listing), listing


# ---- issue 26: models a user brings --------------------------------------------------------------------------
def _three_layer(names: list[str], quantized: bool) -> Any:
    """A 16-64-32-32-5 jet tagger (the shape of hls4ml's KERAS_3layer / qkeras_3layer examples)."""
    from fpgaml._keras import keras, qkeras

    k, q = keras(), qkeras()
    inp = k.Input((16,), name="input_1")
    x = inp
    for name, units in zip(names, (64, 32, 32, 5), strict=True):
        if quantized:
            wq = q.quantized_bits(6, 0, alpha=1)
            x = q.QDense(units, kernel_quantizer=wq, bias_quantizer=wq, name=name)(x)
            x = q.QActivation(q.quantized_relu(6), name=f"relu_{name}")(x) if units != 5 else x
        else:
            x = k.layers.Dense(units, activation="relu" if units != 5 else None, name=name)(x)
    return k.Model(inp, x, name="model")


def test_weights_of_another_model_with_the_same_shapes_are_refused(tmp_path, capsys):
    """KERAS_3layer.json with the weights of qkeras_3layer (same shapes, other layer names): Keras would
    load them by position and every later check would compare that other network with itself."""
    ours = _three_layer(["fc1", "fc2", "fc3", "output"], quantized=False)
    (tmp_path / "KERAS_3layer.json").write_text(ours.to_json())
    theirs = _three_layer(["q_dense", "q_dense_1", "q_dense_2", "q_dense_3"], quantized=True)
    theirs.save_weights(tmp_path / "qkeras_3layer_weights.h5")
    cfg = small_config(
        tmp_path,
        train={
            "pretrained": str(tmp_path / "KERAS_3layer.json"),
            "pretrained_weights": str(tmp_path / "qkeras_3layer_weights.h5"),
            "float_reference": False,
        },
    )
    assert cli(capsys, "data", str(cfg))[0] == 0
    before = snapshot(tmp_path)
    code, _, err = cli(capsys, "train", str(cfg))
    assert_clean_error(
        code, err, 2, "qkeras_3layer_weights.h5", "'q_dense'", "'fc1'", "'output'", "another model"
    )
    assert snapshot(tmp_path) == before
    # the model's own weights load: the check is the names, not the file
    ours.save_weights(tmp_path / "own.h5")
    from fpgaml.modelio import load_model

    model = load_model(tmp_path / "KERAS_3layer.json", weights=tmp_path / "own.h5")
    np.testing.assert_array_equal(
        model.get_layer("fc2").get_weights()[0], ours.get_layer("fc2").get_weights()[0]
    )


def _proxy_arch() -> dict[str, Any]:
    """The architecture of an HGQ proxy model as hls4ml's example proxy_jet_classifier.json has it: float
    Dense/Activation layers between FixedPointQuantizer layers that carry the fixed-point types."""

    def layer(cls: str, name: str, inbound: str | None, module: str = "keras.layers", **config: Any) -> dict:
        return {
            "module": module, "class_name": cls, "registered_name": cls if module.startswith("hls4ml") else None,
            "name": name, "config": {"name": name, "trainable": True, "dtype": "float32", **config},
            "inbound_nodes": [[[inbound, 0, 0, {}]]] if inbound else [],
        }  # fmt: skip

    def quantizer(name: str, inbound: str, t: str) -> dict:
        return layer(
            "FixedPointQuantizer", name, inbound, "hls4ml.utils.fixed_point_quantizer", RND="TRN", SAT="WRAP",
            overrides={"layers": {inbound: {"result_t": t}}}, fusible=False,
        )  # fmt: skip

    layers = [
        layer("InputLayer", "input_1", None, batch_input_shape=[None, 16], sparse=False, ragged=False),
        quantizer("inp_q", "input_1", "fixed<12,5,TRN,WRAP>"),
        layer("Dense", "dense_1", "inp_q", units=8, activation="linear", use_bias=True),
        quantizer("dense_1_q", "dense_1", "fixed<12,9,TRN,WRAP>"),
        layer("Activation", "relu_1", "dense_1_q", activation="relu"),
        layer("Dense", "dense_2", "relu_1", units=5, activation="linear", use_bias=True),
        quantizer("dense_2_q", "dense_2", "fixed<11,5,TRN,WRAP>"),
    ]
    return {
        "class_name": "Functional",
        "config": {"name": "model", "layers": layers, "input_layers": [["input_1", 0, 0]],
                   "output_layers": [["dense_2_q", 0, 0]]},
        "keras_version": "2.13.1", "backend": "tensorflow",
    }  # fmt: skip


@pytest.mark.parametrize("layout", ["json+weights", "h5"])
@pytest.mark.parametrize("trust", [False, True])
def test_hgq_proxy_model_is_refused_as_hgq_with_what_to_do(tmp_path, capsys, layout, trust):
    import h5py

    from fpgaml._keras import keras

    k = keras()
    inp = k.Input((16,), name="input_1")
    plain = k.Model(inp, k.layers.Dense(5, name="dense_2")(k.layers.Dense(8, name="dense_1")(inp)))
    arch = json.dumps(_proxy_arch())
    if layout == "h5":
        path = tmp_path / "proxy_jet_classifier.h5"
        plain.save(path)
        with h5py.File(path, "r+") as f:
            f.attrs["model_config"] = arch
        train = {"pretrained": str(path)}
    else:
        path = tmp_path / "proxy_jet_classifier.json"
        path.write_text(arch)
        plain.save_weights(tmp_path / "proxy_weights.h5")
        train = {"pretrained": str(path), "pretrained_weights": str(tmp_path / "proxy_weights.h5")}
    cfg = small_config(tmp_path, train={**train, "float_reference": False})
    assert cli(capsys, "data", str(cfg))[0] == 0
    before = snapshot(tmp_path)
    code, _, err = cli(capsys, "train", str(cfg), *(["--trust-model-code"] if trust else []))
    assert_clean_error(code, err, 2, path.name, "HGQ proxy model", "FixedPointQuantizer", "hls4ml")
    assert "Unknown layer" not in err and "--trust-model-code" in err  # says why the switch does not help
    assert "trust_model_code: true" not in err
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("softmax", ["fused", "layer"])
def test_a_float_model_ending_in_softmax_gets_output_bits_and_its_own_label(tmp_path, capsys, softmax):
    """PTQ of a float tagger ending in a softmax: the logits get output_bits (before, the stripped firmware
    ended in the full accumulator, ap_fixed<33,18> on hls4ml's 16-100-...-5 example), the run is labelled as
    the pretrained model it is (not "family dense"), and C-sim = QKeras bit for bit."""
    from fpgaml._keras import keras

    k = keras()
    inp = k.Input((16,), name="inputs")
    h = k.layers.Dense(16, activation="relu", name="fc1")(inp)
    if softmax == "fused":
        out = k.layers.Dense(5, activation="softmax", name="fc2")(h)
    else:
        out = k.layers.Activation("softmax", name="probs")(k.layers.Dense(5, name="fc2")(h))
    path = _pretrained(tmp_path, k.Model(inp, out, name="theirs"))
    cfg = small_config(tmp_path, train={"pretrained": str(path), "float_reference": False})
    code, _, err = cli(capsys, "run", str(cfg), "--until", "verify", "-q")
    assert code == 0, err
    run = tmp_path / "runs" / "adv"
    project = json.loads((tmp_path / "hls" / "adv" / "fpgaml.json").read_text())
    bits = json.loads((run / "train" / "ptq.json").read_text())["settings"]["output_bits"]
    assert project["output_precision"]["width"] == bits, project["output_precision"]
    fc2 = next(
        r for r in json.loads((run / "train" / "ptq.json").read_text())["layers"] if r["name"] == "fc2"
    )
    assert fc2["output_type"].startswith(f"fixed<{bits},")
    report = json.loads((run / "verify" / "report.json").read_text())
    assert report["network"] == "pretrained model theirs.h5"
    assert "pretrained model theirs.h5" in (run / "verify" / "report.md").read_text()
    assert "family dense" not in (run / "verify" / "report.md").read_text()
    assert report["bit_accuracy"]["qkeras"]["n_different"] == 0


def test_a_model_with_two_inputs_is_refused_with_a_way_forward(tmp_path, capsys):
    from fpgaml._keras import keras

    k = keras()
    a, b = k.Input((8,), name="tracks"), k.Input((8,), name="calo")
    out = k.layers.Dense(5, name="logits")(k.layers.Concatenate(name="cat")([a, b]))
    path = _pretrained(tmp_path, k.Model([a, b], out, name="two"))
    cfg = small_config(tmp_path, train={"pretrained": str(path), "float_reference": False})
    assert cli(capsys, "data", str(cfg))[0] == 0
    before = snapshot(tmp_path)
    code, _, err = cli(capsys, "train", str(cfg))
    assert_clean_error(code, err, 2, "2 inputs", "one Input holding every feature", "concatenate")
    assert snapshot(tmp_path) == before
    from fpgaml.errors import UnsupportedModelError
    from fpgaml.ir import parse

    with pytest.raises(UnsupportedModelError, match="one Input holding every feature"):
        parse(k.Model([a, b], out))


def test_a_custom_binary_layer_is_refused_with_a_way_forward(tmp_path, capsys):
    """A model with the user's own BinaryDense class: refused without running its module, pointing to the
    QKeras quantizer fpgaml converts exactly; with the opt-in the parser refuses it the same way."""
    module = tmp_path / "my_bnn.py"
    module.write_text(
        "from fpgaml._keras import keras\n"
        "class BinaryDense(keras().layers.Dense):\n"
        "    def call(self, x):\n"
        "        import tensorflow as tf\n"
        "        return tf.matmul(x, tf.sign(self.kernel)) + self.bias\n"
    )
    import importlib.util

    spec = importlib.util.spec_from_file_location("my_bnn", module)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    from fpgaml._keras import keras

    k = keras()
    inp = k.Input((16,), name="inputs")
    model = k.Model(inp, mod.BinaryDense(5, name="bin")(inp))
    path = _pretrained(tmp_path, model)
    cfg = small_config(
        tmp_path, train={"pretrained": str(path), "float_reference": False, "custom_modules": [str(module)]}
    )
    raw = yaml.safe_load(cfg.read_text())
    raw["train"].pop("custom_modules")
    untrusted = tmp_path / "untrusted.yaml"
    untrusted.write_text(yaml.safe_dump(raw))
    assert cli(capsys, "data", str(cfg))[0] == 0
    code, _, err = cli(capsys, "train", str(untrusted))
    assert_clean_error(code, err, 2, "BinaryDense", "binary(alpha=1)", "ternary(alpha=1)")
    code, _, err = cli(capsys, "train", str(cfg), "--trust-model-code")
    assert_clean_error(code, err, 2, "BinaryDense", "binary(alpha=1)")


def test_softmax_keep_is_checked_by_argmax_agreement(tmp_path, capsys):
    """convert.softmax: keep puts hls4ml's lookup-table softmax in the firmware: not bit-exact by design, so
    verify checks what its description says, argmax agreement with QKeras (on main it always exited 1 on
    'within 1 LSB'). The check can fail: the C-sim outputs with every row's largest output moved fail it."""
    cfg = small_config(
        tmp_path, model={"family": "dense", "params": {"hidden": [8], "softmax": True}},
        convert={"softmax": "keep"}, verify={"max_accuracy_drop_pp": 100.0, "min_argmax_agreement": 0.9},
    )  # fmt: skip
    code, _, err = cli(capsys, "run", str(cfg), "--until", "verify", "-q")
    assert code == 0, err
    run = tmp_path / "runs" / "adv"
    report = json.loads((run / "verify" / "report.json").read_text())
    assert report["softmax"].startswith("inside the firmware")
    (check,) = [c for c in report["checks"] if c["name"].startswith("C-sim vs QKeras")]
    assert check["name"] == "C-sim vs QKeras: argmax agreement (lookup-table softmax)" and check["passed"]
    agreement = check["value"]
    assert agreement == round(report["bit_accuracy"]["qkeras"]["argmax_agreement"], 6) >= 0.9
    # inexact by design and every check passed: no trace of where C-sim departs from QKeras (a rebuild)
    assert report["bit_accuracy"]["qkeras"]["n_different"] > 0 and report["first_divergent_layer"] is None
    # the same firmware outputs with the largest output of every row moved to the next class must fail
    z = dict(np.load(run / "csim" / "outputs.npz"))
    z["y"] = np.roll(z["y"].reshape(len(z["y"]), -1), 1, axis=1).reshape(z["y"].shape)
    np.savez(run / "csim" / "outputs.npz", **z)
    reseal(run / "csim")  # as if the C-simulation had given them
    code, _, err = cli(capsys, "verify", str(cfg), "--force")
    assert_clean_error(code, err, 1, "CHECK FAILED", "argmax agreement")
    # a failed check: the report names where the firmware first departs from QKeras
    failed = json.loads((run / "verify" / "report.json").read_text())
    assert not failed["passed"] and failed["first_divergent_layer"]["layer"]


# ---- issue 26: "up to date" vouches for the content of what it vouches for -----------------------------------
def _edit(path: Path) -> None:
    """Change one byte-level detail of a file the way a person would (text: one character; binary: a byte)."""
    data = path.read_bytes()
    i = len(data) // 2
    path.write_bytes(data[:i] + bytes([data[i] ^ 1]) + data[i + 1 :])


@pytest.mark.parametrize("stage", KILL_STAGES)
def test_an_edited_artifact_is_not_up_to_date_and_names_the_file(finished, tmp_path, capsys, stage):
    cfg = clone(finished, tmp_path)
    from fpgaml.config import load_config
    from fpgaml.stage import all_stages

    config = load_config(cfg)
    directory = config.stage_dir(stage)
    files = sorted(p for p in directory.rglob("*") if p.is_file() and p.name != "manifest.json")
    rel = files[0].relative_to(directory).as_posix()
    _edit(directory / rel)
    before = snapshot(tmp_path)
    code, _, err = cli(capsys, stage, str(cfg))
    assert_clean_error(code, err, 2, f"{stage} artifact", rel, "was changed", "--force")
    assert "up to date" not in err
    later = [s.name for s in all_stages() if stage in s.reads and s.in_flow]
    for other in later:  # a stage that reads it refuses too
        code, _, err = cli(capsys, other, str(cfg))
        assert_clean_error(code, err, 2, f"{stage} artifact", rel, f"{other} depends on it")
    code, _, err = cli(capsys, "run", str(cfg))
    assert_clean_error(code, err, 2, rel)
    assert snapshot(tmp_path) == before


def test_a_changed_bias_in_the_hls_weights_is_caught(finished, tmp_path, capsys):
    """The issue's case: one bias in hls_projects/<name>/firmware/weights/b*.h edited by hand; every stage was
    "up to date" and profile PASS."""
    cfg = clone(finished, tmp_path)
    weights = sorted((tmp_path / "hls" / "adv" / "firmware" / "weights").glob("b*.h"))[0]
    text = weights.read_text()
    body = text[text.index("{") + 1 :]
    first = body.split(",")[0].strip().rstrip("}").strip()
    weights.write_text(text.replace(first, f"{float(first) + 0.25:g}", 1))
    before = snapshot(tmp_path)
    code, _, err = cli(capsys, "run", str(cfg))
    assert_clean_error(code, err, 2, f"firmware/weights/{weights.name} was changed", "convert artifact")
    assert "fpgaml run CONFIG --from convert --force" in err
    assert snapshot(tmp_path) == before
    code, _, err = cli(capsys, "run", str(cfg), "--from", "convert", "--force", "-q")
    assert code == 0, err  # made again from the config: the edit is gone
    assert weights.read_text() == text


def test_an_edited_export_bundle_is_not_up_to_date(finished, tmp_path, capsys):
    """An exported bundle edited after export: `fpgaml export` said "up to date ... 50000/50000 equal"."""
    cfg = clone(finished, tmp_path)
    code, _, err = cli(capsys, "export", str(cfg), "--target", "hls", "-q")
    assert code == 0, err
    code, _, err = cli(capsys, "export", str(cfg), "--target", "hls")
    assert code == 0 and "up to date" in err, err
    export = tmp_path / "runs" / "adv" / "export"
    header = next(p for p in sorted(export.rglob("*.h")) if "weights" in p.parts)
    _edit(header)
    before = snapshot(tmp_path)
    code, _, err = cli(capsys, "export", str(cfg), "--target", "hls")
    assert_clean_error(code, err, 2, "export artifact", header.relative_to(export).as_posix(), "was changed")
    assert "up to date" not in err
    assert snapshot(tmp_path) == before


def test_ptq_that_zeroes_a_layers_weights_fails_the_train_check_naming_it(tmp_path, capsys):
    """A float model one of whose layers holds a weight 10,000 times larger than the others: with 8-bit weights
    the others quantize to 0. The train stage writes its artifact and fails its check (exit 1), naming the
    layer and the setting; before, only `nonzero` in the summary hinted at it."""
    from fpgaml._keras import keras

    k = keras()
    rng = np.random.default_rng(0)
    inp = k.Input((16,), name="inputs")
    h = k.layers.Dense(16, activation="relu", name="fc1")(inp)
    h = k.layers.Dense(16, activation="relu", name="fc2")(h)
    model = k.Model(inp, k.layers.Dense(5, name="logits")(h), name="theirs")
    kern, bias = model.get_layer("fc2").get_weights()
    kern = (rng.normal(size=kern.shape) * 1e-4).astype(np.float32)
    kern[0, 0] = 4.0
    model.get_layer("fc2").set_weights([kern, bias])
    path = _pretrained(tmp_path, model)
    cfg = small_config(
        tmp_path, train={"pretrained": str(path), "float_reference": False, "ptq": {"weight_bits": 8}}
    )
    assert cli(capsys, "data", str(cfg))[0] == 0
    code, _, err = cli(capsys, "train", str(cfg))
    assert_clean_error(
        code, err, 1, "CHECK FAILED", "layer 'fc2' (Dense)", "quantize to 0", "max_zeroed_fraction"
    )
    ptq = json.loads((tmp_path / "runs" / "adv" / "train" / "ptq.json").read_text())
    assert ptq["problems"] and next(r for r in ptq["layers"] if r["name"] == "fc2")["zeroed_fraction"] > 0.9
    code, _, err = cli(capsys, "train", str(cfg))  # up to date: the failed check fails again
    assert_clean_error(code, err, 1, "layer 'fc2' (Dense)")


def test_the_rtl_stage_shows_its_progress(finished, tmp_path, capsys, monkeypatch):
    """The RTL stage of a large network spent 18 minutes without a word: it shows each phase (da4ml trace per
    layer, Verilator + g++, simulation) on stderr unless -q/--json."""
    cfg = clone(finished, tmp_path)
    monkeypatch.delenv("FPGAML_NO_PROGRESS", raising=False)  # as a user's shell has it (-q sets it again)
    code, _, err = cli(capsys, "rtl", str(cfg), "--force")
    assert code == 0, err
    for phase in ("RTL: da4ml trace", "layer", "RTL: simulating"):
        assert phase in err, err[-2000:]
    code, _, err = cli(capsys, "rtl", str(cfg), "--force", "-q")
    assert code == 0 and "RTL: da4ml trace" not in err
