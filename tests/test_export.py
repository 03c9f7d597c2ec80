"""fpgaml export: the CMSSW emulator library, the Verilog bundle and the HLS bundle, each with a model card,
checked the way their receivers use them.

Small taggers run through the real flow: ``tagger_a`` (dense, one hidden layer of 8, 2 epochs, 50,000 jets,
RAW inputs: the standardisation is inside the firmware; every stage, all three targets, 10,000 golden
vectors), ``tagger_b`` (dense, 4 hidden, 3000 jets with standardised inputs, exported through the CLI with
``--target``) and ``tagger_c`` (a 1D-CNN on 8 constituents, raw inputs with padded particles, no RTL: the CMSSW
library on 10,000 vectors, the Verilog target skipped). Every bundle is built with the tools its receiver uses
— ``make`` as cmsdist runs it against stand-ins of the hls4mlEmulatorExtras and hls externals, Verilator,
plain Yosys — and compared bit for bit with the C-simulation; each comparison is shown to fail once (one LSB
off, a wrong latency, a missing include flag, a name clash, a card that disagrees with the text).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import examples as ex
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
        # rtl.cache_dir: the default, $FPGAML_CACHE/rtl, is the run's build cache (conftest.py)
        "profile": {"yosys": False},
        "paths": {"runs": str(root / "runs"), "hls_projects": str(root / "hls")},
    }
    for key, value in extra.items():
        cfg[key] = {**cfg.get(key, {}), **value}
    cfg = ex.without_plots(cfg)
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
    """tagger_b: other weights, standardised inputs; exported with `fpgaml export --target cmssw --target verilog`."""
    from fpgaml.cli import main
    from fpgaml.flow import run_flow

    raw = _config(root, "tagger_b", seed=7, model={"params": {"hidden": [4]}})
    cfg = from_dict(raw)
    run_flow(cfg, stages=["data", "train", "convert", "csim", "rtl"])
    # no self-check: the tests below build tagger_b's bundles by hand as their receivers do (the testbenches,
    # lint and Yosys in test_verilog_bundle_as_a_firmware_engineer_takes_it, the CMSSW library beside
    # tagger_a's in test_two_models_in_one_process); tagger_a and tagger_c check themselves
    args = ["--target", "cmssw", "--target", "verilog", "--set", "export.check=false", "-q"]
    code = main(["export", str(root / "tagger_b.yaml"), *args])
    assert code == 0
    return cfg


@pytest.fixture(scope="module")
def run_c(root: Path):
    """tagger_c: a 1D-CNN on 8 constituents fed raw (padded particles all 0), no RTL; cmssw and verilog."""
    from fpgaml.flow import run_flow
    from fpgaml.stage import run_stage

    raw = _config(
        root, "tagger_c", seed=3,
        data={"n_jets": 50000, "standardize": "firmware", "n_constituents": 8},
        model={"family": "cnn1d", "input_precision": RAW_TYPE,
               "params": {"filters": [4], "kernel_size": 3, "strides": 1, "pool": 2, "hidden": [8]}},
        rtl={"enabled": False}, export={"n_vectors": 10000, "targets": ["cmssw", "verilog"]},
    )  # fmt: skip
    cfg = from_dict(raw)
    run_flow(cfg, stages=["data", "train", "convert", "csim", "verify", "rtl"])
    return cfg, run_stage("export", cfg)


@pytest.fixture(scope="module")
def externals(root: Path):
    """Stand-ins of CMSSW's hls4mlEmulatorExtras and hls externals, laid out as cmsdist installs them."""
    from fpgaml.export.externals import write_externals

    return write_externals(root / "externals")


def _card(cfg, target: str) -> dict:
    return json.loads(next((cfg.stage_dir("export") / target).rglob("model_card.json")).read_text())


def _run(cmd: list[str], cwd: Path, env: dict | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, check=False, timeout=1800, env=env)


def _verilator() -> str:
    from fpgaml.rtl import verilator_root

    return str(verilator_root() / "bin" / "verilator")


def _yosys() -> list[str]:
    from fpgaml.rtl.yosys import yosys_command

    return yosys_command()


# ---- registry and config -------------------------------------------------------------------------------------
def test_unknown_target_lists_the_targets() -> None:
    from fpgaml.errors import ConfigError
    from fpgaml.export import get_target, target_names

    assert target_names() == ["cmssw", "hls", "verilog"]
    with pytest.raises(ConfigError, match="unknown export target 'vhdl'; available: cmssw, hls, verilog"):
        get_target("vhdl")
    with pytest.raises(ConfigError, match=r"export\.targets.*available: cmssw, hls, verilog"):
        from_dict({"export": {"targets": ["cmsw"]}})


