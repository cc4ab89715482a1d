"""Sorting the referral queue by keyboard: "Sorteren op" and "Aflopend" sort the table as a
header click does, and a header click shows in them (pytest-qt, the real workspace and demo
server, keys only for the choice). A new choice reaches a screen reader."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible
from pytestqt.qtbot import QtBot

from kcc_desk.presenters.review import ReviewPresenter
from kcc_desk.presenters.review_models import QueueColumn
from tests.review.test_review_window import (
    focused,
    open_review,
    press,
    tab_to,
    this_month,
    wait_report,
)
from tests.workspace.workspace_fixture import Workspace


def moments(presenter: ReviewPresenter) -> list[datetime]:
    """When each shown row was referred, top to bottom."""
    view = presenter.queue_view
    return [
        presenter.queue.items[view.mapToSource(view.index(r, 0)).row()].assigned_at
        for r in range(view.rowCount())
    ]


def test_sort_the_queue_by_keyboard(qtbot: QtBot, review_workspace: Workspace) -> None:
    window = open_review(qtbot, review_workspace)
    wait_report(qtbot, window)
    this_month(qtbot, window)
    presenter, pane = window.presenter, window.queue_pane
    header = pane.table.horizontalHeader()
    assert presenter.queue.rowCount() > 10
    # Opened on the time left, soonest first (as the header shows).
    assert pane.sort.column.currentText() == "Termijn" and not pane.sort.descending.isChecked()
    assert header.sortIndicatorSection() == QueueColumn.LEFT

    tab_to(qtbot, window.tabs.tabBar())
    tab_to(qtbot, pane.sort.column)
    press(qtbot, Qt.Key.Key_Home)  # the first column: "Wanneer"
    assert pane.sort.column.currentText() == "Wanneer"
    assert header.sortIndicatorSection() == QueueColumn.WHEN
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    oldest_first = moments(presenter)
    assert oldest_first == sorted(oldest_first) and oldest_first[0] < oldest_first[-1]

    # Orca 43 speaks a combo box's new choice only as a new description of the focused box
    # (see LabelledComboBox); leaving the box empties it, so arriving does not say it twice.
    iface = QAccessible.queryAccessibleInterface(pane.sort.column)
    assert iface.text(QAccessible.Text.Description) == "Wanneer"
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is pane.sort.descending
    assert iface.text(QAccessible.Text.Description) == ""
    press(qtbot, Qt.Key.Key_Space)
    assert pane.sort.descending.isChecked()
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert moments(presenter) == sorted(oldest_first, reverse=True)

    # The filters stay on top of the sort.
    tab_to(qtbot, pane.status)
    press(qtbot, Qt.Key.Key_Down)  # Alle -> Open
    newest_open = moments(presenter)
    assert 0 < len(newest_open) < len(oldest_first)
    assert newest_open == sorted(newest_open, reverse=True)
    assert {item.is_open for item in presenter.queue.items if item.assigned_at in newest_open}

    # A header click (the mouse way) shows in the choice, so both always say the same.
    x = header.sectionViewportPosition(QueueColumn.TEAM) + header.sectionSize(QueueColumn.TEAM) // 2
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
    )
    assert header.sortIndicatorSection() == QueueColumn.TEAM
    assert pane.sort.column.currentText() == "Naar"
    assert pane.sort.descending.isChecked() == (
        header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    )
    window.close()
