"""The sweep file: a base config, the settings every point shares, and the points (explicit, grid, random).

::

    name: dense_pareto                 # default: the file's stem; runs are <runs>/<name>__<point>
    base: ../dense_tagger.yaml         # the flow config every point starts from (relative to this file)
    set: {train.epochs: 80}            # dotted keys applied to every point (YAML values, like --set)
    until: profile                     # last stage of every point (default: profile); or `stages: [...]`
    points:                            # explicit points, each with its own settings
      - {name: 6b}
      - {name: 4b-p70, set: {model.weight_bits: 4, train.pruning: {sparsity: 0.7}}}
    grid:                              # every combination of the values
      model.weight_bits: [4, 6, 8]
      train.pruning.sparsity: [0.5, 0.9]
    random:                            # `samples` distinct draws (seeded)
      samples: 8
      seed: 0
      axes:
        model.weight_bits: [4, 5, 6]                       # a list: one of these
        train.pruning.sparsity: {uniform: [0.5, 0.95]}     # or uniform / loguniform / randint: [low, high]
    labels: {model.act_bits: relu}     # short names of keys in point names (defaults: w, a, p, rf, in, ...)
    retries: 1                         # Dask retries of a point whose worker died or that raised a bug
    checkpoints: all                   # points that ramp the bit cost (train.bit_cost.beta: [start, end])
                                       # become one point per kept checkpoint of their ramp (fpgaml.ramp)

The points are ``points`` + ``grid`` + ``random``, in that order. Each becomes an ordinary flow config:
``load_config(base, set + the point's settings + name=<sweep>__<point>)``, so every point's artifacts are
the normal, fingerprinted ones and a re-run skips finished points. :func:`load_sweep` builds and validates
every point's config up front: a sweep file with any invalid point is refused before anything runs, with
the point and the key named.

With ``checkpoints: all`` every point must train with a bit-cost ramp (``train.bit_cost.beta: [start, end]``);
ONE training of each gives its points: one per checkpoint the ramp kept, ``<point>_ep<epoch>`` (``ep<epoch>``
for a sweep whose only point is the base), with ``train.bit_cost.checkpoint: <epoch>``. Before its ramp has
trained, such a point is listed as it is (:attr:`Point.ramp_pending`); :func:`~fpgaml.sweep.runner.run_sweep`
trains the pending ramps first (stages data and train of the point's own run), then loads the sweep again.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import numpy as np
import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from fpgaml import ramp
from fpgaml.config import PathsConfig, apply_override, load_config
from fpgaml.errors import ConfigError
from fpgaml.ir.core import FixedType
from fpgaml.stage import flow_order, select
from fpgaml.userfiles import load_yaml, read_text

RUN_SEPARATOR = "__"
_NAME = r"^[A-Za-z0-9][A-Za-z0-9_.-]*$"
_UNSAFE = re.compile(r"[^A-Za-z0-9.-]+")
MAX_POINT_NAME = 60

# Short names of the keys one sweeps most, used in point names (w4_p0.9); others use their last component.
DEFAULT_LABELS = {
    "model.weight_bits": "w",
    "model.weight_integer": "wi",
    "model.act_bits": "a",
    "model.act_integer": "ai",
    "model.input_precision": "in",
    "model.params.hidden": "h",
    "train.pruning": "prune",
    "train.pruning.sparsity": "p",
    "train.epochs": "e",
    "train.learning_rate": "lr",
    "train.batch_size": "bs",
    "train.init_from_float": "warm",
    "convert.reuse_factor": "rf",
    "convert.strategy": "strategy",
    "convert.clock_period_ns": "clk",
    "seed": "seed",
}


class SweepError(ConfigError):
    """The sweep file is invalid or cannot be run (exit code 2); the message names the key or point."""


# ---- the file ----------------------------------------------------------------------------------------------
class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class PointSpec(_Strict):
    """One explicit point: its settings (dotted keys) and, optionally, its name."""

    name: str | None = Field(None, pattern=_NAME, description="default: made from its settings")
    set: dict[str, Any] = Field(default_factory=dict)


class Distribution(_Strict):
    """A random axis that is not a list: exactly one of uniform / loguniform / randint, with [low, high]."""

    uniform: tuple[float, float] | None = None
    loguniform: tuple[float, float] | None = None
    randint: tuple[int, int] | None = Field(None, description="integers from low to high, both included")
    digits: int = Field(3, ge=0, le=12, description="decimals kept of a uniform/loguniform draw")

    @model_validator(mode="after")
    def _one(self) -> Distribution:
        given = [k for k in ("uniform", "loguniform", "randint") if getattr(self, k) is not None]
        if len(given) != 1:
            raise ValueError("give exactly one of uniform, loguniform, randint: [low, high]")
        low, high = getattr(self, given[0])
        if not low < high:
            raise ValueError(f"{given[0]}: need low < high, got [{low}, {high}]")
        if self.loguniform is not None and low <= 0:
            raise ValueError("loguniform: low must be > 0")
        return self

    def draw(self, rng: Any) -> float | int:
        if self.randint is not None:
            return int(rng.integers(self.randint[0], self.randint[1] + 1))
        if self.uniform is not None:
            value = rng.uniform(*self.uniform)
        else:
            assert self.loguniform is not None
            value = math.exp(rng.uniform(math.log(self.loguniform[0]), math.log(self.loguniform[1])))
        return round(float(value), self.digits)


class RandomSpec(_Strict):
    samples: int = Field(gt=0, description="number of distinct points to draw")
    seed: int = 0
    axes: dict[str, list[Any] | Distribution]

    @field_validator("axes")
    @classmethod
    def _axes(cls, v: dict[str, Any]) -> dict[str, Any]:
        if not v:
            raise ValueError("random.axes is empty")
        for key, values in v.items():
            if isinstance(values, list) and not values:
                raise ValueError(f"axis {key!r} has no values")
        return v


class SweepFile(_Strict):
    name: str | None = Field(None, pattern=_NAME, description="default: the sweep file's stem")
    base: str = Field(description="the flow config every point starts from, relative to the sweep file")
    set: dict[str, Any] = Field(default_factory=dict, description="settings every point shares")
    until: str | None = Field(None, description="last stage of every point (default: profile)")
    stages: list[str] | None = Field(None, description="the stages to run, instead of `until`")
    points: list[PointSpec] = Field(default_factory=list)
    grid: dict[str, list[Any]] = Field(default_factory=dict)
    random: RandomSpec | None = None
    labels: dict[str, str] = Field(default_factory=dict)
    retries: int = Field(1, ge=0, le=10)
    checkpoints: Literal["all"] | None = Field(
        None, description="all: each point that ramps the bit cost becomes one point per kept checkpoint"
    )

    @field_validator("grid")
    @classmethod
    def _grid(cls, v: dict[str, list[Any]]) -> dict[str, list[Any]]:
        for key, values in v.items():
            if not values:
                raise ValueError(f"axis {key!r} has no values")
        return v

    @field_validator("labels")
    @classmethod
    def _labels(cls, v: dict[str, str]) -> dict[str, str]:
        for key, label in v.items():
            if not re.fullmatch(r"[A-Za-z0-9.-]*", label):
                raise ValueError(
                    f"label of {key!r} may hold only letters, digits, '.' and '-', got {label!r}"
                )
        return v

    @model_validator(mode="after")
    def _some_points(self) -> SweepFile:
        if self.until is not None and self.stages is not None:
            raise ValueError("give `until` or `stages`, not both")
        if not (self.points or self.grid or self.random):
            raise ValueError("the sweep has no points: give `points`, `grid` or `random`")
        return self


# ---- the expanded sweep ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Point:
    """One point of a sweep: its short name, its run (``cfg.name``), its own settings and its full config."""

    name: str
    run: str
    values: dict[str, Any]
    config: Any  # FlowConfig
    #: ``checkpoints: all`` and this point's ramp has not trained yet: the sweep trains it (stages data and
    #: train of this run), then this point becomes its checkpoints
    ramp_pending: bool = False


@dataclass
class Sweep:
    """A loaded sweep file: every point's config is built and valid."""

    name: str
    path: Path
    base: Path
    stages: list[str]
    points: list[Point]
    shared: dict[str, Any]
    retries: int
    runs: Path
    keys: list[str] = field(default_factory=list)

    @property
    def out_dir(self) -> Path:
        """``<runs>/<sweep name>/sweep/``: the sweep's own outputs (results, plot, picked config)."""
        return self.runs / self.name / "sweep"

    def point(self, name: str) -> Point:
        for p in self.points:
            if p.name == name or p.run == name:
                return p
        raise SweepError(f"sweep {self.name!r} has no point {name!r}; points: {', '.join(self.point_names)}")

    @property
    def point_names(self) -> list[str]:
        return [p.name for p in self.points]

    @property
    def pending_ramps(self) -> list[Point]:
        """The points whose bit-cost ramp must train before their checkpoints are points (``checkpoints``)."""
        return [p for p in self.points if p.ramp_pending]


