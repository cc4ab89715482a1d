"""When the catalogue is read from disk, confirmed with the servers and written back.

- Start-up: the kept file is read in a worker thread (the GUI thread never waits for a disk).
  A lookup waits for that read (milliseconds), never for the network.
- After the first lookup, or after :data:`REVALIDATE_WHEN_IDLE_S` without one, what is due is
  confirmed in the background (:meth:`CatalogCache.revalidate`), so the first lookup of the
  day goes out at once and the server answers the search before anything else. Later
  lookups start another round at most every :data:`~catalog_cache.FRESH_FOR_S`.
- What changed is written back after a lookup and on close; only objects under a configured
  Catalogi API are written (catalogue data, never anything about a case or a person).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from pathlib import Path

from kcc_desk.services import catalog_store
from kcc_desk.services.catalog_cache import FRESH_FOR_S, CatalogCache

log = logging.getLogger(__name__)

REVALIDATE_WHEN_IDLE_S = 5.0


class KeptCatalogue:
    def __init__(
        self,
        cache: CatalogCache,
        *,
        catalogi_roots: list[str],
        path: Path | None = None,
        enabled: bool = True,
    ) -> None:
        self._cache = cache
        self._roots = tuple(r for r in catalogi_roots if r)
        self._path = path
        self.enabled = enabled
        self._load_task: asyncio.Task[None] | None = None
        self._idle_task: asyncio.Task[None] | None = None
        self._revalidation: asyncio.Task[None] | None = None
        self._save_task: asyncio.Task[None] | None = None
        self._save_lock = asyncio.Lock()
        self._last_round = -float("inf")

    @property
    def path(self) -> Path:
        if self._path is None:
            self._path = catalog_store.default_path()
        return self._path

    def start(self) -> None:
        """Begin reading the kept file (needs a running loop; else the first lookup does)."""
        if not self.enabled or self._load_task is not None:
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return
        self._load_task = loop.create_task(self._load(), name="catalogue-load")
        self._idle_task = loop.create_task(self._when_idle(), name="catalogue-idle")

    async def loaded(self) -> None:
        if not self.enabled:
            return
        self.start()
        assert self._load_task is not None
        await asyncio.shield(self._load_task)

    async def _load(self) -> None:
        path = self.path
        snapshot = await asyncio.to_thread(catalog_store.load, path)
        if snapshot is not None:
            self._cache.restore(snapshot)
            log.info("bewaarde catalogus: %d objecten", len(snapshot.objects))

    async def _when_idle(self) -> None:
        await self.loaded()
        await asyncio.sleep(REVALIDATE_WHEN_IDLE_S)
        self._idle_task = None
        self.after_lookup()

    def after_lookup(self) -> None:
        """A lookup finished (or the agent is idle): confirm what is due, keep what changed."""
        if not self.enabled:
            return
        if self._idle_task is not None:
            self._idle_task.cancel()
            self._idle_task = None
        running = self._revalidation is not None and not self._revalidation.done()
        if not running and time.monotonic() - self._last_round >= FRESH_FOR_S and self._cache.due():
            self._last_round = time.monotonic()
            self._revalidation = asyncio.get_running_loop().create_task(
                self._revalidate(), name="catalogue-revalidate"
            )
        elif self._cache.changed and (self._save_task is None or self._save_task.done()):
            self._save_task = asyncio.get_running_loop().create_task(
                self._save(), name="catalogue-save"
            )

    async def _revalidate(self) -> None:
        await self._cache.revalidate()
        await self._save()

    async def settled(self) -> None:
        """Wait for a running confirmation round, fetches and save (tests, benchmarks)."""
        for task in (self._revalidation, self._save_task):
            if task is not None:
                with contextlib.suppress(Exception):
                    await asyncio.shield(task)
        await self._cache.settled()

    async def _save(self) -> None:
        async with self._save_lock:
            if not self._cache.changed:
                return
            snapshot = self._cache.snapshot(self._keep)
            try:
                await asyncio.to_thread(catalog_store.save, self.path, snapshot)
            except OSError as exc:  # a full disk must not cost the agent a lookup
                log.warning("catalogus bewaren lukte niet (%s)", type(exc).__name__)
                self._cache.changed = True  # try again at the next occasion

    def _keep(self, url: str) -> bool:
        return url.startswith(self._roots)

    async def aclose(self) -> None:
        """Stop background work; write what changed (a closing app keeps what it learnt)."""
        for task in (self._idle_task, self._revalidation, self._load_task):
            if task is not None and not task.done():
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await task
        if self.enabled and self._load_task is not None and not self._load_task.cancelled():
            await self._save()
