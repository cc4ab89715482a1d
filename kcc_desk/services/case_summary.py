"""Turn zaak objects into :class:`CaseSummary` rows, filling in what the server did not expand.

Status and resultaat come from ``_expand`` when present, else they are fetched per case (the
client bounds how many are in flight per source). Zaaktype, statustype and resultaattype come
from the catalogue cache: the zaaktypen and the type lists of every zaaktype it does not know
yet are fetched in one concurrent burst, then every case takes its types from there (an
expanded type, when a server sends one anyway, is used and kept).
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from kcc_desk.services.catalog_cache import CatalogCache
from kcc_desk.services.errors import ApiError, SourceError
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
TYPE_LISTS = {"statustype": "statustypen", "resultaattype": "resultaattypen"}


class CatalogueForbiddenError(Exception):
    """The source lets this client read zaken but not its catalogue (401/403 on Catalogi)."""


class SummaryBuilder:
    def __init__(
        self,
        client: ZgwClient,
        cache: CatalogCache,
        source_name: str,
        *,
        use_catalogue: bool = True,
    ) -> None:
        """``use_catalogue=False``: the types only from ``_expand`` (a source whose catalogue
        this client may not read); a type not expanded is then left out."""
        self._client = client
        self._cache = cache
        self._name = source_name
        self._use_catalogue = use_catalogue

    async def build_all(self, zaken: list[JsonObject]) -> list[CaseSummary]:
        """Summaries in the order given."""
        checked = [as_object(z, self._name, "zaak") for z in zaken]
        for zaak in checked:
            required_text(zaak, "url", self._name)
            required_text(zaak, "identificatie", self._name)
        zaaktype_urls = [text(z, "zaaktype") for z in checked if text(z, "zaaktype")]
        # One burst: the zaaktypen, their type lists and (old servers) each status/resultaat.
        zaaktypen_task = asyncio.ensure_future(
            self._zaaktypen(zaaktype_urls if self._use_catalogue else [])
        )
        types_task = asyncio.ensure_future(
            self._cache.ensure_types(
                zaaktype_urls if self._use_catalogue else [], source_name=self._name
            )
        )
        types_task.add_done_callback(_retrieve)  # a case that needs no type never awaits it
        try:
            parts = await asyncio.gather(*(self._status_and_result(z, types_task) for z in checked))
            zaaktypen = await zaaktypen_task
        finally:
            zaaktypen_task.cancel()  # no-op when done; stops it when a sibling failed
            types_task.cancel()
        return [
            _summary(
                self._name,
                zaak,
                zaaktype=zaaktypen.get(text(zaak, "zaaktype")) or expanded(zaak, "zaaktype"),
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
        # A preload of the zaaktypen, sent with the search, may still be on its way: take its
        # result rather than ask for the same zaaktypen again (it is bounded by the source's
        # timeout like any request, and the type lists are fetched meanwhile).
        lists = {zaaktypen_list_url(u) for u in unique if self._cache.peek(u) is None}
        await asyncio.gather(*(self._cache.wait_preload(u) for u in lists if u))
        await asyncio.gather(*(one(u) for u in unique))
        return result

    async def _status_and_result(
        self, zaak: JsonObject, types_ready: asyncio.Future[None]
    ) -> tuple[JsonObject | None, JsonObject | None, JsonObject | None, JsonObject | None]:
        status, resultaat = await asyncio.gather(
            self._part(zaak, "status"), self._part(zaak, "resultaat")
        )
        statustype = resultaattype = None
        if status is not None:
            statustype = await self._type(zaak, status, "statustype", types_ready)
        if resultaat is not None:
            resultaattype = await self._type(zaak, resultaat, "resultaattype", types_ready)
        return status, statustype, resultaat, resultaattype

    async def _part(self, zaak: JsonObject, key: str) -> JsonObject | None:
        """The zaak's status or resultaat: expanded, else fetched (servers without expand)."""
        found = expanded(zaak, key)
        if found is None and text(zaak, key):
            response = await self._client.get_json(text(zaak, key), source_name=self._name)
            found = as_object(response.body, self._name, key)
        return found

    async def _type(
        self, zaak: JsonObject, part: JsonObject, key: str, types_ready: asyncio.Future[None]
    ) -> JsonObject | None:
        """The statustype/resultaattype of a status/resultaat, from the catalogue."""
        given = expanded(part, key)
        if given is not None:
            if text(given, "url"):
                self._cache.put(text(given, "url"), given)
            return given
        url = text(part, key)
        if not url or not self._use_catalogue:
            return None
        try:
            await asyncio.shield(types_ready)  # shared by every case; raises what it raised
            return await self._cache.type_of(
                text(zaak, "zaaktype"), TYPE_LISTS[key], url, source_name=self._name
            )
        except ApiError as exc:
            if exc.status in (401, 403):
                raise CatalogueForbiddenError(self._name) from exc
            raise


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


def _retrieve(task: asyncio.Future[None]) -> None:
    if not task.cancelled():
        task.exception()


def zaaktypen_list_url(zaaktype_url: str) -> str:
    """``…/catalogi/api/v1/zaaktypen/<uuid>`` → ``…/catalogi/api/v1/zaaktypen``."""
    if "/zaaktypen/" not in zaaktype_url:
        return ""
    return zaaktype_url.rsplit("/zaaktypen/", 1)[0] + "/zaaktypen"