def _fmt_value(value: Any) -> str:
    """A point-name fragment of a setting's value (filesystem-safe, short)."""
    if value is None:
        return "none"
    if isinstance(value, bool):
        return "on" if value else "off"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, str):
        try:  # fixed<8,3> -> 8.3, ufixed<8,3> -> u8.3
            t = FixedType.parse(value)
        except ConfigError:
            return value
        return f"{'' if t.signed else 'u'}{t.width}.{t.integer}"
    if isinstance(value, (list, tuple)):
        return "x".join(_fmt_value(v) for v in value)
    if isinstance(value, dict):
        return "-".join(f"{k}{_fmt_value(v)}" for k, v in value.items())
    return str(value)


def _safe(text: str) -> str:
    return _UNSAFE.sub("-", text).strip("-")


def _labels(keys: list[str], user: dict[str, str]) -> dict[str, str]:
    out = {}
    for key in keys:
        out[key] = user.get(key, DEFAULT_LABELS.get(key, key.rsplit(".", 1)[-1]))
    by_label: dict[str, list[str]] = {}
    for key, label in out.items():
        by_label.setdefault(label, []).append(key)
    for label, same in by_label.items():
        if len(same) > 1 and label:
            for key in same:  # two keys with one short name: use the whole key for both
                out[key] = _safe(key.replace(".", "-"))
    return out


