"""Stage ``convert``: the QKeras model to an hls4ml HLS C++ project in ``hls_projects/<name>/``.

The project is a complete hls4ml project (Vitis HLS or Vivado HLS scripts, firmware, testbench with
``tb_data`` vectors) plus ``fpgaml.json``: what fpgaml knows about it (family, input/output types,
per-layer result types, classes, standardisation).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import numpy as np

from fpgaml.artifacts import ensure_replaceable, is_up_to_date, read_manifest, stage_output, write_json
from fpgaml.stages.data import load_split
from fpgaml.stages.train import load_models

if TYPE_CHECKING:  # pragma: no cover
    from fpgaml.config import FlowConfig

N_TB_VECTORS = 200


def _fingerprint(cfg: FlowConfig) -> dict[str, Any]:
    return {
        "convert": cfg.convert.model_dump(mode="json"),
        "input_precision": cfg.model.input_precision,
        "train": read_manifest(cfg.stage_dir("train"), "train")["hash"],
    }


def run(cfg: FlowConfig, *, force: bool = False) -> dict[str, Any]:
    import hls4ml

    from fpgaml import hls
    from fpgaml.models import FAMILIES
    from fpgaml.quantize import to_input_grid

    out = cfg.stage_dir("convert")
    fp = _fingerprint(cfg)
    if not force and is_up_to_date(out, fp):
        return {"stage": "convert", "status": "up to date", "dir": str(out), **read_manifest(out)["summary"]}
    ensure_replaceable(out, force)
    trained = load_models(cfg)
    family = FAMILIES.get(trained.meta["family"])
    if cfg.convert.io_type not in family.io_types:
        from fpgaml.errors import ConfigError

        raise ConfigError(
            f"convert.io_type: family {family.name!r} supports {', '.join(family.io_types)}, "
            f"not {cfg.convert.io_type}"
        )
    x_test, _, _ = load_split(cfg, "test")
    x_tb = to_input_grid(x_test[:N_TB_VECTORS], cfg.model)
    y_tb = np.asarray(trained.qmodel(x_tb.astype(np.float32), training=False), dtype=np.float64)
    summary: dict[str, Any] = {}
    exact, inexact_reason = family.exactness(cfg.model)
    with stage_output(out, stage="convert", fingerprint=fp, force=force, summary=summary) as tmp:
        hm = hls.convert(trained.qmodel, cfg.model, cfg.convert, tmp, family=family)
        hls.strip_pickled_model(tmp)
        tb = tmp / "tb_data"
        tb.mkdir(exist_ok=True)
        np.savetxt(tb / "tb_input_features.dat", x_tb.reshape(len(x_tb), -1), fmt="%.10g")
        np.savetxt(tb / "tb_output_predictions.dat", y_tb.reshape(len(y_tb), -1), fmt="%.10g")
        info = {
            "name": cfg.name,
            "family": family.name,
            "exact_expected": exact,
            "inexact_reason": inexact_reason,
            "backend": cfg.convert.backend,
            "part": cfg.convert.part,
            "clock_period_ns": cfg.convert.clock_period_ns,
            "io_type": cfg.convert.io_type,
            "strategy": cfg.convert.strategy,
            "reuse_factor": cfg.convert.reuse_factor,
            "project_name": cfg.convert.project_name,
            "input_precision": cfg.model.input_precision,
            "input_shape": trained.meta["input_shape"],
            "output_precision": hls.output_precision(hm),
            "layer_precisions": hls.layer_precisions(hm),
            "class_names": trained.meta["class_names"],
            "standardization": trained.meta["standardization"],
            "hls4ml_version": hls4ml.__version__,
        }
        write_json(tmp / "fpgaml.json", info)
        summary.update(
            {
                "project_dir": str(out),
                "backend": info["backend"],
                "part": info["part"],
                "output_type": info["output_precision"]["type"],
                "n_layers": len(info["layer_precisions"]),
            }
        )
    return {"stage": "convert", "status": "done", "dir": str(out), **summary}


def load_project_info(cfg: FlowConfig) -> dict[str, Any]:
    d = cfg.stage_dir("convert")
    read_manifest(d, "convert")
    return json.loads((d / "fpgaml.json").read_text())
