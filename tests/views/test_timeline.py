"""TimelineView: what a screen reader hears, what the keyboard does, and that nothing clips."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QFont
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from kcc_desk.presenters.timeline_model import TimelineModel, TimelineRole
from kcc_desk.services.models import StepState, TimelineStep
from kcc_desk.views.timeline import TimelineView
from tests.fixtures.qt_layout import wait_for_layout
from tests.views.sample_data import STATUSTEKST, TODAY, timeline_steps

EXPECTED_NAMES = [
    "Stap 1 van 5: Geregistreerd, afgerond op 2 maart 2026",
    "Stap 2 van 5: Geaccepteerd, afgerond op 3 maart 2026",
    "Stap 3 van 5: In behandeling, huidige stap sinds 5 maart 2026",
    "Bij stap 3: Wachten op advies welstand, 7 maart 2026",
    "Bij stap 3: Interne afstemming bouwtoezicht, 20 maart 2026, intern, de inwoner ziet dit niet",
    "Stap 4 van 5: Besluit genomen, nog niet bereikt",
    "Stap 5 van 5: Afgerond, nog niet bereikt",
]


def make_view(qtbot: QtBot, width: int = 520) -> tuple[QWidget, TimelineView]:
    """A timeline in a plain layout, shown, as the detail pane would hold it."""
    host = QWidget()
    layout = QVBoxLayout(host)
    view = TimelineView()
    layout.addWidget(view)
    layout.addStretch()
    qtbot.addWidget(host)
    host.resize(width, 900)
    host.show()
    qtbot.waitExposed(host)
    return host, view


def press(view: QWidget, key: Qt.Key) -> None:
    """qtbot.keyClick, typed (pytest-qt's is untyped)."""
    QTest.keyClick(view, key)


def accessible_names(view: TimelineView) -> list[str]:
    iface = QAccessible.queryAccessibleInterface(view)
    assert iface is not None
    return [iface.child(i).text(QAccessible.Text.Name) for i in range(iface.childCount())]


def test_each_row_reads_as_a_sentence(qtbot: QtBot) -> None:
    _host, view = make_view(qtbot)
    view.set_timeline(timeline_steps(), date(2026, 4, 14), TODAY)
    assert accessible_names(view) == EXPECTED_NAMES


def test_a_substatus_written_as_a_sentence_reads_without_a_stray_full_stop(
    qtbot: QtBot,
) -> None:
    steps = timeline_steps()
    current = steps[2]
    sentence = replace(current.substatussen[0], omschrijving="Wacht op antwoord van de inwoner.")
    steps = (*steps[:2], replace(current, substatussen=(sentence,)), *steps[3:])
    _host, view = make_view(qtbot)
    view.set_timeline(steps, date(2026, 4, 14), TODAY)
    assert "Bij stap 3: Wacht op antwoord van de inwoner, 7 maart 2026" in accessible_names(view)


def test_rows_are_list_items_of_a_named_list(qtbot: QtBot) -> None:
    _host, view = make_view(qtbot)
    view.set_timeline(timeline_steps(), date(2026, 4, 14), TODAY)
    iface = QAccessible.queryAccessibleInterface(view)
    assert iface is not None
    assert iface.role() == QAccessible.Role.List
    assert iface.text(QAccessible.Text.Name) == "Voortgang van de zaak"
    assert iface.text(QAccessible.Text.Description) == (
        "Verwacht klaar op 14 april 2026 (nog 7 dagen)"
    )
    assert {iface.child(i).role() for i in range(iface.childCount())} == {QAccessible.Role.ListItem}


def test_current_step_description_is_what_the_citizen_sees(qtbot: QtBot) -> None:
    _host, view = make_view(qtbot)
    view.set_timeline(timeline_steps(), None, TODAY)
    iface = QAccessible.queryAccessibleInterface(view)
    assert iface is not None
    assert iface.child(2).text(QAccessible.Text.Description) == f"De inwoner ziet: {STATUSTEKST}"
    assert iface.child(0).text(QAccessible.Text.Description) == ""


def test_steps_are_sorted_by_volgnummer(qtbot: QtBot) -> None:
    _host, view = make_view(qtbot)
    view.set_timeline(tuple(reversed(timeline_steps())), None, TODAY)
    assert accessible_names(view) == EXPECTED_NAMES


def test_step_without_a_date_still_says_its_state(qtbot: QtBot) -> None:
    _host, view = make_view(qtbot)
    steps = (
        TimelineStep("Geregistreerd", 1, StepState.DONE, None, ""),
        TimelineStep("In behandeling", 2, StepState.CURRENT, None, ""),
    )
    view.set_timeline(steps, None, TODAY)
    assert accessible_names(view) == [
        "Stap 1 van 2: Geregistreerd, afgerond",
        "Stap 2 van 2: In behandeling, huidige stap",
    ]


def test_keyboard_starts_on_the_current_step_and_walks_all_rows(qtbot: QtBot) -> None:
    _host, view = make_view(qtbot)
    view.set_timeline(timeline_steps(), date(2026, 4, 14), TODAY)
    view.setFocus()
    assert view.currentIndex().row() == 2  # "In behandeling": where the case is now
    rows = []
    for _step in range(6):
        press(view, Qt.Key.Key_Down)
        rows.append(view.currentIndex().row())
    assert rows == [3, 4, 5, 6, 6, 6]  # through both substatuses, stops at the last step
    press(view, Qt.Key.Key_Up)
    assert view.currentIndex().row() == 5
    press(view, Qt.Key.Key_Home)
    assert view.currentIndex().row() == 0
    press(view, Qt.Key.Key_Up)
    assert view.currentIndex().row() == 0
    press(view, Qt.Key.Key_End)
    assert view.currentIndex().row() == 6
    # The current row is also the selected one, so the cursor is drawn.
    assert view.selectionModel().isSelected(view.currentIndex())


def test_tab_moves_on_instead_of_walking_rows(qtbot: QtBot) -> None:
    _host, view = make_view(qtbot)
    view.set_timeline(timeline_steps(), None, TODAY)
    assert not view.tabKeyNavigation()
    assert view.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_intern_substatus_is_marked_in_words(qtbot: QtBot) -> None:
    _host, view = make_view(qtbot)
    view.set_timeline(timeline_steps(), None, TODAY)
    model = view.timeline_model()
    intern = model.index(4, 0)
    public = model.index(3, 0)
    assert intern.data(TimelineRole.INTERN) is True
    assert "Intern: de inwoner ziet dit niet" in intern.data(TimelineRole.DETAIL)
    assert "intern" in intern.data(Qt.ItemDataRole.AccessibleTextRole)
    assert "intern" not in public.data(TimelineRole.DETAIL).lower()


def test_overdue_expected_end_is_said_in_words(qtbot: QtBot) -> None:
    _host, view = make_view(qtbot)
    view.set_timeline(timeline_steps(), date(2026, 4, 4), TODAY)
    label = view.expected_end_label
    assert label.isVisible()
    assert label.text() == "Verwacht klaar op 4 april 2026 (3 dagen over de termijn)"
    assert label.property("badge") == "overdue"
    assert "3 dagen over de termijn" in view.accessibleDescription()


def test_one_day_overdue_is_singular(qtbot: QtBot) -> None:
    _host, view = make_view(qtbot)
    view.set_timeline(timeline_steps(), date(2026, 4, 6), TODAY)
    assert view.expected_end_label.text().endswith("(1 dag over de termijn)")


def test_expected_end_on_time_has_no_warning(qtbot: QtBot) -> None:
    _host, view = make_view(qtbot)
    view.set_timeline(timeline_steps(), date(2026, 4, 12), TODAY)
    assert view.expected_end_label.text() == "Verwacht klaar op 12 april 2026 (nog 5 dagen)"
    assert not view.expected_end_label.property("badge")


def test_closed_case_says_when_it_ended(qtbot: QtBot) -> None:
    _host, view = make_view(qtbot)
    done = tuple(replace(s, state=StepState.DONE) for s in timeline_steps())
    view.set_timeline(done, date(2026, 4, 4), TODAY, ended=date(2026, 3, 28))
    assert view.expected_end_label.text() == "Zaak afgerond op 28 maart 2026"
    assert not view.expected_end_label.property("badge")
    assert view.currentIndex().row() == 6  # last done step


def test_no_steps_says_so(qtbot: QtBot) -> None:
    _host, view = make_view(qtbot)
    view.set_timeline((), None, TODAY)
    assert view.expected_end_label.text() == "Van deze zaak zijn geen stappen bekend."
    assert view.model().rowCount() == 0


def test_clear_forgets_everything(qtbot: QtBot) -> None:
    _host, view = make_view(qtbot)
    view.set_timeline(timeline_steps(), date(2026, 4, 4), TODAY)
    view.clear()
    assert view.model().rowCount() == 0
    assert view.expected_end_label.text() == ""
    assert not view.expected_end_label.isVisible()
    assert not any(label.text() for label in view.findChildren(QLabel))
    assert view.accessibleDescription() == ""
    assert view.accessibleName() == "Voortgang van de zaak"


def assert_rows_fit(view: TimelineView) -> None:
    """Every row lies fully inside the viewport and the footer sits below the last row."""
    viewport = view.viewport().rect()
    bottom = 0
    for row in range(view.model().rowCount()):
        rect = view.visualRect(view.model().index(row, 0))
        assert viewport.contains(rect), (row, rect, viewport)
        bottom = max(bottom, rect.bottom())
    assert bottom <= viewport.bottom()
    label = view.expected_end_label
    if label.isVisible():
        assert label.geometry().top() > view.viewport().geometry().top() + bottom
        assert label.geometry().bottom() <= view.rect().bottom()
        assert label.heightForWidth(label.width()) <= label.height()


def test_height_hugs_content(qtbot: QtBot) -> None:
    _host, view = make_view(qtbot)
    view.set_timeline(timeline_steps(), date(2026, 4, 4), TODAY)
    wait_for_layout(qtbot, _host)
    assert_rows_fit(view)
    rows_height = sum(
        view.visualRect(view.model().index(r, 0)).height() for r in range(view.model().rowCount())
    )
    assert view.viewport().height() == rows_height  # no empty space, no scrolling
    empty_height = view.height()
    view.clear()
    assert view.height() < empty_height


@pytest.mark.parametrize("width", [260, 520, 900])
def test_reflows_at_any_width(qtbot: QtBot, width: int) -> None:
    host, view = make_view(qtbot, width=width)
    view.set_timeline(timeline_steps(), date(2026, 4, 4), TODAY)
    wait_for_layout(qtbot, host)
    assert_rows_fit(view)
    host.resize(width + 200, 900)
    wait_for_layout(qtbot, host)
    assert_rows_fit(view)


def test_reflows_at_200_percent_text(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    original = app.font()
    big = QFont(original)
    big.setPointSizeF(original.pointSizeF() * 2)
    app.setFont(big)
    try:
        host, view = make_view(qtbot, width=420)
        view.set_timeline(timeline_steps(), date(2026, 4, 4), TODAY)
        wait_for_layout(qtbot, host)
        assert view.font().pointSizeF() == pytest.approx(big.pointSizeF())
        assert_rows_fit(view)
        # The current step's statustekst wraps onto several lines at this size.
        current = view.visualRect(view.model().index(2, 0))
        assert current.height() > 5 * view.fontMetrics().height()
    finally:
        app.setFont(original)


def test_model_passes_qtmodeltester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = TimelineModel()
    model.set_steps(timeline_steps())
    qtmodeltester.check(model, force_py=True)
    model.clear()
    qtmodeltester.check(model, force_py=True)


def test_dates_follow_the_installed_language(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    from kcc_desk.presenters import timeline_model

    monkeypatch.setattr(timeline_model, "current_language", lambda: "en")
    assert timeline_model.ui_language() == "en"
    model = TimelineModel()
    model.set_steps(timeline_steps())
    assert "3 March 2026" in model.index(1, 0).data(TimelineRole.DETAIL)
    monkeypatch.setattr(timeline_model, "current_language", lambda: "nl")
    assert "3 maart 2026" in model.index(1, 0).data(TimelineRole.DETAIL)
