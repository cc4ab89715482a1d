"""Turn zaak objects into :class:`CaseSummary` rows, filling in what the server did not expand.

Status and resultaat come from ``_expand`` when present, else they are fetched per case (bounded
by the source's semaphore); status-, resultaat- and zaaktypen always go through the catalogue
cache, so each distinct one is fetched once per session.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from kcc_desk.services.catalog_cache import CatalogCache
from kcc_desk.services.errors import SourceError
from kcc_desk.services.models import CaseSummary
from kcc_desk.services.parsing import (
    as_object,
    at_midnight,
    expanded,
    parse_date,
    required_text,
    resultaat_omschrijving,
    status_info,
    text,
)
from kcc_desk.services.zgw_client import ZgwClient

log = logging.getLogger(__name__)

JsonObject = dict[str, Any]


class SummaryBuilder:
    def __init__(
        self,
        client: ZgwClient,
        cache: CatalogCache,
        source_name: str,
        semaphore: asyncio.Semaphore,
    ) -> None:
        self._client = client
        self._cache = cache
        self._name = source_name
        self._semaphore = semaphore
        self._round_trip_s = 0.0

    async def build_all(
        self, zaken: list[JsonObject], round_trip_s: float = 0.0
    ) -> list[CaseSummary]:
        """Summaries in the order given; ``round_trip_s``: how long the search took."""
        self._round_trip_s = round_trip_s
        checked = [as_object(z, self._name, "zaak") for z in zaken]
        for zaak in checked:
            required_text(zaak, "url", self._name)
            required_text(zaak, "identificatie", self._name)
        zaaktype_urls = [text(z, "zaaktype") for z in checked if text(z, "zaaktype")]
        zaaktypen_task = asyncio.ensure_future(self._zaaktypen(zaaktype_urls))
        try:
            parts = await asyncio.gather(*(self._status_and_result(z) for z in checked))
            zaaktypen = await zaaktypen_task
        finally:
            zaaktypen_task.cancel()  # no-op when done; stops it when a sibling failed
        return [
            _summary(
                self._name,
                zaak,
                zaaktype=zaaktypen.get(text(zaak, "zaaktype")),
                status=part[0],
                statustype=part[1],
                resultaat=part[2],
                resultaattype=part[3],
            )
            for zaak, part in zip(checked, parts, strict=True)
        ]

    async def _zaaktypen(self, urls: list[str]) -> dict[str, JsonObject]:
        result: dict[str, JsonObject] = {}

        async def one(url: str) -> None:
            try:
                result[url] = await self._cache.get(url, source_name=self._name)
            except SourceError as exc:  # the case list is still useful without the type name
                log.warning("%s: zaaktype niet op te halen (%s)", self._name, exc.reason)

        unique = list(dict.fromkeys(urls))
        # A preload of the zaaktypen may be on its way. Waiting for it is worth at most what
        # the alternative costs (one more round trip, about as long as the search took).
        lists = {zaaktypen_list_url(u) for u in unique if self._cache.peek(u) is None}
        await asyncio.gather(*(self._cache.wait_preload(u, self._round_trip_s) for u in lists if u))
        await asyncio.gather(*(one(u) for u in unique))
        return result

    async def _status_and_result(
        self, zaak: JsonObject
    ) -> tuple[JsonObject | None, JsonObject | None, JsonObject | None, JsonObject | None]:
        status = expanded(zaak, "status")
        if status is None and text(zaak, "status"):
            status = await self._zaak_resource(text(zaak, "status"))
        statustype = None
        if status is not None:
            statustype = expanded(status, "statustype")
            if statustype is None and text(status, "statustype"):
                statustype = await self._catalog(text(status, "statustype"))
            else:
                self._seed(statustype)
        resultaat = expanded(zaak, "resultaat")
        if resultaat is None and text(zaak, "resultaat"):
            resultaat = await self._zaak_resource(text(zaak, "resultaat"))
        resultaattype = None
        if resultaat is not None:
            resultaattype = expanded(resultaat, "resultaattype")
            if resultaattype is None and text(resultaat, "resultaattype"):
                resultaattype = await self._catalog(text(resultaat, "resultaattype"))
            else:
                self._seed(resultaattype)
        return status, statustype, resultaat, resultaattype

    def _seed(self, obj: JsonObject | None) -> None:
        if obj and text(obj, "url"):
            self._cache.put(text(obj, "url"), obj)

    async def _zaak_resource(self, url: str) -> JsonObject:
        async with self._semaphore:
            response = await self._client.get_json(url, source_name=self._name)
        return as_object(response.body, self._name, "status")

    async def _catalog(self, url: str) -> JsonObject | None:
        async with self._semaphore:
            return await self._cache.get(url, source_name=self._name)


def _summary(
    source_name: str,
    zaak: JsonObject,
    *,
    zaaktype: JsonObject | None,
    status: JsonObject | None,
    statustype: JsonObject | None,
    resultaat: JsonObject | None,
    resultaattype: JsonObject | None,
) -> CaseSummary:
    info = status_info(status, statustype) if status is not None else None
    startdatum = parse_date(zaak.get("startdatum"))
    last = info.datum_status_gezet if info and info.datum_status_gezet else at_midnight(startdatum)
    zt = zaaktype or {}
    return CaseSummary(
        source=source_name,
        url=text(zaak, "url"),
        identificatie=text(zaak, "identificatie"),
        zaaktype=text(zt, "omschrijving") or text(zt, "identificatie"),
        zaaktype_url=text(zaak, "zaaktype"),
        omschrijving=text(zaak, "omschrijving"),
        startdatum=startdatum,
        einddatum=parse_date(zaak.get("einddatum")),
        einddatum_gepland=parse_date(zaak.get("einddatumGepland")),
        uiterlijke_einddatum_afdoening=parse_date(zaak.get("uiterlijkeEinddatumAfdoening")),
        vertrouwelijkheidaanduiding=text(zaak, "vertrouwelijkheidaanduiding"),
        status=info,
        resultaat=resultaat_omschrijving(resultaat, resultaattype) or None
        if resultaat is not None
        else None,
        last_activity=last,
    )


def zaaktypen_list_url(zaaktype_url: str) -> str:
    """``…/catalogi/api/v1/zaaktypen/<uuid>`` → ``…/catalogi/api/v1/zaaktypen``."""
    if "/zaaktypen/" not in zaaktype_url:
        return ""
    return zaaktype_url.rsplit("/zaaktypen/", 1)[0] + "/zaaktypen"
