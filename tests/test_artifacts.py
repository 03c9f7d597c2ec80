from __future__ import annotations

from pathlib import Path

import pytest

from fpgaml.artifacts import Outcome, is_up_to_date, read_manifest, stage_output
from fpgaml.errors import ArtifactExistsError, ArtifactMissingError


def test_complete_stage_is_moved_into_place(tmp_path: Path) -> None:
    out = tmp_path / "stage"
    with stage_output(out, stage="s", fingerprint={"a": 1}, outcome=Outcome({"n": 3})) as tmp:
        assert tmp != out and not out.exists()
        (tmp / "f.txt").write_text(f"written in {tmp.resolve()}")
    m = read_manifest(out, "s")
    assert m.complete and m.summary == {"n": 3} and m.stage == "s"
    # paths recorded inside text files point at the final directory, not the partial one
    assert (out / "f.txt").read_text() == f"written in {out.resolve()}"
    assert is_up_to_date(out, {"a": 1}) and not is_up_to_date(out, {"a": 2})


def test_interrupted_stage_leaves_nothing(tmp_path: Path) -> None:
    out = tmp_path / "stage"
    with pytest.raises(KeyboardInterrupt), stage_output(out, stage="s", fingerprint={}) as tmp:
        (tmp / "half.bin").write_bytes(b"x")
        raise KeyboardInterrupt
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []


def test_existing_output_needs_force(tmp_path: Path) -> None:
    out = tmp_path / "stage"
    with stage_output(out, stage="s", fingerprint={"v": 1}) as tmp:
        (tmp / "old").write_text("1")
    with (
        pytest.raises(ArtifactExistsError, match="--force"),
        stage_output(out, stage="s", fingerprint={"v": 2}),
    ):
        pass
    assert (out / "old").exists()
    with stage_output(out, stage="s", fingerprint={"v": 2}, force=True) as tmp:
        (tmp / "new").write_text("2")
    assert (out / "new").exists() and not (out / "old").exists()
    assert is_up_to_date(out, {"v": 2})


def test_missing_or_incomplete_artifact_says_what_to_run(tmp_path: Path) -> None:
    with pytest.raises(ArtifactMissingError, match="run `fpgaml train CONFIG` first"):
        read_manifest(tmp_path / "train", "train")
    (tmp_path / "train").mkdir()
    (tmp_path / "train" / "manifest.json").write_text("{not json")
    with pytest.raises(ArtifactMissingError, match="corrupt"):
        read_manifest(tmp_path / "train", "train")
