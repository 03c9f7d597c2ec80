"""A recurrent network in RTL with its cell reused over the sequence (``rtl.recurrent: reused | interleaved``,
``rtl.recurrent_steps_per_pass: k``).

Unrolled (the default), a GRU/LSTM of T steps is T copies of the cell in one pipeline: a new jet every
clock, at the area of T cells. Here one *pass* of ``k`` steps (``T % k == 0``) is built once and run T/k
times per jet, its state fed back through registers:

* ``<name>_cell``: da4ml pipeline (depth S) of the layers between the input and the recurrent layer (element
  wise only: quantizers, activations) and ``k`` steps of the cell; inputs ``[x_1 .. x_k, state]``, outputs
  the new state (GRU: h; LSTM: h, c), all unquantized exactly as the integer reference carries them (the
  state quantizer is applied inside the cell, at the start of every step, as in QKeras);
* ``<name>_head``: da4ml pipeline (depth H) of every layer after the recurrent layer, from its output h;
* ``<name>``: fpgaml's schedule (plain Verilog): the jet is registered, every pass is fed the cell's previous
  output (zeros for the first) and its ``k`` inputs, P = S + 1 cycles apart (S through the cell, one for the
  feedback into its input register), the head reads the final h, and the output register holds the logits
  for a whole interval.

Timing: a new jet every ``II = T/k * P`` clocks, latency ``II + H + 2`` clocks (the jet and output
registers). Both are measured by the Verilator simulation like any design (the driver holds each jet for
II clocks). The state registers are as wide as the cell's output interval (da4ml's interval arithmetic,
closed because the state quantizer saturates), so the feedback is exact without any assumption about the
data. Area: one pass (``k`` cells) + head + the registers and multiplexers of the schedule (not in da4ml's
estimate, which is the cell's plus the head's).

**Interleaved** (``rtl.recurrent: interleaved``): the same pass and head, but the pass pipeline is shared by
the jets in flight instead of waiting for one jet: a new jet every ``m = T/k`` clocks (the number of passes).
Jet ``i`` is captured at clock ``i*m``; its pass ``j`` enters the cell at clock ``i*m + j*L``, where the
loop period ``L = S + 1 + D`` is the cell's round trip plus ``D`` delay registers on the fed-back state, the
smallest ``D >= 0`` with ``gcd(L, m) = 1``. Then the passes of all jets fall on distinct clocks (``i*m + j*L
= i'*m + j'*L`` with ``|j - j'| < m`` forces ``j = j'``), and every clock is used: the pass entering at a
clock with ``t mod m = r`` is the ``j`` with ``j*L mod m = r``. Its inputs are slice ``j`` of the jet
captured ``floor(j*L/m)`` jets earlier, kept in a short history per slice (shifted once per jet). The head
reads the last pass's output; the output register holds the logits for ``m`` clocks.
**II = m**, latency ``(m - 1)*L + S + H + 3`` (the same formula as the reused design, where ``L = S + 1``).
Area: the reused design's, plus the slice histories (``sum_j floor(j*L/m)`` slices of the jet's input bits)
and ``D`` state registers.
"""

from __future__ import annotations

import json
import math
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from fpgaml.errors import ConfigError, UnsupportedModelError
from fpgaml.ir import Layer, ModelIR
from fpgaml.ir.core import kind_of
from fpgaml.ir.kinds.recurrent import TraceMath, exact_cell
from fpgaml.rtl.sim import RtlProject, write_rtl
from fpgaml.rtl.trace import input_array, trace_layers

Kif = tuple[int, int, int]


@dataclass
class RecurrentSplit:
    """``ir`` as [element-wise layers] -> one recurrent layer -> head."""

    pre: list[Layer]
    rec: Layer
    head: ModelIR
    steps: int
    features: int


def recurrent_layers(ir: ModelIR) -> list[Layer]:
    return [layer for layer in ir.layers if layer.kind == "recurrent"]


