"""Stage ``train``: quantization-aware training of the QKeras model and its float reference.

Writes ``<run>/train/``: ``qkeras_model.h5``, ``float_model.h5`` (if ``train.float_reference``),
``meta.json`` (family, shapes, classes, standardisation, input precision) and ``history.json``.
With ``train.pretrained`` the user's QKeras model is checked (no code runs from the file unless trusted)
and used instead of training.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from fpgaml import bitcost, modelio, progress, pruning, ptq, ramp
from fpgaml import inputs as per_feature
from fpgaml._keras import keras
from fpgaml.artifacts import Outcome, write_json
from fpgaml.errors import ConfigError, UnsupportedModelError
from fpgaml.ir import FixedType, InputTypes
from fpgaml.ir.parse import MULTI_INPUT_HINT, MULTI_OUTPUT_HINT
from fpgaml.models import FAMILIES, BuildContext
from fpgaml.models.base import copy_weights, ends_in_softmax
from fpgaml.pruning import sparsity_report
from fpgaml.records import Interface, TrainInfo, family_label
from fpgaml.records import (
    Trained as Trained,  # the train artifact's records, re-exported where they are written
)
from fpgaml.records import interface as interface
from fpgaml.records import load_models as load_models
from fpgaml.stage import Flag, Stage, StageContext
from fpgaml.stages.data import DataInfo, load_labels, load_split

if TYPE_CHECKING:  # pragma: no cover
    from fpgaml.config import FlowConfig
    from fpgaml.ir import InputTypes


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

    shape = model.input_shape
    if isinstance(shape, list):
        raise UnsupportedModelError(
            f"train.pretrained: {path} has {len(shape)} inputs; fpgaml needs exactly one: {MULTI_INPUT_HINT}"
        )
    got = tuple(None if d is None else int(d) for d in shape[1:])
    if got != input_shape:
        raise ConfigError(f"train.pretrained: {path} expects inputs {got}, the data has {input_shape}")
    out = model.output_shape
    if isinstance(out, list):
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

    k = keras()
    if task == "classification":
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

    k = keras()
    k.utils.set_random_seed(cfg.train.seed_or(cfg.seed))
    epochs = cfg.train.epochs if epochs is None else epochs
    if compile_model:
        _compile(model, task, cfg.train.learning_rate)
    callbacks = list(extra_callbacks or [])
    ramped = ramp.callbacks(model)  # the bit-cost ramp's (fpgaml.ramp): beta per epoch, checkpoints
    if ramped is not None:
        callbacks += ramped
    elif early_stopping:
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

    bits = inputs.widths(int(input_shape[-1]))
    if bc.ramping:  # beta rises over the epochs (fpgaml.ramp)
        return ramp.charge(bc, bits, cfg.model.act_bits)

    def charge(model: Any) -> None:
        model.add_loss(bitcost.term(model, bc.beta, bc.neuron, bits, cfg.model.act_bits))

    return charge


def _input_types(
    cfg: FlowConfig, feature_names: list[str], data: dict[str, np.ndarray], judge: Any | None
) -> tuple[InputTypes, Any]:
    """The firmware's input types (``model.input_features``) and, for ``auto``, the search's report: ``judge``
    is the network whose validation accuracy decides (``model.input_features_network``)."""

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


@dataclass
class _Data:
    """What the train stage reads from the data artifact, and what follows from it and the config."""

    info: DataInfo
    data: dict[str, np.ndarray]  # x_/y_ of train, val, test
    fit_data: dict[str, np.ndarray]  # what the networks fit (an autoencoder's: the background only)
    input_shape: tuple[int, ...]
    family: Any

    @property
    def task(self) -> str:
        return self.info.task


@dataclass
class _Networks:
    """The networks the train stage made, and what it learned making them."""

    qmodel: Any = None
    float_model: Any | None = None
    reference_name: str = "none"
    ptq_report: Any | None = None
    inputs: Any = None  # InputTypes
    search_report: Any | None = None  # model.input_features: auto
    history: dict[str, Any] = field(default_factory=dict)


def _read_data(cfg: FlowConfig) -> _Data:
    """The splits, the task and the family, checked against each other."""

    info = DataInfo.of(cfg)
    data: dict[str, np.ndarray] = {}
    for split in ("train", "val", "test"):
        data[f"x_{split}"], data[f"y_{split}"], _ = load_split(cfg, split)
    input_shape = tuple(int(d) for d in data["x_train"].shape[1:])
    family = FAMILIES.get(cfg.model.family)
    family.params(cfg.model)  # validate model.params early
    if info.features == "arrays" and not cfg.train.pretrained:  # fpgaml builds the family's networks
        _family_input_rank(family, input_shape)
    fit_data = data
    if info.task == "autoencoder" and info.has_labels:
        fit_data = _background_only(data, {s: load_labels(cfg, s) for s in ("train", "val")})
    return _Data(info, data, fit_data, input_shape, family)


def _builder(cfg: FlowConfig, d: _Data) -> Callable[[bool], Any]:
    """``build(quantized)``: a fresh network of the family, from the same initial weights in every run."""

    n_outputs = d.info.n_outputs  # classes, regression targets, or the flattened input (autoencoder)

    def build(quantized: bool) -> Any:
        keras().utils.set_random_seed(cfg.train.seed_or(cfg.seed))  # the same initial weights in every run
        scaling = d.info.standardization if d.info.standardized_in == "firmware" else None
        model = d.family.build(
            BuildContext(d.input_shape, n_outputs, cfg.model, quantized=quantized, scaling=scaling)
        )
        _check_task(d.task, model, f"model.family {d.family.name!r}")
        return model

    return build


def _trust(cfg: FlowConfig) -> dict[str, Any]:
    return {"trust_model_code": cfg.train.trust_model_code, "custom_modules": cfg.train.custom_modules}


def _float_reference(cfg: FlowConfig, d: _Data, build: Callable[[bool], Any], nets: _Networks) -> None:
    """The float reference (``train.float_reference``): a float network of the family (trained later), or the
    user's float model file."""

    reference = cfg.train.float_reference
    if reference == "family" or (reference == "auto" and not cfg.train.pretrained):
        nets.float_model = build(False)
        nets.reference_name = f"a float {d.family.name} model of the same architecture, trained by fpgaml"
    elif cfg.train.float_reference_file:
        nets.float_model = modelio.load_model(cfg.train.float_reference_file, **_trust(cfg))
        check_pretrained(nets.float_model, cfg.train.float_reference_file, d.input_shape, d.info.class_names,
                         task=d.task, output_names=d.info.output_names)  # fmt: skip
        nets.reference_name = f"the user's float model {cfg.train.float_reference_file}"


