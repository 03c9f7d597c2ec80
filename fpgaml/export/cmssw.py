"""Target ``cmssw``: the firmware as an hls4ml emulator library for CMSSW (the cms-hls4ml convention).

Writes ``<Name>/``, laid out as the model repositories of github.com/cms-hls4ml are::

    <Name>/Makefile                     make EMULATOR_EXTRAS=... HLS_ROOT=...; make PREFIX=... install; make check
    <Name>/README.md
    <Name>/cmsdist/<Name>.spec          the cmsdist spec (Requires: hls4mlEmulatorExtras hls)
    <Name>/cmsdist/<name>.xml           the scram tool file
    <Name>/<Name>_v<N>/Makefile         builds <Name>_v<N>.so; `make check` runs the golden vectors
    <Name>/<Name>_v<N>/<Name>_emulator_v<N>.cpp   hls4mlEmulator::Model + extern "C" create/destroy_model
    <Name>/<Name>_v<N>/NN/              the model's HLS sources, every symbol in namespace hls4ml_<Name>_v<N>
    <Name>/<Name>_v<N>/test/            golden vectors, the check driver (ModelLoader, as a producer loads
                                        the model), a CppUnit test with its BuildFile.xml
    <Name>/<Name>_v<N>/model_card.{json,md}

The HLS sources are not edited text: the trained model is converted again by the pinned hls4ml with its own
writer options ``namespace`` (all generated code in ``hls4ml_<Name>_v<N>``, so that several models live in one
CMSSW process) and ``write_weights_txt: False`` (weights compiled in, no ``w2.txt`` read at run time), and with
the top function named ``<Name>_v<N>``; the same per-layer configuration as the ``convert`` stage. The
self-check proves the result equal to the verified C-simulation, bit for bit, on the golden vectors.

``ap_types`` are not copied: CMSSW has them from two externals, ``hls`` (``$(HLS_ROOT)/include``: Xilinx's
arbitrary-precision types, without ``hls_stream.h``) and ``hls4mlEmulatorExtras``
(``$(EMULATOR_EXTRAS)/include/ap_types``: ``hls_stream.h``, ``hls_math.h``, ...), which also has
``hls4ml/emulator.h`` and ``libemulator_interface.so``. The Makefiles take both as cmsdist passes them
(``make EMULATOR_EXTRAS=... HLS_ROOT=...``, the include flags of the cms-hls4ml Makefiles) and hold no path of
the exporting machine. The self-check builds the bundle exactly so, against ``export.cmssw.emulator_extras`` /
``hls_root`` when given, else against stand-ins laid out like the two externals
(:mod:`fpgaml.export.externals`). hls4ml's ``nnet_utils`` templates are not an external of CMSSW, so
``NN/nnet_utils`` carries the templates this model includes — only those, unchanged, listed with the hls4ml
version in the model card. Every text of the bundle is rendered from ``templates/cmssw/`` and the model card.
"""

from __future__ import annotations

import math
import re
import shutil
from pathlib import Path
from typing import Any

from pydantic import Field, field_validator

from fpgaml import __version__
from fpgaml.csim.templates import GENERATED, installed_templates
from fpgaml.errors import FpgamlError
from fpgaml.export.context import (
    ExportContext,
    build_failed,
    parse_check_output,
    reconvert,
    require_tool,
    run_tool,
    write_vectors,
)
from fpgaml.export.externals import Externals, check_extras, check_hls, write_externals
from fpgaml.export.render import write as render_to
from fpgaml.export.target import Check, ExportTarget, TargetResult, TargetSettings

#: the library a version directory builds (CMSSW's ModelLoader dlopens "<model name>.so")
LIBRARY = "{model_id}.so"


class CmsswSettings(TargetSettings):
    """``export.cmssw``: the CMSSW externals the self-check builds against (default: fpgaml's stand-ins)."""

    emulator_extras: str | None = Field(
        None,
        description="an hls4mlEmulatorExtras installation (e.g. $HLS4MLEMULATOREXTRAS_ROOT of a CMSSW release) "
        "for the self-check; default: a stand-in written from the pinned headers",
    )
    hls_root: str | None = Field(
        None, description="the hls external ($HLS_ROOT) for the self-check; default: a stand-in"
    )

    @field_validator("emulator_extras")
    @classmethod
    def _extras(cls, v: str | None) -> str | None:
        if v is not None and (missing := check_extras(Path(v))):
            raise ValueError(
                f"{v!r} is not an hls4mlEmulatorExtras installation: it lacks {', '.join(missing)}"
            )
        return v

    @field_validator("hls_root")
    @classmethod
    def _hls(cls, v: str | None) -> str | None:
        if v is not None and (missing := check_hls(Path(v))):
            raise ValueError(f"{v!r} is not the hls external: it lacks {', '.join(missing)}")
        return v


