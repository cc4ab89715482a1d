#!/usr/bin/env bash
# The whole test suite, from a fresh clone: installs what it needs into .venv, then checks
# lint, types and layering, runs every test, and builds and smoke-tests the PyInstaller bundle.
# System packages (Qt's xcb libraries, Xvfb, AT-SPI) come from .ci/run or your package manager.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[test]'
bash scripts/build-translations.sh
export QT_QPA_PLATFORM=offscreen
echo "== ruff";        .venv/bin/ruff check .
echo "== mypy";        .venv/bin/mypy
echo "== layering";    .venv/bin/lint-imports
echo "== pytest";      .venv/bin/python -m pytest -q -p no:cacheprovider "$@"
if [ -z "${KCC_SKIP_BUNDLE:-}" ]; then
  echo "== bundle";    bash scripts/build-bundle.sh
  dist/kcc-desk/kcc-desk --smoke && echo "bundle smoke test: ok"
fi
