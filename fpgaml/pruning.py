"""Magnitude pruning during quantization-aware training (TensorFlow Model Optimization), layer by layer.

Why: in firmware a zero weight costs nothing. hls4ml's Latency strategy and da4ml's adder-only multiplications
both drop it, so the LUT count of a dense layer scales with its *non-zero* weights (and their non-zero bits).
Pruning is the standard way (hls4ml tutorials, Duarte et al. 2018) to trade a little accuracy for a lot of
logic.

How: :func:`wrap` clones the QKeras model with ``tfmot.sparsity.keras.prune_low_magnitude`` around each layer
that has a target sparsity (polynomial schedule from 0 to the target between ``begin_step`` and
``end_step``), keeping the weights; :func:`strip_into` copies the trained weights (masks applied) back into a
freshly built model of the family, so the saved network has exactly the structure and layer names of an
unpruned one, and nothing of tfmot in it. Only the QKeras model is pruned; the float reference stays dense.

Which layers: every *trainable* layer with a kernel whose layer kind declares itself prunable
(:attr:`fpgaml.ir.LayerKind.prunable`: the dense and conv1d kinds, QDense, QConv1D, Dense, Conv1D, and the
recurrent kind, QGRU/QLSTM/GRU/LSTM, whose cell's kernel *and* recurrent kernel are pruned to the target;
tfmot knows only the stock recurrent classes, so a QKeras one is given ``get_prunable_weights``).
Fixed, non-trainable matrices (the GNN's sender/receiver matrices) are never pruned.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np

from fpgaml._keras import keras
from fpgaml.errors import ConfigError
from fpgaml.ir.core import KINDS, quantizer_holder
from fpgaml.models.base import copy_weights

#: The matrices pruned in a layer (of the layer, or of a recurrent layer's cell).
_KERNELS = ("kernel", "recurrent_kernel")


def kernels(layer: Any) -> dict[str, Any]:
    """``{name: variable}`` of the matrices pruning acts on: a layer's kernel, a recurrent layer's cell's kernel
    and recurrent kernel."""
    holder = quantizer_holder(layer)
    return {n: getattr(holder, n) for n in _KERNELS if getattr(holder, n, None) is not None}


def _prunable(layer: Any) -> bool:
    kind = KINDS.of_keras_layer(layer)
    return kind is not None and kind.prunable and layer.trainable and bool(kernels(layer))


_PRUNABLE_CELL_CLASSES: dict[type, type] = {}


def _with_prunable_cell(layer_cls: type) -> type:
    """``layer_cls`` (a recurrent layer tfmot does not know, e.g. QGRU) with tfmot's ``PrunableLayer``
    interface: its cell's kernel and recurrent kernel are the prunable weights."""
    if layer_cls not in _PRUNABLE_CELL_CLASSES:
        import tensorflow_model_optimization as tfmot  # optional heavy dependency: imported on first use

        def get_prunable_weights(self: Any) -> list[Any]:
            return list(kernels(self).values())

        _PRUNABLE_CELL_CLASSES[layer_cls] = type(
            layer_cls.__name__,
            (layer_cls, tfmot.sparsity.keras.PrunableLayer),
            {"get_prunable_weights": get_prunable_weights},
        )
    return _PRUNABLE_CELL_CLASSES[layer_cls]


def prunable_layers(model: Any) -> list[str]:
    """Names of the layers :func:`wrap` can prune, in model order."""
    return [layer.name for layer in model.layers if _prunable(layer)]


def prunable_classes() -> list[str]:
    """The Keras classes of the kinds that declare themselves prunable (for messages)."""
    return [c for n in KINDS.names() if KINDS.get(n).prunable for c in KINDS.get(n).keras_classes]


