"""CaseDetailView: the two-step fill, errors and warnings in words, Tab order, forgetting the
caller, and screenshots at 100% and 200% text for a human to look at."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from kcc_desk.services.messages import verbatim
from kcc_desk.views.case_detail import CaseDetailView
from tests.fixtures.qt_layout import wait_for_layout
from tests.views.sample_data import (
    ADDRESS,
    HANDLER,
    PERSONA,
    STATUSTEKST,
    TODAY,
    all_texts,
    assert_no_clipping,
    assert_no_overlap,
    detail,
    documents,
    font_scale,
    summary,
    themed,
)

SHOTS = Path("/tmp/kcc-shots")


def make_view(qtbot: QtBot, width: int = 620, height: int = 900) -> CaseDetailView:
    view = CaseDetailView()
    qtbot.addWidget(view)
    view.resize(width, height)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_starts_empty_with_a_hint(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    assert view.empty_label.isVisible()
    assert not view.summary.isVisible()
    assert not view.timeline.isVisible()


def test_summary_then_loading_then_detail(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    view.set_summary(summary(), TODAY)
    view.show_loading()
    assert view.summary.isVisible()  # the Gegevens tab comes first
    assert view.summary.loading_label.isVisible()
    assert view.card.isVisible()
    assert not view.timeline.isVisible()
    assert not view.documents.isVisible()
    assert not view.empty_label.isVisible()

    view.set_detail(detail(), TODAY)
    assert not view.summary.loading_label.isVisible()
    assert view.timeline.isVisible()
    assert view.card.isVisible() and view.tabs.isVisible()
    assert view.show_tab(view.TAB_DOCUMENTS)
    assert view.documents.isVisible()
    assert view.timeline.model().rowCount() == 7
    assert view.documents.model.rowCount() == 3
    assert view.card.statustekst() == STATUSTEKST
    assert view.card.citizen.text() == f"De inwoner ziet: {STATUSTEKST}"


def test_new_summary_drops_the_previous_timeline_and_documents(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    view.set_detail(detail(), TODAY)
    view.set_summary(summary(), TODAY)
    assert view.timeline.model().rowCount() == 0
    assert view.documents.model.rowCount() == 0


def test_warnings_are_listed_in_words(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    warning = "De documenten konden niet worden opgehaald."
    view.set_detail(detail(warnings=(verbatim(warning),)), TODAY)
    assert view.warnings_banner.isVisible()
    assert view.warnings_banner.property("alert") == "warning"
    assert view.warnings_label.text() == f"Het lukte niet om alles te laden:\n• {warning}"
    view.set_detail(detail(), TODAY)
    assert not view.warnings_banner.isVisible()


def test_error_keeps_the_summary_and_says_what_failed(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    view.set_summary(summary(), TODAY)
    view.show_loading()
    view.show_error("Open Zaak (oefen) reageert niet.")
    assert view.error_banner.isVisible()
    assert view.error_banner.property("alert") == "error"
    assert view.error_label.text() == (
        "Het lukte niet om deze zaak te laden. Open Zaak (oefen) reageert niet."
    )
    assert not view.summary.loading_label.isVisible()
    assert view.summary.fields["zaaknummer"].value.text() == "ZAAK-2026-0001234"


def test_substatus_note_when_source_has_none(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    view.set_detail(replace(detail(), substatus_supported=False), TODAY)
    assert view.substatus_note.isVisible()
    assert "tussenstappen" in view.substatus_note.text()


def test_headings_are_named_and_label_their_section(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    view.set_detail(detail(), TODAY)
    heading = view.timeline_heading
    assert heading.text() == heading.accessibleName() == "Voortgang"
    assert heading.property("role") == "heading"
    assert heading.buddy() is view.timeline
    titles = [view.tabs.tabText(i) for i in range(view.tabs.count())]
    assert titles == ["Gegevens", "Documenten", "Rollen"]
    assert view.card.heading.property("heading") == "3"
    assert "ZAAK-2026-0001234" in view.card.heading.accessibleName()


def test_timeline_reads_the_same_inside_the_pane(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    view.set_detail(detail(expected_end=date(2026, 4, 4)), TODAY)
    iface = QAccessible.queryAccessibleInterface(view.timeline)
    assert iface is not None
    assert iface.child(1).text(QAccessible.Text.Name) == (
        "Stap 2 van 5: Geaccepteerd, afgerond op 3 maart 2026"
    )
    # Compact: no date line under the steps (the status card says it), but a screen reader
    # still hears it with the list, and how to open the substatuses.
    assert view.timeline.accessibleDescription().startswith(
        "Verwacht klaar op 4 april 2026 (3 dagen over de termijn)"
    )
    assert not view.timeline.expected_end_label.isVisible()


def test_tab_order_follows_reading_order(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    view.set_detail(detail(warnings=(verbatim("Eén bron gaf geen antwoord."),)), TODAY)
    view.activateWindow()
    first = view.warnings_label
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(first.hasFocus, timeout=1000)
    visited: list[QWidget] = []
    for _press in range(30):
        widget = QApplication.focusWidget()
        assert widget is not None
        visited.append(widget)
        if widget is view.tabs.tabBar():
            break
        QTest.keyClick(widget, Qt.Key.Key_Tab)
    card = view.card
    assert visited == [
        view.warnings_label,  # the warning is read first, and it is a Tab stop
        card.step,
        card.citizen,
        card.copy_button,
        card.expected,
        card.legal,
        card.result,
        card.handler,
        view.timeline,
        view.tabs.tabBar(),
    ]


def test_first_focusable_child_is_content_not_the_scroll_area(qtbot: QtBot) -> None:
    """What the main window's F6 lands on: the first visible Tab stop inside the pane."""
    view = make_view(qtbot)
    view.set_detail(detail(), TODAY)
    stops = [
        w
        for w in view.findChildren(QWidget)
        if w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]
    assert view.rest_scroll not in stops
    assert stops[0] is view.card.step
    for stop in stops:
        assert stop.accessibleName(), stop.objectName()  # no nameless Tab stop


