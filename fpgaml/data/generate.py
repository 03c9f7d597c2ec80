"""Generate a five-class jet dataset (g, q, W, Z, t) with Pythia 8 and fjcore.

Optional extra ``fpgaml[generate]``: needs g++ and the Pythia 8.318 C++ sources. It is never used by the default
install, by the loader or by CI; the shipped sample (``fpgaml/data/sample``) was made with it.

How it works
------------
1. :func:`build_generator` takes the Pythia sources from the ``pythia8mc`` sdist (downloaded with
   ``pip download --no-binary :all: --no-deps pythia8mc==8.318.0`` unless a path is given), compiles the 107
   library sources once into a cache directory (``~/.cache/fpgaml/pythia-8.318``, object files kept, so a
   rebuild only recompiles what changed) and links the small C++ driver ``fpgaml/data/cpp/jetgen.cc``.
2. :func:`generate` runs one driver process per job (at most ``workers`` at a time, each with its own seed),
   every job asks for a quota of jets of its classes, and the jobs' binary outputs are merged into one npz.
3. :func:`write_sample` turns that full file into the compact, versioned sample shipped with fpgaml.

Physics (see also ``docs/data.md``)
-----------------------------------
* pp at 13 TeV, default Pythia 8.318 tune (Monash), MPI, ISR, FSR and hadronisation on.
* Processes, all with ``800 < pTHat < 1300 GeV``: QCD 2->2 (``HardQCD:all``) for g and q jets;
  ``q qbar -> W g``, ``q g -> W q`` with W -> q q' (W+jet); the same with a pure Z (``WeakZ0:gmZmode = 2``),
  Z -> q qbar (Z+jet); ``g g, q qbar -> t tbar`` with both W -> q q' (hadronic t tbar).
* Jets: anti-kT R = 0.8 (fjcore) on all visible final-state particles with |eta| < 5; kept if
  800 < pT < 1200 GeV and |eta| < 2.
* Labels (dR = pseudorapidity-azimuth distance to the jet axis):
  g / q: the nearest outgoing parton of the QCD hard process is within dR < 0.8 and is a gluon (g) or a
  u, d, s quark or antiquark (q); jets matched to c or b quarks are dropped.
  W / Z: the boson (its last copy before decay) is within dR < 0.8 AND both decay quarks are within dR < 0.8.
  t: the top is within dR < 0.8 AND its b quark and both quarks of its W are within dR < 0.8 ("fully
  contained" top). Jets of a process that match nothing (e.g. the recoiling jet of W+jet) are dropped.
"""

from __future__ import annotations

import json
import os
import queue
import shutil
import subprocess
import sys
import tarfile
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from fpgaml.data.errors import DataError, GeneratorError
from fpgaml.data.features import ecfs_numpy, hlf_from_jet_fields
from fpgaml.data.schema import CLASS_NAMES, HLF_NAMES

PYTHIA_VERSION = "8.318"
PYTHIA_PIP_SPEC = "pythia8mc==8.318.0"
CXXFLAGS = ["-O2", "-std=c++11", "-w"]
#: Pythia.cc wants a compiled-in default data path; the driver always passes the xmldoc path explicitly.
XMLDIR_DEFINE = '-DXMLDIR="share/Pythia8/xmldoc"'

#: Jet-level fields written by the C++ driver, in order (keep in sync with JET_FIELDS in cpp/jetgen.cc).
JET_FIELDS: tuple[str, ...] = (
    "pt", "eta", "phi", "mass", "energy", "mmdt_pt", "mmdt_eta", "mmdt_phi", "mmdt_mass", "mmdt_n",
    "tau1_b1", "tau2_b1", "tau3_b1", "zlogz", "multiplicity", "e2_b0", "e2_b1", "e2_b2", "e3_b1", "e3_b2",
    "e3_1_b1", "e3_1_b2", "e3_2_b1", "e3_2_b2", "truth_pt", "truth_dr", "event_index",
)  # fmt: skip
#: Per-constituent fields written by the driver.
PARTICLE_FIELDS: tuple[str, ...] = ("px", "py", "pz", "e", "pdg_id", "charge", "in_groomed")
#: Which driver process produces which classes.
PROCESS_CLASSES: dict[str, tuple[str, ...]] = {
    "qcd": ("g", "q"),
    "wjet": ("W",),
    "zjet": ("Z",),
    "ttbar": ("t",),
}
FULL_FORMAT = "fpgaml-jets-full"
FORMAT_VERSION = 1


