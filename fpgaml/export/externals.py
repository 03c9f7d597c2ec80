"""The two CMSSW externals a model library is built against, laid out as cmsdist installs them.

cmsdist builds a cms-hls4ml model repository with ``make EMULATOR_EXTRAS=$HLS4MLEMULATOREXTRAS_ROOT
HLS_ROOT=$HLS_ROOT`` against

* ``hls4mlEmulatorExtras``: ``include/hls4ml/emulator.h``, ``include/ap_types/`` holding the HLS headers the
  ``hls`` external lacks (``hls_stream.h``, ``hls_math.h``, ``ap_shift_reg.h``, ``utils/x_hls_utils.h``) and
  ``lib64/libemulator_interface.so`` (the ``ModelLoader``);
* ``hls``: Xilinx's arbitrary-precision types (``include/ap_fixed.h``, ``ap_int.h``, ``etc/ap_private.h``, ...)
  and **no** ``hls_stream.h``.

A build against hls4ml's own ``ap_types`` (which has everything in one directory) hides a missing
``-I$(EMULATOR_EXTRAS)/include/ap_types``; so the cmssw export checks its bundle against a tree laid out like
those two externals. :func:`write_externals` writes such a tree from the pinned headers: the ``ap_types`` of
the installed hls4ml, split the way the two externals split them, and fpgaml's own ``hls4ml/emulator.h`` with
its ``ModelLoader`` (``fpgaml/export/emulator/``) compiled into ``lib64/libemulator_interface.so``. Nothing of
either external is copied into fpgaml. Outside CMSSW::

    python -m fpgaml.export.externals DIR      # DIR/hls4mlEmulatorExtras and DIR/hls
    make -C <Name> EMULATOR_EXTRAS=DIR/hls4mlEmulatorExtras HLS_ROOT=DIR/hls
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from fpgaml.csim.templates import _hls4ml_dir
from fpgaml.errors import FpgamlError, ToolMissingError

#: fpgaml's own emulator interface (header and loader source)
EMULATOR_DIR = Path(__file__).resolve().parent / "emulator"

#: what hls4mlEmulatorExtras ships in include/ap_types (and the hls external therefore lacks)
EXTRAS_AP_TYPES = ("hls_stream.h", "hls_math.h", "ap_shift_reg.h", "utils/x_hls_utils.h")

INTERFACE_LIBRARY = "libemulator_interface.so"


@dataclass(frozen=True)
class Externals:
    """An install tree of the two externals: ``extras`` (hls4mlEmulatorExtras) and ``hls``."""

    extras: Path
    hls: Path

    def make_args(self) -> list[str]:
        """The arguments cmsdist passes to ``make``."""
        return [f"EMULATOR_EXTRAS={self.extras}", f"HLS_ROOT={self.hls}"]


def hls4ml_ap_types() -> Path:
    """The ``ap_types`` of the pinned hls4ml (its Vivado/Vitis templates)."""
    return _hls4ml_dir() / "templates" / "vivado" / "ap_types"


def check_extras(path: Path) -> list[str]:
    """What an hls4mlEmulatorExtras installation at ``path`` lacks (empty: usable)."""
    need = ["include/hls4ml/emulator.h", f"lib64/{INTERFACE_LIBRARY}", "include/ap_types/hls_stream.h"]
    return [rel for rel in need if not (Path(path) / rel).is_file()]


def check_hls(path: Path) -> list[str]:
    """What an ``hls`` external at ``path`` lacks (empty: usable)."""
    return [rel for rel in ("include/ap_fixed.h", "include/ap_int.h") if not (Path(path) / rel).is_file()]


def write_externals(dest: Path, cxx: str | None = None) -> Externals:
    """Write ``dest/hls4mlEmulatorExtras`` and ``dest/hls`` (see the module docstring); returns their paths."""
    cxx = cxx or os.environ.get("CXX", "g++")
    if shutil.which(cxx) is None:
        raise ToolMissingError(
            f"building libemulator_interface.so needs the C++ compiler `{cxx}` (not on PATH)"
        )
    src = hls4ml_ap_types()
    dest = Path(dest)
    extras, hls = dest / "hls4mlEmulatorExtras", dest / "hls"
    for path in (extras, hls):
        if path.exists():
            raise FpgamlError(
                f"{path} exists: write_externals does not overwrite (choose an empty directory)"
            )
    moved = set(EXTRAS_AP_TYPES)
    for path in sorted(src.rglob("*")):
        if not path.is_file():
            continue
        rel = path.relative_to(src).as_posix()
        target = extras / "include" / "ap_types" / rel if rel in moved else hls / "include" / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target)
    missing = [rel for rel in EXTRAS_AP_TYPES if not (extras / "include" / "ap_types" / rel).is_file()]
    if missing:
        raise FpgamlError(
            f"the pinned hls4ml's ap_types ({src}) lack {missing}: cannot lay out the externals"
        )
    shutil.copytree(EMULATOR_DIR / "include" / "hls4ml", extras / "include" / "hls4ml")
    (extras / "lib64").mkdir(parents=True)
    cmd = [cxx, "-O2", "-fPIC", "-std=c++17", "-shared", f"-I{extras / 'include'}",
           str(EMULATOR_DIR / "src" / "hls4ml" / "emulator.cc"), "-o", str(extras / "lib64" / INTERFACE_LIBRARY),
           "-ldl"]  # fmt: skip
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise FpgamlError(
            f"building {INTERFACE_LIBRARY} failed (exit {proc.returncode}):\n{proc.stderr[-3000:]}"
        )
    return Externals(extras=extras, hls=hls)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m fpgaml.export.externals",
        description="Write stand-ins of the CMSSW externals hls4mlEmulatorExtras and hls (from the pinned hls4ml "
        "headers and fpgaml's emulator interface) into DIR, for building a cmssw export bundle outside CMSSW.",
    )
    parser.add_argument("dir", type=Path, help="directory to write hls4mlEmulatorExtras/ and hls/ into")
    args = parser.parse_args(argv)
    try:
        ext = write_externals(args.dir)
    except FpgamlError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(" ".join(ext.make_args()))
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
