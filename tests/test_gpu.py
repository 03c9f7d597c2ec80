"""The GPU path (ONNX + ONNX Runtime + Triton) on small models, on the CPU.

Tolerances, and why:

- float models: |ONNX Runtime - TensorFlow| <= 1e-5 x the largest |output| (float32 sums in a different
  order differ by a few ulps of the magnitudes summed; 1e-5 is ~80 ulps, far above that noise and far below
  any physics effect);
- quantized models on inputs on the fixed<16,6> input grid: *identical* outputs. There every partial sum of
  the dense/conv layers is a multiple of 2^-15 below 2^8, exactly representable in float32, so the order of
  summation cannot matter; rounding ties do occur (checked) and must be broken half-to-even as in QKeras;
- recurrent families use float sigmoid/tanh, computed by different libraries in ONNX Runtime and TF: there
  we state >= 99% identical outputs, and report the LSBs.
"""

from __future__ import annotations

import contextlib
import csv
import importlib
import json
import logging
import warnings
from pathlib import Path
from typing import Any

import examples as ex
import numpy as np
import pytest

from fpgaml.config import ModelConfig, from_dict
from fpgaml.errors import (
    ArtifactExistsError,
    ArtifactMissingError,
    CheckFailed,
    ConfigError,
    InputError,
    UnsupportedModelError,
)
from fpgaml.models import FAMILIES, BuildContext

for _mod in ("cnn1d", "recurrent", "gnn"):  # families added by other work; test every one that exists
    with contextlib.suppress(ImportError):
        importlib.import_module(f"fpgaml.models.{_mod}")

CPU = "CPUExecutionProvider"
FLOAT_RTOL = 1e-5
INPUT_FRAC_BITS = 10  # fixed<16,6>: 10 fractional bits, range [-32, 32)


def on_input_grid(x: np.ndarray) -> np.ndarray:
    return (np.clip(np.round(x * 2.0**INPUT_FRAC_BITS), -(2**15), 2**15 - 1) / 2.0**INPUT_FRAC_BITS).astype(
        np.float32
    )


def _randomise(model, seed: int) -> None:
    """Deterministic trainable weights of a sensible scale (kernels ~ 1/sqrt(fan-in), small biases).

    Non-trainable weights (e.g. the GNN's fixed 0/1 receiver/sender matrices) keep their values.
    """
    rng = np.random.default_rng(seed)
    for var in model.trainable_weights:  # respects layer.trainable = False
        shape = tuple(var.shape)
        if len(shape) >= 2:
            fan_in = int(np.prod(shape[:-1]))
            var.assign(rng.normal(0, 1 / np.sqrt(fan_in), shape).astype(np.float32))
        else:
            var.assign(rng.uniform(-0.3, 0.3, shape).astype(np.float32))


def _input_shape(family: str) -> tuple[int, ...]:
    fam = FAMILIES.get(family)
    if fam.features == "hlf":
        return (16,)
    # recurrent families are unrolled in ONNX: 4 time steps keep the export quick; others get 8 particles
    return (4, 3) if "units" in fam.default_params else (8, 3)


def _build(family: str, quantized: bool, seed: int = 1):
    fam = FAMILIES.get(family)
    params = {k: 8 for k in ("units",) if k in fam.default_params}  # keep recurrent layers small
    cfg = ModelConfig(family=family, params=params)
    model = fam.build(BuildContext(_input_shape(family), 5, cfg, quantized))
    _randomise(model, seed)
    return model


@pytest.fixture(scope="module")
def dense():
    from fpgaml.gpu import export_onnx

    rng = np.random.default_rng(0)
    x = rng.normal(size=(2000, 16)).astype(np.float32)
    qmodel, fmodel = _build("dense", True), _build("dense", False)
    return {
        "x": x,
        "qmodel": qmodel,
        "fmodel": fmodel,
        "qproto": export_onnx(qmodel),
        "fproto": export_onnx(fmodel),
    }