def _pretrained(cfg: FlowConfig, d: _Data, nets: _Networks) -> None:
    """The user's network (``train.pretrained``), checked; a float one is quantized after training (PTQ)."""

    path = cfg.train.pretrained
    assert path is not None
    qmodel = modelio.load_model(path, weights=cfg.train.pretrained_weights, **_trust(cfg))
    check_pretrained(
        qmodel, path, d.input_shape, d.info.class_names, task=d.task, output_names=d.info.output_names
    )
    _check_task(d.task, qmodel, f"train.pretrained {path}")
    if ptq.is_float_model(qmodel):  # a float network: post-training quantization
        user_float = qmodel
        qmodel, nets.ptq_report = ptq.quantize(user_float, d.data["x_train"], cfg.train.ptq)
        if cfg.train.float_reference == "auto":
            nets.float_model = user_float
            nets.reference_name = f"the pretrained float model {path} (before PTQ)"
    nets.qmodel = qmodel


def _on_input_grid(inputs: InputTypes, fit_data: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """QAT sees the inputs on their per-feature grids, as the firmware will."""
    if inputs.uniform:
        return fit_data
    return {**fit_data, **{k: inputs.grid(fit_data[k]).astype(np.float32) for k in ("x_train", "x_val")}}


def _train_qkeras(cfg: FlowConfig, d: _Data, build: Callable[[bool], Any], nets: _Networks) -> None:
    """QAT of the family's QKeras network (from the float weights with ``train.init_from_float``, pruned with
    ``train.pruning``, charged with ``train.bit_cost``); the input types chosen before QAT unless the
    quantized network itself judges them afterwards."""

    auto_inputs = cfg.model.input_features == "auto"
    auto_after_qat = auto_inputs and cfg.model.input_features_network == "qkeras"
    family, task = d.family, d.task
    nets.qmodel = build(True)
    if cfg.train.init_from_float or (auto_inputs and not auto_after_qat):
        assert nets.float_model is not None  # the config validator guarantees it
        nets.history["float"] = _fit(
            nets.float_model, cfg, d.fit_data, f"train float {family.name}", task=task
        )
    if cfg.train.init_from_float:
        copy_weights(nets.float_model, nets.qmodel)  # QAT starts from the float weights
    if auto_after_qat:  # QAT on the port grid; the trained network chooses the types later
        nets.inputs = InputTypes.of(cfg.model.input_precision)
    else:
        nets.inputs, nets.search_report = _input_types(
            cfg, d.info.feature_names, d.fit_data, nets.float_model
        )
    qat_data = _on_input_grid(nets.inputs, d.fit_data)
    desc = f"train QKeras {family.name}"
    charge = _bit_cost(cfg, nets.inputs, d.input_shape)
    if cfg.train.pruning is not None:
        nets.qmodel, nets.history["qkeras"] = _fit_pruned(
            nets.qmodel, lambda: build(True), cfg, qat_data, desc, task, charge=charge
        )
    else:
        if charge is not None:
            charge(nets.qmodel)
        nets.history["qkeras"] = _fit(nets.qmodel, cfg, qat_data, desc, task=task)


def _networks(cfg: FlowConfig, d: _Data) -> _Networks:
    """The QKeras network, its float reference and the firmware's input types, trained or checked."""
    build = _builder(cfg, d)
    nets = _Networks()
    _float_reference(cfg, d, build, nets)
    if cfg.train.pretrained:
        _pretrained(cfg, d, nets)
    else:
        _train_qkeras(cfg, d, build, nets)
    if cfg.model.input_features == "auto" and cfg.model.input_features_network == "qkeras":
        # the quantized network itself judges each narrowing (no retraining)
        nets.inputs, nets.search_report = _input_types(cfg, d.info.feature_names, d.fit_data, nets.qmodel)
    elif cfg.train.pretrained:
        nets.inputs, nets.search_report = _input_types(cfg, d.info.feature_names, d.fit_data, None)
    if (
        nets.float_model is not None
        and "float" not in nets.history
        and nets.reference_name.startswith("a float")
    ):
        nets.history["float"] = _fit(
            nets.float_model, cfg, d.fit_data, f"train float {d.family.name}", task=d.task
        )
    return nets


def _test_figures(d: _Data, nets: _Networks) -> dict[str, Any]:
    """Test-set accuracy (classification) or the task's figures, of the QKeras network (inputs on the
    firmware's grid) and of the float reference."""
    data, task = d.data, d.task
    x_test_grid = nets.inputs.grid(data["x_test"]).astype(np.float32)
    out: dict[str, Any] = {}
    if task == "classification":  # the keys jet runs always had
        out["test_accuracy_qkeras"] = _accuracy(nets.qmodel, x_test_grid, data["y_test"])
        if nets.float_model is not None:
            out["test_accuracy_float"] = _accuracy(nets.float_model, data["x_test"], data["y_test"])
        return out
    out["task"] = task
    out["test_qkeras"] = _task_metrics(task, nets.qmodel(x_test_grid, training=False), data["y_test"])
    if nets.float_model is not None:
        out["test_float"] = _task_metrics(
            task, nets.float_model(data["x_test"], training=False), data["y_test"]
        )
    return out


def _input_types_summary(d: _Data, nets: _Networks) -> dict[str, Any]:
    """The per-feature input types in the summary (``model.input_features``), and the search's figures."""
    inputs, names = nets.inputs, d.info.feature_names
    out: dict[str, Any] = {
        "types": dict(zip(names, inputs.texts or [], strict=False)),
        "bits": inputs.bits(),
        "bits_port": inputs.port.width * len(inputs.features),
        "dropped": [names[n] for n in inputs.dropped],
    }
    if nets.search_report is not None:
        out["search"] = {
            k: getattr(nets.search_report, k)
            for k in ("network", "accuracy_port", "accuracy_chosen", "tolerance_pp", "evaluations", "seconds")
        }
    return out


def _summary(cfg: FlowConfig, d: _Data, nets: _Networks) -> dict[str, Any]:

    qmodel = nets.qmodel
    summary: dict[str, Any] = {
        "network": family_label(d.family.name, cfg.train.pretrained),
        "n_params": int(qmodel.count_params()),
        "epochs_run": {k: len(v.get("loss", [])) for k, v in nets.history.items()},
        "weights": sparsity_report(qmodel),
        **_test_figures(d, nets),
        "float_reference": nets.reference_name,
    }
    # the bit-operations of its quantized weights (fpgaml.bitcost), where the surrogate covers them all
    if bitcost.charged_layers(qmodel) and not bitcost.uncharged_layers(qmodel):
        widths = nets.inputs.widths(int(d.input_shape[-1]))
        summary["ebops"] = bitcost.ebops(qmodel, widths, cfg.model.act_bits)
    if not nets.inputs.uniform:
        summary["input_types"] = _input_types_summary(d, nets)
    if nets.ptq_report is not None:
        summary["ptq"] = {r.name: r.output_type or r.weight_type for r in nets.ptq_report.layers}
        zeroed = {r.name: r.zeroed_fraction for r in nets.ptq_report.layers if r.weights_zeroed}
        if zeroed:
            summary["ptq_zeroed_weights"] = zeroed
    return summary


def _write(out: Path, cfg: FlowConfig, d: _Data, nets: _Networks) -> None:
    """The networks, ``meta.json`` (:class:`TrainInfo`), ``history.json`` and the reports."""

    info = d.info
    if nets.search_report is not None:
        write_json(out / "input_types.json", nets.search_report.to_dict())
    if nets.ptq_report is not None:
        write_json(out / "ptq.json", nets.ptq_report.to_dict())
    modelio.save_model(nets.qmodel, out / "qkeras_model.h5")
    if nets.float_model is not None:
        modelio.save_model(nets.float_model, out / "float_model.h5")
    TrainInfo(
        family=d.family.name,
        interface=Interface.from_data(info, nets.inputs),
        pretrained=cfg.train.pretrained,
        ends_in_softmax=ends_in_softmax(nets.qmodel),
        float_reference=nets.float_model is not None,
        float_reference_name=nets.reference_name,
        ptq=nets.ptq_report is not None,
    ).save(out)
    write_json(out / "history.json", nets.history)


def produce(ctx: StageContext, out: Path) -> Outcome:
    cfg = ctx.cfg
    d = _read_data(cfg)
    nets = _networks(cfg, d)
    summary = _summary(cfg, d, nets)
    _write(out, cfg, d, nets)
    # a layer PTQ zeroed or whose signal it lost is a failed check (the artifact is written, to be read)
    return Outcome(
        summary, failed_checks=list(nets.ptq_report.problems) if nets.ptq_report is not None else []
    )


def _produce(ctx: StageContext, out: Path) -> Outcome:
    """With a bit-cost ramp (``train.bit_cost.beta: [start, end]``) the run's network is a checkpoint of the
    shared ramp training (:mod:`fpgaml.ramp`); otherwise :func:`produce`."""
    if ramp.ramping(ctx.cfg):
        return ramp.produce(ctx, out, produce)
    return produce(ctx, out)


STAGE = Stage(
    name="train",
    doc="train the QKeras model and its float reference (or check a pretrained one)",
    produce=_produce,
    reads=("data",),
    config=("model", "train", "seed"),
    inputs=_inputs,
    order=20,
    flags=(
        Flag(
            "--trust-model-code",
            "train.trust_model_code",
            "allow Lambda/custom layers in train.pretrained (runs code from the model file; "
            "same as train.trust_model_code: true) — only for files you trust",
            kind="true",
            in_run=True,
        ),
    ),
)
