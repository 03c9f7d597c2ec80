"""Per-feature input types: each input feature on its own fixed-point grid, or not read at all.

The firmware's input port has one type (``model.input_precision``). ``model.input_features`` narrows it per
feature (the last axis of the inputs):

* a mapping ``{feature_name: type | drop}``: the named features get that type (no wider than the port),
  the others keep the port type;
* ``auto``: chosen in the ``train`` stage from the data and a trained network (:func:`search`): per feature,
  the integer bits that hold the training values (at most :data:`SATURATION_FRACTION` of them saturate),
  then, greedily, one fraction bit at a time from the feature whose loss costs the network the least
  accuracy, and whole features dropped, while its accuracy on the narrowed inputs stays within
  ``model.input_features_tolerance_pp`` of its accuracy on the port grid on the validation split and on the
  training split alike. The network
  (``model.input_features_network``) is the float reference, before QAT (``float``: the QKeras network then
  trains on inputs on those grids, it sees what the firmware will see), or the trained QKeras network itself,
  after QAT and without retraining (``qkeras``: what stays within the tolerance is then the firmware's own
  accuracy; also for a pretrained model).

The chosen types are stored in the ``train`` artifact (``meta.json``, ``input_types``) and read from
there by every later stage: the C-simulation and hls4ml keep the port type (values on a feature's grid lie
on the port grid), the fixed-point reference checks each feature's grid, and the RTL (da4ml) gives each
feature only its own bits, a dropped one none, which is where the logic is saved.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from fpgaml.errors import ConfigError
from fpgaml.ir.core import DROP, FixedType, InputTypes

#: ``auto``: the integer bits of a feature hold all but at most this fraction of its training values.
SATURATION_FRACTION = 1e-3
#: ``auto``: the search stops after this many evaluations of the network (each on the validation split).
MAX_EVALUATIONS = 4000


@dataclass
class SearchReport:
    """What :func:`search` chose and what it measured (stored as ``input_types.json`` of the train stage)."""

    tolerance_pp: float
    accuracy_port: float
    accuracy_chosen: float
    types: list[str]
    port: str
    bits_port: int
    bits_chosen: int
    steps: list[dict[str, Any]] = field(default_factory=list)
    evaluations: int = 0
    seconds: float = 0.0
    #: the network whose accuracy judged (``model.input_features_network``: float or qkeras)
    network: str = "float"
    #: per judged split (``val``, and ``train`` in the flow): its accuracy on the port grid and on the choice
    judges: dict[str, dict[str, float]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def explicit(port: str, mapping: dict[str, str], feature_names: Sequence[str]) -> InputTypes:
    """The :class:`InputTypes` of ``model.input_features`` given as ``{feature: type | drop}``."""
    unknown = [k for k in mapping if k not in feature_names]
    if unknown:
        raise ConfigError(
            f"model.input_features names {unknown}, not features of the data; its features: "
            f"{', '.join(feature_names)}"
        )
    texts = [mapping.get(n, port) for n in feature_names]
    try:
        return InputTypes.of(port, texts)
    except ConfigError as exc:
        raise ConfigError(f"model.input_features: {exc}") from exc


def integer_bits(values: np.ndarray, port: FixedType) -> tuple[bool, int]:
    """(signed, integer bits incl. sign) holding all but :data:`SATURATION_FRACTION` of ``values``, at most the
    port's: the smallest range that saturates no more than that share."""
    v = np.asarray(values, dtype=np.float64).ravel()
    signed = bool(port.signed and np.mean(v < 0) > SATURATION_FRACTION)
    if not signed:
        v = np.clip(v, 0, None)
    q = float(np.quantile(np.abs(v), 1 - SATURATION_FRACTION)) if v.size else 0.0
    need = max(0, math.floor(math.log2(q)) + 1) if q > 0 else 0  # bits above the binary point: 2**need > q
    cap = port.integer - 1 if signed or port.signed else port.integer
    return signed, min(need, cap) + int(signed)