def default_cache_dir() -> Path:
    """Where the Pythia build lives: ``$FPGAML_CACHE/pythia-8.318`` or ``~/.cache/fpgaml/pythia-8.318``."""
    root = os.environ.get("FPGAML_CACHE") or os.path.join(os.path.expanduser("~"), ".cache", "fpgaml")
    return Path(root) / f"pythia-{PYTHIA_VERSION}"


def driver_source() -> Path:
    """The C++ driver shipped with fpgaml."""
    return Path(__file__).resolve().parent / "cpp" / "jetgen.cc"


# --------------------------------------------------------------------------------------------- build


@dataclass
class GeneratorBuild:
    """A built generator: the driver executable and the Pythia data directory it needs."""

    executable: Path
    xmldoc: Path
    cache_dir: Path
    seconds: float
    n_compiled: int


def fetch_sdist(dest: Path) -> Path:
    """Download the pythia8mc sdist (the full Pythia C++ source with fjcore) with pip into ``dest``."""
    dest.mkdir(parents=True, exist_ok=True)
    cmd = [sys.executable, "-m", "pip", "download", "--no-binary", ":all:", "--no-deps", "-d", str(dest)]
    cmd.append(PYTHIA_PIP_SPEC)
    proc = subprocess.run(cmd, capture_output=True, text=True)
    found = sorted(dest.glob("pythia8mc-*.tar.gz"))
    if proc.returncode != 0 or not found:
        raise GeneratorError(
            f"could not download {PYTHIA_PIP_SPEC} with pip into {dest}:\n{proc.stderr[-2000:]}\n"
            "Download it elsewhere and pass its path (--pythia-sdist)."
        )
    return found[-1]


#: What the build and the runs need from the sdist: library sources, headers, and the data Pythia reads at
#: run time (settings database, tunes such as Monash2013-ee.cmnd, PDF grids, setups).
_SOURCE_DIRS = (
    "src/",
    "plugins/python/include/",
    "share/Pythia8/xmldoc/",
    "share/Pythia8/tunes/",
    "share/Pythia8/pdfdata/",
    "share/Pythia8/setups/",
)


def _extract_sources(sdist: Path, cache_dir: Path) -> None:
    """Unpack the parts of ``pythia8318/`` in :data:`_SOURCE_DIRS` from the sdist into cache_dir."""
    try:
        with tarfile.open(sdist, "r:gz") as tar:
            members = []
            for m in tar.getmembers():
                parts = m.name.split("/")
                if len(parts) < 3 or not parts[1].startswith("pythia83"):
                    continue
                rel = "/".join(parts[2:])
                if not rel.startswith(_SOURCE_DIRS):
                    continue
                if not (m.isfile() or m.isdir()):
                    continue
                m.name = rel
                members.append(m)
            if not members:
                raise GeneratorError(f"{sdist}: no pythia83xx/src tree inside; is this the pythia8mc sdist?")
            tar.extractall(cache_dir, members=members, filter="data")
    except (tarfile.TarError, OSError, EOFError) as exc:
        raise GeneratorError(f"{sdist}: cannot unpack the Pythia sources ({exc})") from exc


def _compile(cmd: list[str], out: Path) -> None:
    tmp = out.with_name(out.name + ".tmp")
    proc = subprocess.run([*cmd, "-o", str(tmp)], capture_output=True, text=True)
    if proc.returncode != 0:
        tmp.unlink(missing_ok=True)
        raise GeneratorError(f"compiling {out.name} failed:\n{' '.join(cmd)}\n{proc.stderr[-3000:]}")
    os.replace(tmp, out)


def _find_cxx() -> str:
    cxx = os.environ.get("CXX") or shutil.which("g++")
    if not cxx or not shutil.which(cxx):
        raise GeneratorError(
            "g++ was not found: the jet generator compiles Pythia 8 from source. "
            "Install a C++ compiler (Debian/Ubuntu: `apt-get install g++`) or set CXX."
        )
    return cxx


