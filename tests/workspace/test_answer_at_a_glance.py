"""The answer at a glance (issue 13): with a case open, at 1366 x 768 and 1920 x 1080 and 100%
text, without scrolling, the agent sees at least six one-line rows of the case list, the status
card (current step, what the citizen sees, expected and legal end date, result, who has the case,
confidentiality) and every step of the timeline. At 200% text the list gives way first: the card
and the current step stay in view, and nothing is wider than the window.

Asserted from the widgets' geometry (tests/workspace/glance.py), for the 20-case persona and for
a case with 7 steps (the training persona's Wmo case, which is also *geheim*)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kcc_desk.demo.data.personas import BENCHMARK_BSN_20, PERSONA_BSN
from kcc_desk.theme.apply import current_text_scale
from kcc_desk.views.main_window import MainWindow
from tests.workspace.glance import fully_visible, visible_rows
from tests.workspace.workspace_fixture import Workspace

TIMEOUT_MS = 15_000
CTRL = Qt.KeyboardModifier.ControlModifier
SHOTS = Path(os.environ.get("KCC_A11Y_SHOTS", "/tmp/kcc-a11y"))


def _search(qtbot: QtBot, workspace: Workspace, text: str) -> None:
    window = workspace.window
    field = window.search_bar.input
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)
    with qtbot.waitSignal(workspace.presenter.search_finished, timeout=TIMEOUT_MS):
        qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(window.case_list.table.hasFocus, timeout=2000)


def _open_row(qtbot: QtBot, workspace: Workspace, row: int) -> None:
    """Arrow down to ``row`` and press Enter, as an agent does."""
    table = workspace.window.case_list.table
    qtbot.keyClick(table, Qt.Key.Key_Home)
    for _ in range(row):
        qtbot.keyClick(table, Qt.Key.Key_Down)
    with qtbot.waitSignal(workspace.presenter.case_ready, timeout=TIMEOUT_MS):
        qtbot.keyClick(table, Qt.Key.Key_Return)


def _row_of_most_steps(workspace: Workspace) -> int:
    """The list row of the case whose zaaktype has the most steps (7: Wmo-maatwerkvoorziening)."""
    proxy = workspace.window.case_list.proxy
    server = workspace.server
    steps = {}
    for data in server.data.sources:
        for zaaktype in data.zaaktypen.values():
            steps[zaaktype.omschrijving] = len(zaaktype.statustype_uuids)
    counts = [steps.get(str(proxy.index(r, 1).data()), 0) for r in range(proxy.rowCount())]
    return counts.index(max(counts))


def _settle(qtbot: QtBot, window: MainWindow) -> None:
    """Wait until the panes have taken their final sizes (a condition, not a delay)."""
    sizes: list[object] = []

    def stable() -> bool:
        QApplication.processEvents()
        now = (
            window.case_list.height(),
            window.case_detail.card.height(),
            window.case_detail.timeline.height(),
            window.page_scroll.widget().height(),
        )
        sizes.append(now)
        return len(sizes) >= 3 and sizes[-1] == sizes[-2] == sizes[-3]

    qtbot.waitUntil(stable, timeout=5000)


def _resize(qtbot: QtBot, window: MainWindow, width: int, height: int) -> None:
    window.resize(width, height)
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.width() == width and window.height() == height, timeout=2000)
    _settle(qtbot, window)


def _no_page_scrolling(window: MainWindow) -> list[str]:
    problems = []
    bar = window.page_scroll.verticalScrollBar()
    if bar.maximum() > 0:
        problems.append(f"the page scrolls by {bar.maximum()} px")
    if window.central.width() > window.page_scroll.viewport().width():
        problems.append("the page is wider than the window")
    return problems


def _card_problems(window: MainWindow, *, expect_warning: bool) -> list[str]:
    card = window.case_detail.card
    problems = []
    wanted = {
        "current step": card.step,
        "citizen's text": card.citizen,
        "expected end": card.expected,
        "legal end": card.legal,
        "result": card.result,
        "who has the case": card.handler,
        "case and confidentiality": card.heading,
    }
    if expect_warning:
        wanted["confidentiality warning"] = card.warning_text
    for what, widget in wanted.items():
        if not widget.text():
            problems.append(f"{what}: empty")
        elif not fully_visible(widget):
            problems.append(f"{what}: not fully in view")
        elif widget.heightForWidth(widget.width()) > widget.height() + 1:
            problems.append(f"{what}: text cut off")
    return problems


def _glance_problems(window: MainWindow, *, expect_warning: bool) -> list[str]:
    problems = _no_page_scrolling(window) + _card_problems(window, expect_warning=expect_warning)
    table = window.case_list.table
    rows = visible_rows(table)
    wanted_rows = min(6, table.model().rowCount())
    if len(rows) < wanted_rows:
        problems.append(f"case list: {len(rows)} whole rows in view, want {wanted_rows}")
    line = table.fontMetrics().lineSpacing()
    if any(table.rowHeight(r) >= 2 * line for r in rows):
        problems.append("case list: rows are more than one line high")
    timeline = window.case_detail.timeline
    steps = timeline.timeline_model().step_count()
    shown = visible_rows(timeline)
    if len(shown) < steps:
        problems.append(f"timeline: {len(shown)} of {steps} steps in view")
    return problems


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_the_answer_at_a_glance_at_100_percent(
    qtbot: QtBot, workspace: Workspace, size: tuple[int, int]
) -> None:
    window = workspace.window
    _resize(qtbot, window, *size)
    SHOTS.mkdir(parents=True, exist_ok=True)

    _search(qtbot, workspace, BENCHMARK_BSN_20)
    assert workspace.presenter.cases.rowCount() == 20
    _open_row(qtbot, workspace, 0)
    _settle(qtbot, window)
    window.grab().save(str(SHOTS / f"glance-20-{size[0]}.png"))
    problems = _glance_problems(window, expect_warning=False)
    assert not problems, "\n".join(problems)
    card = window.case_detail.card
    assert card.step.text().startswith("Stap ") and " van " in card.step.text()
    # Who has the case, from the rollen: the behandelaar and the responsible department.
    assert "afdeling: Team " in card.handler.text()
    assert "onbekend" not in card.handler.text()

    _search(qtbot, workspace, PERSONA_BSN)
    _open_row(qtbot, workspace, _row_of_most_steps(workspace))
    _settle(qtbot, window)
    window.grab().save(str(SHOTS / f"glance-7-steps-{size[0]}.png"))
    assert window.case_detail.timeline.timeline_model().step_count() == 7
    problems = _glance_problems(window, expect_warning=True)
    assert not problems, "\n".join(problems)


def _reach_200_percent(qtbot: QtBot, window: MainWindow) -> None:
    for _ in range(10):
        if current_text_scale() >= 2.0:
            break
        qtbot.keyClick(window.search_bar.input, Qt.Key.Key_Equal, CTRL)
    assert current_text_scale() == 2.0


@pytest.mark.parametrize("when", ["before the search", "with the case open"])
def test_at_200_percent_the_case_list_gives_way_first(
    qtbot: QtBot, workspace: Workspace, when: str
) -> None:
    window = workspace.window
    _resize(qtbot, window, 1366, 768)
    if when == "before the search":  # an agent who works at 200% all day
        _reach_200_percent(qtbot, window)
    _search(qtbot, workspace, PERSONA_BSN)
    _open_row(qtbot, workspace, _row_of_most_steps(workspace))
    _settle(qtbot, window)
    rows_at_100 = 5  # the persona's five cases, all in view at 100% (the test above)
    if when == "with the case open":
        rows_at_100 = len(visible_rows(window.case_list.table))
        _reach_200_percent(qtbot, window)
    _settle(qtbot, window)
    window.grab().save(str(SHOTS / f"glance-200-{when.replace(' ', '-')}.png"))
    problems = _no_page_scrolling(window)
    card = window.case_detail.card
    for what, widget in (
        ("heading", card.heading),
        ("warning", card.warning_text),
        ("current step", card.step),
        ("citizen's text", card.citizen),
        ("expected end", card.expected),
    ):
        if not fully_visible(widget):
            problems.append(f"{what}: not fully in view")
    rows_at_200 = len(visible_rows(window.case_list.table))
    if not 1 <= rows_at_200 < rows_at_100:
        problems.append(f"case list: {rows_at_200} rows at 200%, {rows_at_100} at 100%")
    assert not problems, "\n".join(problems)
