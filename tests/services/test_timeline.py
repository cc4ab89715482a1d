"""The timeline rules and other pure helpers, on hand-made data."""

from __future__ import annotations

from typing import Any

from kcc_desk.services.case_detail import format_address
from kcc_desk.services.documents import download_name
from kcc_desk.services.models import Document, StepState
from kcc_desk.services.timeline import build_timeline

T = "http://c/statustypen/"
S = "http://z/statussen/"


def types(n: int) -> list[dict[str, Any]]:
    # Deliberately out of order: the timeline sorts by volgnummer.
    return [
        {
            "url": f"{T}{i}",
            "volgnummer": i,
            "omschrijving": f"Stap {i}",
            "statustekst": f"Tekst {i}",
            "isEindstatus": i == n,
        }
        for i in reversed(range(1, n + 1))
    ]


def status(i: int, day: int, last: bool = False) -> dict[str, Any]:
    return {
        "url": f"{S}{i}",
        "statustype": f"{T}{i}",
        "datumStatusGezet": f"2026-11-{day:02d}T10:00:00Z",
        "indicatieLaatstGezetteStatus": last,
    }


def test_no_status_yet_all_planned() -> None:
    steps = build_timeline(types(3), [], [])
    assert [s.volgnummer for s in steps] == [1, 2, 3]
    assert {s.state for s in steps} == {StepState.PLANNED}


def test_done_current_planned_with_dates_and_texts() -> None:
    steps = build_timeline(types(4), [status(1, 1), status(2, 5, last=True)], [])
    assert [s.state for s in steps] == [
        StepState.DONE,
        StepState.CURRENT,
        StepState.PLANNED,
        StepState.PLANNED,
    ]
    assert steps[1].datum_status_gezet is not None and steps[1].datum_status_gezet.day == 5
    assert steps[1].statustekst == "Tekst 2"
    assert steps[2].datum_status_gezet is None
    assert steps[3].is_eindstatus


def test_skipped_step_counts_as_done_without_date() -> None:
    steps = build_timeline(types(4), [status(1, 1), status(3, 5)], [])
    assert steps[1].state is StepState.DONE and steps[1].datum_status_gezet is None
    assert steps[2].state is StepState.CURRENT  # latest by date when no flag is set


def test_final_status_reached_everything_done() -> None:
    steps = build_timeline(types(3), [status(1, 1), status(2, 2), status(3, 3, last=True)], [])
    assert {s.state for s in steps} == {StepState.DONE}


def test_substatussen_under_their_status_in_time_order() -> None:
    subs: list[dict[str, Any]] = [
        {
            "status": f"{S}2",
            "omschrijving": "later",
            "tijdstip": "2026-11-07T10:00:00Z",
            "doelgroep": "betrokkenen",
        },
        {
            "status": f"{S}2",
            "omschrijving": "eerder",
            "tijdstip": "2026-11-06T10:00:00Z",
            "doelgroep": "intern",
        },
        {
            "status": f"{S}1",
            "omschrijving": "bij stap 1",
            "tijdstip": "2026-11-01T11:00:00Z",
            "doelgroep": "",
        },
        {
            "status": None,
            "omschrijving": "zonder status",
            "tijdstip": "2026-11-08T10:00:00Z",
            "doelgroep": "betrokkenen",
        },
    ]
    steps = build_timeline(types(3), [status(1, 1), status(2, 5, last=True)], subs)
    assert [s.omschrijving for s in steps[1].substatussen] == ["eerder", "later", "zonder status"]
    assert [s.doelgroep for s in steps[1].substatussen] == ["intern", "betrokkenen", "betrokkenen"]
    # A blank doelgroep (Open Zaak's BlankEnum) stays blank: neither internal nor told.
    assert [(s.omschrijving, s.doelgroep) for s in steps[0].substatussen] == [("bij stap 1", "")]


def test_address_format() -> None:
    address = {
        "gorOpenbareRuimteNaam": "Hoofdstraat",
        "huisnummer": 12,
        "huisletter": "a",
        "huisnummertoevoeging": "2",
        "postcode": "1234ab",
        "wplWoonplaatsNaam": "Lindendal",
    }
    assert format_address(address) == "Hoofdstraat 12a-2, 1234 AB Lindendal"
    assert format_address({"gorOpenbareRuimteNaam": "Plein", "huisnummer": 1}) == "Plein 1"
    assert format_address({"postcode": "1234AB"}) == ""


def test_download_names() -> None:
    def doc(titel: str, bestandsnaam: str, formaat: str) -> Document:
        return Document("u", titel, "", None, "openbaar", bestandsnaam, formaat, None, "u", True)

    assert (
        download_name(doc("Besluit", "besluit-2026.pdf", "application/pdf")) == "besluit-2026.pdf"
    )
    assert download_name(doc("Besluit", "", "application/pdf")) == "Besluit.pdf"
    assert download_name(doc("", "", "")) == "document"
    assert download_name(doc("x", "../../etc/passwd", "")) == "passwd"
    assert download_name(doc("x", "C:\\temp\\brief.docx", "")) == "brief.docx"