# ---- the model's sources --------------------------------------------------------------------------------
def convert_for_cmssw(ctx: ExportContext, dest: Path) -> Path:
    """Convert the run's QKeras model again, in namespace ``ctx.namespace`` with weights compiled in; the
    complete hls4ml project goes to ``dest`` (scratch). Returns its ``firmware`` directory."""
    reconvert(ctx, dest, {"namespace": ctx.namespace, "write_weights_txt": False})
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


# ---- the bundle ----------------------------------------------------------------------------------------
def _emulator_class(ctx: ExportContext) -> str:
    return f"{ctx.name}_emulator_v{ctx.version}"


def _emulator_class(ctx: ExportContext) -> str:
    return f"{ctx.name}_emulator_v{ctx.version}"


def _check_types(ctx: ExportContext, top: dict[str, Any]) -> None:
    """The firmware's C++ types must be the card's (the card is what users and every template rely on)."""
    assert ctx.card is not None
    for port, tensor in (("input", ctx.card.inputs[0]), ("output", ctx.card.outputs[0])):
        have = top[port]["cpp_type"].replace(" ", "")
        want = tensor.type.replace(" ", "")
        if have != want or top[port]["size"] != math.prod(tensor.shape):
            raise FpgamlError(
                f"the regenerated firmware's {port} is {have}[{top[port]['size']}] but the model card says "
                f"{want}{tensor.shape}: the card would lie to the CMSSW producer; report this as a bug"
            )


def write_bundle(ctx: ExportContext, out: Path, firmware: Path) -> dict[str, Any]:
    """Write ``out/<Name>/`` from the namespaced ``firmware`` directory; returns the card facts."""
    import hls4ml  # optional heavy dependency (seconds to import): imported on first use

    assert ctx.card is not None
    model_id, name = ctx.model_id, ctx.name
    top = read_top(firmware, model_id)
    _check_types(ctx, top)
    generated, templates = select_sources(firmware, ctx.info.backend)
    root = out / name
    vdir = root / model_id
    for rel in generated + templates:
        dst = vdir / "NN" / rel
        dst.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(firmware / rel, dst)
    library = LIBRARY.format(model_id=model_id)
    emulator_src = f"{_emulator_class(ctx)}.cpp"
    tool_name = name.lower()
    fill = {
        "card": ctx.card, "model_id": model_id, "name": name, "fpgaml": __version__, "hls4ml": hls4ml.__version__,
        "namespace": ctx.namespace, "cls": _emulator_class(ctx), "library": library, "top": top,
        "emulator_obj": emulator_src.replace(".cpp", ".o"), "n_vectors": len(ctx.golden),
        "cppunit_test": f"test{model_id}", "cppunit_class": f"test{model_id}",
        "golden_env": f"{model_id.upper()}_GOLDEN_DIR", "libs": [f"{model_id}/{library}"],
        "spec_file": f"{name}.spec", "spec_version": ctx.version, "tool_file": f"{tool_name}.xml",
        "tool_name": tool_name, "tool_base": f"{name.upper()}_BASE",
    }  # fmt: skip
    render_to(vdir / emulator_src, "cmssw/emulator.cpp.j2", **fill)
    render_to(vdir / "Makefile", "cmssw/Makefile.version.j2", **fill)
    test = vdir / "test"
    render_to(test / "fpgaml_check.cpp", "cmssw/fpgaml_check.cpp.j2", **fill)
    render_to(test / f"{fill['cppunit_test']}.cpp", "cmssw/test_model.cpp.j2", **fill)
    render_to(test / "cppunit_main.cpp", "cmssw/cppunit_main.cpp.j2", **fill)
    render_to(test / "testRunner.cpp", "cmssw/testRunner.cpp.j2", **fill)
    render_to(test / "BuildFile.xml", "cmssw/BuildFile.xml.j2", **fill)
    write_vectors(test / "golden_inputs.txt", ctx.golden.x)
    write_vectors(test / "golden_outputs.txt", ctx.golden.y)
    render_to(root / "Makefile", "cmssw/Makefile.top.j2", **fill)
    render_to(root / "README.md", "cmssw/README.md.j2", **fill)
    render_to(root / "cmsdist" / fill["spec_file"], "cmssw/spec.j2", **fill)
    render_to(root / "cmsdist" / fill["tool_file"], "cmssw/toolfile.xml.j2", **fill)
    return {
        "bundle": f"{name}/",
        "library": library,
        "namespace": ctx.namespace,
        "top_function": f"{ctx.namespace}::{model_id}",
        "emulator_class": f"{ctx.namespace}::{_emulator_class(ctx)}",
        "ports": top,
        "build": f"make -C {name} EMULATOR_EXTRAS=$HLS4MLEMULATOREXTRAS_ROOT HLS_ROOT=$HLS_ROOT (as cmsdist: "
        f"cmsdist/{fill['spec_file']})",
        "check": f"make -C {name} check EMULATOR_EXTRAS=... HLS_ROOT=...",
        "cmsdist": {"spec": f"cmsdist/{fill['spec_file']}", "tool_file": f"cmsdist/{fill['tool_file']}"},
        "cppunit": f"{model_id}/test/{fill['cppunit_test']}.cpp (+ BuildFile.xml, testRunner.cpp)",
        "golden_files": [f"{model_id}/test/golden_inputs.txt", f"{model_id}/test/golden_outputs.txt"],
        "hls4ml_templates": {
            "hls4ml_version": hls4ml.__version__,
            "backend": ctx.info.backend,
            "note": "copied unchanged from the pinned hls4ml: the nnet_utils headers this model includes",
            "files": [f"NN/{t}" for t in templates],
        },
        "generated_sources": [f"NN/{g}" for g in generated],
    }


