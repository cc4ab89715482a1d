"""Messages made in the Qt-free services reach the screen in the UI language (issue #6).

The services build a ``Message`` (context, Dutch template, parameters) with
``QT_TRANSLATE_NOOP``; presenters and views translate it with ``kcc_desk.i18n.translated``. These
tests run the real pieces in English: an invalid BSN, a source that fails, a connection test,
and check that every such template is in the .ts files with a finished English translation.
"""

from __future__ import annotations

import ast
import asyncio
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from kcc_desk.demo.server import PERSONA_BSN, DemoServer, Fault
from kcc_desk.i18n import translated
from kcc_desk.presenters.settings_presenter import SettingsPresenter
from kcc_desk.presenters.workspace import WorkspacePresenter, user_message
from kcc_desk.services.config_store import ConfigStore
from kcc_desk.services.connection_test import make_test_runners
from kcc_desk.services.errors import ApiError, UnreachableError
from kcc_desk.services.identifiers import IdentifierKind, Query
from kcc_desk.services.messages import QT_TRANSLATE_NOOP, Message, verbatim
from kcc_desk.services.models import LookupResult, SourceOutcome
from kcc_desk.views.settings_dialog import SettingsDialog
from kcc_desk.views.sources_bar import SourcesBar
from tests.i18n.conftest import in_language
from tests.services.conftest import demo_config, demo_service

REPO = Path(__file__).parents[2]
PACKAGE = REPO / "kcc_desk"
TS_DIR = REPO / "i18n"


class _NoBackend:
    """An invalid identifier never reaches the backend."""

    source_names: tuple[str, ...] = ()

    def __getattr__(self, name: str) -> Any:
        raise AssertionError(f"the backend was used ({name}) for an invalid identifier")


def _invalid_input_for(text: str) -> tuple[list[str], list[str]]:
    presenter = WorkspacePresenter(_NoBackend(), open_file=lambda _path: None)  # type: ignore[arg-type]
    shown: list[str] = []
    said: list[str] = []
    presenter.invalid_input.connect(shown.append)
    presenter.announce.connect(lambda text, _assertive: said.append(text))
    presenter.search(text)
    return shown, said


# -- the Message type itself ----------------------------------------------------------------------


def test_a_message_is_dutch_as_a_string_and_keeps_data_verbatim() -> None:
    reason = QT_TRANSLATE_NOOP("SourceError", "storing bij de bron ({status})").format(status=500)
    message = QT_TRANSLATE_NOOP("SourceError", "{source}: {reason}").format(
        source="Bron {met} accolades", reason=reason
    )
    assert str(message) == "Bron {met} accolades: storing bij de bron (500)"
    assert str(verbatim("Server zegt: {detail} 100%")) == "Server zegt: {detail} 100%"


def test_a_broken_translation_falls_back_to_dutch() -> None:
    message = QT_TRANSLATE_NOOP("X", "Hallo {naam}").format(naam="Piet")
    assert message.render(lambda _context, _text: "Hello {name}") == "Hallo Piet"
    assert message.render(lambda _context, _text: "Hello {naam}") == "Hello Piet"


def test_errors_keep_a_dutch_message_for_the_cli_and_the_log() -> None:
    error = ApiError("Open Zaak", 503)
    assert error.message == "Open Zaak: tijdelijk niet beschikbaar (503)"
    assert str(error) == error.message
    assert isinstance(error.ui_message, Message)


# -- on screen, in English ------------------------------------------------------------------------


def test_an_invalid_bsn_is_explained_in_english(english: QApplication) -> None:
    shown, said = _invalid_input_for("999993654")
    assert shown == ["This BSN is not valid. Check the 9 digits."]
    assert said == shown
    shown, _ = _invalid_input_for("   ")
    assert shown == [
        "Enter a BSN, KVK number, case number, name with date of birth, postcode with house "
        "number, phone number or e-mail address."
    ]
    shown, _ = _invalid_input_for("Z" * 41)
    assert shown == ["A case number is at most 40 characters long."]


def test_an_invalid_bsn_is_explained_in_dutch(dutch: QApplication) -> None:
    shown, _ = _invalid_input_for("999993654")
    assert shown == ["Dit BSN klopt niet. Controleer de 9 cijfers."]


