"""fpgaml export: the CMSSW emulator library, the Verilog bundle and the HLS bundle, each with a model card.

Small taggers run through the real flow: ``tagger_a`` (dense, one hidden layer of 8, 2 epochs, 50,000 jets,
RAW inputs: the standardisation is inside the firmware; every stage, all three targets, 10,000 golden
vectors), ``tagger_b`` (dense on 3000 jets with standardised inputs, no RTL, exported through the CLI with
``--target``) and ``tagger_c`` (a 1D-CNN on 8 constituents, raw inputs with padded particles, the CMSSW
library on 10,000 vectors). Every bundle is built with the tools its receiver uses (make, g++, Verilator) and compared bit
for bit with the C-simulation; each comparison is shown to fail once (one LSB off, or a symbol clash).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest
import yaml

from fpgaml.config import from_dict

HIDDEN = [8]
RAW_TYPE = "fixed<26,11>"  # the shipped dense tagger's raw input type


def _config(root: Path, name: str, seed: int, **extra: dict) -> dict:
    cfg = {
        "name": name,
        "seed": seed,
        "data": {"n_jets": 3000},
        "model": {"family": "dense", "params": {"hidden": HIDDEN}},
        "train": {"epochs": 2, "float_reference": False},
        "rtl": {"cache_dir": str(root / "rtl_cache")},
        "profile": {"yosys": False},
        "paths": {"runs": str(root / "runs"), "hls_projects": str(root / "hls")},
    }
    for key, value in extra.items():
        cfg[key] = {**cfg.get(key, {}), **value}
    path = root / f"{name}.yaml"
    path.write_text(yaml.safe_dump(cfg))
    return cfg


@pytest.fixture(scope="module")
def root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("export")


@pytest.fixture(scope="module")
def run_a(root: Path):
    """tagger_a: the whole flow (verify and profile included), then every export target, self-checked."""
    from fpgaml.flow import run_flow
    from fpgaml.stage import run_stage

    raw = _config(
        root, "tagger_a", seed=1, data={"n_jets": 50000, "standardize": "firmware"},
        model={"input_precision": RAW_TYPE}, export={"n_vectors": 10000},
    )  # fmt: skip
    cfg = from_dict(raw)
    run_flow(cfg, stages=["data", "train", "convert", "csim", "verify", "rtl", "profile"])
    result = run_stage("export", cfg)
    return cfg, result


@pytest.fixture(scope="module")
def run_b(root: Path):
    """tagger_b: other weights, RTL disabled; exported with `fpgaml export --target cmssw --target verilog`."""
    from fpgaml.cli import main
    from fpgaml.flow import run_flow

    raw = _config(root, "tagger_b", seed=7, rtl={"enabled": False})
    cfg = from_dict(raw)
    run_flow(cfg, stages=["data", "train", "convert", "csim", "rtl"])
    code = main(["export", str(root / "tagger_b.yaml"), "--target", "cmssw", "--target", "verilog", "-q"])
    assert code == 0
    return cfg


@pytest.fixture(scope="module")
def run_c(root: Path):
    """tagger_c: a 1D-CNN on 8 constituents fed raw (padded particles all 0), exported for CMSSW."""
    from fpgaml.flow import run_flow
    from fpgaml.stage import run_stage

    raw = _config(
        root, "tagger_c", seed=3,
        data={"n_jets": 50000, "standardize": "firmware", "n_constituents": 8},
        model={"family": "cnn1d", "input_precision": RAW_TYPE,
               "params": {"filters": [4], "kernel_size": 3, "strides": 1, "pool": 2, "hidden": [8]}},
        rtl={"enabled": False}, export={"n_vectors": 10000, "targets": ["cmssw"]},
    )  # fmt: skip
    cfg = from_dict(raw)
    run_flow(cfg, stages=["data", "train", "convert", "csim", "verify", "rtl"])
    return cfg, run_stage("export", cfg)


def _card(cfg, target: str) -> dict:
    return json.loads(next((cfg.stage_dir("export") / target).rglob("model_card.json")).read_text())


def _run(cmd: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, check=False, timeout=1800)


# ---- registry and config -------------------------------------------------------------------------------------
def test_unknown_target_lists_the_targets() -> None:
    from fpgaml.errors import ConfigError
    from fpgaml.export import get_target, target_names

    assert target_names() == ["cmssw", "hls", "verilog"]
    with pytest.raises(ConfigError, match="unknown export target 'vhdl'; available: cmssw, hls, verilog"):
        get_target("vhdl")
    with pytest.raises(ConfigError, match=r"export\.targets.*available: cmssw, hls, verilog"):
        from_dict({"export": {"targets": ["cmsw"]}})


def test_names_and_versions() -> None:
    from fpgaml.errors import ConfigError
    from fpgaml.export import camel_case

    assert camel_case("dense_tagger") == "DenseTagger"
    assert camel_case("3body-tagger.v2") == "M3bodyTaggerV2"
    cfg = from_dict({"export": {"version": "1p1", "name": "L1TJetTagger"}})
    assert (cfg.export.version, cfg.export.name) == ("1p1", "L1TJetTagger")
    assert from_dict({}).export.version == "1"
    with pytest.raises(ConfigError, match=r"export\.version"):
        from_dict({"export": {"version": "1.1"}})
    with pytest.raises(ConfigError, match=r"export\.name"):
        from_dict({"export": {"name": "jet-tagger"}})
    with pytest.raises(ConfigError, match=r"export\.ap_types_include: .* holds no ap_fixed\.h"):
        from_dict({"export": {"ap_types_include": str(Path(__file__).parent)}})


# ---- the stage ------------------------------------------------------------------------------------------------
def test_export_writes_every_target_and_checks_it(run_a) -> None:
    from fpgaml.stage import run_stage
    from fpgaml.stages.csim import load_outputs

    cfg, result = run_a
    n = len(load_outputs(cfg)["x"])
    assert result.status == "done" and result.summary["model_id"] == "TaggerA_v1"
    record = json.loads((cfg.stage_dir("export") / "export.json").read_text())
    assert set(record["targets"]) == {"cmssw", "verilog", "hls"}
    for target, entry in record["targets"].items():
        assert entry["status"] == "done", target
        (check,) = entry["checks"]
        assert check["passed"] and check["n_vectors"] == n
        assert check["n_equal"] == check["n_outputs"] == n * 5
    assert record["used_records"]["verify"] and record["used_records"]["profile"]
    assert run_stage("export", cfg).status == "up to date"


def test_cmssw_library_builds_cleanly_and_equals_the_csim(run_a, tmp_path: Path) -> None:
    from fpgaml.stages.csim import load_outputs

    cfg, _ = run_a
    src = cfg.stage_dir("export") / "cmssw" / "TaggerA"
    shutil.copytree(src, tmp_path / "TaggerA")
    vdir = tmp_path / "TaggerA" / "TaggerA_v1"
    card = _card(cfg, "cmssw")
    assert card["target_details"]["namespace"] == "hls4ml_TaggerA_v1"
    # the golden vectors are the C-simulation, exactly
    cs = load_outputs(cfg)
    np.testing.assert_array_equal(np.loadtxt(vdir / "test" / "golden_inputs.txt"), cs["x"])
    np.testing.assert_array_equal(np.loadtxt(vdir / "test" / "golden_outputs.txt"), cs["y"])
    # only generated sources and unchanged hls4ml templates; no ap_types, no weights read from text files
    nn = {p.relative_to(vdir / "NN").as_posix() for p in (vdir / "NN").rglob("*") if p.is_file()}
    assert not any(p.startswith("ap_types") or p.endswith(".txt") for p in nn)
    assert "hls4ml_TaggerA_v1" in (vdir / "NN" / "weights" / "w3.h").read_text()
    # the C++ fpgaml writes is warning-free under -Wall -Wextra
    flags = "-O2 -fPIC -std=c++17 -Wall -Wextra"
    build = _run(["make", f"CXXFLAGS={flags}", "all", "test/fpgaml_check"], vdir)
    assert build.returncode == 0, build.stderr[-3000:]
    ours = ("TaggerA_emulator_v1.cpp", "fpgaml_check.cpp", "emulator.h", "nnet_fpgaml_input_scale.h")
    warned = {m.group(1) for m in re.finditer(r"^([^\s:]+):\d+:\d+: warning", build.stderr, re.M)}
    assert not [w for w in warned if w.endswith(ours)], build.stderr[-3000:]
    # every remaining warning is in hls4ml's or Xilinx's code (HLS pragmas, templates, ap_types)
    theirs = ("nnet_utils/", "ap_types", "NN/TaggerA_v1.cpp")
    assert all(any(t in w for t in theirs) for w in warned), warned
    strict = _run(["make", f"CXXFLAGS={flags} -Werror", "-B", "TaggerA_emulator_v1.o"], vdir)
    assert strict.returncode == 0, strict.stderr[-3000:]
    assert (vdir / "TaggerA_v1.so").is_file()
    # loaded with dlopen + create_model, every golden vector through prepare_input / predict / read_result
    proc = _run(["make", "check"], vdir)
    assert proc.returncode == 0, proc.stderr
    n = len(cs["x"])
    assert n == 10000  # raw inputs: the firmware standardises them (its first layer)
    assert f"FPGAML_CHECK vectors={n} outputs={5 * n} equal={5 * n}" in proc.stdout
    # the top-level Makefile builds and installs like the cms-hls4ml repositories
    top = _run(["make", "install", f"PREFIX={tmp_path / 'inst'}"], tmp_path / "TaggerA")
    assert top.returncode == 0, top.stderr[-2000:]
    assert (tmp_path / "inst" / "lib64" / "TaggerA_v1.so").is_file()


def test_cmssw_check_fails_on_one_lsb(run_a, tmp_path: Path) -> None:
    cfg, _ = run_a
    shutil.copytree(cfg.stage_dir("export") / "cmssw" / "TaggerA", tmp_path / "TaggerA")
    vdir = tmp_path / "TaggerA" / "TaggerA_v1"
    golden = vdir / "test" / "golden_outputs.txt"
    y = np.loadtxt(golden)
    y[3, 2] += _card(cfg, "cmssw")["outputs"][0]["lsb"]
    np.savetxt(golden, y, fmt="%.17g")
    proc = _run(["make", "check"], vdir)
    assert proc.returncode != 0
    assert "vector 3 output 2" in proc.stderr and "(-1 LSB)" in proc.stderr
    assert f"equal={y.size - 1}" in proc.stdout


_TWO_MODELS = r"""
#include <dlfcn.h>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>
#include "ap_fixed.h"
#include "hls4ml/emulator.h"

