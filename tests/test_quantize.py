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
