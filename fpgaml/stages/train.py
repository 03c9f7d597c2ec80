"""Stage ``train``: quantization-aware training of the QKeras model and its float reference.

Writes ``<run>/train/``: ``qkeras_model.h5``, ``float_model.h5`` (if ``train.float_reference``),
``meta.json`` (family, shapes, classes, standardisation, input precision) and ``history.json``.
With ``train.pretrained`` the user's QKeras model is checked (no code runs from the file unless trusted)
and used instead of training.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
from pydantic import Field

from fpgaml import progress
from fpgaml.artifacts import Outcome, Record, read_manifest, write_json
from fpgaml.errors import ConfigError
from fpgaml.stage import Stage, StageContext, stage_dir
from fpgaml.stages.data import DataInfo, load_labels, load_split

if TYPE_CHECKING:  # pragma: no cover
    from fpgaml.config import FlowConfig
    from fpgaml.ir import InputTypes


class TrainInfo(Record):
    """``meta.json``: the facts about the trained networks that later stages read."""

    FILE = "meta.json"
    STAGE = "train"

    family: str
    input_shape: list[int]
    n_classes: int
    class_names: list[str]
    feature_names: list[str]
    standardization: dict[str, Any]
    input_precision: str
    #: per-feature input types (``model.input_features``; "drop" = not read), None: all on input_precision
    input_types: list[str] | None = None
    #: "software", "firmware" (the network's first layer scales the raw inputs) or "none" (DataInfo)
    standardized_in: str = "software"
    pretrained: str | None = None
    ends_in_softmax: bool = False
    float_reference: bool = False
    float_reference_name: str = "none"
    ptq: bool = False
    #: the data's task and the names of the network's outputs (from DataInfo)
    task: str = "classification"
    output_names: list[str] = Field(default_factory=list)

    @property
    def inputs(self) -> InputTypes:
        """The firmware's input types (port and per feature)."""
        from fpgaml.ir import InputTypes

        return InputTypes.of(self.input_precision, self.input_types)


def family_label(family: str, pretrained: str | None) -> str:
    """What the network is, for reports: ``family <name>``, or ``pretrained model <file name>`` for
    ``train.pretrained`` (a user's model is of no family, whatever model.family says)."""
    return f"pretrained model {Path(pretrained).name}" if pretrained else f"family {family}"


@dataclass
class Trained:
    """The trained networks of a run, as read back from the ``train`` artifact."""

    qmodel: Any
    float_model: Any | None
    meta: TrainInfo


def _stamp(key: str, value: str | None) -> Any:
    """Size and mtime of a file, or of every file of a directory (a SavedModel), for the fingerprint."""
    if not value:
        return None
    path = Path(value)
    if not path.exists():
        raise ConfigError(f"{key}: {path} does not exist (relative to {Path.cwd()})")
    files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
    return [[str(p.relative_to(path)) if path.is_dir() else p.name, p.stat().st_size, int(p.stat().st_mtime)]
            for p in files]  # fmt: skip


def _inputs(cfg: FlowConfig) -> dict[str, Any]:
    """The pretrained model file(s), a float reference file and custom modules, when there are any."""
    ref = cfg.train.float_reference_file
    if not cfg.train.pretrained:
        return {"float_reference_file": _stamp("train.float_reference", ref)} if ref else {}
    return {
        "float_reference_file": _stamp("train.float_reference", ref),
        "pretrained_file": _stamp("train.pretrained", cfg.train.pretrained),
        "pretrained_weights": _stamp("train.pretrained_weights", cfg.train.pretrained_weights),
        "custom_modules": [
            m if not m.endswith(".py") else _stamp("train.custom_modules", m)
            for m in cfg.train.custom_modules
        ],
    }


