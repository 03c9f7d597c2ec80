"""Target ``cmssw``: the firmware as an hls4ml emulator library for CMSSW (the cms-hls4ml convention).

Writes ``<Name>/``, laid out as the model repositories of github.com/cms-hls4ml are::

    <Name>/Makefile                     make [EMULATOR_EXTRAS=... HLS_ROOT=...]; make install PREFIX=...
    <Name>/README.md
    <Name>/<Name>_v<N>/Makefile         builds <Name>_v<N>.so; `make check` runs the golden vectors
    <Name>/<Name>_v<N>/<Name>_emulator_v<N>.cpp   hls4mlEmulator::Model + extern "C" create/destroy_model
    <Name>/<Name>_v<N>/NN/              the model's HLS sources, every symbol in namespace hls4ml_<Name>_v<N>
    <Name>/<Name>_v<N>/test/            golden vectors and the check driver (dlopen, like CMSSW's loader)
    <Name>/<Name>_v<N>/model_card.{json,md}

The HLS sources are not edited text: the trained model is converted again by the pinned hls4ml with its own
writer options ``namespace`` (all generated code in ``hls4ml_<Name>_v<N>``, so that several models live in one
CMSSW process) and ``write_weights_txt: False`` (weights compiled in, no ``w2.txt`` read at run time), and with
the top function named ``<Name>_v<N>``; the same per-layer configuration as the ``convert`` stage. The
self-check proves the result equal to the verified C-simulation, bit for bit, on the golden vectors.

``ap_types`` are not copied: CMSSW has them from its ``hls`` external (``-I`` ``AP_TYPES_INCLUDE`` or
``$(HLS_ROOT)/include``), and ``hls4ml/emulator.h`` from ``hls4mlEmulatorExtras``. hls4ml's ``nnet_utils``
templates are not an external of CMSSW (cmsdist's model specs require only ``hls4mlEmulatorExtras`` and
``hls``), so ``NN/nnet_utils`` carries the templates this model includes — only those, unchanged, listed with
the hls4ml version in the model card.
"""

from __future__ import annotations

import math
import re
import shutil
from pathlib import Path
from typing import Any

from fpgaml.errors import FpgamlError
from fpgaml.export import (
    EMULATOR_INCLUDE,
    Check,
    ExportContext,
    ExportTarget,
    TargetResult,
    build_failed,
    parse_check_output,
    require_tool,
    run_tool,
    write_vectors,
)

#: the library a version directory builds (CMSSW's ModelLoader dlopens "<model name>.so")
LIBRARY = "{model_id}.so"


def ap_types_dir() -> Path:
    """The pinned hls4ml's ``ap_types`` (the default ``AP_TYPES_INCLUDE``)."""
    from fpgaml.csim.templates import _hls4ml_dir

    return _hls4ml_dir() / "templates" / "vivado" / "ap_types"


# ---- the model's sources --------------------------------------------------------------------------------
def convert_for_cmssw(ctx: ExportContext, dest: Path) -> Path:
    """Convert the run's QKeras model again, in namespace ``ctx.namespace`` with weights compiled in; the
    complete hls4ml project goes to ``dest`` (scratch). Returns its ``firmware`` directory."""
    from fpgaml import hls
    from fpgaml.models import FAMILIES
    from fpgaml.stages.train import load_models

    cfg = ctx.cfg
    trained = load_models(cfg)
    conv = cfg.convert.model_copy(update={"project_name": ctx.model_id})
    hls.convert(
        trained.qmodel,
        cfg.model,
        conv,
        dest,
        family=FAMILIES.get(ctx.info.family),
        writer_options={"namespace": ctx.namespace, "write_weights_txt": False},
    )
    return dest / "firmware"


_INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)


def _includes(path: Path) -> list[str]:
    return _INCLUDE.findall(path.read_text(errors="replace"))


