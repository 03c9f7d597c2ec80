"""The bit-cost ramp (``train.bit_cost.beta: [start, end]``, :mod:`fpgaml.ramp`): beta per epoch and the thinning
of the front are hand-worked; a tiny ramp (a few epochs on a few thousand jets) trains ONCE into the shared
``<runs>/_ramps/<hash>/`` and every checkpoint is an ordinary run (its network is the checkpoint's, bit for bit;
C-sim = QKeras); a sweep with ``checkpoints: all`` makes one point per kept checkpoint and ``sweep pick`` reads
them; bad settings are refused by key; a ramp that dies leaves nothing that looks complete."""

from __future__ import annotations

import json
from pathlib import Path

import examples as ex
import numpy as np
import pytest
import yaml

from fpgaml.config import from_dict
from fpgaml.errors import ConfigError

RAMP = {"beta": [1e-5, 1e-2], "keep": 3, "lr_restarts": 4}


def _raw(name: str, **bit_cost) -> dict:
    return ex.without_plots(
        {
            "name": name,
            "seed": 1,
            "data": {"n_jets": 3000},
            "model": {"family": "dense", "params": {"hidden": [8]}},
            "train": {
                "epochs": 8,
                "batch_size": 128,
                "learning_rate": 0.01,
                "init_from_float": True,
                "bit_cost": {**RAMP, **bit_cost},
            },
            "verify": {"max_accuracy_drop_pp": 100.0},
        }
    )


def _json(path: Path) -> dict:
    return json.loads(Path(path).read_text())


# ---- schedule, front, config -----------------------------------------------------------------------------------
def test_beta_rises_from_start_to_end() -> None:
    from fpgaml.ramp import beta_at

    log = from_dict({"train": {"bit_cost": {"beta": [1e-6, 1e-4]}}}).train.bit_cost
    assert [beta_at(log, e, 5) for e in (0, 2, 4)] == pytest.approx([1e-6, 1e-5, 1e-4])  # log-linear
    lin = from_dict({"train": {"bit_cost": {"beta": [0.0, 1e-4], "ramp": "linear"}}}).train.bit_cost
    assert [beta_at(lin, e, 5) for e in (0, 1, 4)] == pytest.approx([0.0, 2.5e-5, 1e-4])


def test_learning_rate_restarts_along_a_cosine() -> None:
    from fpgaml.ramp import learning_rate_at

    bc = from_dict({"train": {"bit_cost": {"beta": [1e-6, 1e-4], "lr_restarts": 4}}}).train.bit_cost
    # phase 0, 1/4, 2/4, 3/4 of a period, then the restart: lr (0.01 + 0.99 (1 + cos(pi phase)) / 2)
    want = [1.0, 0.01 + 0.99 * (1 + 2**-0.5) / 2, 0.505, 0.01 + 0.99 * (1 - 2**-0.5) / 2, 1.0]
    assert [learning_rate_at(bc, 1.0, e) for e in range(5)] == pytest.approx(want)
    plain = from_dict({"train": {"bit_cost": {"beta": [1e-6, 1e-4]}}}).train.bit_cost
    assert learning_rate_at(plain, 3e-3, 7) == 3e-3


def test_the_front_is_thinned_evenly_in_log_ebops() -> None:
    from fpgaml.ramp import _Epoch, thin

    front = [_Epoch(e, 0.0, acc, ebops) for e, acc, ebops in
             [(1, 0.70, 10000), (2, 0.69, 5000), (3, 0.68, 2500), (4, 0.67, 1000), (5, 0.60, 100)]]  # fmt: skip
    # levels 100, 1000, 10000: the most accurate epoch at or below each
    assert [p.epoch for p in thin(front, 3)] == [5, 4, 1]
    assert [p.epoch for p in thin(front, 9)] == [5, 4, 3, 2, 1]  # fewer than keep: all of them


def test_an_epoch_enters_the_front_only_if_nothing_kept_beats_it() -> None:
    from fpgaml.ramp import _Epoch

    a, b, c = _Epoch(1, 0, 0.70, 5000), _Epoch(2, 0, 0.69, 4000), _Epoch(3, 0, 0.69, 6000)
    assert a.dominates(c) and not a.dominates(b) and not b.dominates(a)
    assert not a.dominates(_Epoch(4, 0, 0.70, 5000))  # the same figures: neither beats the other