def check_pretrained(
    model: Any,
    path: str,
    input_shape: tuple[int, ...],
    class_names: list[str],
    *,
    task: str = "classification",
    output_names: list[str] | None = None,
) -> None:
    """A user's model must take the data's inputs, give the outputs the task needs (one per class, one per
    regression target, or a reconstruction of its input) and hold finite weights."""
    from fpgaml.errors import UnsupportedModelError

    shape = model.input_shape
    if isinstance(shape, list):
        from fpgaml.ir.parse import MULTI_INPUT_HINT

        raise UnsupportedModelError(
            f"train.pretrained: {path} has {len(shape)} inputs; fpgaml needs exactly one: {MULTI_INPUT_HINT}"
        )
    got = tuple(None if d is None else int(d) for d in shape[1:])
    if got != input_shape:
        raise ConfigError(f"train.pretrained: {path} expects inputs {got}, the data has {input_shape}")
    out = model.output_shape
    if isinstance(out, list):
        from fpgaml.ir.parse import MULTI_OUTPUT_HINT

        raise UnsupportedModelError(
            f"train.pretrained: {path} has {len(out)} outputs; fpgaml needs exactly one: {MULTI_OUTPUT_HINT}"
        )
    problem = _output_problem(task, tuple(out[1:]), input_shape, class_names, output_names or [])
    if problem:
        raise ConfigError(f"train.pretrained: {path} gives outputs of shape {tuple(out[1:])}; {problem}")
    for layer in model.layers:
        for w in layer.weights:
            values = np.asarray(w.numpy())
            bad = ~np.isfinite(values)
            if bad.any():
                raise UnsupportedModelError(
                    f"train.pretrained: {path}: layer {layer.name!r} weight {w.name!r} holds {int(bad.sum())} "
                    "NaN/Inf value(s); firmware has no NaN/Inf: retrain or fix the weights"
                )


# ---- what the task asks of the network (data.task, recorded in DataInfo) ----------------------------------
def _output_problem(
    task: str,
    out: tuple[Any, ...],
    input_shape: tuple[int, ...],
    class_names: list[str],
    output_names: list[str],
) -> str:
    """Why a network with per-sample output shape ``out`` does not fit the task, or ""."""
    if task == "autoencoder":
        want = int(np.prod(input_shape))
        if None in out or int(np.prod(out)) != want:
            return (
                f"an autoencoder reconstructs its input {input_shape}: {want} outputs are needed (any shape with "
                "that many values; they are compared flattened)"
            )
        return ""
    if task == "regression":
        names, what = output_names, f"{len(output_names)} regression target(s)"
    else:
        names, what = class_names, f"{len(class_names)} classes"
    if len(out) != 1 or out[0] != len(names):
        return f"the data has {what} ({', '.join(names)}): one output each is needed, shape ({len(names)},)"
    return ""


def _compile(model: Any, task: str, learning_rate: float) -> None:
    """Loss and metric of the task: cross-entropy on the logits (or on the softmax) for classification; the
    mean squared error for regression and the autoencoder (its reconstruction error)."""
    from fpgaml._keras import keras

    k = keras()
    if task == "classification":
        from fpgaml.models.base import ends_in_softmax

        loss = k.losses.SparseCategoricalCrossentropy(from_logits=not ends_in_softmax(model))
        metrics = [k.metrics.SparseCategoricalAccuracy(name="acc")]
    else:
        loss = k.losses.MeanSquaredError()
        metrics = [k.metrics.MeanAbsoluteError(name="mae")]
    model.compile(optimizer=k.optimizers.Adam(learning_rate), loss=loss, metrics=metrics)


def _task_metrics(task: str, y_pred: np.ndarray, y: np.ndarray) -> dict[str, Any]:
    """Test-set figures for the train summary of a regression (RMSE per target) or an autoencoder (the mean
    reconstruction error); classification keeps its accuracy keys."""
    y_pred = np.asarray(y_pred, np.float64).reshape(len(y_pred), -1)
    err = y_pred - np.asarray(y, np.float64).reshape(len(y), -1)
    if task == "regression":
        return {"rmse": [float(v) for v in np.sqrt(np.mean(err**2, axis=0))]}
    return {"mean_reconstruction_mse": float(np.mean(err**2))}


