#!/usr/bin/env bash
# Build the one-folder PyInstaller bundle in dist/kcc-desk (see build.spec).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build-translations.sh  # the bundle must carry the compiled .qm files
.venv/bin/pyinstaller --noconfirm --clean --log-level WARN build.spec
