"""Pruning during QAT (``train.pruning``) and QAT from the float weights (``train.init_from_float``)."""

from __future__ import annotations

import json
import math
from pathlib import Path

import examples as ex
import numpy as np
import pytest

from fpgaml.config import ModelConfig, from_dict
from fpgaml.errors import ConfigError
from fpgaml.models import FAMILIES, BuildContext
from fpgaml.pruning import prunable_layers, resolve_sparsity


def _dense(hidden: list[int]) -> object:
    cfg = ModelConfig(params={"hidden": hidden}, weight_bits=4)
    return FAMILIES.get("dense").build(BuildContext((16,), 5, cfg, quantized=True))


def test_per_layer_targets_and_errors_name_the_layers() -> None:
    model = _dense([16, 8])
    assert prunable_layers(model) == ["fc1", "fc2", "logits"]
    assert resolve_sparsity(model, 0.5) == {"fc1": 0.5, "fc2": 0.5, "logits": 0.5}
    assert resolve_sparsity(model, {"fc1": 0.9, "logits": 0.0}) == {"fc1": 0.9}
    with pytest.raises(ConfigError, match=r"'fc9'.*prunable layers: fc1, fc2, logits"):
        resolve_sparsity(model, {"fc9": 0.5})
    with pytest.raises(ConfigError, match=r"in \[0, 1\)"):
        resolve_sparsity(model, 1.0)


def test_fixed_gnn_matrices_are_never_pruned() -> None:
    cfg = ModelConfig(family="gnn", params={"kind": "interaction"})
    model = FAMILIES.get("gnn").build(BuildContext((4, 3), 5, cfg, quantized=True))
    names = prunable_layers(model)
    assert names  # the edge, node and head MLPs
    for name in names:
        assert model.get_layer(name).trainable
    fixed = [layer.name for layer in model.layers if getattr(layer, "kernel", None) is not None]
    assert set(fixed) - set(names)  # the fixed 0/1 matrices exist and are not in the list


@pytest.mark.parametrize(
    ("train", "match"),
    [
        ({"init_from_float": True, "float_reference": False}, "init_from_float needs float_reference"),
        ({"epochs": 4, "pruning": {"sparsity": 0.5, "end_epoch": 9}}, "end_epoch <= epochs"),
        ({"pretrained": "m.h5", "pruning": {"sparsity": 0.5}}, "pretrained model is not trained"),
        ({"pruning": {"sparsity": 0.5, "every": 2}}, r"train\.pruning\.every: unknown key"),
    ],
)
def test_bad_training_options_are_refused(train: dict, match: str) -> None:
    with pytest.raises(ConfigError, match=match):
        from_dict({"train": train})


@pytest.fixture(scope="module")
def pruned_run(tmp_path_factory: pytest.TempPathFactory) -> object:
    from fpgaml.flow import run_flow

    tmp = tmp_path_factory.mktemp("pruned")
    cfg = from_dict(
        ex.without_plots(
            {
                "name": "pruned",
                "data": {"n_jets": 4000},
                "model": {"family": "dense", "params": {"hidden": [16, 16]}, "weight_bits": 4},
                "train": {
                    "epochs": 5,
                    "batch_size": 256,
                    "init_from_float": True,
                    "pruning": {"sparsity": {"fc1": 0.75, "fc2": 0.9}, "begin_epoch": 1, "end_epoch": 3},
                },
                "verify": {
                    "max_accuracy_drop_pp": 100.0
                },  # 5 epochs on 2,400 jets: the firmware is the point
                "paths": {"runs": str(tmp / "runs"), "hls_projects": str(tmp / "hls")},
            }
        )
    )
    run_flow(cfg, stages=["data", "train", "convert", "csim", "verify"])
    return cfg


