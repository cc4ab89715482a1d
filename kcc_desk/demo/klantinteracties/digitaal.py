"""Digitale adressen in the demo Klantinteracties, as Open Klant 2.18 keeps them (recorded
2026-12-05, ``ok_*digitaaladres*``, ``ok_digitaleadressen_*``): stored exactly as given; a phone
number only in a Dutch digit form (no spaces, no 0800/0900/14xx); the ``adres`` filter exact and
case-sensitive, ``adres__icontains`` case-insensitive."""

from __future__ import annotations

import re
from typing import Any

from kcc_desk.demo.klantinteracties.schemas import DIGITAAL_ADRES_SOORTEN as SOORTEN
from kcc_desk.demo.klantinteracties.store import JsonDict, KlantinteractiesStore

_DUTCH_PHONE = re.compile(r"^(0[1-9][0-9]{8}|\+31[1-9][0-9]{8}|0031[1-9][0-9]{8})$")
_SERVICE_NUMBER = re.compile(r"^(\+31|0031|0)(800|900|90[69])|^14")
PHONE_REASON = "Het opgegeven telefoonnummer is ongeldig."
SERVICE_NUMBER_REASON = (
    "Het opgegeven telefoonnummer is ongeldig, telefoonnummers beginnend met 0800, 0900, "
    "1400 of 140xx zijn niet toegestaan."
)


def phone_problem(adres: str) -> str | None:
    """Open Klant's reason for refusing ``adres`` as a telefoonnummer (None: accepted)."""
    if _SERVICE_NUMBER.match(adres):
        return SERVICE_NUMBER_REASON
    return None if _DUTCH_PHONE.match(adres) else PHONE_REASON


def _field(name: str) -> Any:
    return lambda _s, r, v: r.get(name) == v


def _partij_identificator(field: str) -> Any:
    def match(s: KlantinteractiesStore, r: JsonDict, v: Any) -> bool:
        partij = r.get("verstrektDoorPartij")
        if not partij:
            return False
        return any(
            (i.get("partijIdentificator") or {}).get(field) == v
            for i in s.partij_identificatoren_of(partij)
        )

    return match


def _betrokkene_rol(s: KlantinteractiesStore, r: JsonDict, v: Any) -> bool:
    betrokkene = s.get("betrokkenen", r.get("verstrektDoorBetrokkene") or "")
    return betrokkene is not None and betrokkene.get("rol") == v


def _partij_soort(s: KlantinteractiesStore, r: JsonDict, v: Any) -> bool:
    partij = s.get("partijen", r.get("verstrektDoorPartij") or "")
    return partij is not None and partij.get("soortPartij") == v


def filters(filter_type: Any) -> dict[str, Any]:
    """The list filters (``filter_type`` is ``filters.Filter``, passed in to avoid a cycle)."""
    Filter = filter_type
    result = {
        "adres": Filter("str", _field("adres")),
        "adres__icontains": Filter(
            "str", lambda _s, r, v: v.casefold() in str(r.get("adres", "")).casefold()
        ),
        "soortDigitaalAdres": Filter("choice", _field("soortDigitaalAdres"), SOORTEN),
        "isStandaardAdres": Filter("bool", _field("isStandaardAdres")),
        "omschrijving": Filter("str", _field("omschrijving")),
        "referentie": Filter("str", _field("referentie")),
        "verstrektDoorPartij__uuid": Filter("uuid", _field("verstrektDoorPartij")),
        "verstrektDoorPartij__url": Filter("url", _field("verstrektDoorPartij")),
        "verstrektDoorBetrokkene__uuid": Filter("uuid", _field("verstrektDoorBetrokkene")),
        "verstrektDoorBetrokkene__url": Filter("url", _field("verstrektDoorBetrokkene")),
        "verstrektDoorBetrokkene__rol": Filter(
            "choice", _betrokkene_rol, ("klant", "vertegenwoordiger")
        ),
        "verstrektDoorPartij__soortPartij": Filter(
            "choice", _partij_soort, ("contactpersoon", "organisatie", "persoon")
        ),
        # The demo never verifies an address: verificatieDatum is always null.
        "isGeverifieerd": Filter("bool", lambda _s, _r, v: v is False),
    }
    for suffix in ("", "__gt", "__gte", "__lt", "__lte"):
        result[f"verificatieDatum{suffix}"] = Filter("date", lambda _s, _r, _v: False)
    for name in ("objectId", "codeObjecttype", "codeRegister", "codeSoortObjectId"):
        result[f"verstrektDoorPartij__partijIdentificator__{name}"] = Filter(
            "str", _partij_identificator(name)
        )
    return result