def check_recurrent_design(ir: ModelIR, recurrent: str | None, steps_per_pass: int | None) -> str:
    """The design (``unrolled``, ``reused``, ``interleaved``) that ``rtl.recurrent`` and
    ``rtl.recurrent_steps_per_pass`` ask for, or a :class:`ConfigError` saying why they cannot apply to ``ir``."""
    designs = ("unrolled", "reused", "interleaved")
    if recurrent is not None and recurrent not in designs:
        raise ConfigError(f"rtl.recurrent: {recurrent!r} is not one of {', '.join(designs)}")
    if recurrent is None and steps_per_pass is None:
        return "unrolled"  # nothing asked for: every network is one pipeline
    design = recurrent or "reused"
    if design == "unrolled" and steps_per_pass is not None:
        raise ConfigError(
            "rtl.recurrent_steps_per_pass has no meaning with rtl.recurrent: unrolled (every step is its own "
            "cell); leave it out, or choose rtl.recurrent: reused or interleaved"
        )
    if design != "unrolled" and steps_per_pass is None:
        raise ConfigError(
            f"rtl.recurrent: {design} needs rtl.recurrent_steps_per_pass (the steps of one pass)"
        )
    if not recurrent_layers(ir):
        key = "rtl.recurrent" if recurrent is not None else "rtl.recurrent_steps_per_pass"
        raise ConfigError(
            f"{key} applies to a network with a GRU/LSTM layer; {ir.name!r} has none: leave {key} out"
        )
    return design


def split(ir: ModelIR) -> RecurrentSplit:
    """Split a network with one recurrent layer for the reused-cell design, or say why it cannot be."""
    recs = recurrent_layers(ir)
    if len(recs) != 1:
        raise UnsupportedModelError(
            f"rtl.recurrent_steps_per_pass needs exactly one recurrent layer; the network has {len(recs)}"
        )
    rec = recs[0]
    if rec.attrs.get("return_sequences"):
        raise UnsupportedModelError(
            f"{rec.where}: return_sequences=True: the reused cell is built for the final state only "
            "(leave rtl.recurrent_steps_per_pass unset to unroll the sequence)"
        )
    idx = ir.layers.index(rec)
    pre = ir.layers[1:idx]
    chain = [ir.input_name] + [layer.name for layer in pre]
    for prev, layer in zip(chain, [*pre, rec], strict=True):
        if layer.inputs != [prev] or (layer is not rec and layer.kind != "activation"):
            raise UnsupportedModelError(
                f"{layer.where}: between the input and the recurrent layer the reused-cell design takes only a "
                "chain of element-wise activation layers"
            )
    for layer in [ir.input, *pre]:
        if len(ir.consumers(layer.name)) != 1:
            raise UnsupportedModelError(
                f"{layer.where} feeds more than the recurrent layer: not supported by the reused-cell design"
            )
    after = ir.layers[idx + 1 :]
    head_input = Layer(rec.name, "input", "InputLayer", [], tuple(rec.output_shape))
    head = ModelIR([head_input, *after], ir.output, None, f"{ir.name}_head")
    steps, features = (int(d) for d in ir.input_shape)  # type: ignore[arg-type]
    return RecurrentSplit(pre, rec, head, steps, features)


def _kif(v: Any, where: str) -> Kif:
    if v.low == v.high:
        raise UnsupportedModelError(
            f"{where}: a state element of the cell is a constant ({v.low}); the reused-cell design needs every "
            "state element to depend on the input (leave rtl.recurrent_steps_per_pass unset)"
        )
    k, i, f = v.kif
    return int(k), int(i), int(f)


def _union(a: Kif, b: Kif) -> Kif:
    """The smallest (sign, magnitude bits, fraction bits) holding both (da4ml: signed [-2^i, 2^i))."""
    return max(a[0], b[0]), max(a[1], b[1]), max(a[2], b[2])


