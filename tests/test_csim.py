"""The batched C-simulation harness against hls4ml's own per-sample predict, on a small real project."""

from __future__ import annotations

from pathlib import Path

import examples as ex
import numpy as np
import pytest

from fpgaml.config import ConvertConfig, ModelConfig
from fpgaml.errors import InputError, ToolMissingError


@pytest.fixture(scope="module")
def small_project(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, object, object]:
    from fpgaml import hls
    from fpgaml._keras import keras
    from fpgaml.models import FAMILIES, BuildContext

    keras().utils.set_random_seed(1)
    mcfg = ModelConfig(params={"hidden": [8]})
    model = FAMILIES.get("dense").build(BuildContext((16,), 5, mcfg, quantized=True))
    out = tmp_path_factory.mktemp("prj") / "small"
    hm = hls.convert(model, mcfg, ConvertConfig(), out, family=FAMILIES.get("dense"))
    return out, hm, model


def test_interface_is_read_from_the_bridge(small_project) -> None:
    from fpgaml.csim import read_interface

    iface = read_interface(small_project[0])
    assert iface.project == "myproject"
    assert [p.size for p in iface.inputs] == [16] and [p.size for p in iface.outputs] == [5]


def test_batched_csim_equals_hls4ml_predict_and_qkeras(small_project, tmp_path: Path) -> None:
    from fpgaml.csim import compile_project
    from fpgaml.quantize import to_grid

    prj, hm, model = small_project
    x = to_grid(np.random.default_rng(2).normal(size=(300, 16)) * 2, True, 16, 6)
    lib = compile_project(prj, tmp_path / "b", "-O1")
    ours = lib.predict(x)
    ex.compile_hls(hm)
    theirs = np.asarray(hm.predict(np.ascontiguousarray(x))).reshape(300, 5)
    np.testing.assert_array_equal(ours, theirs)
    np.testing.assert_array_equal(ours, lib.predict(x, threads=1))
    # the QKeras model computes the same numbers (small layer: no float32 rounding inside QKeras)
    np.testing.assert_array_equal(ours, model(x.astype(np.float32)).numpy().astype(np.float64))
    # second compile is cached
    assert compile_project(prj, tmp_path / "b", "-O1").compile_seconds == 0.0


def test_csim_refuses_bad_inputs(small_project, tmp_path: Path) -> None:
    from fpgaml.csim import compile_project

    lib = compile_project(small_project[0], tmp_path / "b", "-O1")
    with pytest.raises(InputError, match="16 values per jet"):
        lib.predict(np.zeros((4, 15)))
    x = np.zeros((4, 16))
    x[2, 3] = np.nan
    with pytest.raises(InputError, match="NaN"):
        lib.predict(x)


