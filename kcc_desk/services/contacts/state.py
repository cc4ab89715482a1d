"""What the contact service reports to the workspace: a caller's or case's history, the outbox's
state and the referral targets. httpx-free, so presenters use these types before the client has
loaded (start-up)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from kcc_desk.services.contacts.records import ContactRecord, ReferralRecord, ReferralTarget
from kcc_desk.services.messages import Message


@dataclass(frozen=True, slots=True)
class RefusedItem:
    """An outbox item the server refused: kept locally until an administrator fixes the cause
    (then ``kcc-desk outbox retry ID``)."""

    id: int
    zaak_identificatie: str
    reason: str  # the server's refusal, in Dutch


@dataclass(frozen=True, slots=True)
class History:
    """Earlier contacts and referrals of one caller (by BSN) or about one case, with what the
    agent logged that the server does not show yet (``local``)."""

    contacts: tuple[ContactRecord, ...] = ()
    referrals: tuple[ReferralRecord, ...] = ()
    error: Message | None = None  # why Klantinteracties could not be read
    local: tuple[ContactRecord, ...] = ()

    @property
    def open_referrals(self) -> tuple[ReferralRecord, ...]:
        waiting = tuple(r for c in self.local for r in c.referrals)
        return waiting + tuple(r for r in self.referrals if r.is_open)


@dataclass(frozen=True, slots=True)
class OutboxState:
    pending: int
    failed: int
    last_error: Message | None = None
    refused: tuple[RefusedItem, ...] = ()  # what the server refused, for the status line


@dataclass(frozen=True, slots=True)
class TargetList:
    targets: tuple[ReferralTarget, ...] = ()
    saved_at: datetime | None = None  # set when this is the kept list (the API is down)
    error: Message | None = None
