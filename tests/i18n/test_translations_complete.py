"""Every UI string is translated in both languages, and the .ts files match the code.

Fails on: unfinished, vanished or obsolete messages; empty translations; placeholders or
mnemonics that differ from the Dutch source; tr() strings in the code that are not in the .ts
files (or the other way round); contexts that never match at run time. Then compiles the .qm
files and checks that English really shows on screen.

The fix for almost every failure here:
    bash scripts/update-translations.sh
    pyside6-linguist i18n/kcc_desk_en.ts      (translate, mark finished)
    git add i18n/kcc_desk_nl.ts i18n/kcc_desk_en.ts
"""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from kcc_desk.i18n import QM_DIR

REPO = Path(__file__).parents[2]
TS_DIR = REPO / "i18n"
LANGUAGES = ("nl", "en")
UPDATE_SCRIPT = REPO / "scripts" / "update-translations.sh"
BUILD_SCRIPT = REPO / "scripts" / "build-translations.sh"
VENV_BIN = Path(sys.executable).parent
HOW_TO_FIX = (
    "Run `bash scripts/update-translations.sh`, translate the new messages in "
    "i18n/kcc_desk_en.ts (`pyside6-linguist i18n/kcc_desk_en.ts`, mark them finished) "
    "and commit both i18n/kcc_desk_nl.ts and i18n/kcc_desk_en.ts."
)
# {name}, {0}, {} (str.format) and Qt's %n / %1 / %L1.
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%L?\d+")


@dataclass(frozen=True, slots=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    type: str | None  # the <translation type="..."> attribute: None when finished
    translations: tuple[str, ...]  # one, or one per plural form

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)

    def __str__(self) -> str:
        note = f" [{self.comment}]" if self.comment else ""
        return f"{self.context}: {self.source!r}{note}"


def load_messages(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            if translation is None:
                texts: tuple[str, ...] = ()
            elif numerus:
                texts = tuple(form.text or "" for form in translation.iter("numerusform"))
            else:
                texts = (translation.text or "",)
            messages.append(
                Message(
                    context=name,
                    source=message.findtext("source") or "",
                    comment=message.findtext("comment") or "",
                    numerus=numerus,
                    type=None if translation is None else translation.get("type"),
                    translations=texts,
                )
            )
    return messages


def _ts(lang: str) -> Path:
    return TS_DIR / f"kcc_desk_{lang}.ts"


def _report(problems: list[str], what: str) -> str:
    lines = "\n".join(f"  {problem}" for problem in problems)
    return f"{len(problems)} {what}:\n{lines}\n{HOW_TO_FIX}"


def _placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


def _mnemonics(text: str) -> int:
    """How many & mnemonics ``text`` has (&& is a literal ampersand)."""
    return len(re.findall(r"&(?=[^&\s])", text.replace("&&", "")))


# -- (a), (b), (c): the .ts files themselves ----------------------------------------------------


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_unfinished_vanished_or_obsolete_messages(lang: str) -> None:
    problems = [
        f"{message}  (type={message.type})"
        for message in load_messages(_ts(lang))
        if message.type is not None
    ]
    assert not problems, _report(problems, f"unfinished or stale messages in kcc_desk_{lang}.ts")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_empty_translations(lang: str) -> None:
    problems = []
    for message in load_messages(_ts(lang)):
        if not message.translations or not all(text.strip() for text in message.translations):
            problems.append(str(message))
        elif message.numerus and len(message.translations) != 2:
            # Dutch and English both have two plural forms (one, other).
            problems.append(f"{message}  ({len(message.translations)} plural forms, want 2)")
    assert not problems, _report(problems, f"empty translations in kcc_desk_{lang}.ts")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_placeholders_match_the_source(lang: str) -> None:
    problems = []
    for message in load_messages(_ts(lang)):
        want = _placeholders(message.source)
        if message.numerus:
            # %n may be left out of the singular form ("one case"), never out of the plural.
            want = [p for p in want if p != "%n"]
        for text in message.translations:
            got = _placeholders(text)
            if message.numerus:
                got = [p for p in got if p != "%n"]
            if got != want:
                problems.append(f"{message} -> {text!r}: {got} instead of {want}")
    assert not problems, _report(problems, f"placeholder mismatches in kcc_desk_{lang}.ts")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_mnemonics_match_the_source(lang: str) -> None:
    """A label with an &-mnemonic keeps exactly one in translation; one without gets none."""
    problems = [
        f"{message} -> {text!r}"
        for message in load_messages(_ts(lang))
        for text in message.translations
        if _mnemonics(text) != min(_mnemonics(message.source), 1)
    ]
    assert not problems, _report(problems, f"&-mnemonic mismatches in kcc_desk_{lang}.ts")


def test_both_languages_have_the_same_messages() -> None:
    nl = {message.key for message in load_messages(_ts("nl"))}
    en = {message.key for message in load_messages(_ts("en"))}
    problems = [f"only in nl: {key}" for key in sorted(nl - en)]
    problems += [f"only in en: {key}" for key in sorted(en - nl)]
    assert not problems, _report(problems, "messages in one .ts file but not the other")


# -- (d): the .ts files against the code --------------------------------------------------------


@pytest.fixture(scope="session")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str, str], Message]:
    """The messages the code contains now: the update script run into a scratch directory
    (same file discovery and helper handling as a real update)."""
    if shutil.which("bash") is None:
        pytest.skip("needs bash")
    if not (VENV_BIN / "pyside6-lupdate").exists():
        pytest.skip("pyside6-lupdate not installed next to this Python")
    out = tmp_path_factory.mktemp("lupdate")
    result = subprocess.run(
        ["bash", str(UPDATE_SCRIPT), "--out", str(out)],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "VENV_BIN": str(VENV_BIN)},
        timeout=300,
    )
    assert result.returncode == 0, f"update-translations.sh --out failed:\n{result.stderr}"
    return {message.key: message for message in load_messages(out / "kcc_desk_en.ts")}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_string_in_the_code_is_in_the_ts_file(
    lang: str, extracted: dict[tuple[str, str, str], Message]
) -> None:
    committed = {message.key for message in load_messages(_ts(lang))}
    missing = [str(extracted[key]) for key in sorted(extracted.keys() - committed)]
    assert not missing, _report(
        missing, f"strings in the code but missing from i18n/kcc_desk_{lang}.ts"
    )


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_strings_in_the_ts_file_that_the_code_no_longer_has(
    lang: str, extracted: dict[tuple[str, str, str], Message]
) -> None:
    stale = [str(message) for message in load_messages(_ts(lang)) if message.key not in extracted]
    assert not stale, _report(stale, f"messages in i18n/kcc_desk_{lang}.ts the code no longer has")


