"""One source's profile (what makes it look like its own vendor) and everything it serves."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from kcc_desk.demo.data.model import (
    CatalogusRec,
    DocumentRec,
    InformatieObjectTypeRec,
    ResultaatRec,
    ResultaatTypeRec,
    RolRec,
    RolTypeRec,
    StatusRec,
    StatusTypeRec,
    SubStatusRec,
    ZaakObjectRec,
    ZaakRec,
    ZaakTypeRec,
    ZioRec,
)


@dataclass(frozen=True, slots=True)
class SourceProfile:
    """What makes one source look like its own vendor and organisation."""

    name: str
    bronorganisatie: str  # RSIN
    catalogus_domein: str
    zaaknummer_format: str  # str.format with {year} and {seq}
    document_prefix: str
    zaaktype_prefix: str
    weights: dict[str, int]  # zaaktype key -> relative frequency of new cases
    # Whether niet-natuurlijk-persoon roles carry the KVK number in kvkNummer (Open Zaak
    # style) or in innNnpId (as some other vendors fill it); clients must query both.
    kvk_in_inn_nnp_id: bool = False


@dataclass(slots=True)
class SourceData:
    """Everything one source serves."""

    index: int
    profile: SourceProfile
    catalogus: CatalogusRec
    zaaktypen: dict[str, ZaakTypeRec] = field(default_factory=dict)
    statustypen: dict[str, StatusTypeRec] = field(default_factory=dict)
    resultaattypen: dict[str, ResultaatTypeRec] = field(default_factory=dict)
    roltypen: dict[str, RolTypeRec] = field(default_factory=dict)
    informatieobjecttypen: dict[str, InformatieObjectTypeRec] = field(default_factory=dict)
    zaken: dict[str, ZaakRec] = field(default_factory=dict)
    statussen: dict[str, StatusRec] = field(default_factory=dict)
    substatussen: dict[str, SubStatusRec] = field(default_factory=dict)
    rollen: dict[str, RolRec] = field(default_factory=dict)
    resultaten: dict[str, ResultaatRec] = field(default_factory=dict)
    zaakobjecten: dict[str, ZaakObjectRec] = field(default_factory=dict)
    zios: dict[str, ZioRec] = field(default_factory=dict)
    documenten: dict[str, DocumentRec] = field(default_factory=dict)
    zaaktype_by_key: dict[str, str] = field(default_factory=dict)  # key -> zaaktype uuid
    iot_by_key: dict[str, str] = field(default_factory=dict)  # key -> informatieobjecttype uuid


def new_uuid(rng: random.Random) -> str:
    """A version-4 UUID from ``rng`` (formatted by hand: uuid.UUID is slow for thousands)."""
    n = rng.getrandbits(128)
    n = (n & ~(0xF000 << 64) & ~(0xC000 << 48)) | (0x4000 << 64) | (0x8000 << 48)
    h = f"{n:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def iso_days(days: int) -> str:
    return f"P{days}D"
