"""A new search always replaces the previous caller (issue 13). After an invalid BSN, a garbage
entry or an empty Enter, nothing of the previous caller stays in view: not the case list, not
the open case, not the sources' counts, not the earlier contacts. Keyboard only, real server."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from kcc_desk.demo.data.personas import BENCHMARK_BSN_20, PERSONA_BSN
from tests.workspace.workspace_fixture import Workspace

TIMEOUT_MS = 15_000


def _visible_texts(root: QWidget) -> str:
    texts = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        texts.append(widget.accessibleName())
    return " ".join(texts)


def _type_and_enter(qtbot: QtBot, workspace: Workspace, text: str) -> None:
    field = workspace.window.search_bar.input
    qtbot.keyClick(workspace.window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field, timeout=2000)
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    if text:
        qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def _open_a_case(qtbot: QtBot, workspace: Workspace, bsn: str) -> str:
    with qtbot.waitSignal(workspace.presenter.search_finished, timeout=TIMEOUT_MS):
        _type_and_enter(qtbot, workspace, bsn)
    table = workspace.window.case_list.table
    qtbot.waitUntil(table.hasFocus, timeout=2000)
    with qtbot.waitSignal(workspace.presenter.case_ready, timeout=TIMEOUT_MS):
        qtbot.keyClick(table, Qt.Key.Key_Return)
    case = workspace.presenter.current_case
    assert case is not None
    qtbot.waitUntil(lambda: workspace.contacts.history.rowCount() > 0, timeout=TIMEOUT_MS)
    return case.identificatie


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ("999993654", "Dit BSN klopt niet"),  # fails the elfproef
        ("", "Vul een BSN, KVK-nummer, zaaknummer, naam met geboortedatum"),
        ("@@@ ###", "Een zaaknummer bestaat uit"),
    ],
)
def test_an_entry_that_cannot_be_searched_clears_the_previous_caller(
    qtbot: QtBot, workspace: Workspace, entry: str, message: str
) -> None:
    window = workspace.window
    number = _open_a_case(qtbot, workspace, PERSONA_BSN)
    assert number in _visible_texts(window)
    assert window.case_detail.card.isVisible()

    _type_and_enter(qtbot, workspace, entry)

    assert message in window.search_bar.error_label.text()
    assert window.search_bar.error_label.isVisible()
    assert workspace.presenter.cases.rowCount() == 0
    assert workspace.presenter.current_case is None
    assert not window.case_detail.card.isVisible()
    assert not window.case_detail.timeline.isVisible()
    assert window.case_detail.empty_label.isVisible()
    assert workspace.contacts.history.rowCount() == 0
    shown = _visible_texts(window)
    assert number not in shown
    assert "3 zaken" not in shown  # the sources bar says "klaar om te zoeken" again
    assert "zaken gevonden" not in window.windowTitle()
    assert window.windowTitle().startswith("kcc-desk")


def test_a_new_search_replaces_the_previous_callers_list_and_case(
    qtbot: QtBot, workspace: Workspace
) -> None:
    window = workspace.window
    first = _open_a_case(qtbot, workspace, BENCHMARK_BSN_20)
    first_numbers = {c.identificatie for c in workspace.presenter.cases.cases()}
    with qtbot.waitSignal(workspace.presenter.search_finished, timeout=TIMEOUT_MS):
        _type_and_enter(qtbot, workspace, PERSONA_BSN)
        # While the new search runs, the old case is gone already.
        assert not window.case_detail.card.isVisible()
        assert first not in _visible_texts(window)
    numbers = {c.identificatie for c in workspace.presenter.cases.cases()}
    assert numbers and not numbers & first_numbers
    assert first not in _visible_texts(window)


def test_a_case_number_search_has_its_own_heading(qtbot: QtBot, workspace: Workspace) -> None:
    window = workspace.window
    number = _open_a_case(qtbot, workspace, PERSONA_BSN)
    assert window.case_list.heading.text().startswith("Zaken van deze &beller")
    with qtbot.waitSignal(workspace.presenter.search_finished, timeout=TIMEOUT_MS):
        _type_and_enter(qtbot, workspace, number.lower())
    assert window.case_list.heading.text() == "Gevonden op zaak&nummer (1)"
    assert window.case_list.table.accessibleName() == "Gevonden op zaaknummer (1)"
    assert [c.identificatie for c in workspace.presenter.cases.cases()] == [number]