def _covers(a: Kif, b: Kif) -> bool:
    """Whether type ``a`` holds every value of type ``b``."""
    return a[0] >= b[0] and a[1] >= b[1] and a[2] >= b[2]


def _trace_cell(
    sp: RecurrentSplit, k: int, input_kifs: np.ndarray, kept: np.ndarray | None, state_kifs: list[Kif]
) -> tuple[Any, Any, int]:
    """(input array, output array, number of h elements) of one pass of ``k`` steps.

    ``input_kifs``: (features, 3) (k, i, f) of one step's inputs; ``kept``: 1/0 per feature (0: dropped, the
    firmware does not read it) or None. The inputs of step ``t`` enter da4ml's schedule when the state they
    meet is ready (their latency is set to the state's), so the pipeline carries each step's raw inputs to
    where they are used rather than their products with the kernel (fewer register bits; the same logic).
    """
    from da4ml.trace import FixedVariableArray, FixedVariableArrayInput  # optional heavy dependency

    cell = exact_cell(sp.rec)
    f = sp.features
    n_x = k * f
    inp = FixedVariableArrayInput((n_x + len(state_kifs),))
    state_flat = np.empty(len(state_kifs), dtype=object)
    for j, v in enumerate(inp._vars[n_x:]):
        state_flat[j] = v.quantize(*state_kifs[j])
    arr = FixedVariableArray(state_flat, inp.solver_options, hwconf=inp.hwconf)
    n = cell.n
    state = tuple(arr[s * n : (s + 1) * n] for s in range(len(cell.state_names)))
    math_ = TraceMath(sp.rec.where, arr)
    for t in range(k):
        ready = max(float(v.latency) for s in state for v in np.ravel(s._vars))
        flat = np.empty(f, dtype=object)
        for j, v in enumerate(inp._vars[t * f : (t + 1) * f]):
            # the input port itself stays at stage 0 (da4ml's pipeliner reads every input there); its
            # quantization (a wire) is placed at `ready`, so the raw bits are what the pipeline carries
            v.latency = ready
            flat[j] = v.quantize(*(int(c) for c in input_kifs[j]))
            v.latency = 0.0
        x = FixedVariableArray(flat, inp.solver_options, hwconf=inp.hwconf)
        if kept is not None:
            x = x * kept
        x = x.reshape((1, f))
        for layer in sp.pre:
            x = kind_of(layer).trace(layer, [x])
        _, state = cell.run(math_, [x[0]], state)
    out = np.concatenate([s._vars for s in state])
    return inp, FixedVariableArray(out, inp.solver_options, hwconf=inp.hwconf), n


def trace_parts(ir: ModelIR, steps_per_pass: int) -> dict[str, Any]:
    """The cell and head ``CombLogic`` of the reused-cell design and the state types (closed: the state the
    cell puts out always fits the state type it reads)."""
    from da4ml.trace import (
        FixedVariableArray,
        FixedVariableArrayInput,
        comb_trace,
    )  # optional heavy dependency

    if ir.input_type is None:
        raise UnsupportedModelError("the IR has no input type: parse it with one to trace it")
    sp = split(ir)
    k = int(steps_per_pass)
    if k < 1 or sp.steps % k:
        raise ConfigError(
            f"rtl.recurrent_steps_per_pass = {k} must divide the {sp.steps} steps of {sp.rec.where}"
        )
    cell = exact_cell(sp.rec)
    n_state = cell.n * len(cell.state_names)
    kifs: list[Kif] = [cell.state.type.kif] * n_state
    assert ir.inputs is not None
    input_kifs = np.stack(ir.inputs.kifs((sp.features,)), axis=-1)
    kept = ir.inputs.kept((sp.features,)) if ir.inputs.dropped else None
    for _ in range(6):
        inp, out, n_h = _trace_cell(sp, k, input_kifs, kept, kifs)
        out_kifs = [_kif(v, sp.rec.where) for v in out._vars]
        if all(_covers(a, b) for a, b in zip(kifs, out_kifs, strict=True)):
            break
        kifs = [_union(a, b) for a, b in zip(kifs, out_kifs, strict=True)]
    else:  # pragma: no cover - the state quantizer saturates, so the interval closes after one round
        raise UnsupportedModelError(f"{sp.rec.where}: the cell's state interval does not close")
    cell_comb = comb_trace(inp, out, keep_dead_inputs=True)
    h_kifs = out_kifs[:n_h]
    head_inp = FixedVariableArrayInput((n_h,))
    flat = np.empty(n_h, dtype=object)
    for j, v in enumerate(head_inp._vars):
        flat[j] = v.quantize(*h_kifs[j])
    h = FixedVariableArray(flat, head_inp.solver_options, hwconf=head_inp.hwconf)
    head_comb = comb_trace(head_inp, trace_layers(sp.head, h), keep_dead_inputs=True)
    return {
        "split": sp,
        "steps_per_pass": k,
        "passes": sp.steps // k,
        "cell": cell_comb,
        "head": head_comb,
        "state_in_kifs": kifs,
        "state_out_kifs": out_kifs,
        "n_h": n_h,
    }