# ---- rounding ----------------------------------------------------------------------------------------
def test_onnx_runtime_rounds_half_to_even_like_tf_round() -> None:
    from onnx import TensorProto, helper

    from fpgaml._keras import tf
    from fpgaml.gpu import OnnxRunner

    graph = helper.make_graph(
        [helper.make_node("Round", ["x"], ["y"])],
        "round",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, ["batch", 8])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, ["batch", 8])],
    )
    proto = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)], ir_version=8)
    x = np.array([[-2.5, -1.5, -0.5, 0.5, 1.5, 2.5, 3.5, 0.49999997]], np.float32)
    got = OnnxRunner(proto, providers=[CPU])(x)
    np.testing.assert_array_equal(got, [[-2, -2, 0, 0, 2, 2, 4, 0]])
    np.testing.assert_array_equal(got, tf().round(x).numpy())


# ---- export + agreement ------------------------------------------------------------------------------
def test_float_dense_onnx_matches_tensorflow(dense) -> None:
    from fpgaml.gpu import OnnxRunner, check_agreement, io_signature

    sig = io_signature(dense["fproto"])
    assert sig["inputs"] == [{"name": "inputs", "dtype": "FLOAT", "shape": [None, 16]}]
    assert sig["outputs"] == [{"name": "logits", "dtype": "FLOAT", "shape": [None, 5]}]
    assert dense["fproto"].graph.input[0].type.tensor_type.shape.dim[0].dim_param == "batch"
    runner = OnnxRunner(dense["fproto"], providers=[CPU])
    result = check_agreement(dense["fmodel"], runner, dense["x"], quantized=False)
    assert result["n_outputs"] == 2000 * 5
    assert result["max_rel_diff"] <= FLOAT_RTOL, result
    assert result["argmax_agreement"] == 1.0


def test_quantized_dense_onnx_is_bit_identical_to_qkeras_on_the_input_grid(dense) -> None:
    from fpgaml._keras import keras
    from fpgaml.gpu import OnnxRunner, check_agreement, fold_quantized

    x = on_input_grid(dense["x"])
    qmodel = dense["qmodel"]
    # the folded Keras model is QKeras's arithmetic, op for op
    folded = fold_quantized(qmodel)
    assert not any(type(layer).__module__.startswith("qkeras") for layer in folded.layers)
    np.testing.assert_array_equal(folded.predict(x, verbose=0), qmodel.predict(x, verbose=0))
    # rounding ties really occur in the first quantized ReLU, so half-to-even is exercised
    pre = keras().Model(qmodel.inputs, qmodel.get_layer("fc1").output).predict(x, verbose=0)
    scaled = pre.astype(np.float64) * 2.0 ** (6 - 0)  # quantized_relu(6, 0): 6 fractional bits
    assert np.sum(scaled - np.floor(scaled) == 0.5) > 10

    result = check_agreement(qmodel, OnnxRunner(dense["qproto"], providers=[CPU]), x, quantized=True)
    assert result["output_lsb"] == 2.0**-11  # 6-bit ReLU (2^-6) x 6-bit weights (2^-5)
    assert result["identical_fraction"] == 1.0, result
    assert result["max_lsb_diff"] == 0.0
    ops = {n.op_type for n in dense["qproto"].graph.node}
    assert {"Round", "MatMul"} <= ops and not ops & {"Loop", "If"}


def test_quantized_dense_on_raw_float_inputs_within_stated_tolerance(dense) -> None:
    """Off the grid, float32 sums may land an ulp either side of a tie: >= 99.9% identical, stated."""
    from fpgaml.gpu import OnnxRunner, check_agreement

    result = check_agreement(
        dense["qmodel"], OnnxRunner(dense["qproto"], providers=[CPU]), dense["x"], quantized=True
    )
    assert result["identical_fraction"] >= 0.999, result
    assert result["argmax_agreement"] >= 0.999


@pytest.mark.parametrize("family", [f for f in FAMILIES.names() if f != "dense"])
def test_other_families_export_and_agree(family: str) -> None:
    from fpgaml.gpu import OnnxRunner, check_agreement, export_onnx

    rng = np.random.default_rng(3)
    x = on_input_grid(rng.normal(size=(300, *_input_shape(family))).astype(np.float32))
    exact = family not in ("gru", "lstm")  # ONNX Runtime's float sigmoid/tanh vs the LUT gates
    for quantized in (False, True):
        model = _build(family, quantized, seed=5)
        proto = export_onnx(model)
        result = check_agreement(model, OnnxRunner(proto, providers=[CPU]), x, quantized=quantized)
        if not quantized:
            assert result["max_rel_diff"] <= FLOAT_RTOL, (family, result)
        elif exact:
            assert result["identical_fraction"] == 1.0, (family, result)
        else:  # float sigmoid/tanh inside (GRU/LSTM gates): different libraries
            assert result["identical_fraction"] >= 0.99, (family, result)