def resolve_sparsity(model: Any, sparsity: float | Mapping[str, float]) -> dict[str, float]:
    """``{layer: target}`` from one target for every prunable layer or a per-layer mapping.

    Raises :class:`ConfigError` naming an unknown or unprunable layer and listing the prunable ones.
    """
    names = prunable_layers(model)
    if not names:
        raise ConfigError(
            f"train.pruning: model {model.name!r} has no prunable layer ({'/'.join(prunable_classes())})"
        )
    if isinstance(sparsity, Mapping):
        unknown = sorted(set(sparsity) - set(names))
        if unknown:
            raise ConfigError(
                f"train.pruning.sparsity: no prunable layer named {', '.join(map(repr, unknown))}; "
                f"prunable layers: {', '.join(names)}"
            )
        targets = {n: float(sparsity.get(n, 0.0)) for n in names}
    else:
        targets = {n: float(sparsity) for n in names}
    bad = {n: s for n, s in targets.items() if not 0.0 <= s < 1.0}
    if bad:
        raise ConfigError(f"train.pruning.sparsity: targets must be in [0, 1): {bad}")
    return {n: s for n, s in targets.items() if s > 0.0}


def wrap(model: Any, targets: Mapping[str, float], begin_step: int, end_step: int) -> Any:
    """A clone of ``model`` with the layers in ``targets`` wrapped for pruning, carrying ``model``'s weights."""
    import tensorflow_model_optimization as tfmot  # optional heavy dependency: imported on first use
    from tensorflow_model_optimization.python.core.sparsity.keras.prune_registry import (  # optional heavy dep.
        PruneRegistry,
    )

    sparsity = tfmot.sparsity.keras

    # tfmot updates the masks only every `frequency` steps from begin_step on, and never after end_step:
    # about 20 updates, the last one exactly at end_step, where the target is reached.
    begin_step, span = int(begin_step), max(1, int(end_step) - int(begin_step))
    frequency = max(1, span // 20)
    end_step = begin_step + frequency * (span // frequency)

    def clone(layer: Any) -> Any:
        fresh = layer.__class__.from_config(layer.get_config())
        if layer.name not in targets:
            return fresh
        if getattr(fresh, "cell", None) is not None and not PruneRegistry.supports(fresh):
            fresh = _with_prunable_cell(layer.__class__).from_config(layer.get_config())
        schedule = sparsity.PolynomialDecay(
            initial_sparsity=0.0,
            final_sparsity=float(targets[layer.name]),
            begin_step=begin_step,
            end_step=end_step,
            frequency=frequency,
        )
        return sparsity.prune_low_magnitude(fresh, pruning_schedule=schedule)

    pruned = keras().models.clone_model(model, clone_function=clone)
    for src, dst in zip(model.layers, pruned.layers, strict=True):
        inner = getattr(dst, "layer", dst)  # a PruneLowMagnitude wrapper holds the layer
        inner.set_weights(src.get_weights())
    return pruned


def callbacks() -> list[Any]:
    """The Keras callbacks a pruned model needs while it trains."""
    import tensorflow_model_optimization as tfmot  # optional heavy dependency: imported on first use

    return [tfmot.sparsity.keras.UpdatePruningStep()]


def strip_into(pruned: Any, fresh: Any) -> Any:
    """Copy the trained weights of ``pruned`` (pruning masks applied) into ``fresh``, layer by layer."""
    import tensorflow_model_optimization as tfmot  # optional heavy dependency: imported on first use

    copy_weights(tfmot.sparsity.keras.strip_pruning(pruned), fresh)
    return fresh


def sparsity_report(model: Any) -> dict[str, Any]:
    """Fraction of zero *quantized* weights per layer with a kernel, and the non-zero weight count.

    The quantized kernel is what the firmware holds: QKeras' quantizer can round small weights to zero too.
    """
    layers: dict[str, dict[str, float | int]] = {}
    nonzero = total = 0
    for layer in model.layers:
        if not layer.trainable:
            continue
        size = nz = 0
        for name, kernel in kernels(layer).items():
            q = KINDS.weight_quantizer(layer, name)
            w = np.asarray(q(kernel).numpy() if q is not None else kernel.numpy())
            nz += int(np.count_nonzero(w))
            size += int(w.size)
        if not size:
            continue
        layers[layer.name] = {"weights": size, "nonzero": nz, "sparsity": round(1 - nz / size, 4)}
        nonzero += nz
        total += size
    return {"layers": layers, "nonzero_weights": nonzero, "weights": total}
