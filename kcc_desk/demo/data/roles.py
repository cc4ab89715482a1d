"""A case's roles: its initiator (person or organisation), the behandelaar and the responsible
department (an organisatorische eenheid, so the status card can say who has the case)."""

from __future__ import annotations

import random
import uuid
from datetime import datetime
from typing import Any

from kcc_desk.demo.data.model import Company, Medewerker, Person, RolRec, RolTypeRec, ZaakRec
from kcc_desk.demo.data.source import SourceData, new_uuid

# Which team handles which kind of case (words in the zaaktype omschrijving), for the training
# data's departments; the names match the referral targets in kcc_desk.training.
_DEPARTMENTS = (
    (("parkeer",), "Team Parkeren"),
    (("omgevingsvergunning", "evenementen"), "Team Vergunningen"),
    (("woz", "kwijtschelding", "belasting"), "Team Belastingen"),
    (("wmo", "bijstand"), "Team Wmo"),
    (("openbare ruimte", "afvalcontainer"), "Team Openbare ruimte"),
    (("verhuizing", "paspoort"), "Team Burgerzaken"),
    (("subsidie",), "Team Subsidies"),
)


def department_for(zaaktype: str) -> str:
    lowered = zaaktype.lower()
    for words, name in _DEPARTMENTS:
        if any(word in lowered for word in words):
            return name
    return "Team Dienstverlening"


def _add_rol(
    data: SourceData,
    zaak: ZaakRec,
    roltype: RolTypeRec,
    betrokkene: dict[str, Any],
    *,
    rol_uuid: str,
    moment: datetime,
) -> None:
    """One rol of ``roltype`` on ``zaak``. ``betrokkene``: RolRec's fields that say who it is
    (betrokkene_type, roltoelichting, identificatie and the filter keys)."""
    rol = RolRec(
        uuid=rol_uuid,
        zaak_uuid=zaak.uuid,
        roltype_uuid=roltype.uuid,
        omschrijving=roltype.omschrijving,
        omschrijving_generiek=roltype.omschrijving_generiek,
        registratiedatum=moment,
        **betrokkene,
    )
    data.rollen[rol.uuid] = rol
    zaak.rol_uuids.append(rol.uuid)


def _person(who: Person) -> dict[str, Any]:
    identificatie = {
        "inpBsn": who.bsn,
        "anpIdentificatie": "",
        "inpA_nummer": "",
        "geslachtsnaam": who.geslachtsnaam,
        "voorvoegselGeslachtsnaam": who.voorvoegsel,
        "voorletters": who.voorletters.replace(".", ""),
        "voornamen": who.voornamen,
        "geslachtsaanduiding": who.geslacht,
        "geboortedatum": who.geboortedatum.isoformat(),
        "verblijfsadres": None,
        "subVerblijfBuitenland": None,
    }
    return {
        "betrokkene_type": "natuurlijk_persoon",
        "roltoelichting": "Aanvrager",
        "identificatie": identificatie,
        "bsn": who.bsn,
    }


def _organisation(who: Company, kvk_in_inn_nnp_id: bool) -> dict[str, Any]:
    # Open Zaak puts the KVK number in kvkNummer; some vendors fill innNnpId with it instead.
    inn_nnp_id = who.kvk if kvk_in_inn_nnp_id else who.rsin
    kvk = "" if kvk_in_inn_nnp_id else who.kvk
    vestigingsnummer = "" if kvk_in_inn_nnp_id else who.vestigingsnummer
    identificatie = {
        "innNnpId": inn_nnp_id,
        "annIdentificatie": "",
        "kvkNummer": kvk,
        "vestigingsNummer": vestigingsnummer,
        "statutaireNaam": who.naam,
        "innRechtsvorm": "besloten_vennootschap" if "B.V." in who.naam else "",
        "bezoekadres": who.address.one_line(),
        "verblijfsadres": None,
        "subVerblijfBuitenland": None,
    }
    return {
        "betrokkene_type": "niet_natuurlijk_persoon",
        "roltoelichting": "Aanvrager (organisatie)",
        "identificatie": identificatie,
        "contactpersoon_naam": "Contactpersoon " + who.naam,
        "inn_nnp_id": inn_nnp_id,
        "kvk": kvk,
        "vestigingsnummer": vestigingsnummer,
    }


def add_initiator(
    data: SourceData,
    rng: random.Random,
    zaak: ZaakRec,
    roltype: RolTypeRec,
    *,
    who: Person | Company,
    moment: datetime,
) -> None:
    if isinstance(who, Person):
        betrokkene = _person(who)
    else:
        betrokkene = _organisation(who, data.profile.kvk_in_inn_nnp_id)
    _add_rol(data, zaak, roltype, betrokkene, rol_uuid=new_uuid(rng), moment=moment)


def add_behandelaar(
    data: SourceData,
    rng: random.Random,
    zaak: ZaakRec,
    roltype: RolTypeRec,
    *,
    medewerkers: list[Medewerker],
    moment: datetime,
) -> None:
    mdw = rng.choice(medewerkers)
    identificatie = {
        "identificatie": mdw.identificatie,
        "achternaam": mdw.achternaam,
        "voorletters": mdw.voorletters,
        "voorvoegselAchternaam": mdw.voorvoegsel,
    }
    betrokkene = {
        "betrokkene_type": "medewerker",
        "roltoelichting": "Behandelend medewerker",
        "identificatie": identificatie,
        "medewerker_id": mdw.identificatie,
    }
    _add_rol(data, zaak, roltype, betrokkene, rol_uuid=new_uuid(rng), moment=moment)


def add_department(
    data: SourceData, zaak: ZaakRec, roltype: RolTypeRec, zaaktype: str, moment: datetime
) -> None:
    """The responsible department as a second behandelaar rol. Derived from the zaak and the
    zaaktype, not from ``rng``: every other generated value stays as it was."""
    name = department_for(zaaktype)
    code = "OE-" + "".join(word[0] for word in name.split()[1:]).upper()
    betrokkene = {
        "betrokkene_type": "organisatorische_eenheid",
        "roltoelichting": "Verantwoordelijke afdeling",
        "identificatie": {"identificatie": code, "naam": name, "isGehuisvestIn": ""},
    }
    rol_uuid = str(uuid.uuid5(uuid.NAMESPACE_URL, f"afdeling:{zaak.uuid}"))
    _add_rol(data, zaak, roltype, betrokkene, rol_uuid=rol_uuid, moment=moment)