def select_sources(firmware: Path, backend: str) -> tuple[list[str], list[str]]:
    """(generated files, hls4ml template files this model includes), as paths under ``firmware``.

    Generated: everything hls4ml wrote for the model (top, ``defines.h``, ``parameters.h``, ``weights/``,
    ``nnet_utils/nnet_code_gen.h``, registered sources). Templates: the ``nnet_utils`` headers of the installed
    hls4ml reachable through ``#include "..."`` from the generated files; ``ap_types`` stays outside.
    """
    from fpgaml.csim.templates import GENERATED, installed_templates

    templates = set(installed_templates(backend).files)
    files = sorted(p.relative_to(firmware).as_posix() for p in firmware.rglob("*") if p.is_file())
    generated = [
        f
        for f in files
        if not f.startswith("ap_types/") and (f not in templates or f in GENERATED) and not f.endswith(".txt")
    ]
    needed: set[str] = set()
    todo = list(generated)
    seen = set(generated)
    while todo:
        rel = todo.pop()
        here = (firmware / rel).parent
        for inc in _includes(firmware / rel):
            for base in (here, firmware):
                cand = (base / inc).resolve()
                try:
                    key = cand.relative_to(firmware.resolve()).as_posix()
                except ValueError:
                    continue
                if cand.is_file():
                    if not key.startswith("ap_types/") and key not in seen:
                        seen.add(key)
                        todo.append(key)
                        if key in templates and key not in GENERATED:
                            needed.add(key)
                    break
    return generated, sorted(needed)


_PROTO = re.compile(
    r"void\s+(?P<top>\w+)\s*\(\s*(?P<itype>[\w:<>, ]+?)\s+(?P<iname>\w+)\s*\[(?P<isize>[^\]]+)\]\s*,"
    r"\s*(?P<otype>[\w:<>, ]+?)\s+(?P<oname>\w+)\s*\[(?P<osize>[^\]]+)\]\s*\)\s*;"
)


def _size(expr: str) -> int:
    return math.prod(int(f) for f in expr.replace(" ", "").split("*"))


def read_top(firmware: Path, top: str) -> dict[str, Any]:
    """Ports of the top function (io_parallel: one input array, one output array) and their C++ types."""
    header = (firmware / f"{top}.h").read_text()
    m = _PROTO.search(header)
    if not m or m.group("top") != top:
        raise FpgamlError(
            f"{firmware / (top + '.h')}: cannot read the prototype of {top}(input_t x[N], result_t y[M]); the "
            "cmssw target supports io_parallel projects with one input and one output"
        )
    defines = (firmware / "defines.h").read_text()

    def resolve(name: str) -> str:
        t = re.search(rf"typedef\s+(.+?)\s+{re.escape(name)}\s*;", defines)
        if not t:
            raise FpgamlError(f"{firmware / 'defines.h'}: no typedef of {name}")
        return t.group(1).strip()

    return {
        "top": top,
        "input": {"type_name": m.group("itype"), "cpp_type": resolve(m.group("itype")),
                  "port": m.group("iname"), "size": _size(m.group("isize"))},
        "output": {"type_name": m.group("otype"), "cpp_type": resolve(m.group("otype")),
                   "port": m.group("oname"), "size": _size(m.group("osize"))},
    }  # fmt: skip


# ---- generated C++ and Makefiles -------------------------------------------------------------------------
_EMULATOR = """\
// {model_id}: hls4mlEmulator::Model of the firmware `{top}` (generated by fpgaml {fpgaml}).
// prepare_input() takes a pointer to {n_in} values of the input type ({in_type}, i.e. {in_cpp});
// read_result() fills a pointer to {n_out} values of the result type ({out_type}, i.e. {out_cpp}).
// The inputs must already be STANDARDISED and on the input grid: see model_card.md.
#include <any>
#include <cstddef>

#include "hls4ml/emulator.h"
#include "NN/{top}.h"

namespace {namespace} {{

class {cls} : public hls4mlEmulator::Model {{
  public:
    static constexpr std::size_t N_INPUTS = {n_in};
    static constexpr std::size_t N_OUTPUTS = {n_out};

    void prepare_input(std::any input) override {{
        const {in_type}* values = std::any_cast<{in_type}*>(input);
        for (std::size_t i = 0; i < N_INPUTS; ++i) {{
            input_[i] = values[i];
        }}
    }}

    void predict() override {{ {top}(input_, output_); }}

    void read_result(std::any result) override {{
        {out_type}* values = std::any_cast<{out_type}*>(result);
        for (std::size_t i = 0; i < N_OUTPUTS; ++i) {{
            values[i] = output_[i];
        }}
    }}

  private:
    {in_type} input_[N_INPUTS];
    {out_type} output_[N_OUTPUTS];
}};

}} // namespace {namespace}

extern "C" hls4mlEmulator::Model* create_model() {{ return new {namespace}::{cls}; }}

extern "C" void destroy_model(hls4mlEmulator::Model* m) {{ delete m; }}
"""

