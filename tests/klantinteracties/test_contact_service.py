"""The contact service over real HTTP against the demo Klantinteracties API: a contact and a
referral are accepted, then found by BSN and by case (whichever form names the case), what waits
in the outbox is in the history at once, and the referral targets survive an outage."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import replace

import httpx
import pytest

from kcc_desk.demo.faults import Fault
from kcc_desk.services.config import parse_config
from kcc_desk.services.contacts.delivery import deliver_pending
from kcc_desk.services.contacts.queue import default_outbox_path
from kcc_desk.services.contacts.records import DELIVERY_SENDING
from kcc_desk.services.contacts.service import ContactService, training_outbox_path
from kcc_desk.services.credentials import Credentials
from tests.klantinteracties.harness import RunningKI
from tests.outbox.helpers import PERSONA_BSN, ZAAK_URL, answered, referral, team_uuid


def _service(ki: RunningKI, http: httpx.AsyncClient, **kwargs: object) -> ContactService:
    config = parse_config(
        {
            "agent_id": "agent-007",
            "sources": [
                {
                    "name": "Oefen",
                    "zaken_api": "http://127.0.0.1:9/zaken/api/v1/",
                    "catalogi_api": "http://127.0.0.1:9/catalogi/api/v1/",
                    "client_id": "kcc-desk",
                    "secret": "demo",
                }
            ],
            "klantinteracties": {"url": ki.base_url, "token": ki.token},
        }
    )
    return ContactService(config, Credentials(config), http=http, **kwargs)  # type: ignore[arg-type]


@pytest.fixture
async def service(ki: RunningKI, http: httpx.AsyncClient) -> AsyncIterator[ContactService]:
    made = _service(ki, http)
    await made.ready()  # the token is looked up at first use, off the GUI thread
    yield made
    await made.aclose()


async def test_logged_contact_and_referral_are_found_by_bsn_and_by_case(
    ki: RunningKI, service: ContactService
) -> None:
    contact, sent = answered(1), referral(ki.store, 2)
    for request in (contact, sent):
        service.submit(request)
    report = await deliver_pending(service.outbox, service.client)  # type: ignore[arg-type]
    assert report.ok and len(report.delivered) == 2
    by_bsn = await service.caller_history(PERSONA_BSN)
    by_case = await service.case_history(ZAAK_URL)
    for history in (by_bsn, by_case):
        subjects = {c.onderwerp for c in history.contacts}
        assert {contact.onderwerp, sent.onderwerp} <= subjects
        assert any(r.onderwerp == sent.reason and r.is_open for r in history.open_referrals)
        assert history.local == ()  # delivered: only the server's copy is shown


async def test_case_history_finds_contacts_that_name_the_case_by_url_or_by_uuid(
    ki: RunningKI, service: ContactService, http: httpx.AsyncClient
) -> None:
    """kcc-desk and KISS write the zaak's uuid as objectId, other clients its URL."""
    headers = {"Authorization": f"Token {ki.token}"}
    zaak_uuid = ZAAK_URL.rstrip("/").rsplit("/", 1)[-1]
    made = []
    for object_id, soort in ((zaak_uuid, "uuid"), (ZAAK_URL, "url")):
        kc = await http.post(
            ki.base_url + "klantcontacten",
            json={
                "kanaal": "e-mail",
                "onderwerp": f"Over de zaak ({soort})",
                "taal": "nld",
                "vertrouwelijk": False,
            },
            headers=headers,
        )
        await http.post(
            ki.base_url + "onderwerpobjecten",
            json={
                "klantcontact": {"uuid": kc.json()["uuid"]},
                "onderwerpobjectidentificator": {
                    "objectId": object_id,
                    "codeObjecttype": "zgw-Zaak",
                    "codeRegister": "openzaak",
                    "codeSoortObjectId": soort,
                },
            },
            headers=headers,
        )
        made.append(kc.json()["uuid"])
    history = await service.case_history(ZAAK_URL)
    found = [c.uuid for c in history.contacts]
    assert set(made) <= set(found)
    assert len(found) == len(set(found))  # a contact naming the case twice is listed once


async def test_what_waits_in_the_outbox_is_in_the_history_at_once(
    ki: RunningKI, service: ContactService
) -> None:
    await ki.down()
    request = replace(referral(ki.store, 3), referral_target_names=("Team Vergunningen",))
    service.submit(request)
    history = await service.caller_history(PERSONA_BSN)
    assert history.error is not None  # the server cannot be read
    [local] = history.local
    assert local.delivery == DELIVERY_SENDING
    assert [r.who for r in history.open_referrals] == ["Team Vergunningen"]
    assert history.open_referrals[0].actor_uuids == (team_uuid(ki.store),)
    assert service.local_history(zaak_url=ZAAK_URL) == history.local


async def test_referral_targets_leave_out_signing_actors_and_survive_an_outage(
    ki: RunningKI, service: ContactService, http: httpx.AsyncClient
) -> None:
    # kcc-desk signs contacts with a medewerker actor named after the login: not a target.
    await service.client.find_or_create_medewerker("agent-007")  # type: ignore[union-attr]
    await service.client.find_or_create_medewerker("c.collega")  # type: ignore[union-attr]
    fresh = await service.referral_targets()
    names = [t.naam for t in fresh.targets]
    assert fresh.error is None and "Team Vergunningen" in names
    assert "agent-007" not in names and "c.collega" not in names
    ki.faults.fault = Fault.HTTP_500  # Klantinteracties has a breakdown
    kept = await service.referral_targets()
    assert kept.error is not None and kept.saved_at is not None
    assert [t.naam for t in kept.targets] == names
    # A new run with the API still down offers the kept list too.
    other = _service(ki, http)
    try:
        assert [t.naam for t in (await other.referral_targets()).targets] == names
    finally:
        await other.aclose()


async def test_training_outbox_is_its_own_file_and_gone_after_the_run(
    ki: RunningKI, http: httpx.AsyncClient
) -> None:
    production = _service(ki, http)
    training = _service(ki, http, outbox_path=training_outbox_path(), ephemeral=True)
    try:
        assert training.outbox.path != production.outbox.path == default_outbox_path()
        training.submit(answered(4))
        assert production.outbox.pending() == []
        path = training.outbox.path
        assert path.exists()
    finally:
        await training.aclose()
        await production.aclose()
    assert not path.exists() and not path.parent.exists()
    assert default_outbox_path().exists()  # the real outbox is untouched
