"""What the ZGW part of the demo data hands to the Klantinteracties part for seeding earlier
contacts, so both halves describe the same callers and cases."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class SeedPerson:
    bsn: str
    voornaam: str
    voorvoegsel_achternaam: str
    achternaam: str
    voorletters: str


@dataclass(frozen=True, slots=True)
class SeedCompany:
    kvk: str
    naam: str


@dataclass(frozen=True, slots=True)
class SeedZaak:
    url: str
    uuid: str
    identificatie: str
    zaaktype_omschrijving: str
    startdatum: date
    is_open: bool
    initiator_bsn: str | None
    initiator_kvk: str | None
