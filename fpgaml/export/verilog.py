"""Target ``verilog``: the verified da4ml RTL as a block a firmware engineer drops into a design.

Writes ``<Name>_v<N>/`` from the ``rtl`` artifact:

* ``src/*.v``: the da4ml pipeline and the da4ml modules it instantiates (only those: da4ml's unused
  ``lookup_table.v`` would make a plain ``read_verilog src/*.v`` fail), every module renamed with the prefix
  ``<Name>_v<N>`` (``fpgaml_net_stage3`` -> ``<Name>_v<N>_stage3``, ``shift_adder`` ->
  ``<Name>_v<N>_shift_adder``) so that two exported networks synthesise together in one Yosys or Vivado run;
  ``src/<Name>_v<N>_top.v``: a wrapper with a synchronous reset and valid in / valid out, whose latency (the
  ``rtl`` stage's measured one) is stated in it;
* ``axis/<Name>_v<N>_axis.v``: the same behind AXI4-Stream (an output FIFO absorbs back-pressure);
* ``constraints/*.xdc``: the clock the network was pipelined for (``rtl.clock_period_ns``);
* ``tb/*.sv``: self-checking SystemVerilog testbenches on the golden vectors (``golden/*.hex``) that check
  every output bit for bit and the latency cycle for cycle, for Verilator (``make``) or any simulator;
* ``Makefile`` (``make``, ``make sim-axis``, ``make lint``, ``make synth``) and ``README.md``, rendered from
  ``templates/verilog/`` and the model card.

The self-check runs in a scratch copy: both testbenches in Verilator, ``verilator --lint-only -Wall`` on both
tops, Yosys ``read_verilog src/*.v; hierarchy -check -top <Name>_v<N>_top`` (and, with ``export.verilog.synth``,
``synth_xilinx``). A network with no RTL path (the ``rtl`` stage was skipped or disabled) is skipped.
"""

from __future__ import annotations

import math
import re
import shutil
from pathlib import Path
from typing import Any

import numpy as np
from pydantic import Field

from fpgaml import __version__
from fpgaml.errors import FpgamlError
from fpgaml.export.card import applicable_latency
from fpgaml.export.context import ExportContext, build_failed, parse_check_output, require_tool, run_tool
from fpgaml.export.render import write as render_to
from fpgaml.export.target import DA4ML, Check, ExportTarget, TargetResult, TargetSettings
from fpgaml.rtl import verilator_root
from fpgaml.rtl.yosys import yosys_command


class VerilogSettings(TargetSettings):
    """``export.verilog``: which tool checks the export runs on the bundle besides its testbenches."""

    lint: bool = Field(True, description="verilator --lint-only -Wall on both tops (must be clean)")
    yosys: bool = Field(True, description="plain Yosys read_verilog src/*.v + hierarchy -check of the top")
    synth: bool = Field(
        False, description="Yosys synth_xilinx of the top as well (minutes for a large network)"
    )
    axis: bool = Field(True, description="simulate the AXI-Stream wrapper's testbench too")


def rtl_project(verilog_dir: Path) -> dict[str, Any]:
    """Top module, port counts and fixed-point formats of a da4ml project written by the ``rtl`` stage."""
    from da4ml.codegen.rtl.rtl_model import get_io_kifs  # optional heavy dependency: imported on first use
    from da4ml.types import Pipeline

    pipe_file = verilog_dir / "model" / "pipeline.json"
    wrappers = sorted((verilog_dir / "src").glob("*_wrapper.v"))
    if not pipe_file.is_file() or len(wrappers) != 1:
        raise FpgamlError(
            f"{verilog_dir} is not a complete da4ml project (model/pipeline.json and one src/*_wrapper.v); "
            "run `fpgaml rtl CONFIG --force`"
        )
    pipe = Pipeline.load(str(pipe_file))
    kin, kout = get_io_kifs(pipe)
    n_inp, n_out = pipe.shape
    inp = tuple(int(np.max(a)) for a in kin)
    out = tuple(int(np.max(a)) for a in kout)
    top = wrappers[0].stem
    return {
        "top": top, "name": top.removesuffix("_wrapper"), "n_inp": int(n_inp), "n_out": int(n_out),
        "inp_kif": inp, "out_kif": out, "bw_inp": sum(inp), "bw_out": sum(out), "depth": len(pipe.solutions),
    }  # fmt: skip