def _ensure_sources(cache_dir: Path, sdist: Path | None) -> None:
    """Pythia's sources and data files in ``cache_dir`` (unpacked from ``sdist``, fetched when None)."""
    share = cache_dir / "share" / "Pythia8"
    if not (cache_dir / "src" / "Pythia.cc").exists() or not all(
        (share / d).is_dir() for d in ("xmldoc", "tunes")
    ):
        if sdist is None:
            sdist = fetch_sdist(cache_dir / "download")
        _extract_sources(Path(sdist), cache_dir)


def _object_dir(cache_dir: Path, cxx: str) -> Path:
    """``cache_dir/obj``, emptied of object files compiled with other flags."""
    obj_dir = cache_dir / "obj"
    obj_dir.mkdir(exist_ok=True)
    flags_file = obj_dir / "cxxflags.txt"
    flags = " ".join([cxx, *CXXFLAGS])
    if flags_file.exists() and flags_file.read_text() != flags:
        for o in obj_dir.glob("*.o"):
            o.unlink()
    flags_file.write_text(flags)
    return obj_dir


def _build_library(cxx: str, cache_dir: Path, include: Path, jobs: int, verbose: bool) -> tuple[Path, int]:
    """``lib/libpythia8.a`` with the sources newer than their objects recompiled; (library, how many)."""
    sources = sorted((cache_dir / "src").glob("*.cc"))
    obj_dir = _object_dir(cache_dir, cxx)
    todo = []
    for src in sources:
        obj = obj_dir / (src.stem + ".o")
        if not obj.exists() or obj.stat().st_mtime < src.stat().st_mtime:
            todo.append((src, obj))
    if todo and verbose:
        print(f"compiling {len(todo)} of {len(sources)} Pythia sources with {jobs} jobs ...", flush=True)
    if todo:
        _run_parallel(
            [([cxx, *CXXFLAGS, XMLDIR_DEFINE, f"-I{include}", "-c", str(s)], o) for s, o in todo],
            jobs,
            verbose,
            "Pythia",
        )
    lib = cache_dir / "lib" / "libpythia8.a"
    lib.parent.mkdir(exist_ok=True)
    objs = [obj_dir / (s.stem + ".o") for s in sources]
    if todo or not lib.exists():
        tmp = lib.with_name("libpythia8.a.tmp")
        tmp.unlink(missing_ok=True)
        proc = subprocess.run(["ar", "rcs", str(tmp), *map(str, objs)], capture_output=True, text=True)
        if proc.returncode != 0:
            raise GeneratorError(f"archiving {lib} failed: {proc.stderr[-2000:]}")
        os.replace(tmp, lib)
    return lib, len(todo)


def build_generator(
    cache_dir: Path | None = None, sdist: Path | None = None, jobs: int = 2, verbose: bool = True
) -> GeneratorBuild:
    """Build (incrementally) the Pythia library and the jet driver; return where they are.

    Object files are kept in ``cache_dir/obj``: a second call recompiles only sources newer than their
    object (and the driver if ``jetgen.cc`` changed). Raises :class:`GeneratorError` if g++ is missing.
    """
    t0 = time.perf_counter()
    cxx = _find_cxx()
    cache_dir = Path(cache_dir) if cache_dir else default_cache_dir()
    cache_dir.mkdir(parents=True, exist_ok=True)
    include = cache_dir / "plugins" / "python" / "include"
    xmldoc = cache_dir / "share" / "Pythia8" / "xmldoc"
    _ensure_sources(cache_dir, sdist)
    lib, n_compiled = _build_library(cxx, cache_dir, include, jobs, verbose)
    exe = cache_dir / "bin" / "jetgen"
    exe.parent.mkdir(exist_ok=True)
    src = driver_source()
    if not exe.exists() or exe.stat().st_mtime < max(src.stat().st_mtime, lib.stat().st_mtime):
        if verbose:
            print("compiling the jet driver jetgen.cc ...", flush=True)
        _compile([cxx, *CXXFLAGS, f"-I{include}", str(src), str(lib), "-ldl", "-lpthread"], exe)
    return GeneratorBuild(exe, xmldoc, cache_dir, time.perf_counter() - t0, n_compiled)


