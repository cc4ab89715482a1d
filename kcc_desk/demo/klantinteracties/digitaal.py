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


def phone_is_valid(adres: str) -> bool:
    return bool(_DUTCH_PHONE.match(adres)) and not _SERVICE_NUMBER.match(adres)


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
        "verstrektDoorBetrokkene__uuid": Filter("uuid", _field("verstrektDoorBetrokkene")),
    }
    for name in ("objectId", "codeObjecttype", "codeRegister", "codeSoortObjectId"):
        result[f"verstrektDoorPartij__partijIdentificator__{name}"] = Filter(
            "str", _partij_identificator(name)
        )
    return result
