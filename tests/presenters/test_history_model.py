"""HistoryModel: Qt's model rules (pytest-qt's qtmodeltester) and the order the agent reads:
open referrals first (logged here, then the server's), then what is not on the server yet or was
refused, then earlier contacts newest first."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from kcc_desk.presenters.history_model import OPEN_REFERRAL_ROLE, HistoryModel
from kcc_desk.services.contacts.records import (
    DELIVERY_REFUSED,
    DELIVERY_SENDING,
    ContactRecord,
    ReferralRecord,
)
from kcc_desk.services.contacts.state import History
from kcc_desk.services.messages import verbatim


def _at(day: int) -> datetime:
    return datetime(2026, 11, day, 10, 0, tzinfo=UTC)


def _contact(uuid: str, day: int | None, onderwerp: str, **kwargs: Any) -> ContactRecord:
    return ContactRecord(
        uuid=uuid,
        date=_at(day) if day else None,
        kanaal="telefoon",
        onderwerp=onderwerp,
        inhoud="",
        who=kwargs.pop("who", ""),
        status="Gelukt",
        **kwargs,
    )


def _referral(
    uuid: str, day: int, onderwerp: str, status: str, delivery: str = ""
) -> ReferralRecord:
    return ReferralRecord(
        uuid=uuid,
        date=_at(day),
        kanaal="telefoon",
        onderwerp=onderwerp,
        toelichting="",
        who="Team Vergunningen",
        status=status,
        afgehandeld_op=None,
        klantcontact_uuid="k-" + uuid,
        delivery=delivery,
    )


UNREACHABLE = verbatim("Klantinteracties is niet bereikbaar.")
HISTORY = History(
    contacts=(
        _contact("c1", 2, "Vraag over parkeervergunning", who="A. Agent"),
        _contact("c2", None, "Zonder datum"),
        _contact("c3", 20, "Vraag over bezwaar WOZ"),
    ),
    referrals=(
        _referral("r1", 19, "Terugbellen over besluit", "te_verwerken"),
        _referral("r2", 3, "Al afgehandeld", "verwerkt"),
    ),
    local=(
        _contact(
            "l1",
            21,
            "Doorverwezen, nog niet verzonden",
            delivery=DELIVERY_SENDING,
            referrals=(_referral("lr1", 21, "Bel terug", "te_verwerken", DELIVERY_SENDING),),
        ),
        _contact("l2", 21, "Geweigerd", delivery=DELIVERY_REFUSED, problem="ongeldig kanaal"),
        _contact("l3", 21, "Nog niet verzonden", delivery=DELIVERY_SENDING),
    ),
)


def _rows(model: HistoryModel, role: int = Qt.ItemDataRole.DisplayRole) -> list[Any]:
    return [model.data(model.index(row, 0), role) for row in range(model.rowCount())]


def test_history_model_passes_qtmodeltester(qtmodeltester: Any) -> None:
    model = HistoryModel()
    model.set_history(HISTORY)
    # Checks now, and again on every reset below (the tester stays connected to the model).
    qtmodeltester.check(model, force_py=True)
    model.set_history(History(contacts=HISTORY.contacts[:1]))
    model.set_history(History(error=UNREACHABLE))
    model.clear()
    model.set_history(HISTORY)
    assert model.rowCount() == 7


def test_open_referrals_first_then_unsent_then_contacts_newest_first() -> None:
    model = HistoryModel()
    model.set_history(HISTORY)
    lines = _rows(model)
    assert [line.split(":")[0] for line in lines[:2]] == [
        "Doorverwijzing van 21 november 2026 naar Team Vergunningen",  # logged here, being sent
        "Open doorverwijzing van 19 november 2026 naar Team Vergunningen",  # the server's
    ]
    assert "Wordt verzonden." in lines[0] and "Nog niet afgehandeld." in lines[1]
    assert "Geweigerd" in lines[2] and "weigerde het (ongeldig kanaal)" in lines[2]
    assert "Nog niet verzonden" in lines[3] and lines[3].endswith("Wordt verzonden.")
    # The server's contacts, newest first; one without a date last.
    assert ["WOZ" in lines[4], "parkeervergunning" in lines[5], "Zonder datum" in lines[6]] == [
        True,
        True,
        True,
    ]
    assert "(door A. Agent)" in lines[5] and lines[6].startswith("onbekende datum")
    # Neither the handled referral nor the local contact that only carried a referral is a row.
    assert len(lines) == 7
    assert _rows(model, OPEN_REFERRAL_ROLE) == [True, True] + [False] * 5
    assert _rows(model, Qt.ItemDataRole.AccessibleTextRole) == lines
    assert model.summary() == "5 eerdere contacten. 2 doorverwijzingen staan nog open."


def test_no_rows_under_an_item_and_nothing_outside_the_list() -> None:
    model = HistoryModel()
    model.set_history(HISTORY)
    assert model.rowCount(model.index(0, 0)) == 0  # a list: items have no children
    assert model.data(QModelIndex()) is None
    assert model.data(model.index(0, 0), Qt.ItemDataRole.DecorationRole) is None


def test_an_unreadable_history_says_why_and_clear_forgets_everything() -> None:
    model = HistoryModel()
    model.set_history(HISTORY)
    model.set_history(History(error=UNREACHABLE))
    assert model.rowCount() == 0
    assert model.summary() == (
        "Eerdere contacten niet te laden: Klantinteracties is niet bereikbaar."
    )
    model.set_history(HISTORY)
    model.clear()
    assert (model.rowCount(), model.error, model.open_referrals) == (0, "", 0)
    assert model.summary() == "Geen eerdere contacten."


ZAAK_A = "http://oz.example/zaken/api/v1/zaken/11111111-1111-4111-8111-111111111111"
ZAAK_B = "http://oz.example/zaken/api/v1/zaken/22222222-2222-4222-8222-222222222222"


def test_a_cases_status_card_gets_only_that_cases_open_referrals() -> None:
    """A BSN search brings the caller's history: a referral about their other case is not this
    case's status. A contact naming the zaak by uuid counts as much as one naming its URL; a
    referral whose contact names no zaak stays with every case (it may be about any)."""
    history = History(
        contacts=(
            _contact("k-a", 3, "Over A", zaak_ids=(ZAAK_A.rsplit("/", 1)[1],)),
            _contact("k-b", 4, "Over B", zaak_ids=(ZAAK_B,)),
            _contact("k-x", 5, "Algemeen"),
        ),
        referrals=(
            _referral("a", 3, "Bel terug over A", "te_verwerken"),  # contact k-a
            _referral("b", 4, "Bel terug over B", "te_verwerken"),
            _referral("x", 5, "Bel terug", "te_verwerken"),
        ),
        local=(
            _contact(
                "l-b",
                6,
                "Net gelogd over B",
                zaak_ids=(ZAAK_B,),
                delivery=DELIVERY_SENDING,
                referrals=(_referral("l-r", 6, "Nieuw over B", "te_verwerken", DELIVERY_SENDING),),
            ),
        ),
    )
    model = HistoryModel()
    model.set_history(history)

    def about(zaak: str | None) -> set[str]:
        lines = model.open_referral_lines(zaak)
        return {
            w
            for w in ("over A", "over B", "Nieuw over B", ": Bel terug.")
            if any(w in s for s in lines)
        }

    assert len(model.open_referral_lines(None)) == 4
    assert about(ZAAK_A) == {"over A", ": Bel terug."}
    assert about(ZAAK_B) == {"over B", "Nieuw over B", ": Bel terug."}