def point_name(values: dict[str, Any], labels: dict[str, str]) -> str:
    """``w4_p0.9``: label + value per setting, joined by ``_``; long names are cut and get a hash."""
    if not values:
        return "base"
    parts = []
    for key, value in values.items():
        label, text = labels.get(key, key), _fmt_value(value)
        joiner = "" if label and (text[:1].isdigit() or text[:1] in "-.") else "-"
        parts.append(_safe(f"{label}{joiner}{text}" if label else text))
    name = "_".join(p for p in parts if p) or "base"
    if not name[0].isalnum():
        name = "p" + name
    if len(name) > MAX_POINT_NAME:
        digest = hashlib.sha256(json.dumps(values, sort_keys=True, default=str).encode()).hexdigest()[:8]
        name = name[: MAX_POINT_NAME - 9].rstrip("_.-") + "-" + digest
    return name


def _grid_points(grid: dict[str, list[Any]]) -> list[dict[str, Any]]:
    if not grid:
        return []
    keys = list(grid)
    return [dict(zip(keys, combo, strict=True)) for combo in itertools.product(*(grid[k] for k in keys))]


def _random_points(spec: RandomSpec) -> list[dict[str, Any]]:

    rng = np.random.default_rng(spec.seed)
    seen: set[str] = set()
    out: list[dict[str, Any]] = []
    attempts = 0
    while len(out) < spec.samples:
        attempts += 1
        if attempts > 100 * spec.samples:
            raise SweepError(
                f"random: only {len(out)} distinct points found in {attempts - 1} draws, {spec.samples} asked: "
                "the axes hold fewer combinations than `samples`; lower it or use `grid`"
            )
        values: dict[str, Any] = {}
        for key, axis in spec.axes.items():
            if isinstance(axis, list):
                values[key] = axis[int(rng.integers(len(axis)))]
            else:
                values[key] = axis.draw(rng)
        ident = json.dumps(values, sort_keys=True, default=str)
        if ident not in seen:
            seen.add(ident)
            out.append(values)
    return out


