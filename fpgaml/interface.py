"""The network's interface: what it takes and what it gives. One typed record, read by every stage after
``train``.

The facts originate in two stages and are written once each:

* the **data** stage decides the task, the features and their names, the classes / output names, the input
  shape and the standardisation (:class:`DataInterface`, the part of ``data.json`` that describes the
  network's interface; ``DataInfo`` adds what only describes the data files);
* the **train** stage decides the firmware's input types (``model.input_features``: the port type and, per
  feature, a narrower type or ``drop``), and writes the whole :class:`Interface` once, in ``meta.json``.

Every later stage reads it from there (:func:`fpgaml.records.interface`); nothing copies single facts
into its own record. The HLS project is a deliverable handed on alone (``hls_projects/<name>/``), so its
``fpgaml.json`` carries the same record whole (``ProjectInfo.interface``), never re-assembled field by field.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from fpgaml.data.arrays import Task
from fpgaml.ir.core import InputTypes

#: where the standardisation is applied: "software" (the arrays in dataset.npz are standardised),
#: "firmware" (the arrays are the raw inputs; the network's first layer scales them) or "none"
StandardizedIn = Literal["software", "firmware", "none"]

#: the fields of :class:`Interface`, as older artifacts wrote them flat (read by :func:`from_flat`)
_FLAT = (
    "task", "feature_names", "class_names", "output_names", "input_shape", "standardization",
    "standardized_in", "input_precision", "input_types",
)  # fmt: skip


class DataInterface(BaseModel):
    """The interface as the data defines it (written by the data stage)."""

    model_config = ConfigDict(extra="ignore")

    #: classification (y: class indices), regression (y: (n, n_targets) values) or autoencoder (y: the
    #: flattened inputs)
    task: Task = "classification"
    #: one name per input feature (the last axis of the input)
    feature_names: list[str]
    #: the classes (classification; an autoencoder's labels), else empty
    class_names: list[str]
    #: one name per network output: the classes, the regression targets, or the flattened inputs
    output_names: list[str] = Field(default_factory=list)
    #: per sample, without the batch axis
    input_shape: list[int]
    #: ``mean``, ``std`` per feature (and ``feature_names``)
    standardization: dict[str, Any]
    standardized_in: StandardizedIn = "software"

    @property
    def n_outputs(self) -> int:
        """How many outputs the network must have for this data."""
        return len(self.output_names or self.class_names)

    @property
    def n_classes(self) -> int:
        return len(self.class_names) if self.task == "classification" else 0


class Interface(DataInterface):
    """The whole interface: the data's part and the firmware's input types (written by the train stage)."""

    #: the input port's type (``model.input_precision``), e.g. ``fixed<16,6>``
    input_precision: str
    #: per-feature input types within the port (``model.input_features``; "drop" = not read), None: every
    #: feature on ``input_precision``
    input_types: list[str] | None = None

    @property
    def inputs(self) -> InputTypes:
        """The firmware's input types (port and per feature): THE input type of the run."""
        return InputTypes.of(self.input_precision, self.input_types)

    @classmethod
    def from_data(cls, data: DataInterface, inputs: InputTypes) -> Interface:
        """The data's interface completed with the input types train chose."""
        fields = data.model_dump(include=set(DataInterface.model_fields))
        fields["output_names"] = data.output_names or data.class_names
        return cls(
            **fields,
            input_precision=str(inputs.port),
            input_types=inputs.texts,
        )


def from_flat(record: Any) -> Any:
    """A record's raw fields with ``interface`` built from the flat fields older artifacts wrote (a pydantic
    ``mode="before"`` validator step); anything else unchanged."""
    if not isinstance(record, dict) or "interface" in record:
        return record
    flat = {k: record[k] for k in _FLAT if k in record}
    if "input_precision" not in flat:
        return record
    out = {k: v for k, v in record.items() if k not in _FLAT}
    out["interface"] = {
        **flat,
        "output_names": flat.get("output_names") or flat.get("class_names", []),
        # the HLS project's fpgaml.json had no feature names: the standardisation's
        "feature_names": flat.get("feature_names")
        or (flat.get("standardization") or {}).get("feature_names", []),
    }
    return out


class InterfaceFacts:
    """Read-only shortcuts to ``self.interface`` for a record that holds the :class:`Interface` (they read it,
    they are not copies)."""

    interface: Interface

    @property
    def task(self) -> str:
        return self.interface.task

    @property
    def feature_names(self) -> list[str]:
        return self.interface.feature_names

    @property
    def class_names(self) -> list[str]:
        return self.interface.class_names

    @property
    def output_names(self) -> list[str]:
        return self.interface.output_names

    @property
    def input_shape(self) -> list[int]:
        return self.interface.input_shape

    @property
    def standardization(self) -> dict[str, Any]:
        return self.interface.standardization

    @property
    def standardized_in(self) -> str:
        return self.interface.standardized_in

    @property
    def input_precision(self) -> str:
        return self.interface.input_precision

    @property
    def input_types(self) -> list[str] | None:
        return self.interface.input_types

    @property
    def n_classes(self) -> int:
        return self.interface.n_classes

    @property
    def inputs(self) -> InputTypes:
        return self.interface.inputs


__all__ = ["DataInterface", "Interface", "InterfaceFacts", "StandardizedIn", "Task", "from_flat"]
