#!/usr/bin/env bash
# The HGQ2 peer's virtual environment in benchmarks/peers/hgq2/.venv (Keras 3 + JAX + hgq2 + da4ml, pinned in
# requirements.txt). HGQ2 ships its own `qkeras` module and needs Keras 3: it cannot live in fpgaml's .venv.
# Idempotent: a second run only checks. Used by benchmarks/bench_peers.py.
set -euo pipefail
cd "$(dirname "$0")"
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
want=$(sha256sum requirements.txt | cut -d' ' -f1)
if [ ! -f .venv/.installed ] || [ "$(cat .venv/.installed)" != "$want" ]; then
  .venv/bin/python -m pip install --quiet --upgrade pip
  .venv/bin/python -m pip install --quiet -r requirements.txt
  echo "$want" > .venv/.installed
fi
KERAS_BACKEND=jax .venv/bin/python -c "import hgq, da4ml, keras; print('hgq2 peer ready: keras', keras.__version__, 'backend', keras.backend.backend())"