_CHECK = r"""// fpgaml check of {model_id} (generated by fpgaml {fpgaml}).
// Loads the library the way CMSSW's hls4mlEmulator::ModelLoader does (dlopen with RTLD_LAZY | RTLD_LOCAL,
// create_model / destroy_model), runs every golden input through prepare_input / predict / read_result and
// compares every output with the golden output, bit for bit. Exit 0: all equal; 1: a difference; 2: misuse.
// The types below are the caller's side of the contract, spelled as a CMSSW producer spells them.
#include <dlfcn.h>

#include <any>
#include <cmath>
#include <cstddef>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <typeinfo>
#include <vector>

#include "ap_fixed.h"
#include "hls4ml/emulator.h"

typedef {in_cpp} input_type;
typedef {out_cpp} result_type;
static const std::size_t N_IN = {n_in}, N_OUT = {n_out};
static const double OUT_LSB = {out_lsb!r};

static bool read_rows(const char* path, std::size_t width, std::vector<double>& values, std::size_t& n) {{
    std::ifstream in(path);
    if (!in) {{
        std::fprintf(stderr, "cannot open %s\n", path);
        return false;
    }}
    std::string line;
    n = 0;
    while (std::getline(in, line)) {{
        std::istringstream row(line);
        double v;
        std::size_t k = 0;
        while (row >> v) {{
            values.push_back(v);
            ++k;
        }}
        if (k == 0) continue;
        if (k != width) {{
            std::fprintf(stderr, "%s line %zu: %zu values, expected %zu\n", path, n + 1, k, width);
            return false;
        }}
        ++n;
    }}
    return true;
}}

int main(int argc, char** argv) {{
    if (argc != 4) {{
        std::fprintf(stderr, "usage: %s LIBRARY.so INPUTS.txt EXPECTED.txt\n", argv[0]);
        return 2;
    }}
    void* lib = dlopen(argv[1], RTLD_LAZY | RTLD_LOCAL);
    if (lib == nullptr) {{
        std::fprintf(stderr, "cannot load %s: %s\n", argv[1], dlerror());
        return 2;
    }}
    auto create = reinterpret_cast<hls4mlEmulator::create_model_cls*>(dlsym(lib, "create_model"));
    auto destroy = reinterpret_cast<hls4mlEmulator::destroy_model_cls*>(dlsym(lib, "destroy_model"));
    if (create == nullptr || destroy == nullptr) {{
        std::fprintf(stderr, "%s lacks create_model / destroy_model\n", argv[1]);
        return 2;
    }}
    std::vector<double> x, y;
    std::size_t n_x = 0, n_y = 0;
    if (!read_rows(argv[2], N_IN, x, n_x) || !read_rows(argv[3], N_OUT, y, n_y)) return 2;
    if (n_x != n_y || n_x == 0) {{
        std::fprintf(stderr, "%zu input vectors but %zu expected vectors\n", n_x, n_y);
        return 2;
    }}
    hls4mlEmulator::Model* model = create();
    std::size_t n_equal = 0, shown = 0;
    input_type in[N_IN];
    result_type out[N_OUT];
    try {{
        for (std::size_t v = 0; v < n_x; ++v) {{
            for (std::size_t j = 0; j < N_IN; ++j) {{
                in[j] = x[v * N_IN + j];
                if (in[j].to_double() != x[v * N_IN + j]) {{
                    std::fprintf(stderr, "input %zu[%zu] = %.17g is not on the input grid\n", v, j, x[v * N_IN + j]);
                    return 2;
                }}
            }}
            model->prepare_input(in);
            model->predict();
            model->read_result(out);
            for (std::size_t j = 0; j < N_OUT; ++j) {{
                const double want = y[v * N_OUT + j];
                const result_type expected = want;
                if (expected.to_double() != want) {{
                    std::fprintf(stderr, "expected %zu[%zu] = %.17g is not on the output grid\n", v, j, want);
                    return 2;
                }}
                if (out[j] == expected) {{
                    ++n_equal;
                }} else if (shown++ < 10) {{
                    std::fprintf(stderr, "vector %zu output %zu: got %.17g, expected %.17g (%+g LSB)\n", v, j,
                                 out[j].to_double(), want, (out[j].to_double() - want) / OUT_LSB);
                }}
            }}
        }}
    }} catch (const std::bad_any_cast&) {{
        std::fprintf(stderr, "the library's input/result types are not %s / %s\n", typeid(input_type).name(),
                     typeid(result_type).name());
        return 2;
    }}
    destroy(model);
    dlclose(lib);
    const std::size_t total = n_x * N_OUT;
    std::printf("FPGAML_CHECK vectors=%zu outputs=%zu equal=%zu\n", n_x, total, n_equal);
    if (n_equal != total) {{
        std::fprintf(stderr, "MISMATCH: %zu of %zu outputs differ\n", total - n_equal, total);
        return 1;
    }}
    return 0;
}}
"""

