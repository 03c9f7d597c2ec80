"""Model families: one registry, ``FAMILIES``, mapping a name to a :class:`ModelFamily`.

A family builds *both* networks from one function: the QKeras network (quantization-aware training) and
the float reference of the same architecture (``quantized=False``). Add a family by adding one module to this
package that declares ``FAMILY = ModelFamily(...)``: every module here is read once and its ``FAMILY`` is
registered (the builders get their resolved parameters in ``ctx.params``; nothing looks itself up by name).
"""

from __future__ import annotations

import importlib
import pkgutil

from fpgaml.models.base import FAMILIES, BuildContext, ModelFamily

for _info in pkgutil.iter_modules(__path__):
    _family = getattr(importlib.import_module(f"{__name__}.{_info.name}"), "FAMILY", None)
    if isinstance(_family, ModelFamily) and _family.name not in FAMILIES:
        FAMILIES.add(_family.name, _family)

__all__ = ["FAMILIES", "BuildContext", "ModelFamily"]
