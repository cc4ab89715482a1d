#!/usr/bin/env bash
# Extract tr()/QCoreApplication.translate() strings from kcc_desk/**/*.py into i18n/*.ts.
#
# Source strings are Dutch (B1). i18n/kcc_desk_nl.ts therefore maps Dutch → the same Dutch: after
# lupdate, every plain message without a translation gets its source text and is marked finished
# (plural messages are left for a person: Dutch "%n zaak" / "%n zaken" cannot be guessed).
# i18n/kcc_desk_en.ts holds the English translations, filled in with pyside6-linguist.
# Then run scripts/build-translations.sh to compile the .qm files.
#
# Gotchas (checked with pyside6-lupdate 6.12):
#  * lupdate only sees literal strings: self.tr(f"Hallo {naam}") is extracted as "Hallo {naam}" but
#    looked up at run time as "Hallo Piet" and never found. Use self.tr("Hallo {naam}").format(...).
#  * An alias such as T = QCoreApplication.translate is not recognised; call it by name.
#  * Passing a directory with -extensions py finds nothing: the .py files must be listed.
#  * self.tr() uses the class name as context at run time (type(self)), lupdate the class the call
#    is written in: in a base class that is subclassed, use QCoreApplication.translate("Ctx", ...).
set -euo pipefail
cd "$(dirname "$0")/.."
# (no mapfile: macOS ships bash 3.2; file names in this repo never contain newlines)
IFS=$'\n' read -r -d '' -a sources < <(find kcc_desk -name '*.py' -not -path '*/__pycache__/*' | sort; printf '\0') || true
for lang in nl en; do
  target=$([ "$lang" = nl ] && echo nl_NL || echo en_GB)
  .venv/bin/pyside6-lupdate -silent -no-obsolete -locations relative \
    -source-language nl_NL -target-language "$target" \
    "${sources[@]}" -ts "i18n/kcc_desk_${lang}.ts"
done
.venv/bin/python - i18n/kcc_desk_nl.ts <<'PY'
"""Dutch → Dutch: copy each unfinished singular source into its translation, marked finished."""
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1]
tree = ET.parse(path)
filled = plural = 0
for message in tree.iter("message"):
    translation = message.find("translation")
    if translation is None or translation.get("type") not in ("unfinished", None):
        continue
    if message.get("numerus") == "yes":
        plural += translation.get("type") == "unfinished"
        continue
    if translation.get("type") == "unfinished":
        # Also overwrites lupdate's "similar text" guesses: for Dutch the source is the answer.
        translation.text = message.findtext("source")
        del translation.attrib["type"]
        filled += 1
ET.indent(tree, space="    ")
with open(path, "wb") as handle:
    handle.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
    tree.write(handle, encoding="utf-8", xml_declaration=False)
    handle.write(b"\n")
print(f"{path}: {filled} Dutch messages filled in, {plural} plural messages still to do by hand")
PY