def _run_parallel(tasks: list[tuple[list[str], Path]], jobs: int, verbose: bool, what: str) -> None:
    bar = _progress(len(tasks), f"build {what}", verbose)
    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        futures = [pool.submit(_compile, cmd, out) for cmd, out in tasks]
        try:
            for fut in futures:
                fut.result()
                bar.update(1)
        finally:
            bar.close()


def _progress(total: int, desc: str, enabled: bool, unit: str = "it") -> Any:
    try:
        from tqdm import tqdm  # optional heavy dependency: imported on first use
    except ImportError:  # pragma: no cover - tqdm is a dependency
        tqdm = None
    if tqdm is None or not enabled:

        class _Null:
            def update(self, n: int = 1) -> None: ...
            def set_postfix_str(self, s: str) -> None: ...
            def close(self) -> None: ...

        return _Null()
    return tqdm(total=total, desc=desc, unit=unit, dynamic_ncols=True)


# ------------------------------------------------------------------------------------------ generate


@dataclass
class GenerationConfig:
    """Settings of one generation. Every field ends up in the recipe JSON."""

    jets_per_class: int = 20_000
    seed: int = 1
    workers: int = 2
    jobs_per_class: int = 4
    n_store: int = 150
    ecm: float = 13000.0
    pthat: tuple[float, float] = (800.0, 1300.0)
    jet_pt: tuple[float, float] = (800.0, 1200.0)
    eta_max: float = 2.0
    max_events_per_job: int = 5_000_000
    nice: int = 10
    classes: tuple[str, ...] = ("g", "q", "W", "Z", "t")
    pythia_settings: list[str] = field(default_factory=list)


@dataclass
class _Job:
    index: int
    process: str
    quota: dict[str, int]
    seed: int
    out: Path
    events: int = 0
    jets: int = 0
    summary: dict[str, str] = field(default_factory=dict)
    seconds: float = 0.0


def job_seed(base_seed: int, index: int) -> int:
    """Pythia seed of job ``index``: distinct per job, inside Pythia's range 1..900000000."""
    return (base_seed * 7919 + index * 104729) % 900_000_000 + 1


def plan_jobs(config: GenerationConfig, workdir: Path) -> list[_Job]:
    """Split the per-class quota into jobs (each one driver process with its own seed)."""
    jobs: list[_Job] = []
    for process, classes in PROCESS_CLASSES.items():
        classes = tuple(c for c in classes if c in config.classes)
        if not classes:
            continue
        n = max(1, config.jobs_per_class)
        base, extra = divmod(config.jets_per_class, n)
        for k in range(n):
            quota_k = base + (1 if k < extra else 0)
            if quota_k == 0:
                continue
            i = len(jobs)
            jobs.append(
                _Job(
                    i,
                    process,
                    {c: quota_k for c in classes},
                    job_seed(config.seed, i),
                    workdir / f"job{i:03d}.bin",
                )
            )
    return jobs


def _job_args(config: GenerationConfig, job: _Job) -> list[str]:
    """Driver arguments of a job that decide its physics output (everything but paths)."""
    args = ["--process", job.process, "--seed", str(job.seed), "--max-events", str(config.max_events_per_job)]
    args += ["--quota", ",".join(f"{c}={n}" for c, n in job.quota.items()), "--n-store", str(config.n_store)]
    args += [
        "--pthat",
        f"{config.pthat[0]},{config.pthat[1]}",
        "--jet-pt",
        f"{config.jet_pt[0]},{config.jet_pt[1]}",
    ]
    args += ["--eta-max", str(config.eta_max), "--set", f"Beams:eCM = {config.ecm}"]
    for s in config.pythia_settings:
        args += ["--set", s]
    return args