# ---- providers ---------------------------------------------------------------------------------------
def test_auto_providers_prefer_tensorrt_then_cuda_then_cpu_never_azure() -> None:
    from fpgaml.gpu import choose_providers

    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a CPU build with "auto" is a choice, not a fallback: no warning
        assert choose_providers("auto", ["AzureExecutionProvider", CPU]) == [CPU]
    gpu_build = ["AzureExecutionProvider", CPU, "CUDAExecutionProvider", "TensorrtExecutionProvider"]
    assert choose_providers("auto", gpu_build) == ["TensorrtExecutionProvider", "CUDAExecutionProvider", CPU]
    assert choose_providers(["CUDAExecutionProvider"], gpu_build) == ["CUDAExecutionProvider", CPU]
    with pytest.raises(ConfigError, match="Azure"):
        choose_providers(["AzureExecutionProvider"], gpu_build)


def test_runner_reports_the_provider_that_ran(dense) -> None:
    import onnxruntime as ort

    from fpgaml.gpu import OnnxRunner

    runner = OnnxRunner(dense["fproto"])
    assert runner.provider == runner.session.get_providers()[0]
    assert "AzureExecutionProvider" not in runner.providers_active
    if "CUDAExecutionProvider" not in ort.get_available_providers():
        assert runner.provider == CPU and not runner.on_gpu
    assert runner.describe()["provider"] == runner.provider


def test_requested_cuda_that_this_build_lacks_warns_loudly(dense, caplog) -> None:
    import onnxruntime as ort

    from fpgaml.gpu import OnnxRunner, ProviderFallbackWarning

    if "CUDAExecutionProvider" in ort.get_available_providers():
        pytest.skip("this onnxruntime build has CUDA")
    with (
        caplog.at_level(logging.WARNING, logger="fpgaml.gpu.runtime"),
        pytest.warns(ProviderFallbackWarning, match="CUDAExecutionProvider"),
    ):
        runner = OnnxRunner(dense["fproto"], providers=["CUDAExecutionProvider", CPU])
    assert runner.provider == CPU
    assert any("CUDAExecutionProvider" in r.getMessage() for r in caplog.records)


def test_gpu_provider_dropped_by_the_session_warns(dense) -> None:
    """ORT falls back to the CPU silently when a provider fails to load; fpgaml must notice."""
    import onnxruntime as ort

    from fpgaml.gpu import OnnxRunner, ProviderFallbackWarning

    if "CUDAExecutionProvider" in ort.get_available_providers():
        pytest.skip("CUDA loads here: no fallback to provoke")
    claimed = [
        "CUDAExecutionProvider",
        CPU,
    ]  # pretend the build lists CUDA (as a GPU build without CUDA libs)
    with pytest.warns(ProviderFallbackWarning, match="did not take CUDAExecutionProvider"):
        runner = OnnxRunner(dense["fproto"], providers=claimed, available=claimed)
    assert runner.providers_chosen == claimed and runner.providers_active == [CPU]


# ---- bad input ---------------------------------------------------------------------------------------
def test_runner_rejects_bad_input(dense) -> None:
    from fpgaml.gpu import OnnxRunner

    runner = OnnxRunner(dense["fproto"], providers=[CPU])
    x = dense["x"][:4].copy()
    x[2, 3] = np.nan
    with pytest.raises(
        InputError, match=r"1 non-finite value\(s\) \(1 NaN, 0 Inf\), first at index \(2, 3\)"
    ):
        runner(x)
    x[2, 3] = np.inf
    with pytest.raises(InputError, match=r"0 NaN, 1 Inf"):
        runner(x)
    with pytest.raises(InputError, match=r"expected shape \(batch, 16\), got \(4, 15\)"):
        runner(dense["x"][:4, :15])
    with pytest.raises(InputError, match=r"add the batch axis"):
        runner(dense["x"][0])
    with pytest.raises(InputError, match="empty batch"):
        runner(dense["x"][:0])
    with pytest.raises(InputError, match="expected numbers"):
        runner(np.array([["a"] * 16]))
    np.testing.assert_array_equal(runner(dense["x"][:4].astype(np.float64)), runner(dense["x"][:4]))


