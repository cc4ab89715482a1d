"""No secure keyring: said once, in one explanation; the main window shows one short line that
opens it (it was a banner, a three-line status text and the settings dialog's warning)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from kcc_desk.warm_up import open_audit_log
from tests.accessibility.helpers import when_modal_opens
from tests.workspace.workspace_fixture import Workspace


def test_the_main_window_shows_a_short_line_that_opens_the_explanation(
    qtbot: QtBot, workspace: Workspace
) -> None:
    window = workspace.window
    open_audit_log(workspace.app, "tester")  # the tests' keyring is not secure
    qtbot.waitUntil(lambda: window.keyring_notice is not None, timeout=5000)  # off the GUI thread
    notice = window.keyring_notice
    assert notice is not None
    qtbot.waitUntil(notice.isVisible, timeout=2000)  # a layout shows a new child on its next turn
    assert notice.text() == "Sleutelbos niet veilig: lees wat u kunt doen"
    assert notice.height() < 2 * notice.fontMetrics().lineSpacing() + 24  # one line
    # Not also in the message bar or the status text.
    assert not window.message.isVisibleTo(window)
    assert "sleutelbos" not in window.status_label.text().lower()

    told: list[str] = []

    def read(box: QMessageBox) -> None:
        told.append(box.text())
        qtbot.keyClick(box, Qt.Key.Key_Return)

    run = when_modal_opens(QMessageBox, read, close=False)
    notice.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(notice, Qt.Key.Key_Space)  # a button: Space opens it
    qtbot.waitUntil(lambda: bool(told), timeout=5000)
    run.check()
    text = told[0]
    assert "De sleutelbos (keyring) is uitgeschakeld." in text  # what is wrong (null backend)
    assert "auditlog" in text  # what it means
    assert "Wat kunt u doen?" in text and "Start kcc-desk daarna opnieuw" in text
