#!/usr/bin/env bash
# Compile i18n/*.ts into resources/i18n/*.qm with Qt's lrelease (shipped in PySide6).
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p resources/i18n
shopt -s nullglob
for ts in i18n/*.ts; do
  .venv/bin/pyside6-lrelease -silent "$ts" -qm "resources/i18n/$(basename "${ts%.ts}").qm"
done
