"""The model card that travels with every export bundle: ``model_card.json`` (typed) and ``model_card.md``.

It says what the firmware takes and gives (names, types, shapes), the standardisation the inputs must already
have, latency and resources *with their source* (measured in RTL simulation, a vendor report, or an estimate
— never a number without one), whether the bundle was shown bit-exact and on how many vectors, the sha256 of
the weights file and of every file of the bundle, and the versions of the tools that made it.

Paths in ``files`` are relative to the directory that holds the card. No path of the exporting machine is
written: the weights are named relative to the run.

This module is the card as a record (its fields, its Markdown, the hashes of the files it lists, reading it
back); it depends on nothing else of :mod:`fpgaml.export`. :func:`fpgaml.export.describe.build_card` fills it
from a run, in two steps: before a target writes its bundle (``ctx.card``: the interface, scaling, latency and
resources every template renders from: the one source of the input contract) and after its self-check
(bit-exactness, the target's facts, the file hashes).
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from fpgaml.artifacts import atomic_path, write_json

CARD_JSON = "model_card.json"
CARD_MD = "model_card.md"

FIRMWARE_EXPECTS = (
    "The exported firmware expects STANDARDISED inputs: x_std = (x - mean) / std for every feature (mean and "
    "std below, computed on the training split), then rounded to the input type. The firmware does NOT "
    "scale its inputs; scaling inside the firmware is a separate, later step."
)


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Tensor(_Model):
    port: str
    type: str
    shape: list[int]
    lsb: float
    names: list[str] = Field(default_factory=list, description="feature names (input) / class names (output)")
    meaning: str = ""
    feature_types: list[str] | None = Field(
        None,
        description="input: each feature's own type within `type` (model.input_features), 'drop' = unread",
    )


class Feature(_Model):
    name: str
    mean: float
    std: float
    offset: float | None = Field(
        None, description="in firmware: the mean as the firmware holds it (raw grid)"
    )
    scale: float | None = Field(None, description="in firmware: 1/std as the firmware holds it")


class Scaling(_Model):
    in_firmware: bool = False
    statement: str = FIRMWARE_EXPECTS
    features: list[Feature] = Field(default_factory=list)
    padding: str = ""
    raw_type: str | None = None
    scaled_type: str | None = None


class Latency(_Model):
    implementation: str
    cycles: float | None
    ns: float | None
    clock_period_ns: float | None
    source: str
    applies_to_this_bundle: bool


class Resource(_Model):
    implementation: str
    quantity: str
    value: float
    source: str
    applies_to_this_bundle: bool


class Comparison(_Model):
    what: str
    n_vectors: int
    n_outputs: int
    n_equal: int
    exact: bool
    source: str
    implementation: str | None = Field(None, description="the implementation compared (None: the C-sim)")


class BitExactness(_Model):
    status: str
    exact_expected: bool
    comparisons: list[Comparison] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)


class ModelCard(_Model):
    name: str
    version: str
    model_id: str
    target: str
    implementation: str = Field("", description="the firmware this bundle carries: hls4ml HLS or da4ml RTL")
    created: str
    run: str
    family: str
    inputs: list[Tensor]
    outputs: list[Tensor]
    scaling: Scaling
    latency: list[Latency]
    resources: list[Resource]
    resources_note: str = ""
    bit_exactness: BitExactness
    golden: dict[str, Any]
    weights: dict[str, str]
    target_details: dict[str, Any] = Field(default_factory=dict)
    versions: dict[str, str]
    files: dict[str, str] = Field(default_factory=dict, description="path (relative to this card) -> sha256")

    # ---- files -----------------------------------------------------------------------------------------
    def write(self, card_dir: Path, files_root: Path) -> Path:
        """Hash every file under ``files_root`` (the card itself excluded) and write the JSON and Markdown."""
        card_dir, files_root = Path(card_dir), Path(files_root)
        hashes = {}
        for path in sorted(p for p in files_root.rglob("*") if p.is_file()):
            if path.parent == card_dir and path.name in (CARD_JSON, CARD_MD):
                continue
            hashes[os.path.relpath(path, card_dir)] = sha256_file(path)
        self.files = hashes
        write_json(card_dir / CARD_JSON, self.model_dump(mode="json"))
        with atomic_path(card_dir / CARD_MD) as tmp:
            tmp.write_text(markdown(self))
        return card_dir / CARD_JSON

    @classmethod
    def read(cls, path: Path) -> ModelCard:
        return cls.model_validate_json(Path(path).read_bytes())


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def verify_files(card_path: Path) -> list[str]:
    """Files of a card whose sha256 no longer matches (or that are missing); empty when all match."""
    card = ModelCard.read(card_path)
    bad = []
    for rel, digest in card.files.items():
        path = Path(card_path).parent / rel
        if not path.is_file() or sha256_file(path) != digest:
            bad.append(rel)
    return bad


# ---- markdown ----------------------------------------------------------------------------------------------
def _num(v: float | None) -> str:
    if v is None:
        return "—"
    return f"{v:g}" if isinstance(v, float) else str(v)


def markdown(card: ModelCard) -> str:
    lines = [
        f"# Model card: {card.model_id} ({card.target})",
        "",
        f"Run `{card.run}`, family `{card.family}`, exported {card.created} by fpgaml {card.versions['fpgaml']}.",
        "",
        "## Inputs and outputs",
        "",
        "| | port | type | shape | LSB | meaning |",
        "|---|---|---|---|---|---|",
    ]
    for kind, tensors in (("input", card.inputs), ("output", card.outputs)):
        for t in tensors:
            lines.append(f"| {kind} | `{t.port}` | `{t.type}` | {t.shape} | {t.lsb:g} | {t.meaning} |")
    for t in card.inputs:
        if t.feature_types:
            pairs = zip(
                t.names or [f"x{n}" for n in range(len(t.feature_types))], t.feature_types, strict=False
            )
            lines += ["", "Each input feature lies on its own grid within the port type (the firmware reads only "
                      "those bits; `drop`: not read, send 0): " + ", ".join(f"{n} `{ft}`" for n, ft in pairs) + "."]  # fmt: skip
    for t in card.outputs:
        if t.names:
            lines += ["", f"Output order: {', '.join(t.names)}."]
    lines += ["", "## Input scaling", "", f"**{card.scaling.statement}**", ""]
    if card.scaling.padding:
        lines += [card.scaling.padding, ""]
    if card.scaling.features and card.scaling.in_firmware:
        lines += [
            "| # | feature | mean | std | offset (firmware) | scale (firmware) |",
            "|---|---|---|---|---|---|",
        ]
        lines += [
            f"| {i} | {f.name} | {f.mean:.9g} | {f.std:.9g} | {f.offset!r} | {f.scale!r} |"
            for i, f in enumerate(card.scaling.features)
        ]
    elif card.scaling.features:
        lines += ["| # | feature | mean | std |", "|---|---|---|---|"]
        lines += [
            f"| {i} | {f.name} | {f.mean:.9g} | {f.std:.9g} |" for i, f in enumerate(card.scaling.features)
        ]
    lines += ["", "## Latency", "", "| implementation | cycles | ns | clock (ns) | source | this bundle |",
              "|---|---|---|---|---|---|"]  # fmt: skip
    for lat in card.latency:
        lines.append(
            f"| {lat.implementation} | {_num(lat.cycles)} | {_num(lat.ns)} | {_num(lat.clock_period_ns)} | "
            f"{lat.source} | {'yes' if lat.applies_to_this_bundle else 'no'} |"
        )
    if not card.latency:
        lines.append("| — | — | — | — | none available | |")
    lines += ["", "## Resources", ""]
    if card.resources:
        lines += ["| implementation | quantity | value | source | this bundle |", "|---|---|---|---|---|"]
        lines += [
            f"| {r.implementation} | {r.quantity} | {_num(r.value)} | {r.source} | "
            f"{'yes' if r.applies_to_this_bundle else 'no'} |"
            for r in card.resources
        ]
    if card.resources_note:
        lines += ["", card.resources_note]
    be = card.bit_exactness
    lines += ["", "## Bit-exactness", "", f"**{be.status}**", "",
              "| comparison | vectors | outputs equal | source |", "|---|---|---|---|"]  # fmt: skip
    lines += [
        f"| {c.what} | {c.n_vectors} | {c.n_equal} / {c.n_outputs} | {c.source} |" for c in be.comparisons
    ]
    lines += [f"- {n}" for n in be.notes]
    lines += ["", "## Golden vectors", ""]
    lines += [f"- {k}: {v}" for k, v in card.golden.items()]
    lines += ["", "## This bundle", ""]
    for k, v in card.target_details.items():
        if isinstance(v, (dict, list)):
            v = json.dumps(v)
        lines.append(f"- {k}: {v}")
    lines += [
        "",
        "## Weights",
        "",
        f"- {card.weights.get('file', '')}",
        f"- sha256 `{card.weights.get('sha256', '')}`",
    ]
    lines += ["", "## Versions", ""] + [f"- {k}: {v}" for k, v in card.versions.items()]
    lines += ["", "## Files (sha256)", "", "| file | sha256 |", "|---|---|"]
    lines += [f"| `{p}` | `{d}` |" for p, d in card.files.items()]
    return "\n".join(lines) + "\n"


def applicable_latency(card: ModelCard) -> Latency | None:
    """The latency row that applies to the card's bundle (None if there is none)."""
    return next((lat for lat in card.latency if lat.applies_to_this_bundle), None)
