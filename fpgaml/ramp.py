"""The bit-cost ramp: ONE training gives a whole accuracy–LUT front (``train.bit_cost.beta: [start, end]``).

HGQ's recipe (benchmarks/peers/hgq2/hgq2_train.py): the bit cost's coefficient ``beta`` rises over the epochs,
log-linearly from ``start`` at the first epoch to ``end`` at the last (``ramp: linear``: linearly); there is
no early stopping (the loss rises with ``beta`` by design). After every epoch the network is judged by its
validation accuracy and its EBOPs (:func:`fpgaml.bitcost.ebops`); the epochs on the Pareto front of the two
(no other epoch is both more accurate and cheaper) are kept, and at the end at most ``keep`` of them, spread
evenly in log EBOPs (for each of ``keep`` EBOPs levels, the most accurate epoch at or below it).

Where things live (the stage contract holds for both):

* The ramp's training is shared by every run whose config differs only in WHICH checkpoint it converts
  (``checkpoint`` / ``max_ebops``): ``<paths.runs>/_ramps/<hash>/``, ``hash`` being that of the train stage's
  fingerprint without those two keys (the data artifact's hash, the model and train sections, the seed). It is
  the ordinary train artifact of the network at the end of the ramp (``qkeras_model.h5``, ``float_model.h5``,
  ``meta.json``, ``history.json``, ...) plus ``checkpoints/epoch_<n>.h5`` and ``ramp.json`` (the kept
  checkpoints: epoch, beta, validation accuracy, EBOPs; every epoch's figures). It is written like any
  artifact (a partial directory, the manifest last, one rename: a killed ramp leaves nothing that looks
  complete) under a lock, so two runs that need the same ramp train it once; the second waits.
* A run's own ``train`` artifact is its checkpoint: ``qkeras_model.h5`` is that epoch's network, the rest
  is the ramp's (the float reference, the input types, the history), its summary the test figures of that
  network and a ``ramp`` entry (epoch, beta, validation accuracy, EBOPs, the ramp's directory). Its fingerprint
  is the train stage's, selector included, so every later stage (convert, csim, verify, rtl, profile) treats
  each checkpoint as an ordinary run, and ``fpgaml sweep`` (``checkpoints: all``) makes one point per kept
  checkpoint.

The train stage's hooks: :func:`charge` (the loss term with ``beta`` a variable) and :func:`callbacks`
(``beta`` per epoch, the checkpoints; no early stopping) are active only while :func:`produce` trains the
ramp, and only for the network being charged (not the float reference).
"""

from __future__ import annotations

import contextlib
import contextvars
import copy
import fcntl
import json
import logging
import math
import os
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from fpgaml import bitcost, modelio
from fpgaml._keras import keras, tf
from fpgaml.artifacts import MANIFEST, Outcome, fingerprint_hash, read_manifest, stage_output, write_json
from fpgaml.errors import ArtifactMissingError, ConfigError
from fpgaml.pruning import sparsity_report
from fpgaml.records import TrainInfo, load_split
from fpgaml.stage import fingerprint as stage_fingerprint

if TYPE_CHECKING:  # pragma: no cover
    from fpgaml.config import BitCostConfig, FlowConfig
    from fpgaml.stage import StageContext

log = logging.getLogger(__name__)

#: where the shared ramp trainings live, under ``paths.runs`` (not a run name: those start with a letter or digit)
RAMPS_DIR = "_ramps"
#: the settings that choose a checkpoint (not part of the ramp's own fingerprint)
SELECTORS = ("checkpoint", "max_ebops")
STAGE = "ramp"


def ramping(cfg: FlowConfig) -> bool:
    """Whether ``cfg`` trains with a bit-cost ramp."""
    bc = cfg.train.bit_cost
    return bc is not None and bc.ramping and not cfg.train.pretrained


def beta_at(bc: BitCostConfig, epoch: int, epochs: int) -> float:
    """``beta`` during ``epoch`` (0-based) of ``epochs``: ``start`` at the first, ``end`` at the last."""
    start, end = bc.beta  # type: ignore[misc]
    t = min(1.0, epoch / max(1, epochs - 1))
    if bc.ramp == "log":
        return float(start * (end / start) ** t)
    return float(start + (end - start) * t)


def learning_rate_at(bc: BitCostConfig, learning_rate: float, epoch: int) -> float:
    """The learning rate during ``epoch`` (0-based): ``learning_rate`` without ``lr_restarts``; with it, a cosine
    from ``learning_rate`` down to 1 % of it over each period of ``lr_restarts`` epochs."""
    if bc.lr_restarts is None:
        return float(learning_rate)
    phase = (epoch % bc.lr_restarts) / bc.lr_restarts
    return float(learning_rate * (0.01 + 0.99 * 0.5 * (1.0 + math.cos(math.pi * phase))))


