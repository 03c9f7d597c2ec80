"""Stage ``export`` (``fpgaml export``, not part of ``fpgaml run``): hand the firmware to the trigger.

Writes ``<run>/export/<target>/`` for every target of ``export.targets`` (:mod:`fpgaml.export`: ``cmssw``,
``verilog``, ``hls``), each bundle with its model card (:mod:`fpgaml.export.card`), and
``<run>/export/export.json`` (:class:`ExportRecord`). Reads the ``train`` (weights, standardisation),
``convert`` (the verified HLS project), ``csim`` (golden vectors) and ``rtl`` artifacts, and, when they are
there and up to date, ``verify`` (bit-exactness against QKeras) and ``profile`` (latency and resources with
their sources): their hashes are part of the fingerprint, so a re-run of either makes the export stale.

A target that cannot serve this network (the ``verilog`` target of a network without an RTL path) is
*skipped* with the reason, in the summary, in ``export.json`` and in ``<target>/SKIPPED.txt``; the export of
the other targets goes on, and is not an error (the stage's status is ``skipped`` only when every target
was). With ``export.check`` every bundle is built in a scratch directory and run on its golden vectors; any
output that differs is a failed check (exit 1), after the bundles and cards are written.
"""

from __future__ import annotations

import json
import logging
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from fpgaml.artifacts import Manifest, Outcome, Record
from fpgaml.stage import Stage, StageContext, current_manifest, stage_dir

if TYPE_CHECKING:  # pragma: no cover
    from fpgaml.config import FlowConfig
    from fpgaml.export import ExportContext, TargetResult
    from fpgaml.export.card import ModelCard

log = logging.getLogger("fpgaml.export")
OPTIONAL = ("verify", "profile")
SKIPPED = "SKIPPED.txt"


class ExportRecord(Record):
    """``export.json``: what the export wrote, per target."""

    FILE = "export.json"
    STAGE = "export"

    name: str
    version: str
    model_id: str
    targets: dict[str, dict[str, Any]]
    n_vectors: int
    used_records: dict[str, str | None]


# ---- optional upstream artifacts -----------------------------------------------------------------------------
def optional_manifest(stage: str, cfg: FlowConfig) -> Manifest | None:
    """The manifest of ``stage`` if its artifact exists and is up to date for ``cfg`` (content included),
    else None."""
    return current_manifest(stage, cfg)


def _inputs(cfg: FlowConfig) -> dict[str, Any]:
    """verify/profile are read when present and up to date: their hashes (or None) enter the fingerprint."""
    records: dict[str, Any] = {}
    for stage in OPTIONAL:
        m = optional_manifest(stage, cfg)
        records[stage] = m.hash if m is not None else None
    return {"optional_records": records}


# ---- card facts ----------------------------------------------------------------------------------------------
def _implementation(target: str) -> str:
    return "da4ml RTL" if target == "verilog" else "hls4ml HLS"


def _latency(ctx: ExportContext, target: str, profile: dict[str, Any] | None) -> list[Any]:
    from fpgaml.export.card import Latency

    out = []
    rtl = ctx.rtl
    if rtl.get("status") == "done":
        out.append(Latency(
            implementation="da4ml RTL", cycles=rtl["latency_cycles"], ns=rtl["latency_ns"],
            clock_period_ns=rtl["clock_period_ns"],
            source="measured in Verilator simulation of the da4ml RTL (rtl stage), initiation interval 1",
            applies_to_this_bundle=target == "verilog",
        ))  # fmt: skip
    rows = {(r["quantity"], r["source"]): r for r in (profile or {}).get("rows", [])}
    hls = target != "verilog"
    report = rows.get(("latency_cycles", "hls_report"))
    if report and report.get("value") is not None:
        ns = rows.get(("latency_ns", "hls_report"), {}).get("value")
        out.append(Latency(
            implementation="hls4ml HLS", cycles=report["value"], ns=ns, clock_period_ns=ctx.info.clock_period_ns,
            source=f"{report['source_label']} (vendor C-synthesis estimate)", applies_to_this_bundle=hls,
        ))  # fmt: skip
        return out
    analytic = ctx.project_dir / "analytic.json"
    if analytic.is_file():
        a = json.loads(analytic.read_text())
        out.append(Latency(
            implementation="hls4ml HLS", cycles=a["latency_cycles"], ns=a["latency_ns"],
            clock_period_ns=a["clock_period_ns"],
            source="analytic estimate (fpgaml's model of hls4ml's Latency strategy, good to about +-50 %); "
            "no vendor synthesis was run",
            applies_to_this_bundle=hls,
        ))  # fmt: skip
    return out


_RESOURCES = ("lut", "ff", "dsp", "bram36", "carry")


