#!/usr/bin/env bash
# Extract tr()/QCoreApplication.translate() strings from kcc_desk/**/*.py into i18n/*.ts.
#
# Usage: scripts/update-translations.sh            refresh i18n/kcc_desk_{nl,en}.ts
#        scripts/update-translations.sh --out DIR  write the .ts files into DIR instead (DIR's own
#                                                  .ts files are updated if present, else created;
#                                                  tests use this to see what the code contains)
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
#  * A module-level helper such as
#        def _tr(text: str) -> str:
#            return QCoreApplication.translate("Actions", text)
#    is not recognised by lupdate either (-tr-function-alias gives such calls an empty context).
#    This script handles that pattern itself: it copies the sources into a scratch tree, rewrites
#    each _tr("literal") call into QCoreApplication.translate("Actions", "literal") on the same line
#    (so the locations stay right) and runs lupdate there. Helpers that pass their text on to
#    another such helper (_tr → _translated(lang, text) → translate) are followed too. Only a
#    literal string argument can be extracted: _tr(some_variable) is not.
#  * The Qt-free services mark their texts with QT_TRANSLATE_NOOP("Context", "literal")
#    (kcc_desk/services/messages.py); lupdate finds that by name, no rewrite needed. The views
#    translate such a Message with kcc_desk.i18n.translated().
#  * Passing a directory with -extensions py finds nothing: the .py files must be listed.
#  * self.tr() uses the class name as context at run time (type(self)), lupdate the class the call
#    is written in: in a base class that is subclassed, use QCoreApplication.translate("Ctx", ...).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
out=$repo/i18n
# The tools come from the project's .venv; VENV_BIN=/other/venv/bin overrides (tests pass theirs).
bin=${VENV_BIN:-$repo/.venv/bin}
if [ "${1:-}" = "--out" ]; then
  [ -n "${2:-}" ] || { echo "usage: $0 [--out DIR]" >&2; exit 2; }
  mkdir -p "$2"
  out=$(cd "$2" && pwd)
fi
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
# (no mapfile: macOS ships bash 3.2; file names in this repo never contain newlines)
IFS=$'\n' read -r -d '' -a sources < <(find kcc_desk -name '*.py' -not -path '*/__pycache__/*' | sort; printf '\0') || true

# Copy the sources into the scratch tree, with translate-helper calls spelled out (see above).
"$bin/python" - "$scratch" "${sources[@]}" <<'PY'
"""Copy sources to argv[1], rewriting calls of translate helpers to QCoreApplication.translate."""
import ast
import json
import sys
from pathlib import Path


def _call_name(call: ast.Call) -> str | None:
    func = call.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _helpers(tree: ast.Module) -> dict[str, tuple[str, int]]:
    """Module-level functions whose parameter number i ends up as translate's source text:
    {name: (context, i)}. Followed through helpers calling helpers until nothing changes."""
    functions = [node for node in tree.body if isinstance(node, ast.FunctionDef)]
    found: dict[str, tuple[str, int]] = {}
    changed = True
    while changed:
        changed = False
        for function in functions:
            if function.name in found:
                continue
            params = [arg.arg for arg in function.args.posonlyargs + function.args.args]
            for node in ast.walk(function):
                if not isinstance(node, ast.Call):
                    continue
                name = _call_name(node)
                if name == "translate" and len(node.args) >= 2:
                    context_arg, text_arg = node.args[0], node.args[1]
                    if not (isinstance(context_arg, ast.Constant) and isinstance(context_arg.value, str)):
                        continue
                    context = context_arg.value
                elif isinstance(node.func, ast.Name) and name in found:
                    context, index = found[name]
                    if len(node.args) <= index:
                        continue
                    text_arg = node.args[index]
                else:
                    continue
                if isinstance(text_arg, ast.Name) and text_arg.id in params:
                    found[function.name] = (context, params.index(text_arg.id))
                    changed = True
                    break
    return found


def _offset(lines: list[str], lineno: int, col: int) -> int:
    """Character offset of a (1-based line, UTF-8 byte column) position."""
    line = lines[lineno - 1]
    return sum(len(previous) for previous in lines[: lineno - 1]) + len(
        line.encode("utf-8")[:col].decode("utf-8")
    )


def rewrite(source: str, path: str) -> tuple[str, int]:
    tree = ast.parse(source, path)
    helpers = _helpers(tree)
    if not helpers:
        return source, 0
    lines = source.splitlines(keepends=True)
    edits: list[tuple[int, int, str]] = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
            continue
        if node.func.id not in helpers:
            continue
        context, index = helpers[node.func.id]
        if len(node.args) <= index:
            continue
        text = node.args[index]
        if not (isinstance(text, ast.Constant) and isinstance(text.value, str)):
            continue  # a variable: cannot be extracted (nor by lupdate itself)
        start = _offset(lines, node.lineno, node.col_offset)
        end = _offset(lines, node.end_lineno or node.lineno, node.end_col_offset or 0)
        call = (
            f"QCoreApplication.translate({json.dumps(context)}, "
            f"{json.dumps(text.value, ensure_ascii=False)})"
        )
        # Same number of lines as the original call, so every later location stays right.
        edits.append((start, end, call + "\n" * source[start:end].count("\n")))
    for start, end, replacement in sorted(edits, reverse=True):
        source = source[:start] + replacement + source[end:]
    return source, len(edits)


scratch = Path(sys.argv[1])
for name in sys.argv[2:]:
    text = Path(name).read_text(encoding="utf-8")
    text, _count = rewrite(text, name)
    target = scratch / name
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
PY

# lupdate in the scratch tree, with the .ts files next to it as i18n/ so locations read ../kcc_desk/.
mkdir -p "$scratch/i18n"
for lang in nl en; do
  [ ! -f "$out/kcc_desk_${lang}.ts" ] || cp "$out/kcc_desk_${lang}.ts" "$scratch/i18n/"
done
(
  cd "$scratch"
  for lang in nl en; do
    target=$([ "$lang" = nl ] && echo nl_NL || echo en_GB)
    "$bin/pyside6-lupdate" -silent -no-obsolete -locations relative \
      -source-language nl_NL -target-language "$target" \
      "${sources[@]}" -ts "i18n/kcc_desk_${lang}.ts"
  done
)

"$bin/python" - "$scratch/i18n/kcc_desk_nl.ts" <<'PY'
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
print(f"kcc_desk_nl.ts: {filled} Dutch messages filled in, {plural} plural messages still to do by hand")
PY
cp "$scratch/i18n/kcc_desk_nl.ts" "$scratch/i18n/kcc_desk_en.ts" "$out/"
"$bin/python" - "$out/kcc_desk_en.ts" <<'PY'
import sys
import xml.etree.ElementTree as ET

todo = sum(
    1
    for translation in ET.parse(sys.argv[1]).iter("translation")
    if translation.get("type") == "unfinished"
)
print(f"kcc_desk_en.ts: {todo} messages still to translate (pyside6-linguist i18n/kcc_desk_en.ts)")
PY