_INCLUDES_MK = """\
# Include paths: the CMSSW externals as cmsdist passes them (make EMULATOR_EXTRAS=... HLS_ROOT=...), or
# EMULATOR_INCLUDE (a directory holding hls4ml/emulator.h) and AP_TYPES_INCLUDE (one holding ap_fixed.h).
# Defaults: fpgaml's minimal emulator.h and the ap_types of the pinned hls4ml {hls4ml} on the exporting machine.
EMULATOR_INCLUDE := {emulator}
AP_TYPES_INCLUDE := {ap_types}
ifneq ($(EMULATOR_EXTRAS),)
EMULATOR_INCLUDE := $(EMULATOR_EXTRAS)/include
endif
ifneq ($(HLS_ROOT),)
AP_TYPES_INCLUDE := $(HLS_ROOT)/include
endif
"""

_VERSION_MK = """\
# {model_id}: the hls4ml emulator library (generated by fpgaml {fpgaml}).
#   make          builds {library}
#   make check    runs the golden vectors in test/ through it (dlopen, as CMSSW does); non-zero on a difference
MODEL := {model_id}
CPP_STANDARD := c++17
CXXFLAGS := -O3 -fPIC -std=$(CPP_STANDARD)
{includes}INCLUDES := -I$(EMULATOR_INCLUDE) -isystem $(AP_TYPES_INCLUDE)
# the `#pragma HLS` lines of the firmware are for the HLS compiler: g++ ignores them, and need not say so
HLS_PRAGMAS := -Wno-unknown-pragmas

.DEFAULT_GOAL := all
.PHONY: all check clean

all: {library}

{library}: {emulator_obj} $(MODEL).o
\t$(CXX) $(CXXFLAGS) -shared $^ -o $@ -Wl,--no-undefined $(LD_FLAGS)

%.o: NN/%.cpp
\t$(CXX) $(CXXFLAGS) $(HLS_PRAGMAS) $(INCLUDES) -c $< -o $@

%.o: %.cpp
\t$(CXX) $(CXXFLAGS) $(HLS_PRAGMAS) $(INCLUDES) -c $< -o $@

test/fpgaml_check: test/fpgaml_check.cpp
\t$(CXX) $(CXXFLAGS) $(INCLUDES) $< -o $@ -ldl

check: {library} test/fpgaml_check
\t./test/fpgaml_check ./{library} test/golden_inputs.txt test/golden_outputs.txt

clean:
\trm -f {emulator_obj} $(MODEL).o {library} test/fpgaml_check
"""

_TOP_MK = """\
# {name}: hls4ml emulator models for CMSSW (generated by fpgaml {fpgaml}), as the cms-hls4ml repositories
# are laid out. cmsdist builds it with `make EMULATOR_EXTRAS=$HLS4MLEMULATOREXTRAS_ROOT HLS_ROOT=$HLS_ROOT`
# and installs it with `make PREFIX=... install` ($(PREFIX)/lib64/<Name>_v<N>.so).
CPP_STANDARD := c++17
CXXFLAGS := -O3 -fPIC -std=$(CPP_STANDARD)
PREFIX := .
{includes}ALL_VERSIONS := {libs}

.DEFAULT_GOAL := all
# each version's own Makefile knows its dependencies: always ask it
.PHONY: all check install clean $(ALL_VERSIONS)

all: $(ALL_VERSIONS)
\t@cp $(ALL_VERSIONS) ./
\t@echo All OK

install: all
\t@mkdir -p $(PREFIX)/lib64
\tcp $(notdir $(ALL_VERSIONS)) $(PREFIX)/lib64

check:
\t@for d in $(dir $(ALL_VERSIONS)); do \\
\t  $(MAKE) -C $$d check CXXFLAGS="$(CXXFLAGS)" EMULATOR_INCLUDE="$(EMULATOR_INCLUDE)" \\
\t    AP_TYPES_INCLUDE="$(AP_TYPES_INCLUDE)" || exit 1; done

$(ALL_VERSIONS):
\t$(MAKE) -C $(@D) CXXFLAGS="$(CXXFLAGS)" EMULATOR_INCLUDE="$(EMULATOR_INCLUDE)" \\
\t  AP_TYPES_INCLUDE="$(AP_TYPES_INCLUDE)" LD_FLAGS="$(LD_FLAGS)"

clean:
\tfor d in $(dir $(ALL_VERSIONS)); do $(MAKE) -C $$d clean; done
\trm -f $(notdir $(ALL_VERSIONS))
"""