def to_codes(values: np.ndarray, frac: int, what: str) -> np.ndarray:
    """Values on a grid of ``frac`` fractional bits as integer codes; values off the grid are refused."""
    codes = np.asarray(values, np.float64).reshape(len(values), -1) * 2.0**frac
    if not np.array_equal(codes, np.round(codes)):
        raise FpgamlError(f"{what} are not on the RTL's grid of {frac} fractional bits")
    return codes.astype(np.int64)


def _golden(ctx: ExportContext, rtl_dir: Path) -> tuple[np.ndarray, np.ndarray, str]:
    with np.load(rtl_dir / "outputs.npz") as z:
        x, y_csim, y_fixed = z["x"], z["y_csim"], z["y_fixed"]
    n = min(ctx.cfg.export.n_vectors, len(x))
    if y_csim.size:
        return (
            x[:n],
            y_csim[:n],
            "C-simulation of the hls4ml project (equal to the RTL and the fixed-point reference)",
        )
    return x[:n], y_fixed[:n], "fpgaml's fixed-point reference (logits: the softmax is not in the RTL)"


def _module_names(text: str) -> list[str]:
    return re.findall(r"^\s*module\s+(\w+)", text, re.M)


def prefixed_sources(src: Path, old: str, new: str) -> dict[str, str]:
    """The da4ml project's Verilog (``src/*.v`` and the ``src/static/*.v`` modules it instantiates), every
    module renamed: ``old``* -> ``new``*, a static module ``m`` -> ``new_m``. Returns file name -> text."""
    files = {p.name: p.read_text() for p in sorted(src.glob("*.v"))}
    static = {p.name: p.read_text() for p in sorted((src / "static").glob("*.v"))}
    rename: dict[str, str] = {}
    for text in files.values():
        for mod in _module_names(text):
            if mod != old and not mod.startswith(old + "_"):
                raise FpgamlError(f"da4ml module {mod!r} does not start with the project name {old!r}")
            rename[mod] = new + mod[len(old) :]
    static_mods = {mod: name for name, text in static.items() for mod in _module_names(text)}
    body = "\n".join(files.values())
    used: set[str] = set()
    todo = [m for m in static_mods if re.search(rf"\b{m}\b", body)]
    while todo:  # static modules used by the design, and those they instantiate
        mod = todo.pop()
        if mod in used:
            continue
        used.add(mod)
        text = static[static_mods[mod]]
        todo += [m for m in static_mods if m not in used and m != mod and re.search(rf"\b{m}\b", text)]
    for mod in used:
        rename[mod] = f"{new}_{mod}"
    pattern = re.compile(r"\b(" + "|".join(sorted(map(re.escape, rename), key=len, reverse=True)) + r")\b")
    out = {}
    for name, text in files.items():
        out[name.replace(old, new, 1) if name.startswith(old) else name] = pattern.sub(
            lambda m: rename[m[1]], text
        )
    for mod in sorted(used):
        out[f"{new}_{static_mods[mod]}"] = pattern.sub(lambda m: rename[m[1]], static[static_mods[mod]])
    return out


def _packed_hex(codes: np.ndarray, bits: int) -> list[str]:
    """Each row of integer codes packed LSB first (value j in bits [bits*j +: bits]) as one hex word."""
    mask = (1 << bits) - 1
    width = (codes.shape[1] * bits + 3) // 4
    lines = []
    for row in codes:
        word = 0
        for j, c in enumerate(row):
            word |= (int(c) & mask) << (bits * j)
        lines.append(format(word, f"0{width}x"))
    return lines


def _sim_check(work: Path, target: str, binary: str, what: str, env_args: list[str]) -> Check:
    build = run_tool(["make", binary, *env_args], work)
    if build.returncode != 0:
        raise build_failed(f"building the {what} with Verilator", work, build)
    proc = run_tool([f"./{binary}"], work)
    counts = parse_check_output(proc.stdout)
    if not counts:
        raise build_failed(f"running the {what}", work, proc)
    passed = proc.returncode == 0 and counts["equal"] == counts["outputs"]
    text = proc.stdout + proc.stderr
    lines = [
        ln
        for ln in text.splitlines()
        if ln.startswith(("vector", "MISMATCH", "%Error", "[")) or "fatal" in ln
    ]
    return Check(
        name=f"{target} ({what}, Verilator) vs golden vectors",
        passed=passed,
        n_vectors=counts["vectors"],
        n_outputs=counts["outputs"],
        n_equal=counts["equal"],
        detail="" if passed else (lines[0] if lines else text.strip()[-300:]),
    )