def test_names_versions_and_target_settings() -> None:
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
    # each target's own section, validated by the model the target declares
    cfg = from_dict({"export": {"verilog": {"synth": True}}})
    assert cfg.export.settings("verilog").synth is True and cfg.export.settings("cmssw").hls_root is None
    with pytest.raises(
        ConfigError,
        match=r"export\.cmssw\.hls_root: .* is not the hls external: it lacks include/ap_fixed\.h",
    ):
        from_dict({"export": {"cmssw": {"hls_root": str(Path(__file__).parent)}}})
    with pytest.raises(ConfigError, match=r"export\.verilog\.synt: unknown key .* lint, yosys, synth, axis"):
        from_dict({"export": {"verilog": {"synt": True}}})
    with pytest.raises(ConfigError, match=r"export\.cmsw: unknown key \(misspelt\?\); did you mean 'cmssw'"):
        from_dict({"export": {"cmsw": {}}})
    # a target section left at its defaults is not part of the export's fingerprint
    assert from_dict({"export": {"hls": {}}}).export.model_dump(exclude_defaults=True) == {}


def test_the_stage_has_no_branch_on_a_target_name() -> None:
    """Every difference between targets is declared by the target (implementation, settings)."""
    import fpgaml.export.card as card_module
    import fpgaml.export.describe as describe_module
    import fpgaml.stages.export as stage_module

    for module in (stage_module, card_module, describe_module):
        text = Path(module.__file__).read_text()
        assert not re.search(r"""==\s*["'](cmssw|verilog|hls)["']""", text), module.__name__
        assert "verilog" not in re.sub(r'""".*?"""|#.*', "", text, flags=re.S), module.__name__


def test_a_new_target_with_a_setting_is_one_declaration(run_b, tmp_path: Path) -> None:
    """A toy target declared in the test: its settings are validated from the config, the stage passes them
    and the card's contract to it, renders its text from a template, and writes its card."""
    from pydantic import Field

    from fpgaml.errors import ConfigError
    from fpgaml.export import TARGETS, ExportTarget, TargetResult, TargetSettings
    from fpgaml.export.render import environment
    from fpgaml.stage import StageContext, get_stage
    from fpgaml.stages.export import produce

    class ToySettings(TargetSettings):
        greeting: str = Field("hello", min_length=1)

    def write(ctx, out: Path) -> TargetResult:
        text = environment().from_string("{{ greeting }}, {{ card.model_id }}: {{ card.inputs[0].type }}\n")
        (out / "toy.txt").write_text(text.render(greeting=ctx.settings.greeting, card=ctx.card))
        return TargetResult(bundle=out, card={"greeting": ctx.settings.greeting})

    TARGETS.add("toy", ExportTarget(name="toy", doc="a toy", write=write, settings=ToySettings))
    try:
        export = run_b.export.model_copy(update={"targets": ["toy"]})
        export.__pydantic_extra__["toy"] = ToySettings(greeting="servus")
        outcome = produce(
            StageContext(run_b.model_copy(update={"export": export}), get_stage("export")), tmp_path
        )
        assert outcome.status == "done"
        assert (tmp_path / "toy" / "toy.txt").read_text() == "servus, TaggerB_v1: ap_fixed<16,6>\n"
        card = json.loads((tmp_path / "toy" / "model_card.json").read_text())
        assert card["target_details"] == {"greeting": "servus"} and card["implementation"] == "hls4ml HLS"
        assert from_dict({"export": {"toy": {"greeting": "hi"}}}).export.settings("toy").greeting == "hi"
        with pytest.raises(ConfigError, match=r"export\.toy\.greeting"):
            from_dict({"export": {"toy": {"greeting": ""}}})
    finally:
        TARGETS._items.pop("toy")


def test_templates_and_emulator_sources_are_package_data() -> None:
    """Every template and emulator source is matched by pyproject's package-data (an installed fpgaml has them)."""
    import fnmatch

    import tomllib

    import fpgaml

    pkg = Path(fpgaml.__file__).parent
    pyproject = tomllib.loads((pkg.parent / "pyproject.toml").read_text())
    globs = pyproject["tool"]["setuptools"]["package-data"]["fpgaml"]
    files = [p.relative_to(pkg).as_posix() for d in ("export/templates", "export/emulator", "gpu/templates")
             for p in (pkg / d).rglob("*") if p.is_file() and "__pycache__" not in p.parts]  # fmt: skip
    assert len(files) > 20
    assert [f for f in files if not any(fnmatch.fnmatch(f, g) for g in globs)] == []


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
        vectors = [c for c in entry["checks"] if c["kind"] == "vectors"]
        assert vectors and all(c["passed"] and c["n_vectors"] == n for c in vectors), target
        assert all(c["n_equal"] == c["n_outputs"] == n * 5 for c in vectors), target
        assert all(c["passed"] for c in entry["checks"]), (target, entry["checks"])
    tools = [c["name"] for c in record["targets"]["verilog"]["checks"] if c["kind"] == "tool"]
    assert any("--lint-only -Wall" in t for t in tools) and any("read_verilog src/*.v" in t for t in tools)
    assert record["used_records"]["verify"] and record["used_records"]["profile"]
    assert run_stage("export", cfg).status == "up to date"