struct Loaded { void* lib; hls4mlEmulator::Model* model; hls4mlEmulator::destroy_model_cls* destroy; };

static Loaded load(const char* path, int mode) {
    void* lib = dlopen(path, RTLD_LAZY | mode);
    if (!lib) { std::fprintf(stderr, "%s\n", dlerror()); std::exit(2); }
    auto create = reinterpret_cast<hls4mlEmulator::create_model_cls*>(dlsym(lib, "create_model"));
    auto destroy = reinterpret_cast<hls4mlEmulator::destroy_model_cls*>(dlsym(lib, "destroy_model"));
    return {lib, create(), destroy};
}

static std::vector<double> rows(const char* path) {
    std::ifstream in(path);
    std::vector<double> v;
    double x;
    while (in >> x) v.push_back(x);
    return v;
}

template <class In, class Out, std::size_t NI, std::size_t NO>
static std::size_t run(Loaded& m, const std::vector<double>& x, const std::vector<double>& y, std::size_t v) {
    In in[NI];
    Out out[NO];
    for (std::size_t j = 0; j < NI; ++j) in[j] = x[v * NI + j];
    m.model->prepare_input(in);
    m.model->predict();
    m.model->read_result(out);
    std::size_t equal = 0;
    for (std::size_t j = 0; j < NO; ++j) equal += out[j] == Out(y[v * NO + j]);
    return equal;
}

