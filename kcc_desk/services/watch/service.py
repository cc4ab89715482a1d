"""The watch list: what is followed, what changed since it was last seen, kept on disk.

Every reading a :class:`ChangeFeed` reports is compared with the last seen state
(:func:`diff_states`); what is new is added to the case's unseen changes and reported once.
A reading with changes is written to disk *before* it is reported, so a crash can cost a
notification but never give one twice; readings without changes (baselines) are written a
moment later in a worker thread, so the window never waits for the disk.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from datetime import UTC, date, datetime

from kcc_desk.services.watch.diff import diff_states
from kcc_desk.services.watch.feed import ChangeFeed, SourceHealth
from kcc_desk.services.watch.model import CaseState, Change, Watch
from kcc_desk.services.watch.store import WatchStore, expired

log = logging.getLogger(__name__)

OWN_CHANGE_WINDOW_S = 600.0  # what changes on a case soon after the agent acted there is theirs
SAVE_DELAY_S = 0.5

OnChanges = Callable[[list[tuple[Watch, Change]]], None]


class WatchService:
    def __init__(
        self,
        store: WatchStore,
        feed: ChangeFeed,
        *,
        today: Callable[[], date] = date.today,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._store = store
        self._feed = feed
        self._today = today
        self._now = now
        self._clock = clock
        self._watches: dict[str, Watch] = {}
        self._own_until: dict[str, float] = {}
        self._save_task: asyncio.Task[None] | None = None
        # Readings compared so far, changed or not: "after the next poll" made observable (the
        # status row's "bijgewerkt", and tests that check nothing new was reported).
        self.readings = 0
        self.on_changes: OnChanges = lambda _changes: None
        self.on_updated: Callable[[], None] = lambda: None
        self.on_health: Callable[[SourceHealth], None] = lambda _health: None

    # -- the list ------------------------------------------------------------------------------
    def load(self) -> None:
        """Read the kept list and follow each case (their first reading is the catch-up)."""
        for watch in self._store.load(self._today()):
            self._watches[watch.zaak_url] = watch
            self._feed.follow(watch.zaak_url, watch.source, catch_up=True)
        self.on_updated()

    def watches(self) -> list[Watch]:
        return list(self._watches.values())

    def get(self, zaak_url: str) -> Watch | None:
        return self._watches.get(zaak_url)

    def is_watched(self, zaak_url: str) -> bool:
        return zaak_url in self._watches

    def watch(self, zaak_url: str, source: str, identificatie: str, zaaktype: str) -> Watch:
        found = self._watches.get(zaak_url)
        if found is not None:
            return found
        watch = Watch(zaak_url, source, identificatie, zaaktype, watched_at=self._now())
        self._watches[zaak_url] = watch
        self._feed.follow(zaak_url, source)
        self._save_later()  # a moment later, in a worker thread: adding many must not stall
        self.on_updated()
        return watch

    def unwatch(self, zaak_url: str) -> None:
        if self._watches.pop(zaak_url, None) is not None:
            self._feed.unfollow(zaak_url)
            self._save_later()
            self.on_updated()

    def mark_seen(self, zaak_url: str) -> None:
        """The case was opened: its changes are no longer new."""
        watch = self._watches.get(zaak_url)
        if watch is not None and watch.unseen:
            self._watches[zaak_url] = watch.seen()
            self._save_now()
            self.on_updated()

    def note_own_change(self, zaak_url: str) -> None:
        """The agent just acted on this case (a referral): what follows soon is not news."""
        self._own_until[zaak_url] = self._clock() + OWN_CHANGE_WINDOW_S

    def unseen_count(self) -> int:
        return sum(1 for w in self._watches.values() if w.unseen)

    # -- readings ------------------------------------------------------------------------------
    def known(self, zaak_url: str) -> CaseState | None:
        watch = self._watches.get(zaak_url)
        return watch.state if watch is not None else None

    def apply_reading(self, zaak_url: str, state: CaseState) -> list[Change]:
        """Compare, keep, and report what is new (the feeds call this; tests may too)."""
        self.readings += 1
        watch = self._watches.get(zaak_url)
        if watch is None or watch.state == state:
            return []
        changes = diff_states(zaak_url, watch.state, state)
        if changes and self._clock() < self._own_until.get(zaak_url, 0.0):
            changes = tuple(Change(c.zaak_url, c.kind, c.label, c.at, c.key, True) for c in changes)
        updated = watch.with_state(state, changes)
        if expired(updated, self._today()):
            log.info("gevolgde zaak 30 dagen afgesloten; niet meer gevolgd")
            self.unwatch(zaak_url)
            return []
        self._watches[zaak_url] = updated
        if changes:
            self._save_now()  # on disk before it is reported: never reported twice
            self.on_updated()
            self.on_changes([(updated, c) for c in changes])
        else:
            self._save_later()
            self.on_updated()
        return list(changes)

    async def run(self) -> None:
        """Follow the cases until cancelled (then the list is written one last time)."""
        try:
            await self._feed.run(self.known, self._reading, self._health)
        finally:
            if self._save_task is not None:
                self._save_task.cancel()
            self._save_now()

    def _reading(self, zaak_url: str, state: CaseState) -> None:
        self.apply_reading(zaak_url, state)

    def _health(self, health: SourceHealth) -> None:
        self.on_health(health)

    # -- saving --------------------------------------------------------------------------------
    def _save_now(self) -> None:
        try:
            self._store.save(self.watches())
        except OSError as exc:
            log.error("lijst met gevolgde zaken niet opgeslagen (%s)", type(exc).__name__)

    def _save_later(self) -> None:
        if self._save_task is not None and not self._save_task.done():
            return
        self._save_task = asyncio.ensure_future(self._save_soon())

    async def _save_soon(self) -> None:
        await asyncio.sleep(SAVE_DELAY_S)
        try:
            await asyncio.to_thread(self._store.save, self.watches())
        except OSError as exc:
            log.error("lijst met gevolgde zaken niet opgeslagen (%s)", type(exc).__name__)
