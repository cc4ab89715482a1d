"""The Klantinteracties API as the full demo server composes it (own port, own fault switch)."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx

from kcc_desk.demo.faults import Fault
from kcc_desk.demo.server import DemoServer
from kcc_desk.services.contacts.client import KlantinteractiesClient
from kcc_desk.services.contacts.delivery import deliver_pending
from kcc_desk.services.contacts.queue import Outbox
from kcc_desk.services.contacts.request import ContactKind, ContactLogRequest

PERSONA_BSN = "999993653"


async def test_persona_history_and_outbox_through_a_refused_port(
    fresh_demo_server: DemoServer, tmp_path: Path
) -> None:
    server = fresh_demo_server
    assert server.klantinteracties_url and server.klantinteracties_token
    async with httpx.AsyncClient(timeout=5.0) as http:
        client = KlantinteractiesClient(
            http, server.klantinteracties_url, server.klantinteracties_token
        )
        contacts = await client.contacts_for_bsn(PERSONA_BSN)
        assert len(contacts) == 3 and all(c.zaak_ids for c in contacts)
        assert len(await client.open_referrals_for_bsn(PERSONA_BSN)) == 1
        team = next(t for t in await client.referral_targets() if t.naam == "Team Parkeren")

        request = ContactLogRequest(
            ContactKind.REFERRAL,
            "agent-demo",
            "telefoon",
            "Vraag over parkeervergunning",
            caller_bsn=PERSONA_BSN,
            zaak_uuid=contacts[0].zaak_ids[0].rstrip("/").rsplit("/", 1)[-1],
            referral_actor_uuids=(team.uuid,),
            reason="Terugbellen",
        )
        await asyncio.to_thread(server.klantinteracties_set_fault, Fault.REFUSE)
        with Outbox(tmp_path / "o.db") as outbox:
            outbox.enqueue(request)
            down = await deliver_pending(outbox, client)
            assert down.error and down.pending == 1
            await asyncio.to_thread(server.klantinteracties_set_fault, None)
            up = await deliver_pending(outbox, client)
            assert up.ok and up.pending == 0
        after = await client.contacts_for_bsn(PERSONA_BSN)
        assert len(after) == 4
        assert after[0].referrals[0].who == "Team Parkeren"
