"""The hls4ml backends fpgaml converts to: one registry, one entry per backend.

Everything fpgaml needs to know about a backend lives in its :class:`HlsBackend` entry: the hls4ml backend
name, the vendor HLS executables that synthesise its projects, the hls4ml template directories its writer
copies into a project (for slim reference projects, :mod:`fpgaml.csim.templates`), where the vendor tool
writes its C-synthesis report, how that report is labelled, and what its templates lack. Adding a backend
is one more ``BACKENDS.add(...)`` here (hls4ml must implement it; ``convert.backend`` then accepts it).
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass

from fpgaml.registry import Registry


@dataclass(frozen=True)
class HlsBackend:
    """One hls4ml backend as fpgaml uses it."""

    name: str
    #: vendor executables that run ``build_prj.tcl`` (the first on PATH is used)
    tools: tuple[str, ...]
    #: hls4ml template directories (under ``hls4ml/templates``) the writer copies into ``firmware/``, in
    #: order: later ones override files of earlier ones
    templates: tuple[str, ...]
    #: label of the numbers its synthesis report gives (an estimate before place-and-route)
    report_label: str
    #: C-synthesis reports, relative to the project directory
    report_glob: str = "*_prj/*/syn/report/*_csynth.xml"
    #: whether hls4ml's templates implement SimpleRNN for this backend
    simple_rnn: bool = False

    def tool(self) -> str | None:
        """The first of :attr:`tools` on PATH, or None."""
        for t in self.tools:
            if shutil.which(t):
                return t
        return None


BACKENDS: Registry[HlsBackend] = Registry("hls4ml backend")

BACKENDS.add(
    "Vitis",
    HlsBackend(
        name="Vitis",
        tools=("vitis_hls",),
        templates=("vivado/nnet_utils", "vitis/nnet_utils", "vivado/ap_types"),
        report_label="Vitis HLS report",
    ),
)
BACKENDS.add(
    "Vivado",
    HlsBackend(
        name="Vivado",
        tools=("vivado_hls",),
        templates=("vivado/nnet_utils", "vivado/ap_types"),
        report_label="Vivado HLS report",
    ),
)


def get_backend(name: str) -> HlsBackend:
    """The backend of that name (case-insensitive); an unknown name lists the options."""
    for known in BACKENDS.names():
        if known.lower() == str(name).lower():
            return BACKENDS.get(known)
    return BACKENDS.get(name)  # raises ConfigError listing the options
