"""Cache of Catalogi resources (zaaktypen, statustypen, resultaattypen, roltypen, ...).

Catalogue objects change rarely and are the same for every caller and every case, so the case
search does not ask the server to expand them (that costs Open Zaak more than the statussen and
resultaten themselves, see zgw-recorded/README.md): the statustypen and resultaattypen of each
zaaktype are fetched once, as two lists (``statustypen?zaaktype=``, ``resultaattypen?zaaktype=``),
and shared by every case of that zaaktype. The catalogue is kept between runs
(:mod:`catalog_store`) and used without any request; in the background it is confirmed with
``If-None-Match`` (a 304 costs the server almost nothing) once it is :data:`FRESH_FOR_S` old. An
object nobody could confirm for :data:`TRUST_FOR_S` is not used any more: it is fetched again.
Never used for zaken: Open Zaak can serve a stale ETag for a zaak (``_etag_bug_repro.json``).

Concurrent requests for the same URL (or the same zaaktype's lists) share one fetch. The fetch
runs in its own task and is awaited through ``asyncio.shield``, so cancelling one lookup neither
cancels nor corrupts a fetch another lookup is waiting for.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable, Coroutine
from functools import partial
from typing import Any, TypeVar

from kcc_desk.services.catalog_store import CatalogSnapshot, KeptObject, KeptTypes
from kcc_desk.services.errors import ApiError, InvalidResponseError, KccError
from kcc_desk.services.messages import QT_TRANSLATE_NOOP
from kcc_desk.services.pagination import get_list, parse_page
from kcc_desk.services.parsing import text, url_list
from kcc_desk.services.zgw_client import ZgwClient

log = logging.getLogger(__name__)

FRESH_FOR_S = 600.0  # older than this: confirmed again in the background
TRUST_FOR_S = 7 * 24 * 3600.0  # not confirmed for this long: not used, fetched again
KEEP_FOR_S = 30 * 24 * 3600.0  # not confirmed for this long: not kept on disk any more
MAX_KEPT_OBJECTS = 5000
PRELOAD_PAGE_SIZE = 50  # Open Zaak's pageSize; other servers answer 400 and are not asked again
REVALIDATE_CONCURRENCY = 4  # background work: gentle on the server
# The types of a zaaktype that are fetched as lists and kept with it. Room for more kinds
# (informatieobjecttypen) without changing the file format.
TYPE_KINDS = ("statustypen", "resultaattypen")

JsonObject = dict[str, Any]
T = TypeVar("T")


class CatalogCache:
    def __init__(self, client: ZgwClient, *, clock: Callable[[], float] = time.time) -> None:
        self._client = client
        self._clock = clock
        self._entries: dict[str, KeptObject] = {}
        self._types: dict[str, KeptTypes] = {}
        self._inflight: dict[str, asyncio.Task[Any]] = {}
        self._preloads: dict[str, asyncio.Task[None]] = {}
        self._outside: set[tuple[str, str]] = set()  # (zaaktype, type URL) not in its lists
        self.fetches = 0  # requests actually sent (for tests and the benchmark)
        self.changed = False  # something to keep that the last snapshot did not have

    # --- single objects ----------------------------------------------------------------------

    def peek(self, url: str) -> JsonObject | None:
        entry = self._entries.get(url)
        return entry.body if entry is not None and self._trusted(entry.checked_at) else None

    def put(self, url: str, body: JsonObject) -> None:
        """Seed from an expanded or listed response (no ETag: confirmed by a full GET later)."""
        entry = self._entries.get(url)
        now = self._clock()
        if entry is not None and entry.body == body:
            entry.checked_at = now
        else:
            self._entries[url] = KeptObject(body, None, now)
        self.changed = True

    async def get(self, url: str, *, source_name: str) -> JsonObject:
        body = self.peek(url)
        if body is not None:
            return body
        return await self._shared(url, lambda: self._fetch(url, source_name))

    async def get_many(self, urls: list[str], *, source_name: str) -> dict[str, JsonObject]:
        unique = list(dict.fromkeys(urls))
        bodies = await asyncio.gather(*(self.get(u, source_name=source_name) for u in unique))
        return dict(zip(unique, bodies, strict=True))

    async def _fetch(self, url: str, source_name: str) -> JsonObject:
        entry = self._entries.get(url)
        etag = entry.etag if entry else None
        self.fetches += 1
        response = await self._client.get_json(url, source_name=source_name, etag=etag)
        self.changed = True
        if response.status == 304 and entry is not None:
            entry.checked_at = self._clock()
            return entry.body
        body = response.body
        if not isinstance(body, dict):
            raise InvalidResponseError(
                source_name, QT_TRANSLATE_NOOP("SourceError", "ongeldig antwoord (catalogus)")
            )
        self._entries[url] = KeptObject(body, response.etag, self._clock())
        return body

    async def _shared(self, key: str, start: Callable[[], Coroutine[Any, Any, T]]) -> T:
        task = self._inflight.get(key)
        if task is None:
            task = asyncio.create_task(start(), name=f"catalog:{key}")
            self._inflight[key] = task
            task.add_done_callback(lambda done: self._forget_inflight(key, done))
        return await asyncio.shield(task)

    def _forget_inflight(self, key: str, task: asyncio.Task[Any]) -> None:
        if self._inflight.get(key) is task:
            del self._inflight[key]
        if not task.cancelled():
            task.exception()  # retrieved here so an abandoned failure is not logged as lost

    async def settled(self) -> None:
        """Wait until no fetch or preload is running (one a cancelled lookup left, too)."""
        while running := [
            t for t in (*self._inflight.values(), *self._preloads.values()) if not t.done()
        ]:
            await asyncio.gather(*running, return_exceptions=True)

    def _trusted(self, checked_at: float) -> bool:
        return self._clock() - checked_at < TRUST_FOR_S

    # --- the types of a zaaktype -------------------------------------------------------------

    def knows_types(self, zaaktype_url: str) -> bool:
        bundle = self._types.get(zaaktype_url)
        return bundle is not None and self._trusted(bundle.checked_at)

    async def ensure_types(
        self, zaaktype_urls: list[str], *, source_name: str, refresh: bool = False
    ) -> None:
        """Fetch the type lists of every zaaktype not known yet, all in one concurrent burst."""
        wanted = [
            u
            for u in dict.fromkeys(zaaktype_urls)
            if "/zaaktypen/" in u and (refresh or not self.knows_types(u))
        ]
        await asyncio.gather(*(self._shared_types(u, source_name) for u in wanted))

    def prefetch_types(self, zaaktype_urls: list[str], *, source_name: str) -> None:
        """Start :meth:`ensure_types` in the background (e.g. for the zaaktypen of a first page
        of zaken while the other pages are still coming); whoever needs them later joins in."""
        if any(not self.knows_types(u) for u in zaaktype_urls):
            task = asyncio.ensure_future(self.ensure_types(zaaktype_urls, source_name=source_name))
            task.add_done_callback(lambda done: done.cancelled() or done.exception())

    async def _shared_types(self, zaaktype_url: str, source_name: str) -> KeptTypes:
        return await self._shared(
            "types:" + zaaktype_url, lambda: self._fetch_types(zaaktype_url, source_name)
        )

    async def _fetch_types(self, zaaktype_url: str, source_name: str) -> KeptTypes:
        root = zaaktype_url.rsplit("/zaaktypen/", 1)[0]
        results = await asyncio.gather(
            *(
                self._list(f"{root}/{kind}", {"zaaktype": zaaktype_url}, source_name)
                for kind in TYPE_KINDS
            ),
            return_exceptions=True,
        )
        urls: dict[str, list[str]] = {}
        for kind, result in zip(TYPE_KINDS, results, strict=True):
            if isinstance(result, ApiError) and result.status in (400, 404, 405):
                # This server cannot list them by zaaktype: each is fetched on its own instead.
                log.info("%s: %s niet op te vragen per zaaktype", source_name, kind)
                continue
            if isinstance(result, BaseException):
                raise result
            members = []
            for body in result:
                if text(body, "url"):
                    self.put(text(body, "url"), body)
                    members.append(text(body, "url"))
            urls[kind] = members
        bundle = KeptTypes(urls, self._clock())
        self._types[zaaktype_url] = bundle
        self._outside = {pair for pair in self._outside if pair[0] != zaaktype_url}
        self.changed = True
        return bundle

    async def _list(self, url: str, params: dict[str, str], source_name: str) -> list[JsonObject]:
        self.fetches += 1
        items, _ = await get_list(self._client, url, params, source_name=source_name)
        return items

    async def type_of(
        self, zaaktype_url: str, kind: str, url: str, *, source_name: str
    ) -> JsonObject:
        """The statustype (``kind="statustypen"``) or resultaattype ``url`` of a case.

        Taken from the zaaktype's kept lists. When ``url`` is not in them the lists are stale:
        they are fetched again once; a type that still is not there (another version of the
        zaaktype) is fetched on its own. So a kept catalogue never shows a wrong type.
        """
        for attempt in range(2):
            bundle = self._types.get(zaaktype_url)
            members = bundle.urls.get(kind) if bundle is not None else None
            if members is None or (zaaktype_url, url) in self._outside:
                break
            body = self.peek(url) if url in members else None
            if body is not None:
                return body
            if attempt == 0:
                log.info("%s: bewaarde %s verouderd, opnieuw opgehaald", source_name, kind)
                await self.ensure_types([zaaktype_url], source_name=source_name, refresh=True)
        if members is not None:
            self._outside.add((zaaktype_url, url))
        return await self.get(url, source_name=source_name)

    async def types_list(
        self, zaaktype_url: str, kind: str, *, source_name: str
    ) -> list[JsonObject]:
        """Every type of ``kind`` of a zaaktype (e.g. all statustypen, for the timeline)."""
        if "/zaaktypen/" not in zaaktype_url:
            return []
        await self.ensure_types([zaaktype_url], source_name=source_name)
        bundle = self._types.get(zaaktype_url)
        members = bundle.urls.get(kind, []) if bundle is not None else []
        return list((await self.get_many(members, source_name=source_name)).values())

    # --- the zaaktypen preload ---------------------------------------------------------------

    def knows_any(self, prefix: str) -> bool:
        """Whether anything under ``prefix`` (e.g. a source's zaaktypen) is cached."""
        return any(url.startswith(prefix) for url in self._entries)

    def preload(self, list_url: str, *, source_name: str) -> None:
        """Start loading the first page of a Catalogi list (a source's zaaktypen) in the background.

        Started together with a source's first search when nothing of that catalogue is known,
        the zaaktypen arrive with the zaken instead of one round trip after them. Bounded server
        cost: one page of at most :data:`PRELOAD_PAGE_SIZE` items, once per session (zaaktypen
        are expensive to serialise on Open Zaak); what is not on it is fetched one by one.
        """
        if list_url not in self._preloads:
            task = asyncio.create_task(self._preload(list_url, source_name), name="catalog-preload")
            task.add_done_callback(_retrieve)
            self._preloads[list_url] = task

    async def wait_preload(self, list_url: str, timeout: float | None = None) -> None:
        """Wait (at most ``timeout`` s) for a running preload (shielded: it outlives a cancelled
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

    # --- confirming what is kept -------------------------------------------------------------

    def due(self) -> bool:
        """Whether some object of a configured source waits to be confirmed."""
        return any(self._client.source_for(u) is not None for u in self._due())

    async def revalidate(self) -> None:
        """Confirm every object older than FRESH_FOR_S: zaaktypen first (a changed zaaktype may
        bring other types), then their types, each with If-None-Match where an ETag is known."""
        limit = asyncio.Semaphore(REVALIDATE_CONCURRENCY)
        await self._confirm(limit, [u for u in self._due() if "/zaaktypen/" in u])
        stale = [zt for zt, bundle in self._types.items() if self._lists_changed(zt, bundle)]
        await asyncio.gather(
            *(self._quietly(limit, partial(self._refetch_types, zt)) for zt in stale)
        )
        await self._confirm(limit, self._due())

    def _due(self) -> list[str]:
        """Objects to confirm. A zaaktype only when a case used it (it has type lists): the
        preload brings every zaaktype of a catalogue, and one never used need not be asked
        about (when it is, and has not been confirmed for TRUST_FOR_S, it is fetched again)."""
        now = self._clock()
        return [
            u
            for u, e in self._entries.items()
            if now - e.checked_at >= FRESH_FOR_S and ("/zaaktypen/" not in u or u in self._types)
        ]

    async def _confirm(self, limit: asyncio.Semaphore, urls: list[str]) -> None:
        jobs = []
        for url in urls:
            source = self._client.source_for(url)
            if source is not None:  # objects of a source no longer configured are left alone
                jobs.append(self._quietly(limit, partial(self._fetch, url, source.name)))
        await asyncio.gather(*jobs)

    def _lists_changed(self, zaaktype_url: str, bundle: KeptTypes) -> bool:
        """A kept type list no longer matches the zaaktype (or nothing says it still does)."""
        if self._client.source_for(zaaktype_url) is None:
            return False
        zaaktype = self._entries.get(zaaktype_url)
        for kind in TYPE_KINDS:
            if kind not in bundle.urls:
                continue
            if zaaktype is None or kind not in zaaktype.body:
                return self._clock() - bundle.checked_at >= FRESH_FOR_S
            if set(url_list(zaaktype.body, kind)) != set(bundle.urls[kind]):
                return True
        bundle.checked_at = max(bundle.checked_at, zaaktype.checked_at if zaaktype else 0.0)
        return False

    async def _refetch_types(self, zaaktype_url: str) -> None:
        source = self._client.source_for(zaaktype_url)
        if source is not None:
            await self.ensure_types([zaaktype_url], source_name=source.name, refresh=True)

    @staticmethod
    async def _quietly(
        limit: asyncio.Semaphore, job: Callable[[], Coroutine[Any, Any, Any]]
    ) -> None:
        async with limit:
            try:
                await job()
            except KccError as exc:  # kept as it is; tried again next time
                log.info("catalogus bevestigen lukte niet (%s)", exc.message)

    # --- keeping it between runs -------------------------------------------------------------

    def snapshot(self, keep: Callable[[str], bool]) -> CatalogSnapshot:
        """What to write to disk: objects for which ``keep(url)`` holds (configured Catalogi
        APIs only), not too old, at most MAX_KEPT_OBJECTS (the most recently confirmed)."""
        now = self._clock()
        objects = sorted(
            (
                (u, e)
                for u, e in self._entries.items()
                if keep(u) and now - e.checked_at < KEEP_FOR_S
            ),
            key=lambda item: -item[1].checked_at,
        )[:MAX_KEPT_OBJECTS]
        types = {
            u: t for u, t in self._types.items() if keep(u) and now - t.checked_at < KEEP_FOR_S
        }
        self.changed = False
        return CatalogSnapshot(dict(objects), types)

    def restore(self, snapshot: CatalogSnapshot) -> None:
        """Take over a kept catalogue; what this session fetched already wins."""
        for url, entry in snapshot.objects.items():
            self._entries.setdefault(url, entry)
        for url, bundle in snapshot.types.items():
            self._types.setdefault(url, bundle)

    def clear(self) -> None:
        self._entries.clear()
        self._types.clear()
        self._outside.clear()


def _retrieve(task: asyncio.Task[None]) -> None:
    if not task.cancelled() and task.exception() is not None:
        log.error("catalogus vooraf laden: onverwachte fout (%s)", type(task.exception()).__name__)
