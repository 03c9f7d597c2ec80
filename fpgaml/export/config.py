"""Config of ``fpgaml export``: the ``export`` section, and one sub-section per target, declared by the target.

The common keys (``targets``, ``name``, ``version``, ``n_vectors``, ``check``) are fields of
:class:`ExportConfig`. A target's own settings are a pydantic model the target declares
(``ExportTarget.settings``, :mod:`fpgaml.export.target`: the registry imports the target modules on
first use, when a config is validated); they live under ``export.<target>``::

    export:
      targets: [cmssw, verilog]
      cmssw: {emulator_extras: /cvmfs/.../hls4mlEmulatorExtras/1.1.4-..., hls_root: /cvmfs/.../hls/...}
      verilog: {synth: true}

so adding a target with settings touches only the target's module: the section is validated by the target's
model when the config is loaded (a misspelt key is an error naming it), and a setting left at its default is
not part of the export's fingerprint.
"""

from __future__ import annotations

import difflib
import re
from typing import Any

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SerializationInfo,
    SerializerFunctionWrapHandler,
    field_validator,
    model_serializer,
    model_validator,
)

from fpgaml.errors import KeyedValueError
from fpgaml.export.target import NoSettings, TargetSettings, get_target, target_names


class ExportConfig(BaseModel):
    """Hand-off bundles for the trigger (``fpgaml export``, see docs/export.md and :mod:`fpgaml.export`)."""

    # extra keys are the targets' own sections, validated by the targets' models (below)
    model_config = ConfigDict(extra="allow", validate_assignment=True)

    targets: list[str] = Field(
        default_factory=lambda: ["cmssw", "verilog", "hls"], min_length=1, description="export targets"
    )
    name: str | None = Field(
        None, pattern=r"^[A-Za-z][A-Za-z0-9_]*$", description="model name; default: the run name in CamelCase"
    )
    version: str = Field("1", description="model version (1, 2, 1p1, ...): the bundle is <name>_v<version>")
    n_vectors: int = Field(10000, gt=0, description="golden vectors per bundle (at most the C-sim test set)")
    check: bool = Field(True, description="build every bundle in a scratch directory and run its vectors")

    @field_validator("targets")
    @classmethod
    def _known_targets(cls, v: list[str]) -> list[str]:
        for name in v:
            get_target(name)  # ConfigError listing the targets
        if len(set(v)) != len(v):
            raise ValueError(f"a target is listed twice: {v}")
        return v

    @field_validator("version", mode="before")
    @classmethod
    def _version(cls, v: object) -> str:
        text = str(v)
        if isinstance(v, bool) or not isinstance(v, (int, str)) or not re.fullmatch(r"[0-9A-Za-z_]+", text):
            raise ValueError(f"{v!r}: a version is letters, digits and '_' (e.g. 1, 2, 1p1)")
        return text

    @model_validator(mode="after")
    def _target_sections(self) -> ExportConfig:
        extra = self.__pydantic_extra__ if self.__pydantic_extra__ is not None else {}
        names = target_names()
        for key in list(extra):
            if key not in names:
                common = [*type(self).model_fields, *names]
                close = [k for k in common if _similar(k, key)]
                hint = f"; did you mean {close[0]!r}?" if close else ""
                raise KeyedValueError(
                    key,
                    f"unknown key (misspelt?){hint} The export keys are {', '.join(type(self).model_fields)}, "
                    f"and one section per target with its own settings: {', '.join(names)}",
                )
            model = get_target(key).settings
            value = extra[key]
            if isinstance(value, model):
                continue
            if value is None:
                value = {}
            if not isinstance(value, dict):
                raise KeyedValueError(key, f"the settings of target {key!r} are a mapping, not {value!r}")
            try:
                extra[key] = model.model_validate(value)
            except ValueError as exc:  # pydantic's ValidationError: name the key inside the section
                errors = getattr(exc, "errors", None)
                if not callable(errors):
                    raise
                first = errors()[0]
                loc = ".".join(str(p) for p in first["loc"])
                msg = first["msg"].removeprefix("Value error, ")
                if first["type"] == "extra_forbidden":
                    msg = f"unknown key (misspelt?); the settings of {key!r} are {', '.join(model.model_fields)}"
                raise KeyedValueError(f"{key}.{loc}" if loc else key, msg) from None
        for key in names:  # every target with settings has its section (its defaults when not given)
            if key not in extra and get_target(key).settings.model_fields:
                extra[key] = get_target(key).settings()
        return self

    @model_serializer(mode="wrap")
    def _dump(self, handler: SerializerFunctionWrapHandler, info: SerializationInfo) -> dict[str, Any]:
        """Target sections left at their defaults are left out with ``exclude_defaults`` (the fingerprint);
        a full dump (``fpgaml config``) shows every target's settings with their defaults."""
        data = handler(self)
        if info.exclude_defaults:
            for key in list(self.__pydantic_extra__ or {}):
                if data.get(key) == {}:
                    data.pop(key)
        return data

    def settings(self, target: str) -> Any:
        """The settings of ``target`` (``export.<target>``; the target's defaults when not given)."""
        extra = self.__pydantic_extra__ or {}
        value = extra.get(target)
        return value if value is not None else get_target(target).settings()


def _similar(a: str, b: str) -> bool:
    return difflib.SequenceMatcher(None, a, b).ratio() >= 0.75


__all__ = ["ExportConfig", "NoSettings", "TargetSettings"]
