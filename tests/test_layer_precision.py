"""Per-layer widths (``model.layer_precision``): each named layer gets its own quantizer, everything else the
model's; the layer IR, C-sim and RTL follow the trained layers exactly; bad entries are refused by name."""

from __future__ import annotations

import json

import examples as ex
import numpy as np
import pytest

from fpgaml.config import from_dict
from fpgaml.errors import ConfigError

LAYERS = {
    "fc1": {"weight_bits": 3},  # LSB 1/4
    "relu1": {"act_bits": 4, "act_integer": 1},  # LSB 1/8, at most 1.875
    "logits": {"weight_bits": 8, "weight_integer": 1},  # LSB 1/64
}


def _model_cfg(**model):
    return from_dict({"model": {"family": "dense", "params": {"hidden": [16, 16]}, **model}}).model


def _build(model_cfg):
    from fpgaml.models import FAMILIES
    from fpgaml.models.base import BuildContext

    return FAMILIES.get("dense").build(BuildContext((16,), 5, model_cfg, quantized=True))


def test_named_layers_get_their_own_widths() -> None:
    model = _build(_model_cfg(layer_precision=LAYERS))
    wq = {n: model.get_layer(n).kernel_quantizer_internal for n in ("fc1", "fc2", "logits")}
    assert [(q.bits, q.integer) for q in wq.values()] == [(3, 0), (6, 0), (8, 1)]
    assert (model.get_layer("fc1").bias_quantizer_internal.bits) == 3
    aq = {n: model.get_layer(n).quantizer for n in ("relu1", "relu2")}
    assert [(q.bits, q.integer) for q in aq.values()] == [(4, 1), (6, 0)]


@pytest.mark.parametrize(
    ("entries", "family", "message"),
    [
        (
            {"fc9": {"weight_bits": 4}},
            "dense",
            r"layer_precision\.fc9: no such quantized layer.*fc1, fc2, fc3, logits; ReLUs: relu1",
        ),
        ({"relu1": {"weight_bits": 4}}, "dense", r"layer_precision\.relu1: a ReLU has no weights"),
        (
            {"fc1": {"act_bits": 4}},
            "dense",
            r"layer_precision\.fc1: a layer with weights has no act_bits.*relu1",
        ),
        ({"fc1": {"weight_bits": 4}}, "gru", r"'gru' family takes its hls4ml types from the model-wide"),
    ],
)
def test_bad_entries_are_refused_by_name(entries: dict, family: str, message: str) -> None:
    from fpgaml.models import FAMILIES
    from fpgaml.models.base import BuildContext

    cfg = from_dict({"model": {"family": family, "layer_precision": entries}}).model
    shape = (16,) if family == "dense" else (20, 6)
    with pytest.raises(ConfigError, match=message):
        FAMILIES.get(family).build(BuildContext(shape, 5, cfg, quantized=True))


def test_entry_widths_follow_the_qkeras_rules() -> None:
    with pytest.raises(ConfigError, match=r"model\.layer_precision\.fc1\.weight_integer"):
        _model_cfg(layer_precision={"fc1": {"weight_bits": 3, "weight_integer": 3}})
    with pytest.raises(ConfigError, match=r"model\.layer_precision\.relu1\.act_integer"):
        _model_cfg(layer_precision={"relu1": {"act_bits": 3, "act_integer": 4}})
    with pytest.raises(ConfigError, match=r"layer_precision\.fc1\.weight_bit"):
        _model_cfg(layer_precision={"fc1": {"weight_bit": 3}})  # a typo is not ignored


def test_bit_cost_rows_use_the_activation_before_each_layer() -> None:
    from fpgaml.bitcost import ebops

    model = _build(_model_cfg(layer_precision={"relu1": {"act_bits": 3}, "relu2": {"act_bits": 10}}))
    for name in ("fc1", "fc2", "logits"):
        layer = model.get_layer(name)
        kernel = np.zeros(layer.kernel.shape, np.float32)
        kernel[0, 0] = 1.0 / 32  # one weight of one LSB (6 bits, 0 integer: 1/32): needs 1 bit
        layer.set_weights([kernel, np.zeros(layer.bias.shape, np.float32)])
    # fc1's row is input feature 0 (7 bits here); fc2 reads relu1 (3 bits); logits reads relu2 (10 bits)
    assert ebops(model, np.full(16, 7.0), act_bits=6) == 7 + 3 + 10  # all at act_bits would be 7 + 6 + 6


@pytest.fixture(scope="module")
def mixed_run(tmp_path_factory: pytest.TempPathFactory):
    tmp = tmp_path_factory.mktemp("layer_precision")
    raw = {
        "name": "mixed",
        "seed": 5,
        "data": {"n_jets": 6000},
        "model": {"family": "dense", "params": {"hidden": [16, 16]}, "layer_precision": LAYERS},
        "train": {"epochs": 3, "batch_size": 256, "float_reference": "none"},
        "verify": {"max_accuracy_drop_pp": 100.0},
        "rtl": {"max_vectors": 300},
    }
    cfg = ex.run_flow_config(tmp, raw, ["data", "train", "convert", "csim", "verify", "rtl"])
    return cfg


def test_mixed_widths_are_exact_through_csim_and_rtl(mixed_run) -> None:
    from fpgaml.ir import parse
    from fpgaml.modelio import load_model

    cfg = mixed_run
    model = load_model(cfg.stage_dir("train") / "qkeras_model.h5")
    ir = parse(model, cfg.model.input_precision)
    fracs = {n: ir.get(n).weights["kernel"].frac for n in ("fc1", "fc2", "logits")}
    assert fracs == {"fc1": 2, "fc2": 5, "logits": 6}
    w1 = np.asarray(model.get_layer("fc1").kernel_quantizer_internal(model.get_layer("fc1").kernel))
    assert set(np.unique(w1 * 4)) <= set(range(-4, 4))  # 3-bit grid: -1 .. 0.75 in steps of 1/4
    report = json.loads((cfg.stage_dir("verify") / "report.json").read_text())
    assert report["bit_accuracy"]["qkeras"]["n_different"] == 0
    assert report["bit_accuracy"]["fixed_point_reference"]["n_different"] == 0
    rtl = json.loads((cfg.stage_dir("rtl") / "rtl.json").read_text())
    assert rtl["n_equal_csim"] == rtl["n_outputs"] == 300 * 5


def test_a_pretrained_model_keeps_its_own_widths() -> None:
    own = {"train": {"pretrained": "my_model.h5", "float_reference": "none"}}
    with pytest.raises(
        ConfigError, match=r"model\.layer_precision: sets the widths of the layers fpgaml builds"
    ):
        from_dict({**own, "model": {"layer_precision": {"fc1": {"weight_bits": 4}}}})
    with pytest.raises(ConfigError, match="bit_cost shape training; a pretrained model is not trained"):
        from_dict({"train": {**own["train"], "bit_cost": {"beta": 1e-5}}})
    assert from_dict(own).train.pretrained == "my_model.h5"  # the same without either is accepted
