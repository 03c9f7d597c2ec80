"""``rtl.delay_constraint``: da4ml's delay constraint on every constant-matrix product (its solver's hard_dc)
gives shallower adder trees, hence fewer pipeline stages, for the same numbers; the recurrent reused cell,
which does not take it, refuses it by key."""

from __future__ import annotations

import numpy as np
import pytest

from fpgaml.config import from_dict
from fpgaml.errors import ConfigError
from fpgaml.ir import Layer, ModelIR, Weight
from fpgaml.rtl import generate, run_rtl

P = (True, 8, 3)


def _ir() -> ModelIR:
    """32 inputs x 8 outputs of random 6-bit weights: the unconstrained adder trees are 12 adders deep."""
    w = np.random.default_rng(0).integers(-31, 32, size=(32, 8))
    layer = Layer(
        "d",
        "dense",
        "QDense",
        [],
        (8,),
        {"kernel": Weight.from_ints(w, 5, "d", "kernel")},
        attrs={"units": 8},
    )
    return ModelIR.chain([layer], (32,), P)


def test_a_delay_constraint_gives_fewer_stages_and_the_same_numbers(tmp_path) -> None:
    ir = _ir()
    free = generate(ir, tmp_path / "free", clock_period_ns=5.0)
    tight = generate(ir, tmp_path / "tight", clock_period_ns=5.0, delay_constraint=0)
    # critical path in da4ml's units (one adder each): 12 -> 7, three pipeline stages -> two
    assert (free.meta["stage_delays"][-1], free.latency) == (12.0, 3)
    assert (tight.meta["stage_delays"][-1], tight.latency) == (7.0, 2)
    assert tight.estimated_luts > free.estimated_luts  # the price: a few more adders
    rng = np.random.default_rng(1)
    x = np.clip(np.round(rng.normal(0, 2, size=(300, 32)) * 32), -128, 127) / 32  # on the fixed<8,3> grid
    result = run_rtl(ir, x, tmp_path / "run", delay_constraint=0)
    assert result.pipeline_depth == result.latency_cycles == 2
    assert result.n_equal_fixed_point == result.n_outputs == 300 * 8


def test_the_reused_recurrent_cell_refuses_it() -> None:
    from fpgaml.ir import parse
    from fpgaml.models import FAMILIES
    from fpgaml.models.base import BuildContext

    mc = from_dict({"model": {"family": "gru", "params": {"units": 4, "hidden": []}}}).model
    model = FAMILIES.get("gru").build(BuildContext((4, 3), 5, mc, quantized=True))
    with pytest.raises(ConfigError, match=r"rtl\.delay_constraint applies to the pipelined designs"):
        generate(parse(model, "fixed<16,6>"), "/nonexistent", recurrent_steps_per_pass=1, delay_constraint=2)
    with pytest.raises(ConfigError, match=r"rtl\.delay_constraint"):
        from_dict({"rtl": {"delay_constraint": -1}})