def test_arrowing_through_the_timeline_keeps_the_row_in_view(qtbot: QtBot) -> None:
    view = make_view(qtbot, height=400)
    view.set_detail(detail(), TODAY)
    wait_for_layout(qtbot, view)
    view.timeline.setFocus()
    QTest.keyClick(view.timeline, Qt.Key.Key_End)
    wait_for_layout(qtbot, view)  # the scroll area brings the row into view
    row = view.timeline.visualRect(view.timeline.currentIndex())
    top = view.timeline.viewport().mapTo(view.rest_scroll.viewport(), row.topLeft()).y()
    assert top >= 0
    assert top + row.height() <= view.rest_scroll.viewport().height()


def test_enter_on_a_document_asks_to_open_it(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    view.set_detail(detail(), TODAY)
    view.documents.table.setFocus()
    with qtbot.waitSignal(view.open_document_requested, timeout=1000) as blocker:
        QTest.keyClick(view.documents.table, Qt.Key.Key_Return)
    assert blocker.args == [documents()[0]]


def test_clear_removes_every_trace_of_the_caller(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    view.set_detail(detail(warnings=(verbatim(f"Rol van {PERSONA} niet geladen."),)), TODAY)
    view.show_error(f"Fout bij {PERSONA}")
    before = all_texts(view)
    assert any(PERSONA in t for t in before)
    view.clear()
    after = all_texts(view)
    for secret in (PERSONA, HANDLER, ADDRESS, "ZAAK-2026-0001234", "welstand", STATUSTEKST[:25]):
        assert not any(secret in t for t in after), secret
    assert view.empty_label.isVisible()


@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_no_clipping_in_the_whole_pane(qtbot: QtBot, scale: float) -> None:
    with font_scale(scale):
        view = make_view(qtbot, width=620)
        view.set_detail(
            detail(
                expected_end=date(2026, 4, 4), warnings=(verbatim("Eén bron gaf geen antwoord."),)
            ),
            TODAY,
        )
        wait_for_layout(qtbot, view)  # row heights settle after the header's layout pass
        assert_no_clipping(view)
        assert_no_overlap(view.body, view.card, view.rest, view.summary)
        # Nothing sticks out sideways.
        assert view.rest.width() <= view.rest_scroll.viewport().width()


@pytest.mark.parametrize(("scale", "name"), [(1.0, "100"), (2.0, "200")])
def test_save_screenshots(qtbot: QtBot, scale: float, name: str) -> None:
    """Offscreen renders of the whole pane, for a human to look at (not compared)."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    with font_scale(scale):
        view = make_view(qtbot, width=620, height=900)
        view.set_detail(
            detail(
                expected_end=date(2026, 4, 4),
                warnings=(verbatim("De documenten van één bron konden niet worden opgehaald."),),
            ),
            TODAY,
        )
        view.timeline.setFocus()
        wait_for_layout(qtbot, view)
        assert view.rest.grab().save(str(SHOTS / f"case_detail_{name}_full.png"))
        assert view.grab().save(str(SHOTS / f"case_detail_{name}.png"))


@pytest.mark.parametrize(
    ("theme", "scale"),
    [("voorbeeld", 1.0), ("voorbeeld", 2.0), ("donker", 1.0), ("hoog-contrast", 2.0)],
)
def test_themed_pane_has_no_clipping_and_real_badges(
    qtbot: QtBot, theme: str, scale: float
) -> None:
    with themed(theme, scale):
        view = make_view(qtbot, width=700)
        view.set_detail(detail(expected_end=date(2026, 4, 4)), TODAY)
        wait_for_layout(qtbot, view)
        assert_no_clipping(view)
        assert_no_overlap(view.body, view.card, view.rest, view.summary)
        # The theme's QSS padding reached the badge (set before its first polish).
        card_badge = view.card.overdue_badge
        assert card_badge.isVisible() and card_badge.property("badge") == "overdue"
        assert card_badge.contentsMargins().left() > 0
        assert "3 dagen over de termijn" in card_badge.text()
        SHOTS.mkdir(parents=True, exist_ok=True)
        view.grab().save(str(SHOTS / f"case_detail_{theme}_{int(scale * 100)}.png"))


@pytest.mark.parametrize(("theme", "scale"), [("voorbeeld", 1.0), ("hoog-contrast", 2.0)])
def test_themed_document_titles_are_never_elided(qtbot: QtBot, theme: str, scale: float) -> None:
    with themed(theme, scale):
        view = make_view(qtbot, width=700)
        view.set_detail(detail(), TODAY)
        wait_for_layout(qtbot, view)
        table = view.documents.table
        metrics = table.fontMetrics()
        flags = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap)
        model = table.model()
        # The style's horizontal cell padding, measured on the one-line date column.
        dates = [str(model.index(r, 2).data()) for r in range(model.rowCount())]
        padding = table.sizeHintForColumn(2) - max(metrics.horizontalAdvance(d) for d in dates)
        for row in range(model.rowCount()):
            text = str(model.index(row, 0).data())
            # Wrapped inside the padded cell, the text still fits the row: nothing elided.
            inner = table.columnWidth(0) - padding
            needed = metrics.boundingRect(QRect(0, 0, inner, 10_000), flags, text).height()
            assert table.rowHeight(row) >= needed, text
