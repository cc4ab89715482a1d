"""Everything the workspace needs from the Klantinteracties side, behind one object: the
caller's earlier contacts and open referrals, referral targets, and logging contacts and
referrals through the durable outbox (delivered in the background by the OutboxWorker).

The outbox belongs to one Klantinteracties server: items are stored with its URL and delivered
only there. Training mode passes an outbox of its own (``ephemeral``: removed when the app
closes), so a made-up training contact can never reach a real register.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import httpx

from kcc_desk.services.config import AppConfig
from kcc_desk.services.contacts.client import KlantinteractiesClient
from kcc_desk.services.contacts.local_history import local_records
from kcc_desk.services.contacts.private_file import set_aside, sidecar_paths
from kcc_desk.services.contacts.queue import (
    FILE_NAME,
    DeliveryReport,
    Outbox,
    OutboxItem,
    default_outbox_path,
    server_key,
)
from kcc_desk.services.contacts.records import ContactRecord
from kcc_desk.services.contacts.request import ContactLogRequest, zaak_ids_of
from kcc_desk.services.contacts.schema import OutboxUnreadable
from kcc_desk.services.contacts.state import History, OutboxState, RefusedItem, TargetList
from kcc_desk.services.contacts.targets_cache import ReferralTargetsCache
from kcc_desk.services.contacts.worker import OutboxWorker
from kcc_desk.services.credentials import Credentials
from kcc_desk.services.errors import KccError
from kcc_desk.services.http_client import make_http_client
from kcc_desk.services.messages import QT_TRANSLATE_NOOP, Message

logger = logging.getLogger(__name__)

HTTP_TIMEOUT_S = 10.0


def training_outbox_path() -> Path:
    """A private, per-run outbox for training mode (its demo server lives only this run), in
    a folder of its own beside the real outbox, never the real outbox's file."""
    parent = default_outbox_path().parent / "oefen"
    parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    return Path(tempfile.mkdtemp(prefix="run-", dir=parent)) / FILE_NAME


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
    ephemeral: bool = False  # training: the outbox file is removed on close
    targets_cache: ReferralTargetsCache | None = None
    available: bool = field(init=False, default=False)
    unavailable_reason: Message | None = field(init=False, default=None)

    def __post_init__(self) -> None:
        klant = self.config.klantinteracties
        self.server = server_key(klant.url) if klant is not None else ""
        self.notice: Message | None = None  # something the agent must hear at start-up
        self.outbox = self._open_outbox()
        self._targets_cache = self.targets_cache or ReferralTargetsCache()
        self._own_http = self.http is None
        ca = self.config.ca_bundle
        self._http = self.http or make_http_client(ca, timeout_s=HTTP_TIMEOUT_S)
        self.client: KlantinteractiesClient | None = None
        self.worker: OutboxWorker | None = None
        self._ready: asyncio.Task[None] | None = None
        self._start_task: asyncio.Task[None] | None = None
        if klant is None:
            self.unavailable_reason = QT_TRANSLATE_NOOP(
                "ContactService", "Klantinteracties is niet ingesteld."
            )

    def _open_outbox(self) -> Outbox:
        """The outbox; a damaged file is set aside (kept for the administrator) and a new one
        started, so what the agent logs next is kept. A file from a newer kcc-desk is left
        alone: OutboxVersionError, and the presenter says so."""
        try:
            return Outbox(self.outbox_path, server=self.server or None)
        except OutboxUnreadable:
            path = self.outbox_path or default_outbox_path()
            aside = set_aside(path, datetime.now(UTC).strftime("%Y%m%d-%H%M%S"))
            logger.warning("outbox onleesbaar; apart gezet, nieuw bestand begonnen")
            self.notice = QT_TRANSLATE_NOOP(
                "ContactService",
                "Het outbox-bestand was beschadigd. Het staat apart als {name}; nieuwe "
                "contacten gaan in een nieuw bestand. Meld het de beheerder.",
            ).format(name=aside.name)
            return Outbox(path, server=self.server or None)

    async def ready(self) -> None:
        """The token, the client and the worker, made at first use: the token may come from
        the keyring, which is asked in a worker thread (it may block; this runs on the GUI's
        loop). Until then what the agent logs waits safely in the outbox."""
        if self._ready is None:
            self._ready = asyncio.get_running_loop().create_task(self._connect())
        await asyncio.shield(self._ready)

    async def _connect(self) -> None:
        klant = self.config.klantinteracties
        if klant is None:
            return
        try:
            token = await self.credentials.aklantinteracties_token()
        except KccError as error:
            self.unavailable_reason = error.ui_message
            return
        self.client = KlantinteractiesClient(self._http, klant.url, token)
        self.worker = OutboxWorker(self.outbox, self.client, on_report=self.on_report)
        self.available = True

    def start(self) -> None:
        """Connect (off the GUI thread), then deliver what an earlier run left in the outbox."""

        async def connect_and_start() -> None:
            await self.ready()
            if self.worker is not None:
                self.worker.start()
            elif self.on_report is not None:  # say why nothing is sent (no token)
                self.on_report(DeliveryReport(pending=len(self._mine(self.outbox.pending()))))

        self._start_task = asyncio.get_running_loop().create_task(connect_and_start())

    def submit(self, request: ContactLogRequest) -> int:
        """Write to the outbox first (durable), then let the worker deliver it."""
        if self.worker is not None:
            return self.worker.submit(request)
        return self.outbox.enqueue(request)

    def _mine(self, items: list[OutboxItem]) -> list[OutboxItem]:
        return [i for i in items if not self.server or i.is_for(self.server)]

    def state(self) -> OutboxState:
        report = self.worker.last_report if self.worker is not None else None
        refused = self._mine(self.outbox.failed())
        return OutboxState(
            pending=len(self._mine(self.outbox.pending())),
            failed=len(refused),
            last_error=report.ui_error if report is not None else self.unavailable_reason,
            refused=tuple(RefusedItem(i.id, i.zaak_identificatie, i.last_error) for i in refused),
        )

    def local_history(
        self, *, bsn: str | None = None, zaak_url: str | None = None
    ) -> tuple[ContactRecord, ...]:
        """What the agent logged for this caller or case that the server does not show yet."""
        items = self._mine(self.outbox.pending() + self.outbox.failed())
        return tuple(local_records(items, bsn=bsn, zaak_url=zaak_url))

    async def referral_targets(self) -> TargetList:
        """Klantinteracties' teams and colleagues; while it cannot be reached, the last list it
        gave (saved after every successful read)."""
        await self.ready()
        if self.client is None:
            return TargetList(error=self.unavailable_reason)
        try:
            targets = await self.client.referral_targets(agent_id=self.config.agent_id)
        except KccError as error:
            kept, saved_at = self._targets_cache.load(self.server)
            return TargetList(tuple(kept), saved_at if kept else None, error.ui_message)
        self._targets_cache.save(self.server, targets)
        return TargetList(tuple(targets))

    async def caller_history(self, bsn: str) -> History:
        local = self.local_history(bsn=bsn)
        await self.ready()
        if self.client is None:
            return History(error=self.unavailable_reason, local=local)
        try:
            contacts, referrals = await asyncio.gather(
                self.client.contacts_for_bsn(bsn), self.client.open_referrals_for_bsn(bsn)
            )
        except KccError as error:
            return History(error=error.ui_message, local=local)
        return History(tuple(contacts), tuple(referrals), local=self.local_history(bsn=bsn))

    async def case_history(self, zaak_url: str) -> History:
        """Contacts about the case, whether they name it by URL or by uuid (kcc-desk and KISS
        write the uuid, other clients the URL): both are searched, duplicates dropped."""
        local = self.local_history(zaak_url=zaak_url)
        await self.ready()
        if self.client is None:
            return History(error=self.unavailable_reason, local=local)
        ids = zaak_ids_of(zaak_url)
        zaak_uuid = ids[1] if len(ids) > 1 else None
        try:
            contacts = await self.client.contacts_for_zaak(zaak_uuid, zaak_url)
        except KccError as error:
            return History(error=error.ui_message, local=local)
        referrals = tuple(r for c in contacts for r in c.referrals)
        return History(tuple(contacts), referrals, local=self.local_history(zaak_url=zaak_url))

    def clear_caller_data(self) -> None:
        if self.client is not None:
            self.client.forget_callers()

    async def aclose(self) -> None:
        for task in (self._start_task, self._ready):
            if task is not None and not task.done():
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
        if self.worker is not None:
            await self.worker.stop()
        if self._own_http:
            await self._http.aclose()
        self.outbox.close()
        if self.ephemeral:  # the files of this outbox only, then its folder if now empty
            path = self.outbox.path
            for leftover in (path, *sidecar_paths(path), Path(str(path) + ".lock")):
                leftover.unlink(missing_ok=True)
            with contextlib.suppress(OSError):
                path.parent.rmdir()