def test_layers_that_cannot_be_folded_are_named() -> None:
    from fpgaml._keras import keras, qkeras
    from fpgaml.gpu import export_onnx, fold_quantized

    k, q = keras(), qkeras()
    inp = k.Input((4,), name="inputs")
    out = q.QBatchNormalization(name="odd_bn")(
        q.QDense(3, kernel_quantizer=q.quantized_bits(6, 0, alpha=1), name="fc")(inp)
    )
    with pytest.raises(UnsupportedModelError, match=r"'odd_bn' \(QBatchNormalization\)"):
        fold_quantized(k.Model(inp, out))

    auto = q.QActivation(q.quantized_bits(4, 0, alpha="auto"), name="auto_act")(inp)
    with pytest.raises(UnsupportedModelError, match=r"'auto_act'.*data-dependent"):
        export_onnx(k.Model(inp, auto))

    class Mystery(k.layers.Layer):
        def call(self, x):
            return x * 2

    with pytest.raises(UnsupportedModelError, match=r"'mystery' is a custom layer"):
        fold_quantized(k.Model(inp, Mystery(name="mystery")(inp)))


# ---- Triton ------------------------------------------------------------------------------------------
def _triton_type(elem_type: int) -> int:
    from onnx import helper
    from tritonclient.grpc import model_config_pb2 as mc

    np_type = helper.tensor_dtype_to_np_dtype(elem_type)
    return {np.dtype(np.float32): mc.TYPE_FP32, np.dtype(np.float16): mc.TYPE_FP16}[np_type]


def _read_triton_config(path: Path) -> Any:
    """``config.pbtxt`` parsed with Triton's own schema: a field Triton does not know is an error."""
    from google.protobuf import text_format
    from tritonclient.grpc import model_config_pb2 as mc

    return text_format.Parse(path.read_text(), mc.ModelConfig())


def test_triton_repository_layout_and_config_match_the_onnx_graph(dense, tmp_path: Path) -> None:
    import onnx

    from fpgaml.gpu import OnnxRunner, write_model_repository

    repo = tmp_path / "models"
    model_dir = write_model_repository(
        dense["qproto"], repo, "jet_tagger", version=3, max_batch_size=2048, preferred_batch_sizes=[256, 1024]
    )
    assert model_dir == repo / "jet_tagger"
    assert sorted(p.relative_to(repo).as_posix() for p in repo.rglob("*") if p.is_file()) == [
        "jet_tagger/3/model.onnx",
        "jet_tagger/config.pbtxt",
    ]
    cfg = _read_triton_config(model_dir / "config.pbtxt")
    assert cfg.name == "jet_tagger"
    assert cfg.platform == "onnxruntime_onnx"
    assert cfg.max_batch_size == 2048
    assert list(cfg.dynamic_batching.preferred_batch_size) == [256, 1024]

    served = onnx.load(str(model_dir / "3" / "model.onnx"))
    for triton_io, values in ((cfg.input, served.graph.input), (cfg.output, served.graph.output)):
        expected = []
        for v in values:
            dims = v.type.tensor_type.shape.dim
            assert dims[0].dim_param  # the batch dimension is dynamic: Triton supplies it
            expected.append(
                (
                    v.name,
                    _triton_type(v.type.tensor_type.elem_type),
                    [d.dim_value if d.HasField("dim_value") else -1 for d in dims[1:]],
                )
            )
        assert [(t.name, t.data_type, list(t.dims)) for t in triton_io] == expected
    # the served file is the exported graph and runs
    runner = OnnxRunner(served, providers=[CPU])
    np.testing.assert_array_equal(
        runner(dense["x"][:7]), OnnxRunner(dense["qproto"], providers=[CPU])(dense["x"][:7])
    )

    (model_dir / "marker").write_text("old")
    with pytest.raises(ArtifactExistsError, match="force"):
        write_model_repository(dense["qproto"], repo, "jet_tagger")
    assert (model_dir / "marker").exists()
    write_model_repository(dense["fproto"], repo, "jet_tagger", force=True)
    assert not (model_dir / "marker").exists() and (model_dir / "1" / "model.onnx").is_file()
    with pytest.raises(ConfigError, match="exceed max_batch_size"):
        write_model_repository(dense["qproto"], repo, "other", max_batch_size=8, preferred_batch_sizes=[16])