def _tool_check(name: str, proc: Any) -> Check:
    text = (proc.stdout + proc.stderr).strip()
    issues = [ln for ln in text.splitlines() if ln.startswith(("%Warning", "%Error", "ERROR", "Warning"))]
    passed = proc.returncode == 0 and not issues
    return Check(name=name, passed=passed, kind="tool", detail="" if passed else (issues or [text[-300:]])[0])


def self_check(ctx: ExportContext, bundle: Path, facts: dict[str, Any]) -> list[Check]:
    """Copy the bundle to scratch; run its testbenches in Verilator and the tool checks of the settings."""
    require_tool("make", "the verilog export check")
    st: VerilogSettings = ctx.settings if isinstance(ctx.settings, VerilogSettings) else VerilogSettings()
    work = ctx.work / "verilog"
    if work.exists():
        shutil.rmtree(work)
    shutil.copytree(bundle, work)
    verilator = str(verilator_root() / "bin" / "verilator")
    args = [f"VERILATOR={verilator}", f"JOBS={ctx.cfg.rtl.jobs}", f"OPT={ctx.cfg.rtl.opt}"]
    top = facts["top"]
    checks = [_sim_check(work, ctx.model_id, f"obj_dir/V{ctx.model_id}_tb", f"{top} testbench", args)]
    if st.axis:
        axis = facts["axis_top"]
        checks.append(
            _sim_check(work, ctx.model_id, f"obj_dir/V{ctx.model_id}_axis_tb", f"{axis} testbench", args)
        )
    if st.lint:
        for mod, files in ((top, ["src/*.v"]), (facts["axis_top"], ["src/*.v", "axis/*.v"])):
            cmd = " ".join([verilator, "--lint-only", "-Wall", "--top-module", mod, *files])
            proc = run_tool(["sh", "-c", cmd], work)
            checks.append(_tool_check(f"verilator --lint-only -Wall --top-module {mod} (as shipped)", proc))
    if st.yosys or st.synth:
        script = f"read_verilog src/*.v; hierarchy -check -top {top}" + (
            f"; synth_xilinx -top {top}; stat" if st.synth else ""
        )
        proc = run_tool([*yosys_command(), "-q", "-p", script], work)
        what = "synth_xilinx" if st.synth else "hierarchy -check"
        checks.append(
            _tool_check(f'yosys -p "read_verilog src/*.v; {what} -top {top}" (plain, as shipped)', proc)
        )
    return checks