int main(int argc, char** argv) {
    const int mode = std::strcmp(argv[1], "global") == 0 ? RTLD_GLOBAL : RTLD_LOCAL;
    Loaded a = load(argv[2], mode), b = load(argv[5], mode);
    auto xa = rows(argv[3]), ya = rows(argv[4]), xb = rows(argv[6]), yb = rows(argv[7]);
    const std::size_t n = xa.size() / A_NI;
    std::size_t ea = 0, eb = 0;
    for (std::size_t v = 0; v < n; ++v) {  // interleaved: both models alive, called in turn
        ea += run<A_IN, A_OUT, A_NI, A_NO>(a, xa, ya, v);
        eb += run<B_IN, B_OUT, B_NI, B_NO>(b, xb, yb, v);
    }
    std::printf("A %zu/%zu B %zu/%zu\n", ea, n * A_NO, eb, n * B_NO);
    a.destroy(a.model);
    b.destroy(b.model);
    return ea == n * A_NO && eb == n * B_NO ? 0 : 1;
}
"""


def _defines(card: dict, prefix: str) -> list[str]:
    ports = card["target_details"]["ports"]
    return [
        f"-D{prefix}_IN={ports['input']['cpp_type']}",
        f"-D{prefix}_OUT={ports['output']['cpp_type']}",
        f"-D{prefix}_NI={ports['input']['size']}",
        f"-D{prefix}_NO={ports['output']['size']}",
    ]


def test_two_models_in_one_process(run_a, run_b, tmp_path: Path) -> None:
    from fpgaml.export import EMULATOR_INCLUDE
    from fpgaml.export.cmssw import ap_types_dir

    cfg_a, _ = run_a
    libs = {}
    for cfg, name in ((cfg_a, "TaggerA"), (run_b, "TaggerB")):
        shutil.copytree(cfg.stage_dir("export") / "cmssw" / name, tmp_path / name)
        proc = _run(["make"], tmp_path / name)
        assert proc.returncode == 0, proc.stderr[-2000:]
        libs[name] = tmp_path / name / f"{name}_v1"
    ya = np.loadtxt(libs["TaggerA"] / "test" / "golden_outputs.txt")
    yb = np.loadtxt(libs["TaggerB"] / "test" / "golden_outputs.txt")
    n = min(len(ya), len(yb))
    assert np.any(ya[:n] != yb[:n])  # two different models: a mix-up cannot pass unnoticed
    # the same number of vectors for both
    for name in libs:
        for f in ("golden_inputs.txt", "golden_outputs.txt"):
            path = libs[name] / "test" / f
            np.savetxt(path, np.loadtxt(path)[:n], fmt="%.17g")
    (tmp_path / "two.cpp").write_text(_TWO_MODELS)
    card_a, card_b = _card(cfg_a, "cmssw"), _card(run_b, "cmssw")
    cxx = ["g++", "-std=c++17", "-O1", "-Wall", f"-I{EMULATOR_INCLUDE}", "-isystem", str(ap_types_dir())]
    defines = [*_defines(card_a, "A"), *_defines(card_b, "B")]
    build = _run([*cxx, *defines, "two.cpp", "-o", "two", "-ldl"], tmp_path)
    assert build.returncode == 0, build.stderr[-3000:]

    def two(mode: str, a: Path, b: Path) -> subprocess.CompletedProcess[str]:
        args = []
        for lib, d in ((a / "TaggerA_v1.so", a), (next(b.glob("*.so")), b)):
            args += [str(lib), str(d / "test/golden_inputs.txt"), str(d / "test/golden_outputs.txt")]
        return _run(["./two", mode, *args], tmp_path)

    for mode in ("local", "global"):  # CMSSW's loader uses RTLD_LOCAL; namespaces make even GLOBAL safe
        proc = two(mode, libs["TaggerA"], libs["TaggerB"])
        assert proc.returncode == 0, (mode, proc.stdout, proc.stderr)
        assert proc.stdout.strip() == f"A {5 * n}/{5 * n} B {5 * n}/{5 * n}"

    # Control: B's sources put into A's namespace, with A's names: its symbols clash with A's. Loaded with
    # RTLD_GLOBAL, one model then runs the other's firmware (here A ran B's), and the comparison says so.
    clash = tmp_path / "clash"
    shutil.copytree(tmp_path / "TaggerB", clash)
    for path in sorted(clash.rglob("*"), key=lambda p: -len(p.parts)):
        if path.is_file() and path.suffix in {".cpp", ".h", ".txt", ""} | {".md"}:
            path.write_text(path.read_text().replace("TaggerB", "TaggerA"))
        if "TaggerB" in path.name:
            path.rename(path.with_name(path.name.replace("TaggerB", "TaggerA")))
    proc = _run(["make", "-C", "TaggerA_v1", "clean", "all"], clash)
    assert proc.returncode == 0, proc.stderr[-2000:]
    clash_b = clash / "TaggerA_v1"
    # A takes raw inputs (ap_fixed<26,11>), B standardised ones (ap_fixed<16,6>): with the symbols mixed up,
    # one model's emulator class receives the other's input array and refuses it (std::bad_any_cast, abort);
    # with equal types it would run the other's firmware and the comparison would fail. Never a silent pass.
    proc = two("global", libs["TaggerA"], clash_b)
    assert proc.returncode != 0
    if proc.returncode == 1:
        assert re.fullmatch(rf"A \d+/{5 * n} B \d+/{5 * n}", proc.stdout.strip())
        assert proc.stdout.strip() != f"A {5 * n}/{5 * n} B {5 * n}/{5 * n}"
    else:
        assert "bad_any_cast" in proc.stderr, (proc.returncode, proc.stderr)


# ---- verilog --------------------------------------------------------------------------------------------------
def test_verilog_bundle_passes_make_and_fails_on_one_lsb(run_a, tmp_path: Path) -> None:
    cfg, _ = run_a
    bundle = tmp_path / "v"
    shutil.copytree(cfg.stage_dir("export") / "verilog" / "TaggerA_v1", bundle)
    proc = _run(["make"], bundle)
    assert proc.returncode == 0, (proc.stdout[-2000:], proc.stderr[-2000:])
    with np.load(cfg.stage_dir("rtl") / "outputs.npz") as z:
        n = len(z["x"])
    assert f"FPGAML_CHECK vectors={n} outputs={5 * n} equal={5 * n}" in proc.stdout
    expected = bundle / "golden" / "expected.txt"
    codes = np.loadtxt(expected, dtype=np.int64)
    codes[5, 1] += 1  # one LSB
    np.savetxt(expected, codes, fmt="%d")
    proc = _run(["make"], bundle)
    assert proc.returncode != 0
    assert "vector 5 output 1" in proc.stderr and f"equal={5 * n - 1}" in proc.stdout


def test_verilog_is_skipped_without_rtl(run_b) -> None:
    record = json.loads((run_b.stage_dir("export") / "export.json").read_text())
    assert set(record["targets"]) == {"cmssw", "verilog"}  # --target chose them
    assert record["targets"]["cmssw"]["status"] == "done"
    verilog = record["targets"]["verilog"]
    assert verilog["status"] == "skipped" and "rtl stage was disabled" in verilog["reason"]
    assert "disabled" in (run_b.stage_dir("export") / "verilog" / "SKIPPED.txt").read_text()
    assert not (run_b.stage_dir("export") / "hls").exists()
    card = _card(run_b, "cmssw")
    assert any("verify stage was not run" in n for n in card["bit_exactness"]["notes"])
    assert [lat["implementation"] for lat in card["latency"]] == ["hls4ml HLS"]  # no RTL to measure


def test_verilog_skips_a_network_without_rtl_path() -> None:
    from types import SimpleNamespace

    from fpgaml.export.verilog import write

    reason = "no RTL path for this network: layer 'gru' (GRU) is not supported"
    result = write(SimpleNamespace(rtl={"status": "skipped", "reason": reason}), Path("/nonexistent"))
    assert result.status == "skipped" and result.reason.endswith(f"the rtl stage was skipped ({reason})")


def test_export_of_only_skipped_targets_is_skipped(run_b, tmp_path: Path) -> None:
    from fpgaml.stage import StageContext, get_stage
    from fpgaml.stages.export import produce

    cfg = run_b.model_copy(update={"export": run_b.export.model_copy(update={"targets": ["verilog"]})})
    outcome = produce(StageContext(cfg, get_stage("export")), tmp_path)
    assert outcome.status == "skipped" and not outcome.failed_checks
    assert outcome.summary["verilog"].startswith("skipped: no RTL for this network")
    assert json.loads((tmp_path / "export.json").read_text())["targets"]["verilog"]["status"] == "skipped"


# ---- hls --------------------------------------------------------------------------------------------------------
def test_hls_bundle_is_complete_with_golden_tb_data(run_a) -> None:
    from fpgaml.csim.templates import installed_templates
    from fpgaml.stages.csim import load_outputs

    cfg, _ = run_a
    bundle = cfg.stage_dir("export") / "hls" / "TaggerA_v1"
    firmware = bundle / "firmware"
    assert all((firmware / rel).is_file() for rel in installed_templates("Vitis").files)
    assert not (bundle / "manifest.json").exists() and (bundle / "build_prj.tcl").is_file()
    cs = load_outputs(cfg)
    np.testing.assert_array_equal(np.loadtxt(bundle / "tb_data" / "tb_input_features.dat"), cs["x"])
    np.testing.assert_array_equal(np.loadtxt(bundle / "tb_data" / "tb_output_predictions.dat"), cs["y"])
    readme = (bundle / "README.md").read_text()
    assert "vitis_hls -f build_prj.tcl" in readme and "vitis-run --mode hls --tcl build_prj.tcl" in readme
    assert "OutputDir: .\n" in (bundle / "hls4ml_config.yml").read_text()


# ---- model cards ------------------------------------------------------------------------------------------------
def test_model_cards_hash_every_file_and_say_what_the_firmware_expects(run_a) -> None:
    from fpgaml.export.card import sha256_file, verify_files
    from fpgaml.ir import parse
    from fpgaml.stages.data import DataInfo
    from fpgaml.stages.train import load_models

    cfg, _ = run_a
    export = cfg.stage_dir("export")
    st = DataInfo.of(cfg).standardization
    first = parse(load_models(cfg).qmodel).layers[1].attrs
    weights = sha256_file(cfg.stage_dir("train") / "qkeras_model.h5")
    for target in ("cmssw", "verilog", "hls"):
        path = next((export / target).rglob("model_card.json"))
        card = json.loads(path.read_text())
        assert verify_files(path) == [], target
        listed = {(path.parent / rel).resolve() for rel in card["files"]}
        on_disk = {p.resolve() for p in (export / target).rglob("*") if p.is_file()}
        assert on_disk - listed == {path.resolve(), path.with_suffix(".md").resolve()}, target
        assert card["weights"]["sha256"] == weights
        assert "RAW inputs" in card["scaling"]["statement"] and card["scaling"]["in_firmware"] is True
        assert [f["mean"] for f in card["scaling"]["features"]] == st["mean"]
        assert [f["std"] for f in card["scaling"]["features"]] == st["std"]
        # the constants the card states are the ones in the trained network's first layer
        assert [f["offset"] for f in card["scaling"]["features"]] == first["offset"]
        assert [f["scale"] for f in card["scaling"]["features"]] == first["scale"]
        assert card["inputs"][0]["type"] == f"ap_{RAW_TYPE}" and card["outputs"][0]["names"] == list("gqWZt")
        assert {"fpgaml", "hls4ml", "da4ml", "verilator"} <= set(card["versions"])
        mine = [lat for lat in card["latency"] if lat["applies_to_this_bundle"]]
        assert len(mine) == 1 and mine[0]["cycles"] > 0
        source = mine[0]["source"]
        assert ("measured in Verilator" in source) if target == "verilog" else ("analytic estimate" in source)
        assert card["bit_exactness"]["status"].startswith("bit-exact")
        if target != "verilog":  # no vendor synthesis ran: no vendor numbers, and the card says so
            assert not [r for r in card["resources"] if r["applies_to_this_bundle"]]
            assert "fpgaml does not make up vendor numbers" in card["resources_note"]
        assert "RAW inputs" in path.with_suffix(".md").read_text()
    # a changed file no longer matches its card
    card_path = next((export / "cmssw").rglob("model_card.json"))
    weights_h = card_path.parent / "NN" / "weights" / "w3.h"
    original = weights_h.read_text()
    try:
        weights_h.write_text(original.replace("{", "{ ", 1))
        assert verify_files(card_path) == ["NN/weights/w3.h"]
    finally:
        weights_h.write_text(original)


def test_constituent_family_raw_inputs_through_the_cmssw_library(run_c, tmp_path: Path) -> None:
    from fpgaml.stages.csim import load_outputs

    cfg, result = run_c
    assert result.status == "done"
    cs = load_outputs(cfg)
    x = np.asarray(cs["x"])
    assert x.shape == (10000, 8, 10)
    pad = np.all(x == 0, axis=-1)
    assert 0 < pad.mean() < 1  # padded (absent) particles among real ones, raw values (not standardised)
    assert np.abs(x[~pad]).max() > 8
    card = _card(cfg, "cmssw")
    assert card["scaling"]["in_firmware"] is True and "all zeros" in card["scaling"]["padding"]
    shutil.copytree(cfg.stage_dir("export") / "cmssw" / "TaggerC", tmp_path / "TaggerC")
    vdir = tmp_path / "TaggerC" / "TaggerC_v1"
    build = _run(
        ["make", "CXXFLAGS=-O2 -fPIC -std=c++17 -Wall -Wextra -Werror", "-B", "TaggerC_emulator_v1.o"], vdir
    )
    assert build.returncode == 0, build.stderr[-3000:]
    proc = _run(["make", "check"], vdir)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert f"FPGAML_CHECK vectors=10000 outputs={5 * 10000} equal={5 * 10000}" in proc.stdout
    # one LSB off in one golden output fails the check
    golden = vdir / "test" / "golden_outputs.txt"
    y = np.loadtxt(golden)
    y[7, 1] += card["outputs"][0]["lsb"]
    np.savetxt(golden, y, fmt="%.17g")
    bad = _run(["make", "check"], vdir)
    assert bad.returncode != 0 and "vector 7 output 1" in bad.stderr
