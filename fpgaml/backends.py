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
from pathlib import Path

from fpgaml.registry import Registry

#: C synthesis only: what ``fpgaml synth`` asks of the vendor tool (hls4ml's build options)
SYNTH_ONLY = {
    "reset": 1,
    "csim": 0,
    "synth": 1,
    "cosim": 0,
    "validation": 0,
    "export": 0,
    "vsynth": 0,
    "fifo_opt": 0,
}


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
    #: how its ``build_prj.tcl`` takes the build options: from ``build_opt.tcl`` (Vitis) or as arguments
    options_in_file: bool = False

    def tool(self) -> str | None:
        """The first of :attr:`tools` on PATH, or None."""
        for t in self.tools:
            if shutil.which(t):
                return t
        return None

    def synth_command(self, tool: str, project_dir: Path, options: dict[str, int] = SYNTH_ONLY) -> list[str]:
        """The command that runs ``build_prj.tcl`` with ``options`` in ``project_dir`` (as hls4ml's backend
        ``build()`` does); for a backend that reads ``build_opt.tcl`` that file is written first."""
        if self.options_in_file:
            body = "".join(f"    {k:<10} {v}\n" for k, v in options.items())
            (Path(project_dir) / "build_opt.tcl").write_text("array set opt {\n" + body + "}\n")
            if tool == "vitis-run":
                return [tool, "--tcl", "build_prj.tcl", "--mode", "hls"]
            return [tool, "-f", "build_prj.tcl"]
        return [tool, "-f", "build_prj.tcl", " ".join(f"{k}={v}" for k, v in options.items())]


BACKENDS: Registry[HlsBackend] = Registry("hls4ml backend")

BACKENDS.add(
    "Vitis",
    HlsBackend(
        name="Vitis",
        tools=("vitis-run", "vitis_hls"),
        templates=("vivado/nnet_utils", "vitis/nnet_utils", "vivado/ap_types"),
        report_label="Vitis HLS report",
        options_in_file=True,
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
