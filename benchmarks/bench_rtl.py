"""Benchmark the RTL path on the dense jet tagger (16 -> 64 -> 32 -> 32 -> 5, 6-bit weights/ReLU, fixed<16,6> in).

Measures, on one machine, in one process:

* RTL simulation (Verilator) vs hls4ml C-simulation vs fpgaml's fixed-point reference: bit-identical outputs;
* latency in clock cycles at the chosen clock, measured in simulation, vs da4ml's pipeline depth;
* Verilator build time (cold: with Verilator's runtime library; warm: runtime cached) vs hls4ml C-sim compile
  time, as wall-clock and as CPU seconds of the compiler processes (fairer on a shared machine);
* Yosys ``synth_xilinx -family xcup`` LUT / FF / DSP / CARRY (an estimate, not a Vivado result);
* what-if: da4ml's LUT estimate and pipeline depth for narrower input types and other latency cutoffs.

The network is trained on random data (the numbers here are about firmware, not physics; the jet-tagging
accuracy is reported by the flow). Usage::

    nice python benchmarks/bench_rtl.py --out bench_rtl.json            # ~5-15 min on 2 cores
    nice python benchmarks/bench_rtl.py --no-yosys --vectors 2000       # quicker
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))  # tests/examples.py: small models


def _child_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def _timed(fn: Any) -> tuple[Any, float, float]:
    c0, t0 = _child_cpu(), time.perf_counter()
    out = fn()
    return out, time.perf_counter() - t0, _child_cpu() - c0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--epochs", type=int, default=10)
    ap.add_argument("--vectors", type=int, default=5000)
    ap.add_argument("--clock-ns", type=float, default=5.0)
    ap.add_argument("--no-yosys", action="store_true")
    ap.add_argument("--work", default=None, help="working directory (default: a temporary one)")
    ap.add_argument("--out", default=None, help="write the results as JSON here")
    args = ap.parse_args()

    import examples as ex

    from fpgaml.ir import parse
    from fpgaml.rtl.sim import build, write_rtl
    from fpgaml.rtl.trace import trace

    work = Path(args.work or tempfile.mkdtemp(prefix="fpgaml_bench_rtl_"))
    work.mkdir(parents=True, exist_ok=True)
    P = (True, 16, 6)
    res: dict[str, Any] = {"network": "16-64-32-32-5, quantized_bits(6,0) weights, quantized_relu(6,0)",
                           "input": "fixed<16,6>", "clock_ns": args.clock_ns, "epochs_random_data": args.epochs}  # fmt: skip

    model = ex.dense_model(hidden=(64, 32, 32), epochs=args.epochs, seed=0)
    x = ex.random_inputs(args.vectors, (16,), P, seed=7)
    fp = parse(model, P).check_exact()
    y_fixed = fp.predict(x)
    y_qkeras = model.predict(x, verbose=0).astype(np.float64)
    res["fixed_vs_qkeras_equal_fraction"] = float(np.mean(y_fixed == y_qkeras))

    # hls4ml C-simulation (compile time measured on a fresh project directory)
    y_csim, t_csim, cpu_csim = _timed(lambda: ex.hls4ml_csim(model, x, P, str(work / "hls4ml")))
    res["csim_convert_compile_predict_s"] = round(t_csim, 1)
    res["csim_compiler_cpu_s"] = round(cpu_csim, 1)

    # RTL
    comb, t_trace, _ = _timed(lambda: trace(fp))
    res["da4ml_trace_s"] = round(t_trace, 1)
    prj = write_rtl(comb, work / "rtl", clock_period_ns=args.clock_ns)
    cache = work / "rtl_cache"
    shutil.rmtree(cache, ignore_errors=True)
    sim, t_cold, cpu_cold = _timed(lambda: build(prj, cache_dir=cache))
    for d in cache.iterdir():  # drop the design build, keep Verilator's runtime objects
        if not d.name.startswith("_runtime"):
            shutil.rmtree(d)
    sim, t_warm, cpu_warm = _timed(lambda: build(prj, cache_dir=cache))
    _, t_cached, _ = _timed(lambda: build(prj, cache_dir=cache))
    res.update(rtl_build_cold_s=round(t_cold, 1), rtl_build_cold_cpu_s=round(cpu_cold, 1),
               rtl_build_warm_s=round(t_warm, 1), rtl_build_warm_cpu_s=round(cpu_warm, 1),
               rtl_build_cached_s=round(t_cached, 2))  # fmt: skip

    y_rtl, t_sim, _ = _timed(lambda: sim.predict(x))
    stream = sim.stream(x, extra_cycles=prj.latency + 16)
    lag = next((k for k in range(prj.latency + 17) if np.array_equal(stream[k : k + len(x)], y_fixed)), -1)
    res.update(
        n_vectors=len(x),
        n_outputs=int(y_rtl.size),
        rtl_equal_csim=int(np.sum(y_rtl == y_csim)),
        rtl_equal_fixed_point=int(np.sum(y_rtl == y_fixed)),
        csim_equal_fixed_point=int(np.sum(y_csim == y_fixed)),
        latency_cycles_measured=lag,
        pipeline_depth_da4ml=prj.latency,
        latency_ns=lag * args.clock_ns,
        rtl_sim_vectors_per_s=round(len(x) / t_sim),
        da4ml_lut_estimate=prj.estimated_luts,
        register_bits=prj.reg_bits,
    )
    print(json.dumps(res, indent=1), flush=True)

    # what-if: narrower inputs / other pipeline cutoffs (da4ml's own estimates; no build)
    whatif = []
    for width, integer in ((16, 6), (12, 6), (10, 5), (8, 4)):
        fpw = fp.with_input_type((True, width, integer))
        cw = trace(fpw)
        for cutoff in (args.clock_ns, 2 * args.clock_ns):
            pw = write_rtl(
                cw, work / f"whatif_{width}_{cutoff}", clock_period_ns=args.clock_ns, latency_cutoff=cutoff
            )
            whatif.append({"input": f"fixed<{width},{integer}>", "latency_cutoff": cutoff, "stages": pw.latency,
                           "da4ml_lut_estimate": pw.estimated_luts})  # fmt: skip
    res["whatif_da4ml"] = whatif

    if not args.no_yosys:
        from fpgaml.rtl.yosys import YosysMissing, estimate

        files = [p for p in prj.verilog_files() if not p.name.endswith("_wrapper.v")]
        try:
            est = estimate(files, prj.name, work_dir=work / "yosys")
            res["yosys"] = {k: v for k, v in est.as_dict().items()}
        except YosysMissing as exc:
            res["yosys"] = f"skipped: {exc}"

    res["ratio_rtl_build_warm_to_csim_wall"] = round(
        res["rtl_build_warm_s"] / res["csim_convert_compile_predict_s"], 2
    )
    res["ratio_rtl_build_warm_to_csim_cpu"] = round(
        res["rtl_build_warm_cpu_s"] / max(res["csim_compiler_cpu_s"], 1e-9), 2
    )
    text = json.dumps(res, indent=1)
    print(text)
    if args.out:
        Path(args.out).write_text(text + "\n")


if __name__ == "__main__":
    main()
