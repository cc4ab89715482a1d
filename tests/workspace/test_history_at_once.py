"""Issue 11 through the window: after Ctrl+R (or Ctrl+B) the agent sees the new item in
"Eerdere contacten" at once, marked while it is being sent; a second referral of the same case to
the same team asks first; a contact logged after a KVK search is in that case's history."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from kcc_desk.demo.data.personas import PERSONA_KVK
from kcc_desk.demo.faults import Fault
from tests.workspace.test_referral_journey import (
    REASON,
    TIMEOUT_MS,
    _open_first_case,
    _pending,
    _refer_with_keyboard,
    _when_dialog_opens,
)
from tests.workspace.workspace_fixture import Workspace


def _when_question_opens(qtbot: QtBot, act: Callable[[QMessageBox], None]) -> None:
    """The "already referred" question runs a nested loop of its own, after the dialog's."""
    deadline = time.monotonic() + TIMEOUT_MS / 1000

    def poll() -> None:
        box = QApplication.activeModalWidget()
        # Active too: Alt+V is a mnemonic, which Qt honours only in the active window (under
        # load the platform activated the box after the key had already gone: flaky).
        if (
            isinstance(box, QMessageBox)
            and box.objectName() == "secondReferral"
            and box.isActiveWindow()
        ):
            act(box)
        elif time.monotonic() < deadline:
            QTimer.singleShot(50, poll)

    QTimer.singleShot(50, poll)


def _ctrl_r(qtbot: QtBot, workspace: Workspace) -> None:
    table = workspace.window.case_list.table
    # After a dialog the window is active again only once the event loop has run.
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table, timeout=TIMEOUT_MS)
    _when_dialog_opens(qtbot, lambda dialog: _refer_with_keyboard(qtbot, dialog))
    qtbot.keyClick(
        workspace.window.case_list.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier
    )


def _waiting_lines(workspace: Workspace) -> list[str]:
    return [line for line in workspace.contacts.history.lines() if "Wordt verzonden" in line]


def test_ctrl_r_enter_shows_the_referral_in_the_history_at_once(
    qtbot: QtBot, fresh_workspace: Workspace
) -> None:
    workspace = fresh_workspace
    _open_first_case(qtbot, workspace)
    history = workspace.contacts.history
    open_before = history.open_referrals
    workspace.server.klantinteracties_set_fault(Fault.REFUSE)  # it stays in the outbox
    _ctrl_r(qtbot, workspace)
    # No waiting for a server: the line is there when the dialog has closed.
    [line] = _waiting_lines(workspace)
    assert "Team Vergunningen" in line and REASON in line
    assert history.open_referrals == open_before + 1
    assert "doorverwijzing" in history.summary()

    workspace.server.klantinteracties_set_fault(None)
    workspace.contacts._ensure().worker.wake()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: _pending(workspace) == 0, timeout=TIMEOUT_MS)
    # Delivered: the server's copy replaces the local one, still open, counted once.
    qtbot.waitUntil(lambda: not _waiting_lines(workspace), timeout=TIMEOUT_MS)
    assert any(
        line.startswith("Open doorverwijzing") and REASON in line for line in history.lines()
    )
    assert history.open_referrals == open_before + 1


def test_a_second_referral_of_the_case_to_the_same_team_asks_first(
    qtbot: QtBot, fresh_workspace: Workspace
) -> None:
    workspace = fresh_workspace
    _open_first_case(qtbot, workspace)
    workspace.server.klantinteracties_set_fault(Fault.REFUSE)
    _ctrl_r(qtbot, workspace)
    assert _pending(workspace) == 1

    asked: list[str] = []

    def keep_the_first(box: QMessageBox) -> None:
        asked.append(box.text())
        qtbot.keyClick(box, Qt.Key.Key_Return)  # the default: do not refer again

    _when_question_opens(qtbot, keep_the_first)
    _ctrl_r(qtbot, workspace)
    assert asked and "al doorverwezen naar Team Vergunningen" in asked[0]
    assert _pending(workspace) == 1  # nothing new in the outbox

    def refer_again(box: QMessageBox) -> None:
        qtbot.keyClick(box, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)

    _when_question_opens(qtbot, refer_again)
    _ctrl_r(qtbot, workspace)
    assert _pending(workspace) == 2
    assert len(_waiting_lines(workspace)) == 2


def test_ctrl_b_after_a_kvk_search_is_in_the_case_history(
    qtbot: QtBot, fresh_workspace: Workspace
) -> None:
    workspace = fresh_workspace
    window, presenter = workspace.window, workspace.presenter
    qtbot.keyClicks(window.search_bar.input, PERSONA_KVK)
    with qtbot.waitSignal(presenter.search_finished, timeout=TIMEOUT_MS):
        qtbot.keyClick(window.search_bar.input, Qt.Key.Key_Return)
    with qtbot.waitSignal(presenter.case_ready, timeout=TIMEOUT_MS):
        qtbot.keyClick(window.case_list.table, Qt.Key.Key_Return)
    case = presenter.current_case
    assert case is not None
    qtbot.keyClick(window.case_list.table, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert any(case.identificatie in line for line in _waiting_lines(workspace))
    qtbot.waitUntil(lambda: _pending(workspace) == 0, timeout=TIMEOUT_MS)
    # Read back from Klantinteracties: found by the case, though no BSN was searched.
    qtbot.waitUntil(
        lambda: any(
            case.identificatie in line and "Wordt verzonden" not in line
            for line in workspace.contacts.history.lines()
        ),
        timeout=TIMEOUT_MS,
    )