def _format_validation_error(exc: ValidationError, origin: Path) -> str:
    lines = []
    for err in exc.errors():
        key = ".".join(str(p) for p in err["loc"]) or "(top level)"
        msg = "unknown key (misspelt?)" if err["type"] == "extra_forbidden" else err["msg"]
        lines.append(f"  {key}: {msg}")
    return f"invalid sweep file {origin}:\n" + "\n".join(lines)


def _override(key: str, value: Any) -> str:
    """A ``--set`` string for ``key`` = ``value`` (JSON is YAML, so any value round-trips exactly)."""
    return f"{key}={json.dumps(value)}"


def _stages(spec: SweepFile, origin: Path) -> list[str]:

    try:
        if spec.stages is not None:
            order = flow_order()
            unknown = [s for s in spec.stages if s not in order]
            if unknown:
                raise ConfigError(f"unknown stage(s) {unknown}; stages: {', '.join(order)}")
            if not spec.stages:
                raise ConfigError("`stages` is empty")
            return [s for s in order if s in spec.stages]
        until = spec.until or ("profile" if "profile" in flow_order() else None)
        return select(None, until)
    except ConfigError as exc:
        raise SweepError(f"{origin}: {exc}") from None


def load_sweep(path: str | Path) -> Sweep:
    """Read and validate a sweep file; build every point's config (:class:`SweepError` names what is wrong)."""

    path = Path(path)
    if not path.exists() and not path.is_symlink():
        raise SweepError(f"sweep file {path} does not exist")
    raw = load_yaml(read_text(path, "sweep file", SweepError), str(path), SweepError) or {}
    if not isinstance(raw, dict):
        raise SweepError(f"{path}: the top level must be a mapping (base, set, points, grid, random, ...)")
    try:
        spec = SweepFile.model_validate(raw)
    except ValidationError as exc:
        raise SweepError(_format_validation_error(exc, path)) from None

    name = spec.name or path.stem
    if not re.fullmatch(_NAME, name):
        raise SweepError(f"{path}: the file's stem {name!r} is not a valid name; give `name:` in the file")
    base = (path.parent / spec.base).resolve() if not Path(spec.base).is_absolute() else Path(spec.base)
    if not base.is_file():
        raise SweepError(f"{path}: base: {spec.base} does not exist (looked for {base})")
    stages = _stages(spec, path)
    shared = [_override(k, v) for k, v in spec.set.items()]

    # the runs directory every point shares (from the base and `set`), made absolute so that workers
    # elsewhere (another process, another machine with the same file system) write to the same place
    try:
        base_raw = load_yaml(read_text(base, f"{path}: base", SweepError), str(base), SweepError) or {}
        for item in shared:
            apply_override(base_raw, item)
        paths = PathsConfig.model_validate(base_raw.get("paths") or {})
    except (yaml.YAMLError, ValidationError, ConfigError, AttributeError) as exc:
        raise SweepError(f"{path}: base {base} with `set` has invalid paths: {exc}") from None
    runs, hls = Path(paths.runs).resolve(), Path(paths.hls_projects).resolve()

    sources: list[tuple[str | None, dict[str, Any], str]] = []
    for i, p in enumerate(spec.points):
        sources.append((p.name, dict(p.set), f"points[{i}]"))
    for values in _grid_points(spec.grid):
        sources.append((None, values, "grid"))
    if spec.random is not None:
        for values in _random_points(spec.random):
            sources.append((None, values, "random"))

    keys: list[str] = []
    for _, values, _ in sources:
        keys += [k for k in values if k not in keys]
    labels = _labels(keys, spec.labels)

    points: list[Point] = []
    by_name: dict[str, str] = {}

    def build(pname: str, values: dict[str, Any], where: str, pending: bool = False) -> Point:
        run = f"{name}{RUN_SEPARATOR}{pname}"
        if pname in by_name:
            raise SweepError(
                f"{path}: two points are named {pname!r} ({by_name[pname]} and {where}); give them distinct "
                "`name`s, or `labels` that tell their settings apart"
            )
        by_name[pname] = where
        overrides = [
            *shared,
            *(_override(k, v) for k, v in values.items()),
            _override("name", run),
            _override("paths.runs", str(runs)),
            _override("paths.hls_projects", str(hls)),
        ]
        try:
            cfg = load_config(base, overrides)
        except ConfigError as exc:
            raise SweepError(f"{path}: point {pname!r} ({where}, settings {values}): {exc}") from None
        return Point(pname, run, values, cfg, pending)

    for given, values, where in sources:
        pname = given or point_name(values, labels)
        point = build(pname, values, where)
        if spec.checkpoints is None:
            points.append(point)
        else:
            points += _checkpoint_points(point, where, build, path)

    _check_distinct(points, stages, path)
    if spec.checkpoints is not None and CHECKPOINT_KEY not in keys:
        keys.append(CHECKPOINT_KEY)
    return Sweep(name, path, base, stages, points, dict(spec.set), spec.retries, runs, keys)


