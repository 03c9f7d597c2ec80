"""Bad jet data gives one DataError (an FpgamlError: exit code 2 through the CLI) that names the file, the jet
(row) and the column; each check is shown to fail on the bad file and to pass on the same file repaired."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from fpgaml.data import DataError
from fpgaml.data.sample import sample_path
from fpgaml.errors import FpgamlError

N_SMALL = 60


@pytest.fixture(scope="module")
def sample_arrays() -> dict[str, np.ndarray]:
    """The first N_SMALL jets of the shipped sample, as the arrays of an fpgaml sample npz."""
    with np.load(sample_path(), allow_pickle=False) as z:
        n = z["label"].shape[0]
        return {k: (z[k][:N_SMALL] if z[k].ndim and z[k].shape[0] == n else z[k]) for k in z.files}


def _npz(path: Path, arrays: dict[str, np.ndarray], **changes: np.ndarray) -> Path:
    np.savez(path, **{**arrays, **changes})
    return path


def test_data_error_is_one_hierarchy() -> None:
    import fpgaml.data.errors
    import fpgaml.errors

    assert fpgaml.errors.DataError is DataError is fpgaml.data.errors.DataError
    assert issubclass(DataError, FpgamlError) and issubclass(DataError, ValueError)
    assert DataError("x").exit_code == 2
    assert issubclass(fpgaml.data.errors.GeneratorError, DataError)


def test_cli_bad_data_exits_2_without_traceback(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from fpgaml.cli import main

    cfg = tmp_path / "c.yaml"
    missing = tmp_path / "jets_typo.h5"
    cfg.write_text(
        f"name: t\ndata: {{source: {missing}}}\npaths: {{runs: {tmp_path / 'runs'}, hls_projects: {tmp_path / 'h'}}}\n"
    )
    assert main(["data", str(cfg)]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert str(missing) in err and "no such file" in err
    assert not (tmp_path / "runs" / "t" / "data").exists()
