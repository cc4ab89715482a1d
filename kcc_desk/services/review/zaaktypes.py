"""The zaaktype of each referral's zaak, for the "referrals per zaaktype" chart.

Klantinteracties knows only the zaak (the onderwerpobject's id: its URL or uuid), so the zaak
is read from the configured source that holds it (``case_link.zaak_body``) and its zaaktype's
``omschrijving`` from the catalogue, each once per window session (a zaak's zaaktype does not
change). A zaak in none of the sources, a source that fails or a catalogue that may not be read
gives None: the chart then says "Onbekend zaaktype" rather than leaving the referral out.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterable

from kcc_desk.services.errors import KccError
from kcc_desk.services.review.case_link import zaak_body
from kcc_desk.services.zgw_client import ZgwClient

log = logging.getLogger(__name__)


class ZaaktypeNames:
    def __init__(self, zgw: ZgwClient) -> None:
        self._zgw = zgw
        self._type_of_zaak: dict[str, str] = {}  # zaak id -> zaaktype URL ("" unknown)
        self._names: dict[str, str] = {}  # zaaktype URL -> omschrijving ("" unknown)

    async def names(self, zaak_ids: Iterable[str]) -> dict[str, str | None]:
        wanted = list(dict.fromkeys(zaak_ids))
        missing = [z for z in wanted if z not in self._type_of_zaak]
        urls = await asyncio.gather(*(self._zaaktype_url(z) for z in missing))
        self._type_of_zaak.update(zip(missing, urls, strict=True))
        types = {u for u in (self._type_of_zaak[z] for z in wanted) if u and u not in self._names}
        names = await asyncio.gather(*(self._name(u) for u in sorted(types)))
        self._names.update(zip(sorted(types), names, strict=True))
        return {z: self._names.get(self._type_of_zaak[z]) or None for z in wanted}

    async def _zaaktype_url(self, zaak_id: str) -> str:
        if not zaak_id or zaak_id == "?":
            return ""
        try:
            body = await zaak_body(self._zgw, zaak_id)
        except KccError as exc:
            log.info("zaaktype: zaak niet te lezen (%s)", type(exc).__name__)
            return ""
        url = body.get("zaaktype") if body is not None else None
        return url if isinstance(url, str) else ""

    async def _name(self, url: str) -> str:
        source = self._zgw.source_for(url)
        if source is None:
            return ""
        try:
            response = await self._zgw.get_json(url, source_name=source.name)
        except KccError as exc:
            log.info("zaaktype niet te lezen in %s (%s)", source.name, type(exc).__name__)
            return ""
        body = response.body if isinstance(response.body, dict) else {}
        return str(body.get("omschrijving") or body.get("identificatie") or "")