def _resources(ctx: ExportContext, target: str, profile: dict[str, Any] | None) -> tuple[list[Any], str]:
    from fpgaml.export.card import Resource

    mine = _implementation(target)
    out = []
    for r in (profile or {}).get("rows", []):
        if r["quantity"] in _RESOURCES and r.get("value") is not None and r["source"] != "analytic":
            impl = "hls4ml HLS" if r["source"] == "hls_report" else "da4ml RTL"
            label = r["source_label"] + (" (vendor C-synthesis estimate)" if impl == "hls4ml HLS" else "")
            out.append(Resource(implementation=impl, quantity=r["quantity"], value=r["value"], source=label,
                                applies_to_this_bundle=impl == mine))  # fmt: skip
    if not any(r.implementation == "da4ml RTL" for r in out) and ctx.rtl.get("status") == "done":
        lut = ctx.rtl.get("da4ml_lut_estimate")
        if lut:
            out.append(Resource(implementation="da4ml RTL", quantity="lut", value=float(lut),
                                source="estimate (da4ml cost model, rtl stage)",
                                applies_to_this_bundle=mine == "da4ml RTL"))  # fmt: skip
    note = ""
    if not any(r.applies_to_this_bundle for r in out):
        if mine == "hls4ml HLS":
            note = (
                "No resource numbers for the hls4ml HLS design: there is no vendor synthesis report (run "
                "`fpgaml synth CONFIG` where Vitis HLS is installed, then `fpgaml profile CONFIG`). fpgaml does not make up "
                "vendor numbers; the da4ml RTL numbers above describe a different implementation."
            )
        else:
            note = "No resource numbers for the RTL: run `fpgaml profile CONFIG` (Yosys estimate) before exporting."
    return out, note


def _bit_exactness(
    ctx: ExportContext, target: str, result: TargetResult, verify: dict[str, Any] | None
) -> Any:
    from fpgaml.export.card import BitExactness, Comparison

    comps = []
    for c in result.checks:
        comps.append(Comparison(what=c.name, n_vectors=c.n_vectors, n_outputs=c.n_outputs, n_equal=c.n_equal,
                                exact=c.passed, source="export self-check of this bundle"))  # fmt: skip
    rtl = ctx.rtl
    if rtl.get("status") == "done":
        n_out = int(rtl["n_outputs"])
        comps.append(Comparison(what="da4ml RTL vs fpgaml's fixed-point reference", n_vectors=rtl["n_vectors"],
                                n_outputs=n_out, n_equal=rtl["n_equal_fixed_point"],
                                exact=rtl["n_equal_fixed_point"] == n_out, source="rtl stage"))  # fmt: skip
        if rtl.get("n_equal_csim") is not None:
            comps.append(Comparison(what="da4ml RTL vs C-sim", n_vectors=rtl["n_csim_vectors"], n_outputs=n_out,
                                    n_equal=rtl["n_equal_csim"], exact=rtl["n_equal_csim"] == n_out,
                                    source="rtl stage"))  # fmt: skip
    notes = []
    if verify is not None:
        n_jets = int(verify["n_jets"])
        for key, what in (("qkeras", "C-sim vs QKeras (float64)"),
                          ("fixed_point_reference", "C-sim vs fpgaml's fixed-point reference")):  # fmt: skip
            m = verify["bit_accuracy"].get(key)
            if m:
                total = int(m["n_outputs"])
                equal = total - int(m["n_different"])
                comps.append(Comparison(what=what, n_vectors=n_jets, n_outputs=total, n_equal=equal,
                                        exact=m["n_different"] == 0, source="verify stage"))  # fmt: skip
    else:
        notes.append("the verify stage was not run (or is stale) for this config: no comparison with QKeras")
    relevant = [c for c in comps if target == "verilog" or "RTL" not in c.what]
    exact = bool(relevant) and all(c.exact for c in relevant)
    if not ctx.info.exact_expected:
        notes.append(
            f"bit-exactness against QKeras is not expected for this network: {ctx.info.inexact_reason}"
        )
    if ctx.info.ends_in_softmax:
        notes.append(
            "the network ends in a softmax: a lookup table in HLS (not in the RTL, whose outputs are logits)"
        )
    if not result.checks:
        notes.append("export.check was off: this bundle itself was not built and run")
    status = (
        f"bit-exact on every compared output ({sum(c.n_outputs for c in relevant)} outputs in {len(relevant)} comparisons)"
        if exact
        else "NOT shown bit-exact: see the comparisons below"
    )
    return BitExactness(status=status, exact_expected=ctx.info.exact_expected, comparisons=comps, notes=notes)


