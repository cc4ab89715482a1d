"""Plain records of the generated training data, independent of any URL.

The HTTP layer turns these into ZGW JSON (``kcc_desk.demo.serialize*``) once it knows the base URL
of the source's port; generation therefore never depends on which port was free.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from kcc_desk.demo.data.documents import make_pdf, make_text
from kcc_desk.demo.seedtypes import SeedCompany, SeedPerson


@dataclass(frozen=True, slots=True)
class Address:
    straat: str
    huisnummer: int
    huisletter: str
    postcode: str
    woonplaats: str
    bag_id: str  # 16-digit nummeraanduiding identificatie, as in the BAG

    def one_line(self) -> str:
        return (
            f"{self.straat} {self.huisnummer}{self.huisletter}, {self.postcode} {self.woonplaats}"
        )


@dataclass(frozen=True, slots=True)
class Person:
    bsn: str
    voornamen: str
    voorvoegsel: str
    geslachtsnaam: str
    geslacht: str  # "m", "v" or "o" (geslachtsaanduiding)
    geboortedatum: date
    address: Address
    # BRP geheimhoudingPersoonsgegevens: nothing about this person may be given to others.
    geheimhouding: bool = False

    @property
    def voorletters(self) -> str:
        return "".join(f"{part[0]}." for part in self.voornamen.split())

    @property
    def full_name(self) -> str:
        parts = [self.voornamen.split()[0], self.voorvoegsel, self.geslachtsnaam]
        return " ".join(p for p in parts if p)

    def seed(self) -> SeedPerson:
        return SeedPerson(
            bsn=self.bsn,
            voornaam=self.voornamen.split()[0],
            voorvoegsel_achternaam=self.voorvoegsel,
            achternaam=self.geslachtsnaam,
            voorletters=self.voorletters,
        )

    def __repr__(self) -> str:
        # Synthetic, but the habit matters: no BSN or name in reprs that may reach a log line.
        return "Person(<redacted>)"


@dataclass(frozen=True, slots=True)
class Company:
    kvk: str
    rsin: str
    vestigingsnummer: str
    naam: str
    address: Address

    def seed(self) -> SeedCompany:
        return SeedCompany(kvk=self.kvk, naam=self.naam)


@dataclass(frozen=True, slots=True)
class Medewerker:
    identificatie: str
    voorletters: str
    voorvoegsel: str
    achternaam: str


# --- Catalogi (per source: each source has its own catalogue with its own UUIDs) -------------


@dataclass(slots=True)
class StatusTypeRec:
    uuid: str
    zaaktype_uuid: str
    zaaktype_identificatie: str
    volgnummer: int
    omschrijving: str
    omschrijving_generiek: str
    statustekst: str
    doorlooptijd: str | None
    is_eindstatus: bool
    informeren: bool


@dataclass(slots=True)
class ResultaatTypeRec:
    uuid: str
    zaaktype_uuid: str
    zaaktype_identificatie: str
    omschrijving: str
    omschrijving_generiek: str
    toelichting: str
    selectielijst_uuid: str
    archiefnominatie: str
    archiefactietermijn: str


@dataclass(slots=True)
class RolTypeRec:
    uuid: str
    zaaktype_uuid: str
    zaaktype_identificatie: str
    omschrijving: str
    omschrijving_generiek: str


@dataclass(slots=True)
class InformatieObjectTypeRec:
    uuid: str
    omschrijving: str
    categorie: str
    vertrouwelijkheid: str
    zaaktype_uuids: list[str] = field(default_factory=list)


@dataclass(slots=True)
class ZaakTypeRec:
    uuid: str
    key: str  # the definition key in catalog.py, e.g. "parkeervergunning"
    identificatie: str
    omschrijving: str
    onderwerp: str
    doel: str
    aanleiding: str
    toelichting: str
    handeling_initiator: str
    vertrouwelijkheid: str
    doorlooptijd: str
    servicenorm: str | None
    opschorting_mogelijk: bool
    verlenging_mogelijk: bool
    verlengingstermijn: str | None
    product_naam: str
    begin_geldigheid: date
    statustype_uuids: list[str] = field(default_factory=list)
    resultaattype_uuids: list[str] = field(default_factory=list)
    roltype_uuids: list[str] = field(default_factory=list)
    informatieobjecttype_uuids: list[str] = field(default_factory=list)


@dataclass(slots=True)
class CatalogusRec:
    uuid: str
    domein: str
    rsin: str
    naam: str
    contactpersoon: str


# --- Zaken and documents ---------------------------------------------------------------------


@dataclass(slots=True)
class StatusRec:
    uuid: str
    zaak_uuid: str
    statustype_uuid: str
    datum_status_gezet: datetime
    statustoelichting: str
    is_last: bool = False


@dataclass(slots=True)
class SubStatusRec:
    uuid: str
    zaak_uuid: str
    status_uuid: str | None
    omschrijving: str
    tijdstip: datetime
    doelgroep: str  # "betrokkenen" or "intern"


@dataclass(slots=True)
class RolRec:
    uuid: str
    zaak_uuid: str
    roltype_uuid: str
    betrokkene_type: str  # natuurlijk_persoon, niet_natuurlijk_persoon, medewerker
    omschrijving: str
    omschrijving_generiek: str
    roltoelichting: str
    registratiedatum: datetime
    identificatie: dict[str, object]  # the betrokkeneIdentificatie body as served
    contactpersoon_naam: str = ""
    # Filter keys (empty when not applicable), kept apart from the body for quick indexing.
    bsn: str = ""
    inn_nnp_id: str = ""
    kvk: str = ""
    vestigingsnummer: str = ""
    medewerker_id: str = ""


@dataclass(slots=True)
class ResultaatRec:
    uuid: str
    zaak_uuid: str
    resultaattype_uuid: str
    toelichting: str


@dataclass(slots=True)
class ZaakObjectRec:
    uuid: str
    zaak_uuid: str
    address: Address
    relatieomschrijving: str


@dataclass(slots=True)
class DocumentRec:
    uuid: str
    identificatie: str
    bronorganisatie: str
    creatiedatum: date
    titel: str
    vertrouwelijkheid: str
    auteur: str
    status: str
    formaat: str
    bestandsnaam: str
    content_lines: tuple[str, ...]  # the body is rendered on first use (see ``content``)
    beschrijving: str
    informatieobjecttype_uuid: str
    begin_registratie: datetime
    _content: bytes | None = field(default=None, repr=False, compare=False)

    @property
    def content(self) -> bytes:
        """The file itself: rendering thousands of PDFs up front would slow start-up."""
        if self._content is None:
            if self.formaat == "application/pdf":
                self._content = make_pdf(self.titel, list(self.content_lines))
            else:
                self._content = make_text(self.titel, list(self.content_lines))
        return self._content


@dataclass(slots=True)
class ZioRec:
    uuid: str
    zaak_uuid: str
    document_uuid: str
    titel: str
    beschrijving: str
    registratiedatum: datetime


@dataclass(slots=True)
class ZaakRec:
    uuid: str
    identificatie: str
    bronorganisatie: str
    omschrijving: str
    toelichting: str
    zaaktype_uuid: str
    registratiedatum: date
    startdatum: date
    einddatum: date | None
    einddatum_gepland: date | None
    uiterlijke_einddatum_afdoening: date | None
    vertrouwelijkheid: str
    laatst_gemuteerd: datetime
    communicatiekanaal_naam: str = ""
    opschorting_reden: str = ""
    verlenging_reden: str = ""
    verlenging_duur: str = ""
    # Filled in while generating: UUIDs of the related objects.
    status_uuids: list[str] = field(default_factory=list)  # oldest first
    rol_uuids: list[str] = field(default_factory=list)
    zaakobject_uuids: list[str] = field(default_factory=list)
    zio_uuids: list[str] = field(default_factory=list)
    resultaat_uuid: str | None = None

    @property
    def is_open(self) -> bool:
        return self.einddatum is None

    @property
    def status_uuid(self) -> str | None:
        return self.status_uuids[-1] if self.status_uuids else None
