"""Read a ZGW list to the end: paginated objects (``count/next/results``) or plain arrays.

When the first page shows ``next`` with ``page=2``, the remaining pages are fetched concurrently
(one round trip instead of one per page). Guards: at most :data:`MAX_ITEMS` items and
:data:`MAX_PAGES` pages, ``next`` must stay on the same server and never repeat.
"""

from __future__ import annotations

import asyncio
import math
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from kcc_desk.services.errors import InvalidResponseError
from kcc_desk.services.messages import QT_TRANSLATE_NOOP
from kcc_desk.services.zgw_client import JsonResponse, Params, ZgwClient, same_origin

MAX_ITEMS = 2000
MAX_PAGES = 100

JsonObject = dict[str, Any]


async def get_list(
    client: ZgwClient,
    url: str,
    params: Params | None,
    *,
    source_name: str,
    on_first_page: Callable[[list[JsonObject]], None] | None = None,
) -> tuple[list[JsonObject], JsonResponse]:
    """All items of a list endpoint, plus the first response (for ``API-version``).

    ``on_first_page`` sees the first page's items as soon as they arrive, while later pages are
    still on their way (e.g. to fetch what those items refer to meanwhile).
    """
    first = await client.get_json(url, params, source_name=source_name)
    items, count, next_url = parse_page(first.body, source_name)
    if next_url is None:
        return items, first
    if on_first_page is not None:
        on_first_page(list(items))
    if count > MAX_ITEMS:
        raise InvalidResponseError(
            source_name, QT_TRANSLATE_NOOP("SourceError", "te veel resultaten")
        )
    page_urls = _predicted_pages(next_url, count, len(items))
    if page_urls is not None:
        pages = await asyncio.gather(
            *(_fetch_page(client, u, first.url, source_name) for u in page_urls)
        )
        for page_items, _, _ in pages:
            items.extend(page_items)
        return _dedupe(items), first
    seen = {first.url}
    while next_url is not None:
        if next_url in seen or len(seen) > MAX_PAGES:
            raise InvalidResponseError(
                source_name,
                QT_TRANSLATE_NOOP("SourceError", "ongeldig antwoord (paginering loopt rond)"),
            )
        seen.add(next_url)
        page_items, _, next_url = await _fetch_page(client, next_url, first.url, source_name)
        items.extend(page_items)
        if len(items) > MAX_ITEMS:
            raise InvalidResponseError(
                source_name, QT_TRANSLATE_NOOP("SourceError", "te veel resultaten")
            )
    return items, first


def parse_page(body: Any, source_name: str) -> tuple[list[JsonObject], int, str | None]:
    """(items, count, next) of one page; a plain array is a single complete page."""
    if isinstance(body, list):
        raw_items: Any = body
        count, next_url = len(body), None
    elif isinstance(body, dict) and isinstance(body.get("results"), list):
        raw_items = body["results"]
        raw_count = body.get("count", len(raw_items))
        if not isinstance(raw_count, int) or isinstance(raw_count, bool) or raw_count < 0:
            raise InvalidResponseError(
                source_name, QT_TRANSLATE_NOOP("SourceError", "ongeldig antwoord (lijst)")
            )
        count = raw_count
        raw_next = body.get("next")
        if raw_next is not None and not isinstance(raw_next, str):
            raise InvalidResponseError(
                source_name, QT_TRANSLATE_NOOP("SourceError", "ongeldig antwoord (lijst)")
            )
        next_url = raw_next or None
    else:
        raise InvalidResponseError(
            source_name, QT_TRANSLATE_NOOP("SourceError", "ongeldig antwoord (geen lijst)")
        )
    if not all(isinstance(i, dict) for i in raw_items):
        raise InvalidResponseError(
            source_name, QT_TRANSLATE_NOOP("SourceError", "ongeldig antwoord (lijst)")
        )
    return list(raw_items), count, next_url


async def _fetch_page(
    client: ZgwClient, url: str, first_url: str, source_name: str
) -> tuple[list[JsonObject], int, str | None]:
    if not same_origin(url, first_url):
        raise InvalidResponseError(
            source_name,
            QT_TRANSLATE_NOOP("SourceError", "ongeldig antwoord (volgende pagina elders)"),
        )
    response = await client.get_json(url, source_name=source_name)
    return parse_page(response.body, source_name)


def _predicted_pages(next_url: str, count: int, page_len: int) -> list[str] | None:
    """URLs of pages 2..N when ``next`` is a plain ``page=2`` link, else None (follow links)."""
    parts = urlsplit(next_url)
    query = parse_qsl(parts.query, keep_blank_values=True)
    if page_len <= 0 or dict(query).get("page") != "2":
        return None
    total = math.ceil(count / page_len)
    if total > MAX_PAGES:
        return None
    urls = []
    for page in range(2, total + 1):
        new_query = [(k, str(page) if k == "page" else v) for k, v in query]
        urls.append(urlunsplit(parts._replace(query=urlencode(new_query))))
    return urls


def _dedupe(items: list[JsonObject]) -> list[JsonObject]:
    """Concurrent pages can overlap when the list changes meanwhile; keep each URL once."""
    seen: set[str] = set()
    result = []
    for item in items:
        key = item.get("url")
        if isinstance(key, str):
            if key in seen:
                continue
            seen.add(key)
        result.append(item)
    return result