def search(
    accuracy: Callable[[np.ndarray], float],
    x_fit: np.ndarray,
    x_val: np.ndarray,
    port: FixedType,
    tolerance_pp: float,
    *,
    min_frac: int = -2,
    also: Sequence[tuple[str, Callable[[np.ndarray], float], np.ndarray]] = (),
) -> tuple[InputTypes, SearchReport]:
    """Per-feature types for inputs on ``port`` (see the module doc).

    ``accuracy(x)``: the trained network's accuracy on validation inputs ``x`` (values on some grid);
    ``x_fit``: training inputs (their range sets the integer bits); features on the last axis.
    ``also``: more judges ``(name, accuracy, x)``, e.g. the training split: a step is then measured by its
    largest loss on any of them, against each one's accuracy on the port grid. A greedy search that judges on
    one split picks the steps that happen to cost that split little; with a second split the tolerance also
    bounds the loss on data the search did not choose on (measured: docs/pareto.md, section 1).
    """

    t0 = time.perf_counter()
    n_feat = int(x_val.shape[-1])
    flat = np.asarray(x_fit, dtype=np.float64).reshape(-1, n_feat)
    ints = [integer_bits(flat[:, n], port) for n in range(n_feat)]
    frac = [port.frac] * n_feat
    dropped = [False] * n_feat

    def types() -> InputTypes:
        texts: list[str] = []
        for n in range(n_feat):
            signed, integer = ints[n]
            width = integer + frac[n]
            texts.append(DROP if dropped[n] or width < 1 else str(FixedType(signed, width, integer)))
        return InputTypes.of(port, texts)

    evaluations = 0
    judges = [("val", accuracy, x_val), *also]

    def each(t: InputTypes) -> list[float]:
        nonlocal evaluations
        evaluations += 1
        return [float(acc(t.grid(x))) for _, acc, x in judges]

    base = each(InputTypes(port))  # port grid: what the uniform firmware sees

    def score(t: InputTypes) -> float:
        """The validation accuracy on the port grid less the largest loss on any judge."""
        return base[0] + min(a - b for a, b in zip(each(t), base, strict=True))

    acc_port = base[0]
    floor = acc_port - tolerance_pp / 100.0
    steps: list[dict[str, Any]] = []

    def apply(n: int, what: str, sign: int = 1) -> None:
        if what == "bit":
            frac[n] -= sign
        else:
            dropped[n] = sign > 0

    # 1. every feature one fraction bit coarser at once, while that costs at most a quarter of the tolerance
    while all(ints[n][1] + frac[n] > 1 and frac[n] > min_frac for n in range(n_feat)):
        for n in range(n_feat):
            frac[n] -= 1
        acc = score(types())
        if acc < acc_port - tolerance_pp / 400.0:
            for n in range(n_feat):
                frac[n] += 1
            break
        steps.append({"feature": "all", "step": "bit", "accuracy": acc})

    # 2. lazy greedy: the step (one bit of one feature, or dropping it) that keeps the accuracy highest, its
    #    accuracy re-measured in the current state before it is taken; stop when none stays above the floor
    def options(n: int) -> list[str]:
        if dropped[n]:
            return []
        return ["drop", "bit"] if ints[n][1] + frac[n] > 1 and frac[n] > min_frac else ["drop"]

    def trial(n: int, what: str) -> float:
        apply(n, what)
        acc = score(types())
        apply(n, what, -1)
        return acc + (1e-9 if what == "drop" else 0.0)  # a drop saves the feature's whole width: tie -> drop

    stale = {(n, w): trial(n, w) for n in range(n_feat) for w in options(n)}
    while stale and evaluations < MAX_EVALUATIONS:
        (n, what), _ = max(stale.items(), key=lambda kv: kv[1])
        fresh = trial(n, what)
        rest = max((v for k, v in stale.items() if k != (n, what)), default=-1.0)
        if fresh < rest:  # no longer the best: keep its fresh value and look again
            stale[(n, what)] = fresh
            continue
        if fresh < floor:
            break
        apply(n, what)
        acc_now = score(types())
        steps.append({"feature": n, "step": what, "type": (types().texts or [])[n], "accuracy": acc_now})
        for w in ("drop", "bit"):
            stale.pop((n, w), None)
        for w in options(n):
            stale[(n, w)] = trial(n, w)
    current = types()
    final = each(current)
    judged = {
        name: {"accuracy_port": b, "accuracy_chosen": a}
        for (name, _, _), a, b in zip(judges, final, base, strict=True)
    }
    report = SearchReport(
        tolerance_pp=tolerance_pp,
        accuracy_port=acc_port,
        accuracy_chosen=final[0],
        judges=judged,
        types=current.texts or [],
        port=str(port),
        bits_port=port.width * n_feat,
        bits_chosen=current.bits(),
        steps=steps,
        evaluations=evaluations,
        seconds=time.perf_counter() - t0,
    )
    return current, report
