"""Translator loading: Qt's own Dutch strings, kcc-desk's .qm files, language choice."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from kcc_desk.i18n import (
    current_language,
    install_translators,
    qt_translations_dir,
    remove_translators,
    resolve_language,
    system_language,
)

REPO = Path(__file__).parents[2]
LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    """``qapp`` with translators and the default locale restored after the test."""
    locale = QLocale()
    yield qapp
    remove_translators(qapp)
    QLocale.setDefault(locale)


def _cancel_text() -> str:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    return box.button(QDialogButtonBox.StandardButton.Cancel).text()


@pytest.mark.parametrize(
    ("setting", "locale", "expected"),
    [
        ("nl", "en_US", "nl"),
        ("en", "nl_NL", "en"),
        ("EN ", "nl_NL", "en"),
        ("systeem", "en_US", "en"),
        ("systeem", "nl_BE", "nl"),
        ("systeem", "de_DE", "nl"),  # neither: Dutch first
        (None, "en_GB", "en"),
        ("", "fr_FR", "nl"),
        ("klingon", "en_US", "en"),  # unknown setting: follow the system
    ],
)
def test_resolve_language(setting: str | None, locale: str, expected: str) -> None:
    assert resolve_language(setting, QLocale(locale)) == expected


def test_system_language_reads_ui_languages() -> None:
    assert system_language(QLocale("en_US")) == "en"
    assert system_language(QLocale("nl_NL")) == "nl"


def test_dutch_standard_buttons(app: QApplication) -> None:
    if not (qt_translations_dir() / "qtbase_nl.qm").is_file():
        pytest.skip("this Qt build ships no qtbase_nl.qm")
    installed = install_translators(app, "nl")
    assert installed.qt_loaded
    assert _cancel_text() == "Annuleren"
    assert QLocale().language() == QLocale.Language.Dutch
    assert current_language() == "nl"


def test_switching_back_to_english_removes_dutch(app: QApplication) -> None:
    if not (qt_translations_dir() / "qtbase_nl.qm").is_file():
        pytest.skip("this Qt build ships no qtbase_nl.qm")
    install_translators(app, "nl")
    install_translators(app, "en")
    assert _cancel_text() == "Cancel"
    assert current_language() == "en"


def test_missing_own_qm_is_not_an_error(app: QApplication, tmp_path: Path) -> None:
    installed = install_translators(app, "en", qm_dir=tmp_path)
    assert not installed.own_loaded
    assert QCoreApplication.translate("Ctx", "Zoeken") == "Zoeken"


def _compile(ts: Path, qm: Path) -> None:
    if not LRELEASE.exists():
        pytest.skip("pyside6-lrelease not installed next to this Python")
    subprocess.run([str(LRELEASE), "-silent", str(ts), "-qm", str(qm)], check=True)


def test_own_translations_win(app: QApplication, tmp_path: Path) -> None:
    ts = tmp_path / "kcc_desk_en.ts"
    ts.write_text(
        """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context><name>ZoekScherm</name>
<message><source>Zoeken</source><translation>Search</translation></message>
</context>
</TS>
""",
        encoding="utf-8",
    )
    _compile(ts, tmp_path / "kcc_desk_en.qm")
    installed = install_translators(app, "en", qm_dir=tmp_path)
    assert installed.own_loaded
    assert QCoreApplication.translate("ZoekScherm", "Zoeken") == "Search"
    remove_translators(app)
    assert QCoreApplication.translate("ZoekScherm", "Zoeken") == "Zoeken"


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_repository_ts_files_are_valid_and_compile(lang: str, tmp_path: Path) -> None:
    ts = REPO / "i18n" / f"kcc_desk_{lang}.ts"
    root = ET.parse(ts).getroot()
    assert root.tag == "TS"
    assert root.get("sourcelanguage") == "nl_NL"
    assert (root.get("language") or "").startswith(lang)
    _compile(ts, tmp_path / f"kcc_desk_{lang}.qm")
    assert (tmp_path / f"kcc_desk_{lang}.qm").is_file()


def test_dutch_ts_maps_dutch_to_itself() -> None:
    root = ET.parse(REPO / "i18n" / "kcc_desk_nl.ts").getroot()
    for message in root.iter("message"):
        if message.get("numerus") == "yes":
            continue
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in ("obsolete", "vanished"):
            continue
        assert translation.get("type") is None, message.findtext("source")
        assert translation.text == message.findtext("source")


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
def test_update_script_is_syntactically_valid() -> None:
    subprocess.run(["bash", "-n", str(REPO / "scripts" / "update-translations.sh")], check=True)


def test_history_reads_in_english(english: QApplication) -> None:
    """The English UI said "4 december 2026, telefoon: …": dates and the usual channel names
    are in the UI language; the subject is the server's text and stays as it is."""
    from datetime import UTC, datetime

    from kcc_desk.presenters.history_model import HistoryModel
    from kcc_desk.services.contacts.records import ContactRecord
    from kcc_desk.services.contacts.state import History

    contact = ContactRecord(
        uuid="1",
        date=datetime(2026, 12, 4, 10, tzinfo=UTC),
        kanaal="telefoon",
        onderwerp="Vraag over status aanvraag",
        inhoud="",
        who="Fatima El Amrani",
        status="Gelukt",
    )
    other = ContactRecord("2", datetime(2026, 12, 3, 10, tzinfo=UTC), "Fax", "Oud", "", "", "")
    model = HistoryModel()
    model.set_history(History(contacts=(contact, other)))
    assert model.lines()[0].startswith("4 December 2026, phone: Vraag over status aanvraag")
    assert model.lines()[1].startswith("3 December 2026, Fax: Oud")  # unknown: as it came
