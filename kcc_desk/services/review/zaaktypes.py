"""The zaak behind each referral: its number (``identificatie``) for the queue and its zaaktype
for the "referrals per zaaktype" chart, from one read of the zaak.

Klantinteracties knows only the zaak (the onderwerpobject's id: its URL or uuid), so the zaak
is read from the configured source that holds it (``case_link.zaak_body``) and its zaaktype's
``omschrijving`` from the catalogue, each once per window session (a zaak's number and zaaktype
do not change). A zaak in none of the sources, a source that fails or a catalogue that may not
be read gives None: the queue then says "onbekende zaak" and the chart "Onbekend zaaktype"
rather than leaving the referral out.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterable
from dataclasses import dataclass

from kcc_desk.services.errors import KccError
from kcc_desk.services.review.case_link import zaak_body
from kcc_desk.services.zgw_client import ZgwClient

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ZaakInfo:
    number: str | None  # the zaak's identificatie ("ZAAK-2026-0000123"); None: not known
    zaaktype: str | None  # the zaaktype's omschrijving; None: not known


@dataclass(frozen=True, slots=True)
class _Read:
    number: str  # "" unknown
    zaaktype_url: str  # "" unknown


UNKNOWN = _Read("", "")


def _key(zaak_id: str) -> str:
    """The zaak's uuid: the last part of its URL, or the id itself."""
    return zaak_id.rstrip("/").rsplit("/", 1)[-1]


class ZaakDetails:
    def __init__(self, zgw: ZgwClient) -> None:
        self._zgw = zgw
        self._zaken: dict[str, _Read] = {}  # zaak uuid -> what its one read gave
        self._names: dict[str, str] = {}  # zaaktype URL -> omschrijving ("" unknown)

    async def details(self, zaak_ids: Iterable[str]) -> dict[str, ZaakInfo]:
        wanted = list(dict.fromkeys(zaak_ids))
        await self._read(wanted)
        types = {u for u in (self._zaken[_key(z)].zaaktype_url for z in wanted) if u}
        missing = sorted(types - set(self._names))
        names = await asyncio.gather(*(self._name(u) for u in missing))
        self._names.update(zip(missing, names, strict=True))
        found = {z: self._zaken[_key(z)] for z in wanted}
        return {
            z: ZaakInfo(read.number or None, self._names.get(read.zaaktype_url) or None)
            for z, read in found.items()
        }

    async def number(self, zaak_id: str) -> str | None:
        """The zaak's number (read once; the catalogue is not asked)."""
        await self._read([zaak_id])
        return self._zaken[_key(zaak_id)].number or None

    async def _read(self, zaak_ids: list[str]) -> None:
        """Read each zaak not read yet, once: a zaak named by its URL in one contact and by its
        uuid in another is one zaak (by URL when there is one: that asks only its source)."""
        todo: dict[str, str] = {}
        for zaak_id in zaak_ids:
            key = _key(zaak_id)
            if key not in self._zaken and ("://" in zaak_id or key not in todo):
                todo[key] = zaak_id
        reads = await asyncio.gather(*(self._zaak(z) for z in todo.values()))
        self._zaken.update(zip(todo, reads, strict=True))

    async def _zaak(self, zaak_id: str) -> _Read:
        if not zaak_id or zaak_id == "?":
            return UNKNOWN
        try:
            body = await zaak_body(self._zgw, zaak_id)
        except KccError as exc:
            log.info("zaak niet te lezen (%s)", type(exc).__name__)
            return UNKNOWN
        if body is None:
            return UNKNOWN
        number, url = body.get("identificatie"), body.get("zaaktype")
        return _Read(number if isinstance(number, str) else "", url if isinstance(url, str) else "")

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
