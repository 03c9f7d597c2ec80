"""Stage ``convert``: the QKeras model to an hls4ml HLS C++ project in ``hls_projects/<name>/``.

The project is a complete hls4ml project (Vitis HLS or Vivado HLS scripts, firmware, testbench with
``tb_data`` vectors) plus ``fpgaml.json`` (:class:`ProjectInfo`: what fpgaml knows about it — family,
input/output types, per-layer result types, classes, standardisation) and ``analytic.json`` (hls4ml's layer
graph through fpgaml's analytic latency model, so that ``profile`` need not convert again).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
from pydantic import BaseModel, Field

from fpgaml.artifacts import Outcome, Record, write_json
from fpgaml.errors import ConfigError
from fpgaml.stage import Stage, StageContext
from fpgaml.stages.data import load_split
from fpgaml.stages.train import load_models

if TYPE_CHECKING:  # pragma: no cover
    from fpgaml.config import FlowConfig
    from fpgaml.ir import InputTypes

N_TB_VECTORS = 200


class FixedPrecision(BaseModel):
    """An ap_fixed type as the firmware declares it, with the value of its least significant bit."""

    type: str
    width: int
    integer: int
    signed: bool = True
    lsb: float


class ProjectInfo(Record):
    """``fpgaml.json`` in the HLS project."""

    FILE = "fpgaml.json"
    STAGE = "convert"

    name: str
    family: str
    exact_expected: bool
    inexact_reason: str = ""
    backend: str
    part: str
    clock_period_ns: float
    io_type: str
    strategy: str
    reuse_factor: int
    project_name: str
    input_precision: str
    #: per-feature input types (the train artifact's), None: every feature on input_precision
    input_types: list[str] | None = None
    input_shape: list[int]
    output_precision: FixedPrecision
    layer_precisions: dict[str, str]
    class_names: list[str]
    standardization: dict[str, Any]
    hls4ml_version: str
    #: ``train.pretrained`` (the user's model file), None for a network of fpgaml's families
    pretrained: str | None = None
    ends_in_softmax: bool = False
    softmax_inside: bool = False
    softmax_table_size: int | None = None
    #: the data's task and one name per output (classes, regression targets, reconstructed inputs)
    task: str = "classification"
    output_names: list[str] = Field(default_factory=list)

    @property
    def inputs(self) -> InputTypes:
        """The firmware's input types (port and per feature)."""
        from fpgaml.ir import InputTypes

        return InputTypes.of(self.input_precision, self.input_types)

    @property
    def network(self) -> str:
        """What the network is, for reports: ``family dense``, or ``pretrained model <file>`` (a user's model is
        not of any family, whatever model.family says)."""
        from fpgaml.stages.train import family_label

        return family_label(self.family, self.pretrained)


def _project_dir(cfg: FlowConfig) -> Path:
    return Path(cfg.convert.project_dir or Path(cfg.paths.hls_projects) / cfg.name)


def produce(ctx: StageContext, out: Path) -> Outcome:
    import hls4ml

    from fpgaml import hls
    from fpgaml.models import FAMILIES
    from fpgaml.profile.analytic import analytic_latency

    cfg = ctx.cfg
    trained = load_models(cfg)
    meta = trained.meta
    family = FAMILIES.get(meta.family)
    if cfg.convert.io_type not in family.io_types:
        raise ConfigError(
            f"convert.io_type: family {family.name!r} supports {', '.join(family.io_types)}, "
            f"not {cfg.convert.io_type}"
        )
    softmax_inside = meta.ends_in_softmax and cfg.convert.softmax == "keep"
    model = firmware_model(trained.qmodel, keep_softmax=softmax_inside)
    x_test, _, _ = load_split(cfg, "test")
    x_tb = meta.inputs.grid(x_test[:N_TB_VECTORS])
    y_tb = np.asarray(model(x_tb.astype(np.float32), training=False), dtype=np.float64)
    exact, inexact_reason = family.exactness(cfg.model)
    hm = hls.convert(model, cfg.model, cfg.convert, out, family=family)
    hls.strip_pickled_model(out)
    tb = out / "tb_data"
    tb.mkdir(exist_ok=True)
    np.savetxt(tb / "tb_input_features.dat", x_tb.reshape(len(x_tb), -1), fmt="%.10g")
    np.savetxt(tb / "tb_output_predictions.dat", y_tb.reshape(len(y_tb), -1), fmt="%.10g")
    info = ProjectInfo(
        name=cfg.name,
        family=family.name,
        exact_expected=exact,
        inexact_reason=inexact_reason,
        backend=cfg.convert.backend,
        part=cfg.convert.part,
        clock_period_ns=cfg.convert.clock_period_ns,
        io_type=cfg.convert.io_type,
        strategy=cfg.convert.strategy,
        reuse_factor=cfg.convert.reuse_factor,
        project_name=cfg.convert.project_name,
        input_precision=meta.input_precision,
        input_types=meta.input_types,
        input_shape=meta.input_shape,
        output_precision=FixedPrecision(**hls.output_precision(hm)),
        layer_precisions=hls.layer_precisions(hm),
        class_names=meta.class_names,
        standardization=meta.standardization,
        hls4ml_version=hls4ml.__version__,
        pretrained=meta.pretrained,
        ends_in_softmax=meta.ends_in_softmax,
        softmax_inside=softmax_inside,
        softmax_table_size=cfg.convert.softmax_table_size if softmax_inside else None,
        task=meta.task,
        output_names=meta.output_names or meta.class_names,
    )
    info.save(out)
    if cfg.convert.strategy == "Latency" and cfg.convert.io_type == "io_parallel":
        write_json(out / "analytic.json", analytic_latency(hm, cfg.convert.clock_period_ns).as_dict())
    return Outcome(
        {
            "project_dir": str(ctx.dir("convert")),
            "backend": info.backend,
            "part": info.part,
            "output_type": info.output_precision.type,
            "n_layers": len(info.layer_precisions),
            "softmax": _softmax_note(info),
        }
    )


def _softmax_note(info: ProjectInfo) -> str:
    if not info.ends_in_softmax:
        return "the network ends in its logits"
    if info.softmax_inside:
        return f"kept: hls4ml's lookup-table softmax ({info.softmax_table_size} entries) is in the firmware"
    return "stripped (convert.softmax: strip): the firmware gives the logits"


def firmware_model(model: Any, keep_softmax: bool) -> Any:
    """The network the firmware computes: ``model`` with its final softmax (``keep_softmax``, i.e.
    ``ProjectInfo.softmax_inside``) or without it. Every stage that compares against the firmware uses this."""
    if keep_softmax:
        return model
    from fpgaml.modelio import without_softmax

    return without_softmax(model)


STAGE = Stage(
    name="convert",
    doc="convert the QKeras model to an hls4ml HLS project under hls_projects/",
    produce=produce,
    reads=("train",),
    config=("convert",),
    directory=_project_dir,
    order=30,
)
