"""Everything the workspace needs from the Klantinteracties side, behind one object: the
caller's earlier contacts and open referrals, referral targets, and logging contacts and
referrals through the durable outbox (delivered in the background by the OutboxWorker)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from kcc_desk.services.config import AppConfig
from kcc_desk.services.contact_request import ContactLogRequest
from kcc_desk.services.credentials import Credentials
from kcc_desk.services.errors import KccError
from kcc_desk.services.klantinteracties import KlantinteractiesClient
from kcc_desk.services.klantinteracties_records import ContactRecord, ReferralRecord, ReferralTarget
from kcc_desk.services.messages import QT_TRANSLATE_NOOP, Message
from kcc_desk.services.outbox import DeliveryReport, Outbox, OutboxWorker

logger = logging.getLogger(__name__)

HTTP_TIMEOUT_S = 10.0


@dataclass(frozen=True, slots=True)
class History:
    """Earlier contacts and referrals of one caller (by BSN) or about one case."""

    contacts: tuple[ContactRecord, ...] = ()
    referrals: tuple[ReferralRecord, ...] = ()
    error: Message | None = None  # why Klantinteracties could not be read

    @property
    def open_referrals(self) -> tuple[ReferralRecord, ...]:
        return tuple(r for r in self.referrals if r.is_open)


@dataclass(frozen=True, slots=True)
class OutboxState:
    pending: int
    failed: int
    last_error: Message | None = None


@dataclass
class ContactService:
    """Built once per app run; ``available`` is False (with ``unavailable_reason``) when the
    Klantinteracties API is not configured or has no token. Logging still goes to the outbox
    then, so nothing the agent records is lost."""

    config: AppConfig
    credentials: Credentials
    outbox_path: Path | None = None
    on_report: Callable[[DeliveryReport], None] | None = None
    http: httpx.AsyncClient | None = None
    available: bool = field(init=False, default=False)
    unavailable_reason: Message | None = field(init=False, default=None)

    def __post_init__(self) -> None:
        self.outbox = Outbox(self.outbox_path)
        self._own_http = self.http is None
        ca = self.config.ca_bundle
        self._http = self.http or httpx.AsyncClient(
            timeout=HTTP_TIMEOUT_S, verify=str(ca) if ca else True, follow_redirects=False
        )
        self.client: KlantinteractiesClient | None = None
        self.worker: OutboxWorker | None = None
        klant = self.config.klantinteracties
        if klant is None:
            self.unavailable_reason = QT_TRANSLATE_NOOP(
                "ContactService", "Klantinteracties is niet ingesteld."
            )
            return
        try:
            token = self.credentials.klantinteracties_token()
        except KccError as error:
            self.unavailable_reason = error.ui_message
            return
        self.client = KlantinteractiesClient(self._http, klant.url, token)
        self.worker = OutboxWorker(self.outbox, self.client, on_report=self.on_report)
        self.available = True

    def start(self) -> None:
        if self.worker is not None:
            self.worker.start()  # also delivers what an earlier run left in the outbox

    def submit(self, request: ContactLogRequest) -> int:
        """Write to the outbox first (durable), then let the worker deliver it."""
        if self.worker is not None:
            return self.worker.submit(request)
        return self.outbox.enqueue(request)

    def state(self) -> OutboxState:
        report = self.worker.last_report if self.worker is not None else None
        return OutboxState(
            pending=len(self.outbox.pending()),
            failed=len(self.outbox.failed()),
            last_error=report.ui_error if report is not None else self.unavailable_reason,
        )

    async def referral_targets(self) -> list[ReferralTarget]:
        if self.client is None:
            return []
        return await self.client.referral_targets()

    async def caller_history(self, bsn: str) -> History:
        if self.client is None:
            return History(error=self.unavailable_reason)
        try:
            contacts, referrals = await asyncio.gather(
                self.client.contacts_for_bsn(bsn), self.client.open_referrals_for_bsn(bsn)
            )
        except KccError as error:
            return History(error=error.ui_message)
        return History(tuple(contacts), tuple(referrals))

    async def case_history(self, zaak_url: str) -> History:
        if self.client is None:
            return History(error=self.unavailable_reason)
        try:
            contacts, referrals = await asyncio.gather(
                self.client.contacts_for_zaak(zaak_url=zaak_url),
                self.client.referrals_for_zaak(zaak_url=zaak_url, open_only=False),
            )
        except KccError as error:
            return History(error=error.ui_message)
        return History(tuple(contacts), tuple(referrals))

    def clear_caller_data(self) -> None:
        if self.client is not None:
            self.client.forget_callers()

    async def aclose(self) -> None:
        if self.worker is not None:
            await self.worker.stop()
        if self._own_http:
            await self._http.aclose()
        self.outbox.close()
