"""Stage ``export`` (``fpgaml export``, not part of ``fpgaml run``): hand the firmware to the trigger.

Writes ``<run>/export/<target>/`` for every target of ``export.targets`` (:mod:`fpgaml.export`: ``cmssw``,
``verilog``, ``hls``), each bundle with its model card (:mod:`fpgaml.export.card`, filled by
:mod:`fpgaml.export.describe`), and ``<run>/export/export.json`` (:class:`ExportRecord`). Reads the ``train``
(weights, standardisation), ``convert`` (the verified HLS project), ``csim`` (golden vectors) and ``rtl``
artifacts, and, when they are there and up to date, ``verify`` (bit-exactness against QKeras) and ``profile``
(latency and resources with their sources): their hashes are part of the fingerprint, so a re-run of either
makes the export stale.

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
from fpgaml.export import ExportContext, Golden, camel_case, get_target
from fpgaml.export.describe import build_card
from fpgaml.records import ProjectInfo, TrainInfo
from fpgaml.stage import Flag, Stage, StageContext, current_manifest, stage_dir
from fpgaml.stages.csim import load_outputs
from fpgaml.stages.rtl import load_result

if TYPE_CHECKING:  # pragma: no cover
    from fpgaml.config import FlowConfig

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


# ---- the stage -------------------------------------------------------------------------------------------------
def _load_json(stage: str, cfg: FlowConfig, name: str) -> dict[str, Any] | None:
    if optional_manifest(stage, cfg) is None:
        return None
    return json.loads((stage_dir(stage, cfg) / name).read_text())


def produce(ctx: StageContext, out: Path) -> Outcome:
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
                golden=golden, rtl=load_result(cfg), work=Path(work) / tname, settings=ex.settings(tname),
            )  # fmt: skip
            ectx.work.mkdir()
            ectx.card = build_card(ectx, target, verify, profile)  # the contract every template renders from
            start = time.perf_counter()
            result = target.write(ectx, tdir)
            seconds = round(time.perf_counter() - start, 1)
            if result.status == "skipped":
                log.warning("export target %s skipped: %s", tname, result.reason)
                (tdir / SKIPPED).write_text(f"The {tname} export was skipped: {result.reason}\n")
                targets[tname] = {"status": "skipped", "reason": result.reason}
                continue
            assert result.bundle is not None
            card = build_card(ectx, target, verify, profile, result)
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
            failed += [f"{tname}: {c.failure()}" for c in result.checks if not c.passed]
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
            ok = (
                ", ".join(
                    f"{c['n_equal']}/{c['n_outputs']} outputs equal"
                    if c["kind"] == "vectors"
                    else f"{c['name'].split(' (')[0]}: {'clean' if c['passed'] else 'FAILED'}"
                    for c in checks
                )
                or "not checked"
            )
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
    flags=(
        Flag(
            "--target",
            "export.targets",
            "export only this target: cmssw, verilog, hls (repeatable; sets export.targets)",
            metavar="TARGET",
            kind="list",
        ),
    ),
)


def load_record(cfg: FlowConfig) -> ExportRecord:
    return ExportRecord.of(cfg)
