"""Every command fpgaml suggests in a message is one its CLI accepts (issue 26: a message once said
`fpgaml run CONFIG --from gpu_export`, which argparse refuses; the working one is `fpgaml gpu export CONFIG
--force`).

Two ways in: (1) every backticked `fpgaml ...` in a string of fpgaml's source is parsed by the CLI's own
parser (placeholders such as CONFIG filled in); a suggestion built from variables (an f-string) must be one of
the templates below, rendered here for every value it can take; (2) the messages the stage runner builds
(missing, stale and incomplete artifacts) are produced for every stage and their commands parsed.
"""

from __future__ import annotations

import ast
import re
import shlex
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import artifact

import fpgaml
from fpgaml.cli import build_parser
from fpgaml.config import load_config
from fpgaml.errors import ArtifactMissingError, StaleArtifactError
from fpgaml.stage import all_stages, check_upstream, get_stage

SOURCE = Path(fpgaml.__file__).resolve().parent
COMMAND = re.compile(r"(?<!`)`(fpgaml [^`]+)`(?!`)")
HOLE = "\x00"


def _stage_words() -> list[str]:
    return [" ".join(s.command) for s in all_stages()]


#: f-string suggestions (module, template with HOLE for each placeholder) -> every text they can become
TEMPLATES: dict[tuple[str, str], Any] = {
    ("artifacts.py", f"fpgaml {HOLE} CONFIG"): lambda: [f"fpgaml {w} CONFIG" for w in _stage_words()],
    ("sweep/results.py", f"fpgaml sweep {HOLE}"): lambda: ["fpgaml sweep SWEEP.yaml"],
    ("sweep/pick.py", f"fpgaml sweep {HOLE}"): lambda: ["fpgaml sweep SWEEP.yaml"],
    ("sweep/pick.py", f"fpgaml run {HOLE}"): lambda: ["fpgaml run CONFIG"],
    ("sweep/command.py", f"fpgaml sweep {HOLE}"): lambda: [
        "fpgaml sweep SWEEP.yaml",
        "fpgaml sweep pick SWEEP.yaml",
    ],
}


def _fill(word: str, files: dict[str, str]) -> str:
    return files.get(word, word)


def assert_accepted(command: str, files: dict[str, str], capsys: pytest.CaptureFixture) -> None:
    """``command`` (``fpgaml ...``, placeholders CONFIG, SWEEP.yaml, FILE, N, PP) parses with fpgaml's CLI."""
    words = shlex.split(command)
    assert words[0] == "fpgaml", command
    args = [_fill(w, files) for w in words[1:]]
    args = [{"N": "1", "PP": "1"}.get(a, a) for a in args]
    try:
        ns = build_parser().parse_args(args)
    except SystemExit as exc:
        if exc.code == 0:  # --version, --help
            capsys.readouterr()
            return
        err = capsys.readouterr().err
        pytest.fail(f"fpgaml suggests `{command}`, which its CLI refuses (exit {exc.code}): {err.strip()}")
    assert ns.command is not None, command


@pytest.fixture
def files(tmp_path: Path) -> dict[str, str]:
    cfg = tmp_path / "c.yaml"
    cfg.write_text(yaml.safe_dump({"name": "c", "paths": {"runs": str(tmp_path / "runs")}}))
    sweep = tmp_path / "s.yaml"
    sweep.write_text("base: c.yaml\npoints: [{}]\n")
    return {
        "CONFIG": str(cfg),
        "SWEEP.yaml": str(sweep),
        "FILE": str(tmp_path / "f.yaml"),
        "configs/dense_tagger.yaml": str(cfg),
    }


def _docs(tree: ast.AST) -> set[int]:
    """ids of the docstring and ``description=...`` string nodes of ``tree``."""
    out = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and body:
            first = body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                out.add(id(first.value))
        if isinstance(node, ast.keyword) and node.arg == "description":
            out |= {id(n) for n in ast.walk(node.value)}
    return out


def _suggestions() -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(literal commands, templates) in every string of fpgaml's source: (module, text)."""
    literal, templates = [], []
    for path in sorted(SOURCE.rglob("*.py")):
        module = str(path.relative_to(SOURCE))
        tree = ast.parse(path.read_text())
        prose = _docs(tree)  # docstrings and setting descriptions name commands, they do not suggest them
        for node in ast.walk(tree):
            if id(node) in prose:
                continue
            if isinstance(node, ast.JoinedStr):
                text = "".join(
                    v.value if isinstance(v, ast.Constant) else HOLE for v in node.values
                )  # a placeholder becomes HOLE
            elif isinstance(node, ast.Constant) and isinstance(node.value, str):
                text = node.value
            else:
                continue
            for m in COMMAND.finditer(text):
                (templates if HOLE in m.group(1) else literal).append((module, m.group(1)))
    return literal, templates


def test_every_literal_command_in_a_message_is_accepted(files, capsys):
    literal, _ = _suggestions()
    assert len(literal) >= 10  # the scan finds them
    for _module, command in literal:
        assert_accepted(command, files, capsys)


def test_every_command_template_is_known_and_each_rendering_is_accepted(files, capsys):
    _, templates = _suggestions()
    unknown = sorted({t for t in templates if t not in TEMPLATES})
    assert not unknown, (
        f"a suggested command built from variables; add its renderings to TEMPLATES: {unknown}"
    )
    for key in set(templates):
        for command in TEMPLATES[key]():
            assert_accepted(command, files, capsys)


@pytest.mark.parametrize("stage", [s.name for s in all_stages()])
def test_the_commands_that_make_or_remake_each_stage_are_accepted(stage, files, capsys):
    from fpgaml.stage import make_command, remake_command

    assert_accepted(make_command(stage), files, capsys)
    assert_accepted(remake_command(stage), files, capsys)


def test_a_stale_gpu_export_suggests_the_gpu_export_command(tmp_path, files, capsys):
    """The case of the issue: gpu bench on a gpu export made for another gpu setting."""
    cfg = load_config(files["CONFIG"])
    for stage in ("data", "train", "gpu_export"):
        with artifact(cfg, stage):
            pass
    changed = load_config(files["CONFIG"], ["gpu.opset=18"])
    with pytest.raises(StaleArtifactError) as info:
        check_upstream(get_stage("gpu_bench"), changed)
    commands = COMMAND.findall(str(info.value))
    assert commands == ["fpgaml gpu export CONFIG --force"], str(info.value)
    for command in commands:
        assert_accepted(command, files, capsys)
    # and a stale flow stage suggests the flow from there
    changed = load_config(files["CONFIG"], ["train.epochs=3"])
    with pytest.raises(StaleArtifactError) as info:
        check_upstream(get_stage("gpu_export"), changed)
    assert COMMAND.findall(str(info.value)) == ["fpgaml run CONFIG --from train"]


@pytest.mark.parametrize("stage", [s.name for s in all_stages()])
def test_a_missing_artifact_names_an_accepted_command(stage, files, capsys):
    from fpgaml.artifacts import read_manifest

    with pytest.raises(ArtifactMissingError) as info:
        read_manifest(
            Path(files["FILE"]).parent / "nowhere", stage, command=" ".join(get_stage(stage).command)
        )
    commands = COMMAND.findall(str(info.value))
    assert commands, str(info.value)
    for command in commands:
        assert_accepted(command, files, capsys)
