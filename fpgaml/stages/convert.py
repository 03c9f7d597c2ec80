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

from fpgaml import hls
from fpgaml.artifacts import Outcome, write_json
from fpgaml.errors import ConfigError
from fpgaml.ir.core import ModelIR
from fpgaml.ir.parse import parse
from fpgaml.modelio import rebuild
from fpgaml.models import FAMILIES
from fpgaml.models.support import check_supported
from fpgaml.profile.analytic import analytic_latency
from fpgaml.records import FixedPrecision, ProjectInfo
from fpgaml.stage import Stage, StageContext
from fpgaml.stages.data import load_split
from fpgaml.stages.train import Trained, load_models

if TYPE_CHECKING:  # pragma: no cover
    from fpgaml.config import FlowConfig

N_TB_VECTORS = 200


def _project_dir(cfg: FlowConfig) -> Path:
    return Path(cfg.convert.project_dir or Path(cfg.paths.hls_projects) / cfg.name)


def produce(ctx: StageContext, out: Path) -> Outcome:
    import hls4ml  # optional heavy dependency: imported on first use

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
    model, ir = firmware(trained, softmax_inside, cfg.convert.backend, cfg.convert.io_type)
    x_test, _, _ = load_split(cfg, "test")
    inputs = meta.interface.inputs  # THE input type (the train artifact's interface)
    x_tb = inputs.grid(x_test[:N_TB_VECTORS])
    y_tb = np.asarray(model(x_tb.astype(np.float32), training=False), dtype=np.float64)
    exact, inexact_reason = family.exactness(cfg.model)
    hm = hls.convert(model, cfg.model, cfg.convert, out, family=family, input_type=inputs.port, ir=ir)
    hls.strip_pickled_model(out)
    hls.portable_output_dir(out)  # not the partial directory `out` is until the stage renames it
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
        interface=meta.interface,
        output_precision=FixedPrecision(**hls.output_precision(hm)),
        layer_precisions=hls.layer_precisions(hm),
        hls4ml_version=hls4ml.__version__,
        pretrained=meta.pretrained,
        ends_in_softmax=meta.ends_in_softmax,
        softmax_inside=softmax_inside,
        softmax_table_size=cfg.convert.softmax_table_size if softmax_inside else None,
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


def firmware(
    trained: Trained, keep_softmax: bool, backend: str | None = None, io_type: str | None = None
) -> tuple[Any, ModelIR]:
    """The network the firmware computes, as a Keras model (hls4ml converts it; QKeras evaluates it) and as
    its IR, the QKeras model read ONCE for the stage that asks: with its final softmax (``keep_softmax``, i.e.
    ``ProjectInfo.softmax_inside``) or without it (the ``strip_softmax`` pass, the Keras model rebuilt from
    it). With ``backend``/``io_type`` the read also checks what hls4ml would get wrong
    (:func:`fpgaml.models.support.check_supported`). Every stage that compares against the firmware uses this."""
    inputs = trained.meta.interface.inputs
    if backend is not None and io_type is not None:
        ir = check_supported(trained.qmodel, backend, io_type, inputs)
    else:
        ir = parse(trained.qmodel, inputs)
    fw_ir = ir if keep_softmax else ir.without_softmax()
    model = trained.qmodel if fw_ir is ir else rebuild(trained.qmodel, fw_ir, ir)
    return model, fw_ir


STAGE = Stage(
    name="convert",
    doc="convert the QKeras model to an hls4ml HLS project under hls_projects/",
    produce=produce,
    reads=("train",),
    config=("convert",),
    directory=_project_dir,
    order=30,
)
