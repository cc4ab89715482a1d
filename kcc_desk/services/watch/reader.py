"""Read what a watch compares, cheaply: two requests per case per poll.

1. the zaak itself with ``expand=resultaat,zaakinformatieobjecten``: its current status URL,
   resultaat (with its type), einddatum and the documents in one answer. Never conditional:
   Open Zaak can serve a stale ETag for a zaak after a change (zgw-recorded/README.md), so a
   304 here could hide one.
2. ``substatussen?zaak=`` (an Open Zaak extension; a server without it is asked once).

Only when the zaak's status URL is one we have not seen is ``statussen?zaak=`` read (newest
first), so two statuses set between polls both count. Labels come from the catalogue cache
(usually no request). A Zaken API 1.0 server has no expand: there the documents cost a third
request. ``laatstGemuteerd`` is not used to skip: the standard marks it experimental and only
for changes "relevant to the initiator", so a document or substatus need not move it.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from kcc_desk.services.catalog_cache import CatalogCache
from kcc_desk.services.config import SourceConfig
from kcc_desk.services.errors import ApiError
from kcc_desk.services.pagination import get_list
from kcc_desk.services.parsing import as_object, expanded, parse_date, parse_datetime, text
from kcc_desk.services.watch.model import CaseState, Item
from kcc_desk.services.zgw_client import ZgwClient

log = logging.getLogger(__name__)

JsonObject = dict[str, Any]
ZAAK_EXPAND = "resultaat,zaakinformatieobjecten"


class CaseReader:
    def __init__(self, client: ZgwClient, catalog: CatalogCache) -> None:
        self._client = client
        self._catalog = catalog
        self._no_substatussen: set[str] = set()  # sources without the extension
        self._no_expand: set[str] = set()  # Zaken API 1.0 sources

    async def read(
        self, zaak_url: str, source: SourceConfig, previous: CaseState | None
    ) -> CaseState:
        name = source.name
        zaak_task = asyncio.ensure_future(self._zaak(zaak_url, name))
        sub_task = asyncio.ensure_future(self._substatussen(zaak_url, source))
        try:
            zaak = await zaak_task
            substatussen = await sub_task
        finally:
            for task in (zaak_task, sub_task):
                task.cancel()
        statussen, documents, resultaat = await asyncio.gather(
            self._statussen(zaak, zaak_url, source, previous),
            self._documents(zaak, zaak_url, source),
            self._resultaat(zaak, name, previous),
        )
        return CaseState(
            statussen=statussen,
            substatussen=substatussen,
            documents=documents,
            resultaat=resultaat,
            einddatum=parse_date(zaak.get("einddatum")),
        )

    async def _zaak(self, zaak_url: str, name: str) -> JsonObject:
        params = None if name in self._no_expand else {"expand": ZAAK_EXPAND}
        response = await self._client.get_json(zaak_url, params, source_name=name)
        if (response.api_version or "").startswith("1.0"):
            self._no_expand.add(name)
        return as_object(response.body, name, "zaak")

    async def _substatussen(self, zaak_url: str, source: SourceConfig) -> tuple[Item, ...]:
        if source.name in self._no_substatussen:
            return ()
        try:
            items, _ = await get_list(
                self._client,
                source.zaken_api + "substatussen",
                {"zaak": zaak_url},
                source_name=source.name,
            )
        except ApiError as exc:
            if exc.status in (400, 404, 405):  # an Open Zaak extension; others lack it
                self._no_substatussen.add(source.name)
                return ()
            raise
        found = [
            Item(text(s, "url"), text(s, "omschrijving"), parse_datetime(s.get("tijdstip")))
            for s in items
            if text(s, "url")
        ]
        return tuple(sorted(found, key=_newest_first))

    async def _statussen(
        self, zaak: JsonObject, zaak_url: str, source: SourceConfig, previous: CaseState | None
    ) -> tuple[Item, ...]:
        current = text(zaak, "status")
        known = previous.statussen if previous is not None else ()
        if previous is not None and (not current or any(i.url == current for i in known)):
            return known
        items, _ = await get_list(
            self._client,
            source.zaken_api + "statussen",
            {"zaak": zaak_url},
            source_name=source.name,
        )
        types = await self._catalog.get_many(
            sorted({text(s, "statustype") for s in items if text(s, "statustype")}),
            source_name=source.name,
        )
        found = [
            Item(
                text(s, "url"),
                text(types.get(text(s, "statustype"), {}), "omschrijving"),
                parse_datetime(s.get("datumStatusGezet")),
            )
            for s in items
            if text(s, "url")
        ]
        return tuple(sorted(found, key=_newest_first))

    async def _documents(
        self, zaak: JsonObject, zaak_url: str, source: SourceConfig
    ) -> tuple[Item, ...]:
        if source.name in self._no_expand:
            response = await self._client.get_json(
                source.zaken_api + "zaakinformatieobjecten",
                {"zaak": zaak_url},
                source_name=source.name,
            )
            zios: Any = response.body  # a plain array (Open Zaak), not a page
        else:
            # Open Zaak leaves a relation out of _expand when it is empty.
            expand = zaak.get("_expand")
            zios = expand.get("zaakinformatieobjecten", []) if isinstance(expand, dict) else []
        if not isinstance(zios, list):
            return ()
        found = [
            Item(text(z, "url"), text(z, "titel"), parse_datetime(z.get("registratiedatum")))
            for z in zios
            if isinstance(z, dict) and text(z, "url")
        ]
        return tuple(sorted(found, key=_newest_first))

    async def _resultaat(
        self, zaak: JsonObject, name: str, previous: CaseState | None
    ) -> Item | None:
        url = text(zaak, "resultaat")
        if not url:
            return None
        if (
            previous is not None
            and previous.resultaat is not None
            and previous.resultaat.url == url
        ):
            return previous.resultaat
        body = expanded(zaak, "resultaat")
        if body is None:
            response = await self._client.get_json(url, source_name=name)
            body = as_object(response.body, name, "resultaat")
        label = ""
        type_url = text(body, "resultaattype")
        if type_url:
            label = text(await self._catalog.get(type_url, source_name=name), "omschrijving")
        return Item(url, label, None)


def _newest_first(item: Item) -> tuple[bool, float]:
    return (item.at is None, -(item.at.timestamp() if item.at else 0.0))