def _run_job(build: GeneratorBuild, config: GenerationConfig, job: _Job, updates: queue.Queue) -> _Job:
    args = _job_args(config, job)
    cmd = [str(build.executable), "--out", str(job.out), "--xmldoc", str(build.xmldoc), *args]
    nice = config.nice

    def _pre() -> None:  # pragma: no cover - runs in the child
        if nice:
            os.nice(nice)

    t0 = time.perf_counter()
    proc = subprocess.Popen(
        cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, preexec_fn=_pre
    )
    tail: list[str] = []
    assert proc.stderr is not None
    for line in proc.stderr:
        line = line.strip()
        if line.startswith("PROGRESS"):
            _, ev, nj = line.split()
            updates.put((job.index, int(ev), int(nj)))
        elif line.startswith("SUMMARY"):
            job.summary = dict(item.split("=", 1) for item in line.split()[1:])
        else:
            tail = ([*tail, line])[-30:]
    rc = proc.wait()
    job.seconds = time.perf_counter() - t0
    if rc != 0 or not job.out.exists():
        raise GeneratorError(
            f"jet driver job {job.index} ({job.process}, seed {job.seed}) failed with exit code {rc}:\n"
            + "\n".join(tail)
        )
    job.events = int(job.summary.get("events", 0))
    job.jets = sum(int(job.summary.get(c, 0)) for c in ("g", "q", "W", "Z", "t"))
    meta = {"summary": job.summary, "seconds": job.seconds, "args": args}
    job.out.with_suffix(".json").write_text(json.dumps(meta))
    return job


def _load_finished(config: GenerationConfig, job: _Job) -> bool:
    """True if an earlier run already finished this job with the same arguments (output + summary there)."""
    meta_path = job.out.with_suffix(".json")
    if not (job.out.exists() and meta_path.exists()):
        return False
    try:
        meta = json.loads(meta_path.read_text())
    except ValueError:
        return False
    if meta.get("args") != _job_args(config, job):
        return False
    job.summary, job.seconds = meta["summary"], float(meta["seconds"])
    job.events = int(job.summary.get("events", 0))
    job.jets = sum(int(job.summary.get(c, 0)) for c in ("g", "q", "W", "Z", "t"))
    return True


def read_driver_output(path: Path) -> dict[str, np.ndarray]:
    """Read one binary file of the C++ driver: labels, jet fields, ragged constituents (offsets + rows)."""

    data = Path(path).read_bytes()
    if len(data) < 16 or data[:8] != b"FPGAJET1":
        raise DataError(f"{path}: not a jetgen output file (bad magic)")
    n_jf, n_pf = np.frombuffer(data, "<i4", 2, 8)
    if n_jf != len(JET_FIELDS) or n_pf != len(PARTICLE_FIELDS):
        raise DataError(
            f"{path}: driver wrote {n_jf} jet / {n_pf} particle fields, expected "
            f"{len(JET_FIELDS)} / {len(PARTICLE_FIELDS)} (rebuild the driver)"
        )
    if len(data) < 40 or data[-24:-16] != b"FPGAEND1":
        raise DataError(f"{path}: truncated jetgen output (no end marker)")
    n_records = int(np.frombuffer(data, "<i8", 1, len(data) - 16)[0])
    pos, end = 16, len(data) - 24
    labels, jets, offsets, parts = [], [], [0], []
    rec_jet = 4 * int(n_jf)
    while pos < end:
        label, _n_total, n_store = np.frombuffer(data, "<i4", 3, pos)
        pos += 12
        jets.append(np.frombuffer(data, "<f4", int(n_jf), pos))
        pos += rec_jet
        parts.append(
            np.frombuffer(data, "<f4", int(n_store) * int(n_pf), pos).reshape(int(n_store), int(n_pf))
        )
        pos += 4 * int(n_store) * int(n_pf)
        labels.append(label)
        offsets.append(offsets[-1] + int(n_store))
    if pos != end or len(labels) != n_records:
        raise DataError(f"{path}: corrupt jetgen output ({len(labels)} records, trailer says {n_records})")
    assert len(CLASS_NAMES) == 5
    return {
        "label": np.asarray(labels, dtype=np.int8),
        "jet": np.stack(jets).astype(np.float32) if jets else np.zeros((0, n_jf), np.float32),
        "offsets": np.asarray(offsets, dtype=np.int64),
        "particles": np.concatenate(parts).astype(np.float32) if parts else np.zeros((0, n_pf), np.float32),
    }


