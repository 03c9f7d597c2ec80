"""Export targets: the verified firmware of a run as bundles the trigger can take (``fpgaml export``).

Every target turns the artifacts of one run into one directory another tool builds on its own:

==========  ===========================================================================================
``cmssw``   ``<Name>/<Name>_v<N>/``: the model's HLS sources in their own C++ namespace, an
            ``hls4mlEmulator::Model``, a Makefile for ``<Name>_v<N>.so`` as cmsdist builds it (the cms-hls4ml
            convention), a cmsdist spec, a scram tool file, a CppUnit test and golden vectors
``verilog`` the da4ml Verilog with every module prefixed by ``<Name>_v<N>``, a wrapper with reset and
            valid in/out, an AXI-Stream wrapper, an XDC clock, a self-checking SystemVerilog testbench
``hls``     the complete hls4ml project (top ``<Name>_v<N>``) for ``vitis_hls``, golden vectors in ``tb_data``
==========  ===========================================================================================

and each bundle carries a model card (:mod:`fpgaml.export.card`).

Writing a target
----------------
A target is one module of this package that declares ``TARGET = ExportTarget(name, doc, write, ...)``;
:func:`get_target` finds it (adding a target = adding one module). The declaration says everything the stage
needs to know about the target, so the stage never asks for a target by name:

* ``implementation``: which firmware the bundle carries (``"hls4ml HLS"`` or ``"da4ml RTL"``): the model card
  marks the latency, resources and bit-exactness rows of that implementation as the ones that apply;
* ``settings``: a :class:`~fpgaml.export.target.TargetSettings` model, the target's own config section
  ``export.<name>`` (validated when the config is loaded; ``ctx.settings`` in ``write``).

``write(ctx, out)`` gets an :class:`ExportContext` (the run's records, golden vectors, the model card's
interface part — ``ctx.card``, the one source of the input contract —, the target's settings, a scratch
directory) and an empty directory ``out`` (``<run>/export/<target>/``), writes the bundle there and returns a
:class:`TargetResult`: the directory that holds the model card (the bundle's root), the facts the card needs
beyond the common ones, and the results of its self-check. Every text of a bundle (C++, Verilog, Makefiles,
READMEs, specs) is a Jinja template under ``fpgaml/export/templates/<target>/`` rendered with
:func:`fpgaml.export.render.render` from ``card`` and the target's facts; no bundle text is written from a
Python string. A target that cannot serve this network (no RTL path) returns ``TargetResult.skipped(reason)``;
that is not an error of the export. The stage (:mod:`fpgaml.stages.export`) completes the cards, with the
sha256 of every file, after the target has returned.

The declaration, the base of the settings, the result records and the registry are in
:mod:`fpgaml.export.target`, the bottom of the package (it imports nothing of fpgaml but the registry class: the
export config, which ``fpgaml.config`` reads, validates with it); what a target gets and the helpers the targets
share are in :mod:`fpgaml.export.context`. The targets, the model card and the export config import from those
two modules, never from this package itself, which only hands their names on.

A self-check builds the bundle *as written* in the scratch directory (never inside the artifact) with the
tools the receiver uses (``make``, ``g++``, Verilator, Yosys) and runs its golden vectors; a difference of one
LSB is a failed check (exit 1).
"""

from fpgaml.export.context import (
    EMULATOR_INCLUDE,
    ExportContext,
    Golden,
    build_failed,
    camel_case,
    cpp_type,
    parse_check_output,
    reconvert,
    require_tool,
    run_tool,
    write_vectors,
)
from fpgaml.export.target import (
    DA4ML,
    HLS4ML,
    TARGETS,
    Check,
    ExportTarget,
    NoSettings,
    TargetResult,
    TargetSettings,
    get_target,
    target_names,
)

__all__ = [
    "DA4ML",
    "EMULATOR_INCLUDE",
    "HLS4ML",
    "TARGETS",
    "Check",
    "ExportContext",
    "ExportTarget",
    "Golden",
    "NoSettings",
    "TargetResult",
    "TargetSettings",
    "build_failed",
    "camel_case",
    "cpp_type",
    "get_target",
    "parse_check_output",
    "reconvert",
    "require_tool",
    "run_tool",
    "target_names",
    "write_vectors",
]
