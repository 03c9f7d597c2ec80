"""The GRU at the bunch-crossing rate (issue 24 part 4): accuracy against logic over particles, units, gate
table, input type, weight bits and pruning, every point an ordinary fpgaml run of ``configs/sweeps/recurrent_fast.yaml``.

For every point of the sweep this prints, from the runs' own artifacts (nothing is trained here; run the
sweep first: ``fpgaml sweep configs/sweeps/recurrent_fast.yaml --serial``):

* float and C-sim accuracy on the 20,000 test jets (the ``verify`` report; C-sim = QKeras = IR there);
* the interleaved design's II and latency (``rtl.recurrent: interleaved``, ``rtl.recurrent_steps_per_pass``)
  and da4ml's LUT estimate of the pass + head, with the part of it in variable x variable products (the gate x
  state multiplications, which Yosys maps to DSPs) and the register bits, from tracing the trained network
  (no Verilator; cached in ``<runs>/recurrent_fast/bench_recurrent.json`` by the train artifact's hash);
* Yosys LUT / FF / DSP and the measured latency where the point's ``rtl``/``profile`` stages ran with
  ``profile.yosys: true``;
* with ``--seeds``, the mean over points that differ only in ``train.seed``.

Usage::

    nice python benchmarks/bench_recurrent.py                      # the table (markdown)
    nice python benchmarks/bench_recurrent.py --json out.json
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

SWEEP = Path(__file__).resolve().parent.parent / "configs" / "sweeps" / "recurrent_fast.yaml"


def _manifest(cfg: Any, stage: str) -> dict[str, Any] | None:
    path = cfg.stage_dir(stage) / "manifest.json"
    return json.loads(path.read_text()) if path.exists() else None


def _estimate(cfg: Any) -> dict[str, Any]:
    """da4ml's estimate of the point's RTL design, from tracing its trained network."""
    from fpgaml.ir import parse
    from fpgaml.rtl import _deep_recursion, generate
    from fpgaml.rtl.recurrent import trace_parts
    from fpgaml.stages.train import load_models

    trained = load_models(cfg)
    ir = parse(trained.qmodel, trained.meta.inputs).without_softmax().check_exact()
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp, _deep_recursion():
        prj = generate(ir, tmp, recurrent=cfg.rtl.recurrent, recurrent_steps_per_pass=cfg.rtl.recurrent_steps_per_pass,
                       clock_period_ns=cfg.convert.clock_period_ns)  # fmt: skip
        vmul = 0.0
        if cfg.rtl.recurrent_design != "unrolled":
            cell = trace_parts(ir, int(cfg.rtl.recurrent_steps_per_pass))["cell"]
            vmul = float(sum(op.cost for op in cell.ops if op.opcode == 7))
    return {
        "da4ml_lut": prj.estimated_luts,
        "da4ml_vmul_lut": vmul,
        "register_bits": prj.reg_bits,
        "latency_cycles": prj.latency,
        "ii": prj.initiation_interval,
        "seconds": round(time.perf_counter() - t0, 1),
    }


def collect(sweep_file: Path, estimate: bool = True) -> list[dict[str, Any]]:
    from fpgaml.sweep import load_sweep

    sweep = load_sweep(sweep_file)
    cache_path = Path(sweep.points[0].config.paths.runs) / sweep.name / "bench_recurrent.json"
    cache = json.loads(cache_path.read_text()) if cache_path.exists() else {}
    rows = []
    for point in sweep.points:
        cfg = point.config
        verify, train = _manifest(cfg, "verify"), _manifest(cfg, "train")
        row: dict[str, Any] = {
            "point": point.name,
            "particles": cfg.data.n_constituents,
            "units": cfg.model.params.get("units"),
            "table": cfg.model.params.get("table_size"),
            "inputs": cfg.model.input_precision,
            "weight_bits": cfg.model.weight_bits,
            "pruning": cfg.train.pruning.sparsity if cfg.train.pruning else None,
            "init_from_float": cfg.train.init_from_float,
            "train_seed": cfg.train.seed,
            "steps_per_pass": cfg.rtl.recurrent_steps_per_pass,
        }
        if verify is None or train is None:
            rows.append({**row, "status": "not run"})
            continue
        acc = verify["summary"].get("accuracy", {})
        row.update(
            float_acc=acc.get("float"),
            csim_acc=acc.get("C-sim"),
            exact=verify["summary"].get("exact_vs_qkeras"),
        )
        row["nonzero_weights"] = train["summary"].get("weights", {}).get("nonzero_weights")
        key = train["hash"]
        if estimate and key not in cache:
            print(f"tracing {point.name} ...", file=sys.stderr, flush=True)
            cache[key] = _estimate(cfg)
            cache_path.parent.mkdir(parents=True, exist_ok=True)
            cache_path.write_text(json.dumps(cache, indent=1))
        row.update(cache.get(key, {}))
        rtl, profile = _manifest(cfg, "rtl"), _manifest(cfg, "profile")
        if rtl is not None and rtl["status"] == "done":
            s = rtl["summary"]
            row.update(rtl_latency=s["latency_cycles"], rtl_ii=s["initiation_interval"], rtl_exact=s["exact"],
                       rtl_vs_csim=f"{s.get('n_equal_csim')}/{s['n_outputs']}")  # fmt: skip
        prof_json = cfg.stage_dir("profile") / "profile.json"
        if profile is not None and prof_json.exists():
            for r in json.loads(prof_json.read_text())["rows"]:
                if (
                    r["source"] == "yosys"
                    and r["value"] is not None
                    and r["quantity"] in ("lut", "ff", "dsp")
                ):
                    row[f"yosys_{r['quantity']}"] = int(r["value"])
        rows.append({**row, "status": "ok"})
    return rows


def _fmt(v: Any, spec: str = "") -> str:
    if v is None:
        return ""
    return format(v, spec) if spec else str(v)


def markdown(rows: list[dict[str, Any]]) -> str:
    head = ("| point | particles | units | table | inputs | w bits | pruned | II | cycles | float acc | C-sim acc "
            "| da4ml LUT (of it var x var) | reg bits | Yosys LUT / FF / DSP |")  # fmt: skip
    lines = [head, "|" + "---|" * 14]
    for r in rows:
        if r["status"] != "ok":
            lines.append(
                f"| {r['point']} | {r['particles']} | {r['units']} | {r['table']} | not run |" + " |" * 9
            )
            continue
        yosys = (
            f"{r['yosys_lut']:,} / {r['yosys_ff']:,} / {r['yosys_dsp']}"
            if r.get("yosys_lut") is not None
            else ""
        )
        lines.append(
            f"| {r['point']} | {r['particles']} | {r['units']} | {r['table']} | {r['inputs']} | {r['weight_bits']} "
            f"| {_fmt(r['pruning'])} | {_fmt(r.get('ii'))} | {_fmt(r.get('latency_cycles'))} "
            f"| {_fmt(r['float_acc'], '.4f')} | {_fmt(r['csim_acc'], '.4f')} "
            f"| {_fmt(r.get('da4ml_lut'), ',.0f')} ({_fmt(r.get('da4ml_vmul_lut'), ',.0f')}) "
            f"| {_fmt(r.get('register_bits'), ',')} | {yosys} |"
        )
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sweep", default=str(SWEEP))
    ap.add_argument(
        "--no-estimate", action="store_true", help="do not trace points that have no cached estimate"
    )
    ap.add_argument("--json", default=None, help="write the rows as JSON here")
    args = ap.parse_args()
    rows = collect(Path(args.sweep), estimate=not args.no_estimate)
    print(markdown(rows))
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=1))


if __name__ == "__main__":
    main()