_README = """\
# {name} — hls4ml emulator for CMSSW

Generated by fpgaml {fpgaml} from run `{run}` ({family} network). `{model_id}/` holds version {version}:

| | |
|---|---|
| library | `{library}` (`make`, or `make install PREFIX=...` -> `lib64/`) |
| top function | `{namespace}::{top}` in `{model_id}/NN/` (every generated symbol in that namespace) |
| input | `{in_cpp}[{n_in}]` — **standardised** features, see `{model_id}/model_card.md` |
| output | `{out_cpp}[{n_out}]` — {output_meaning} |

The library implements `hls4mlEmulator::Model`: `prepare_input(std::any)` takes an `{in_cpp}*` pointing at
{n_in} values, `predict()` runs the firmware, `read_result(std::any)` fills an `{out_cpp}*` with {n_out} values;
`create_model()` / `destroy_model()` are `extern "C"`.

```c++
hls4mlEmulator::ModelLoader loader("{model_id}");      // dlopen("{library}")
std::shared_ptr<hls4mlEmulator::Model> model = loader.load_model();
{in_cpp} x[{n_in}];   // fill with standardised features
{out_cpp} y[{n_out}];
model->prepare_input(x);
model->predict();
model->read_result(y);
```

Build outside CMSSW: `make` (defaults: the ap_types of hls4ml {hls4ml} and fpgaml's minimal `hls4ml/emulator.h`
on the machine that exported it); with the CMSSW externals: `make EMULATOR_EXTRAS=$HLS4MLEMULATOREXTRAS_ROOT
HLS_ROOT=$HLS_ROOT`. `make check` runs {n_vectors} golden vectors (inputs on the input grid, outputs of the
verified C-simulation) through the built library, loaded with `dlopen` as CMSSW loads it, and exits non-zero
unless every output is equal bit for bit.

`NN/nnet_utils/` carries the hls4ml {hls4ml} templates this model includes, unchanged (CMSSW has no external
for them); `ap_types` come from CMSSW's `hls` external. See fpgaml's docs/export.md for the CMSSW side.
"""


def _emulator_class(ctx: ExportContext) -> str:
    return f"{ctx.name}_emulator_v{ctx.version}"


