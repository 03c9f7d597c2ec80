"""Design-space sweeps (fpgaml.sweep): the sweep file, point names, Pareto fronts, pick, and a real sweep on
a Dask LocalCluster.

The Dask test runs 4 points of a tiny tagger (2,000 jets, 16-8-5, 1 epoch) through every stage up to
``profile`` (RTL included, 100 Verilator vectors, builds at -O0) on 2 workers: 2 points of a grid (one
weight width, two input widths: every design a check compares, no more), one of them again with an impossible LUT budget (a failed check; its RTL build is shared through the cache), and one
whose data file does not exist (an error in the data stage). A second invocation (serial) must find every
stage of every finished point up to date.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import examples as ex
import pytest
import yaml

from fpgaml.cli import main
from fpgaml.config import load_config
from fpgaml.sweep import NoPointMeets, SweepError, load_sweep, pareto_front, pick, point_name, run_sweep
from fpgaml.sweep.results import write_results

BASE = ex.without_plots(
    {
        "name": "tiny",
        "seed": 3,
        "data": {"n_jets": 2000},
        "model": {"family": "dense", "params": {"hidden": [8]}},
        "train": {"epochs": 1, "batch_size": 256},
        # 1 epoch makes no tagger: the sweep's machinery is under test
        "verify": {"max_accuracy_drop_pp": 100.0},
        "rtl": {"max_vectors": 100, "opt": "-O0", "jobs": 1},
        "csim": {"compile_flags": "-O0"},
        "profile": {"budget": {"max_lut": 100000}},
    }
)


def _files(tmp: Path, sweep: dict[str, Any], base: dict[str, Any] | None = None) -> Path:
    raw = dict(base or BASE)
    raw["paths"] = {"runs": str(tmp / "runs"), "hls_projects": str(tmp / "hls")}
    (tmp / "base.yaml").write_text(yaml.safe_dump(raw))
    path = tmp / "sweeps" / "s.yaml"
    path.parent.mkdir(exist_ok=True)
    path.write_text(yaml.safe_dump({"base": "../base.yaml", **sweep}, sort_keys=False))
    return path


# ---- the sweep file and point names ------------------------------------------------------------------------
def test_grid_expands_in_order_with_names_runs_and_configs(tmp_path: Path) -> None:
    grid = {"model.weight_bits": [4, 6], "train.pruning.sparsity": [0.5, 0.9]}
    path = _files(tmp_path, {"set": {"train.epochs": 6}, "grid": grid})
    sweep = load_sweep(path)
    assert sweep.name == "s"  # the file's stem
    assert [p.name for p in sweep.points] == ["w4_p0.5", "w4_p0.9", "w6_p0.5", "w6_p0.9"]
    assert [p.run for p in sweep.points] == ["s__w4_p0.5", "s__w4_p0.9", "s__w6_p0.5", "s__w6_p0.9"]
    p = sweep.points[1]
    assert p.config.model.weight_bits == 4
    assert p.config.train.pruning.sparsity == 0.9
    assert p.config.train.pruning.begin_epoch == 2  # the rest of pruning from its defaults
    assert p.config.model.params == {"hidden": [8]}  # the base's settings stay
    assert p.config.run_dir == tmp_path / "runs" / "s__w4_p0.9"
    assert p.config.stage_dir("convert") == tmp_path / "hls" / "s__w4_p0.9"
    assert sweep.out_dir == tmp_path / "runs" / "s" / "sweep"
    assert sweep.stages == ["data", "train", "convert", "csim", "verify", "rtl", "profile"]
    assert sweep.keys == ["model.weight_bits", "train.pruning.sparsity"]


def test_points_set_until_and_names_of_every_kind_of_value(tmp_path: Path) -> None:
    path = _files(
        tmp_path,
        {
            "name": "mix",
            "set": {"train.epochs": 6},
            "until": "verify",
            "labels": {"model.act_bits": "relu"},
            "points": [
                {"name": "first", "set": {"model.weight_bits": 5}},
                {"set": {"model.input_precision": "fixed<8,3>", "model.act_bits": 4}},
                {"set": {"model.params.hidden": [16, 8], "train.init_from_float": True}},
                {"set": {"train.pruning": {"sparsity": 0.7}}},
                {"set": {"convert.strategy": "Resource", "convert.reuse_factor": 4}},
                {},
            ],
        },
    )
    sweep = load_sweep(path)
    assert [p.name for p in sweep.points] == [
        "first",
        "in8.3_relu4",
        "h16x8_warm-on",
        "prune-sparsity0.7",
        "strategy-Resource_rf4",
        "base",
    ]
    assert sweep.stages == ["data", "train", "convert", "csim", "verify"]
    assert all(p.config.train.epochs == 6 for p in sweep.points)  # `set` reaches every point
    assert sweep.points[1].config.model.input_precision == "fixed<8,3>"
    assert sweep.points[2].config.model.params["hidden"] == [16, 8]
    assert sweep.points[4].config.convert.reuse_factor == 4


def test_point_names_are_filesystem_safe_and_short() -> None:
    assert point_name({"a.b": "x y/z"}, {}) == "a.b-x-y-z"
    assert point_name({"k": None, "j": False}, {"k": "k", "j": "j"}) == "k-none_j-off"
    long = point_name({f"key{i}": "a" * 20 for i in range(5)}, {})
    assert len(long) <= 60 and long.rsplit("-", 1)[1].isalnum() and len(long.rsplit("-", 1)[1]) == 8
    other = point_name({f"key{i}": "a" * 20 for i in range(4)} | {"key4": "b" * 20}, {})
    assert other != long  # cut names keep a hash of all the settings


def test_random_points_are_seeded_distinct_and_in_range(tmp_path: Path) -> None:
    spec = {
        "set": {"train.epochs": 6},
        "random": {
            "samples": 6,
            "seed": 7,
            "axes": {
                "model.weight_bits": [4, 6, 8],
                "train.pruning.sparsity": {"uniform": [0.5, 0.9], "digits": 2},
                "convert.reuse_factor": {"randint": [1, 4]},
            },
        },
    }
    a = load_sweep(_files(tmp_path, spec))
    b = load_sweep(_files(tmp_path, spec))
    assert [p.values for p in a.points] == [p.values for p in b.points]  # the same seed, the same points
    assert len({json.dumps(p.values, sort_keys=True) for p in a.points}) == 6
    for p in a.points:
        assert p.values["model.weight_bits"] in (4, 6, 8)
        s = p.values["train.pruning.sparsity"]
        assert 0.5 <= s <= 0.9 and round(s, 2) == s
        assert p.values["convert.reuse_factor"] in (1, 2, 3, 4)
    spec["random"]["seed"] = 8
    assert [p.values for p in load_sweep(_files(tmp_path, spec)).points] != [p.values for p in a.points]


@pytest.mark.parametrize(
    ("sweep", "message"),
    [
        ({"grdi": {"model.weight_bits": [4]}}, "grdi: unknown key"),
        ({}, "the sweep has no points"),
        ({"grid": {"model.weight_bits": []}}, "axis 'model.weight_bits' has no values"),
        ({"grid": {"model.weight_bits": [4, 99]}}, "point 'w99'"),
        ({"grid": {"model.wieght_bits": [4]}}, "model.wieght_bits: unknown key"),
        ({"points": [{"name": "a"}, {"name": "a", "set": {"seed": 1}}]}, "two points are named 'a'"),
        ({"points": [{"name": "a"}, {"name": "b"}]}, "points 'a' and 'b' are the same configuration"),
        ({"until": "nonsense", "points": [{}]}, "unknown stage 'nonsense'"),
        ({"random": {"samples": 5, "axes": {"model.weight_bits": [4, 6]}}}, "only 2 distinct points"),
        ({"random": {"samples": 2, "axes": {"seed": {"uniform": [1, 0]}}}}, "need low < high"),
        (
            {"set": {"convert.project_dir": "/tmp/one_dir"}, "grid": {"model.weight_bits": [4, 6]}},
            "would both write /tmp/one_dir",
        ),
    ],
)
def test_invalid_sweep_files_name_what_is_wrong(tmp_path: Path, sweep: dict, message: str) -> None:
    with pytest.raises(SweepError) as err:
        load_sweep(_files(tmp_path, sweep))
    assert message in str(err.value)


def test_missing_base_and_missing_file(tmp_path: Path) -> None:
    (tmp_path / "s.yaml").write_text("base: nowhere.yaml\npoints: [{}]\n")
    with pytest.raises(SweepError, match=r"base: nowhere\.yaml does not exist"):
        load_sweep(tmp_path / "s.yaml")
    with pytest.raises(SweepError, match="does not exist"):
        load_sweep(tmp_path / "none.yaml")


# ---- Pareto fronts -----------------------------------------------------------------------------------------
def test_pareto_front_on_hand_made_points() -> None:
    pts = [
        {"point": "a", "drop_pp": 0.2, "lut": 9000},
        {"point": "b", "drop_pp": 0.5, "lut": 5000},
        {"point": "c", "drop_pp": 0.6, "lut": 6000},  # b is better in both
        {"point": "d", "drop_pp": 1.2, "lut": 3000},
        {"point": "e", "drop_pp": 0.2, "lut": 9500},  # a: same drop, fewer LUT
        {"point": "f", "drop_pp": 1.2, "lut": 3000},  # the same numbers as d: both stay
        {"point": "g", "drop_pp": None, "lut": 100},  # no drop: not a candidate
        {"point": "h", "drop_pp": 2.0, "lut": 2999},
    ]
    assert pareto_front(pts, ["drop_pp", "lut"]) == ["a", "b", "d", "f", "h"]
    assert pareto_front(pts, ["lut"]) == ["g"]
    assert pareto_front([], ["drop_pp", "lut"]) == []
    three = [
        {"point": "x", "drop_pp": 0.5, "lut": 5000, "cycles": 5},
        {"point": "y", "drop_pp": 0.5, "lut": 5000, "cycles": 4},
        {"point": "z", "drop_pp": 0.4, "lut": 6000, "cycles": 6},
    ]
    assert pareto_front(three, ["drop_pp", "lut", "cycles"]) == ["y", "z"]


# ---- pick, on hand-made results ----------------------------------------------------------------------------
def _record(drop: float, lut: int, cycles: int, status: str = "ok") -> dict[str, Any]:
    return {
        "status": status,
        "failed_checks": ["profile: budget exceeded"] if status == "failed check" else [],
        "seconds": 1.0,
        "metrics": {
            "accuracy_float": 0.7,
            "drop_pp": drop,
            "lut": lut,
            "cycles": cycles,
            "resource_source": "estimate (da4ml cost model)",
        },
    }


@pytest.fixture
def picked_sweep(tmp_path: Path) -> Any:
    sweep = load_sweep(_files(tmp_path, {"grid": {"model.weight_bits": [3, 4, 5, 6, 8]}}))
    records = {
        "w3": _record(1.5, 2000, 4),
        "w4": _record(0.9, 4000, 5),
        "w5": _record(0.6, 7000, 5, status="failed check"),
        "w6": _record(0.4, 9000, 6),
        "w8": {"status": "error", "error": "train: boom", "metrics": {}},
    }
    write_results(sweep, records, {})
    return sweep


def test_pick_chooses_the_known_point_and_writes_a_runnable_config(picked_sweep: Any, tmp_path: Path) -> None:
    chosen = pick(picked_sweep, max_lut=8000, max_drop=1.0)  # w5 (0.6 pp) failed a check: w4
    assert chosen.point == "w4"
    again = load_config(chosen.config_path)
    assert again == picked_sweep.point("w4").config  # the whole config, name and paths included
    assert again.model.weight_bits == 4
    assert pick(picked_sweep, max_lut=8000, max_drop=1.0, allow_failed_checks=True).point == "w5"
    assert pick(picked_sweep, max_drop=1.0, minimise="lut").point == "w4"
    assert pick(picked_sweep).point == "w6"  # no constraint: the smallest drop
    assert pick(picked_sweep, max_cycles=4).point == "w3"
    out = tmp_path / "chosen" / "tagger.yaml"
    assert pick(picked_sweep, max_lut=2500, out=out).config_path == out and out.is_file()


def test_pick_never_replaces_a_file_it_did_not_make(picked_sweep: Any, tmp_path: Path, capsys: Any) -> None:
    """Issue 26: ``--out`` never replaces the sweep file, its base or a user's file (not even with --force); an
    earlier picked config of another point only with --force."""
    from fpgaml.errors import ArtifactExistsError

    notes = tmp_path / "notes.yaml"
    notes.write_text("my notes\n")
    own = {p: p.read_bytes() for p in (picked_sweep.path, picked_sweep.base, notes)}
    for target in own:
        for force in (False, True):
            with pytest.raises(ArtifactExistsError, match=r"never replaces|not even with --force"):
                pick(picked_sweep, out=target, force=force)
            code = main(["sweep", "pick", str(picked_sweep.path), "--out", str(target)] + ["--force"] * force)
            assert code == 2 and "Traceback" not in capsys.readouterr().err
    assert {p: p.read_bytes() for p in own} == own
    out = tmp_path / "chosen.yaml"
    pick(picked_sweep, max_cycles=4, out=out)  # w3
    pick(picked_sweep, max_cycles=4, minimise="lut", out=out)  # w3 again: the same config, header aside
    with pytest.raises(ArtifactExistsError, match=r"another point.*--force"):
        pick(picked_sweep, out=out)  # w6 would replace w3
    assert load_config(out).model.weight_bits == 3
    assert main(["sweep", "pick", str(picked_sweep.path), "--out", str(out), "--force"]) == 0
    assert load_config(out).model.weight_bits == 6


def test_pick_with_constraints_nothing_meets_says_what_is_closest(picked_sweep: Any) -> None:
    with pytest.raises(NoPointMeets) as err:
        pick(picked_sweep, max_lut=1000, max_drop=0.3)
    msg = str(err.value)
    assert "no point of sweep 's' meets lut <= 1000, drop_pp <= 0.3" in msg
    assert "smallest lut: w3" in msg and "smallest drop_pp: w6" in msg
    assert "--allow-failed-checks" in msg
    assert err.value.exit_code == 1


def test_pick_refuses_results_of_another_version_of_the_point(picked_sweep: Any) -> None:
    text = picked_sweep.path.read_text().replace("base: ../base.yaml", "base: ../base.yaml\nset: {seed: 9}")
    picked_sweep.path.write_text(text)
    with pytest.raises(SweepError, match="another version of point 'w6'"):
        pick(load_sweep(picked_sweep.path))


def test_pick_without_results_says_to_run_the_sweep(tmp_path: Path) -> None:
    from fpgaml.errors import ArtifactMissingError

    with pytest.raises(ArtifactMissingError, match="run `fpgaml sweep"):
        pick(load_sweep(_files(tmp_path, {"grid": {"seed": [1, 2]}})))


def test_results_files_mark_fronts_and_keep_failed_points(picked_sweep: Any) -> None:
    out = picked_sweep.out_dir
    data = json.loads((out / "results.json").read_text())
    assert data["fronts"]["drop_lut"] == ["w3", "w4", "w5", "w6"]  # w5 failed a check but its numbers count
    assert data["counts"] == {"ok": 3, "failed check": 1, "error": 1}
    rows = list(csv.DictReader((out / "results.csv").open()))
    assert [r["point"] for r in rows] == ["w3", "w4", "w5", "w6", "w8"]
    assert rows[4]["status"] == "error" and rows[4]["error"] == "train: boom" and rows[4]["lut"] == ""
    assert rows[1]["model.weight_bits"] == "4" and rows[1]["pareto_drop_lut"] == "True"
    assert rows[2]["failed_checks"] == "profile: budget exceeded"
    table = (out / "results.md").read_text().splitlines()
    assert table[0].startswith("| point | model.weight_bits | status |") and len(table) == 2 + 5
    cells = {c[0]: c for c in ([x.strip() for x in line.strip("|").split("|")] for line in table[2:])}
    # fronts: drop/LUT = w3 w4 w5 w6; drop/cycles = w3 w5 w6 (w5: 0.6 pp in 5 cycles beats w4's 0.9 pp)
    assert [cells[w][-1] for w in ("w3", "w4", "w5", "w6", "w8")] == [
        "LUT, cycles", "LUT", "LUT, cycles", "LUT, cycles", ""
    ]  # fmt: skip
    assert cells["w4"][1:3] == ["4", "ok"] and cells["w4"][5:11] == [
        "0.90",
        "",
        "4,000",
        "estimate (da4ml cost model)",
        "5",
        "LUT",
    ]
    assert cells["w5"][2] == "failed check (profile: budget exceeded)"
    assert cells["w8"][2] == "error: train: boom" and cells["w8"][5] == ""


def test_interrupt_keeps_finished_points_and_marks_the_rest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import fpgaml.sweep.runner as runner

    sweep = load_sweep(_files(tmp_path, {"grid": {"model.weight_bits": [4, 5, 6]}}))
    calls: list[str] = []

    def fake(config: dict, stages: list[str], force: bool = False) -> dict:
        calls.append(config["name"])
        if len(calls) == 2:
            raise KeyboardInterrupt
        return _record(0.5, 1000, 3)

    monkeypatch.setattr(runner, "run_point", fake)
    with pytest.raises(KeyboardInterrupt):
        run_sweep(sweep, serial=True)
    data = json.loads((sweep.out_dir / "results.json").read_text())
    assert [r["status"] for r in data["rows"]] == ["ok", "interrupted", "interrupted"]
    assert data["rows"][0]["lut"] == 1000


def test_a_bug_in_one_point_is_recorded_and_the_sweep_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import fpgaml.sweep.runner as runner

    sweep = load_sweep(_files(tmp_path, {"grid": {"model.weight_bits": [4, 5, 6]}}))

    def fake(config: dict, stages: list[str], force: bool = False) -> dict:
        if config["model"]["weight_bits"] == 5:
            raise RuntimeError("a bug")
        return _record(0.5, 1000, 3)

    monkeypatch.setattr(runner, "run_point", fake)
    result = run_sweep(sweep, serial=True)
    assert [r["status"] for r in result.rows] == ["ok", "error", "ok"]
    assert result.rows[1]["error"] == "unexpected RuntimeError (after 0 retries): a bug"
    assert not result.all_ok


# ---- the command line without running points ---------------------------------------------------------------
def test_cli_list_and_bad_files(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    path = _files(tmp_path, {"grid": {"model.weight_bits": [4, 6]}})
    assert main(["sweep", str(path), "--list", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert [p["point"] for p in out["points"]] == ["w4", "w6"]
    assert not (tmp_path / "runs").exists()  # --list runs nothing
    path.write_text("base: ../base.yaml\ngrid: {model.weight_bits: [4, 99]}\n")
    assert main(["sweep", str(path), "--json"]) == 2
    err = json.loads(capsys.readouterr().out)["error"]
    assert err["kind"] == "SweepError" and "model.weight_bits" in err["message"]
    assert main(["sweep", "pick", str(path), "--workers", "2"]) == 2
    assert "--workers: only for `fpgaml sweep SWEEP.yaml`" in capsys.readouterr().err
    assert main(["sweep", str(path), "--max-lut", "5"]) == 2
    assert "--max-lut: only for `fpgaml sweep pick SWEEP.yaml`" in capsys.readouterr().err
    path.write_text("base: ../base.yaml\ngrid: {model.weight_bits: [4, 6]}\n")
    assert main(["sweep", str(path), "--serial", "--scheduler", "tcp://127.0.0.1:8786"]) == 2
    assert "choose one of" in capsys.readouterr().err
    assert not (tmp_path / "runs").exists()


# ---- a real sweep on a Dask LocalCluster -------------------------------------------------------------------
@pytest.fixture(scope="module")
def dask_sweep(tmp_path_factory: pytest.TempPathFactory, rtl_cache: Path) -> tuple[Any, Any]:
    tmp = tmp_path_factory.mktemp("sweep")
    path = _files(
        tmp,
        {
            "name": "tiny",
            "set": {"rtl.cache_dir": str(rtl_cache)},
            "points": [
                {"name": "broken", "set": {"data.source": str(tmp / "no_such_jets.npz")}},
                # w6_in16.6 with a budget no design meets: the same RTL, a failed check
                {"name": "overbudget", "set": {"profile.budget.max_lut": 10}},
            ],
            # one weight width: each further point is a whole flow (training, C-sim, RTL build) on the workers
            "grid": {"model.weight_bits": [6], "model.input_precision": ["fixed<16,6>", "fixed<8,3>"]},
        },
    )
    sweep = load_sweep(path)
    return sweep, run_sweep(sweep, workers=2)


def test_dask_sweep_records_every_point(dask_sweep: tuple[Any, Any]) -> None:
    from fpgaml.artifacts import read_manifest

    sweep, result = dask_sweep
    rows = {r["point"]: r for r in result.rows}
    assert list(rows) == ["broken", "overbudget", "w6_in16.6", "w6_in8.3"]
    assert {n: r["status"] for n, r in rows.items()} == {
        "broken": "error",
        "overbudget": "failed check",
        "w6_in16.6": "ok",
        "w6_in8.3": "ok",
    }
    assert rows["broken"]["error"].startswith("data: ") and "no_such_jets.npz" in rows["broken"]["error"]
    assert rows["broken"]["lut"] is None and not rows["broken"]["pareto_drop_lut"]
    assert "budget exceeded" in rows["overbudget"]["failed_checks"][0]
    for name in ("overbudget", "w6_in16.6", "w6_in8.3"):
        row, point = rows[name], sweep.point(name)
        # the row's numbers are the point's own artifacts' numbers
        report = json.loads((point.config.stage_dir("verify") / "report.json").read_text())
        assert row["accuracy_csim"] == round(report["classification"]["C-sim"]["accuracy"], 5)
        assert row["accuracy_float"] == round(report["classification"]["float"]["accuracy"], 5)
        assert row["exact_fraction"] == 1.0  # dense QKeras nets C-simulate bit-exactly
        rtl = read_manifest(point.config.stage_dir("rtl"), "rtl").summary
        assert row["cycles"] == rtl["latency_cycles"] and row["cycles_source"] == "RTL sim (Verilator)"
        assert row["lut"] == rtl["da4ml_lut_estimate"] > 0
        assert row["resource_source"] == "estimate (da4ml cost model)"
        assert row["drop_of"] == "C-sim"
        assert point.config.model.weight_bits == row["model.weight_bits"]
    # the budget changed nothing but the verdict: the same design as w6_in16.6
    assert rows["overbudget"]["lut"] == rows["w6_in16.6"]["lut"]
    assert rows["overbudget"]["accuracy_csim"] == rows["w6_in16.6"]["accuracy_csim"]
    # fewer input bits, fewer LUT (the same weights bits)
    assert rows["w6_in8.3"]["lut"] < rows["w6_in16.6"]["lut"]
    fronts = result.results["fronts"]
    assert fronts["drop_lut"] and set(fronts["drop_lut"]) <= set(rows) - {"broken"}
    assert fronts["drop_cycles"]


def test_dask_sweep_ran_in_parallel_with_capped_tensorflow(dask_sweep: tuple[Any, Any]) -> None:
    _, result = dask_sweep
    workers = [result.records[n]["worker"] for n in result.records if result.records[n]["status"] != "error"]
    assert len({w["pid"] for w in workers}) == 2  # both workers ran points
    assert all(w["tf_threads"] == [1, 1] for w in workers)
    assert result.results["executor"] == "LocalCluster(2 workers)"


def test_dask_sweep_writes_its_outputs_only_in_its_directory(dask_sweep: tuple[Any, Any]) -> None:
    sweep, result = dask_sweep
    out = sweep.out_dir
    assert sorted(p.name for p in out.iterdir()) == [
        "pareto.png",
        "results.csv",
        "results.json",
        "results.md",
    ]
    assert (out / "pareto.png").stat().st_size > 20_000
    rows = list(csv.DictReader((out / "results.csv").open()))
    assert [r["point"] for r in rows] == [r["point"] for r in result.rows]
    runs = sorted(p.name for p in sweep.runs.iterdir())
    assert runs == ["tiny", *sorted(p.run for p in sweep.points)]


def test_second_invocation_runs_nothing_and_pick_gives_an_up_to_date_config(
    dask_sweep: tuple[Any, Any], capsys: pytest.CaptureFixture
) -> None:
    sweep, first = dask_sweep
    # --serial: in this process (a LocalCluster's two new workers would each import TensorFlow to find that
    # nothing is to be done; the fixture above is the parallel run)
    code = main(["sweep", str(sweep.path), "--serial", "--json"])
    assert code == 1  # a point failed a check and one had an error: the sweep says so
    again = json.loads(capsys.readouterr().out)
    for name, point in again["points"].items():
        statuses = {s["stage"]: s["status"] for s in point["stages"]}
        if name == "broken":
            assert statuses == {"data": "error"}
            continue
        assert list(statuses) == sweep.stages
        assert not any(s["ran"] for s in point["stages"]), name
        if name == "overbudget":  # the recorded check fails again, without running anything
            assert statuses.pop("profile") == "FAILED CHECK"
        assert set(statuses.values()) == {"up to date"}, (name, statuses)
    assert [r["drop_pp"] for r in again["rows"]] == [r["drop_pp"] for r in first.rows]

    assert main(["sweep", "pick", str(sweep.path), "--max-lut", "1e9", "--json"]) == 0
    chosen = json.loads(capsys.readouterr().out)
    assert chosen["point"] != "overbudget"  # failed a check
    assert main(["run", chosen["config"], "--until", "profile", "--json"]) == 0
    run = json.loads(capsys.readouterr().out)
    assert {s["status"] for s in run["stages"]} == {"up to date"}
    assert main(["sweep", "pick", str(sweep.path), "--max-lut", "1", "--json"]) == 1
    err = json.loads(capsys.readouterr().out)["error"]
    assert err["exit_code"] == 1 and err["message"].startswith("no point of sweep 'tiny' meets lut <= 1")


def test_shipped_dense_pareto_sweep_has_the_documented_points() -> None:
    repo = Path(__file__).resolve().parent.parent
    sweep = load_sweep(repo / "configs" / "sweeps" / "dense_pareto.yaml")
    assert sweep.point_names == [
        "6b", "4b", "6b-p70", "4b-p70", "4b-p85", "6b-p85", "6b-p90", "5b-p85", "5b-p85-in10", "6b-p90-long",
        "6b-p90-warm", "4b-p90-in8-warm", "5b-p90-in8-warm", "6b-p90-in8-warm", "6b5a-p90-in8-warm",
        "6b-p90l-in8-warm", "6b-p85-in8-warm", "6b-p90-in6-warm", "4b-p85-long", "4b-p85-in10", "4b-p90-in10",
        "4b-p90-in8", "3b-p85-in10", "4b4a-p90-in8",
    ]  # fmt: skip
    assert all(p.config.seed == 42 for p in sweep.points)
    six = sweep.point("6b").config
    assert (six.train.epochs, six.train.pruning, six.model.weight_bits) == (80, None, 6)
    p85 = sweep.point("4b-p85").config
    assert p85.train.pruning.sparsity == {"fc1": 0.8, "fc2": 0.9, "fc3": 0.85}
    assert (p85.model.weight_bits, p85.train.pruning.end(p85.train.epochs)) == (4, 40)
    # the point the shipped pruned tagger came from trains exactly like configs/dense_tagger_pruned.yaml
    warm = sweep.point("6b-p90-in8-warm").config
    shipped = load_config(repo / "configs" / "dense_tagger_pruned.yaml")
    assert warm.model == shipped.model
    assert warm.train.model_dump(exclude={"pruning"}) == shipped.train.model_dump(exclude={"pruning"})
    assert warm.train.pruning.sparsity == shipped.train.pruning.sparsity
    assert warm.train.pruning.begin_epoch == shipped.train.pruning.begin_epoch
    assert warm.train.pruning.end(warm.train.epochs) == shipped.train.pruning.end(shipped.train.epochs) == 80


def test_shipped_front_sweep_pairs_each_setting_with_a_second_seed() -> None:
    """configs/sweeps/dense_front.yaml (bench_peers' fpgaml side): every setting twice, differing only in
    train.seed, and its bc1e-5-long point is the shipped configs/dense_tagger_bitcost.yaml."""
    repo = Path(__file__).resolve().parent.parent
    sweep = load_sweep(repo / "configs" / "sweeps" / "dense_front.yaml")
    names = sweep.point_names
    assert len(names) == 18 and all(f"{n}-t2" in names for n in names if not n.endswith("-t2"))
    for name in (n for n in names if not n.endswith("-t2")):
        one, two = sweep.point(name).config, sweep.point(f"{name}-t2").config
        assert (one.train.seed_or(one.seed), two.train.seed_or(two.seed)) == (42, 2)
        assert one.model == two.model
        assert one.train.model_dump(exclude={"seed"}) == two.train.model_dump(exclude={"seed"})
    long = sweep.point("bc1e-5-long").config
    shipped = load_config(repo / "configs" / "dense_tagger_bitcost.yaml")
    assert long.model == shipped.model
    assert long.train.model_dump() == shipped.train.model_dump()
