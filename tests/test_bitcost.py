"""Bit-cost-aware training (``train.bit_cost``, :mod:`fpgaml.bitcost`): the term and the bit-operations it
reports are hand-worked on a two-by-two layer, and training with it leaves a network with fewer bit-operations
(and non-zero weights) than the same training without it."""

from __future__ import annotations

import json
from pathlib import Path

import examples as ex
import numpy as np
import pytest

from fpgaml.config import from_dict
from fpgaml.errors import ConfigError


def _layer_model(kernel: np.ndarray):
    from fpgaml._keras import keras, qkeras

    k, q = keras(), qkeras()
    inp = k.Input((2,))
    out = q.QDense(2, kernel_quantizer=q.quantized_bits(6, 0, alpha=1), use_bias=False, name="d")(inp)
    model = k.Model(inp, out)
    model.get_layer("d").set_weights([kernel])
    return model


KERNEL = np.array([[0.5, 0.0], [0.03125, -0.25]], dtype=np.float32)  # 6-bit, LSB 1/32: 16, 0, 1, -8 LSBs


def test_bit_operations_hand_worked() -> None:
    from fpgaml.bitcost import ebops

    # bits each weight needs: 16 -> 5, 0 -> none, 1 -> 1, 8 -> 4; input bits 8 (row 0) and 4 (row 1)
    assert ebops(_layer_model(KERNEL), np.array([8.0, 4.0]), act_bits=6) == 8 * 5 + 4 * (1 + 4)
    # a dropped input (0 bits) costs nothing
    assert ebops(_layer_model(KERNEL), np.array([0.0, 4.0]), act_bits=6) == 4 * (1 + 4)


def test_loss_term_hand_worked() -> None:
    from fpgaml.bitcost import term

    model = _layer_model(KERNEL)
    bits = np.array([8.0, 4.0])
    # beta * sum b * log2(1 + |w|/lsb) = 8 (log2 17 + log2 1) + 4 (log2 2 + log2 9) = 49.3800...
    smooth = 8 * np.log2(17) + 4 * (1 + np.log2(9))
    assert float(term(model, 1e-3, 0.0, bits, 6)()) == pytest.approx(1e-3 * smooth, rel=1e-5)
    # neuron: per column sqrt(sum b w^2): sqrt(8 * 0.25 + 4 * 0.03125^2), sqrt(4 * 0.0625)
    group = np.sqrt(8 * 0.25 + 4 * 0.03125**2) + np.sqrt(4 * 0.0625)
    assert float(term(model, 0.0, 0.01, bits, 6)()) == pytest.approx(0.01 * group, rel=1e-5)


def test_config_needs_non_negative_coefficients() -> None:
    assert from_dict({"train": {"bit_cost": {"beta": 2e-6}}}).train.bit_cost.beta == 2e-6
    with pytest.raises(ConfigError, match=r"train\.bit_cost\.beta"):
        from_dict({"train": {"bit_cost": {"beta": -1}}})


def _train(tmp: Path, name: str, bit_cost: dict | None) -> dict:
    raw = {
        "name": name,
        "seed": 1,
        "data": {"n_jets": 6000},
        "model": {"family": "dense", "params": {"hidden": [16]}},
        "train": {"epochs": 6, "batch_size": 256, **({"bit_cost": bit_cost} if bit_cost else {})},
    }
    cfg = ex.run_flow_config(tmp, raw, ["data", "train"])
    return json.loads((cfg.stage_dir("train") / "manifest.json").read_text())["summary"]


def test_training_with_the_term_costs_fewer_bit_operations(tmp_path: Path) -> None:
    plain = _train(tmp_path, "plain", None)
    charged = _train(tmp_path, "charged", {"beta": 2e-4, "neuron": 1e-3})
    assert charged["ebops"] < 0.7 * plain["ebops"]
    assert charged["weights"]["nonzero_weights"] < plain["weights"]["nonzero_weights"]
    assert charged["test_accuracy_qkeras"] > 0.3  # still a tagger (5 classes: chance is 0.2)
