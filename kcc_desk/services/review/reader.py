"""Reading long Klantinteracties lists fast: the first page tells the count, the pages after it
are fetched concurrently (a bounded number at a time).

Klantinteracties 0.9 has no date-range filter and no ``ordering`` parameter on klantcontacten
or internetaken, so a period cannot be asked for. Open Klant (and the demo server) serve both
lists newest first (``plaatsgevondenOp`` / ``toegewezenOp`` descending). The reader checks that
order on every page instead of trusting it: while it holds, it stops after the page that reaches
back past ``until``, so a month's report reads a month of pages however long the history is. As
soon as one item breaks the order, it reads every page.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from kcc_desk.services.contacts.errors import KlantinteractiesNotFound, KlantinteractiesUnavailable
from kcc_desk.services.contacts.transport import (
    INVALID_ANSWER,
    KlantinteractiesTransport,
    parse_dt,
)

log = logging.getLogger(__name__)

PAGE_SIZE = 500  # recorded: Open Klant 2.18 accepts 500 (and 1000); the demo caps at 500
CONCURRENCY = 6


@dataclass(slots=True)
class ReadStats:
    requests: int = 0
    pages: int = 0
    count: int = 0
    stopped_early: bool = False
    count_read: int = 0


class PageReader(KlantinteractiesTransport):
    """Concurrent page reads from one Klantinteracties API root."""

    def __init__(self, *args: Any, concurrency: int = CONCURRENCY, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._gate = asyncio.Semaphore(concurrency)
        self._one_page = asyncio.Lock()
        self.concurrency = concurrency
        self.requests = 0

    async def _page(
        self,
        resource: str,
        params: Mapping[str, str],
        page: int,
        on_page: Callable[[list[dict[str, Any]]], None] | None = None,
    ) -> dict[str, Any]:
        query = {**params, "pageSize": str(PAGE_SIZE)}
        if page > 1:
            query["page"] = str(page)
        async with self._gate:
            self.requests += 1
            try:
                raw = await self._request("GET", resource, params=query, decode=False)
            except KlantinteractiesNotFound:
                return {"results": []}  # the list shrank while we read: that page is gone
        # Decoding a page of 500 items and handling it is CPU work: 15-25 ms here, 60+ ms on a
        # busy machine, and under qasync that would be the GUI's event loop standing still.
        # So a worker thread does it (the loop gets the GIL back every few ms), one page at a
        # time: ``on_page`` adds to state that is not meant for two threads at once.
        async with self._one_page:
            return await asyncio.to_thread(_decode_page, raw, on_page)

    async def one(
        self, resource: str, key: str, params: Mapping[str, str]
    ) -> dict[str, Any] | None:
        """One item by uuid (None when it is gone), under the same bound as the pages."""
        async with self._gate:
            self.requests += 1
            try:
                body = await self._request("GET", f"{resource}/{key}", params=params)
            except KlantinteractiesNotFound:
                return None
        if not isinstance(body, dict):
            raise KlantinteractiesUnavailable(INVALID_ANSWER)
        return body

    async def newest_first(
        self,
        resource: str,
        params: Mapping[str, str],
        *,
        moment_field: str,
        until: datetime | None,
        on_page: Callable[[list[dict[str, Any]]], None] | None = None,
    ) -> tuple[list[dict[str, Any]], ReadStats]:
        """Items of ``resource``; with ``until``, at least every item at or after that moment.

        With ``on_page`` every page goes there as it arrives and nothing is returned (a month
        of contacts is not kept in memory); the order check still sees every page."""
        stats = ReadStats()
        first = await self._page(resource, params, 1, on_page)
        page_items = [r for r in first.get("results") or () if isinstance(r, dict)]
        results = [] if on_page else page_items
        stats.requests, stats.pages, stats.count_read = 1, 1, len(page_items)
        count = first.get("count")
        stats.count = count if isinstance(count, int) else len(results)
        pages = max(1, -(-stats.count // PAGE_SIZE))
        ordered, oldest = _check_order(page_items, moment_field, None)
        page = 2
        while page <= pages:
            if until is not None and ordered and oldest is not None and oldest < until:
                stats.stopped_early = True
                break
            # Whole remaining list when the order is broken (or no stop is wanted); else a wave.
            wave = pages - page + 1 if until is None or not ordered else self.concurrency
            numbers = list(range(page, min(pages, page + wave - 1) + 1))
            bodies = await asyncio.gather(
                *(self._page(resource, params, n, on_page) for n in numbers)
            )
            for body in bodies:
                items = [r for r in body.get("results") or () if isinstance(r, dict)]
                if on_page is None:
                    results.extend(items)
                stats.count_read += len(items)
                if ordered:
                    ordered, oldest = _check_order(items, moment_field, oldest)
            stats.requests += len(numbers)
            stats.pages += len(numbers)
            page = numbers[-1] + 1
        if not ordered and until is not None:
            log.info("review: %s not served newest first; read all %d pages", resource, pages)
        return results, stats


def _decode_page(
    raw: bytes | None, on_page: Callable[[list[dict[str, Any]]], None] | None
) -> dict[str, Any]:
    try:
        body = json.loads(raw) if raw else {"results": []}
    except ValueError:
        raise KlantinteractiesUnavailable(INVALID_ANSWER) from None
    if not isinstance(body, dict) or not isinstance(body.get("results", []), list):
        raise KlantinteractiesUnavailable(INVALID_ANSWER)
    if on_page is not None:
        on_page([r for r in body.get("results") or () if isinstance(r, dict)])
    return body


def _check_order(
    items: list[dict[str, Any]], field: str, previous: datetime | None
) -> tuple[bool, datetime | None]:
    """(still newest first, the oldest moment so far)."""
    for item in items:
        moment = parse_dt(item.get(field))
        if moment is None:
            continue
        if previous is not None and moment > previous:
            return False, previous
        previous = moment
    return True, previous
