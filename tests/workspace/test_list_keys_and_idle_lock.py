"""Case-list keys (Ctrl+C copies the case number, typing jumps to a case number) and the idle
lock (caller data gone from every view and model; Enter gets the agent back)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from kcc_desk.demo.data.personas import PERSONA_BSN, PERSONA_NAME
from tests.workspace.workspace_fixture import Workspace

TIMEOUT_MS = 15_000


def _search_persona(qtbot: QtBot, workspace: Workspace) -> None:
    window = workspace.window
    qtbot.keyClicks(window.search_bar.input, PERSONA_BSN)
    with qtbot.waitSignal(workspace.presenter.search_finished, timeout=TIMEOUT_MS):
        qtbot.keyClick(window.search_bar.input, Qt.Key.Key_Return)


def test_ctrl_c_copies_the_chosen_case_number(qtbot: QtBot, workspace: Workspace) -> None:
    _search_persona(qtbot, workspace)
    table = workspace.window.case_list.table
    qtbot.keyClick(table, Qt.Key.Key_Down)
    chosen = workspace.window.case_list.current_case()
    assert chosen is not None
    QApplication.clipboard().clear()
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == chosen.identificatie
    assert chosen.identificatie in workspace.window.status_label.text()


def test_typing_jumps_to_a_case_number(qtbot: QtBot, workspace: Workspace) -> None:
    _search_persona(qtbot, workspace)
    table = workspace.window.case_list.table
    numbers = [c.identificatie for c in workspace.presenter.cases.cases()]
    target = next(n for n in numbers if n.startswith("ZAAK"))
    assert workspace.window.case_list.current_case().identificatie != target  # type: ignore[union-attr]
    qtbot.keyClicks(table, target[:6])
    current = workspace.window.case_list.current_case()
    assert current is not None and current.identificatie.startswith(target[:6])


def test_idle_lock_hides_and_forgets_the_caller(qtbot: QtBot, workspace: Workspace) -> None:
    window = workspace.window
    _search_persona(qtbot, workspace)
    with qtbot.waitSignal(workspace.presenter.case_ready, timeout=TIMEOUT_MS):
        qtbot.keyClick(window.case_list.table, Qt.Key.Key_Return)
    window.idle_watcher.set_minutes(0.002)  # about 120 ms without a key press
    qtbot.waitUntil(window.is_locked, timeout=5000)
    assert workspace.presenter.cases.rowCount() == 0
    assert workspace.presenter.current_case is None
    assert workspace.contacts.history.rowCount() == 0
    texts = " ".join(label.text() for label in window.findChildren(QLabel))
    assert PERSONA_NAME[2] not in texts and PERSONA_BSN not in texts
    assert window.lock_screen.button.hasFocus()
    window.idle_watcher.set_minutes(10)
    qtbot.keyClick(window.lock_screen.button, Qt.Key.Key_Return)
    assert not window.is_locked()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.search_bar.input, timeout=2000)
