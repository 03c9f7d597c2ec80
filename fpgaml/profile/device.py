"""The FPGA devices a budget can refer to (``fpgaml/profile/devices.yaml``, `fpgaml devices`)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

from fpgaml.errors import ConfigError


@dataclass(frozen=True)
class Device:
    name: str
    part: str
    family: str
    lut: int
    ff: int
    dsp: int
    bram36: int
    uram: int = 0

    def capacity(self, quantity: str) -> int:
        return {"lut": self.lut, "ff": self.ff, "dsp": self.dsp, "bram36": self.bram36}[quantity]


@cache
def devices() -> dict[str, Device]:
    """The device table shipped as ``fpgaml/profile/devices.yaml``."""
    text = resources.files("fpgaml.profile").joinpath("devices.yaml").read_text()
    return {k: Device(name=k, **v) for k, v in yaml.safe_load(text).items()}


def get_device(name: str) -> Device:
    table = devices()
    key = name.lower()
    if key in table:
        return table[key]
    for dev in table.values():  # a full part name works too
        if dev.part.lower() == key or key.startswith(f"xc{dev.name}"):
            return dev
    raise ConfigError(f"unknown device {name!r}; available: {', '.join(sorted(table))}")