def _tensors(ctx: ExportContext) -> tuple[list[Any], list[Any]]:
    from fpgaml.csim import read_interface
    from fpgaml.export import cpp_type
    from fpgaml.export.card import Tensor

    iface = read_interface(ctx.project_dir)
    info = ctx.info
    width, integer = _wi(info.input_precision)
    meaning = (
        "raw features in their physical units (the firmware standardises them)"
        if ctx.train.standardized_in == "firmware"
        else "standardised features on the input grid"
    )
    inputs = [Tensor(port=iface.inputs[0].name, type=cpp_type(info.input_precision), shape=list(info.input_shape),
                     lsb=2.0 ** -(width - integer), names=list(ctx.train.feature_names),
                     meaning=meaning, feature_types=ctx.train.input_types)]  # fmt: skip
    names = list(info.output_names or info.class_names)
    outputs = [Tensor(port=iface.outputs[0].name, type=info.output_precision.type,
                      shape=[len(names)], lsb=info.output_precision.lsb,
                      names=names, meaning=output_meaning(info))]  # fmt: skip
    return inputs, outputs


def output_meaning(info: Any) -> str:
    """What the firmware's outputs are, by the data's task (:class:`~fpgaml.stages.convert.ProjectInfo`)."""
    if info.task == "regression":
        return f"regression targets ({', '.join(info.output_names)}), in the units of the data's targets"
    if info.task == "autoencoder":
        return (
            "the reconstructed inputs (standardised, flattened); the anomaly score is the mean squared error"
        )
    if info.ends_in_softmax:
        return "class probabilities (softmax table)"
    return "logits, one per class"


def _wi(precision: str) -> tuple[int, int]:
    from fpgaml.config import parse_fixed

    _, width, integer = parse_fixed(precision)
    return width, integer


def _scaling(ctx: ExportContext) -> Any:
    from fpgaml.export.card import Feature, Scaling

    st = ctx.info.standardization or ctx.train.standardization
    mean, std = st.get("mean", []), st.get("std", [])
    names = st.get("feature_names") or ctx.train.feature_names or [f"x{i}" for i in range(len(mean))]
    padding = ""
    if len(ctx.info.input_shape) > 1:
        padding = (
            f"Inputs are {ctx.info.input_shape[0]} particles x {ctx.info.input_shape[-1]} features, per particle "
            "standardised with the per-feature mean/std below; padded (absent) particles must be exactly 0 in "
            "every feature AFTER standardisation (they are not standardised)."
        )
    if ctx.train.standardized_in == "firmware":
        from fpgaml.export.card import FIRMWARE_SCALES
        from fpgaml.ir import FixedType
        from fpgaml.ir.kinds.scale import scaling_constants

        sc = ctx.cfg.model.scaling
        raw = FixedType.parse(ctx.info.input_precision)
        offset, ints, frac = scaling_constants(mean, std, raw, sc.scale_bits)
        if padding:
            padding = (
                f"Inputs are {ctx.info.input_shape[0]} particles x {ctx.info.input_shape[-1]} raw features; an "
                "absent particle is all zeros (every raw feature exactly 0): the firmware keeps it 0 after "
                "the scaling."
            )
        return Scaling(
            in_firmware=True,
            statement=FIRMWARE_SCALES.format(raw=raw, bits=sc.scale_bits, scaled=sc.precision),
            features=[Feature(name=n, mean=m, std=s, offset=float(o) * raw.lsb, scale=float(i) * 2.0**-frac)
                      for n, m, s, o, i in zip(names, mean, std, offset, ints, strict=False)],
            padding=padding, raw_type=str(raw), scaled_type=sc.precision,
        )  # fmt: skip
    return Scaling(features=[Feature(name=n, mean=m, std=s) for n, m, s in zip(names, mean, std, strict=False)],
                   padding=padding)  # fmt: skip


def model_card(
    ctx: ExportContext, target: str, result: TargetResult, verify: dict | None, profile: dict | None
) -> ModelCard:
    from fpgaml.export.card import ModelCard, now, sha256_file, tool_versions

    inputs, outputs = _tensors(ctx)
    resources, note = _resources(ctx, target, profile)
    weights = ctx.cfg.stage_dir("train") / "qkeras_model.h5"
    golden = {"n_vectors": len(ctx.golden), "source": result.card.pop("golden_source", ctx.golden.source),
              "files": result.card.pop("golden_files", [])}  # fmt: skip
    if "golden_format" in result.card:
        golden["format"] = result.card.pop("golden_format")
    else:
        golden["format"] = "one vector per line, values as decimal numbers that read back exactly as doubles"
    return ModelCard(
        name=ctx.name, version=ctx.version, model_id=ctx.model_id, target=target, created=now(), run=ctx.cfg.name,
        family=ctx.info.family if not ctx.info.pretrained else f"none ({ctx.info.network})", inputs=inputs, outputs=outputs, scaling=_scaling(ctx),
        latency=_latency(ctx, target, profile), resources=resources, resources_note=note,
        bit_exactness=_bit_exactness(ctx, target, result, verify), golden=golden,
        weights={"file": str(weights.resolve()), "sha256": sha256_file(weights), "what": "the QKeras model (HDF5)"},
        target_details=result.card, versions=tool_versions(),
    )  # fmt: skip


