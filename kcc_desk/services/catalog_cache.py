"""Cache of Catalogi resources (zaaktypen, statustypen, resultaattypen, roltypen, ...).

Catalogue objects change rarely and are the same for every caller, so they are kept for the whole
session: used without any request for :data:`FRESH_FOR_S`, then revalidated with
``If-None-Match`` (a 304 costs the server almost nothing). Never used for zaken: Open Zaak can
serve a stale ETag for a zaak (see zgw-recorded ``_etag_bug_repro.json``).

Concurrent requests for the same URL share one fetch. The fetch runs in its own task and is
awaited through ``asyncio.shield``, so cancelling one lookup neither cancels nor corrupts a fetch
another lookup is waiting for.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from kcc_desk.services.errors import ApiError, InvalidResponseError, KccError
from kcc_desk.services.messages import QT_TRANSLATE_NOOP
from kcc_desk.services.pagination import get_list, parse_page
from kcc_desk.services.zgw_client import ZgwClient

log = logging.getLogger(__name__)

FRESH_FOR_S = 600.0
PRELOAD_PAGE_SIZE = 50  # Open Zaak's pageSize; other servers answer 400 and are not asked again

JsonObject = dict[str, Any]


@dataclass(slots=True)
class _Entry:
    body: JsonObject
    etag: str | None
    checked_at: float


class CatalogCache:
    def __init__(self, client: ZgwClient, *, clock: Callable[[], float] = time.monotonic) -> None:
        self._client = client
        self._clock = clock
        self._entries: dict[str, _Entry] = {}
        self._inflight: dict[str, asyncio.Task[JsonObject]] = {}
        self._lists: dict[str, tuple[float, list[JsonObject]]] = {}
        self._preloads: dict[str, asyncio.Task[None]] = {}
        self.fetches = 0  # requests actually sent (for tests and the benchmark)

    def peek(self, url: str) -> JsonObject | None:
        entry = self._entries.get(url)
        return entry.body if entry else None

    def put(self, url: str, body: JsonObject) -> None:
        """Seed from an expanded response (no ETag known: revalidated by a full GET later)."""
        if url not in self._entries:
            self._entries[url] = _Entry(body, None, self._clock())

    async def get(self, url: str, *, source_name: str) -> JsonObject:
        entry = self._entries.get(url)
        if entry is not None and self._clock() - entry.checked_at < FRESH_FOR_S:
            return entry.body
        task = self._inflight.get(url)
        if task is None:
            task = asyncio.create_task(self._fetch(url, source_name), name=f"catalog:{url}")
            self._inflight[url] = task
            task.add_done_callback(self._forget_inflight)
        return await asyncio.shield(task)

    def _forget_inflight(self, task: asyncio.Task[JsonObject]) -> None:
        for url, running in list(self._inflight.items()):
            if running is task:
                del self._inflight[url]
        if not task.cancelled():
            task.exception()  # retrieved here so an abandoned failure is not logged as lost

    async def get_many(self, urls: list[str], *, source_name: str) -> dict[str, JsonObject]:
        unique = list(dict.fromkeys(urls))
        bodies = await asyncio.gather(*(self.get(u, source_name=source_name) for u in unique))
        return dict(zip(unique, bodies, strict=True))

    async def _fetch(self, url: str, source_name: str) -> JsonObject:
        entry = self._entries.get(url)
        etag = entry.etag if entry else None
        self.fetches += 1
        response = await self._client.get_json(url, source_name=source_name, etag=etag)
        if response.status == 304 and entry is not None:
            entry.checked_at = self._clock()
            return entry.body
        body = response.body
        if not isinstance(body, dict):
            raise InvalidResponseError(
                source_name, QT_TRANSLATE_NOOP("SourceError", "ongeldig antwoord (catalogus)")
            )
        self._entries[url] = _Entry(body, response.etag, self._clock())
        return body

    async def get_list(
        self, url: str, params: dict[str, str], *, source_name: str
    ) -> list[JsonObject]:
        """A Catalogi list (no ETags on lists): kept for FRESH_FOR_S, items seeded singly."""
        key = url + "?" + "&".join(f"{k}={v}" for k, v in sorted(params.items()))
        cached = self._lists.get(key)
        if cached is not None and self._clock() - cached[0] < FRESH_FOR_S:
            return cached[1]
        self.fetches += 1
        items, _ = await get_list(self._client, url, params, source_name=source_name)
        self._lists[key] = (self._clock(), items)
        for item in items:
            if isinstance(item.get("url"), str):
                self.put(item["url"], item)
        return items

    def preload(self, list_url: str, *, source_name: str) -> None:
        """Start loading the first page of a Catalogi list (a source's zaaktypen) in the background.

        Started together with a source's first search, the zaaktypen arrive with the zaken
        instead of one round trip after them. Bounded server cost: one page of at most
        :data:`PRELOAD_PAGE_SIZE` items, once per session (zaaktypen are expensive to serialise
        on Open Zaak); whatever is not on it is fetched one by one as before.
        """
        if list_url not in self._preloads:
            task = asyncio.create_task(self._preload(list_url, source_name), name="catalog-preload")
            task.add_done_callback(_retrieve)
            self._preloads[list_url] = task

    async def wait_preload(self, list_url: str, timeout: float) -> None:
        """Wait at most ``timeout`` s for a running preload (shielded: it outlives a cancelled
        lookup and, when late, still seeds the cache for the next one)."""
        task = self._preloads.get(list_url)
        if task is not None and not task.done():
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(asyncio.shield(task), timeout)

    async def _preload(self, list_url: str, source_name: str) -> None:
        self.fetches += 1
        try:
            response = await self._client.get_json(
                list_url, {"pageSize": str(PRELOAD_PAGE_SIZE)}, source_name=source_name
            )
            items, count, _ = parse_page(response.body, source_name)
        except KccError as exc:
            log.info("%s: catalogus vooraf laden lukte niet (%s)", source_name, exc.message)
            if not (isinstance(exc, ApiError) and 400 <= exc.status < 500):
                self._preloads.pop(list_url, None)  # down or slow: try again next lookup
            return
        for item in items:
            if isinstance(item.get("url"), str):
                self.put(item["url"], item)
        log.debug("%s: %d van %d catalogusobjecten vooraf geladen", source_name, len(items), count)

    def clear(self) -> None:
        self._entries.clear()
        self._lists.clear()


def _retrieve(task: asyncio.Task[None]) -> None:
    if not task.cancelled() and task.exception() is not None:
        log.error("catalogus vooraf laden: onverwachte fout (%s)", type(task.exception()).__name__)
