"""The polling :class:`ChangeFeed`: each followed case read once per interval, gently.

- Interval configurable (default 2 minutes), each case's next poll jittered by ±10% so the
  cases spread out instead of arriving in one burst every interval.
- At most ``per_source`` reads of one source at a time (a read is two requests), well under the
  client's own bound (zgw_client.SOURCE_CONCURRENCY), so a search the agent starts is not
  queued behind the watch list.
- A read that fails for a source error puts that whole source in backoff (doubling, up to 15
  minutes): no request goes there until it is over; then one case probes, and only when it
  succeeds do the others follow. Other sources go on as normal.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from kcc_desk.services.config import DEFAULT_WATCH_INTERVAL_S, SourceConfig
from kcc_desk.services.errors import ApiError, CredentialError, SourceError
from kcc_desk.services.watch.feed import KnownState, OnHealth, OnReading, SourceHealth
from kcc_desk.services.watch.reader import CaseReader

log = logging.getLogger(__name__)

DEFAULT_INTERVAL_S = DEFAULT_WATCH_INTERVAL_S  # 2 minutes
JITTER = 0.1
PER_SOURCE = 4
MAX_BACKOFF_S = 900.0


@dataclass(slots=True)
class _Followed:
    zaak_url: str
    source: str
    due: float
    busy: bool = False


@dataclass(slots=True)
class _Backoff:
    failures: int = 0
    until: float = 0.0
    probing: bool = False
    limit: asyncio.Semaphore = field(default_factory=lambda: asyncio.Semaphore(PER_SOURCE))


class PollingFeed:
    def __init__(
        self,
        reader: CaseReader,
        sources: list[SourceConfig],
        *,
        interval_s: float = DEFAULT_INTERVAL_S,
        per_source: int = PER_SOURCE,
        first_spread_s: float | None = None,
        clock: Callable[[], float] = time.monotonic,
        rng: random.Random | None = None,
    ) -> None:
        self._reader = reader
        self._sources = {s.name: s for s in sources}
        self.interval_s = interval_s
        # Cases known at start-up (the catch-up) spread over the first quarter interval.
        self._first_spread_s = interval_s / 4 if first_spread_s is None else first_spread_s
        self._per_source = per_source
        self._clock = clock
        self._rng = rng or random.Random()  # noqa: S311 - jitter, not secrets
        self._followed: dict[str, _Followed] = {}
        self._backoff: dict[str, _Backoff] = {}
        self._wake = asyncio.Event()
        self._tasks: set[asyncio.Task[None]] = set()

    # -- the ChangeFeed interface ------------------------------------------------------------
    def follow(self, zaak_url: str, source: str, *, catch_up: bool = False) -> None:
        if zaak_url in self._followed or source not in self._sources:
            return
        spread = self._first_spread_s if catch_up else 0.0
        due = self._clock() + self._rng.uniform(0, spread)
        self._followed[zaak_url] = _Followed(zaak_url, source, due)
        self._wake.set()

    def unfollow(self, zaak_url: str) -> None:
        self._followed.pop(zaak_url, None)

    async def run(self, known: KnownState, on_reading: OnReading, on_health: OnHealth) -> None:
        try:
            while True:
                self._start_due(known, on_reading, on_health)
                self._wake.clear()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._wake.wait(), self._sleep_for())
        finally:
            for task in self._tasks:
                task.cancel()
            if self._tasks:
                await asyncio.gather(*self._tasks, return_exceptions=True)

    def poll_all_now(self) -> None:
        """Make every followed case due now (tests, and 'Nu bijwerken')."""
        now = self._clock()
        for followed in self._followed.values():
            followed.due = min(followed.due, now)
        self._wake.set()

    # -- scheduling ----------------------------------------------------------------------------
    def backing_off(self, source: str) -> bool:
        state = self._backoff.get(source)
        return state is not None and state.failures > 0 and self._clock() < state.until

    def _state(self, source: str) -> _Backoff:
        state = self._backoff.get(source)
        if state is None:
            state = self._backoff[source] = _Backoff(limit=asyncio.Semaphore(self._per_source))
        return state

    def _start_due(self, known: KnownState, on_reading: OnReading, on_health: OnHealth) -> None:
        now = self._clock()
        for followed in list(self._followed.values()):
            if followed.busy or followed.due > now:
                continue
            state = self._state(followed.source)
            if state.failures:
                if now < state.until or state.probing:
                    continue
                state.probing = True  # one case tests whether the source is back
            followed.busy = True
            task = asyncio.ensure_future(self._poll(followed, known, on_reading, on_health))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    def _sleep_for(self) -> float:
        now = self._clock()
        waits = [max(0.0, f.due - now) for f in self._followed.values() if not f.busy]
        waits += [max(0.0, b.until - now) for b in self._backoff.values() if b.failures]
        return max(0.05, min(waits, default=self.interval_s))

    async def _poll(
        self, followed: _Followed, known: KnownState, on_reading: OnReading, on_health: OnHealth
    ) -> None:
        source = self._sources[followed.source]
        state = self._state(followed.source)
        ok = False
        try:
            async with state.limit:
                if self.backing_off(followed.source):
                    return  # another read of this source failed while this one waited
                reading = await self._reader.read(
                    followed.zaak_url, source, known(followed.zaak_url)
                )
            ok = True
            if followed.zaak_url in self._followed:
                on_reading(followed.zaak_url, reading)
        except ApiError as exc:
            if exc.status in (403, 404, 410):
                # This case, not the source: gone or no longer ours to read. Try again later.
                ok = True
                log.info("%s: gevolgde zaak niet leesbaar (%s)", source.name, exc.status)
            else:
                self._failed(source.name, state, on_health)
        except (SourceError, CredentialError):
            self._failed(source.name, state, on_health)
        except Exception as exc:  # a bug costs one poll, never the feed
            log.error("%s: volgen mislukt (%s)", source.name, type(exc).__name__)
            log.debug("details", exc_info=True)
        finally:
            followed.busy = False
            followed.due = self._clock() + self.interval_s * self._rng.uniform(
                1 - JITTER, 1 + JITTER
            )
            if state.probing:
                state.probing = False
            if ok and state.failures:
                state.failures = 0
                state.until = 0.0
                log.info("%s: weer bereikbaar; zaken worden weer gevolgd", source.name)
                on_health(SourceHealth(source.name, False))
                self.poll_all_now_for(source.name)
            self._wake.set()

    def poll_all_now_for(self, source: str) -> None:
        """After a source came back: its cases catch up now, not one interval later."""
        now = self._clock()
        for followed in self._followed.values():
            if followed.source == source:
                followed.due = min(followed.due, now)

    def _failed(self, source: str, state: _Backoff, on_health: OnHealth) -> None:
        if state.failures and self._clock() < state.until:
            return  # already backing off (reads that were in flight)
        state.failures += 1
        delay = min(MAX_BACKOFF_S, self.interval_s * (2 ** (state.failures - 1)))
        delay *= self._rng.uniform(1 - JITTER, 1 + JITTER)
        state.until = self._clock() + delay
        log.warning("%s: niet bereikbaar; volgen wacht %.0f s", source, delay)
        on_health(SourceHealth(source, True, delay))
