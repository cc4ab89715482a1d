"""pytest-qt, keyboard only, real window and real HTTP (issue 14): name + date of birth → pick
from the list → the person's cases and earlier contacts → Ctrl+N forgets the person too; the same
with a phone number; secrecy, nothing found and a BRP that is down."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from kcc_desk.demo.data.brp_personas import NAMESAKE_BSNS
from kcc_desk.demo.server import PERSONA_BSN, Fault
from kcc_desk.services.audit import AuditLog
from tests.workspace.workspace_fixture import Workspace

TIMEOUT_MS = 15_000


def visible_texts(workspace: Workspace) -> str:
    labels = workspace.window.findChildren(QLabel)
    return " ".join(label.text() for label in labels if label.isVisible())


def search(qtbot: QtBot, workspace: Workspace, text: str) -> None:
    field = workspace.window.search_bar.input
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field, timeout=2000)
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def new_caller(qtbot: QtBot, workspace: Workspace) -> None:
    focus = QApplication.focusWidget()
    assert focus is not None
    qtbot.keyClick(focus, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)


def test_name_and_birth_date_pick_by_keyboard_then_new_caller(
    qtbot: QtBot, workspace: Workspace
) -> None:
    window, presenter = workspace.window, workspace.presenter
    persons = presenter.persons
    assert persons is not None and window.person_panel is not None
    field = window.search_bar.input
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field, timeout=2000)
    qtbot.keyClicks(field, "de Vries 12-3-1980")
    assert window.search_bar.kind_label.text() == "Herkend als: naam en geboortedatum"
    with qtbot.waitSignal(persons.persons_found, timeout=TIMEOUT_MS):
        qtbot.keyClick(field, Qt.Key.Key_Return)

    person_list = window.person_panel.list
    qtbot.waitUntil(person_list.hasFocus, timeout=2000)
    rows = [persons.model.index(r, 0).data() for r in range(persons.model.rowCount())]
    assert len(rows) == 2
    assert all("•••••01" in row and "12 maart 1980" in row for row in rows)
    assert not any(bsn in row for row in rows for bsn in NAMESAKE_BSNS)  # masked
    assert "alleen om te controleren wie er belt" in visible_texts(workspace)

    # Down to the second namesake, Enter picks: that person's cases, name in the header.
    wanted = persons.model.person(1)
    qtbot.keyClick(person_list, Qt.Key.Key_Down)
    with qtbot.waitSignal(presenter.search_finished, timeout=TIMEOUT_MS) as finished:
        qtbot.keyClick(person_list, Qt.Key.Key_Return)
    assert finished.args[0].query.value == wanted.bsn
    assert presenter.cases.rowCount() == 1
    assert window.person_panel.chosen_label.isVisible()
    assert wanted.naam in window.person_panel.chosen_label.text()
    assert not person_list.isVisible()
    qtbot.waitUntil(window.case_list.table.hasFocus, timeout=2000)

    # Ctrl+N: the person goes too.
    new_caller(qtbot, workspace)
    assert persons.chosen is None and persons.model.rowCount() == 0
    assert not window.person_panel.isVisible()
    assert wanted.naam not in visible_texts(workspace)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field, timeout=2000)


def test_phone_number_straight_to_the_cases_and_earlier_contacts(
    qtbot: QtBot, workspace: Workspace
) -> None:
    window, presenter, contacts = workspace.window, workspace.presenter, workspace.contacts
    persons = presenter.persons
    assert persons is not None and window.person_panel is not None
    with qtbot.waitSignal(presenter.search_finished, timeout=TIMEOUT_MS):
        search(qtbot, workspace, "+31 6 1234 5678")
    assert window.search_bar.kind_label.text() == "Herkend als: telefoonnummer"
    qtbot.waitUntil(lambda: presenter.cases.rowCount() >= 5, timeout=TIMEOUT_MS)
    assert persons.chosen is not None and persons.chosen.bsn == PERSONA_BSN
    assert "Zoë van den Berg" in window.person_panel.chosen_label.text()
    qtbot.waitUntil(lambda: contacts.history.rowCount() >= 3, timeout=TIMEOUT_MS)

    new_caller(qtbot, workspace)
    assert presenter.cases.rowCount() == 0 and persons.chosen is None
    assert contacts.history.rowCount() == 0
    assert "Zoë" not in visible_texts(workspace)


def test_secrecy_warning_and_nothing_found(qtbot: QtBot, workspace: Workspace) -> None:
    window, presenter = workspace.window, workspace.presenter
    assert presenter.persons is not None and window.person_panel is not None
    with qtbot.waitSignal(presenter.search_finished, timeout=TIMEOUT_MS):
        search(qtbot, workspace, "Bakker 15-6-1972")
    assert window.person_panel.secret_warning.isVisible()
    assert "Geheimhouding" in window.person_panel.secret_warning.text()

    new_caller(qtbot, workspace)
    with qtbot.waitSignal(presenter.persons.nothing_found, timeout=TIMEOUT_MS):
        search(qtbot, workspace, "Niemand 1-1-1990")
    text = window.person_panel.info.text()
    assert "Geen persoon gevonden" in text and "postcode met huisnummer" in text
    assert not window.person_panel.secret_warning.isVisible()


def test_impossible_date_is_inline_and_sends_nothing(qtbot: QtBot, workspace: Workspace) -> None:
    window, server = workspace.window, workspace.server
    before = len(server.brp_request_log())
    search(qtbot, workspace, "de Vries 31-2-1980")
    assert window.search_bar.error_label.isVisible()
    assert "bestaat niet" in window.search_bar.error_label.text()
    assert len(server.brp_request_log()) == before


def test_brp_down_says_so_and_bsn_search_still_works(
    qtbot: QtBot, fresh_workspace: Workspace
) -> None:
    workspace = fresh_workspace
    window, presenter = workspace.window, workspace.presenter
    assert presenter.persons is not None
    workspace.server.brp_set_fault(Fault.REFUSE)
    with qtbot.waitSignal(presenter.persons.failed, timeout=TIMEOUT_MS):
        search(qtbot, workspace, "2511 AB 12")
    assert window.message.isVisible()
    assert "De BRP is niet bereikbaar" in window.message.text()
    window.search_bar.input.clear()
    window.search_bar.input.setFocus()
    with qtbot.waitSignal(presenter.search_finished, timeout=TIMEOUT_MS) as finished:
        search(qtbot, workspace, PERSONA_BSN)
    assert all(s.ok for s in finished.args[0].sources)
    assert presenter.cases.rowCount() >= 5


def test_every_person_lookup_is_audited_hashed(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path
) -> None:
    path = tmp_path / "audit.jsonl"
    audit = AuditLog(path, agent_id="j.jansen", salt=b"a test salt of 32 bytes long!!!")
    workspace.presenter.audit = audit
    presenter = workspace.presenter
    with qtbot.waitSignal(presenter.search_finished, timeout=TIMEOUT_MS):
        search(qtbot, workspace, "Zoe.vandenBerg@Voorbeeld.NL")
    new_caller(qtbot, workspace)
    assert presenter.persons is not None
    with qtbot.waitSignal(presenter.persons.persons_found, timeout=TIMEOUT_MS):
        search(qtbot, workspace, "de Vries 12-3-1980")
    new_caller(qtbot, workspace)
    with qtbot.waitSignal(presenter.persons.persons_found, timeout=TIMEOUT_MS):
        search(qtbot, workspace, "3119 LA 12")

    text = path.read_text(encoding="utf-8")
    lookups = [json.loads(line) for line in text.splitlines() if '"lookup"' in line]
    assert [(r["kind"], r["sources"]) for r in lookups] == [
        ("email", ["Klantinteracties"]),
        ("bsn", [s.name for s in workspace.server.sources]),  # the one person found
        ("naam_geboortedatum", ["BRP"]),
        ("postcode_huisnummer", ["BRP"]),
    ]
    assert lookups[0]["id_hash"] == audit.hash("email", "zoe.vandenberg@voorbeeld.nl")
    assert lookups[1]["id_hash"] == audit.hash("bsn", PERSONA_BSN)
    assert lookups[2]["id_hash"] == audit.hash("naam_geboortedatum", "de vries 1980-03-12")
    for secret in ("Vries", "vries", "voorbeeld", "3119", PERSONA_BSN, "Berg"):
        assert secret not in text, secret
