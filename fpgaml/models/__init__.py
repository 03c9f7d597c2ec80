"""Model families: one registry, ``FAMILIES``, mapping a name to a :class:`ModelFamily`.

A family builds *both* networks from one function: the QKeras network (quantization-aware training) and
the float reference of the same architecture (``quantized=False``). Add a family by registering a
:class:`ModelFamily` in a module imported below.
"""

from __future__ import annotations

# Importing a family module registers it.
from fpgaml.models import cnn1d as _cnn1d  # noqa: F401
from fpgaml.models import dense as _dense  # noqa: F401
from fpgaml.models import gnn as _gnn  # noqa: F401
from fpgaml.models import recurrent as _recurrent  # noqa: F401
from fpgaml.models.base import FAMILIES, BuildContext, ModelFamily

__all__ = ["FAMILIES", "BuildContext", "ModelFamily"]