# ---- Verilog ------------------------------------------------------------------------------------------------
def _fields(qints: Any) -> list[tuple[int, Kif]]:
    """(offset, kif) of every packed element (element 0 at bit 0), as da4ml packs them."""
    from da4ml.types import minimal_kif  # optional heavy dependency: imported on first use

    out, pos = [], 0
    for q in qints:
        k, i, f = (int(v) for v in minimal_kif(q))
        out.append((pos, (k, i, f)))
        pos += k + i + f
    return out


def _realign(src: str, offset: int, have: Kif, want: Kif) -> str:
    """Verilog for the bits of a value packed as ``have`` at ``src[offset...]`` re-packed as ``want``."""
    w_have = sum(have)
    if w_have <= 0:
        return f"{sum(want)}'b0"
    parts = []
    ext = (want[0] + want[1]) - (have[0] + have[1])
    msb = f"{src}[{offset + w_have - 1}]"
    if ext > 0:
        parts.append(f"{{{ext}{{{msb}}}}}" if have[0] else f"{ext}'b0")
    parts.append(f"{src}[{offset + w_have - 1}:{offset}]")
    pad = want[2] - have[2]
    if pad > 0:
        parts.append(f"{pad}'b0")
    return "{" + ", ".join(parts) + "}"


def _top_verilog(name: str, parts: dict[str, Any], cell_pipe: Any, head_pipe: Any, n_inp_bits: int) -> str:
    sp: RecurrentSplit = parts["split"]
    k, passes = parts["steps_per_pass"], parts["passes"]
    s_depth, h_depth = len(cell_pipe.solutions), len(head_pipe.solutions)
    period = s_depth + 1
    ii = passes * period
    out_at = (ii + 2 + h_depth) % ii
    cell_in = _fields(cell_pipe.inp_qint)
    cell_out = _fields(cell_pipe.out_qint)
    head_in = _fields(head_pipe.inp_qint)
    n_x = k * sp.features
    x_bits = cell_in[n_x][0] if len(cell_in) > n_x else sum(sum(kif) for _, kif in cell_in)
    if x_bits * passes != n_inp_bits:
        raise AssertionError(f"input packing: {x_bits} bits per pass x {passes} != {n_inp_bits}")
    cell_in_bits = sum(sum(kif) for _, kif in cell_in)
    cell_out_bits = sum(sum(kif) for _, kif in cell_out)
    head_in_bits = sum(sum(kif) for _, kif in head_in)
    head_out_bits = sum(sum(kif) for _, kif in _fields(head_pipe.out_qint))
    state_bits = cell_in_bits - x_bits
    fb = [_realign("cell_out", off, have, cell_in[n_x + j][1]) for j, (off, have) in enumerate(cell_out)]
    h_to_head = [
        _realign("cell_out", cell_out[j][0], cell_out[j][1], head_in[j][1]) for j in range(len(head_in))
    ]
    cw = max(1, math.ceil(math.log2(ii + 1)))
    pw = max(1, math.ceil(math.log2(passes + 1)))
    qw = max(1, math.ceil(math.log2(period + 1)))
    lines = [
        "`timescale 1 ns / 1 ps",
        "",
        f"// fpgaml: {sp.rec.where} as one pass of {k} step(s) reused {passes} time(s) per jet",
        f"// (rtl.recurrent_steps_per_pass). Cell pipeline {s_depth} cycles + 1 feedback cycle = {period} per pass;",
        f"// a new jet every II = {ii} clocks; head pipeline {h_depth} cycles; latency {ii + 2 + h_depth} clocks.",
        f"module {name} (",
        "    input clk,",
        f"    input [{n_inp_bits - 1}:0] model_inp,",
        f"    output reg [{head_out_bits - 1}:0] model_out",
        ");",
        f"    reg [{cw - 1}:0] cnt = {cw}'d0;       // position in the schedule: 0 .. {ii - 1}",
        f"    reg [{pw - 1}:0] pass_idx = {pw}'d0;  // the pass being fed: 0 .. {passes - 1}",
        f"    reg [{qw - 1}:0] phase = {qw}'d0;     // cycle within a pass: 0 .. {period - 1}",
        f"    reg [{n_inp_bits - 1}:0] jet = {n_inp_bits}'d0;",
        f"    wire [{cell_in_bits - 1}:0] cell_inp;",
        f"    wire [{cell_out_bits - 1}:0] cell_out;",
        f"    wire [{state_bits - 1}:0] feedback;",
        f"    wire [{head_in_bits - 1}:0] head_inp;",
        f"    wire [{head_out_bits - 1}:0] head_out;",
        "",
        "    assign feedback = {" + ", ".join(reversed(fb)) + "};",
        "    assign head_inp = {" + ", ".join(reversed(h_to_head)) + "};",
        f"    assign cell_inp = {{(pass_idx == {pw}'d0) ? {state_bits}'d0 : feedback, "
        f"jet[pass_idx * {x_bits} +: {x_bits}]}};",
        "",
        f"    {name}_cell u_cell (.clk(clk), .model_inp(cell_inp), .model_out(cell_out));",
        f"    {name}_head u_head (.clk(clk), .model_inp(head_inp), .model_out(head_out));",
        "",
        "    always @(posedge clk) begin",
        f"        cnt <= (cnt == {cw}'d{ii - 1}) ? {cw}'d0 : cnt + {cw}'d1;",
        f"        if (cnt == {cw}'d0) begin",
        "            jet <= model_inp;",
        f"            pass_idx <= {pw}'d0;",
        f"            phase <= {qw}'d0;",
        f"        end else if (phase == {qw}'d{period - 1}) begin",
        f"            phase <= {qw}'d0;",
        f"            if (pass_idx != {pw}'d{passes - 1}) pass_idx <= pass_idx + {pw}'d1;",
        "        end else begin",
        f"            phase <= phase + {qw}'d1;",
        "        end",
        f"        if (cnt == {cw}'d{out_at}) model_out <= head_out;",
        "    end",
        "endmodule",
        "",
    ]
    return "\n".join(lines)