# ---- cmssw: built as cmsdist builds it -------------------------------------------------------------------------
def _ours(warning_file: str) -> bool:
    """A warning located in a file fpgaml writes (not hls4ml's templates, not Xilinx's ap_types)."""
    name = Path(warning_file).name
    return (
        name.endswith(("_emulator_v1.cpp", "fpgaml_check.cpp", "emulator.h", "emulator.cc"))
        or name in ("nnet_fpgaml_input_scale.h",)
        or (name.startswith("test") and name.endswith(".cpp"))
    )


def test_cmssw_builds_as_cmsdist_does_and_equals_the_csim(run_a, externals, tmp_path: Path) -> None:
    from fpgaml.stages.csim import load_outputs

    cfg, _ = run_a
    # the layout of the two externals: the hls external has no hls_stream.h, hls4mlEmulatorExtras has it
    assert not (externals.hls / "include" / "hls_stream.h").exists()
    assert (externals.hls / "include" / "ap_fixed.h").is_file()
    assert (externals.extras / "include" / "ap_types" / "hls_stream.h").is_file()
    assert (externals.extras / "lib64" / "libemulator_interface.so").is_file()
    repo = tmp_path / "TaggerA"
    shutil.copytree(cfg.stage_dir("export") / "cmssw" / "TaggerA", repo)
    vdir = repo / "TaggerA_v1"
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
    # the cmsdist spec and the scram tool file
    spec = (repo / "cmsdist" / "TaggerA.spec").read_text()
    assert "Requires: hls4mlEmulatorExtras hls" in spec
    assert "make %{makeprocesses} EMULATOR_EXTRAS=${HLS4MLEMULATOREXTRAS_ROOT} HLS_ROOT=${HLS_ROOT}" in spec
    assert "make PREFIX=%{i} install" in spec
    assert "$TAGGERA_BASE/lib64" in (repo / "cmsdist" / "taggera.xml").read_text()
    # cmsdist's build, with -Wall -Wextra: no warning in a file fpgaml writes
    flags = "-O2 -fPIC -std=c++17 -Wall -Wextra"
    build = _run(["make", *externals.make_args(), f"CXXFLAGS={flags}"], repo)
    assert build.returncode == 0, build.stderr[-3000:]
    install = _run(["make", f"PREFIX={tmp_path / 'inst'}", "install", *externals.make_args()], repo)
    assert install.returncode == 0, install.stderr[-2000:]
    assert (tmp_path / "inst" / "lib64" / "TaggerA_v1.so").is_file()
    # loaded with ModelLoader (dlopen by name), every golden vector through prepare_input / predict / read_result
    proc = _run(["make", "check", *externals.make_args(), f"CXXFLAGS={flags}"], repo)
    assert proc.returncode == 0, proc.stderr[-3000:]
    n = len(cs["x"])
    assert n == 10000  # raw inputs: the firmware standardises them (its first layer)
    assert f"FPGAML_CHECK vectors={n} outputs={5 * n} equal={5 * n}" in proc.stdout
    warned = {
        m.group(1)
        for text in (build.stderr, proc.stderr)
        for m in re.finditer(r"^([^\s:]+):\d+:\d+: warning", text, re.M)
    }
    assert warned, (
        "-Wall -Wextra reports the warnings of Xilinx's and hls4ml's headers: the flags took effect"
    )
    assert not [w for w in warned if _ours(w)], sorted(warned)
    # the include flag is what makes it build: without hls4mlEmulatorExtras' ap_types, no hls_stream.h
    makefile = vdir / "Makefile"
    makefile.write_text(makefile.read_text().replace(" -I$(EMULATOR_EXTRAS)/include/ap_types", ""))
    broken = _run(["make", "-B", *externals.make_args()], repo)
    assert broken.returncode != 0 and "hls_stream.h: No such file or directory" in broken.stderr
    # and without the externals the Makefile says what to give it
    bare = _run(["make", "-C", "TaggerA_v1"], repo)
    assert bare.returncode != 0 and "set EMULATOR_EXTRAS" in bare.stderr


def test_cmssw_check_fails_on_one_lsb(run_a, externals, tmp_path: Path) -> None:
    cfg, _ = run_a
    shutil.copytree(cfg.stage_dir("export") / "cmssw" / "TaggerA", tmp_path / "TaggerA")
    vdir = tmp_path / "TaggerA" / "TaggerA_v1"
    golden = vdir / "test" / "golden_outputs.txt"
    y = np.loadtxt(golden)
    y[3, 2] += _card(cfg, "cmssw")["outputs"][0]["lsb"]
    np.savetxt(golden, y, fmt="%.17g")
    proc = _run(["make", "check", *externals.make_args()], vdir)
    assert proc.returncode != 0
    assert "vector 3 output 2" in proc.stderr and "(-1 LSB)" in proc.stderr
    assert f"equal={y.size - 1}" in proc.stdout


