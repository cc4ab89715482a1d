"""The whole lookup against replayed real Open Zaak 1.30 responses (unchanged shapes)."""

from __future__ import annotations

from datetime import date

from kcc_desk.services.credentials import Credentials
from kcc_desk.services.lookup import LookupService
from kcc_desk.services.models import SourcePhase, SourceProgress, StepState
from tests.services.conftest import replay_config
from tests.services.replay import ReplayServer


def _service(replay: ReplayServer) -> LookupService:
    config = replay_config(replay.base)
    return LookupService(config, Credentials(config, environ={}, keyring_get=lambda s, u: None))


async def test_bsn_lookup_on_real_shapes(replay: ReplayServer) -> None:
    events: list[SourceProgress] = []
    async with _service(replay) as service:
        result = await service.lookup("999993653", on_progress=events.append)
    assert [s.ok for s in result.sources] == [True]
    assert [e.phase for e in events] == [SourcePhase.STARTED, SourcePhase.FINISHED]
    by_id = {c.identificatie: c for c in result.cases}
    assert set(by_id) == {"ZAAK-2026-0000000001", "ZAAK-2026-0000000002"}
    case = by_id["ZAAK-2026-0000000002"]
    assert case.zaaktype == "Aanvraag parkeervergunning"
    assert case.status is not None and case.status.omschrijving == "Geregistreerd"
    assert case.status.statustekst == "Uw aanvraag is geregistreerd."
    assert case.status.volgnummer == 1
    assert case.uiterlijke_einddatum_afdoening == date(2026, 12, 28)
    # The query expands only what changes per case; the types come from the catalogue.
    zaken_request = next(s for s in replay.seen if s.path.endswith("/zaken"))
    assert zaken_request.query["expand"] == "status,resultaat"
    assert sum(1 for s in replay.seen if "/zaaktypen/" in s.path) == 1  # one distinct zaaktype


async def test_case_detail_on_real_shapes(replay: ReplayServer) -> None:
    async with _service(replay) as service:
        result = await service.lookup("999993653")
        case = next(c for c in result.cases if c.identificatie == "ZAAK-2026-0000000001")
        detail = await service.case_detail(case)
    steps = detail.timeline
    assert [s.volgnummer for s in steps] == sorted(s.volgnummer for s in steps)
    assert len(steps) == 4
    states = [s.state for s in steps]
    assert states.count(StepState.CURRENT) == 1
    current = steps[states.index(StepState.CURRENT)]
    assert current.omschrijving == "In behandeling"
    assert all(s.state is StepState.DONE for s in steps[: states.index(StepState.CURRENT)])
    assert all(s.datum_status_gezet is not None for s in steps if s.state is StepState.DONE)
    assert detail.substatus_supported
    assert [d.bestandsnaam for d in detail.documents] == ["aanvraag.pdf"]
    assert detail.documents[0].may_open
