"""The review window, keyboard only (pytest-qt on the real workspace and demo server):
Ctrl+Shift+K opens it, the period and team change, the queue is filtered, the queue and the
KPI table are exported, and each CSV equals the table on screen. Everything is named and
reachable by Tab."""

from __future__ import annotations

import csv
from datetime import datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from kcc_desk.presenters.review_models import QueueColumn, headers_as_shown, rows_as_shown
from kcc_desk.review_flow import ReviewFlow
from kcc_desk.views.review.charts import CHART_LINES
from kcc_desk.views.review.queue_pane import MIN_CHARS
from kcc_desk.views.review.window import ReviewWindow
from tests.accessibility.test_text_200 import _reach_200_percent as reach_200_percent
from tests.accessibility.test_text_200 import clipped, cut_headers
from tests.fixtures.qt_layout import wait_for_layout
from tests.review.conftest import REVIEW_TODAY
from tests.workspace.glance import fully_visible
from tests.workspace.workspace_fixture import Workspace

TIMEOUT_MS = 30_000
# The review's clock, pinned: the last day of the seeded history, a Monday, in the afternoon.
# "Vandaag" and "Deze maand" are then the same days whatever the real date is (on the 1st of
# a month or a Saturday "Deze maand" would otherwise hold next to nothing).
PINNED_NOW = datetime.combine(REVIEW_TODAY, time(15, 0), tzinfo=ZoneInfo("Europe/Amsterdam"))
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    qtbot.keyClick(focused(), key, modifier)


def tab_to(qtbot: QtBot, target: QWidget, *, limit: int = 60) -> list[QWidget]:
    """Tab until ``target`` has the focus; the widgets passed on the way."""
    seen: list[QWidget] = []
    for _ in range(limit):
        if focused() is target:
            return seen
        seen.append(focused())
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"{target.accessibleName()!r} not reachable by Tab")


def read_csv(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads UTF-8 only with the BOM
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh, delimiter=";"))


def open_review(qtbot: QtBot, workspace: Workspace) -> ReviewWindow:
    flow = workspace.presenter.findChild(ReviewFlow)
    assert flow is not None
    flow.now = lambda: PINNED_NOW
    qtbot.keyClick(workspace.window.search_bar.input, Qt.Key.Key_K, CTRL_SHIFT)
    qtbot.waitUntil(lambda: flow.window is not None and flow.window.isVisible(), timeout=5000)
    window = flow.window
    assert window is not None
    window.activateWindow()
    qtbot.waitActive(window)
    return window


def wait_report(qtbot: QtBot, window: ReviewWindow) -> None:
    qtbot.waitUntil(lambda: window.message.text().startswith("Periode"), timeout=TIMEOUT_MS)


def this_month(qtbot: QtBot, window: ReviewWindow) -> None:
    """A period with working days in it: "today" may be a Saturday with no referrals at all."""
    before = window.message.text()
    window.preset.setCurrentIndex(window.preset.findText("Deze maand"))
    qtbot.waitUntil(
        lambda: window.message.text().startswith("Periode") and window.message.text() != before,
        timeout=TIMEOUT_MS,
    )