def test_cmssw_cppunit_test(run_a, externals, tmp_path: Path) -> None:
    """The bundle's CppUnit test (as a CMSSW package's test/ holds one) passes, and fails on one LSB."""
    cppunit = Path(os.environ.get("CPPUNIT_ROOT", "/usr"))
    if not (cppunit / "include" / "cppunit" / "extensions" / "HelperMacros.h").is_file():
        pytest.skip(
            f"CppUnit is not installed under {cppunit} (apt install libcppunit-dev, or set CPPUNIT_ROOT)"
        )
    cfg, _ = run_a
    shutil.copytree(cfg.stage_dir("export") / "cmssw" / "TaggerA", tmp_path / "TaggerA")
    vdir = tmp_path / "TaggerA" / "TaggerA_v1"
    assert '<use name="cppunit"/>' in (vdir / "test" / "BuildFile.xml").read_text()
    args = ["make", "cppunit", *externals.make_args(), f"CPPUNIT_ROOT={cppunit}"]
    proc = _run(args, vdir)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    assert "OK (3 tests)" in proc.stdout
    golden = vdir / "test" / "golden_outputs.txt"
    y = np.loadtxt(golden)
    y[0, 0] += _card(cfg, "cmssw")["outputs"][0]["lsb"]
    np.savetxt(golden, y, fmt="%.17g")
    bad = _run(args, vdir)
    assert bad.returncode != 0 and "testGoldenVectors" in bad.stdout