@pytest.mark.parametrize(
    ("train", "data", "message"),
    [
        ({"bit_cost": {"beta": 1e-5, "keep": 4}}, {}, r"train\.bit_cost\.keep: belongs to a ramp"),
        (
            {"bit_cost": {"beta": 1e-5, "lr_restarts": 20}},
            {},
            r"train\.bit_cost\.lr_restarts: belongs to a ramp",
        ),
        (
            {"bit_cost": {"beta": 1e-5, "checkpoint": 7}},
            {},
            r"train\.bit_cost\.checkpoint: belongs to a ramp",
        ),
        (
            {"bit_cost": {"beta": [0.0, 1e-4]}},
            {},
            r"train\.bit_cost\.beta: a log ramp needs start and end > 0",
        ),
        ({"bit_cost": {"beta": [1e-6, -1]}}, {}, r"train\.bit_cost\.beta.*start, end >= 0"),
        (
            {"bit_cost": {"beta": [1e-6, 1e-4], "checkpoint": 3, "max_ebops": 500}},
            {},
            r"train\.bit_cost\.max_ebops: give checkpoint or max_ebops, not both",
        ),
        ({"bit_cost": {"beta": [1e-6, 1e-4], "checkpoint": 0}}, {}, r"train\.bit_cost\.checkpoint: an epoch"),
        (
            {"bit_cost": {"beta": [1e-6, 1e-4]}},
            {"task": "regression", "inputs": "x", "targets": "y", "source": "a.npz"},
            r"train\.bit_cost\.beta: a ramp .* a classification task, not 'regression'",
        ),
    ],
)
def test_bad_ramp_settings_are_refused_by_key(train: dict, data: dict, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        from_dict({"train": train, **({"data": data} if data else {})})


def test_a_ramp_with_input_types_judged_after_qat_is_refused() -> None:
    with pytest.raises(ConfigError, match=r"a ramp's checkpoints share the input types chosen before QAT"):
        from_dict({"model": {"input_features": "auto", "input_features_network": "qkeras"},
                   "train": {"bit_cost": {"beta": [1e-6, 1e-4]}, "float_reference": "family"}})  # fmt: skip


# ---- one ramp, many runs ---------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def ramp_runs(tmp_path_factory: pytest.TempPathFactory):
    """The ramp trained by a first run (checkpoint: last), then a run of its most accurate kept checkpoint (an
    earlier epoch than the last) through convert, csim and verify (its train stage finds the ramp and does not
    train)."""
    tmp = tmp_path_factory.mktemp("ramp")
    last = ex.run_flow_config(tmp, _raw("last"), ["data", "train"])
    info = _json(last.stage_dir("train") / "ramp.json")
    first = info["checkpoints"][-1]["epoch"]  # sorted by EBOPs: the largest, most accurate
    picked = ex.run_flow_config(
        tmp, _raw("picked", checkpoint=first), ["data", "train", "convert", "csim", "verify"]
    )
    return tmp, last, picked, info


def test_one_training_keeps_its_front_in_one_shared_artifact(ramp_runs) -> None:
    from fpgaml.artifacts import read_manifest
    from fpgaml.ramp import directory

    tmp, last, picked, info = ramp_runs
    d = directory(last)
    assert d == directory(picked) and d.parent == tmp / "runs" / "_ramps"
    assert read_manifest(d, "ramp").complete
    assert [p.name for p in d.parent.iterdir() if p.name.startswith(".")] == []  # nothing half-written left
    assert info["epochs"] == 8 and len(info["epochs_seen"]) == 8
    assert [e["beta"] for e in info["epochs_seen"]] == pytest.approx(np.geomspace(1e-5, 1e-2, 8).tolist())
    # the optimizer's learning rate (0.01) followed the cosine of lr_restarts: 4, restarting at epoch 5
    cosine = [
        0.01 * f for f in (1.0, 0.01 + 0.99 * (1 + 2**-0.5) / 2, 0.505, 0.01 + 0.99 * (1 - 2**-0.5) / 2)
    ]
    assert [e["learning_rate"] for e in info["epochs_seen"]] == pytest.approx(cosine * 2, rel=1e-6)
    kept = info["checkpoints"]
    assert 1 <= len(kept) <= RAMP["keep"]
    assert [c["ebops"] for c in kept] == sorted(c["ebops"] for c in kept)
    # both ends of the front are always kept: the most accurate epoch seen (the cheaper of equals, then the
    # first) and the cheapest (the more accurate of equals, then the first)
    epochs = info["epochs_seen"]
    best = max(epochs, key=lambda e: (e["val_accuracy"], -e["ebops"], -e["epoch"]))
    cheapest = min(epochs, key=lambda e: (e["ebops"], -e["val_accuracy"], e["epoch"]))
    assert {best["epoch"], cheapest["epoch"]} <= {c["epoch"] for c in kept}
    assert all((d / c["file"]).is_file() for c in kept)
    # each kept checkpoint is the epoch the ramp judged (same accuracy and EBOPs as its record), and it is on
    # the front of every epoch seen: no epoch of the training was both more accurate and cheaper
    seen = {e["epoch"]: e for e in info["epochs_seen"]}
    for a in kept:
        assert (a["val_accuracy"], a["ebops"]) == (
            seen[a["epoch"]]["val_accuracy"],
            seen[a["epoch"]]["ebops"],
        )
        assert not any(
            b["val_accuracy"] > a["val_accuracy"] and b["ebops"] < a["ebops"] for b in info["epochs_seen"]
        )
    # the picked run did not train: one QAT history, the ramp's
    assert _json(picked.stage_dir("train") / "history.json") == _json(d / "history.json")


def test_a_checkpoint_is_an_ordinary_run_of_that_epochs_network(ramp_runs) -> None:
    from fpgaml.modelio import load_model

    _, last, picked, info = ramp_runs
    chosen = info["checkpoints"][-1]
    assert chosen["epoch"] < info["epochs"]  # not the last network: the file copied must be the checkpoint's
    summary = _json(picked.stage_dir("train") / "manifest.json")["summary"]
    assert summary["ramp"]["epoch"] == chosen["epoch"]
    # the network is the checkpoint's: its EBOPs recomputed from the saved file are those judged at that epoch
    assert summary["ebops"] == chosen["ebops"]
    saved = load_model(picked.stage_dir("train") / "qkeras_model.h5")
    ref = load_model(Path(summary["ramp"]["directory"]) / chosen["file"])
    for a, b in zip(saved.get_weights(), ref.get_weights(), strict=True):
        np.testing.assert_array_equal(a, b)
    last_summary = _json(last.stage_dir("train") / "manifest.json")["summary"]
    assert last_summary["ramp"]["epoch"] == info["epochs"] and summary["ebops"] != last_summary["ebops"]
    bit = _json(picked.stage_dir("verify") / "report.json")["bit_accuracy"]["qkeras"]
    assert bit["n_different"] == 0 and bit["n_outputs"] > 0


def test_checkpoints_have_their_own_fingerprints(ramp_runs) -> None:
    from fpgaml.stage import expected_hash

    _, last, picked, _ = ramp_runs
    assert expected_hash("train", last) != expected_hash("train", picked)
    assert expected_hash("data", last) == expected_hash("data", picked)


def test_a_checkpoint_the_ramp_did_not_keep_is_refused_with_the_list(ramp_runs) -> None:
    tmp, _, _, info = ramp_runs
    kept = {c["epoch"] for c in info["checkpoints"]}
    missing = next(e for e in range(1, 9) if e not in kept)
    with pytest.raises(
        ConfigError,
        match=rf"train\.bit_cost\.checkpoint: the ramp kept no checkpoint of epoch {missing}; kept: ",
    ):
        ex.run_flow_config(tmp, _raw("missing", checkpoint=missing), ["data", "train"])
    with pytest.raises(
        ConfigError, match=r"train\.bit_cost\.max_ebops: no kept checkpoint of the ramp has at most 1 EBOPs"
    ):
        ex.run_flow_config(tmp, _raw("tiny", max_ebops=1), ["data", "train"])


def test_max_ebops_picks_the_most_accurate_checkpoint_below_it(ramp_runs) -> None:
    tmp, _, _, info = ramp_runs
    kept = info["checkpoints"]
    limit = max(c["ebops"] for c in kept)
    best = max(kept, key=lambda c: (c["val_accuracy"], -c["ebops"]))
    cfg = ex.run_flow_config(tmp, _raw("budget", max_ebops=limit), ["data", "train"])
    assert _json(cfg.stage_dir("train") / "manifest.json")["summary"]["ramp"]["epoch"] == best["epoch"]


def test_a_damaged_ramp_is_not_read(ramp_runs, tmp_path: Path) -> None:
    """A checkpoint deleted or ramp.json spoilt by hand: the ramp counts as not trained (it would be trained
    again), instead of a run reading half of it."""
    import shutil

    from fpgaml import ramp

    _, last, _, info = ramp_runs
    copy = tmp_path / "runs"
    shutil.copytree(Path(last.paths.runs) / "_ramps", copy / "_ramps")
    cfg = last.model_copy(update={"paths": last.paths.model_copy(update={"runs": str(copy)})})
    assert ramp.trained(cfg)["checkpoints"] == info["checkpoints"]
    d = ramp.directory(cfg)
    (d / info["checkpoints"][0]["file"]).unlink()
    assert ramp.trained(cfg) is None
    shutil.copytree(Path(last.paths.runs) / "_ramps", copy / "_ramps", dirs_exist_ok=True)
    assert ramp.trained(cfg)["checkpoints"] == info["checkpoints"]
    (d / "ramp.json").write_text("{")
    assert ramp.trained(cfg) is None


def test_a_ramp_that_dies_leaves_nothing_that_looks_complete(tmp_path: Path) -> None:
    from fpgaml import ramp
    from fpgaml.config import load_config
    from fpgaml.stage import StageContext, get_stage

    path = tmp_path / "dies.yaml"
    path.write_text(yaml.safe_dump({**_raw("dies"), "paths": {"runs": str(tmp_path / "runs")}}))
    cfg = load_config(path)

    def killed(ctx, out):
        (out / "qkeras_model.h5").write_text("half")
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        ramp.produce(StageContext(cfg, get_stage("train")), tmp_path / "out", killed)
    assert ramp.trained(cfg) is None
    assert not ramp.directory(cfg).exists()
    assert [p.name for p in ramp.directory(cfg).parent.iterdir()] == [f"{ramp.directory(cfg).name}.lock"]


# ---- the sweep ---------------------------------------------------------------------------------------------
def test_a_sweep_makes_one_point_per_kept_checkpoint(ramp_runs) -> None:
    from fpgaml.sweep import load_sweep, pick, run_sweep

    tmp, _, _, info = ramp_runs
    raw = _raw("base")
    raw["paths"] = {"runs": str(tmp / "runs"), "hls_projects": str(tmp / "hls")}
    (tmp / "base.yaml").write_text(yaml.safe_dump(raw))
    (tmp / "seeds.yaml").write_text(yaml.safe_dump({
        "base": "base.yaml", "until": "train", "checkpoints": "all",
        "points": [{"name": "s1"}, {"name": "s2", "set": {"train.seed": 2}}],
    }))  # fmt: skip
    sweep = load_sweep(tmp / "seeds.yaml")
    # s1 is the ramp trained above (same data, model and train settings): its checkpoints are points already;
    # s2 (another seed) has not trained
    assert [p.name for p in sweep.points if not p.ramp_pending] == [
        f"s1_ep{c['epoch']}" for c in info["checkpoints"]
    ]
    assert [p.name for p in sweep.pending_ramps] == ["s2"]
    result = run_sweep(sweep, serial=True)
    s2 = [r for r in result.rows if r["point"].startswith("s2_ep")]
    assert result.all_ok and 1 <= len(s2) <= 3
    assert len(result.rows) == len(info["checkpoints"]) + len(s2)
    assert {r["train.bit_cost.checkpoint"] for r in s2} == {int(r["point"].split("_ep")[1]) for r in s2}
    again = load_sweep(tmp / "seeds.yaml")  # the ramps are trained: the same points, none pending
    assert again.point_names == [r["point"] for r in result.rows] and not again.pending_ramps
    chosen = pick(again, max_drop=100.0)
    cfg = from_dict(yaml.safe_load(chosen.config_path.read_text()))
    assert cfg.train.bit_cost.checkpoint == int(chosen.point.split("_ep")[1])


def test_checkpoints_all_needs_a_ramp(tmp_path: Path) -> None:
    from fpgaml.sweep import SweepError, load_sweep

    (tmp_path / "base.yaml").write_text(yaml.safe_dump({"train": {"bit_cost": {"beta": 1e-5}}}))
    (tmp_path / "s.yaml").write_text(
        yaml.safe_dump({"base": "base.yaml", "checkpoints": "all", "points": [{}]})
    )
    with pytest.raises(
        SweepError, match=r"point 'base' does not ramp \(give train\.bit_cost\.beta as \[start, end\]"
    ):
        load_sweep(tmp_path / "s.yaml")