def test_missing_compiler_is_reported(small_project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from fpgaml.csim import compile_project

    monkeypatch.setenv("CXX", "g++-that-does-not-exist")
    with pytest.raises(ToolMissingError, match=r"g\+\+-that-does-not-exist.*not found"):
        compile_project(small_project[0], tmp_path / "fresh", "-O1")


@pytest.mark.parametrize(
    ("io_type", "shape"), [("io_parallel", (8, 3)), ("io_stream", (8, 3)), ("io_stream", (16,))]
)
def test_constituent_and_stream_projects(io_type: str, shape: tuple[int, ...], tmp_path: Path) -> None:
    """Multi-dimensional inputs (sizes written as 8*3 in the bridge) and io_stream bridges."""
    from fpgaml import hls
    from fpgaml.csim import compile_project, read_interface
    from fpgaml.models import FAMILIES, BuildContext
    from fpgaml.quantize import to_grid

    family = "dense" if len(shape) == 1 else "cnn1d"
    params = {"hidden": [8]} if family == "dense" else {"filters": [4], "hidden": [8]}
    mcfg = ModelConfig(family=family, params=params)
    model = FAMILIES.get(family).build(BuildContext(shape, 5, mcfg, quantized=True))
    hls.convert(model, mcfg, ConvertConfig(io_type=io_type), tmp_path / "p", family=FAMILIES.get(family))
    assert read_interface(tmp_path / "p").inputs[0].size == int(np.prod(shape))
    x = to_grid(np.random.default_rng(3).normal(size=(64, *shape)), True, 16, 6)
    lib = compile_project(tmp_path / "p", tmp_path / "b", "-O1")
    # io_stream firmware keeps static line buffers and counters: C-sim must not share it between threads
    assert lib.thread_safe == (io_type == "io_parallel")
    y = lib.predict(x)
    np.testing.assert_array_equal(y, model(x.astype(np.float32)).numpy().astype(np.float64))


def test_a_moved_project_gets_its_own_library_and_a_vanished_one_a_clear_error(small_project, tmp_path: Path):
    """hls4ml's C-sim reads its weights from WEIGHTS_DIR at the first call and exit(1)s when they are gone."""
    import shutil

    from fpgaml.csim import compile_project
    from fpgaml.errors import FpgamlError
    from fpgaml.quantize import to_grid

    x = to_grid(np.random.default_rng(3).normal(size=(50, 16)), True, 16, 6)
    a = tmp_path / "a"
    shutil.copytree(small_project[0], a, ignore=shutil.ignore_patterns("fpgaml_csim"))
    lib_a = compile_project(a, tmp_path / "build", "-O1")
    expected = lib_a.predict(x)
    b = tmp_path / "b"
    shutil.move(a, b)  # the same sources at another path: its own library (a copy: nothing compiled)
    lib_b = compile_project(b, tmp_path / "build", "-O1")
    assert lib_b.path != lib_a.path and lib_b.compile_seconds == 0.0
    np.testing.assert_array_equal(lib_b.predict(x), expected)
    stale = type(lib_a)(lib_a.path, lib_a.interface, 0.0, lib_a.thread_safe, lib_a.weights_dir)
    with pytest.raises(FpgamlError, match="no longer exists"):
        stale.predict(x)  # not exit(1) from inside the library


def test_networks_of_one_structure_compile_once_and_each_computes_with_its_own_weights(
    tmp_path: Path,
) -> None:
    """hls4ml's C-sim reads the weights at run time: fpgaml compiles one library per C++ text and gives each
    project a copy of it (its own static weights). Two networks of one C++ text (the second's output units
    in another order: other weights, the same number of zeros per layer), loaded in one process: the second
    is not compiled, and each computes what its own QKeras model does."""
    from fpgaml import hls
    from fpgaml._keras import keras
    from fpgaml.csim import compile_project
    from fpgaml.models import FAMILIES, BuildContext
    from fpgaml.quantize import to_grid

    mcfg = ModelConfig(params={"hidden": [6]})
    x = to_grid(np.random.default_rng(4).normal(size=(200, 16)) * 2, True, 16, 6)
    keras().utils.set_random_seed(11)
    model = FAMILIES.get("dense").build(BuildContext((16,), 5, mcfg, quantized=True))
    hls.convert(model, mcfg, ConvertConfig(), tmp_path / "a", family=FAMILIES.get("dense"))
    expected_a = model(x.astype(np.float32)).numpy().astype(np.float64)
    last = [layer for layer in model.layers if layer.get_weights()][-1]
    perm = [3, 0, 4, 1, 2]
    last.set_weights([w[..., perm] for w in last.get_weights()])  # kernel columns and bias
    hls.convert(model, mcfg, ConvertConfig(), tmp_path / "b", family=FAMILIES.get("dense"))
    expected_b = model(x.astype(np.float32)).numpy().astype(np.float64)
    assert not np.array_equal(expected_a, expected_b)
    lib_a = compile_project(tmp_path / "a")
    lib_b = compile_project(tmp_path / "b")
    assert lib_b.compile_seconds == 0.0 and lib_a.path != lib_b.path
    y_a, y_b = lib_a.predict(x), lib_b.predict(x)  # both loaded in this process
    np.testing.assert_array_equal(y_a, expected_a)
    np.testing.assert_array_equal(y_b, expected_b)
