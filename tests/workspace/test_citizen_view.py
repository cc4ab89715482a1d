"""Inwonerweergave (issue 13): Ctrl+I turns the screen into the open case as the visitor at the
counter may see it, in large text, and back. Keyboard only, real server.

Shown: the text for the current step, the steps, the substatuses for *betrokkenen*, the expected
date, the documents the citizen may open. Not shown: internal substatuses, the BSN, the other
cases, the roles (the handler's name), documents the citizen may not open."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from kcc_desk.demo.data.personas import PERSONA_BSN
from kcc_desk.formatting import format_date
from kcc_desk.services.models import CaseDetail
from tests.workspace.workspace_fixture import Workspace

TIMEOUT_MS = 15_000
CTRL = Qt.KeyboardModifier.ControlModifier


def _visible_text(window: QWidget) -> str:
    texts = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            texts.append(widget.text())
        texts.append(widget.accessibleName())
    return "\n".join(texts)


def _open_case_with_internal_substatus(qtbot: QtBot, workspace: Workspace) -> CaseDetail:
    window, presenter = workspace.window, workspace.presenter
    qtbot.keyClicks(window.search_bar.input, PERSONA_BSN)
    with qtbot.waitSignal(presenter.search_finished, timeout=TIMEOUT_MS):
        qtbot.keyClick(window.search_bar.input, Qt.Key.Key_Return)
    table = window.case_list.table
    qtbot.keyClick(table, Qt.Key.Key_Home)
    for _row in range(presenter.cases.rowCount()):
        with qtbot.waitSignal(presenter.case_ready, timeout=TIMEOUT_MS) as ready:
            qtbot.keyClick(table, Qt.Key.Key_Return)
        detail: CaseDetail = ready.args[0]
        subs = [s for step in detail.timeline for s in step.substatussen]
        if {s.doelgroep for s in subs} >= {"intern", "betrokkenen"}:
            return detail
        qtbot.keyClick(table, Qt.Key.Key_Down)
    raise AssertionError("the persona has a case with internal and citizen substatuses")


def test_ctrl_i_shows_only_what_the_citizen_may_see_and_goes_back(
    qtbot: QtBot, workspace: Workspace
) -> None:
    window, presenter = workspace.window, workspace.presenter
    detail = _open_case_with_internal_substatus(qtbot, workspace)
    case = detail.summary
    others = [
        c.identificatie for c in presenter.cases.cases() if c.identificatie != case.identificatie
    ]
    handler = next(r.naam for r in detail.roles if r.omschrijving_generiek == "behandelaar")
    agent_view = _visible_text(window)
    assert PERSONA_BSN in agent_view and handler in agent_view

    table = window.case_list.table
    agent_font = window.case_detail.card.step.font().pointSizeF()
    qtbot.keyClick(table, Qt.Key.Key_I, CTRL)
    view = window.citizen_view
    assert window.in_citizen_view() and view.isVisible()
    assert view.isAncestorOf(QApplication.focusWidget())
    shown = _visible_text(window)

    # What the citizen may see.
    current = next(s for s in detail.timeline if s.state.value == "current")
    assert current.statustekst and current.statustekst in shown
    for step in detail.timeline:
        assert step.omschrijving in shown
    citizen_subs = [
        s.omschrijving
        for st in detail.timeline
        for s in st.substatussen
        if s.doelgroep == "betrokkenen"
    ]
    assert citizen_subs and all(sub in shown for sub in citizen_subs)
    assert case.einddatum_gepland is not None
    assert format_date(case.einddatum_gepland) in shown
    for document in detail.documents:
        title = document.titel or document.bestandsnaam
        assert (title in shown) == document.may_open, title

    # What it must not show.
    internal = [
        s.omschrijving for st in detail.timeline for s in st.substatussen if s.doelgroep == "intern"
    ]
    assert internal and not any(sub in shown for sub in internal)
    assert PERSONA_BSN not in shown
    assert handler not in shown
    assert not any(number in shown for number in others)
    assert not window.search_bar.isVisible() and not window.case_list.isVisible()
    assert view.status.font().pointSizeF() >= agent_font * 1.5  # large text

    # The same key goes back, to the case list.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_I, CTRL)
    assert not window.in_citizen_view()
    assert window.case_detail.card.isVisible()
    qtbot.waitUntil(table.hasFocus, timeout=2000)
    assert view.status.text() == ""  # nothing left behind in the hidden page


def test_ctrl_i_without_an_open_case_says_so(qtbot: QtBot, workspace: Workspace) -> None:
    window = workspace.window
    qtbot.keyClick(window.search_bar.input, Qt.Key.Key_I, CTRL)
    assert not window.in_citizen_view()
    assert "Open eerst een zaak" in window.message.text()


def test_a_new_caller_leaves_the_citizen_view(qtbot: QtBot, workspace: Workspace) -> None:
    window = workspace.window
    _open_case_with_internal_substatus(qtbot, workspace)
    qtbot.keyClick(window.case_list.table, Qt.Key.Key_I, CTRL)
    assert window.in_citizen_view()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N, CTRL)
    assert not window.in_citizen_view()
    assert window.citizen_view.heading.text() == ""
