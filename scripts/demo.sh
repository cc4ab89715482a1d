#!/usr/bin/env bash
# Set up (into .venv) and start kcc-desk in training mode on its built-in demo server.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e .
bash scripts/build-translations.sh
exec .venv/bin/kcc-desk --demo "$@"