_TWO_MODELS = r"""
#include <dlfcn.h>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
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
    (void)argc;
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


def test_two_models_in_one_process(run_a, run_b, externals, tmp_path: Path) -> None:
    cfg_a, _ = run_a
    libs = {}
    for cfg, name in ((cfg_a, "TaggerA"), (run_b, "TaggerB")):
        shutil.copytree(cfg.stage_dir("export") / "cmssw" / name, tmp_path / name)
        proc = _run(["make", *externals.make_args()], tmp_path / name)
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
    inc = [f"-I{externals.extras / 'include'}", f"-I{externals.extras / 'include/ap_types'}",
           f"-I{externals.hls / 'include'}"]  # fmt: skip
    cxx = ["g++", "-std=c++17", "-O1", "-Wall", *inc]
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
        if path.is_file() and path.suffix in {".cpp", ".h", ".txt", "", ".md", ".xml", ".spec"}:
            path.write_text(path.read_text().replace("TaggerB", "TaggerA"))
        if "TaggerB" in path.name:
            path.rename(path.with_name(path.name.replace("TaggerB", "TaggerA")))
    proc = _run(["make", "-C", "TaggerA_v1", "clean", "all", *externals.make_args()], clash)
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


# ---- one source of truth: every bundle text agrees with its card ------------------------------------------------
_CONTRACT = re.compile(r"fpgaml:input-contract(.*?)/fpgaml:input-contract", re.S)
_PREFIX = re.compile(r"^\s*(//|#)?\s?")


def contract_problems(bundle_root: Path, card: dict) -> list[str]:
    """What in the texts under ``bundle_root`` disagrees with ``card`` (empty: all agree).

    Every README, the C++ sources fpgaml writes and the Verilog wrappers must carry the input contract, and
    every contract must state the card's kind of inputs (RAW / STANDARDISED), types, sizes and per-feature
    constants; no text may tell the user the other kind of inputs.
    """
    problems = []
    raw = card["scaling"]["in_firmware"]
    inp, out = card["inputs"][0], card["outputs"][0]
    must = [p for p in bundle_root.rglob("*") if p.is_file() and (
        p.name == "README.md" or p.name.endswith(("_emulator_v1.cpp", "fpgaml_check.cpp", "_top.v", "_axis.v"))
        or (p.parent.name == "test" and p.name.startswith("test") and p.suffix == ".cpp" and p.name != "testRunner.cpp"))]  # fmt: skip
    if not must:
        problems.append(f"{bundle_root}: no README or source that should state the contract")
    rendered = (
        "README.md",
        "Makefile",
        "fpgaml_check.cpp",
        "cppunit_main.cpp",
        "testRunner.cpp",
        "BuildFile.xml",
    )
    texts = {p: p.read_text() for p in bundle_root.rglob("*") if p.is_file() and (
        p.name in rendered or p.suffix in (".spec", ".sv", ".xdc") or p.name.endswith(("_emulator_v1.cpp", "_top.v",
        "_axis.v")) or (p.parent.name == "cmsdist" and p.suffix == ".xml")
        or (p.parent.name == "test" and p.name.startswith("test") and p.suffix == ".cpp"))}  # fmt: skip
    for path in must:
        if not _CONTRACT.search(texts.get(path, "")):
            problems.append(f"{path.name}: no input contract")
    wrong_kind = (
        re.compile(
            r"standardi[sz]ed\**\s+(inputs|features)|must already be standardi|fill with standardi", re.I
        )
        if raw
        else re.compile(r"\bRAW\b|raw features", re.I)
    )
    for path, text in texts.items():
        outside = _CONTRACT.sub("", text)
        if m := wrong_kind.search(outside):
            problems.append(
                f"{path.name}: says {m.group(0)!r} but the card says {'RAW' if raw else 'STANDARDISED'}"
            )
        for block in _CONTRACT.findall(text):
            lines = [_PREFIX.sub("", ln).rstrip() for ln in block.splitlines()]
            body = "\n".join(lines)
            if f"inputs: {'RAW' if raw else 'STANDARDISED'}" not in body:
                problems.append(f"{path.name}: contract does not say {'RAW' if raw else 'STANDARDISED'}")
            n_in, n_out = int(np.prod(inp["shape"])), int(np.prod(out["shape"]))
            if f"input: {inp['type']} x {n_in} " not in body:
                problems.append(f"{path.name}: contract input is not {inp['type']} x {n_in}")
            if f"output: {out['type']} x {n_out} " not in body:
                problems.append(f"{path.name}: contract output is not {out['type']} x {n_out}")
            feats = re.findall(r"^feature (\d+) (.*?): ((?:offset|mean) .*)$", body, re.M)
            if len(feats) != len(card["scaling"]["features"]):
                problems.append(
                    f"{path.name}: {len(feats)} features, the card has {len(card['scaling']['features'])}"
                )
            for (i, name, rest), f in zip(feats, card["scaling"]["features"], strict=False):
                nums = dict(re.findall(r"(offset|scale|mean|std) (\S+?)[,)]?(?=\s|$)", rest))
                want = (
                    {"offset": f["offset"], "scale": f["scale"]}
                    if raw
                    else {"mean": f["mean"], "std": f["std"]}
                )
                if name != f["name"] or any(float(nums.get(k, "nan")) != v for k, v in want.items()):
                    problems.append(
                        f"{path.name}: feature {i} {name} {nums} is not the card's {f['name']} {want}"
                    )
        for m in re.finditer(r"ap_u?fixed<[^>]*>", _CONTRACT.sub("", text)):
            if path.suffix in (".md",) and m.group(0) not in (inp["type"], out["type"]):
                problems.append(
                    f"{path.name}: mentions {m.group(0)}, neither the card's input nor output type"
                )
    return problems


def _bundle_roots(cfg) -> list[tuple[Path, dict]]:
    out = []
    for path in sorted(cfg.stage_dir("export").rglob("model_card.json")):
        card = json.loads(path.read_text())
        top = path.parent.parent if card["target"] == "cmssw" else path.parent
        out.append((top, card))
    return out


def test_every_bundle_text_agrees_with_its_card(run_a, run_b, run_c, tmp_path: Path) -> None:
    cfg_a, _ = run_a
    cfg_c, _ = run_c
    seen = set()
    for cfg in (cfg_a, run_b, cfg_c):
        for bundle, card in _bundle_roots(cfg):
            seen.add((card["target"], card["scaling"]["in_firmware"]))
            assert contract_problems(bundle, card) == [], (card["model_id"], card["target"])
    assert seen >= {("cmssw", True), ("cmssw", False), ("verilog", True), ("verilog", False), ("hls", True)}
    # the check sees a disagreement: a README telling RAW-input users to standardise, one changed constant
    bundle, card = next((b, c) for b, c in _bundle_roots(cfg_a) if c["target"] == "cmssw")
    copy = tmp_path / "copy"
    shutil.copytree(bundle, copy)
    readme = copy / "README.md"
    readme.write_text(readme.read_text() + "\nFill the input with standardised features.\n")
    assert any("standardised features" in p for p in contract_problems(copy, card))
    shutil.copytree(bundle, tmp_path / "copy2")
    cpp = next((tmp_path / "copy2").rglob("*_emulator_v1.cpp"))
    offset = repr(card["scaling"]["features"][3]["offset"])
    cpp.write_text(cpp.read_text().replace(f"offset {offset} ", f"offset {offset}1 ", 1))
    assert any("feature 3" in p for p in contract_problems(tmp_path / "copy2", card))
    wrong = json.loads(json.dumps(card))
    wrong["outputs"][0]["type"] = "ap_fixed<17,5>"  # a card that disagrees with the bundle's type
    assert any("output is not ap_fixed<17,5>" in p for p in contract_problems(bundle, wrong))


def test_a_name_from_the_data_cannot_leave_its_comment(run_a) -> None:
    """Feature and class names come from the user's data and config: a newline in one must not put a line of
    code into the C++ or Verilog the contract is written into."""
    from fpgaml.export.card import ModelCard
    from fpgaml.export.render import environment

    card = ModelCard.model_validate(_card(run_a[0], "cmssw"))
    card.scaling.features[0].name = "x\n#error injected\r\nmodule evil();"
    card.outputs[0].names[0] = "g\n#include </etc/passwd>"
    contract = environment().get_template("common/contract.j2").module.contract
    for prefix in ("// ", "# "):
        lines = str(contract(card, prefix)).splitlines()
        assert lines and all(line.startswith(prefix) for line in lines), lines
        assert any("x #error injected module evil();" in line for line in lines)


# ---- no path of the exporting machine -------------------------------------------------------------------------
def machine_paths(cfg, root: Path) -> list[str]:
    """Absolute paths of the exporting machine that must not appear in a bundle."""
    import hls4ml

    import fpgaml

    paths = {str(root.resolve()), str(cfg.run_dir.resolve()), str(Path.cwd().resolve()), str(Path.home()),
             sys.prefix, str(Path(hls4ml.__file__).resolve().parent), str(Path(fpgaml.__file__).resolve().parent),
             str(Path(tempfile.gettempdir()) / "fpgaml-export-")}  # fmt: skip
    return sorted(p for p in paths if len(p) > 1)


def found_paths(directory: Path, paths: list[str]) -> list[str]:
    hits = []
    for f in sorted(p for p in directory.rglob("*") if p.is_file()):
        data = f.read_bytes()
        hits += [f"{f.relative_to(directory)}: {p}" for p in paths if p.encode() in data]
    return hits


def test_no_path_of_the_exporting_machine_in_any_bundle(
    run_a, run_b, run_c, root: Path, tmp_path: Path
) -> None:
    for cfg in (run_a[0], run_b, run_c[0]):
        export = cfg.stage_dir("export")
        paths = machine_paths(cfg, root)
        for target in ("cmssw", "verilog", "hls"):
            if (export / target).is_dir():
                assert found_paths(export / target, paths) == [], (cfg.name, target)
    # the check finds one
    leak = tmp_path / "bundle"
    shutil.copytree(run_a[0].stage_dir("export") / "cmssw", leak)
    (leak / "TaggerA" / "Makefile").write_text(f"HLS_ROOT := {Path.home()}/hls\n")
    assert found_paths(leak, machine_paths(run_a[0], root)) == [f"TaggerA/Makefile: {Path.home()}"]


# ---- verilog -----------------------------------------------------------------------------------------------------
def test_verilog_bundle_as_a_firmware_engineer_takes_it(run_b, tmp_path: Path) -> None:
    """On tagger_b (the smaller design: every rebuild below is a Verilator compile); tagger_a's raw-input
    bundle passed the same testbenches, lint and Yosys in its export's self-check."""
    cfg = run_b
    bundle = tmp_path / "v"
    shutil.copytree(cfg.stage_dir("export") / "verilog" / "TaggerB_v1", bundle)
    card = _card(cfg, "verilog")
    rtl = json.loads((cfg.stage_dir("rtl") / "rtl.json").read_text())
    latency = card["target_details"]["latency_cycles"]
    assert (
        latency
        == rtl["latency_cycles"]
        == next(x["cycles"] for x in card["latency"] if x["applies_to_this_bundle"])
    )
    # every module is prefixed by the export name; da4ml's unused lookup_table is not there
    modules = card["target_details"]["modules"]
    assert modules and all(m.startswith("TaggerB_v1") for m in modules)
    assert not list(bundle.rglob("*lookup_table*")) and not (bundle / "src" / "static").exists()
    text = "\n".join(p.read_text() for p in (bundle / "src").glob("*.v"))
    assert "fpgaml_net" not in text and not re.search(r"^\s*module\s+(?!TaggerB_v1)", text, re.M)
    # the clock constraint of the configured clock, the latency stated in the wrapper
    xdc = (bundle / "constraints" / "TaggerB_v1_top.xdc").read_text()
    assert f"create_clock -period {rtl['clock_period_ns']:.3f} -name clk [get_ports clk]" in xdc
    assert f"Latency {latency} clock cycles" in (bundle / "src" / "TaggerB_v1_top.v").read_text()
    # verilator --lint-only -Wall: clean as shipped, both tops
    for top, files in (("TaggerB_v1_top", "src/*.v"), ("TaggerB_v1_axis", "src/*.v axis/*.v")):
        lint = _run(["sh", "-c", f"{_verilator()} --lint-only -Wall --top-module {top} {files}"], bundle)
        assert lint.returncode == 0 and "%Warning" not in lint.stderr, lint.stderr[-2000:]
    # plain Yosys reads src/*.v as shipped (no -defer, no list of files to leave out)
    ys = _run([*_yosys(), "-q", "-p", "read_verilog src/*.v; hierarchy -check -top TaggerB_v1_top"], bundle)
    assert ys.returncode == 0, (ys.stdout + ys.stderr)[-2000:]
    # the SystemVerilog testbench in Verilator: every output and the latency, and it fails on one LSB
    n = len((bundle / "golden" / "expected.hex").read_text().split())
    make = ["make", f"VERILATOR={_verilator()}"]
    proc = _run(make, bundle)
    assert proc.returncode == 0, (proc.stdout[-2000:], proc.stderr[-2000:])
    assert f"FPGAML_CHECK vectors={n} outputs={5 * n} equal={5 * n}" in proc.stdout
    axis = _run([*make, "sim-axis"], bundle)
    assert axis.returncode == 0 and f"equal={5 * n}" in axis.stdout, (
        axis.stdout[-2000:],
        axis.stderr[-2000:],
    )
    expected = bundle / "golden" / "expected.hex"
    lines = expected.read_text().split()
    lines[5] = format(
        int(lines[5], 16) ^ (1 << card["target_details"]["ports"]["out_data"]["bits"]), f"0{len(lines[5])}x"
    )
    expected.write_text("\n".join(lines) + "\n")  # value 1 of vector 5 one LSB off
    bad = _run(make, bundle)
    assert bad.returncode != 0 and "vector 5 output 1" in bad.stdout and f"equal={5 * n - 1}" in bad.stdout
    bad_axis = _run([*make, "sim-axis"], bundle)
    assert bad_axis.returncode != 0 and "vector 5 output 1" in bad_axis.stdout
    tb = bundle / "tb" / "TaggerB_v1_tb.sv"
    tb.write_text(tb.read_text().replace(f"LATENCY = {latency};", f"LATENCY = {latency + 1};"))
    late = _run(make, bundle)
    assert late.returncode != 0 and f"result after {latency} cycles, expected {latency + 1}" in late.stdout