def fingerprint(cfg: FlowConfig) -> dict[str, Any]:
    """What the ramp's training depends on: the train stage's fingerprint without the checkpoint selector."""

    fp = copy.deepcopy(stage_fingerprint("train", cfg))
    bit_cost = fp["config"].get("train", {}).get("bit_cost", {})
    for key in SELECTORS:
        bit_cost.pop(key, None)
    fp["stage"] = STAGE
    return fp


def directory(cfg: FlowConfig) -> Path:
    """The shared artifact of ``cfg``'s ramp: ``<paths.runs>/_ramps/<hash>``."""
    return Path(cfg.paths.runs) / RAMPS_DIR / fingerprint_hash(fingerprint(cfg))


def trained(cfg: FlowConfig) -> dict[str, Any] | None:
    """``ramp.json`` of ``cfg``'s ramp when it is trained and up to date (None otherwise)."""
    d = directory(cfg)
    try:
        manifest = read_manifest(d, STAGE)
    except ArtifactMissingError:
        return None
    if manifest.hash != fingerprint_hash(fingerprint(cfg)):
        return None
    try:  # a damaged ramp (a file edited or deleted by hand) is trained again, never half-read
        info = json.loads((d / "ramp.json").read_text())
        files = [c["file"] for c in info["checkpoints"]] + [info["last"]["file"]]
    except (OSError, ValueError, KeyError, TypeError):
        log.warning("the ramp in %s is damaged (ramp.json): it is trained again", d)
        return None
    missing = [f for f in files if not (d / f).is_file()]
    if missing:
        log.warning("the ramp in %s lacks %s: it is trained again", d, ", ".join(missing))
        return None
    return info


# ---- while the ramp trains -----------------------------------------------------------------------------------
@dataclass
class _Epoch:
    epoch: int  # 1-based: the network after this many epochs
    beta: float
    val_accuracy: float
    ebops: float
    weights: dict[str, list[np.ndarray]] = field(default_factory=dict, repr=False)
    learning_rate: float | None = None

    def dominates(self, other: _Epoch) -> bool:
        return (
            self.val_accuracy >= other.val_accuracy
            and self.ebops <= other.ebops
            and (self.val_accuracy > other.val_accuracy or self.ebops < other.ebops)
        )

    def record(self) -> dict[str, Any]:
        out = {"epoch": self.epoch, "beta": self.beta, "val_accuracy": self.val_accuracy, "ebops": self.ebops}
        return out if self.learning_rate is None else {**out, "learning_rate": self.learning_rate}


@dataclass
class _Session:
    bc: BitCostConfig
    epochs: int
    learning_rate: float
    beta: Any = None  # tf.Variable
    model_id: int | None = None
    input_bits: np.ndarray | None = None
    act_bits: int = 0
    rows: list[np.ndarray] | None = None
    front: list[_Epoch] = field(default_factory=list)
    seen: list[dict[str, Any]] = field(default_factory=list)

    def observe(self, model: Any, epoch: int, logs: dict[str, Any]) -> None:
        """Judge the network after ``epoch`` (0-based); keep it if it is on the front."""

        val = logs.get("val_acc")
        if val is None:
            raise ConfigError(
                "train.bit_cost: a ramp judges each epoch by its validation accuracy; Keras reported none "
                f"(logs: {sorted(logs)})"
            )
        ebops = bitcost.ebops(model, self.input_bits, self.act_bits, self.rows)
        point = _Epoch(epoch + 1, beta_at(self.bc, epoch, self.epochs), float(val), float(ebops))
        if self.bc.lr_restarts is not None:  # what the optimizer used (the callback set it)
            point.learning_rate = float(np.asarray(model.optimizer.learning_rate))
        self.seen.append(point.record())
        if any(p.dominates(point) or (p.val_accuracy, p.ebops) == (point.val_accuracy, point.ebops)
               for p in self.front):  # fmt: skip
            return
        point.weights = {
            inner.name: [np.array(w) for w in inner.get_weights()]
            for inner in (getattr(layer, "layer", layer) for layer in model.layers)
            if inner.weights
        }
        self.front = [p for p in self.front if not point.dominates(p)] + [point]


_SESSION: contextvars.ContextVar[_Session | None] = contextvars.ContextVar("fpgaml_ramp", default=None)