# ---- benchmark ---------------------------------------------------------------------------------------
def test_benchmark_times_every_backend_and_plots(dense, tmp_path: Path) -> None:
    from fpgaml.gpu import benchmark, format_table, plot

    result = benchmark(dense["fmodel"], dense["fproto"], dense["x"], batch_sizes=[1, 64], min_seconds=0.01)
    assert {(r["backend"], r["batch_size"]) for r in result["rows"]} == {
        (b, n) for b in ("onnxruntime", "tf_predict", "tf_call", "tf_function") for n in (1, 64)
    }
    for r in result["rows"]:
        assert r["calls"] >= 3 and r["latency_min_s"] <= r["latency_s"]
        assert r["jets_per_s"] == pytest.approx(r["batch_size"] / r["latency_s"])
    s64 = next(s for s in result["speedup"] if s["batch_size"] == 64)
    rates = {r["backend"]: r["jets_per_s"] for r in result["rows"] if r["batch_size"] == 64}
    assert s64["fastest_tf"] == max(("tf_predict", "tf_call", "tf_function"), key=rates.__getitem__)
    assert s64["vs_tf_predict"] == pytest.approx(rates["onnxruntime"] / rates["tf_predict"])
    assert result["provider"] == CPU or result["provider"].startswith(("CUDA", "Tensorrt"))
    json.dumps(result)  # JSON-ready
    table = format_table(result)
    assert "onnxruntime jets/s" in table and len(table.splitlines()) == 4
    png = plot(result, tmp_path / "bench.png")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


