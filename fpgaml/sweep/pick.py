"""``fpgaml sweep pick``: the best point of a finished sweep under constraints, as a config file to run.

Among the points with numbers that meet every given constraint (``max_lut``, ``max_drop`` in pp,
``max_cycles``), the one with the smallest ``minimise`` objective (default: accuracy drop; ties broken by
LUT, then cycles, then name) is chosen. Points that failed a check are left out unless
``allow_failed_checks``. Its full config (every default filled in, its own ``name``, so that ``fpgaml run``
finds its artifacts up to date) is written as YAML.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fpgaml.artifacts import atomic_path, ensure_own_file
from fpgaml.config import dump_config, from_dict
from fpgaml.errors import ArtifactExistsError, CheckFailed
from fpgaml.sweep.results import OK, WITH_NUMBERS, _number, read_results
from fpgaml.sweep.spec import Sweep, SweepError

OBJECTIVES = ("drop_pp", "lut", "cycles")


class NoPointMeets(CheckFailed):
    """No point of the sweep meets the constraints (exit code 1, like a failed check); the message shows
    the points closest to each constraint."""


@dataclass
class Pick:
    point: str
    row: dict[str, Any]
    config_path: Path
    config: Any  # FlowConfig

    def to_dict(self) -> dict[str, Any]:
        return {"point": self.point, "config": str(self.config_path), "row": self.row}


def _describe(row: dict[str, Any]) -> str:
    lut = row.get("lut")
    src = row.get("resource_source") or "?"
    return (
        f"{row['point']} (drop {row.get('drop_pp')} pp, LUT {lut if lut is not None else '?'} [{src}], "
        f"{row.get('cycles') if row.get('cycles') is not None else '?'} cycles)"
    )


def pick(
    sweep: Sweep,
    *,
    max_lut: float | None = None,
    max_drop: float | None = None,
    max_cycles: float | None = None,
    minimise: str = "drop_pp",
    allow_failed_checks: bool = False,
    out: str | Path | None = None,
    force: bool = False,
) -> Pick:
    """Choose a point of ``sweep`` (whose results must exist) and write its config; see the module doc.

    An existing file at ``out`` is replaced only if it is a config ``pick`` wrote (its first line says so),
    and then only with ``force`` when it holds another config (another point); the sweep file, its base
    config and any other file are never replaced, not even with ``force``."""

    if minimise not in OBJECTIVES:
        raise SweepError(f"cannot minimise {minimise!r}; choose one of {', '.join(OBJECTIVES)}")
    results = read_results(sweep)
    rows = [r for r in results["rows"] if r["status"] in WITH_NUMBERS]
    if not allow_failed_checks:
        rows = [r for r in rows if r["status"] == OK]
    limits = {"lut": max_lut, "drop_pp": max_drop, "cycles": max_cycles}
    wanted = {k: v for k, v in limits.items() if v is not None}
    needed = set(wanted) | {minimise}
    usable = [r for r in rows if all(_number(r.get(k)) is not None for k in needed)]
    meets = [r for r in usable if all(_number(r[k]) <= v for k, v in wanted.items())]  # type: ignore[operator]
    if not meets:
        said = ", ".join(f"{k} <= {v:g}" for k, v in wanted.items()) or "no constraint"
        lines = [f"no point of sweep {sweep.name!r} meets {said} ({len(usable)} point(s) with the numbers"]
        left = len(results["rows"]) - len(rows)
        lines[0] += f"; {left} without numbers or with a failed check" if left else ""
        lines[0] += ")."
        for k in wanted:
            best = min(usable, key=lambda r, k=k: _number(r[k]), default=None)
            if best is not None:
                lines.append(f"  smallest {k}: {_describe(best)}")
        if not allow_failed_checks and any(r["status"] != OK for r in results["rows"]):
            lines.append("  (points that failed a check are left out; --allow-failed-checks includes them)")
        raise NoPointMeets("\n".join(lines))

    def order(r: dict[str, Any]) -> tuple[Any, ...]:
        rest = [_number(r.get(k)) for k in OBJECTIVES if k != minimise]
        return (_number(r[minimise]), *(math.inf if v is None else v for v in rest), r["point"])

    best = min(meets, key=order)
    stored = results["points"][best["point"]]["config"]
    try:
        point = sweep.point(best["point"])
    except SweepError:
        point = None
    if point is None or point.config.model_dump(mode="json") != stored:
        raise SweepError(
            f"the results of sweep {sweep.name!r} were written for another version of point {best['point']!r} "
            f"than {sweep.path} describes now; run `fpgaml sweep {sweep.path}` again first"
        )
    cfg = from_dict(stored, f"point {best['point']}")
    path = Path(out) if out is not None else sweep.out_dir / f"picked_{best['point']}.yaml"
    _check_out(path, sweep, force)
    head = [
        f"# Point {best['point']!r} of sweep {sweep.name!r} ({sweep.path}), picked with "
        + (", ".join(f"{k} <= {v:g}" for k, v in wanted.items()) or "no constraint")
        + f", smallest {minimise}:",
        f"#   {_describe(best)}",
        f"# Its artifacts are in {cfg.run_dir}: `fpgaml run {path.name}` finds them up to date.",
        "# Change `name` to start a run of your own from this config.",
    ]
    text = "\n".join(head) + "\n" + dump_config(cfg)
    if path.is_file() and _is_picked(path) and _body(path.read_text()) != _body(text) and not force:
        raise ArtifactExistsError(
            f"{path} holds another picked config (an earlier `fpgaml sweep pick` of another point); pass --force "
            "to replace it, or give another --out"
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_path(path) as tmp:
        tmp.write_text(text)
    return Pick(best["point"], best, path, cfg)


#: the first line of every config ``pick`` writes: how it recognises its own files
_HEAD = "# Point "


def _body(text: str) -> str:
    """The config of a picked file without its comment header (which says how it was picked)."""
    return "\n".join(line for line in text.splitlines() if not line.startswith("#"))


def _is_picked(path: Path) -> bool:
    with open(path, "rb") as f:
        first = f.readline(512)
    return first.startswith(_HEAD.encode()) and b" of sweep " in first


def _check_out(path: Path, sweep: Sweep, force: bool) -> None:
    """``path`` may be written: absent, or a config ``pick`` wrote — never the sweep file, its base or any
    other file (not even with ``force``)."""
    resolved = path.resolve()
    for own, what in ((sweep.path, "the sweep file"), (sweep.base, "the sweep's base config")):
        if own is not None and resolved == Path(own).resolve():
            raise ArtifactExistsError(
                f"--out {path} is {what}; fpgaml never replaces it, not even with --force: give another --out"
            )
    ensure_own_file(path, _is_picked, "a config `fpgaml sweep pick` wrote", "give another --out")