def write_bundle(ctx: ExportContext, out: Path, firmware: Path) -> dict[str, Any]:
    """Write ``out/<Name>/`` from the namespaced ``firmware`` directory; returns the card facts."""
    import hls4ml

    from fpgaml import __version__
    from fpgaml.stages.export import output_meaning

    cfg = ctx.cfg.export
    model_id, name = ctx.model_id, ctx.name
    top = read_top(firmware, model_id)
    generated, templates = select_sources(firmware, ctx.info.backend)
    root = out / name
    vdir = root / model_id
    for rel in generated + templates:
        dst = vdir / "NN" / rel
        dst.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(firmware / rel, dst)
    library = LIBRARY.format(model_id=model_id)
    fill = {
        "model_id": model_id, "name": name, "top": model_id, "fpgaml": __version__, "hls4ml": hls4ml.__version__,
        "namespace": ctx.namespace, "cls": _emulator_class(ctx), "library": library,
        "n_in": top["input"]["size"], "n_out": top["output"]["size"],
        "in_type": top["input"]["type_name"], "out_type": top["output"]["type_name"],
        "in_cpp": top["input"]["cpp_type"], "out_cpp": top["output"]["cpp_type"],
        "out_lsb": ctx.info.output_precision.lsb, "version": ctx.version, "run": ctx.cfg.name,
        "family": ctx.info.family, "n_vectors": len(ctx.golden),
        "output_meaning": "class probabilities (the firmware's softmax table)" if ctx.info.ends_in_softmax
        else f"logits, one per class ({', '.join(ctx.info.class_names)})" if ctx.info.task == "classification"
        else output_meaning(ctx.info),
    }  # fmt: skip
    includes = _INCLUDES_MK.format(
        emulator=Path(cfg.emulator_include or EMULATOR_INCLUDE).resolve(),
        ap_types=Path(cfg.ap_types_include or ap_types_dir()).resolve(),
        hls4ml=hls4ml.__version__,
    )
    emulator_src = f"{_emulator_class(ctx)}.cpp"
    (vdir / emulator_src).write_text(_EMULATOR.format(**fill))
    (vdir / "Makefile").write_text(
        _VERSION_MK.format(**fill, includes=includes, emulator_obj=emulator_src.replace(".cpp", ".o"))
    )
    test = vdir / "test"
    test.mkdir()
    (test / "fpgaml_check.cpp").write_text(_CHECK.format(**fill))
    write_vectors(test / "golden_inputs.txt", ctx.golden.x)
    write_vectors(test / "golden_outputs.txt", ctx.golden.y)
    (root / "Makefile").write_text(_TOP_MK.format(**fill, includes=includes, libs=f"{model_id}/{library}"))
    (root / "README.md").write_text(_README.format(**fill))
    return {
        "bundle": f"{name}/",
        "library": library,
        "namespace": ctx.namespace,
        "top_function": f"{ctx.namespace}::{model_id}",
        "emulator_class": f"{ctx.namespace}::{_emulator_class(ctx)}",
        "ports": top,
        "build": f"make -C {name}  (in CMSSW's build: make EMULATOR_EXTRAS=... HLS_ROOT=...)",
        "check": f"make -C {name} check",
        "golden_files": [f"{model_id}/test/golden_inputs.txt", f"{model_id}/test/golden_outputs.txt"],
        "hls4ml_templates": {
            "hls4ml_version": hls4ml.__version__,
            "backend": ctx.info.backend,
            "note": "copied unchanged from the pinned hls4ml: the nnet_utils headers this model includes",
            "files": [f"NN/{t}" for t in templates],
        },
        "generated_sources": [f"NN/{g}" for g in generated],
    }


def self_check(ctx: ExportContext, root: Path) -> Check:
    """Copy ``<Name>/`` to scratch, build it there with its own Makefile (its defaults), then run the check
    driver on the golden vectors (``make check`` does the same; run directly here for its exit code)."""
    require_tool("make", "the cmssw export check")
    work = ctx.work / "cmssw"
    if work.exists():
        shutil.rmtree(work)
    shutil.copytree(root, work / root.name)
    vdir = work / root.name / ctx.model_id
    build = run_tool(["make", "all", "test/fpgaml_check"], vdir)
    if build.returncode != 0:
        raise build_failed(f"building {ctx.model_id}.so", vdir, build)
    library = LIBRARY.format(model_id=ctx.model_id)
    cmd = ["./test/fpgaml_check", f"./{library}", "test/golden_inputs.txt", "test/golden_outputs.txt"]
    proc = run_tool(cmd, vdir)
    counts = parse_check_output(proc.stdout)
    if proc.returncode not in (0, 1) or not counts:
        raise build_failed(f"running the golden vectors of {library}", vdir, proc)
    return Check(
        name=f"{library} (dlopen, prepare_input/predict/read_result) vs C-sim",
        passed=proc.returncode == 0 and counts["equal"] == counts["outputs"],
        n_vectors=counts["vectors"],
        n_outputs=counts["outputs"],
        n_equal=counts["equal"],
        detail="" if proc.returncode == 0 else proc.stderr.strip().splitlines()[0],
    )


def write(ctx: ExportContext, out: Path) -> TargetResult:
    if ctx.info.io_type != "io_parallel":
        return TargetResult.skipped(
            f"the cmssw target exports io_parallel projects (arrays in, arrays out); this one is {ctx.info.io_type}"
        )
    firmware = convert_for_cmssw(ctx, ctx.work / "hls4ml_cmssw")
    card = write_bundle(ctx, out, firmware)
    root = out / ctx.name
    checks = [self_check(ctx, root)] if ctx.check else []
    return TargetResult(
        bundle=root / ctx.model_id,
        files_root=root,
        card=card,
        checks=checks,
        summary={"bundle": str(root), "library": card["library"], "namespace": ctx.namespace},
    )


TARGET = ExportTarget(
    name="cmssw",
    doc="hls4ml emulator library for CMSSW (<Name>/<Name>_v<N>, hls4mlEmulator::Model, own namespace)",
    write=write,
)
