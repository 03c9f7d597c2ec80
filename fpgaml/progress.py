"""Progress bars (tqdm) for long work: training epochs, C-simulation batches, RTL simulation."""

from __future__ import annotations

import os
import sys
from typing import Any

from tqdm.auto import tqdm

from fpgaml._keras import keras


def enabled() -> bool:
    """Bars on unless FPGAML_NO_PROGRESS=1 (the CLI's --quiet and --json set it)."""
    return os.environ.get("FPGAML_NO_PROGRESS") != "1"


def bar(total: int | None = None, desc: str = "", unit: str = "it", **kw: Any) -> tqdm:
    return tqdm(total=total, desc=desc, unit=unit, disable=not enabled(), file=sys.stderr, leave=False, **kw)


def keras_epoch_bar(epochs: int, desc: str) -> Any:
    """A Keras callback showing one bar over epochs with loss/accuracy as postfix."""

    class _EpochBar(keras().callbacks.Callback):
        def on_train_begin(self, logs: dict | None = None) -> None:
            self.bar = bar(epochs, desc, unit="epoch")

        def on_epoch_end(self, epoch: int, logs: dict | None = None) -> None:
            logs = logs or {}
            self.bar.set_postfix(
                {k: f"{v:.4f}" for k, v in logs.items() if k in {"loss", "val_loss", "val_acc"}}
            )
            self.bar.update(1)

        def on_train_end(self, logs: dict | None = None) -> None:
            self.bar.close()

    return _EpochBar()