def generate(
    out: str | os.PathLike,
    config: GenerationConfig | None = None,
    *,
    cache_dir: Path | None = None,
    sdist: Path | None = None,
    force: bool = False,
    progress: bool = True,
) -> dict[str, Any]:
    """Generate labelled jets into the npz file ``out`` (full format) and return its recipe.

    The output is written to a temporary file in the same directory and renamed only when complete; an
    existing ``out`` is kept unless ``force=True``. The full format holds per jet the label, the driver's
    jet fields (:data:`JET_FIELDS`), the 16 high-level features and the pT-ordered constituents (up to
    ``config.n_store``) as a ragged array (``offsets`` + ``particles`` with :data:`PARTICLE_FIELDS`).
    """

    config = config or GenerationConfig()
    out = Path(out)
    if out.exists() and not force:
        raise DataError(f"{out}: exists; pass force=True (--force) to overwrite it")
    bad = [c for c in config.classes if c not in CLASS_NAMES]
    if bad:
        raise DataError(f"unknown classes {bad}; options: {list(CLASS_NAMES)}")
    build = build_generator(cache_dir, sdist, jobs=config.workers, verbose=progress)
    t_start = time.perf_counter()
    out.parent.mkdir(parents=True, exist_ok=True)
    # Job outputs live beside the output until the npz is written: an interrupted run resumes from the jobs
    # that finished (same config and seed => same jobs); the directory is removed at the end.
    workdir = out.with_name(out.name + ".jobs")
    workdir.mkdir(exist_ok=True)
    jobs = plan_jobs(config, workdir)
    todo = [j for j in jobs if not _load_finished(config, j)]
    total = sum(sum(j.quota.values()) for j in todo)
    updates: queue.Queue = queue.Queue()
    bar = _progress(total, "jets", progress, unit="jet")
    done_jets = {j.index: 0 for j in todo}
    done_events = {j.index: 0 for j in todo}
    stop = threading.Event()

    def _drain() -> None:
        while not stop.is_set() or not updates.empty():
            try:
                idx, ev, nj = updates.get(timeout=0.2)
            except queue.Empty:
                continue
            bar.update(nj - done_jets[idx])
            done_jets[idx], done_events[idx] = nj, ev
            dt = time.perf_counter() - t_start
            bar.set_postfix_str(
                f"{sum(done_jets.values()) / dt:.0f} jets/s, {sum(done_events.values()) / dt:.0f} events/s"
            )

    drain = threading.Thread(target=_drain, daemon=True)
    drain.start()
    try:
        with ThreadPoolExecutor(max_workers=max(1, config.workers)) as pool:
            list(pool.map(lambda j: _run_job(build, config, j, updates), todo))
    finally:
        stop.set()
        drain.join()
        bar.close()
    seconds = time.perf_counter() - t_start
    finished = jobs
    pieces = [read_driver_output(j.out) for j in finished]

    label = np.concatenate([p["label"] for p in pieces])
    jet = np.concatenate([p["jet"] for p in pieces])
    particles = np.concatenate([p["particles"] for p in pieces])
    offsets = [np.zeros(1, np.int64)]
    base = 0
    for p in pieces:
        offsets.append(p["offsets"][1:] + base)
        base += int(p["offsets"][-1])
    offsets_all = np.concatenate(offsets)
    hlf = hlf_from_jet_fields(jet, JET_FIELDS)

    stats = _statistics(finished, label, seconds)
    # on a resumed run, generation_seconds and jets_per_s cover only the jobs run this time
    stats["n_jobs"], stats["n_jobs_resumed"] = len(jobs), len(jobs) - len(todo)
    recipe = {
        "format": FULL_FORMAT,
        "format_version": FORMAT_VERSION,
        "generator": "Pythia " + PYTHIA_VERSION + " + fjcore (bundled), fpgaml/data/cpp/jetgen.cc",
        "pythia_version": PYTHIA_VERSION,
        "config": asdict(config),
        "jet_fields": list(JET_FIELDS),
        "particle_fields": list(PARTICLE_FIELDS),
        "hlf_names": list(HLF_NAMES),
        "class_names": list(CLASS_NAMES),
        "build_seconds": round(build.seconds, 1),
        "n_library_sources_compiled": build.n_compiled,
        **stats,
    }
    _atomic_savez(
        out,
        compressed=True,
        label=label,
        jet=jet,
        hlf=hlf,
        offsets=offsets_all,
        particles=particles,
        recipe=np.array(json.dumps(recipe)),
    )
    shutil.rmtree(workdir, ignore_errors=True)
    return recipe