def test_verilog_testbenches_run_in_another_simulator(run_a, tmp_path: Path) -> None:
    """The testbenches are plain SystemVerilog: Icarus Verilog runs them too (where it is installed; it is no
    dependency of fpgaml), on the first 300 golden vectors, and fails on one LSB."""
    if shutil.which("iverilog") is None or shutil.which("vvp") is None:
        pytest.skip("Icarus Verilog (iverilog, vvp) is not installed: apt install iverilog")
    cfg, _ = run_a
    bundle = tmp_path / "v"
    shutil.copytree(cfg.stage_dir("export") / "verilog" / "TaggerA_v1", bundle)
    for name in ("inputs.hex", "expected.hex"):
        path = bundle / "golden" / name
        path.write_text("\n".join(path.read_text().split()[:300]) + "\n")
    for tb in bundle.glob("tb/*.sv"):
        tb.write_text(re.sub(r"N_VECTORS = \d+;", "N_VECTORS = 300;", tb.read_text()))
    for top, files in (("TaggerA_v1_tb", "src/*.v"), ("TaggerA_v1_axis_tb", "src/*.v axis/*.v")):
        sim = f"iverilog -g2012 -o {top}.vvp -s {top} {files} tb/{top}.sv && vvp -n {top}.vvp"
        proc = _run(["sh", "-c", sim], bundle)
        assert proc.returncode == 0 and "FPGAML_CHECK vectors=300 outputs=1500 equal=1500" in proc.stdout, (
            proc.stdout
        )
    expected = bundle / "golden" / "expected.hex"
    lines = expected.read_text().split()
    lines[9] = format(int(lines[9], 16) ^ 1, f"0{len(lines[9])}x")
    expected.write_text("\n".join(lines) + "\n")
    bad = _run(["sh", "-c", "vvp -n TaggerA_v1_tb.vvp"], bundle)
    assert bad.returncode != 0 and "vector 9 output 0" in bad.stdout


