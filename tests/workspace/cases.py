"""Small, realistic CaseSummary values for model tests that need no server."""

from __future__ import annotations

from datetime import UTC, date, datetime

from kcc_desk.services.models import CaseSummary, StatusInfo

TODAY = date(2026, 11, 28)


def case(
    number: str,
    *,
    zaaktype: str = "Omgevingsvergunning",
    started: date = date(2026, 10, 1),
    planned: date | None = date(2026, 12, 20),
    ended: date | None = None,
    status: str = "In behandeling",
    volgnummer: int = 3,
    level: str = "openbaar",
    source: str = "Open Zaak",
    also_in: tuple[str, ...] = (),
    activity: datetime | None = None,
    resultaat: str | None = None,
) -> CaseSummary:
    return CaseSummary(
        source=source,
        url=f"http://127.0.0.1/zaken/api/v1/zaken/{number}",
        identificatie=number,
        zaaktype=zaaktype,
        zaaktype_url="http://127.0.0.1/catalogi/api/v1/zaaktypen/1",
        omschrijving="Dakkapel plaatsen",
        startdatum=started,
        einddatum=ended,
        einddatum_gepland=planned,
        uiterlijke_einddatum_afdoening=None,
        vertrouwelijkheidaanduiding=level,
        status=StatusInfo(
            omschrijving=status,
            statustekst="Uw aanvraag wordt beoordeeld.",
            volgnummer=volgnummer,
            datum_status_gezet=activity,
            is_eindstatus=ended is not None,
        ),
        resultaat=resultaat,
        last_activity=activity or datetime(started.year, started.month, started.day, tzinfo=UTC),
        also_in=also_in,
    )
