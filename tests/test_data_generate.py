"""Generator plumbing that needs neither g++ nor Pythia (the generation itself is not run in CI)."""

from __future__ import annotations

from pathlib import Path

import pytest

from fpgaml.data import DataError, GeneratorError
from fpgaml.data.generate import GenerationConfig, build_generator, generate, job_seed, plan_jobs
from fpgaml.data.sample import sample_path, write_sample


def test_plan_jobs_quotas_and_seeds(tmp_path: Path) -> None:
    cfg = GenerationConfig(jets_per_class=1001, jobs_per_class=4, seed=3)
    jobs = plan_jobs(cfg, tmp_path)
    for cls in ("g", "q", "W", "Z", "t"):
        assert sum(j.quota.get(cls, 0) for j in jobs) == 1001
    seeds = [j.seed for j in jobs]
    assert len(set(seeds)) == len(seeds)
    assert all(1 <= s <= 900_000_000 for s in seeds)
    assert {j.process for j in jobs} == {"qcd", "wjet", "zjet", "ttbar"}
    assert [j.seed for j in plan_jobs(cfg, tmp_path)] == seeds  # same config, same seeds
    assert job_seed(4, 0) != job_seed(3, 0)


def test_subset_of_classes(tmp_path: Path) -> None:
    jobs = plan_jobs(GenerationConfig(jets_per_class=10, jobs_per_class=1, classes=("W", "q")), tmp_path)
    assert sorted((j.process, tuple(j.quota)) for j in jobs) == [("qcd", ("q",)), ("wjet", ("W",))]


def test_existing_output_needs_force(tmp_path: Path) -> None:
    out = tmp_path / "jets.npz"
    out.write_bytes(b"keep me")
    with pytest.raises(DataError, match="force"):
        generate(out, GenerationConfig(jets_per_class=1))
    assert out.read_bytes() == b"keep me"


def test_sample_writer_needs_force(tmp_path: Path) -> None:
    out = tmp_path / "jets_v1.npz"
    out.write_bytes(b"keep me")
    with pytest.raises(DataError, match="force"):
        write_sample(sample_path(), out)
    assert out.read_bytes() == b"keep me"


def test_missing_compiler_is_explained(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CXX", str(tmp_path / "no-such-g++"))
    with pytest.raises(GeneratorError, match="g\\+\\+ was not found"):
        build_generator(cache_dir=tmp_path / "cache")
