"""Bundle text from templates: every C++, Verilog, Makefile, spec and README of an export bundle is a Jinja
template shipped with fpgaml (``fpgaml/export/templates/<target>/``), rendered from the model card and the
target's facts.

The templates share ``common/contract.j2``: the input contract (raw or standardised inputs, the per-feature
offset/scale or mean/std, the input and output C++ types) written from the card, once per comment syntax.
Every README, source comment and snippet that states the contract includes it, so a bundle cannot disagree
with its card (``tests/test_export.py`` reads every bundle's text back and compares it with the card).

Undefined variables are errors (``StrictUndefined``): a template never renders a silent blank.
"""

from __future__ import annotations

import math
import re
from functools import cache
from pathlib import Path
from typing import Any

import jinja2

TEMPLATES = Path(__file__).resolve().parent / "templates"

#: the lines that open and close the machine-readable input contract in every bundle text
CONTRACT_BEGIN = "fpgaml:input-contract"
CONTRACT_END = "/fpgaml:input-contract"


@cache
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
    )
    env.filters["exact"] = exact
    env.filters["split_lines"] = lambda text: str(text).splitlines()
    env.filters["oneline"] = oneline
    env.filters["product"] = lambda values: int(math.prod(int(v) for v in values))
    env.filters["hexw"] = lambda value, bits: format(int(value), f"0{max(1, (int(bits) + 3) // 4)}x")
    env.globals["CONTRACT_BEGIN"] = CONTRACT_BEGIN
    env.globals["CONTRACT_END"] = CONTRACT_END
    return env


def oneline(text: object) -> str:
    """``text`` on one line: control characters (a newline in a feature name from the user's data or config)
    become spaces, so a name can never leave the comment or table it is written into."""
    return re.sub(r"[\x00-\x1f\x7f]+", " ", str(text))


def exact(value: float) -> str:
    """A float as the shortest text that reads back as the same double (``repr``)."""
    return repr(float(value))


def render(template: str, **context: Any) -> str:
    """Render ``templates/<template>`` with ``context``."""
    return environment().get_template(template).render(**context)


def write(path: Path, template: str, **context: Any) -> Path:
    """Render ``template`` into ``path`` (parents created)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render(template, **context))
    return path


__all__ = [
    "CONTRACT_BEGIN",
    "CONTRACT_END",
    "TEMPLATES",
    "environment",
    "exact",
    "oneline",
    "render",
    "write",
]