#: the setting ``checkpoints: all`` gives each point it makes of a ramp
CHECKPOINT_KEY = "train.bit_cost.checkpoint"


def _checkpoint_points(point: Point, where: str, build: Any, origin: Path) -> list[Point]:
    """``checkpoints: all``: the points of ``point``'s ramp, one per kept checkpoint, or ``point`` itself marked
    pending when its ramp has not trained yet."""

    bc = point.config.train.bit_cost
    if bc is None or not bc.ramping:
        raise SweepError(
            f"{origin}: checkpoints: all makes points of the checkpoints of a bit-cost ramp; point {point.name!r} "
            "does not ramp (give train.bit_cost.beta as [start, end] in the base or the point)"
        )
    chosen = [k for k in ("checkpoint", "max_ebops") if k in bc.model_fields_set]
    if chosen:
        raise SweepError(
            f"{origin}: point {point.name!r} sets train.bit_cost.{chosen[0]}; with checkpoints: all the sweep "
            "makes one point per kept checkpoint (leave the selector out)"
        )
    info = ramp.trained(point.config)
    if info is None:
        return [Point(point.name, point.run, point.values, point.config, ramp_pending=True)]
    out = []
    for c in info["checkpoints"]:
        epoch = int(c["epoch"])
        pname = f"ep{epoch}" if point.name == "base" else f"{point.name}_ep{epoch}"
        out.append(build(pname, {**point.values, CHECKPOINT_KEY: epoch}, f"{where}, checkpoint {epoch}"))
    return out


def _check_distinct(points: list[Point], stages: list[str], origin: Path) -> None:
    """No two points may be the same config, nor write the same artifact directory."""
    seen: dict[str, str] = {}
    for p in points:
        dump = p.config.model_dump(mode="json")
        dump.pop("name")
        ident = json.dumps(dump, sort_keys=True)
        if ident in seen:
            raise SweepError(f"{origin}: points {seen[ident]!r} and {p.name!r} are the same configuration")
        seen[ident] = p.name
    dirs: dict[Path, str] = {}
    for p in points:
        for stage in stages:
            d = Path(p.config.stage_dir(stage)).resolve()
            if d in dirs:
                raise SweepError(
                    f"{origin}: points {dirs[d]!r} and {p.name!r} would both write {d} (stage {stage}); a setting "
                    "such as convert.project_dir fixes a directory for every point: remove it from the base "
                    "config or `set`, so that each point's directory follows its name"
                )
            dirs[d] = p.name