_BOTH = """
module both (input clk, input rst, input a_valid, input [{wa}:0] a_in, output a_out_valid, output [{oa}:0] a_out,
             input b_valid, input [{wb}:0] b_in, output b_out_valid, output [{ob}:0] b_out);
    {a}_top a (.clk(clk), .rst(rst), .in_valid(a_valid), .in_data(a_in), .out_valid(a_out_valid), .out_data(a_out));
    {b}_top b (.clk(clk), .rst(rst), .in_valid(b_valid), .in_data(b_in), .out_valid(b_out_valid), .out_data(b_out));
endmodule
"""


def _both(design: Path, a: str, ca: dict, b: str, cb: dict) -> None:
    def width(card: dict, bus: str) -> int:
        port = card["target_details"]["ports"][bus]
        return port["n"] * port["bits"] - 1

    (design / "both.v").write_text(_BOTH.format(
        a=a, b=b, wa=width(ca, "in_data"), oa=width(ca, "out_data"), wb=width(cb, "in_data"), ob=width(cb, "out_data")
    ))  # fmt: skip


def test_two_exported_networks_synthesise_together_in_one_yosys_run(run_a, run_b, tmp_path: Path) -> None:
    design = tmp_path / "design"
    ca, cb = _card(run_a[0], "verilog"), _card(run_b, "verilog")
    for cfg, name in ((run_a[0], "TaggerA_v1"), (run_b, "TaggerB_v1")):
        shutil.copytree(cfg.stage_dir("export") / "verilog" / name, design / name)
    _both(design, "TaggerA_v1", ca, "TaggerB_v1", cb)
    # one Yosys run over both bundles as shipped: elaborated, flattened and synthesised (coarse) together
    script = (
        "read_verilog TaggerA_v1/src/*.v TaggerB_v1/src/*.v both.v; synth -flatten -top both -run :fine; stat"
    )
    proc = _run([*_yosys(), "-p", script], design)
    assert proc.returncode == 0, (proc.stdout + proc.stderr)[-3000:]
    assert "Re-definition" not in proc.stdout + proc.stderr
    # the same two networks with one name (what every da4ml export had): Yosys refuses the second
    clash = tmp_path / "clash"
    shutil.copytree(design, clash)
    for f in (clash / "TaggerB_v1").rglob("*.v"):
        f.write_text(f.read_text().replace("TaggerB_v1", "TaggerA_v1"))
    (clash / "both.v").write_text(
        (clash / "both.v").read_text().replace("TaggerB_v1_top b", "TaggerA_v1_top b")
    )
    proc = _run([*_yosys(), "-p", script], clash)
    assert proc.returncode != 0 and "Re-definition of module" in proc.stdout + proc.stderr


