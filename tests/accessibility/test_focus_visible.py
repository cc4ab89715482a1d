"""WCAG 2.4.7 focus visible: every Tab stop looks different when it has keyboard focus.

Measured, not eyeballed: each control reached with Tab is rendered (``QWidget.grab``) with focus
and again after Tab has moved on; the two pictures must differ. A control whose theme or paint
code draws no focus indicator renders the same both times and is reported by name.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from kcc_desk.views.referral_dialog import ReferralDialog
from tests.accessibility import walker
from tests.accessibility.helpers import (
    CTRL,
    activate,
    check_tab_order,
    open_first_case,
    when_modal_opens,
)
from tests.workspace.workspace_fixture import Workspace


def _image(widget: QWidget) -> QImage:
    return widget.grab().toImage()


def invisible_focus(qtbot: QtBot, start: QWidget) -> list[str]:
    """Tab through the window from ``start``; the controls that look the same with focus."""
    order = check_tab_order(qtbot, start)
    problems = []
    for widget in order:
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(widget.hasFocus, timeout=2000)
        focused = _image(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        assert not widget.hasFocus()
        if focused == _image(widget):
            problems.append(walker.describe(widget))
    return problems


def test_the_check_finds_a_focusable_label_without_a_focus_ring(qtbot: QtBot) -> None:
    box = QWidget()
    plain = QLabel("Zaaknummer: BZ 2026/1011", box)  # focusable, but a QLabel draws no ring
    plain.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    plain.setAccessibleName(plain.text())
    other = QLabel("Status: In behandeling", box)
    other.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    other.setAccessibleName(other.text())
    layout = QVBoxLayout(box)
    layout.addWidget(plain)
    layout.addWidget(other)
    qtbot.addWidget(box)
    box.show()
    activate(qtbot, box)
    problems = invisible_focus(qtbot, plain)
    assert len(problems) == 2, problems


def test_every_tab_stop_shows_focus_with_a_case_open(qtbot: QtBot, workspace: Workspace) -> None:
    window = workspace.window
    open_first_case(qtbot, workspace)
    problems = invisible_focus(qtbot, window.search_bar.input)
    assert not problems, f"no visible focus indicator: {problems}"


def test_every_tab_stop_shows_focus_in_the_referral_dialog(
    qtbot: QtBot, workspace: Workspace
) -> None:
    open_first_case(qtbot, workspace)
    qtbot.waitUntil(lambda: bool(workspace.contacts.targets()), timeout=15_000)
    found: list[str] = []

    def inspect(dialog: ReferralDialog) -> None:
        found.extend(invisible_focus(qtbot, dialog.target_filter))

    run = when_modal_opens(ReferralDialog, inspect)
    qtbot.keyClick(workspace.window.case_list.table, Qt.Key.Key_R, CTRL)
    run.check()
    assert not found, f"no visible focus indicator: {found}"
    assert QApplication.activeModalWidget() is None