def charge(bc: BitCostConfig, input_bits: np.ndarray, act_bits: int) -> Callable[[Any], None]:
    """The train stage's bit-cost hook with a ramp: adds the loss term with ``beta`` a variable that
    :func:`callbacks` sets per epoch, and marks the model as the one the ramp judges."""

    session = _SESSION.get()
    if session is None:
        raise ConfigError(
            "train.bit_cost: a ramp [start, end] trains only inside the train stage (fpgaml.ramp)"
        )

    def apply(model: Any) -> None:
        if session.beta is None:
            session.beta = tf().Variable(beta_at(bc, 0, session.epochs), trainable=False, dtype="float32")
        session.model_id = id(model)
        session.input_bits, session.act_bits = np.asarray(input_bits, np.float64), act_bits
        session.rows = bitcost.row_bits(model, session.input_bits, act_bits)
        model.add_loss(bitcost.term(model, session.beta, bc.neuron, input_bits, act_bits))

    return apply


def callbacks(model: Any) -> list[Any] | None:
    """The ramp's Keras callbacks for ``model`` when it is the network the ramp charges (then without early
    stopping); None otherwise (the float reference, or no ramp)."""
    session = _SESSION.get()
    if session is None or session.model_id != id(model):
        return None

    class RampEpochs(keras().callbacks.Callback):  # type: ignore[misc,name-defined]
        def on_epoch_begin(self, epoch: int, logs: Any = None) -> None:
            session.beta.assign(beta_at(session.bc, epoch, session.epochs))
            if session.bc.lr_restarts is not None:
                lr = learning_rate_at(session.bc, session.learning_rate, epoch)
                self.model.optimizer.learning_rate.assign(lr)

        def on_epoch_end(self, epoch: int, logs: Any = None) -> None:
            session.observe(self.model, epoch, dict(logs or {}))

    return [RampEpochs()]


def thin(front: list[_Epoch], keep: int) -> list[_Epoch]:
    """At most ``keep`` epochs of the front, spread evenly in log EBOPs: for each of ``keep`` levels from the
    front's smallest to its largest EBOPs, the most accurate epoch at or below it."""
    if len(front) <= keep:
        return sorted(front, key=lambda p: p.ebops)
    lo = max(min(p.ebops for p in front), 1.0)
    hi = max(max(p.ebops for p in front), lo)
    chosen: dict[int, _Epoch] = {}
    for level in np.geomspace(lo, hi, keep):
        fit = [p for p in front if p.ebops <= level * (1 + 1e-12)] or [min(front, key=lambda p: p.ebops)]
        best = max(fit, key=lambda p: (p.val_accuracy, -p.ebops))
        chosen[best.epoch] = best
    return sorted(chosen.values(), key=lambda p: p.ebops)