def loop_period(cell_depth: int, passes: int) -> int:
    """The interleaved design's loop period ``L``: the smallest ``>= cell_depth + 1`` coprime with ``passes``."""
    period = cell_depth + 1
    while math.gcd(period, passes) != 1:
        period += 1
    return period


def _interleaved_verilog(
    name: str, parts: dict[str, Any], cell_pipe: Any, head_pipe: Any, n_inp_bits: int
) -> tuple[str, dict[str, int]]:
    """The interleaved schedule (module docstring): Verilog and its timing."""
    sp: RecurrentSplit = parts["split"]
    k, m = parts["steps_per_pass"], parts["passes"]
    s_depth, h_depth = len(cell_pipe.solutions), len(head_pipe.solutions)
    period = loop_period(s_depth, m)
    delay = period - s_depth - 1
    latency = (m - 1) * period + s_depth + h_depth + 3
    cell_in, cell_out = _fields(cell_pipe.inp_qint), _fields(cell_pipe.out_qint)
    head_in = _fields(head_pipe.inp_qint)
    n_x = k * sp.features
    x_bits = cell_in[n_x][0] if len(cell_in) > n_x else sum(sum(kif) for _, kif in cell_in)
    if x_bits * m != n_inp_bits:
        raise AssertionError(f"input packing: {x_bits} bits per pass x {m} != {n_inp_bits}")
    cell_in_bits = sum(sum(kif) for _, kif in cell_in)
    cell_out_bits = sum(sum(kif) for _, kif in cell_out)
    head_in_bits = sum(sum(kif) for _, kif in head_in)
    head_out_bits = sum(sum(kif) for _, kif in _fields(head_pipe.out_qint))
    state_bits = cell_in_bits - x_bits
    fb = [_realign("cell_out", off, have, cell_in[n_x + j][1]) for j, (off, have) in enumerate(cell_out)]
    h_to_head = [
        _realign("cell_out", cell_out[j][0], cell_out[j][1], head_in[j][1]) for j in range(len(head_in))
    ]
    # pass j enters at clock i*m + j*L: at t mod m = (j*L) mod m, with slice j of the jet captured q_j jets ago
    depth = [j * period // m for j in range(m)]
    residue = [j * period % m for j in range(m)]
    cw = max(1, math.ceil(math.log2(m)))
    out_at = latency % m
    lines = [
        "`timescale 1 ns / 1 ps",
        "",
        f"// fpgaml: {sp.rec.where} as one pass of {k} step(s), {m} passes per jet, interleaved over the jets in",
        f"// flight (rtl.recurrent: interleaved). Cell pipeline {s_depth} cycles, loop period L = {period} "
        f"({delay} feedback delay register(s)),",
        f"// coprime with {m}: a new jet every II = {m} clocks; head pipeline {h_depth} cycles; latency {latency}.",
        f"module {name} (",
        "    input clk,",
        f"    input [{n_inp_bits - 1}:0] model_inp,",
        f"    output reg [{head_out_bits - 1}:0] model_out",
        ");",
        f"    reg [{cw - 1}:0] cnt = {cw}'d0;  // clock mod {m}: a jet is captured at 0",
        f"    reg [{cw - 1}:0] ph = {cw}'d0;   // which pass enters the cell now (by t mod {m})",
        f"    reg [{n_inp_bits - 1}:0] jet = {n_inp_bits}'d0;",
    ]
    for j in range(1, m):
        for d in range(1, depth[j] + 1):
            lines.append(
                f"    reg [{x_bits - 1}:0] s{j}_{d} = {x_bits}'d0;  // slice {j} of the jet {d} back"
            )
    for d in range(1, delay + 1):
        lines.append(f"    reg [{state_bits - 1}:0] fb_{d} = {state_bits}'d0;")
    lines += [
        f"    reg [{x_bits - 1}:0] x_sel;",
        f"    reg [{state_bits - 1}:0] s_sel;",
        f"    wire [{cell_out_bits - 1}:0] cell_out;",
        f"    wire [{state_bits - 1}:0] feedback;",
        f"    wire [{state_bits - 1}:0] state_in;",
        f"    wire [{head_in_bits - 1}:0] head_inp;",
        f"    wire [{head_out_bits - 1}:0] head_out;",
        "",
        "    assign feedback = {" + ", ".join(reversed(fb)) + "};",
        f"    assign state_in = {f'fb_{delay}' if delay else 'feedback'};",
        "    assign head_inp = {" + ", ".join(reversed(h_to_head)) + "};",
        "    always @(*) begin",
        "        case (ph)",
    ]
    for j in range(m):
        src = f"jet[{j * x_bits} +: {x_bits}]" if depth[j] == 0 else f"s{j}_{depth[j]}"
        state = f"{state_bits}'d0" if j == 0 else "state_in"
        lines.append(
            f"            {cw}'d{residue[j]}: begin x_sel = {src}; s_sel = {state}; end  // pass {j}"
        )
    lines += [
        f"            default: begin x_sel = {x_bits}'d0; s_sel = {state_bits}'d0; end",
        "        endcase",
        "    end",
        "",
        f"    {name}_cell u_cell (.clk(clk), .model_inp({{s_sel, x_sel}}), .model_out(cell_out));",
        f"    {name}_head u_head (.clk(clk), .model_inp(head_inp), .model_out(head_out));",
        "",
        "    always @(posedge clk) begin",
        f"        cnt <= (cnt == {cw}'d{m - 1}) ? {cw}'d0 : cnt + {cw}'d1;",
        "        ph <= cnt;",
        f"        if (cnt == {cw}'d0) begin",
        "            jet <= model_inp;",
    ]
    for j in range(1, m):
        for d in range(1, depth[j] + 1):
            src = f"jet[{j * x_bits} +: {x_bits}]" if d == 1 else f"s{j}_{d - 1}"
            lines.append(f"            s{j}_{d} <= {src};")
    lines.append("        end")
    for d in range(1, delay + 1):
        lines.append(f"        fb_{d} <= {'feedback' if d == 1 else f'fb_{d - 1}'};")
    lines += [
        f"        if (cnt == {cw}'d{out_at}) model_out <= head_out;",
        "    end",
        "endmodule",
        "",
    ]
    info = {
        "loop_period": period,
        "feedback_delay": delay,
        "latency": latency,
        "initiation_interval": m,
        "history_bits": sum(depth) * x_bits,
        "schedule_register_bits": sum(depth) * x_bits + delay * state_bits,
    }
    return "\n".join(lines), info


class _IoOnly:
    """What da4ml's I/O wrapper generator reads of a design: the intervals of its inputs and outputs."""

    def __init__(self, inp_qint: Any, out_qint: Any) -> None:
        self.inp_qint, self.out_qint = inp_qint, out_qint


def write_recurrent_rtl(
    ir: ModelIR,
    out_dir: str | Path,
    *,
    steps_per_pass: int,
    interleaved: bool = False,
    name: str = "fpgaml_net",
    clock_period_ns: float = 5.0,
    latency_cutoff: float | None = None,
    part: str = "xcvu13p-flga2577-2-e",
) -> RtlProject:
    """Write the reused-cell design of ``ir`` (see the module docstring) into ``out_dir``: one jet at a time,
    or with ``interleaved`` the jets in flight sharing the pass (a new jet every ``passes`` clocks)."""
    from da4ml.codegen.rtl.rtl_model import get_io_kifs  # optional heavy dependency: imported on first use
    from da4ml.codegen.rtl.verilog.io_wrapper import generate_io_wrapper  # optional heavy dependency
    from da4ml.types import QInterval  # optional heavy dependency: imported on first use

    parts = trace_parts(ir, steps_per_pass)
    if interleaved and parts["passes"] < 2:
        raise ConfigError(
            f"rtl.recurrent: interleaved with rtl.recurrent_steps_per_pass = {steps_per_pass} = all "
            f"{parts['split'].steps} steps of {parts['split'].rec.where} is one pass: nothing to interleave "
            "(use rtl.recurrent: unrolled, or fewer steps per pass)"
        )
    out_dir = Path(out_dir)
    if (out_dir / "src").exists():
        shutil.rmtree(out_dir / "src")
    opts = {"clock_period_ns": clock_period_ns, "latency_cutoff": latency_cutoff, "part": part}
    cell = write_rtl(parts["cell"], out_dir, name=f"{name}_cell", **opts)
    head = write_rtl(parts["head"], out_dir, name=f"{name}_head", **opts)
    for p in (f"{name}_cell_wrapper.v", f"{name}_head_wrapper.v"):
        (out_dir / "src" / p).unlink(missing_ok=True)
    for p in out_dir.glob("sim/*_binder.cc"):
        p.unlink()
    shape = tuple(int(d) for d in ir.input_shape)  # type: ignore[union-attr]
    _, x = input_array(shape, ir.inputs.kifs(shape))  # type: ignore[union-attr]
    inp_qint = [QInterval(float(v.low), float(v.high), float(v.step)) for v in np.ravel(x._vars)]
    n_inp_bits = sum(sum(kif) for _, kif in _fields(inp_qint))
    n_out_bits = sum(sum(kif) for _, kif in _fields(head.pipe.out_qint))
    if interleaved:
        top, timing = _interleaved_verilog(name, parts, cell.pipe, head.pipe, n_inp_bits)
    else:
        top = _top_verilog(name, parts, cell.pipe, head.pipe, n_inp_bits)
        ii = parts["passes"] * (cell.latency + 1)
        timing = {"latency": ii + 2 + head.latency, "initiation_interval": ii}
    (out_dir / "src" / f"{name}.v").write_text(top)
    io = _IoOnly(inp_qint, head.pipe.out_qint)
    (out_dir / "src" / f"{name}_wrapper.v").write_text(generate_io_wrapper(io, name, True))
    for fmt in ("xdc", "sdc"):
        src = out_dir / "src" / f"{name}_head.{fmt}"
        if src.exists():
            src.rename(out_dir / "src" / f"{name}.{fmt}")
        (out_dir / "src" / f"{name}_cell.{fmt}").unlink(missing_ok=True)
    for tcl in out_dir.glob("build_*_prj.tcl"):
        tcl.write_text(tcl.read_text().replace(f"{name}_head", name))
    kin, kout = get_io_kifs(io)
    latency, ii = timing["latency"], timing["initiation_interval"]
    meta = {
        "design": (
            "interleaved recurrent cell (rtl.recurrent: interleaved)"
            if interleaved
            else "reused recurrent cell (rtl.recurrent_steps_per_pass)"
        ),
        "steps_per_pass": parts["steps_per_pass"],
        "passes": parts["passes"],
        "cell_depth": cell.latency,
        "head_depth": head.latency,
        "cell_lut_estimate": cell.estimated_luts,
        "head_lut_estimate": head.estimated_luts,
        **{key: v for key, v in timing.items() if key not in ("latency", "initiation_interval")},
        "state_kifs": [list(k) for k in parts["state_in_kifs"]],
    }
    (out_dir / "metadata.json").write_text(
        json.dumps({**meta, "latency": latency, "initiation_interval": ii, "clock_period": clock_period_ns})
    )
    return RtlProject(
        path=out_dir,
        name=name,
        latency=latency,
        clock_period_ns=float(clock_period_ns),
        latency_cutoff=cell.latency_cutoff,
        inp_kif=tuple(int(np.max(a)) for a in kin),  # type: ignore[arg-type]
        out_kif=tuple(int(np.max(a)) for a in kout),  # type: ignore[arg-type]
        n_inp=len(inp_qint),
        n_out=len(head.pipe.out_qint),
        estimated_luts=cell.estimated_luts + head.estimated_luts,
        reg_bits=cell.reg_bits
        + head.reg_bits
        + n_inp_bits
        + n_out_bits
        + timing.get("schedule_register_bits", 0),
        meta=meta,
        initiation_interval=ii,
    )


__all__ = [
    "RecurrentSplit",
    "check_recurrent_design",
    "loop_period",
    "recurrent_layers",
    "split",
    "trace_parts",
    "write_recurrent_rtl",
]
