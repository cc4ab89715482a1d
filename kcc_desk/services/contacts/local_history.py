"""What the agent logged but Klantinteracties does not show yet, as history records.

After Ctrl+B or Ctrl+R the agent must see the new contact or referral at once, marked as still
being sent, and an item the server refused must stay visible as not delivered: otherwise the same
case is referred twice, or a refusal goes unnoticed. These records come from the local outbox
(items for the current Klantinteracties server that are pending or refused) and are shown beside
the server's history until delivery makes them part of it.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

from kcc_desk.services.contacts.queue import ItemState, OutboxItem
from kcc_desk.services.contacts.records import (
    DELIVERY_REFUSED,
    DELIVERY_SENDING,
    ContactRecord,
    ReferralRecord,
)
from kcc_desk.services.contacts.request import ContactKind, zaak_ids_of

_EARLIEST = datetime.min.replace(tzinfo=UTC)


def local_records(
    items: Iterable[OutboxItem], *, bsn: str | None = None, zaak_url: str | None = None
) -> list[ContactRecord]:
    """The waiting and refused items about this caller (by BSN) or this case, newest first."""
    wanted = set(zaak_ids_of(zaak_url)) if zaak_url else set()
    records = []
    for item in items:
        request = item.request
        if request is None or item.state is ItemState.DELIVERED:
            continue
        ids = {v for v in (request.zaak_url, request.effective_zaak_uuid) if v}
        if not ((bsn and request.caller_bsn == bsn) or (wanted and ids & wanted)):
            continue
        delivery = DELIVERY_REFUSED if item.state is ItemState.FAILED else DELIVERY_SENDING
        referrals: tuple[ReferralRecord, ...] = ()
        if request.kind == ContactKind.REFERRAL:
            referrals = (
                ReferralRecord(
                    uuid=f"local:{item.id}",
                    date=request.created_at,
                    kanaal=request.kanaal,
                    onderwerp=request.reason,
                    toelichting=request.toelichting(),
                    who=", ".join(request.referral_target_names),
                    status="te_verwerken",
                    afgehandeld_op=None,
                    klantcontact_uuid=f"local:{item.id}",
                    actor_uuids=request.referral_actor_uuids,
                    delivery=delivery,
                ),
            )
        records.append(
            ContactRecord(
                uuid=f"local:{item.id}",
                date=request.created_at,
                kanaal=request.kanaal,
                onderwerp=request.onderwerp,
                inhoud=request.inhoud,
                who=request.agent_name or request.agent_id,
                status="",
                zaak_ids=tuple(sorted(ids)),
                referrals=referrals,
                delivery=delivery,
                problem=item.last_error if delivery == DELIVERY_REFUSED else "",
            )
        )
    records.sort(key=lambda r: r.date or _EARLIEST, reverse=True)
    return records
