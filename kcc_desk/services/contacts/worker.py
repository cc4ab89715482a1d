"""Delivers the outbox in the background: at once when woken, with capped exponential backoff
(and jitter) while the API fails, idle when the queue is empty."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from kcc_desk.services.contacts.client import KlantinteractiesClient
from kcc_desk.services.contacts.delivery import deliver_pending
from kcc_desk.services.contacts.queue import DeliveryReport, Outbox
from kcc_desk.services.contacts.request import ContactLogRequest
from kcc_desk.services.messages import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)


class OutboxWorker:
    """Delivers the outbox in the background: at once when woken, with capped exponential
    backoff (and jitter) while the API fails, idle when the queue is empty."""

    def __init__(
        self,
        outbox: Outbox,
        client: KlantinteractiesClient,
        *,
        base_delay: float = 2.0,
        max_delay: float = 300.0,
        idle_poll: float | None = 600.0,
        keep_delivered: timedelta = timedelta(days=30),
        on_report: Callable[[DeliveryReport], None] | None = None,
        rng: random.Random | None = None,
    ) -> None:
        self.outbox = outbox
        self.client = client
        self.base_delay = base_delay
        self.max_delay = max_delay
        self.idle_poll = idle_poll  # also look now and then when nobody wakes us
        self.keep_delivered = keep_delivered  # bookkeeping of delivered items, then purged
        self.on_report = on_report
        self.last_report: DeliveryReport | None = None
        self.failures = 0
        self._rng = rng or random.Random()  # noqa: S311 - jitter, not security
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._stopping = False

    def submit(self, request: ContactLogRequest) -> int:
        """Queue a contact and start delivering it now; returns the item id."""
        item_id = self.outbox.enqueue(request)
        self.wake()
        return item_id

    def wake(self) -> None:
        """Try now (new item, or the agent pressed "opnieuw proberen"); resets the backoff."""
        self.failures = 0
        self._wake.set()

    def start(self) -> asyncio.Task[None]:
        if self._task is None or self._task.done():
            self._stopping = False
            self._task = asyncio.get_running_loop().create_task(
                self._run(), name="kcc-desk-outbox-worker"
            )
        return self._task

    async def stop(self) -> None:
        self._stopping = True
        self._wake.set()
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    def next_delay(self) -> float:
        """Backoff after ``failures`` failed runs: base·2^(n-1), capped, ±20 % jitter."""
        raw = min(self.max_delay, self.base_delay * (2 ** max(0, self.failures - 1)))
        return float(min(self.max_delay, raw * self._rng.uniform(0.8, 1.2)))

    async def _run(self) -> None:
        while not self._stopping:
            self._wake.clear()
            try:
                report = await deliver_pending(self.outbox, self.client)
            except Exception as exc:  # never let the worker die; say what kind of failure
                log.exception("outbox: onverwachte fout bij afleveren (%s)", type(exc).__name__)
                report = DeliveryReport(
                    pending=len(self.outbox.pending()),
                    ui_error=QT_TRANSLATE_NOOP(
                        "Outbox",
                        "Versturen mislukt door een onverwachte fout. "
                        "Het wordt opnieuw geprobeerd.",
                    ),
                )
            self.last_report = report
            if self.on_report is not None:
                try:
                    self.on_report(report)
                except Exception:
                    log.exception("outbox: fout in on_report")
            delay: float | None
            if report.ui_error is not None or report.busy:
                self.failures += 1
                delay = self.next_delay()
            else:
                self.failures = 0
                delay = self.idle_poll if report.pending == 0 else 0.0
                if report.delivered:
                    self.outbox.purge_delivered(datetime.now(UTC) - self.keep_delivered)
            if delay == 0.0:
                continue
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout=delay)