def test_a_failing_source_is_explained_in_english(
    english: QApplication, qtbot: QtBot, fresh_demo_server: DemoServer, tmp_path: Path
) -> None:
    fresh_demo_server.set_fault(1, Fault.HTTP_500)

    async def lookup() -> LookupResult:
        async with demo_service(demo_config(fresh_demo_server, tmp_path)) as service:
            return await service.lookup(PERSONA_BSN)

    result = asyncio.run(lookup())
    ok, failed = result.sources
    assert ok.ok and not failed.ok
    assert failed.error == "storing bij de bron (500)"  # Dutch for the CLI and the log

    bar = SourcesBar()
    qtbot.addWidget(bar)
    bar.set_sources([s.name for s in result.sources])
    bar.finished(result)
    button = bar.findChild(QPushButton, f"source:{failed.name}")
    assert isinstance(button, QPushButton)
    assert button.toolTip() == "fault at the source (500)"
    assert button.accessibleDescription() == "Press Enter to hear the reason."
    reasons: list[tuple[str, str]] = []
    bar.reason_requested.connect(lambda name, reason: reasons.append((name, reason)))
    bar._show_reason(failed.name)
    assert reasons == [(failed.name, "fault at the source (500)")]
    assert bar.banner.text() == (
        f"Incomplete results: {failed.name} did not answer. "
        "There may be more cases than you see here."
    )
    assert any(text.startswith(f"{failed.name}: ") for text in bar.texts())


def _outcome(name: str, ok: bool) -> SourceOutcome:
    reason = None if ok else UnreachableError(name).reason
    return SourceOutcome(name=name, ok=ok, ui_error=reason, count=1 if ok else 0, elapsed_ms=5)


@pytest.mark.parametrize(
    ("language", "failed", "want"),
    [
        ("en", ["B"], "Incomplete results: B did not answer."),
        ("en", ["B", "C"], "Incomplete results: B, C did not answer."),
        ("nl", ["B"], "Resultaten onvolledig: B gaf geen antwoord."),
        ("nl", ["B", "C"], "Resultaten onvolledig: B, C gaven geen antwoord."),
    ],
)
def test_the_incomplete_banner_uses_plural_forms(  # noqa: PLR0917 (fixtures and parameters)
    qapp: QApplication, qm_dir: Path, qtbot: QtBot, language: str, failed: list[str], want: str
) -> None:
    with in_language(qapp, qm_dir, language):
        names = ["A", "B", "C"]
        bar = SourcesBar()
        qtbot.addWidget(bar)
        bar.set_sources(names)
        bar.finished(
            LookupResult(
                Query(IdentifierKind.BSN, PERSONA_BSN),
                tuple(_outcome(n, n not in failed) for n in names),
            )
        )
        assert bar.banner.text().startswith(want)
        first = bar.findChild(QPushButton, "source:B")
        assert isinstance(first, QPushButton)
        assert first.toolTip() == ("not reachable" if language == "en" else "niet bereikbaar")


def test_a_connection_test_result_is_in_english(
    english: QApplication, qtbot: QtBot, fresh_demo_server: DemoServer, tmp_path: Path
) -> None:
    config = tmp_path / "config.toml"
    fresh_demo_server.write_config(config)
    fresh_demo_server.set_fault(0, Fault.FORBIDDEN_403)
    run_source, _ = make_test_runners("tester")
    presenter = SettingsPresenter(ConfigStore(config), test_runner=run_source)
    dialog = SettingsDialog(presenter, theme_names=["voorbeeld"])
    qtbot.addWidget(dialog)
    try:
        dialog.sources.source_list.setCurrentRow(0)
        dialog.sources.test_button.click()
        qtbot.waitUntil(
            lambda: "checks failed" in dialog.sources.results_box.toPlainText(), timeout=10_000
        )
        text = dialog.sources.results_box.toPlainText()
        assert "ERROR: Zaken API – no access (403): the source refuses this client ID" in text
        assert "geen toegang" not in text and "FOUT" not in text
    finally:
        presenter.shutdown()


def test_a_keyring_warning_and_a_document_reason_in_english(english: QApplication) -> None:
    from kcc_desk.services.keyring_safety import keyring_is_secure
    from tests.security.fake_keyrings import PlaintextKeyring

    secure, message = keyring_is_secure(PlaintextKeyring())
    assert not secure
    assert translated(message) == (
        "The keyring on this computer keeps secrets in a plain file (keyrings.alt). "
        "That is not safe. Secrets are kept in memory for this session only and are gone "
        "when you close kcc-desk."
    )
    assert user_message(ApiError("Open Zaak", 403)) == "Open Zaak: no access (403)"


# -- every template is extracted and translated ---------------------------------------------------


def _noop_calls() -> list[tuple[Path, int, ast.Call]]:
    calls = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "QT_TRANSLATE_NOOP"
            ):
                calls.append((path, node.lineno, node))
    return calls