def test_pruned_model_reaches_its_targets_and_stays_a_plain_qkeras_model(pruned_run) -> None:
    from fpgaml.stages.train import load_models

    cfg = pruned_run
    summary = json.loads((cfg.stage_dir("train") / "manifest.json").read_text())["summary"]
    layers = summary["weights"]["layers"]
    for name, target in {"fc1": 0.75, "fc2": 0.9}.items():
        size = layers[name]["weights"]
        # tfmot keeps the round(size * (1 - target)) largest weights; the quantizer may zero a few more
        assert layers[name]["nonzero"] <= math.ceil(size * (1 - target)), layers[name]
    assert layers["logits"]["sparsity"] < 0.5  # not pruned
    qmodel = load_models(cfg).qmodel
    assert [type(layer).__name__ for layer in qmodel.layers] == [
        type(layer).__name__ for layer in _dense([16, 16]).layers
    ]
    kernel = qmodel.get_layer("fc2").kernel_quantizer_internal(qmodel.get_layer("fc2").kernel).numpy()
    assert np.count_nonzero(kernel) == layers["fc2"]["nonzero"]


def test_pruned_firmware_is_bit_exact(pruned_run) -> None:
    report = json.loads((pruned_run.stage_dir("verify") / "report.json").read_text())
    q = report["bit_accuracy"]["qkeras"]
    assert q["n_outputs"] > 0 and q["n_different"] == 0
    assert report["bit_accuracy"]["fixed_point_reference"]["n_different"] == 0


def test_init_from_float_copies_every_weight(tmp_path: Path) -> None:
    from fpgaml.models.base import copy_weights

    cfg = ModelConfig(params={"hidden": [8]})
    float_model = FAMILIES.get("dense").build(BuildContext((16,), 5, cfg, quantized=False))
    qmodel = FAMILIES.get("dense").build(BuildContext((16,), 5, cfg, quantized=True))
    copy_weights(float_model, qmodel)
    for a, b in zip(float_model.get_weights(), qmodel.get_weights(), strict=True):
        np.testing.assert_array_equal(a, b)


def test_recurrent_kernels_are_pruned_and_the_firmware_stays_exact(tmp_path: Path) -> None:
    """``train.pruning`` on a QGRU: tfmot does not know QKeras' recurrent layers, fpgaml gives them the
    cell's kernel and recurrent kernel as prunable weights. Each matrix reaches the target, the saved model is
    a plain QGRU, and the C-sim equals QKeras and the IR on every output."""
    from fpgaml.flow import run_flow
    from fpgaml.ir.core import KINDS
    from fpgaml.stages.train import load_models

    cfg = from_dict(
        ex.without_plots(
            {
                "name": "pruned_gru",
                "data": {"n_jets": 3000, "n_constituents": 4},
                "model": {"family": "gru", "params": {"units": 6, "hidden": [], "table_size": 64}},
                "train": {
                    "epochs": 4,
                    "batch_size": 256,
                    "float_reference": "none",
                    "pruning": {"sparsity": {"gru": 0.5}, "begin_epoch": 1, "end_epoch": 3},
                },
                "verify": {"max_accuracy_drop_pp": 100.0},
                "paths": {"runs": str(tmp_path / "runs"), "hls_projects": str(tmp_path / "hls")},
            }
        )
    )
    with pytest.raises(ConfigError, match=r"'gru9'.*prunable layers: gru, logits"):
        resolve_sparsity(FAMILIES.get("gru").build(BuildContext((4, 10), 5, cfg.model, True)), {"gru9": 0.5})
    run_flow(cfg, stages=["data", "train", "convert", "csim", "verify"])
    qmodel = load_models(cfg).qmodel
    gru = qmodel.get_layer("gru")
    assert type(gru).__name__ == "QGRU"
    for name in ("kernel", "recurrent_kernel"):
        w = KINDS.weight_quantizer(gru, name)(getattr(gru.cell, name)).numpy()
        assert np.count_nonzero(w) <= math.ceil(w.size * 0.5), name  # tfmot's target, per matrix
    summary = json.loads((cfg.stage_dir("train") / "manifest.json").read_text())["summary"]
    assert summary["weights"]["layers"]["gru"]["weights"] == 10 * 18 + 6 * 18
    report = json.loads((cfg.stage_dir("verify") / "report.json").read_text())
    assert report["bit_accuracy"]["qkeras"]["n_different"] == 0
    assert report["bit_accuracy"]["fixed_point_reference"]["n_different"] == 0