def test_verilog_is_skipped_without_rtl(run_c) -> None:
    cfg, _ = run_c
    record = json.loads((cfg.stage_dir("export") / "export.json").read_text())
    assert set(record["targets"]) == {"cmssw", "verilog"}
    assert record["targets"]["cmssw"]["status"] == "done"
    verilog = record["targets"]["verilog"]
    assert verilog["status"] == "skipped" and "rtl stage was disabled" in verilog["reason"]
    assert "disabled" in (cfg.stage_dir("export") / "verilog" / "SKIPPED.txt").read_text()
    assert not (cfg.stage_dir("export") / "hls").exists()


def test_cli_target_choice_and_cards_without_verify(run_b) -> None:
    record = json.loads((run_b.stage_dir("export") / "export.json").read_text())
    assert set(record["targets"]) == {"cmssw", "verilog"}  # --target chose them
    assert all(t["status"] == "done" for t in record["targets"].values())
    card = _card(run_b, "cmssw")
    assert any("verify stage was not run" in n for n in card["bit_exactness"]["notes"])
    assert card["scaling"]["in_firmware"] is False and "STANDARDISED" in card["scaling"]["statement"]


def test_verilog_skips_a_network_without_rtl_path() -> None:
    from types import SimpleNamespace

    from fpgaml.export.verilog import write

    reason = "no RTL path for this network: layer 'gru' (GRU) is not supported"
    result = write(SimpleNamespace(rtl={"status": "skipped", "reason": reason}), Path("/nonexistent"))
    assert result.status == "skipped" and result.reason.endswith(f"the rtl stage was skipped ({reason})")


def test_export_of_only_skipped_targets_is_skipped(run_c, tmp_path: Path) -> None:
    from fpgaml.stage import StageContext, get_stage
    from fpgaml.stages.export import produce

    cfg0, _ = run_c
    cfg = cfg0.model_copy(update={"export": cfg0.export.model_copy(update={"targets": ["verilog"]})})
    outcome = produce(StageContext(cfg, get_stage("export")), tmp_path)
    assert outcome.status == "skipped" and not outcome.failed_checks
    assert outcome.summary["verilog"].startswith("skipped: no RTL for this network")
    assert json.loads((tmp_path / "export.json").read_text())["targets"]["verilog"]["status"] == "skipped"


# ---- hls --------------------------------------------------------------------------------------------------------
def test_hls_bundle_is_complete_named_per_model_with_golden_tb_data(run_a) -> None:
    from fpgaml.csim.templates import installed_templates
    from fpgaml.stages.csim import load_outputs

    cfg, _ = run_a
    bundle = cfg.stage_dir("export") / "hls" / "TaggerA_v1"
    firmware = bundle / "firmware"
    assert all((firmware / rel).is_file() for rel in installed_templates("Vitis").files)
    assert (firmware / "TaggerA_v1.cpp").is_file() and not list(bundle.rglob("myproject*"))
    assert 'set project_name "TaggerA_v1"' in (bundle / "project.tcl").read_text()
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
        assert card["weights"] == {"file": "train/qkeras_model.h5 of run tagger_a", "sha256": weights,
                                   "what": "the QKeras model (HDF5)"}  # fmt: skip
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
        assert card["implementation"] == ("da4ml RTL" if target == "verilog" else "hls4ml HLS")
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


def test_constituent_family_raw_inputs_through_the_cmssw_library(run_c, externals, tmp_path: Path) -> None:
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
    repo = tmp_path / "TaggerC"
    build = _run(["make", *externals.make_args(), "CXXFLAGS=-O2 -fPIC -std=c++17 -Wall -Wextra"], repo)
    assert build.returncode == 0, build.stderr[-3000:]
    warned = {m.group(1) for m in re.finditer(r"^([^\s:]+):\d+:\d+: warning", build.stderr, re.M)}
    assert not [w for w in warned if _ours(w)], sorted(warned)
    proc = _run(["make", "check", *externals.make_args()], repo)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert f"FPGAML_CHECK vectors=10000 outputs={5 * 10000} equal={5 * 10000}" in proc.stdout
    # one LSB off in one golden output fails the check
    vdir = repo / "TaggerC_v1"
    golden = vdir / "test" / "golden_outputs.txt"
    y = np.loadtxt(golden)
    y[7, 1] += card["outputs"][0]["lsb"]
    np.savetxt(golden, y, fmt="%.17g")
    bad = _run(["make", "check", *externals.make_args()], vdir)
    assert bad.returncode != 0 and "vector 7 output 1" in bad.stderr