def test_review_by_keyboard_and_csv_equals_table(
    qtbot: QtBot, review_workspace: Workspace, tmp_path: Path
) -> None:
    workspace = review_workspace
    window = open_review(qtbot, workspace)
    presenter = window.presenter
    qtbot.waitUntil(lambda: window.team.count() > 1, timeout=TIMEOUT_MS)  # teams loaded
    window.preset.setFocus()
    assert focused() is window.preset

    # Period: "Deze week" is one step down from "Vandaag" (Monday: the week is today).
    with qtbot.waitSignal(presenter.ready, timeout=TIMEOUT_MS):
        press(qtbot, Qt.Key.Key_Down)
    wait_report(qtbot, window)
    assert window.preset.currentData() == "week"
    # Open referrals from the weeks before are in the queue, said in words (not in the tiles).
    earlier = sum(item.before_period for item in presenter.queue.items)
    assert earlier > 0
    assert f"waarvan {earlier} nog open van vóór de periode" in window.queue_pane.count.text()
    # "Deze maand" is one step further.
    with qtbot.waitSignal(presenter.ready, timeout=TIMEOUT_MS):
        press(qtbot, Qt.Key.Key_Down)
    wait_report(qtbot, window)
    assert window.preset.currentData() == "month"
    report = presenter.report
    assert report is not None
    assert (report.period.start, report.period.end) == (REVIEW_TODAY.replace(day=1), REVIEW_TODAY)
    assert report.as_of == PINNED_NOW
    assert report is not None and report.status_contacts > 0
    tiles = {t.label.text(): t.value.text() for t in window.tiles.tiles}
    assert tiles["Statuscontacten"] == str(report.status_contacts)
    assert tiles["Te laat"] == str(report.overdue_referrals)
    assert "Statuscontacten via balie" in tiles  # counter visits about a status: a KPI of its own
    all_teams_total = presenter.queue.rowCount()

    # Team: Tab to the team choice, pick the first team.
    tab_to(qtbot, window.team)
    with qtbot.waitSignal(presenter.ready, timeout=TIMEOUT_MS):
        press(qtbot, Qt.Key.Key_Down)
    team = window.team.currentText()
    assert team.startswith("Team ")
    assert presenter.report is not None and presenter.report.team == team
    assert 0 < presenter.queue.rowCount() < all_teams_total
    assert all(team in item.teams for item in presenter.queue.items)

    # The queue: filter on status "Open", then export it.
    pane = window.queue_pane
    tab_to(qtbot, window.tabs.tabBar())
    tab_to(qtbot, pane.status)
    press(qtbot, Qt.Key.Key_Down)  # Alle -> Open
    shown = rows_as_shown(presenter.queue_view)
    assert shown and len(shown) < presenter.queue.rowCount()
    assert {row[QueueColumn.STATUS] for row in shown} == {"Open"}
    target = tmp_path / "wachtrij.csv"
    window.ask_path = lambda suggested: target
    tab_to(qtbot, pane.export)
    press(qtbot, Qt.Key.Key_Space)
    assert read_csv(target) == [headers_as_shown(presenter.queue_view), *shown]
    assert str(target) in window.message.text()

    # The KPI table, from its own tab (Ctrl+Tab goes to the next tab), exported.
    tab_to(qtbot, window.tabs.tabBar())
    press(qtbot, Qt.Key.Key_Right)
    press(qtbot, Qt.Key.Key_Right)
    assert window.tabs.currentWidget() is window.kpi_pane
    kpi_target = tmp_path / "kpi.csv"
    window.ask_path = lambda suggested: kpi_target
    tab_to(qtbot, window.kpi_pane.export)
    press(qtbot, Qt.Key.Key_Space)
    assert read_csv(kpi_target) == [
        headers_as_shown(presenter.kpis),
        *rows_as_shown(presenter.kpis),
    ]
    window.close()


def test_everything_named_and_reachable_by_tab(qtbot: QtBot, review_workspace: Workspace) -> None:
    workspace = review_workspace
    window = open_review(qtbot, workspace)
    wait_report(qtbot, window)
    this_month(qtbot, window)
    # The zaaktypen follow the report (the zaken are read from the sources).
    qtbot.waitUntil(lambda: window.presenter.per_zaaktype.rowCount() > 0, timeout=TIMEOUT_MS)
    window.tabs.setCurrentIndex(1)  # the charts
    window.preset.setFocus()
    reached: list[QWidget] = []
    for _ in range(80):
        reached.append(focused())
        press(qtbot, Qt.Key.Key_Tab)
    for tile in window.tiles.tiles:
        assert tile in reached and tile.accessibleName().startswith(tile.label.text() + ": ")
    for chart in window.charts:
        assert chart.table in reached
        assert chart.table.accessibleName() == f"Tabel: {chart.title()}"
        assert chart.table.model().rowCount() > 0, (chart.title(), window.message.text())
    for widget in reached:
        assert widget.accessibleName(), f"unnamed: {widget!r}"
    # What the platform bridge reads (on Linux Qt's own combo box is named by its value only).
    assert QAccessible.queryAccessibleInterface(window).role() == QAccessible.Role.Window
    pane = window.queue_pane
    for label, combo in (
        ("Periode", window.preset),
        ("Team", window.team),
        ("Naar team", pane.team),
        ("Medewerker", pane.agent),
        ("Status", pane.status),
        ("Urgentie", pane.urgency),
        ("Sorteren op", pane.sort.column),
    ):
        iface = QAccessible.queryAccessibleInterface(combo)
        value = combo.currentText()
        assert iface.text(QAccessible.Text.Name) == f"{label}: {value}"
        assert iface.text(QAccessible.Text.Value) == value
    pane.status.setCurrentIndex(pane.status.findData("open"))
    iface = QAccessible.queryAccessibleInterface(pane.status)
    assert (iface.text(QAccessible.Text.Name), iface.text(QAccessible.Text.Value)) == (
        "Status: Open",
        "Open",
    )
    # The queue table, on its own tab.
    window.tabs.setCurrentIndex(0)
    tab_to(qtbot, window.queue_pane.table)
    assert window.queue_pane.table.accessibleName() == "Doorverwijzingen"
    window.close()


