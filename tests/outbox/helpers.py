"""Shared builders and server-side checks for the outbox tests."""

from __future__ import annotations

from typing import Any

from kcc_desk.demo.klantinteracties import KlantinteractiesStore
from kcc_desk.services.contacts.records import METADATA_REFERENCE_KEY
from kcc_desk.services.contacts.request import ContactKind, ContactLogRequest

PERSONA_BSN = "999993653"
ZAAK_UUID = "1d0b7c8e-1111-4a5b-9c6d-000000000002"
ZAAK_URL = "http://127.0.0.1:9/zaken/api/v1/zaken/" + ZAAK_UUID


def team_uuid(store: KlantinteractiesStore, naam: str = "Team Vergunningen") -> str:
    for actor in store.all("actoren"):
        if actor["naam"] == naam:
            return str(actor["uuid"])
    raise LookupError(naam)


def referral(store: KlantinteractiesStore, n: int = 0, bsn: str = PERSONA_BSN) -> ContactLogRequest:
    return ContactLogRequest(
        kind=ContactKind.REFERRAL,
        agent_id="agent-007",
        agent_name="Agent Zeven",
        kanaal="telefoon",
        onderwerp=f"Vraag over omgevingsvergunning #{n}",
        inhoud="Inwoner wil weten wanneer het besluit komt.",
        caller_bsn=bsn,
        zaak_url=ZAAK_URL,
        zaak_identificatie="ZAAK-2026-0000102",
        referral_actor_uuids=(team_uuid(store),),
        reason="Terugbellen over de verwachte besluitdatum",
        callback_phone="06 1234 5678",
    )


def answered(n: int = 0, bsn: str | None = PERSONA_BSN) -> ContactLogRequest:
    return ContactLogRequest(
        kind=ContactKind.STATUS_ANSWERED,
        agent_id="agent-007",
        kanaal="balie",
        onderwerp=f"Status uitgelegd #{n}",
        inhoud="Besluit volgt binnen twee weken.",
        caller_bsn=bsn,
        zaak_uuid=ZAAK_UUID,
        zaak_identificatie="ZAAK-2026-0000102",
    )


def contacts_for(store: KlantinteractiesStore, reference: str) -> list[dict[str, Any]]:
    return [
        kc
        for kc in store.all("klantcontacten")
        if (kc.get("metadata") or {}).get(METADATA_REFERENCE_KEY) == reference
    ]


def assert_complete_once(store: KlantinteractiesStore, request: ContactLogRequest) -> None:
    """Exactly one klantcontact for the request, with exactly one of each part under it."""
    found = contacts_for(store, request.reference)
    assert len(found) == 1, f"{len(found)} klantcontacten for one request"
    kc = str(found[0]["uuid"])
    betrokkenen = store.children("betrokkenen", "hadKlantcontact", kc)
    onderwerpen = store.children("onderwerpobjecten", "klantcontact", kc)
    links = store.children("actorklantcontacten", "klantcontact", kc)
    taken = store.children("internetaken", "aanleidinggevendKlantcontact", kc)
    assert len(betrokkenen) == (1 if request.caller_bsn else 0)
    assert len(onderwerpen) == 1
    assert onderwerpen[0]["onderwerpobjectidentificator"] == {
        "objectId": request.effective_zaak_uuid,
        "codeObjecttype": "zgw-Zaak",
        "codeRegister": "openzaak",
        "codeSoortObjectId": "uuid",
    }
    assert len(links) == 1
    expected_tasks = 1 if request.kind == ContactKind.REFERRAL else 0
    assert len(taken) == expected_tasks
    if expected_tasks:
        assert taken[0]["status"] == "te_verwerken"
        assert taken[0]["toegewezenAanActoren"] == list(request.referral_actor_uuids)
