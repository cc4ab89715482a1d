"""Find the zaken for one query in one source, adapting to what the server supports.

Zaken API 1.5 (Open Zaak): one ``GET /zaken?rol__…=X&expand=status,resultaat``: what changes per
case. The zaaktype, statustype and resultaattype are *not* expanded: they are the same few
catalogue objects for every case, yet expanding them costs Open Zaak more than the status and
resultaat themselves (zgw-recorded/README.md: 204 ms against 440-472 ms for 20 cases). They come
from the catalogue cache instead (:mod:`catalog_cache`). Open Zaak takes a dotted path only with
its parent, so a server that ignores this choice costs nothing extra.

Zaken API 1.0 (no ``rol__`` filters, no ``expand``; recognised by a 400 ``unknown-parameters`` or
``API-version: 1.0.x``): ``GET /rollen?betrokkeneIdentificatie__…=X`` and then each zaak, with its
status/statustype per case. What a source turned out to support is remembered in
:class:`SourceCapabilities` for the rest of the session.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from kcc_desk.services.errors import ApiError
from kcc_desk.services.identifiers import (
    IdentifierKind,
    Query,
    case_number_key,
    case_number_needle,
)
from kcc_desk.services.pagination import get_list
from kcc_desk.services.zgw_client import ZgwClient

log = logging.getLogger(__name__)

EXPAND = "status,resultaat"
# For a source whose catalogue this client may not read: the types from the search after all.
EXPAND_WITH_TYPES = "zaaktype,status,status.statustype,resultaat,resultaat.resultaattype"
# Open Zaak's (experimental) "contains, any case" filter on the case number.
CONTAINS_FILTER = "identificatie__icontains"
BSN_FILTER = "rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn"
KVK_FILTERS = (
    "rol__betrokkeneIdentificatie__nietNatuurlijkPersoon__innNnpId",
    "rol__betrokkeneIdentificatie__nietNatuurlijkPersoon__kvkNummer",  # Open Zaak only
    "rol__betrokkeneIdentificatie__vestiging__vestigingsNummer",
)
LEGACY_BSN_FILTER = "betrokkeneIdentificatie__natuurlijkPersoon__inpBsn"
LEGACY_KVK_FILTERS = (
    "betrokkeneIdentificatie__nietNatuurlijkPersoon__innNnpId",
    "betrokkeneIdentificatie__vestiging__vestigingsNummer",
)

JsonObject = dict[str, Any]


@dataclass(slots=True)
class SourceCapabilities:
    expand: bool = True
    rol_filters: bool = True
    initiator_filter: bool = True  # omschrijvingGeneriek on /rollen (legacy path)
    substatussen: bool = True  # Open Zaak's /substatussen extension (not on old servers)
    catalogue_types: bool = True  # False: catalogue not readable, types expanded instead
    rejected_filters: set[str] = field(default_factory=set)  # answered 400 once: not again


class SourceSearch:
    """The zaak objects (with ``_expand`` where the server gave it) for one query."""

    def __init__(
        self,
        client: ZgwClient,
        name: str,
        zaken_api: str,
        caps: SourceCapabilities,
        *,
        on_first_page: Callable[[list[JsonObject]], None] | None = None,
    ) -> None:
        """``on_first_page``: sees the zaken of a first page while more pages are coming."""
        self._client = client
        self._name = name
        self._zaken_api = zaken_api
        self._caps = caps
        self._on_first_page = on_first_page

    async def find(self, query: Query) -> list[JsonObject]:
        # At most two lessons per source: "no expand", then "no rol__ filters" (Zaken API 1.0).
        for _ in range(2):
            try:
                return await self._find_once(query)
            except ApiError as exc:
                if not self._learn(exc):
                    raise
        return await self._find_once(query)

    async def _find_once(self, query: Query) -> list[JsonObject]:
        if query.kind is IdentifierKind.ZAAK:
            return await self._case_number(query.value)
        if self._caps.rol_filters:
            filters = (BSN_FILTER,) if query.kind is IdentifierKind.BSN else KVK_FILTERS
            return await self._any_filter(filters, query.value, self._zaken)
        return await self._legacy(query)

    async def _case_number(self, value: str) -> list[JsonObject]:
        """The exact number first; when that finds nothing, the same number in any case and
        with other spaces or dashes ("zaak-2026-0001020"), through Open Zaak's
        ``identificatie__icontains`` on part of it. That costs one more request, and only on a
        miss; a server that does not know the filter is not asked again."""
        key = case_number_key(value)

        def matching(zaken: list[JsonObject]) -> list[JsonObject]:
            # A server that ignores a filter returns every zaak: keep real matches only.
            return [z for z in zaken if case_number_key(str(z.get("identificatie", ""))) == key]

        found = matching(await self._zaken({"identificatie": value}))
        needle = case_number_needle(value)
        if found or not needle or CONTAINS_FILTER in self._caps.rejected_filters:
            return found
        try:
            return matching(await self._zaken({CONTAINS_FILTER: needle}))
        except ApiError as exc:
            if exc.status != 400 or _mentions(exc, "expand"):
                raise
            log.info("%s: zoeken op deel van zaaknummer niet ondersteund", self._name)
            self._caps.rejected_filters.add(CONTAINS_FILTER)
            return []

    async def _zaken(self, params: dict[str, str]) -> list[JsonObject]:
        if self._caps.expand:
            expand = EXPAND if self._caps.catalogue_types else EXPAND_WITH_TYPES
            params = {**params, "expand": expand}
        items, first = await get_list(
            self._client,
            self._zaken_api + "zaken",
            params,
            source_name=self._name,
            on_first_page=self._on_first_page,
        )
        if (first.api_version or "").startswith("1.0") and self._caps.rol_filters:
            # A 1.0 server may silently ignore rol__ filters and list *every* zaak.
            log.info("%s: Zaken API %s, oude zoekwijze", self._name, first.api_version)
            self._caps.expand = self._caps.rol_filters = self._caps.substatussen = False
            if any(k.startswith("rol__") for k in params):
                raise _Fallback
        return items

    async def _any_filter(
        self,
        filters: tuple[str, ...],
        value: str,
        fetch: Callable[[dict[str, str]], Awaitable[list[JsonObject]]],
    ) -> list[JsonObject]:
        """Run each filter variant concurrently; a 400 on one variant is tolerated."""
        usable = [f for f in filters if f not in self._caps.rejected_filters]
        if not usable:  # the server refused every variant by name: treat as an old server
            raise ApiError(self._name, 400, code="unknown-parameters")
        results = await asyncio.gather(*(fetch({f: value}) for f in usable), return_exceptions=True)
        merged: dict[str, JsonObject] = {}
        errors: list[ApiError] = []
        for name, result in zip(usable, results, strict=True):
            if isinstance(result, _Fallback):
                raise ApiError(self._name, 400, code="unknown-parameters")
            if isinstance(result, ApiError) and result.status == 400 and len(usable) > 1:
                if _mentions(result, name):  # this variant itself is unknown: not again
                    self._caps.rejected_filters.add(name)
                errors.append(result)
                continue
            if isinstance(result, BaseException):
                raise result
            for item in result:
                key = item.get("url")
                merged.setdefault(key if isinstance(key, str) else str(id(item)), item)
        if errors and len(errors) == len(usable):
            # Raise the most general complaint (not one about a single variant's name), so
            # that _learn draws the right lesson (e.g. "no expand" rather than "old server").
            general = [e for e, f in zip(errors, usable, strict=True) if not _mentions(e, f)]
            raise (general or errors)[0]
        return list(merged.values())

    def _learn(self, exc: ApiError) -> bool:
        """Adapt to a 400 about parameters; True when a retry makes sense."""
        if exc.status != 400:
            return False
        names = " ".join(n + " " + r for n, _, r in exc.invalid_params)
        if self._caps.expand and "expand" in names and "rol__" not in names:
            log.info("%s: expand niet ondersteund", self._name)
            self._caps.expand = False
            return True
        if exc.unknown_parameters:
            log.info("%s: rol-filters niet ondersteund, oude zoekwijze", self._name)
            self._caps.expand = self._caps.rol_filters = self._caps.substatussen = False
            return True
        return False

    async def _legacy(self, query: Query) -> list[JsonObject]:
        if query.kind is IdentifierKind.BSN:
            rollen = await self._rollen_bsn(query.value)
        else:
            rollen = await self._any_filter(LEGACY_KVK_FILTERS, query.value, self._rollen)
        zaak_urls = list(dict.fromkeys(r["zaak"] for r in rollen if isinstance(r.get("zaak"), str)))
        zaken = await asyncio.gather(*(self._get_zaak(u) for u in zaak_urls))
        return [z for z in zaken if z is not None]

    async def _rollen_bsn(self, bsn: str) -> list[JsonObject]:
        if self._caps.initiator_filter:
            try:
                return await self._rollen(
                    {LEGACY_BSN_FILTER: bsn, "omschrijvingGeneriek": "initiator"}
                )
            except ApiError as exc:
                if exc.status != 400:
                    raise
                self._caps.initiator_filter = False
        return await self._rollen({LEGACY_BSN_FILTER: bsn})

    async def _rollen(self, params: dict[str, str]) -> list[JsonObject]:
        items, _ = await get_list(
            self._client, self._zaken_api + "rollen", params, source_name=self._name
        )
        return items

    async def _get_zaak(self, url: str) -> JsonObject | None:
        try:
            response = await self._client.get_json(url, source_name=self._name)
        except ApiError as exc:
            if exc.status in (403, 404):  # not for this agent (or gone): leave it out
                log.info("%s: zaak overgeslagen (%d)", self._name, exc.status)
                return None
            raise
        body = response.body
        return body if isinstance(body, dict) else {}


class _Fallback(Exception):
    """Internal: the server turned out to be 1.0; redo the search the old way."""


def _mentions(exc: ApiError, param: str) -> bool:
    return any(param in n or param in r for n, _, r in exc.invalid_params)