def test_enter_on_a_queue_row_opens_its_case_in_the_workspace(
    qtbot: QtBot, review_workspace: Workspace
) -> None:
    workspace = review_workspace
    window = open_review(qtbot, workspace)
    wait_report(qtbot, window)
    this_month(qtbot, window)
    presenter = window.presenter
    assert presenter.queue.rowCount() > 0
    pane = window.queue_pane
    pane.table.setFocus()
    press(qtbot, Qt.Key.Key_Down)
    row = pane.model.mapToSource(pane.table.currentIndex()).row()
    zaak_id = presenter.queue.items[row].zaak_id
    with qtbot.waitSignal(workspace.presenter.search_finished, timeout=TIMEOUT_MS) as found:
        press(qtbot, Qt.Key.Key_Return)
    result = found.args[0]
    uuids = {c.url.rstrip("/").rsplit("/", 1)[-1] for c in result.cases}
    assert zaak_id.rstrip("/").rsplit("/", 1)[-1] in uuids
    window.close()


def test_queue_columns_that_matter_fit_at_1366x768(
    qtbot: QtBot, review_workspace: Workspace
) -> None:
    """At 1366×768 (100 % text) every column of the queue is in view without scrolling
    sideways, the zaak number included (agents know a case by it, never by its uuid)."""
    workspace = review_workspace
    window = open_review(qtbot, workspace)
    window.resize(1366, 768)
    qtbot.waitExposed(window)
    wait_report(qtbot, window)
    this_month(qtbot, window)
    presenter = window.presenter
    model = presenter.queue_view
    qtbot.waitUntil(
        lambda: (
            model.rowCount() > 0
            and all(
                model.index(r, c).data() != "…"
                for r in range(model.rowCount())
                for c in (QueueColumn.ZAAK, QueueColumn.BSN)
            )
        ),
        timeout=TIMEOUT_MS,
    )
    qtbot.waitUntil(lambda: not window.queue_pane.fitting(), timeout=5000)
    assert window.width() <= 1366 and window.height() <= 768
    table = window.queue_pane.table
    header = table.horizontalHeader()
    viewport = table.viewport()
    qtbot.waitUntil(lambda: header.length() <= viewport.width(), timeout=5000)
    assert fully_visible(viewport)
    assert not table.horizontalScrollBar().isVisible()
    for column in QueueColumn:
        left = header.sectionViewportPosition(column)
        assert left >= 0 and left + header.sectionSize(column) <= viewport.width(), column.name
    # Each column wide enough for what it says; the reason (it takes the room that is left)
    # and the names (a team and a medewerker may be long together) have their whole text in
    # the tooltip.
    metrics = table.fontMetrics()
    may_cut = (QueueColumn.TEAM, QueueColumn.REASON, QueueColumn.AGENT)
    for row in range(model.rowCount()):
        for column in QueueColumn:
            index = model.index(row, column)
            text = str(index.data())
            if column in may_cut:
                assert index.data(Qt.ItemDataRole.ToolTipRole) == text
            else:
                assert metrics.horizontalAdvance(text) < header.sectionSize(column), text
    assert header.sectionSize(QueueColumn.REASON) >= metrics.averageCharWidth() * 20
    # The zaak says its number; a uuid is nowhere in the table's text.
    zaken = {str(model.index(r, QueueColumn.ZAAK).data()) for r in range(model.rowCount())}
    assert zaken and not any(len(z) == 36 and z.count("-") == 4 for z in zaken), zaken
    window.close()


def test_review_at_200_percent_text_on_1366x768(qtbot: QtBot, review_workspace: Workspace) -> None:
    """At 200 % text (Ctrl+= in the workspace) nothing in the review is cut off: no label beside
    a field, no column title. The queue no longer fits 1366 px then: it scrolls sideways, and
    "Naar" and "Reden" keep a readable width instead of being squeezed to a few letters."""
    reach_200_percent(qtbot)
    window = open_review(qtbot, review_workspace)
    window.resize(1366, 768)
    qtbot.waitExposed(window)
    wait_report(qtbot, window)
    this_month(qtbot, window)
    model = window.presenter.queue_view
    qtbot.waitUntil(
        lambda: (
            model.rowCount() > 0
            and all(model.index(r, QueueColumn.ZAAK).data() != "…" for r in range(model.rowCount()))
        ),
        timeout=TIMEOUT_MS,
    )
    qtbot.waitUntil(lambda: not window.queue_pane.fitting(), timeout=5000)
    wait_for_layout(qtbot, window)
    problems = clipped(window) + cut_headers(window)
    assert not problems, "\n".join(problems)
    table = window.queue_pane.table
    n = table.fontMetrics().horizontalAdvance("n")
    for column in (QueueColumn.TEAM, QueueColumn.REASON):
        assert table.horizontalHeader().sectionSize(column) >= MIN_CHARS * n, column.name
    # The charts grow with the text: room for the bars beside the legend and axis labels.
    window.tabs.setCurrentIndex(1)
    wait_for_layout(qtbot, window)
    for chart in window.charts:
        lines = chart.view.height() / chart.fontMetrics().lineSpacing()
        assert lines >= CHART_LINES, (chart.title(), lines)
    window.close()