def write(ctx: ExportContext, out: Path) -> TargetResult:
    from da4ml import __version__ as da4ml_version  # optional heavy dependency: imported on first use

    status = ctx.rtl.get("status")
    if status != "done":
        return TargetResult.skipped(
            f"no RTL for this network: the rtl stage was {status} ({ctx.rtl.get('reason', 'no reason recorded')})"
        )
    design = (ctx.rtl.get("design") or {}).get("design", "pipeline")
    if design != "pipeline":
        return TargetResult.skipped(
            f"the verilog export takes pipelined RTL (a new input every clock); this network's RTL is a {design}"
        )
    assert ctx.card is not None
    rtl_dir = ctx.cfg.stage_dir("rtl")
    src = rtl_dir / "verilog"
    prj = rtl_project(src)
    lat = applicable_latency(ctx.card)
    latency = int(ctx.rtl["latency_cycles"])
    if latency != prj["depth"] or lat is None or int(lat.cycles or -1) != latency or latency < 1:
        raise FpgamlError(
            f"the rtl artifact measured {latency} cycles but its pipeline is {prj['depth']} stages deep; "
            "re-run `fpgaml rtl CONFIG --force`"
        )
    model_id = ctx.model_id
    bundle = out / model_id
    sources = prefixed_sources(src / "src", prj["name"], model_id)
    for name, text in sources.items():
        (bundle / "src").mkdir(parents=True, exist_ok=True)
        (bundle / "src" / name).write_text(text)
    memfiles = sorted((src / "src" / "memfiles").glob("*.mem"))
    for mem in memfiles:
        (bundle / "src" / "memfiles").mkdir(parents=True, exist_ok=True)
        shutil.copyfile(mem, bundle / "src" / "memfiles" / mem.name)
    (bundle / "model").mkdir()
    shutil.copyfile(src / "model" / "pipeline.json", bundle / "model" / "pipeline.json")
    x, y, source = _golden(ctx, rtl_dir)
    k_in, _, f_in = prj["inp_kif"]
    k_out, _, f_out = prj["out_kif"]
    bw_in, bw_out = prj["bw_inp"], prj["bw_out"]
    n_in, n_out = prj["n_inp"], prj["n_out"]
    (bundle / "golden").mkdir()
    (bundle / "golden" / "inputs.hex").write_text(
        "\n".join(_packed_hex(to_codes(x, f_in, "the golden inputs"), bw_in)) + "\n"
    )
    (bundle / "golden" / "expected.hex").write_text(
        "\n".join(_packed_hex(to_codes(y, f_out, "the golden outputs"), bw_out)) + "\n"
    )
    period = float(ctx.rtl["clock_period_ns"])
    in_w, out_w = n_in * bw_in, n_out * bw_out
    depth = latency + 3
    fill = {
        "card": ctx.card, "id": model_id, "fpgaml": __version__, "latency": latency,
        "latency_ns": f"{latency * period:g}", "clock_period_ns": f"{period:g}", "mhz": f"{1000 / period:g}",
        "n_in": n_in, "n_out": n_out, "bw_in": bw_in, "bw_out": bw_out, "f_in": f_in, "f_out": f_out,
        "k_in": bool(k_in), "k_out": bool(k_out), "in_w": in_w, "out_w": out_w,
        "s_w": 8 * math.ceil(in_w / 8), "m_w": 8 * math.ceil(out_w / 8), "depth": depth,
        "axis_latency": latency + 1, "cw": max(1, depth.bit_length()), "pw": max(1, (depth - 1).bit_length()),
        "n_vectors": len(x), "half_period": f"{period / 2:g}", "memfiles": bool(memfiles),
    }  # fmt: skip
    render_to(bundle / "src" / f"{model_id}_top.v", "verilog/top.v.j2", **fill)
    render_to(bundle / "axis" / f"{model_id}_axis.v", "verilog/axis.v.j2", **fill)
    for module, clock in ((f"{model_id}_top", "clk"), (f"{model_id}_axis", "aclk")):
        render_to(bundle / "constraints" / f"{module}.xdc", "verilog/clock.xdc.j2", module=module, clock=clock,
                  clock_period_ns=period, mhz=fill["mhz"], fpgaml=__version__)  # fmt: skip
    render_to(bundle / "tb" / f"{model_id}_tb.sv", "verilog/tb.sv.j2", **fill)
    render_to(bundle / "tb" / f"{model_id}_axis_tb.sv", "verilog/axis_tb.sv.j2", **fill)
    render_to(bundle / "Makefile", "verilog/Makefile.j2", **fill)
    render_to(bundle / "README.md", "verilog/README.md.j2", **fill)
    facts: dict[str, Any] = {
        "bundle": f"{model_id}/",
        "top": f"{model_id}_top",
        "axis_top": f"{model_id}_axis",
        "modules": sorted(m for text in sources.values() for m in _module_names(text)),
        "ports": {
            "in_data": {"n": n_in, "bits": bw_in, "kif": list(prj["inp_kif"])},
            "out_data": {"n": n_out, "bits": bw_out, "kif": list(prj["out_kif"])},
        },
        "latency_cycles": latency,
        "axis_latency_cycles": latency + 1,
        "axis_fifo_depth": depth,
        "clock_period_ns": period,
        "golden_source": source,
        "golden_files": ["golden/inputs.hex", "golden/expected.hex"],
        "golden_format": "one vector per line: the packed bus in hex, value j in bits [bits*j +: bits], "
        "code = value * 2^f (f: the 'kif' above), two's complement",
        "build": f"make -C {model_id}  (Verilator; make lint; make synth)",
        "da4ml_version": da4ml_version,
    }
    checks = self_check(ctx, bundle, facts) if ctx.check else []
    facts["tool_checks"] = [c.as_dict() for c in checks if c.kind == "tool"]
    return TargetResult(
        bundle=bundle,
        card=facts,
        checks=checks,
        summary={"bundle": str(bundle), "top": facts["top"], "latency_cycles": latency},
    )


TARGET = ExportTarget(
    name="verilog",
    doc="da4ml Verilog with per-model module names, reset/valid and AXI-Stream wrappers, XDC clock, "
    "self-checking SystemVerilog testbenches",
    write=write,
    implementation=DA4ML,
    settings=VerilogSettings,
)