def _translations(lang: str) -> dict[tuple[str, str], str | None]:
    """(context, source) → the finished translation, or None when unfinished."""
    found: dict[tuple[str, str], str | None] = {}
    for context in ET.parse(TS_DIR / f"kcc_desk_{lang}.ts").getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            finished = translation is not None and translation.get("type") is None
            text = (translation.text or "") if translation is not None else ""
            found[(name, message.findtext("source") or "")] = text if finished and text else None
    return found


def test_the_services_use_messages() -> None:
    """Guards the scan below: the services really mark their texts this way."""
    services = {p.name for p, _, _ in _noop_calls() if p.parent.name == "services"}
    assert {"errors.py", "identifiers.py", "connection_words.py", "config_rules.py"} <= services


def test_every_service_message_is_extracted_with_a_finished_english_translation(
    english: QApplication,
) -> None:
    english_ts = _translations("en")
    dutch_ts = _translations("nl")
    problems = []
    for path, line, call in _noop_calls():
        where = f"{path.relative_to(REPO)}:{line}"
        args = call.args
        if len(args) != 2 or not all(
            isinstance(a, ast.Constant) and isinstance(a.value, str) for a in args
        ):
            problems.append(f"{where}: QT_TRANSLATE_NOOP needs two literal strings (lupdate)")
            continue
        context, source = (a.value for a in args)  # type: ignore[attr-defined]
        key = (context, source)
        if key not in english_ts or key not in dutch_ts:
            problems.append(f"{where}: {key} is not in the .ts files")
        elif not english_ts[key]:
            problems.append(f"{where}: {key} has no finished English translation")
        elif QCoreApplication.translate(context, source) != english_ts[key]:
            problems.append(f"{where}: {key} is not translated at run time (compiled .qm)")
    assert not problems, (
        "Run `bash scripts/update-translations.sh` and translate in i18n/kcc_desk_en.ts:\n"
        + "\n".join(problems)
    )


def test_a_part_of_a_case_that_could_not_load_is_said_in_english(
    qtbot: QtBot, english: QApplication
) -> None:
    from kcc_desk.views.case_detail import CaseDetailView
    from tests.views.sample_data import TODAY, detail

    view = CaseDetailView()
    qtbot.addWidget(view)
    warning = QT_TRANSLATE_NOOP(
        "CaseDetail", "De documenten konden niet worden geladen ({reason})."
    ).format(reason=verbatim("HTTP 500"))
    view.set_detail(detail(warnings=(warning,)), TODAY)
    text = view.warnings_label.text()
    assert "The documents could not be loaded (HTTP 500)." in text
    assert "konden" not in text


def test_an_unknown_house_style_is_reported_in_english(qtbot: QtBot, english: QApplication) -> None:
    """The theme is loaded before stage 2 may switch language: the window shows the message
    translated when it shows it (app._assemble), not when the theme was read."""
    from kcc_desk.theming import Theming
    from tests.workspace.workspace_fixture import restored_look

    with restored_look(english):
        theming = Theming(english, "paars")
        assert theming.error_message is not None
        shown = translated(theming.error_message)
    assert shown.startswith("Unknown house style: paars. Choose from: voorbeeld")


@pytest.mark.parametrize(
    ("language", "cases", "failed", "want"),
    [
        ("nl", 1, [], "1 zaak gevonden."),
        ("nl", 3, ["B"], "3 zaken gevonden. Niet bereikbaar: B. De lijst is misschien onvolledig."),
        ("en", 1, [], "1 case found."),
        ("en", 3, ["B"], "3 cases found. Not reachable: B. The list may be incomplete."),
        ("en", 0, [], "No cases found."),
    ],
)
def test_what_a_screen_reader_hears_after_a_search(  # noqa: PLR0917 (fixtures and parameters)
    qapp: QApplication, qm_dir: Path, language: str, cases: int, failed: list[str], want: str
) -> None:
    """The announcement after a search, in Qt plural forms (was hand-split "1 zaak"/"{n} zaken")."""
    from dataclasses import replace

    from tests.views.sample_data import summary

    with in_language(qapp, qm_dir, language):
        presenter = WorkspacePresenter(_NoBackend(), open_file=lambda _path: None)  # type: ignore[arg-type]
        result = LookupResult(
            Query(IdentifierKind.BSN, PERSONA_BSN),
            tuple(_outcome(n, n not in failed) for n in ("A", "B")),
            tuple(replace(summary(), identificatie=f"ZAAK-{n}") for n in range(cases)),
        )
        assert presenter._result_sentence(result) == want