# ---- the train stage with a ramp ----------------------------------------------------------------------------
@contextlib.contextmanager
def _lock(d: Path) -> Iterator[None]:
    """One process trains a given ramp; another one needing it waits (an fcntl lock beside the directory)."""
    d.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(d.parent / f"{d.name}.lock", os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            other = os.pread(fd, 64, 0).decode(errors="replace").strip() or "?"
            log.warning("waiting for process %s, which is training the ramp in %s", other, d)
            fcntl.flock(fd, fcntl.LOCK_EX)
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        yield
    finally:
        os.close(fd)


def produce(ctx: StageContext, out: Path, train: Callable[[StageContext, Path], Outcome]) -> Outcome:
    """The train stage when ``train.bit_cost.beta`` ramps: the shared ramp (trained by ``train``, the stage's
    ordinary produce, unless it is there already), then this run's checkpoint into ``out``."""
    cfg = ctx.cfg
    d, fp = directory(cfg), fingerprint(cfg)
    with _lock(d):
        if trained(cfg) is None:
            _train(ctx, d, fp, train)
    return select(cfg, out, d)


def _train(
    ctx: StageContext, d: Path, fp: dict[str, Any], train: Callable[[StageContext, Path], Outcome]
) -> None:

    cfg = ctx.cfg
    bc = cfg.train.bit_cost
    assert bc is not None
    outcome = Outcome()
    with stage_output(d, stage=STAGE, fingerprint=fp, force=True, outcome=outcome) as tmp:
        session = _Session(bc, cfg.train.epochs, cfg.train.learning_rate)
        token = _SESSION.set(session)
        try:
            inner = train(ctx, tmp)
        finally:
            _SESSION.reset(token)
        if not session.front:
            raise ConfigError("train.bit_cost: the ramp saw no epoch (train.epochs?)")
        kept = thin(session.front, bc.keep)
        (tmp / "checkpoints").mkdir()
        trust = {"trust_model_code": cfg.train.trust_model_code, "custom_modules": cfg.train.custom_modules}
        model = modelio.load_model(tmp / "qkeras_model.h5", **trust)
        checkpoints = []
        for point in kept:
            for name, weights in point.weights.items():
                model.get_layer(name).set_weights(weights)
            path = tmp / "checkpoints" / f"epoch_{point.epoch:04d}.h5"
            modelio.save_model(model, path)
            checkpoints.append({**point.record(), "file": f"checkpoints/{path.name}"})
        last = session.seen[-1]
        info = {
            "beta": list(bc.beta),  # type: ignore[arg-type]
            "ramp": bc.ramp,
            "epochs": len(session.seen),
            "keep": bc.keep,
            "checkpoints": checkpoints,
            "last": {**last, "file": "qkeras_model.h5"},
            "front": [p.record() for p in sorted(session.front, key=lambda p: p.ebops)],
            "epochs_seen": session.seen,
        }
        write_json(tmp / "ramp.json", info)
        outcome.summary = {**inner.summary, "ramp": {"kept": len(checkpoints), "front": len(session.front)}}
        outcome.failed_checks = inner.failed_checks


def choose(cfg: FlowConfig, info: dict[str, Any]) -> dict[str, Any]:
    """The checkpoint of ``ramp.json`` that ``cfg`` selects (``checkpoint`` or ``max_ebops``)."""
    bc = cfg.train.bit_cost
    assert bc is not None
    kept = info["checkpoints"]
    listing = ", ".join(f"{c['epoch']} ({c['ebops']:.0f} EBOPs, val {c['val_accuracy']:.4f})" for c in kept)
    if bc.max_ebops is not None:
        fit = [c for c in kept if c["ebops"] <= bc.max_ebops]
        if not fit:
            raise ConfigError(
                f"train.bit_cost.max_ebops: no kept checkpoint of the ramp has at most {bc.max_ebops:g} EBOPs; "
                f"kept (epoch: EBOPs, validation accuracy): {listing}"
            )
        return max(fit, key=lambda c: (c["val_accuracy"], -c["ebops"]))
    if bc.checkpoint == "last":
        return info["last"]
    for c in kept:
        if c["epoch"] == bc.checkpoint:
            return c
    raise ConfigError(
        f"train.bit_cost.checkpoint: the ramp kept no checkpoint of epoch {bc.checkpoint}; kept: {listing} "
        "(or last)"
    )


def select(cfg: FlowConfig, out: Path, d: Path) -> Outcome:
    """This run's train artifact: the ramp's files, with the selected checkpoint as ``qkeras_model.h5``, and
    the summary of that network."""

    info = json.loads((d / "ramp.json").read_text())
    chosen = choose(cfg, info)
    for item in d.iterdir():
        if item.name in (MANIFEST, "checkpoints", "ramp.json", "qkeras_model.h5") or item.name.startswith(
            "."
        ):
            continue
        (shutil.copytree if item.is_dir() else shutil.copy2)(item, out / item.name)
    shutil.copy2(d / chosen["file"], out / "qkeras_model.h5")
    write_json(out / "ramp.json", {**info, "selected": chosen, "directory": str(d.resolve())})

    meta = TrainInfo.load(out)
    trust = {"trust_model_code": cfg.train.trust_model_code, "custom_modules": cfg.train.custom_modules}
    model = modelio.load_model(out / "qkeras_model.h5", **trust)
    x, y, _ = load_split(cfg, "test")
    widths = meta.inputs.widths(int(meta.input_shape[-1]))
    summary = dict(read_manifest(d, STAGE).summary)
    summary.pop("ramp", None)
    y_pred = np.argmax(model(meta.inputs.grid(x).astype(np.float32), training=False).numpy(), axis=-1)
    summary.update(
        test_accuracy_qkeras=float(np.mean(y_pred == y)),
        weights=sparsity_report(model),
        ebops=bitcost.ebops(model, widths, cfg.model.act_bits),
        ramp={
            **{k: chosen[k] for k in ("epoch", "beta", "val_accuracy")},
            "ebops_at_epoch": chosen["ebops"],
            "kept": [c["epoch"] for c in info["checkpoints"]],
            "directory": str(d.resolve()),
        },
    )
    return Outcome(summary)


__all__ = [
    "RAMPS_DIR",
    "beta_at",
    "callbacks",
    "charge",
    "choose",
    "directory",
    "produce",
    "ramping",
    "thin",
    "trained",
]
