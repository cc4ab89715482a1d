"""KlantinteractiesClient against the demo API over real HTTP."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

import httpx
import pytest

from kcc_desk.demo.faults import Fault
from kcc_desk.services.contacts.client import KlantinteractiesClient
from kcc_desk.services.contacts.delivery import deliver_pending
from kcc_desk.services.contacts.errors import (
    KlantinteractiesAuthError,
    KlantinteractiesRejected,
    KlantinteractiesUnavailable,
)
from kcc_desk.services.contacts.limits import truncate
from kcc_desk.services.contacts.queue import Outbox
from kcc_desk.services.contacts.records import ReferralTarget
from tests.klantinteracties.harness import PERSONA_BSN, RunningKI
from tests.outbox.helpers import ZAAK_URL, ZAAK_UUID, assert_complete_once, referral


def test_truncate_marks_the_cut() -> None:
    assert truncate("kort", 10) == "kort"
    assert truncate("a" * 20, 10) == "a" * 9 + "…"
    assert len(truncate("woord " * 100, 200)) <= 200


async def test_contacts_for_persona(ki: RunningKI, http: httpx.AsyncClient) -> None:
    client = KlantinteractiesClient(http, ki.base_url, ki.token)
    contacts = await client.contacts_for_bsn(PERSONA_BSN)
    assert len(contacts) == 3
    dates = [c.date for c in contacts if c.date is not None]
    assert len(dates) == 3 and dates == sorted(dates, reverse=True)
    assert all(c.who and c.kanaal in ("telefoon", "balie") and c.onderwerp for c in contacts)
    referrals = await client.open_referrals_for_bsn(PERSONA_BSN)
    assert len(referrals) == 1
    assert referrals[0].who.startswith("Team ") and referrals[0].is_open
    assert referrals[0].status_text == "Open"
    assert referrals[0].klantcontact_uuid == contacts[0].uuid


async def test_contacts_for_zaak_read_both_conventions(
    ki: RunningKI, http: httpx.AsyncClient
) -> None:
    headers = {"Authorization": f"Token {ki.token}"}
    zaak_uuid = "3e0b7c8e-1111-4a5b-9c6d-000000000077"
    zaak_url = f"http://127.0.0.1:9/zaken/api/v1/zaken/{zaak_uuid}"
    idents = [
        {"objectId": zaak_uuid, "codeObjecttype": "zgw-Zaak", "codeRegister": "openzaak"},
        {"objectId": zaak_url, "codeObjecttype": "zaak", "codeRegister": "open-zaak"},
        {"objectId": zaak_uuid, "codeObjecttype": "document", "codeRegister": "drc"},  # not a zaak
    ]
    for ident in idents:
        response = await http.post(
            ki.base_url + "maak-klantcontact",
            json={
                "klantcontact": {
                    "kanaal": "telefoon",
                    "onderwerp": ident["codeRegister"],
                    "taal": "nld",
                    "vertrouwelijk": False,
                },
                "onderwerpobject": {"onderwerpobjectidentificator": ident},
            },
            headers=headers,
        )
        assert response.status_code == 201
    client = KlantinteractiesClient(http, ki.base_url, ki.token)
    found = await client.contacts_for_zaak(zaak_uuid, zaak_url)
    assert sorted(c.onderwerp for c in found) == ["open-zaak", "openzaak"]
    seeded = await client.contacts_for_zaak(ZAAK_UUID, ZAAK_URL)
    assert len(seeded) == 2  # the persona's two contacts about this zaak, one per convention
    assert [r.status for c in seeded for r in c.referrals] == ["te_verwerken", "verwerkt"]


async def test_referral_targets(ki: RunningKI, http: httpx.AsyncClient) -> None:
    client = KlantinteractiesClient(http, ki.base_url, ki.token)
    extra = ReferralTarget(
        "4f0b7c8e-1111-4a5b-9c6d-000000000001",
        "Servicepunt Noord",
        "organisatorische_eenheid",
        True,
    )
    targets = await client.referral_targets([extra])
    names = [t.naam for t in targets]
    assert names[0].startswith("Team ")  # teams first
    assert "Team Burgerzaken (tot 2025)" not in names  # inactive
    assert "Petra de Vries" in names
    assert targets[-1] == extra


async def test_maak_klantcontact_missing_falls_back_to_separate_calls(
    ki: RunningKI, http: httpx.AsyncClient, tmp_path: Path
) -> None:
    ki.chaos.policy = lambda request: (
        "404_before" if request.path.endswith("maak-klantcontact") else "pass"
    )
    client = KlantinteractiesClient(http, ki.base_url, ki.token)
    requests = [referral(ki.store, n) for n in range(2)]
    with Outbox(tmp_path / "o.db") as outbox:
        for request in requests:
            outbox.enqueue(request)
        assert (await deliver_pending(outbox, client)).ok
    for request in requests:
        assert_complete_once(ki.store, request)
    maak_calls = [p for m, p, _ in ki.chaos.log if p.endswith("maak-klantcontact")]
    assert len(maak_calls) == 1  # probed once, then remembered


async def test_concurrent_find_or_create_partij_gives_one_partij(
    ki: RunningKI, http: httpx.AsyncClient
) -> None:
    bsn = "100000009"
    first = KlantinteractiesClient(http, ki.base_url, ki.token)
    second = KlantinteractiesClient(http, ki.base_url, ki.token)
    a, b = await asyncio.gather(first.find_or_create_partij(bsn), second.find_or_create_partij(bsn))
    assert a == b
    idents = [
        i
        for i in ki.store.all("partij-identificatoren")
        if i["partijIdentificator"]["objectId"] == bsn
    ]
    assert len(idents) == 1


async def test_errors_are_typed_dutch_and_free_of_personal_data(
    ki: RunningKI, http: httpx.AsyncClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    client = KlantinteractiesClient(http, ki.base_url, ki.token)
    await ki.down()
    with pytest.raises(KlantinteractiesUnavailable) as down:
        await client.contacts_for_bsn(PERSONA_BSN)
    assert down.value.retryable and "niet bereikbaar" in down.value.message
    await ki.up()
    with pytest.raises(KlantinteractiesAuthError) as auth:
        await KlantinteractiesClient(http, ki.base_url, "fout").contacts_for_bsn(PERSONA_BSN)
    assert auth.value.status == 401 and "token" in auth.value.message
    with pytest.raises(KlantinteractiesRejected) as rejected:
        await client.create_internetaak(
            "00000000-0000-4000-8000-000000000000",
            gevraagde_handeling="Bel Jan Jansen terug",
            actoren=["00000000-0000-4000-8000-000000000001"],
        )
    assert rejected.value.invalid_params and not rejected.value.retryable
    # Our own log lines only: httpx itself logs full URLs (with the BSN query) at INFO, which
    # the app's logging set-up must silence (reported).
    ours = "\n".join(r.getMessage() for r in caplog.records if r.name.startswith("kcc_desk"))
    assert "klantinteracties GET klantcontacten" in ours
    for text in (down.value.message, auth.value.message, rejected.value.message, ours):
        assert PERSONA_BSN not in text
        assert "Jansen" not in text
        assert "fout" not in text.replace("fouten", "")  # the token never shows


@pytest.mark.parametrize(
    ("fault", "text"),
    [
        (Fault.MALFORMED_JSON, "ongeldig antwoord"),
        (Fault.HTML_ERROR, "storing (502)"),
        (Fault.HTTP_500, "storing (500)"),
        (Fault.SLOW, "niet op tijd"),
    ],
)
async def test_server_faults_are_retryable(ki: RunningKI, fault: Fault, text: str) -> None:
    ki.faults.fault, ki.faults.delay_s = fault, 1.0
    async with httpx.AsyncClient(timeout=0.3) as http:
        client = KlantinteractiesClient(http, ki.base_url, ki.token)
        with pytest.raises(KlantinteractiesUnavailable) as info:
            await client.referral_targets()
    assert info.value.retryable and text in info.value.message