def _check_task(task: str, model: Any, what: str) -> None:
    """A regression or autoencoder output is a value, not a probability: refuse a final softmax."""
    from fpgaml.models.base import ends_in_softmax

    if task != "classification" and ends_in_softmax(model):
        raise ConfigError(
            f"{what} ends in a softmax, but data.task is {task}: its outputs must be free values (remove the "
            "softmax: model.params softmax: false for fpgaml's families)"
        )


def _family_input_rank(family: Any, input_shape: tuple[int, ...]) -> None:
    """fpgaml's families take (n_features,) ('hlf' families) or (n_items, n_features) ('constituents')."""
    rank = {"hlf": 1, "constituents": 2}.get(family.features)
    if rank is not None and len(input_shape) != rank:
        want = "(n_features,)" if rank == 1 else "(n_items, n_features)"
        raise ConfigError(
            f"model.family {family.name!r} takes inputs of shape {want} per sample, the data has {input_shape}: "
            "flatten or reshape the input array in your file, pick another family (`fpgaml families`), or bring "
            "your own model (train.pretrained)"
        )


def _fit(
    model: Any,
    cfg: FlowConfig,
    data: dict[str, np.ndarray],
    desc: str,
    *,
    epochs: int | None = None,
    initial_epoch: int = 0,
    early_stopping: bool = True,
    compile_model: bool = True,
    extra_callbacks: list[Any] | None = None,
    task: str = "classification",
) -> dict[str, list[float]]:
    """Train from ``initial_epoch`` to ``epochs`` (default ``train.epochs``); history per metric."""
    from fpgaml._keras import keras

    k = keras()
    k.utils.set_random_seed(cfg.train.seed_or(cfg.seed))
    epochs = cfg.train.epochs if epochs is None else epochs
    if compile_model:
        _compile(model, task, cfg.train.learning_rate)
    callbacks = list(extra_callbacks or [])
    if early_stopping:
        callbacks += [
            k.callbacks.EarlyStopping(patience=cfg.train.patience, restore_best_weights=True),
            k.callbacks.ReduceLROnPlateau(factor=0.5, patience=max(1, cfg.train.patience // 2)),
        ]
    callbacks.append(progress.keras_epoch_bar(epochs - initial_epoch, desc))
    hist = model.fit(
        data["x_train"],
        data["y_train"],
        validation_data=(data["x_val"], data["y_val"]),
        initial_epoch=initial_epoch,
        epochs=epochs,
        batch_size=cfg.train.batch_size,
        verbose=0,
        callbacks=callbacks,
    )
    return {key: [float(v) for v in vals] for key, vals in hist.history.items()}


def _fit_pruned(
    qmodel: Any,
    rebuild: Any,
    cfg: FlowConfig,
    data: dict[str, np.ndarray],
    desc: str,
    task: str = "classification",
    charge: Callable[[Any], None] | None = None,
) -> tuple[Any, dict[str, list[float]]]:
    """Prune while training (sparsity 0 -> target from begin_epoch to end_epoch, no early stopping), then
    fine-tune with the masks fixed and early stopping; returns a freshly built model with the weights."""
    from fpgaml import pruning

    p = cfg.train.pruning
    assert p is not None
    targets = pruning.resolve_sparsity(qmodel, p.sparsity)
    steps = -(-len(data["x_train"]) // cfg.train.batch_size)
    end = p.end(cfg.train.epochs)
    pm = pruning.wrap(qmodel, targets, p.begin_epoch * steps, end * steps)
    if charge is not None:
        charge(pm)
    hist = _fit(
        pm,
        cfg,
        data,
        f"{desc} (pruning)",
        epochs=end,
        early_stopping=False,
        extra_callbacks=pruning.callbacks(),
        task=task,
    )
    if end < cfg.train.epochs:
        more = _fit(
            pm,
            cfg,
            data,
            f"{desc} (fine-tune)",
            initial_epoch=end,
            compile_model=False,
            extra_callbacks=pruning.callbacks(),
            task=task,
        )
        hist = {key: hist.get(key, []) + more.get(key, []) for key in {*hist, *more}}
    return pruning.strip_into(pm, rebuild()), hist


def _accuracy(model: Any, x: np.ndarray, y: np.ndarray) -> float:
    return float(np.mean(np.argmax(model(x, training=False).numpy(), axis=-1) == y))


def _background_only(
    data: dict[str, np.ndarray], labels: dict[str, np.ndarray | None]
) -> dict[str, np.ndarray]:
    """An autoencoder learns what normal looks like: with labels, it trains on the background (label 0)."""
    out = dict(data)
    for split in ("train", "val"):
        lab = labels.get(split)
        if lab is not None:
            keep = lab == 0
            out[f"x_{split}"], out[f"y_{split}"] = data[f"x_{split}"][keep], data[f"y_{split}"][keep]
    return out


def _bit_cost(
    cfg: FlowConfig, inputs: InputTypes, input_shape: tuple[int, ...]
) -> Callable[[Any], None] | None:
    """What adds ``train.bit_cost``'s loss term to a model about to train (None when it is not set)."""
    bc = cfg.train.bit_cost
    if bc is None or not (bc.beta or bc.neuron):
        return None
    from fpgaml import bitcost

    bits = inputs.widths(int(input_shape[-1]))

    def charge(model: Any) -> None:
        model.add_loss(bitcost.term(model, bc.beta, bc.neuron, bits, cfg.model.act_bits))

    return charge


def _input_types(
    cfg: FlowConfig, feature_names: list[str], data: dict[str, np.ndarray], judge: Any | None
) -> tuple[InputTypes, Any]:
    """The firmware's input types (``model.input_features``) and, for ``auto``, the search's report: ``judge``
    is the network whose validation accuracy decides (``model.input_features_network``)."""
    from fpgaml import inputs as per_feature
    from fpgaml.ir import FixedType, InputTypes

    port = cfg.model.input_precision
    spec = cfg.model.input_features
    if spec is None:
        return InputTypes.of(port), None
    names = list(feature_names) or [f"x{n}" for n in range(int(data["x_train"].shape[-1]))]
    if isinstance(spec, dict):
        return per_feature.explicit(port, spec, names), None
    assert judge is not None

    def accuracy(split: str) -> Callable[[np.ndarray], float]:
        y = np.asarray(data[f"y_{split}"])
        return lambda x: _accuracy(judge, x.astype(np.float32), y)

    types, report = per_feature.search(
        accuracy("val"), data["x_train"], data["x_val"], FixedType.parse(port),
        cfg.model.input_features_tolerance_pp, also=[("train", accuracy("train"), data["x_train"])],
    )  # fmt: skip
    report.network = cfg.model.input_features_network
    return types, report


def produce(ctx: StageContext, out: Path) -> Outcome:
    from fpgaml import bitcost, modelio, ptq
    from fpgaml._keras import keras
    from fpgaml.ir import InputTypes
    from fpgaml.models import FAMILIES, BuildContext
    from fpgaml.models.base import copy_weights, ends_in_softmax
    from fpgaml.pruning import sparsity_report as pruning_report

    cfg = ctx.cfg
    info = DataInfo.of(cfg)
    data: dict[str, np.ndarray] = {}
    for split in ("train", "val", "test"):
        data[f"x_{split}"], data[f"y_{split}"], _ = load_split(cfg, split)
    input_shape = tuple(int(d) for d in data["x_train"].shape[1:])
    task = info.task
    n_outputs = info.n_outputs  # classes, regression targets, or the flattened input (autoencoder)
    family = FAMILIES.get(cfg.model.family)
    family.params(cfg.model)  # validate model.params early
    if info.features == "arrays" and not cfg.train.pretrained:  # fpgaml builds the family's networks
        _family_input_rank(family, input_shape)
    fit_data = data
    if task == "autoencoder" and info.has_labels:
        fit_data = _background_only(data, {s: load_labels(cfg, s) for s in ("train", "val")})

    history: dict[str, Any] = {}

    def build(quantized: bool) -> Any:
        keras().utils.set_random_seed(cfg.train.seed_or(cfg.seed))  # the same initial weights in every run
        scaling = info.standardization if info.standardized_in == "firmware" else None
        model = family.build(
            BuildContext(input_shape, n_outputs, cfg.model, quantized=quantized, scaling=scaling)
        )
        _check_task(task, model, f"model.family {family.name!r}")
        return model

    trust = {"trust_model_code": cfg.train.trust_model_code, "custom_modules": cfg.train.custom_modules}
    auto_inputs = cfg.model.input_features == "auto"
    auto_after_qat = auto_inputs and cfg.model.input_features_network == "qkeras"
    reference = cfg.train.float_reference
    float_model = None
    reference_name = "none"
    ptq_report = None
    if reference == "family" or (reference == "auto" and not cfg.train.pretrained):
        float_model = build(False)
        reference_name = f"a float {family.name} model of the same architecture, trained by fpgaml"
    elif cfg.train.float_reference_file:
        float_model = modelio.load_model(cfg.train.float_reference_file, **trust)
        check_pretrained(float_model, cfg.train.float_reference_file, input_shape, info.class_names,
                         task=task, output_names=info.output_names)  # fmt: skip
        reference_name = f"the user's float model {cfg.train.float_reference_file}"
    if cfg.train.pretrained:
        qmodel = modelio.load_model(cfg.train.pretrained, weights=cfg.train.pretrained_weights, **trust)
        check_pretrained(
            qmodel,
            cfg.train.pretrained,
            input_shape,
            info.class_names,
            task=task,
            output_names=info.output_names,
        )
        _check_task(task, qmodel, f"train.pretrained {cfg.train.pretrained}")
        if ptq.is_float_model(qmodel):  # a float network: post-training quantization
            user_float = qmodel
            qmodel, ptq_report = ptq.quantize(user_float, data["x_train"], cfg.train.ptq)
            if reference == "auto":
                float_model = user_float
                reference_name = f"the pretrained float model {cfg.train.pretrained} (before PTQ)"
    else:
        qmodel = build(True)
        if cfg.train.init_from_float or (auto_inputs and not auto_after_qat):
            assert float_model is not None  # the config validator guarantees it
            history["float"] = _fit(float_model, cfg, fit_data, f"train float {family.name}", task=task)
        if cfg.train.init_from_float:
            copy_weights(float_model, qmodel)  # QAT starts from the float weights
        if auto_after_qat:  # QAT on the port grid; the trained network chooses the types below
            inputs, search_report = InputTypes.of(cfg.model.input_precision), None
        else:
            inputs, search_report = _input_types(cfg, info.feature_names, fit_data, float_model)
        qat_data = fit_data
        if not inputs.uniform:  # QAT sees the inputs on their per-feature grids, as the firmware will
            qat_data = {
                **fit_data,
                **{k: inputs.grid(fit_data[k]).astype(np.float32) for k in ("x_train", "x_val")},
            }
        desc = f"train QKeras {family.name}"
        charge = _bit_cost(cfg, inputs, input_shape)
        if cfg.train.pruning is not None:
            qmodel, history["qkeras"] = _fit_pruned(
                qmodel, lambda: build(True), cfg, qat_data, desc, task, charge=charge
            )
        else:
            if charge is not None:
                charge(qmodel)
            history["qkeras"] = _fit(qmodel, cfg, qat_data, desc, task=task)
    if auto_after_qat:  # the quantized network itself judges each narrowing (no retraining)
        inputs, search_report = _input_types(cfg, info.feature_names, fit_data, qmodel)
    elif cfg.train.pretrained:
        inputs, search_report = _input_types(cfg, info.feature_names, fit_data, None)
    if float_model is not None and "float" not in history and reference_name.startswith("a float"):
        history["float"] = _fit(float_model, cfg, fit_data, f"train float {family.name}", task=task)

    x_test_grid = inputs.grid(data["x_test"]).astype(np.float32)
    summary: dict[str, Any] = {
        "network": family_label(family.name, cfg.train.pretrained),
        "n_params": int(qmodel.count_params()),
        "epochs_run": {k: len(v.get("loss", [])) for k, v in history.items()},
        "weights": pruning_report(qmodel),
    }
    if task == "classification":  # the keys jet runs always had
        summary["test_accuracy_qkeras"] = _accuracy(qmodel, x_test_grid, data["y_test"])
        if float_model is not None:
            summary["test_accuracy_float"] = _accuracy(float_model, data["x_test"], data["y_test"])
    else:
        summary["task"] = task
        summary["test_qkeras"] = _task_metrics(task, qmodel(x_test_grid, training=False), data["y_test"])
        if float_model is not None:
            summary["test_float"] = _task_metrics(
                task, float_model(data["x_test"], training=False), data["y_test"]
            )
    summary["float_reference"] = reference_name
    if bitcost.charged_layers(qmodel):  # the bit-operations of its quantized weights (fpgaml.bitcost)
        summary["ebops"] = bitcost.ebops(qmodel, inputs.widths(int(input_shape[-1])), cfg.model.act_bits)
    if not inputs.uniform:
        summary["input_types"] = {
            "types": dict(zip(info.feature_names, inputs.texts or [], strict=False)),
            "bits": inputs.bits(),
            "bits_port": inputs.port.width * len(inputs.features),
            "dropped": [info.feature_names[n] for n in inputs.dropped],
        }
    if search_report is not None:
        write_json(out / "input_types.json", search_report.to_dict())
        summary["input_types"]["search"] = {
            k: getattr(search_report, k)
            for k in ("network", "accuracy_port", "accuracy_chosen", "tolerance_pp", "evaluations", "seconds")
        }
    failed: list[str] = []
    if ptq_report is not None:
        write_json(out / "ptq.json", ptq_report.to_dict())
        summary["ptq"] = {r.name: r.output_type or r.weight_type for r in ptq_report.layers}
        zeroed = {r.name: r.zeroed_fraction for r in ptq_report.layers if r.weights_zeroed}
        if zeroed:
            summary["ptq_zeroed_weights"] = zeroed
        failed += ptq_report.problems
    modelio.save_model(qmodel, out / "qkeras_model.h5")
    if float_model is not None:
        modelio.save_model(float_model, out / "float_model.h5")
    TrainInfo(
        family=family.name,
        input_shape=list(input_shape),
        n_classes=len(info.class_names) if task == "classification" else 0,
        class_names=info.class_names,
        feature_names=info.feature_names,
        standardization=info.standardization,
        standardized_in=info.standardized_in,
        input_precision=cfg.model.input_precision,
        input_types=inputs.texts,
        pretrained=cfg.train.pretrained,
        ends_in_softmax=ends_in_softmax(qmodel),
        float_reference=float_model is not None,
        float_reference_name=reference_name,
        ptq=ptq_report is not None,
        task=task,
        output_names=info.output_names or info.class_names,
    ).save(out)
    write_json(out / "history.json", history)
    return Outcome(summary, failed_checks=failed)


STAGE = Stage(
    name="train",
    doc="train the QKeras model and its float reference (or check a pretrained one)",
    produce=produce,
    reads=("data",),
    config=("model", "train", "seed"),
    inputs=_inputs,
    order=20,
)


def load_models(cfg: FlowConfig) -> Trained:
    """The QKeras model, the float reference (or None) and the metadata of a run's ``train`` artifact."""
    from fpgaml import modelio

    d = stage_dir("train", cfg)
    read_manifest(d, "train")
    meta = TrainInfo.load(d)
    # fpgaml wrote these files itself and checks them like any other (they hold no code).
    trust = {"trust_model_code": cfg.train.trust_model_code, "custom_modules": cfg.train.custom_modules}
    qmodel = modelio.load_model(d / "qkeras_model.h5", **trust)
    fpath = d / "float_model.h5"
    float_model = modelio.load_model(fpath, **trust) if fpath.exists() else None
    return Trained(qmodel=qmodel, float_model=float_model, meta=meta)
