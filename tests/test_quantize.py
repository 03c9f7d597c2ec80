from __future__ import annotations

import numpy as np
import pytest

from fpgaml.errors import InputError
from fpgaml.quantize import check_shape, grid_limits, to_grid


def test_grid_limits_of_ap_fixed() -> None:
    assert grid_limits(True, 16, 6) == (2.0**-10, -32.0, 32.0 - 2.0**-10)
    assert grid_limits(False, 8, 3) == (2.0**-5, 0.0, 8.0 - 2.0**-5)


def test_to_grid_rounds_half_even_and_saturates() -> None:
    lsb = 2.0**-2
    x = np.array([0.125, 0.375, -0.125, 0.3, 100.0, -100.0])
    got = to_grid(x, True, 6, 4)  # fixed<6,4>: lsb 0.25, range [-8, 7.75]
    np.testing.assert_array_equal(got, [0.0, 0.5, -0.0, 0.25, 8 - lsb, -8.0])
    # idempotent: values on the grid stay where they are
    np.testing.assert_array_equal(to_grid(got, True, 6, 4), got)


@pytest.mark.parametrize("bad", [np.nan, np.inf, -np.inf])
def test_nan_and_inf_are_refused(bad: float) -> None:
    x = np.zeros((3, 4))
    x[1, 2] = bad
    with pytest.raises(InputError, match=r"first at index \[1, 2\]"):
        to_grid(x, True, 16, 6)


def test_wrong_shape_is_refused() -> None:
    with pytest.raises(InputError, match=r"expects \(n_jets, 16\)"):
        check_shape(np.zeros((5, 15)), (16,))


# ---- saturation report ------------------------------------------------------------------------------------
def test_saturation_counts_exactly_the_values_that_clip() -> None:
    """fixed<6,4>: LSB 0.25, range [-8, 7.75]. Rounding first (half to even), then saturation."""
    from fpgaml.quantize import saturation_report

    # feature a: 7.87 rounds to 7.75 (in range), 7.875 is a tie that rounds to 8.0 (clips), 8 and 100 clip
    a = [0.0, 7.75, 7.87, 7.875, 8.0, 100.0, -8.0, -8.1, -8.125, -8.2]
    # feature b: only -8.2 (rounds to -8.25) and -1e3 clip; -8.125 is a tie that rounds to -8.0 (in range)
    b = [0.0, 1.0, 2.0, -8.125, -8.2, -1e3, 3.0, 7.8, 7.7, 0.5]
    x = np.array([a, b]).T
    rep = saturation_report(x, "fixed<6,4>", ["a", "b"])
    assert (rep.lo, rep.hi, rep.lsb) == (-8.0, 7.75, 0.25)
    assert (rep.low["a"], rep.high["a"]) == (1, 3)  # -8.2 below; 7.875, 8, 100 above
    assert (rep.low["b"], rep.high["b"]) == (2, 0)
    assert rep.n_values == 10
    assert rep.per_feature == {"a": 0.4, "b": 0.2}
    assert rep.overall == 6 / 20
    assert rep.worst == [("a", 0.4), ("b", 0.2)]
    # the same values by another route: those where saturation (not rounding) changed the value
    lsb = 0.25
    clipped = to_grid(x, True, 6, 4) != np.rint(x / lsb) * lsb
    assert clipped.sum(axis=0).tolist() == [4, 2]
    json_ready = rep.to_dict()
    assert json_ready["per_feature"]["a"] == {"fraction": 0.4, "below": 1, "above": 3}
    assert json_ready["input_type"] == "fixed<6,4>" and json_ready["range"] == [-8.0, 7.75]


def test_saturation_unsigned_type_and_tuple_form() -> None:
    """ufixed<4,2>: LSB 0.25, range [0, 3.75]; -0.1 rounds to 0 (in range), -0.2 rounds to -0.25 (clips)."""
    from fpgaml.quantize import saturation_report

    x = np.array([[-0.1], [-0.2], [3.8], [3.9], [1.0]])
    rep = saturation_report(x, (False, 4, 2), ["f"])
    assert rep.input_type == "ufixed<4,2>"
    assert (rep.low["f"], rep.high["f"]) == (1, 1)  # 3.8 -> 3.75 in range; 3.9 -> 4.0 clips
    assert rep.per_feature["f"] == pytest.approx(2 / 5)
    none = saturation_report(np.zeros((4, 3)), "fixed<16,6>", ["p", "q", "r"])
    assert none.overall == 0.0 and none.worst == []


def test_saturation_counts_real_particles_only() -> None:
    from fpgaml.quantize import saturation_report

    x = np.zeros((2, 3, 2))
    mask = np.array([[True, True, False], [True, False, False]])
    x[0, 0, 0] = 50.0  # real particle: counts
    x[1, 2, 1] = 50.0  # padding slot: not counted (padding is never a real value)
    rep = saturation_report(x, "fixed<8,3>", ["deta", "dphi"], mask=mask)
    assert rep.n_values == 3
    assert rep.counts("deta") == 1 and rep.counts("dphi") == 0
    assert rep.per_feature["deta"] == pytest.approx(1 / 3)
    unmasked = saturation_report(x, "fixed<8,3>", ["deta", "dphi"])
    assert unmasked.n_values == 6 and unmasked.counts("dphi") == 1


def test_saturation_warning_threshold() -> None:
    from fpgaml.quantize import DEFAULT_SATURATION_WARN_FRACTION, saturation_report, saturation_warnings

    x = np.zeros((1000, 2))
    x[:1, 0] = 40.0  # 1 of 1000 = 0.1 %: at the default threshold, not above
    x[:5, 1] = -40.0  # 0.5 %
    rep = saturation_report(x, "fixed<16,6>", ["j_zlogz", "j_mass_mmdt"])
    assert DEFAULT_SATURATION_WARN_FRACTION == 1e-3
    warnings = saturation_warnings(rep)
    assert len(warnings) == 1
    assert "'j_mass_mmdt'" in warnings[0] and "0.500%" in warnings[0] and "5 below" in warnings[0]
    assert "model.input_precision" in warnings[0]
    assert [w.split("'")[1] for w in saturation_warnings(rep, threshold=0.0)] == ["j_mass_mmdt", "j_zlogz"]
    assert saturation_warnings(rep, threshold=0.01) == []
    with pytest.raises(InputError, match="threshold"):
        saturation_warnings(rep, threshold=5)


def test_saturation_refuses_unusable_inputs() -> None:
    from fpgaml.quantize import saturation_report

    with pytest.raises(InputError, match="NaN"):
        saturation_report(np.array([[np.nan, 0.0]]), "fixed<16,6>", ["a", "b"])
    with pytest.raises(InputError, match="2 feature names"):
        saturation_report(np.zeros((4, 3)), "fixed<16,6>", ["a", "b"])
    with pytest.raises(InputError, match="input type"):  # (fixed<8,10> is an ap_fixed now: FixedType.parse)
        saturation_report(np.zeros((4, 2)), "fixed<0,0>", ["a", "b"])
    with pytest.raises(InputError, match="no input values"):
        saturation_report(np.zeros((2, 3, 2)), "fixed<16,6>", ["a", "b"], mask=np.zeros((2, 3), bool))