def externals(ctx: ExportContext) -> tuple[Externals, str]:
    """The externals the self-check builds against, and where they come from (for the check's name)."""
    st: CmsswSettings = ctx.settings if isinstance(ctx.settings, CmsswSettings) else CmsswSettings()
    given = {k: getattr(st, k) for k in ("emulator_extras", "hls_root")}
    ext = None
    if None in given.values():
        ext = write_externals(ctx.work / "externals")
    extras = Path(st.emulator_extras) if st.emulator_extras else ext.extras  # type: ignore[union-attr]
    hls = Path(st.hls_root) if st.hls_root else ext.hls  # type: ignore[union-attr]
    how = (
        "the hls4mlEmulatorExtras and hls externals given in export.cmssw"
        if None not in given.values()
        else "stand-ins of the hls4mlEmulatorExtras and hls externals (pinned hls4ml headers, fpgaml's ModelLoader)"
    )
    return Externals(extras=extras.resolve(), hls=hls.resolve()), how


def self_check(ctx: ExportContext, root: Path) -> Check:
    """Copy ``<Name>/`` to scratch and do what cmsdist does there: ``make EMULATOR_EXTRAS=... HLS_ROOT=...``
    and ``make PREFIX=... install``; then ``make check`` (golden vectors through ``ModelLoader``)."""
    require_tool("make", "the cmssw export check")
    ext, how = externals(ctx)
    work = ctx.work / "cmssw"
    if work.exists():
        shutil.rmtree(work)
    shutil.copytree(root, work / root.name)
    repo = work / root.name
    build = run_tool(["make", *ext.make_args()], repo)
    if build.returncode != 0:
        raise build_failed(
            f"building {root.name} as cmsdist does (make {' '.join(ext.make_args())})", repo, build
        )
    install = run_tool(["make", f"PREFIX={work / 'install'}", "install", *ext.make_args()], repo)
    library = LIBRARY.format(model_id=ctx.model_id)
    if install.returncode != 0 or not (work / "install" / "lib64" / library).is_file():
        raise build_failed(f"installing {library} (make PREFIX=... install)", repo, install)
    proc = run_tool(["make", "-C", ctx.model_id, "check", *ext.make_args()], repo)
    counts = parse_check_output(proc.stdout)
    if (
        not counts
    ):  # (make exits 2 both on a failed check and on misuse: the FPGAML_CHECK line tells them apart)
        raise build_failed(f"running the golden vectors of {library}", repo, proc)
    passed = proc.returncode == 0 and counts["equal"] == counts["outputs"]
    lines = [ln for ln in proc.stderr.splitlines() if ln.startswith(("vector", "MISMATCH"))]
    return Check(
        name=f"{library} (cmsdist build against {how}; ModelLoader, prepare_input/predict/read_result) vs C-sim",
        passed=passed,
        n_vectors=counts["vectors"],
        n_outputs=counts["outputs"],
        n_equal=counts["equal"],
        detail="" if passed else (lines[0] if lines else proc.stderr.strip()[-300:]),
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
    doc="hls4ml emulator library for CMSSW (<Name>/<Name>_v<N>, hls4mlEmulator::Model, own namespace), "
    "built as cmsdist builds it",
    write=write,
    settings=CmsswSettings,
)
