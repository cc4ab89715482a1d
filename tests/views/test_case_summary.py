"""CaseSummaryView: the data list, the citizen's status text, 200% text and forgetting the case."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from kcc_desk.views.case_summary import CaseSummaryView
from tests.fixtures.qt_layout import wait_for_layout
from tests.views.sample_data import (
    ADDRESS,
    HANDLER,
    PERSONA,
    STATUSTEKST,
    TODAY,
    all_texts,
    assert_no_clipping,
    closed_detail,
    detail,
    font_scale,
    summary,
)


def make_view(qtbot: QtBot, width: int = 600) -> CaseSummaryView:
    view = CaseSummaryView()
    qtbot.addWidget(view)
    view.resize(width, 900)
    view.show()
    qtbot.waitExposed(view)
    return view


def value(view: CaseSummaryView, key: str) -> str:
    return view.fields[key].value.text()


def shown(view: CaseSummaryView, key: str) -> bool:
    return view.fields[key].value.isVisible() and view.fields[key].key.isVisible()


def test_detail_fills_every_field(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    view.set_detail(detail(), TODAY)
    assert value(view, "zaaknummer") == "ZAAK-2026-0001234"
    assert value(view, "onderwerp") == "Omgevingsvergunning"
    assert value(view, "omschrijving") == "Dakkapel plaatsen op het voordakvlak"
    assert value(view, "status") == "In behandeling (sinds 5 maart 2026)"
    assert value(view, "gestart") == "2 maart 2026"
    assert value(view, "verwacht") == "14 april 2026 (nog 7 dagen)"
    assert value(view, "uiterst") == "27 april 2026 (nog 20 dagen)"
    assert value(view, "resultaat") == "Nog geen resultaat"
    assert value(view, "vertrouwelijkheid") == "zaakvertrouwelijk"
    assert value(view, "object") == ADDRESS
    assert value(view, "aanvrager") == PERSONA
    assert value(view, "behandelaar") == HANDLER
    assert value(view, "bron") == "Open Zaak (oefen)"
    assert not shown(view, "afgerond")  # still open
    assert view.citizen_text.text() == STATUSTEKST
    assert not view.loading_label.isVisible()


def test_values_say_caption_and_value_once(qtbot: QtBot) -> None:
    """Issue 20: Orca read "Zaaknummer Zaaknummer: …": the buddy's caption, then a name that
    repeated it. The name says "caption: value"; the caption label is nobody's buddy."""
    view = make_view(qtbot)
    view.set_detail(detail(), TODAY)
    for field in view.fields.values():
        assert field.key.buddy() is None
        assert field.key.accessibleName() in ("", field.key.text())  # a label's name: its text
        if field.value.text():
            assert field.value.accessibleName().startswith(
                f"{field.key.text()}: {field.value.text()}"
            )
        # Reachable with Tab, selectable with the keyboard: a screen reader user can read it.
        assert field.value.focusPolicy() & Qt.FocusPolicy.TabFocus
        assert field.value.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard
    assert view.citizen_heading.buddy() is None
    assert view.citizen_text.accessibleName() == f"Dit ziet de inwoner in Mijn Zaken: {STATUSTEKST}"
    assert "Kopieer tekst" in view.copy_button.accessibleName()


def test_overdue_is_said_in_words_with_a_badge(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    view.set_detail(detail(expected_end=date(2026, 4, 4)), TODAY)
    field = view.fields["verwacht"]
    assert field.value.text() == "4 april 2026"
    assert field.badge.isVisible()
    assert field.badge.text() == "3 dagen over de termijn"
    assert field.badge.property("badge") == "overdue"
    # The badge's words are in the name: Tab reaches the value, not the badge under it.
    assert field.value.accessibleName() == (
        "Verwacht klaar op: 4 april 2026, 3 dagen over de termijn"
    )
    # No badge on values: the theme's QLabel[badge] rule matches any value of the property.
    assert not view.fields["uiterst"].badge.isVisible()
    assert all(f.value.property("badge") is None for f in view.fields.values())


def test_public_case_has_no_confidentiality_row(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    case = detail()
    view.set_detail(
        replace(case, summary=replace(case.summary, vertrouwelijkheidaanduiding="openbaar")), TODAY
    )
    assert not shown(view, "vertrouwelijkheid")
    view.set_detail(case, TODAY)
    assert shown(view, "vertrouwelijkheid")
    assert value(view, "vertrouwelijkheid") == "zaakvertrouwelijk"  # in words


def test_closed_case_shows_end_and_result_without_countdown(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    view.set_detail(closed_detail(), TODAY)
    assert value(view, "afgerond") == "28 maart 2026"
    assert value(view, "resultaat") == "Vergunning verleend"
    assert value(view, "verwacht") == "14 april 2026"
    assert not view.fields["verwacht"].badge.isVisible()


def test_summary_first_then_detail(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    view.set_summary(summary(), TODAY)
    assert view.loading_label.isVisible()
    assert view.loading_label.text() == "Bezig met laden…"
    assert value(view, "zaaknummer") == "ZAAK-2026-0001234"
    assert not shown(view, "aanvrager")
    assert view.citizen_text.text() == STATUSTEKST
    view.set_detail(detail(), TODAY)
    assert not view.loading_label.isVisible()
    assert shown(view, "aanvrager")


def test_missing_roles_say_not_known(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    view.set_detail(replace(detail(), roles=(), objects=()), TODAY)
    assert value(view, "aanvrager") == "Onbekend"
    assert value(view, "object") == "Onbekend"


def test_copy_button_copies_the_citizen_text(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    view.set_detail(detail(), TODAY)
    with qtbot.waitSignal(view.statustekst_copied, timeout=1000):
        QTest.mouseClick(view.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == STATUSTEKST
    assert view.copied_label.text() == "Tekst gekopieerd."


def test_copy_button_disabled_without_text(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    case = detail()
    assert case.summary.status is not None
    status = replace(case.summary.status, statustekst="")
    view.set_detail(replace(case, summary=replace(case.summary, status=status)), TODAY)
    assert not view.copy_button.isEnabled()
    assert "geen tekst" in view.citizen_text.text()


@pytest.mark.parametrize("width", [360, 600, 1000])
def test_no_clipping_at_100_percent(qtbot: QtBot, width: int) -> None:
    view = make_view(qtbot, width)
    view.set_detail(detail(expected_end=date(2026, 4, 4)), TODAY)
    view.resize(width, view.heightForWidth(width) if view.hasHeightForWidth() else 2000)
    wait_for_layout(qtbot, view)
    assert_no_clipping(view)


@pytest.mark.parametrize("width", [500, 1000])
def test_no_clipping_at_200_percent(qtbot: QtBot, width: int) -> None:
    with font_scale(2.0):
        view = make_view(qtbot, width)
        view.set_detail(detail(expected_end=date(2026, 4, 4)), TODAY)
        view.resize(width, view.heightForWidth(width) if view.hasHeightForWidth() else 3000)
        wait_for_layout(qtbot, view)
        assert view.fields["zaaknummer"].value.font().pointSizeF() > 15
        assert_no_clipping(view)


def test_clear_removes_all_caller_data(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    view.set_detail(detail(), TODAY)
    assert any(PERSONA in t for t in all_texts(view))
    view.clear()
    for secret in (PERSONA, ADDRESS, HANDLER, "ZAAK-2026-0001234", "Dakkapel", STATUSTEKST[:20]):
        assert not any(secret in t for t in all_texts(view)), secret
    assert view.statustekst() == ""
    assert not view.citizen_box.isVisible()