# ---- the stage, on real data/train artifacts ---------------------------------------------------------
def _jets_csv(path: Path, n: int = 1200) -> Path:
    from fpgaml.data.schema import HLF_NAMES, OPENML_CLASS_VALUES

    rng = np.random.default_rng(7)
    labels = rng.integers(0, 5, n)
    feats = rng.normal(size=(n, 16)) + 0.5 * labels[:, None]
    with open(path, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow([*HLF_NAMES, "class"])
        for f, lab in zip(feats, labels, strict=True):
            w.writerow([*(f"{v:.6f}" for v in f), OPENML_CLASS_VALUES[lab]])
    return path


def test_gpu_stage_export_and_bench(tmp_path: Path) -> None:
    from fpgaml.stage import run_stage

    raw = {
        "name": "gpu_small",
        "data": {"source": str(_jets_csv(tmp_path / "jets.csv"))},
        "model": {"params": {"hidden": [16]}},
        "train": {"epochs": 1, "batch_size": 256},
        "gpu": {"bench_batch_sizes": [1, 256], "bench_min_seconds": 0.01},
        "paths": {"runs": str(tmp_path / "runs"), "hls_projects": str(tmp_path / "hls")},
    }
    raw = ex.without_plots(raw)  # and the configs made from it below
    cfg = from_dict(raw)
    with pytest.raises(ArtifactMissingError):
        run_stage("gpu_export", cfg)
    run_stage("data", cfg)
    run_stage("train", cfg)
    with pytest.raises(ArtifactMissingError, match="gpu export"):
        run_stage("gpu_bench", cfg)

    res = run_stage("gpu_export", cfg)
    out = res.summary
    assert res.status == "done" and res.failed_checks == []
    d = cfg.stage_dir("gpu_export")
    assert d == cfg.run_dir / "gpu"
    assert (
        out["models"]["quantized"]["provider"]
        == json.loads((d / "agreement.json").read_text())["quantized"]["runtime"]["providers_active"][0]
    )
    assert out["models"]["float"]["max_rel_diff"] <= cfg.gpu.float_max_rel_diff
    assert out["models"]["quantized"]["identical_fraction"] >= cfg.gpu.quantized_min_identical
    for rel in (
        "quantized.onnx",
        "float.onnx",
        "manifest.json",
        "triton/gpu_small_quantized/config.pbtxt",
        "triton/gpu_small_quantized/1/model.onnx",
        "triton/gpu_small_float/1/model.onnx",
    ):
        assert (d / rel).is_file(), rel
    assert run_stage("gpu_export", cfg).status == "up to date"

    bench = run_stage("gpu_bench", cfg)
    assert bench.status == "done" and set(bench.summary["models"]) == {"quantized", "float"}
    assert "onnxruntime jets/s" in bench.summary["table"]
    for rel in ("bench.png", "bench.txt", "bench_quantized.json", "bench_float.json"):
        assert (cfg.stage_dir("gpu_bench") / rel).is_file(), rel
    # a benchmark setting does not make the export stale
    more = from_dict({**raw, "gpu": {**raw["gpu"], "bench_min_seconds": 0.02}})
    assert run_stage("gpu_export", more).status == "up to date"

    # a different config does not overwrite the artifact without force; a failed threshold raises
    strict = from_dict({**raw, "gpu": {**raw["gpu"], "float_max_rel_diff": 1e-30}})
    with pytest.raises(ArtifactExistsError):
        run_stage("gpu_export", strict)
    if out["models"]["float"]["max_abs_diff"] == 0.0:
        pytest.skip("float ONNX equals TF exactly here: no threshold to fail")
    with pytest.raises(CheckFailed, match="float_max_rel_diff"):
        run_stage("gpu_export", strict, force=True)
    assert (d / "agreement.json").is_file()  # written before the check failed, so it can be read
    with pytest.raises(CheckFailed):
        run_stage("gpu_export", strict)  # up to date, still failed


# ---- the quantized graphs are the firmware -----------------------------------------------------------
RAW = "fixed<26,11>"  # the shipped dense tagger's raw input type


def _raw_model(seed: int = 5):
    """A QKeras dense network fed RAW inputs: the firmware's input scaling (fixed<26,11> -> fixed<16,6>)
    first, as the dense family builds it with ``data.standardize: firmware``."""
    rng = np.random.default_rng(seed)
    st = {"mean": rng.uniform(-200, 200, 16).tolist(), "std": rng.uniform(0.05, 90, 16).tolist()}
    cfg = ModelConfig(family="dense", params={"hidden": [8]}, input_precision=RAW)
    model = FAMILIES.get("dense").build(BuildContext((16,), 5, cfg, True, scaling=st))
    _randomise(model, seed)
    return model, st


def _float32_scaling_errors(offset: float, scale: float, n: int, seed: int) -> np.ndarray:
    """Raw inputs (on the fixed<26,11> grid) where (x - offset) * scale, rounded half to even onto 2^-10,
    comes out differently in float32 than exactly: what a float32 graph would get wrong."""
    rng = np.random.default_rng(seed)
    codes = rng.integers(-(2**25), 2**25, n)
    x = codes * 2.0**-15
    exact = np.round((x - offset) * scale * 2**10)  # float64: the product of two < 2^27 integers is exact
    f32 = np.round((np.float32(x) - np.float32(offset)) * np.float32(scale) * np.float32(2**10))
    return x[(exact != f32) & (np.abs(exact) < 2**15)]


def test_float64_layers_are_where_float32_cannot_be_exact() -> None:
    from fpgaml.gpu.fold import float64_layers
    from fpgaml.ir import parse

    model, _ = _raw_model()
    # the scaling reads a 26-bit raw type: float64; the dense layers read 16-bit and 6-bit values whose
    # sums stay below 2^24 LSB: float32
    assert float64_layers(parse(model, RAW)) == {"input_scale"}
    qmodel = _build("dense", True)
    assert float64_layers(parse(qmodel, "fixed<16,6>")) == set()
    assert "fc1" in float64_layers(parse(qmodel, "fixed<24,12>"))  # 24-bit inputs x 6-bit weights x 16
    assert "fc1" in float64_layers(parse(qmodel, "fixed<26,11>"))  # inputs float32 cannot hold
    assert float64_layers(parse(qmodel)) == set()  # no input type: as before, float32


def test_quantized_onnx_scales_raw_inputs_exactly() -> None:
    """The ONNX graph of the firmware's input scaling equals the fixed-point reference on raw inputs chosen
    where float32 arithmetic rounds the other way; a float32 graph (the fold before it was exact) does not."""
    from fpgaml.gpu import OnnxRunner, export_onnx
    from fpgaml.gpu.fold import fold_ir
    from fpgaml.ir import ModelIR, parse

    model, _ = _raw_model()
    ir = parse(model, RAW)
    a = ir.get("input_scale").attrs
    x = np.tile(np.asarray(a["offset"]), (400, 1))  # every feature at its offset (scaled 0) ...
    bad = _float32_scaling_errors(a["offset"][3], a["scale"][3], 2_000_000, seed=1)[:400]
    assert len(bad) >= 10
    x[: len(bad), 3] = bad  # ... except feature 3, where float32 rounds wrong
    assert np.all(x.astype(np.float32).astype(np.float64) == x)  # the inputs themselves fit float32
    x32 = x.astype(np.float32)
    # the scaling alone: its ONNX graph gives the fixed-point reference's scaled inputs, every one
    scaling = ModelIR(ir.layers[:2], "input_scale", RAW)
    want = scaling.predict(x)
    got = OnnxRunner(export_onnx(fold_ir(scaling), fold=False), providers=[CPU])(x32).astype(np.float64)
    np.testing.assert_array_equal(got, want)
    float32_graph = OnnxRunner(export_onnx(fold_ir(scaling, exact=False), fold=False), providers=[CPU])
    wrong = np.flatnonzero(float32_graph(x32).astype(np.float64)[:, 3] != want[:, 3])
    assert len(wrong) >= 10  # in float32 the crafted inputs land one LSB off
    # and the whole network's ONNX graph equals the fixed-point reference on them
    full = OnnxRunner(export_onnx(model), providers=[CPU])(x32).astype(np.float64)
    np.testing.assert_array_equal(full, ir.predict(x))


@pytest.mark.parametrize("family", ["dense", "cnn1d"])
def test_qonnx_has_quant_nodes_and_equals_the_fixed_point_reference(family: str, tmp_path: Path) -> None:
    import onnx
    from qonnx.core.modelwrapper import ModelWrapper
    from qonnx.util.cleanup import cleanup_model

    from fpgaml.gpu.qonnx_export import export_qonnx, quant_nodes, run_qonnx
    from fpgaml.ir import parse

    if family not in FAMILIES:
        pytest.skip(f"family {family} not in this tree")
    qmodel = _build(family, True)
    ir = parse(qmodel, "fixed<16,6>")
    path = tmp_path / "q.onnx"
    export_qonnx(ir, path)
    model = onnx.load(str(path))
    assert {(n.op_type, n.domain) for n in model.graph.node if n.op_type == "Quant"} == {
        ("Quant", "qonnx.custom_op.general")
    }
    quants = quant_nodes(model)
    first = next(q for q in quants if q["input"] == ir.input_name)  # the firmware's input type
    assert (first["bitwidth"], first["scale"], first["signed"]) == (16, 2.0**-10, True)
    assert len(quants) >= 2 * sum(1 for layer in ir.layers if "kernel" in layer.weights)  # weights, biases
    # the dynamic batch is kept; qonnx's cleanup would make it 0 (why fpgaml does not run it)
    assert model.graph.input[0].type.tensor_type.shape.dim[0].dim_param == "batch"
    cleaned = cleanup_model(ModelWrapper(onnx.load(str(path))))
    assert cleaned.get_tensor_shape(cleaned.graph.input[0].name)[0] == 0
    rng = np.random.default_rng(3)
    x = on_input_grid(rng.normal(0, 2, size=(300, *_input_shape(family))))
    got = run_qonnx(model, x)
    np.testing.assert_array_equal(got.astype(np.float64), ir.predict(x))
    assert run_qonnx(model, x[:7]).shape[0] == 7  # any batch


def test_qonnx_refuses_what_quant_cannot_express() -> None:
    from fpgaml.gpu.qonnx_export import to_qonnx
    from fpgaml.ir import FixedType, ModelIR, Quantizer
    from fpgaml.ir.core import Layer, Weight

    def ir(q: Quantizer) -> ModelIR:
        w = Weight.from_ints(np.ones((4, 2), np.int64), 3, "fc", "kernel")
        layer = Layer(
            "fc", "dense", "QDense", [], (2,), weights={"kernel": w}, activation=q, attrs={"units": 2}
        )
        return ModelIR.chain([layer], (4,), "fixed<8,3>")

    ok = to_qonnx(ir(Quantizer(FixedType.parse("fixed<8,3>"))))
    assert sum(n.op_type == "Quant" for n in ok.graph.node) == 3  # input, kernel, activation
    with pytest.raises(UnsupportedModelError, match=r"layer 'fc'.*wraps on overflow"):
        to_qonnx(ir(Quantizer(FixedType.parse("fixed<8,3>"), overflow="WRAP")))
    with pytest.raises(UnsupportedModelError, match=r"layer 'fc'.*half up on signed"):
        to_qonnx(ir(Quantizer(FixedType.parse("fixed<8,3>"), rounding="RND")))
    with pytest.raises(UnsupportedModelError, match="input type"):
        to_qonnx(ModelIR(ir(Quantizer(FixedType.parse("fixed<8,3>"))).layers, "fc"))


def test_gpu_stage_compares_the_graphs_with_the_csim(tmp_path: Path) -> None:
    """With the C-simulation there, quantized ONNX and QONNX are compared with the firmware on every test
    jet, output by output; one LSB off is a failed check."""
    import onnx

    from fpgaml.gpu.verify import compare_with_csim
    from fpgaml.stage import run_stage
    from fpgaml.stages.csim import load_outputs
    from fpgaml.stages.gpu_export import _checks

    raw = {
        "name": "gpu_raw",
        "seed": 2,
        "data": {"n_jets": 3000, "standardize": "firmware"},
        "model": {"params": {"hidden": [8]}, "input_precision": RAW},
        "train": {"epochs": 1, "float_reference": False},
        "gpu": {"models": ["quantized"]},
        "paths": {"runs": str(tmp_path / "runs"), "hls_projects": str(tmp_path / "hls")},
    }
    raw = ex.without_plots(raw)  # and the configs made from it below
    cfg = from_dict(raw)
    for stage in ("data", "train", "convert", "csim"):
        run_stage(stage, cfg)
    res = run_stage("gpu_export", cfg)
    assert res.status == "done" and res.failed_checks == []
    d = cfg.stage_dir("gpu_export")
    agreement = json.loads((d / "agreement.json").read_text())["quantized"]
    n = len(load_outputs(cfg)["x"])
    for key in ("vs_csim", "qonnx_vs_csim"):
        c = agreement[key]
        assert (c["n_jets"], c["n_equal"], c["n_outputs"], c["required"]) == (n, 5 * n, 5 * n, True), key
        assert c["inputs_not_float32_exact"] == 0
    q = onnx.load(str(d / "quantized.qonnx.onnx"))
    assert q.graph.input[0].type.tensor_type.shape.dim[0].dim_param == "batch"
    assert agreement["qonnx"]["quant_nodes"] == sum(node.op_type == "Quant" for node in q.graph.node) > 0
    # one LSB off in one C-sim output: the comparison counts it, the stage's check fails on it
    cs = load_outputs(cfg)
    y = np.asarray(cs["y"], np.float64).reshape(n, -1).copy()
    lsb = 2.0**-11
    runner_out = y.copy()
    y[17, 2] += lsb
    c = {**compare_with_csim(runner_out, cs["x"], y, lsb), "required": True}
    assert (c["n_equal"], c["differing_jets"], c["max_lsb_diff"]) == (5 * n - 1, [17], 1.0)
    failed = _checks(cfg, "quantized", {**agreement, "vs_csim": c})
    assert failed and "1 of" in failed[0] and "[17]" in failed[0]
    # a new C-simulation makes the export stale (its hash is an input)
    assert run_stage("gpu_export", cfg).status == "up to date"
