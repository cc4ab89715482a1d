"""Strict checking of a ``POST /personen`` body, as BRP Personen 2.7.0 and its features do:
every faulty parameter once in ``invalidParams`` (``{name, code, reason}``), parameters a query
type does not take are ``unknownParam``, ``fields`` is checked path by path."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any

from kcc_desk.demo.brp.fields import AUTOMATIC, PERSOON, PERSOON_BEPERKT

InvalidParam = dict[str, str]
Check = Callable[[str, Any], InvalidParam | None]

_NAAM = r"[a-zA-Z0-9À-ž \.\-\']"
GESLACHTSNAAM = rf"^{_NAAM}{{1,200}}$|^{_NAAM}{{3,199}}\*{{1}}$"
VOORNAMEN_OPTIONEEL = rf"^{_NAAM}{{1,199}}\*{{0,1}}$"
VOORNAMEN_VERPLICHT = rf"^{_NAAM}{{1,200}}$|^{_NAAM}{{3,199}}\*{{1}}$"
_STRAAT = r"[a-zA-Z0-9À-ž \-\'\.]"
STRAAT = rf"^{_STRAAT}{{1,80}}$|^{_STRAAT}{{7,79}}\*{{1}}$|^\*{{1}}{_STRAAT}{{7,79}}$"
BAG_ID = r"^(?!0{16})[0-9]{16}$"


def _param(name: str, code: str, reason: str) -> InvalidParam:
    return {"name": name, "code": code, "reason": reason}


def pattern(regex: str) -> Check:
    compiled = re.compile(regex)

    def check(name: str, value: Any) -> InvalidParam | None:
        if not isinstance(value, str) or not compiled.match(value):
            return _param(name, "pattern", f"Waarde voldoet niet aan patroon {regex}.")
        return None

    return check


def _date(name: str, value: Any) -> InvalidParam | None:
    if isinstance(value, str) and len(value) == 10:
        try:
            date.fromisoformat(value)
        except ValueError:
            pass
        else:
            return None
    return _param(name, "date", "Waarde is geen geldige datum.")


def _boolean(name: str, value: Any) -> InvalidParam | None:
    if not isinstance(value, bool):
        return _param(name, "boolean", "Waarde is geen geldige boolean.")
    return None


def _huisnummer(name: str, value: Any) -> InvalidParam | None:
    if not isinstance(value, int) or isinstance(value, bool):
        return _param(name, "integer", "Waarde is geen geldig getal.")
    if value < 1:
        return _param(name, "minimum", "Waarde is lager dan minimum 1.")
    if value > 99999:
        return _param(name, "maximum", "Waarde is hoger dan maximum 99999.")
    return None


def _bsn_list(name: str, value: Any) -> list[InvalidParam]:
    if not isinstance(value, list):
        return [_param(name, "array", "Parameter is geen array.")]
    if not value:
        return [_param(name, "minItems", "Array bevat minder dan 1 items.")]
    if len(value) > 20:
        return [_param(name, "maxItems", "Array bevat meer dan 20 items.")]
    bsn = pattern(r"^[0-9]{9}$")
    return [p for i, v in enumerate(value) if (p := bsn(f"{name}[{i}]", v)) is not None]


_GEMEENTE = pattern(r"^[0-9]{4}$")
_OVERLEDEN = _boolean
_GESLACHT = pattern(r"^([Mm]|[Vv]|[Oo])$")
_VOORVOEGSEL = pattern(r"^[a-zA-Z \']{1,10}$")
_ADRES_EXTRA: dict[str, Check] = {
    "huisletter": pattern(r"^[a-zA-Z]{1}$"),
    "huisnummertoevoeging": pattern(r"^[a-zA-Z0-9 \-]{1,4}$"),
}

# type -> (required parameters, {parameter: check}); "type", "fields" are checked apart.
TYPES: dict[str, tuple[frozenset[str], dict[str, Check]]] = {
    "RaadpleegMetBurgerservicenummer": (
        frozenset({"burgerservicenummer"}),
        {"gemeenteVanInschrijving": _GEMEENTE},
    ),
    "ZoekMetGeslachtsnaamEnGeboortedatum": (
        frozenset({"geslachtsnaam", "geboortedatum"}),
        {
            "geslachtsnaam": pattern(GESLACHTSNAAM),
            "geboortedatum": _date,
            "voornamen": pattern(VOORNAMEN_OPTIONEEL),
            "voorvoegsel": _VOORVOEGSEL,
            "geslacht": _GESLACHT,
            "inclusiefOverledenPersonen": _OVERLEDEN,
            "gemeenteVanInschrijving": _GEMEENTE,
        },
    ),
    "ZoekMetNaamEnGemeenteVanInschrijving": (
        frozenset({"geslachtsnaam", "voornamen", "gemeenteVanInschrijving"}),
        {
            "geslachtsnaam": pattern(GESLACHTSNAAM),
            "voornamen": pattern(VOORNAMEN_VERPLICHT),
            "voorvoegsel": _VOORVOEGSEL,
            "geslacht": _GESLACHT,
            "inclusiefOverledenPersonen": _OVERLEDEN,
            "gemeenteVanInschrijving": _GEMEENTE,
        },
    ),
    "ZoekMetPostcodeEnHuisnummer": (
        frozenset({"postcode", "huisnummer"}),
        {
            "postcode": pattern(r"^[1-9]{1}[0-9]{3}[ ]?[A-Za-z]{2}$"),
            "huisnummer": _huisnummer,
            **_ADRES_EXTRA,
            "geboortedatum": _date,
            "geslachtsnaam": pattern(GESLACHTSNAAM),
            "inclusiefOverledenPersonen": _OVERLEDEN,
            "gemeenteVanInschrijving": _GEMEENTE,
        },
    ),
    "ZoekMetStraatHuisnummerEnGemeenteVanInschrijving": (
        frozenset({"straat", "huisnummer", "gemeenteVanInschrijving"}),
        {
            "straat": pattern(STRAAT),
            "huisnummer": _huisnummer,
            **_ADRES_EXTRA,
            "inclusiefOverledenPersonen": _OVERLEDEN,
            "gemeenteVanInschrijving": _GEMEENTE,
        },
    ),
    "ZoekMetNummeraanduidingIdentificatie": (
        frozenset({"nummeraanduidingIdentificatie"}),
        {
            "nummeraanduidingIdentificatie": pattern(BAG_ID),
            "inclusiefOverledenPersonen": _OVERLEDEN,
            "gemeenteVanInschrijving": _GEMEENTE,
        },
    ),
    "ZoekMetAdresseerbaarObjectIdentificatie": (
        frozenset({"adresseerbaarObjectIdentificatie"}),
        {
            "adresseerbaarObjectIdentificatie": pattern(BAG_ID),
            "inclusiefOverledenPersonen": _OVERLEDEN,
            "gemeenteVanInschrijving": _GEMEENTE,
        },
    ),
}


def allowed_fields(query_type: str) -> frozenset[str]:
    return PERSOON if query_type == "RaadpleegMetBurgerservicenummer" else PERSOON_BEPERKT


def validate(body: Any) -> list[InvalidParam]:
    """The invalidParams for ``body``; empty when the query may run."""
    if not isinstance(body, dict):
        return [_param("type", "required", "Parameter is verplicht.")]
    errors: list[InvalidParam] = []
    query_type = body.get("type")
    if query_type is None:
        errors.append(_param("type", "required", "Parameter is verplicht."))
    elif query_type not in TYPES:
        errors.append(_param("type", "value", "Waarde is geen geldig zoek type."))
    errors += _check_fields(body, str(query_type))
    if not isinstance(query_type, str) or query_type not in TYPES:
        return errors
    required, checks = TYPES[query_type]
    for name in sorted(required - body.keys()):
        errors.append(_param(name, "required", "Parameter is verplicht."))
    for name, value in body.items():
        if name in ("type", "fields"):
            continue
        if name == "burgerservicenummer" and query_type == "RaadpleegMetBurgerservicenummer":
            errors += _bsn_list(name, value)
            continue
        check = checks.get(name)
        if check is None:
            errors.append(_param(name, "unknownParam", "Parameter is niet verwacht."))
            continue
        problem = check(name, value)
        if problem is not None:
            errors.append(problem)
    return errors


def _check_fields(body: dict[str, Any], query_type: str) -> list[InvalidParam]:
    if "fields" not in body:
        return [_param("fields", "required", "Parameter is verplicht.")]
    fields = body["fields"]
    if not isinstance(fields, list):
        return [_param("fields", "array", "Parameter is geen array.")]
    if not fields:
        return [_param("fields", "minItems", "Array bevat minder dan 1 items.")]
    if len(fields) > 130:
        return [_param("fields", "maxItems", "Array bevat meer dan 130 items.")]
    allowed = allowed_fields(query_type)
    field_pattern = pattern(r"^[a-zA-Z0-9\._]{1,200}$")
    errors: list[InvalidParam] = []
    for index, path in enumerate(fields):
        name = f"fields[{index}]"
        problem = field_pattern(name, path)
        if problem is not None:
            errors.append(problem)
        elif path in AUTOMATIC:
            errors.append(_param(name, "fields", "Parameter bevat een niet toegestane veldnaam."))
        elif path not in allowed:
            errors.append(_param(name, "fields", "Parameter bevat een niet bestaande veldnaam."))
    return errors
