"""Phone number or e-mail → the caller's BSN, through Klantinteracties (Open Klant 2.18).

Recorded behaviour (zgw-recorded ``ok_*digitaaladres*``, ``ok_digitaleadressen_*``): a phone
number is stored exactly as it was given (``0612345678`` or ``+31612345679``) and the ``adres``
filter is exact, so each notation a register may hold is asked for in turn; an e-mail keeps its
case and only ``adres__icontains`` ignores case, so the contains-match is narrowed to the whole
address here. A digitaal adres hangs on the partij that gave it (``verstrektDoorPartij``); the
partij carries the BSN as a partij-identificator. (The klantcontacten filter
``hadBetrokkene__digitaaladres__adres__icontains`` only finds contacts whose *betrokkene* gave the
address, so it misses the partij's own contacts: not used.)
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from typing import Any

from kcc_desk.services.contacts.errors import KlantinteractiesNotFound
from kcc_desk.services.contacts.transport import KlantinteractiesTransport, uuid_of
from kcc_desk.services.person_query import EmailAddress, PhoneNumber

log = logging.getLogger(__name__)

MAX_PARTIJEN = 20  # one address shared by more parties than this is not one caller


@dataclass(frozen=True, slots=True)
class PartyPerson:
    """A partij found through a digitaal adres: its BSN and the name Klantinteracties has."""

    bsn: str
    naam: str

    def __repr__(self) -> str:
        return "PartyPerson(<bsn>, <naam>)"


class DigitalAddressSearch(KlantinteractiesTransport):
    async def persons_for(self, criteria: PhoneNumber | EmailAddress) -> list[PartyPerson]:
        adressen = await self._addresses(criteria)
        partijen = list(
            dict.fromkeys(
                uuid_of(a.get("verstrektDoorPartij"))
                for a in adressen
                if a.get("verstrektDoorPartij")
            )
        )
        log.info("digitale adressen: %d gevonden, %d partijen", len(adressen), len(partijen))
        # At once, not one after the other: each is a round trip to Klantinteracties.
        people = await asyncio.gather(*(self._person_of(p) for p in partijen[:MAX_PARTIJEN]))
        found: dict[str, PartyPerson] = {}
        for person in people:
            if person is not None:
                found.setdefault(person.bsn, person)
        return list(found.values())

    async def _addresses(self, criteria: PhoneNumber | EmailAddress) -> list[dict[str, Any]]:
        if isinstance(criteria, PhoneNumber):
            pages = await asyncio.gather(
                *(self._list("digitaleadressen", {"adres": n}) for n in criteria.notations())
            )
            results: dict[str, dict[str, Any]] = {}
            for item in (i for page in pages for i in page):
                results.setdefault(str(item.get("uuid")), item)
            return list(results.values())
        wanted = criteria.address.casefold()
        items = await self._list("digitaleadressen", {"adres__icontains": criteria.address})
        return [i for i in items if str(i.get("adres", "")).casefold() == wanted]

    async def _person_of(self, partij_uuid: str) -> PartyPerson | None:
        if not partij_uuid:
            return None
        try:
            partij = await self._request("GET", f"partijen/{partij_uuid}")
        except KlantinteractiesNotFound:
            return None
        if not isinstance(partij, dict):
            return None
        for ident in partij.get("partijIdentificatoren") or ():
            detail = ident.get("partijIdentificator") if isinstance(ident, dict) else None
            if not isinstance(detail, dict):
                continue
            if detail.get("codeSoortObjectId") == "bsn" and isinstance(detail.get("objectId"), str):
                identificatie = partij.get("partijIdentificatie") or {}
                naam = identificatie.get("volledigeNaam") if isinstance(identificatie, dict) else ""
                return PartyPerson(detail["objectId"], str(naam or ""))
        return None