# ---- the stage -------------------------------------------------------------------------------------------------
def _load_json(stage: str, cfg: FlowConfig, name: str) -> dict[str, Any] | None:
    if optional_manifest(stage, cfg) is None:
        return None
    return json.loads((stage_dir(stage, cfg) / name).read_text())


def produce(ctx: StageContext, out: Path) -> Outcome:
    from fpgaml.export import ExportContext, Golden, camel_case, get_target
    from fpgaml.stages.convert import ProjectInfo
    from fpgaml.stages.csim import load_outputs
    from fpgaml.stages.rtl import load_result
    from fpgaml.stages.train import TrainInfo

    cfg = ctx.cfg
    ex = cfg.export
    info = ProjectInfo.of(cfg)
    train = TrainInfo.of(cfg)
    cs = load_outputs(cfg)
    n = min(ex.n_vectors, len(cs["x"]))
    golden = Golden(
        x=np.asarray(cs["x"][:n], np.float64),
        y=np.asarray(cs["y"][:n], np.float64).reshape(n, -1),
        source="C-simulation of the verified hls4ml project (csim stage)",
    )
    verify = _load_json("verify", cfg, "report.json")
    profile = _load_json("profile", cfg, "profile.json")
    name = ex.name or camel_case(cfg.name)
    version = str(ex.version)
    targets: dict[str, dict[str, Any]] = {}
    failed: list[str] = []
    with tempfile.TemporaryDirectory(prefix="fpgaml-export-") as work:
        for tname in ex.targets:
            target = get_target(tname)
            tdir = out / tname
            tdir.mkdir()
            ectx = ExportContext(
                cfg=cfg, name=name, version=version, info=info, train=train, project_dir=ctx.dir("convert"),
                golden=golden, rtl=load_result(cfg), work=Path(work) / tname,
            )  # fmt: skip
            ectx.work.mkdir()
            start = time.perf_counter()
            result = target.write(ectx, tdir)
            seconds = round(time.perf_counter() - start, 1)
            if result.status == "skipped":
                log.warning("export target %s skipped: %s", tname, result.reason)
                (tdir / SKIPPED).write_text(f"The {tname} export was skipped: {result.reason}\n")
                targets[tname] = {"status": "skipped", "reason": result.reason}
                continue
            assert result.bundle is not None
            card = model_card(ectx, tname, result, verify, profile)
            card.write(result.bundle, result.files_root or result.bundle)
            entry: dict[str, Any] = {
                "status": "done",
                "dir": str(ctx.dir("export") / tname),
                "card": str(ctx.dir("export") / result.bundle.relative_to(out) / "model_card.md"),
                "bit_exact": card.bit_exactness.status,
                "checks": [c.as_dict() for c in result.checks],
                "seconds": seconds,
                **result.summary,
            }
            targets[tname] = entry
            for c in result.checks:
                if not c.passed:
                    failed.append(
                        f"{tname}: {c.name}: {c.n_outputs - c.n_equal} of {c.n_outputs} outputs differ "
                        f"on {c.n_vectors} vectors ({c.detail})"
                    )
    ExportRecord(
        name=name, version=version, model_id=f"{name}_v{version}", targets=targets, n_vectors=n,
        used_records=_inputs(cfg)["optional_records"],
    ).save(out)  # fmt: skip
    summary: dict[str, Any] = {"model_id": f"{name}_v{version}", "n_vectors": n}
    for tname, entry in targets.items():
        if entry["status"] == "skipped":
            summary[tname] = f"skipped: {entry['reason']}"
        else:
            checks = entry["checks"]
            ok = ", ".join(f"{c['n_equal']}/{c['n_outputs']} outputs equal" for c in checks) or "not checked"
            summary[tname] = f"{entry['dir']} ({ok}; {entry['seconds']} s)"
    status = "done" if any(e["status"] == "done" for e in targets.values()) else "skipped"
    return Outcome(summary, failed_checks=failed, status=status)


STAGE = Stage(
    name="export",
    doc="hand-off bundles for the trigger: CMSSW emulator library, Verilog, HLS project, each with a model card",
    produce=produce,
    reads=("train", "convert", "csim", "rtl"),
    config=("export",),
    inputs=_inputs,
    order=90,
    in_flow=False,
    cli=("export",),
)


def load_record(cfg: FlowConfig) -> ExportRecord:
    return ExportRecord.of(cfg)
