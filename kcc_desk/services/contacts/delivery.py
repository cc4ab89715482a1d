"""Delivering the outbox to Klantinteracties: every item exactly once, in order.

A referral takes several requests (klantcontact, betrokkene, onderwerpobject, actorklantcontact,
internetaak). The process may die, or the connection drop, after the server committed a request
but before we recorded its answer. So:

* each item carries a ``referentienummer`` of 10 digits that Open Klant keeps unique (see
  reference.py) and its uuid ``reference`` in the klantcontact's ``metadata``;
* before each create we durably record the *intent* ("attempted: internetaak"); after it we
  record the created uuid ("done: internetaak = …");
* a step whose intent is recorded but whose result is not is first looked up on the server
  (klantcontact by referentienummer, children by their klantcontact), and only created if absent;
  a create refused as a duplicate number finds the earlier klantcontact and goes on from there;
* completed steps are never redone, so a half-written referral is completed, not restarted;
* before creating an interne taak we always check whether the klantcontact already led to one.

Only one deliverer per outbox file runs at a time (the queue's OS file lock), so the app's worker
and ``kcc-desk outbox flush`` cannot both send the same row. An item is delivered only to the
server it was logged for.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from kcc_desk.services.contacts.client import KlantinteractiesClient, is_unique_violation
from kcc_desk.services.contacts.errors import (
    InvalidContactRequest,
    KlantinteractiesError,
    KlantinteractiesRejected,
)
from kcc_desk.services.contacts.limits import MAX_INHOUD, MAX_ONDERWERP, truncate
from kcc_desk.services.contacts.queue import (
    DeliveryReport,
    Outbox,
    OutboxItem,
    server_key,
)
from kcc_desk.services.contacts.records import KlantcontactDraft, KlantcontactRef
from kcc_desk.services.contacts.request import ContactKind, ContactLogRequest
from kcc_desk.services.messages import QT_TRANSLATE_NOOP, Message

log = logging.getLogger(__name__)

# A referral whose number another client's klantcontact holds gets a new one; that happens once
# in a billion, so a few tries are plenty and a loop is bounded.
MAX_RENUMBER = 3


async def deliver_pending(outbox: Outbox, client: KlantinteractiesClient) -> DeliveryReport:
    """Deliver ``outbox``'s pending items for ``client``'s server, in order, until done or until
    the API fails.

    A retryable failure (API down, 5xx, 401) stops the run so later items never overtake an
    earlier one; an item the server refuses (400) is marked failed and the run continues.
    """
    async with outbox.exclusive_delivery() as acquired:
        if not acquired:
            return DeliveryReport(pending=len(outbox.pending()), busy=True)
        return await _Delivery(outbox, client).run()


@dataclass(frozen=True, slots=True)
class _Klantcontact:
    """The klantcontact of an item: just written, or found after an earlier attempt."""

    ref: KlantcontactRef
    recovered: bool = False
    made_together: bool = False  # written with its betrokkene and onderwerpobject in one call


class _Delivery:
    """One delivery run of one outbox to one server."""

    def __init__(self, outbox: Outbox, client: KlantinteractiesClient) -> None:
        self.outbox = outbox
        self.client = client

    async def run(self) -> DeliveryReport:
        delivered: list[int] = []
        failed: list[int] = []
        error: Message | None = None
        server = server_key(self.client.base_url)
        self.outbox.claim_unowned(server)
        waiting = self.outbox.pending()
        others = [item for item in waiting if not item.is_for(server)]
        if others:  # logged for another Klantinteracties (another config, training): not here
            log.info("outbox: %d item(s) voor een andere server blijven staan", len(others))
        for item in waiting:
            if not item.is_for(server):
                continue
            try:
                await self._deliver_item(item)
            except KlantinteractiesError as exc:
                if exc.retryable:
                    self.outbox.mark_attempt(item.id, exc.message, failed=False)
                    error = exc.ui_message
                    break
                log.warning("outbox: item %s geweigerd (%s)", item.id, exc.status)
                self.outbox.mark_attempt(item.id, exc.message, failed=True)
                failed.append(item.id)
                continue
            delivered.append(item.id)
        if delivered or failed:
            log.info("outbox: %d afgeleverd, %d geweigerd", len(delivered), len(failed))
        return DeliveryReport(
            delivered=tuple(delivered),
            failed=tuple(failed),
            pending=sum(1 for item in self.outbox.pending() if item.is_for(server)),
            other_server=len(others),
            ui_error=error,
        )

    async def _deliver_item(self, item: OutboxItem) -> None:
        request = item.request
        if request is None:  # should not happen for a pending row; refuse rather than guess
            raise InvalidContactRequest(
                QT_TRANSLATE_NOOP(
                    "Outbox", "Dit contact mist zijn gegevens en kan niet worden verzonden."
                )
            )
        done = dict(item.done)
        attempted = set(item.attempted)
        zaak_uuid = request.effective_zaak_uuid

        def record(step: str, value: str) -> None:
            done[step] = value
            attempted.discard(step)
            self.outbox.save_progress(item.id, done, attempted)
            self.outbox.hook("after_record", step)

        def intend(step: str) -> None:
            attempted.add(step)
            self.outbox.save_progress(item.id, done, attempted)
            self.outbox.hook("before_send", step)

        # 1. partij (find-or-create by BSN; looking first makes it safe to repeat)
        if request.caller_bsn and "partij" not in done:
            self.outbox.hook("before_send", "partij")
            partij = await self.client.find_or_create_partij(
                request.caller_bsn, request.caller_name
            )
            self.outbox.hook("after_send", "partij")
            record("partij", partij)
        partij_uuid = done.get("partij")

        # 2. klantcontact (+ betrokkene + onderwerpobject in one call where the server can)
        if "klantcontact" not in done:
            found = None
            if "klantcontact" in attempted:
                found = await self._find_klantcontact(request)
            if found is None:
                intend("klantcontact")
                request, found = await self._create_klantcontact(
                    item.id, request, partij=partij_uuid, zaak_uuid=zaak_uuid
                )
                self.outbox.hook("after_send", "klantcontact")
            if found.recovered:
                log.info("outbox: item %s was al aangekomen; verder waar het bleef", item.id)
                # Children of a recovered klantcontact may exist too: look before creating them.
                attempted.update(("betrokkene", "onderwerpobject", "actorklantcontact"))
            if found.ref.betrokkenen and partij_uuid and found.made_together:
                done["betrokkene"] = found.ref.betrokkenen[0]
            if found.ref.onderwerpobjecten and zaak_uuid and found.made_together:
                done["onderwerpobject"] = found.ref.onderwerpobjecten[0]
            record("klantcontact", found.ref.uuid)
        kc_uuid = done["klantcontact"]

        # 3. betrokkene
        if partij_uuid and "betrokkene" not in done:
            found_b = (
                await self.client.find_betrokkene(kc_uuid, partij_uuid)
                if "betrokkene" in attempted
                else None
            )
            if found_b is None:
                intend("betrokkene")
                found_b = await self.client.create_betrokkene(
                    kc_uuid, partij_uuid, request.caller_name
                )
                self.outbox.hook("after_send", "betrokkene")
            record("betrokkene", found_b)

        # 4. onderwerpobject -> the zaak
        if zaak_uuid and "onderwerpobject" not in done:
            found_o = (
                await self.client.find_onderwerpobject(kc_uuid, zaak_uuid)
                if "onderwerpobject" in attempted
                else None
            )
            if found_o is None:
                intend("onderwerpobject")
                found_o = await self.client.create_onderwerpobject(kc_uuid, zaak_uuid)
                self.outbox.hook("after_send", "onderwerpobject")
            record("onderwerpobject", found_o)

        # 5. the agent as medewerker actor, and who handled the contact
        if "actor" not in done:
            self.outbox.hook("before_send", "actor")
            actor = await self.client.find_or_create_medewerker(
                request.agent_id, request.agent_name
            )
            self.outbox.hook("after_send", "actor")
            record("actor", actor)
        if "actorklantcontact" not in done:
            found_a = (
                await self.client.find_actorklantcontact(done["actor"], kc_uuid)
                if "actorklantcontact" in attempted
                else None
            )
            if found_a is None:
                intend("actorklantcontact")
                found_a = await self.client.create_actorklantcontact(done["actor"], kc_uuid)
                self.outbox.hook("after_send", "actorklantcontact")
            record("actorklantcontact", found_a)

        # 6. the referral: always check first, a duplicate task means a team calls twice
        if request.kind == ContactKind.REFERRAL and "internetaak" not in done:
            found_t = await self.client.find_internetaak(kc_uuid)
            if found_t is None:
                intend("internetaak")
                found_t = await self.client.create_internetaak(
                    kc_uuid,
                    gevraagde_handeling=request.reason,
                    actoren=request.referral_actor_uuids,
                    toelichting=request.toelichting(),
                    referentienummer=request.referentienummer,
                )
                self.outbox.hook("after_send", "internetaak")
            record("internetaak", found_t)

        self.outbox.mark_delivered(item.id, done)
        self.outbox.hook("after_record", "delivered")

    @staticmethod
    def _draft(request: ContactLogRequest) -> KlantcontactDraft:
        return KlantcontactDraft(
            kanaal=request.kanaal,
            onderwerp=truncate(request.onderwerp, MAX_ONDERWERP),
            inhoud=truncate(request.inhoud, MAX_INHOUD),
            plaatsgevonden_op=request.created_at,
            referentienummer=request.referentienummer,
            reference=request.reference,
            indicatie_contact_gelukt=request.contact_gelukt,
        )

    async def _find_klantcontact(self, request: ContactLogRequest) -> _Klantcontact | None:
        """An earlier attempt's klantcontact, by its number (and by the old-style number of an
        item from before the digits-only rule, which a lenient server may have taken)."""
        draft = self._draft(request)
        found = await self.client.find_klantcontact_by_reference(draft)
        if found is None and request.legacy_referentienummer:
            found = await self.client.find_klantcontact_by_reference(
                draft, referentienummer=request.legacy_referentienummer
            )
        return None if found is None else _Klantcontact(found, recovered=True)

    async def _create_klantcontact(
        self,
        item_id: int,
        request: ContactLogRequest,
        *,
        partij: str | None,
        zaak_uuid: str | None,
    ) -> tuple[ContactLogRequest, _Klantcontact]:
        """Write the klantcontact once. The server keeps referentienummer unique, so a refusal
        for that reason means an earlier attempt of ours arrived (its response was lost): go on
        with that one. If the number turns out to be another client's, take a new one (saved
        first, so a crash cannot lose it) and write again."""
        for _ in range(MAX_RENUMBER):
            draft = self._draft(request)
            try:
                made = await self.client.maak_klantcontact(
                    draft, partij=partij, zaak_uuid=zaak_uuid, naam=request.caller_name
                )
                if made is not None:
                    return request, _Klantcontact(made, made_together=True)
                return request, _Klantcontact(
                    KlantcontactRef(await self.client.create_klantcontact(draft))
                )
            except KlantinteractiesRejected as exc:
                if not is_unique_violation(exc, "referentienummer"):
                    raise
            found = await self.client.find_klantcontact_by_reference(draft)
            if found is not None:
                return request, _Klantcontact(found, recovered=True)
            log.info("outbox: item %s: referentienummer al in gebruik; een nieuw", item_id)
            request = request.with_new_referentienummer()
            self.outbox.save_request(item_id, request)
        raise KlantinteractiesRejected(
            QT_TRANSLATE_NOOP(
                "Outbox", "Klantinteracties weigert elk nieuw referentienummer voor dit contact."
            ),
            status=400,
            code="unique",
        )
