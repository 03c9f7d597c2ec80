"""The shipped constituent-family configs carry their per-algorithm budget (issue 17, docs/families.md "Budgets").

Only the configs are read here (no training, no RTL): every family budgets LUT <= 5 % of the VU13P, its
latency in ns at 200 MHz, its initiation interval and its DSPs; the CNN and the GNN meet the issue's cycle
targets with 0 DSP. Whether the designs fit is measured by `fpgaml run configs/<family>_tagger.yaml --set
profile.yosys=true` (minutes to tens of minutes per family), recorded in docs/families.md.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from fpgaml.config import load_config
from fpgaml.profile.budget import get_device, latency_limit_cycles, resource_limit

REPO = Path(__file__).resolve().parent.parent

#: family config -> (largest latency in cycles at 200 MHz the issue allows or None, DSPs allowed)
FAMILIES = {
    "cnn1d_tagger": (10, 0),
    "gnn_tagger": (20, 0),
    "gru_tagger": (None, 32),
    "lstm_tagger": (None, 48),
}


@pytest.mark.parametrize("name", sorted(FAMILIES))
def test_family_config_has_its_budget(name: str) -> None:
    cfg = load_config(REPO / "configs" / f"{name}.yaml")
    budget = cfg.profile.resolved_budget()
    device = get_device(cfg.profile.device)
    assert device.name == "vu13p"
    lut = resource_limit(budget.max_lut, device.lut)
    assert lut is not None and lut <= 0.05 * 1_728_000
    assert budget.max_latency_ns is not None
    assert budget.max_ii is not None
    max_cycles, dsp = FAMILIES[name]
    assert budget.max_dsp == dsp
    clock_mhz = budget.clock_mhz or 1000.0 / cfg.convert.clock_period_ns
    assert clock_mhz == 200.0
    cycles = latency_limit_cycles(budget, clock_mhz)
    assert cycles is not None
    if max_cycles is not None:
        assert cycles <= max_cycles
        assert budget.max_ii == 1