def _statistics(jobs: list[_Job], label: np.ndarray, seconds: float) -> dict[str, Any]:

    per_process: dict[str, dict[str, float]] = {}
    for j in jobs:
        d = per_process.setdefault(
            j.process,
            {
                "events": 0,
                "candidates": 0,
                "labelled": 0,
                "jets_written": 0,
                "cpu_seconds": 0.0,
                "sigma_mb": 0.0,
                "jobs": 0,
            },
        )
        d["events"] += int(j.summary.get("events", 0))
        d["candidates"] += int(j.summary.get("candidates", 0))
        d["labelled"] += int(j.summary.get("labelled", 0))
        d["jets_written"] += j.jets
        d["cpu_seconds"] += j.seconds
        d["sigma_mb"] += float(j.summary.get("sigma_mb", 0.0))
        d["jobs"] += 1
        for c in ("g", "q"):
            if c in j.summary and j.process == "qcd":
                d[f"labelled_{c}_written"] = d.get(f"labelled_{c}_written", 0) + int(j.summary[c])
    for d in per_process.values():
        d["sigma_mb"] /= max(1, d["jobs"])
        d["labelling_efficiency"] = round(d["labelled"] / max(1, d["candidates"]), 4)
        d["events_per_s_per_worker"] = round(d["events"] / max(1e-9, d["cpu_seconds"]), 1)
        d["jets_per_s_per_worker"] = round(d["jets_written"] / max(1e-9, d["cpu_seconds"]), 1)
        d["cpu_seconds"] = round(d["cpu_seconds"], 1)
    counts = {c: int((label == i).sum()) for i, c in enumerate(CLASS_NAMES)}
    return {
        "n_jets": int(label.size),
        "counts": counts,
        "generation_seconds": round(seconds, 1),
        "jets_per_s": round(label.size / max(seconds, 1e-9), 1),
        "per_process": per_process,
        "seeds": {f"job{j.index:03d}": {"process": j.process, "seed": j.seed} for j in jobs},
    }


def _atomic_savez(out: Path, compressed: bool = True, **arrays: np.ndarray) -> None:
    """Write an npz next to ``out`` under a temporary name and rename it only when complete."""
    fd, tmp = tempfile.mkstemp(prefix=out.name + ".", suffix=".tmp", dir=out.parent)
    os.close(fd)
    try:
        with open(tmp, "wb") as fh:
            (np.savez_compressed if compressed else np.savez)(fh, **arrays)
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; give the file ordinary permissions
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def crosscheck_ecfs(full: str | os.PathLike, n_jets: int = 50) -> dict[str, float]:
    """Recompute the driver's ECFs of the first ``n_jets`` jets with numpy (:func:`ecfs_numpy`) from the
    stored groomed constituents; return the largest relative difference per ECF.

    Only jets whose constituents were all stored (multiplicity <= n_store) take part.
    """

    with np.load(full, allow_pickle=False) as z:
        jet, offsets, parts = z["jet"], z["offsets"], z["particles"]
    col = {f: i for i, f in enumerate(JET_FIELDS)}
    pcol = {f: i for i, f in enumerate(PARTICLE_FIELDS)}
    worst: dict[str, float] = {}
    used = 0
    for i in range(jet.shape[0]):
        if used >= n_jets:
            break
        p = parts[offsets[i] : offsets[i + 1]].astype(np.float64)
        if p.shape[0] != int(jet[i, col["multiplicity"]]):
            continue
        g = p[p[:, pcol["in_groomed"]] > 0.5]
        if g.shape[0] < 3:
            continue
        used += 1
        px, py, pz, e = (g[:, pcol[k]] for k in ("px", "py", "pz", "e"))
        pt = np.hypot(px, py)
        rap = 0.5 * np.log((e + pz) / (e - pz))
        phi = np.arctan2(py, px)
        for beta, names in (
            (1.0, ("e2_b1", "e3_b1", "e3_1_b1", "e3_2_b1")),
            (2.0, ("e2_b2", "e3_b2", "e3_1_b2", "e3_2_b2")),
        ):
            ref = ecfs_numpy(pt, rap, phi, beta)
            for key, name in zip(("e2", "e3", "e3_1", "e3_2"), names, strict=False):
                rel = abs(ref[key] - float(jet[i, col[name]])) / max(abs(ref[key]), 1e-30)
                worst[name] = max(worst.get(name, 0.0), rel)
    worst["n_jets_checked"] = float(used)
    return worst


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
