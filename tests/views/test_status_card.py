"""StatusCard: the answer to "how far along is my request?" in words: the step, what the citizen
sees, the dates with overdue said, the result, who has the case, confidentiality."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from pytestqt.qtbot import QtBot

from kcc_desk.services.models import Role
from kcc_desk.views.status_card import StatusCard
from tests.views.sample_data import HANDLER, STATUSTEKST, TODAY, closed_detail, detail


def make_card(qtbot: QtBot) -> StatusCard:
    card = StatusCard()
    qtbot.addWidget(card)
    card.resize(600, 400)
    card.show()
    return card


def test_an_open_case_in_words(qtbot: QtBot) -> None:
    card = make_card(qtbot)
    department = Role("behandelaar", "Behandelaar", "organisatorische_eenheid", "Team Bouwen")
    case = replace(detail(), roles=(*detail().roles, department))
    card.set_detail(case, TODAY)
    assert card.heading.text() == "ZAAK-2026-0001234 · Omgevingsvergunning · zaakvertrouwelijk"
    assert card.step.text().startswith("Stap ") and " van " in card.step.text()
    assert card.citizen.text() == f"De inwoner ziet: {STATUSTEKST}"
    assert card.expected.text() == "Verwacht klaar op: 14 apr 2026 (nog 7 dagen)"
    assert card.expected.accessibleName() == "Verwacht klaar op: 14 april 2026 (nog 7 dagen)"
    assert card.legal.text() == "Wettelijke termijn: 27 apr 2026 (nog 20 dagen)"
    assert card.result.text() == "Resultaat: nog geen resultaat"
    assert card.handler.text() == f"Behandelaar: {HANDLER} · afdeling: Team Bouwen"
    assert not card.warning.isVisible()  # zaakvertrouwelijk: said, no phone warning
    assert not card.overdue_badge.isVisible()


def test_overdue_is_said_in_words(qtbot: QtBot) -> None:
    card = make_card(qtbot)
    card.set_detail(detail(expected_end=date(2026, 4, 4)), TODAY)
    assert card.overdue_badge.isVisible()
    assert card.overdue_badge.property("badge") == "overdue"
    assert card.overdue_badge.text() == "Te laat. Verwacht klaar op: 3 dagen over de termijn"


def test_a_closed_case_says_when_and_how_it_ended(qtbot: QtBot) -> None:
    card = make_card(qtbot)
    card.set_detail(closed_detail(), TODAY)
    assert card.expected.text() == "Afgerond op: 28 mrt 2026"
    assert card.result.text() == "Resultaat: Vergunning verleend"
    assert not card.legal.isVisible()


def test_a_secret_case_warns_what_may_be_said(qtbot: QtBot) -> None:
    card = make_card(qtbot)
    secret = detail()
    secret = replace(secret, summary=replace(secret.summary, vertrouwelijkheidaanduiding="geheim"))
    card.set_detail(secret, TODAY)
    assert card.warning.isVisible()
    assert card.warning_message().startswith("Let op, geheim: noem aan de telefoon alleen")
    assert card.heading.text().endswith("· geheim")


def test_clear_leaves_nothing(qtbot: QtBot) -> None:
    card = make_card(qtbot)
    card.set_detail(detail(), TODAY)
    card.set_referrals(["Open doorverwijzing van 4 december 2026 naar Team Wmo."])
    assert card.referral.isVisible()
    card.clear()
    assert not card.isVisible()
    for label in (card.heading, *card.fields()):
        assert label.text() == "" and label.accessibleName() == ""
    card.set_detail(detail(), TODAY)
    assert not card.referral.isVisible()  # not carried over to the next case
