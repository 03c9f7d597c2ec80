"""Shared fixtures and helpers. Tests never write into the repository: every run directory lives under tmp_path.

The suite runs on pytest-xdist workers by default (``-n auto`` in pyproject.toml): each worker is one
process meant for one core, builds (C-sim libraries, Verilator models) go to one cache for the whole run
shared by every worker (``build_cache``), and a module whose tests share a module- or session-scoped fixture
of its own runs on one worker, so that fixture is built once (``pytest_collection_modifyitems``).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

try:  # pytest >= 9.2 keeps a node's id structured (see _put_groups_in_node_ids)
    from _pytest.nodeid import NodeId
except ImportError:  # older pytest: the id is the string pytest-xdist rewrites itself
    NodeId = None

os.environ.setdefault("FPGAML_NO_PROGRESS", "1")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
if os.environ.get("PYTEST_XDIST_WORKER"):
    # One worker per core: TensorFlow sizes its thread pools to every core at its first op (and cannot
    # change them after), so two workers on two cores would run four pools against each other. Set here,
    # before any test imports TensorFlow; subprocesses (the CLI, a sweep's workers) inherit it.
    for _var in ("TF_NUM_INTRAOP_THREADS", "TF_NUM_INTEROP_THREADS", "OMP_NUM_THREADS"):
        os.environ.setdefault(_var, "1")

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def run_root(factory: pytest.TempPathFactory) -> Path:
    """The run's base temporary directory, the same for every xdist worker (a worker's own base temporary
    directory is ``popen-gwN`` inside it)."""
    base = factory.getbasetemp()
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


@pytest.fixture(scope="session")
def build_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One build cache for the whole run, shared by every test and xdist worker: ``$FPGAML_CACHE`` (C-sim
    libraries of slim projects under ``csim/``, Verilator builds under ``rtl/``). Both are keyed on the
    content of what is built and written atomically (the RTL cache with a lock per item), so a design and
    Verilator's runtime library are compiled once per run, whichever test or worker asks first. A test that
    needs a cold cache (what a first build does) makes its own under ``tmp_path``."""
    path = run_root(tmp_path_factory) / "build_cache"
    path.mkdir(parents=True, exist_ok=True)
    return path


@pytest.fixture(scope="session")
def rtl_cache(build_cache: Path) -> Path:
    """``rtl.cache_dir`` of the run: the default one (``$FPGAML_CACHE/rtl``) under :func:`build_cache`."""
    return build_cache / "rtl"


@pytest.fixture(scope="session", autouse=True)
def _fpgaml_cache(build_cache: Path) -> Iterator[None]:
    """Point fpgaml's user cache at the run's :func:`build_cache` (tests never write to ``~/.cache``)."""
    old = os.environ.get("FPGAML_CACHE")
    os.environ["FPGAML_CACHE"] = str(build_cache)
    yield
    if old is None:
        os.environ.pop("FPGAML_CACHE", None)
    else:
        os.environ["FPGAML_CACHE"] = old


MAX_WORKERS = 8  # each worker imports TensorFlow and hls4ml (~1.5 GB); beyond 8 the longest module decides


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_auto_num_workers(config: pytest.Config) -> int | None:
    """``-n auto``: one worker per core this process may run on (a CI container's share, not the host's),
    at most :data:`MAX_WORKERS`; ``$PYTEST_XDIST_AUTO_NUM_WORKERS`` chooses another number."""
    if os.environ.get("PYTEST_XDIST_AUTO_NUM_WORKERS"):
        return None  # xdist's own hook reads it
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, MAX_WORKERS))


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Under ``--dist loadgroup``, keep each module that has a module/class/session-scoped fixture of its own
    (a trained model, a whole flow run) on one worker: ``xdist_group(<module>)``, so the fixture is built
    once, not once per worker that draws one of its tests. Tests of other modules are spread one by one."""
    for item in items:
        info = getattr(item, "_fixtureinfo", None)
        if info is None or item.get_closest_marker("xdist_group"):
            continue
        module = item.nodeid.split("::", 1)[0]
        for defs in info.name2fixturedefs.values():
            # defined in the module itself or in one of its classes (a conftest's fixtures are shared)
            if any(
                d.scope != "function" and (d.baseid == module or d.baseid.startswith(module + "::"))
                for d in defs
            ):
                item.add_marker(pytest.mark.xdist_group(module))
                break


@pytest.hookimpl(tryfirst=True)
def pytest_collection_finish(session: pytest.Session) -> None:
    """On an xdist worker under ``--dist loadgroup``: put each test's group into its node id, which is what
    the controller schedules by. pytest-xdist 3.8 does it in its own ``pytest_collection_modifyitems`` by
    writing ``item._nodeid``, which pytest 9.2 no longer reads (the id is ``item._id``): the group was lost
    and every test of a module with a fixture of its own was scheduled alone (the fixture built on every
    worker). Runs before xdist sends the collection to the controller; a no-op where xdist's took effect."""
    if not getattr(session.config.option, "loadgroup", False):  # set on the workers of a loadgroup run only
        return
    for item in session.items:
        names = {
            str(m.args[0] if m.args else m.kwargs.get("name", "default"))
            for m in item.iter_markers("xdist_group")
        }
        suffix = "@" + "_".join(sorted(names))
        if not names or item.nodeid.endswith(suffix):
            continue
        if NodeId is not None and hasattr(item, "_id"):
            item._id = NodeId.parse(item.nodeid + suffix)
        else:
            item._nodeid = item.nodeid + suffix


@contextlib.contextmanager
def artifact(cfg: Any, stage: str, status: str = "done") -> Iterator[Path]:
    """Write the artifact of ``stage`` for ``cfg`` by hand (no training, no conversion): the block fills
    the yielded directory; the manifest carries the fingerprint the stage would have for ``cfg``, so later
    stages accept it as up to date."""
    from fpgaml.artifacts import Outcome, stage_output
    from fpgaml.stage import fingerprint

    with stage_output(
        cfg.stage_dir(stage), stage=stage, fingerprint=fingerprint(stage, cfg), outcome=Outcome(status=status)
    ) as d:
        yield d


def reseal(directory: Path) -> None:
    """Record the present content of an artifact in its manifest, as if its stage had written it. For tests
    that edit an artifact on purpose (a firmware one LSB off) to show that a later check fails: without this,
    the edit itself is refused (the artifact is not as fpgaml wrote it)."""
    from fpgaml.artifacts import MANIFEST, Manifest, hash_files, write_json

    directory = Path(directory)
    manifest = Manifest.model_validate_json((directory / MANIFEST).read_bytes())
    manifest.files = hash_files(directory)
    write_json(directory / MANIFEST, manifest.model_dump(mode="json"))