def _python_sources() -> list[tuple[Path, ast.Module]]:
    return [
        (path, ast.parse(path.read_text(encoding="utf-8"), str(path)))
        for path in sorted((REPO / "kcc_desk").rglob("*.py"))
    ]


def _uses_self_tr(node: ast.ClassDef) -> bool:
    return any(
        isinstance(call, ast.Call)
        and isinstance(call.func, ast.Attribute)
        and call.func.attr == "tr"
        and isinstance(call.func.value, ast.Name)
        and call.func.value.id == "self"
        for call in ast.walk(node)
    )


def test_every_context_matches_at_run_time() -> None:
    """A context must be a class name (self.tr) or a literal translate() context. lupdate turns
    ``window.tr("x")`` into context "window", but at run time the lookup uses the class name, so
    such a string is never translated."""
    known: set[str] = set()
    for _path, tree in _python_sources():
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                known.add(node.name)
            elif (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute | ast.Name)
                # translate() in Qt code; QT_TRANSLATE_NOOP() in the services (kcc_desk/services/
                # messages.py), whose messages are translated with that context where shown.
                and getattr(node.func, "attr", getattr(node.func, "id", ""))
                in ("translate", "QT_TRANSLATE_NOOP")
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                known.add(node.args[0].value)
    problems = [
        f"{message}  (context {message.context!r} is neither a class nor a translate() context;"
        " use self.tr() inside the class or QCoreApplication.translate('Ctx', ...))"
        for message in load_messages(_ts("nl"))
        if message.context not in known
    ]
    assert not problems, f"{len(problems)} messages that never match:\n" + "\n".join(problems)


def test_self_tr_is_not_used_in_a_class_that_is_subclassed() -> None:
    """self.tr() looks up type(self).__name__ at run time: in a subclass that is another context
    than the one lupdate wrote, and the text stays Dutch."""
    classes: dict[str, tuple[Path, ast.ClassDef]] = {}
    for path, tree in _python_sources():
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                classes[node.name] = (path, node)
    problems = []
    for name, (path, node) in classes.items():
        for base in node.bases:
            base_name = ast.unparse(base).rsplit(".", 1)[-1]
            if base_name in classes and _uses_self_tr(classes[base_name][1]):
                problems.append(
                    f"{path.relative_to(REPO)}: {name} subclasses {base_name}, which uses "
                    "self.tr(); use QCoreApplication.translate('%s', ...) there" % base_name
                )
    assert not problems, "\n".join(problems)


# -- (e): compiled .qm files and English on screen -------------------------------------------


def test_build_script_writes_where_the_app_looks() -> None:
    target = QM_DIR.relative_to(REPO).as_posix()
    assert target == "resources/i18n"
    assert f'"{target}/' in BUILD_SCRIPT.read_text(encoding="utf-8"), (
        f"scripts/build-translations.sh must write the .qm files into {target}"
    )


def _english() -> dict[tuple[str, str], str]:
    return {
        (message.context, message.source): message.translations[0]
        for message in load_messages(_ts("en"))
        if not message.numerus and not message.comment
    }


@pytest.mark.usefixtures("english")
def test_every_english_message_is_in_the_compiled_qm() -> None:
    wrong = [
        f"{context}: {source!r} -> {got!r}, want {want!r}"
        for (context, source), want in _english().items()
        if want and (got := QCoreApplication.translate(context, source)) != want
    ]
    assert not wrong, "\n".join(wrong)


@pytest.mark.usefixtures("english")
def test_search_bar_in_english(qtbot: QtBot) -> None:
    from kcc_desk.views.search_bar import SearchBar

    bar = SearchBar()
    qtbot.addWidget(bar)
    english = _english()
    assert bar.button.text() == english[("SearchBar", "Zoeken")] == "Search"
    assert bar.label.text() == english[("SearchBar", "&Zoek beller of zaak")]
    assert bar.input.accessibleName() == "Search for caller or case"


@pytest.mark.usefixtures("dutch")
def test_search_bar_in_dutch(qtbot: QtBot) -> None:
    from kcc_desk.views.search_bar import SearchBar

    bar = SearchBar()
    qtbot.addWidget(bar)
    assert bar.button.text() == "Zoeken"


@pytest.mark.usefixtures("english")
def test_action_registry_in_english() -> None:
    from kcc_desk.views.actions import action_specs

    english = _english()
    specs = action_specs()
    assert specs
    for spec in specs:
        for text in (spec.text, spec.help):
            assert text in english.values(), f"action {spec.id}: {text!r} is not English"
    texts = {spec.id.value: spec.text for spec in specs}
    assert texts["new-caller"] == "Start with a new caller"
    assert texts["refer"] == "Refer case"
