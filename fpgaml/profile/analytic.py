"""Analytic latency estimate for hls4ml's ``Latency`` strategy with ``io_parallel``, from the ModelGraph.

For networks with neither an RTL path (GRU/LSTM) nor a vendor report. It is a
*model*, labelled "analytic estimate" everywhere, and good to perhaps +-50%: use it to see whether a design
is near a budget, not to sign off.

The cycle model (all layers fully unrolled, reuse factor R, clock period T ns):

* ``A = max(1, floor(0.8 * T))`` adder levels fit in one clock (4 at 200 MHz).
* Dense(n_in): ``1`` (multipliers) ``+ ceil(ceil(log2 n_in) / A)`` (adder tree) ``+ (R - 1)``.
* Conv1D: one Dense of ``filt_width * n_chan`` inputs (every output position is computed in parallel).
* Activation (ReLU, quantizer, LUT sigmoid/tanh), BatchNormalization, pooling, Merge: 1 cycle.
* Softmax: ``3 + ceil(ceil(log2 n) / A)`` (exp table, sum, inverse table, multiply).
* GRU: per time step ``max(Dense(n_in), Dense(n_state)) + 4`` (gate sigmoid, reset product, tanh, update);
  LSTM: ``... + 5``; the steps run one after another.
* Input, Reshape, Flatten, Transpose, Concatenate: 0 (wiring).
* Anything else: 1 cycle, with a note in the per-layer breakdown.

Each rule is the ``cycles`` method of the layer kind (:mod:`fpgaml.ir.kinds`) that declares the hls4ml class.

Calibration: for the 16-64-32-32-5 QKeras jet tagger at 200 MHz this gives 12 cycles; Coelho et al. (2021)
report 11 cycles after Vivado HLS for that network.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from fpgaml._keras import keras2_as_keras
from fpgaml.ir import KINDS
from fpgaml.ir.cycles import ADDER_LEVELS_PER_NS as ADDER_LEVELS_PER_NS  # the formulas live in the IR
from fpgaml.ir.cycles import adder_levels as adder_levels
from fpgaml.ir.cycles import dense_cycles as dense_cycles
from fpgaml.models.support import register_extensions

SOURCE = "analytic estimate"


@dataclass
class LayerCycles:
    name: str
    class_name: str
    cycles: int
    note: str = ""


@dataclass
class AnalyticEstimate:
    latency_cycles: int
    clock_period_ns: float
    layers: list[LayerCycles] = field(default_factory=list)
    source: str = SOURCE

    @property
    def latency_ns(self) -> float:
        return self.latency_cycles * self.clock_period_ns

    def as_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["latency_ns"] = self.latency_ns
        return d


def layer_cycles(class_name: str, attrs: dict[str, Any], clock_period_ns: float) -> tuple[int, str]:
    """Cycles of one hls4ml layer (class name and attributes as in ``ModelGraph.get_layers()``): the rule of
    the layer kind that declares ``class_name`` (``LayerKind.hls_classes``)."""

    kind = KINDS.for_hls_class(class_name)
    if kind is not None:
        return kind.cycles(class_name, attrs, clock_period_ns)
    return 1, f"no cycle model for {class_name}: counted as 1 cycle"


def analytic_latency(hls_model: Any, clock_period_ns: float | None = None) -> AnalyticEstimate:
    """Sum of per-layer cycles over an hls4ml ``ModelGraph`` (Latency strategy, io_parallel)."""
    if clock_period_ns is None:
        clock_period_ns = float(hls_model.config.get_config_value("ClockPeriod", 5))
    rows = []
    for layer in hls_model.get_layers():
        attrs = dict(layer.attributes.items()) if hasattr(layer.attributes, "items") else {}
        if layer.class_name in ("GRU", "LSTM"):
            attrs.setdefault("n_timesteps", layer.get_attr("n_timesteps"))
        cycles, note = layer_cycles(layer.class_name, attrs, clock_period_ns)
        rows.append(LayerCycles(layer.name, layer.class_name, cycles, note))
    return AnalyticEstimate(sum(r.cycles for r in rows), float(clock_period_ns), rows)


def analytic_from_keras(
    model: Any,
    clock_period_ns: float = 5.0,
    output_dir: str = "/tmp/fpgaml_analytic",
    backend: str = "Vitis",
    reuse_factor: int = 1,
) -> AnalyticEstimate:
    """Convert ``model`` with hls4ml (no compilation) and return :func:`analytic_latency`."""
    import hls4ml  # optional heavy dependency: imported on first use

    with keras2_as_keras():
        register_extensions()
        cfg = hls4ml.utils.config_from_keras_model(model, granularity="name", backend=backend)
        cfg["Model"]["ReuseFactor"] = int(reuse_factor)
        hm = hls4ml.converters.convert_from_keras_model(
            model,
            hls_config=cfg,
            output_dir=output_dir,
            backend=backend,
            io_type="io_parallel",
            clock_period=clock_period_ns,
        )
    return analytic_latency(hm, clock_period_ns)
