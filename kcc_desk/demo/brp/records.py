"""The demo's persons as the BRP delivers them (full records; ``app`` cuts them to ``fields``)
and the search rules of BRP Personen 2.7.0: text case- and accent-insensitive, no implicit
prefix match, a trailing ``*`` only where the pattern allows it, deceased persons only with
``inclusiefOverledenPersonen``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from kcc_desk.demo.data.model import Person
from kcc_desk.services.person_query import fold

MONTHS = (
    "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
    "oktober", "november", "december",
)  # fmt: skip
GESLACHT = {"m": ("M", "man"), "v": ("V", "vrouw"), "o": ("O", "onbekend")}
GEMEENTE_CODES = {"Lindendal": "1999", "Rotterdam": "0599"}


def lang_formaat(value: date) -> str:
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def _age(born: date, today: date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


@dataclass(frozen=True, slots=True)
class BrpRecord:
    person: Person
    gemeente: str
    document: dict[str, Any]  # the full record, automatic fields included

    @property
    def postcode(self) -> str:
        return self.person.address.postcode.replace(" ", "").upper()


def make_record(person: Person, today: date) -> BrpRecord:
    address = person.address
    huis = f"{address.straat} {address.huisnummer}"
    if address.huisletter:
        huis += f" {address.huisletter}"
    postcode = address.postcode.replace(" ", "").upper()
    naam: dict[str, Any] = {
        "voornamen": person.voornamen,
        "geslachtsnaam": person.geslachtsnaam,
        "voorletters": person.voorletters,
        "volledigeNaam": " ".join(
            p for p in (person.voornamen, person.voorvoegsel, person.geslachtsnaam) if p
        ),
    }
    if person.voorvoegsel:
        naam["voorvoegsel"] = person.voorvoegsel
    code, omschrijving = GESLACHT[person.geslacht]
    document: dict[str, Any] = {
        "burgerservicenummer": person.bsn,
        "naam": naam,
        "geboorte": {
            "datum": {
                "type": "Datum",
                "datum": person.geboortedatum.isoformat(),
                "langFormaat": lang_formaat(person.geboortedatum),
            }
        },
        "geslacht": {"code": code, "omschrijving": omschrijving},
        "leeftijd": _age(person.geboortedatum, today),
        "adressering": {
            "adresregel1": huis[:40],
            # "[NNNN] [XX]␣␣[WOONPLAATS IN CAPITALS]", with two spaces (adres-regels feature)
            "adresregel2": f"{postcode[:4]} {postcode[4:]}  {address.woonplaats.upper()}",
            "land": {"code": "6030", "omschrijving": "Nederland"},
        },
    }
    if person.geheimhouding:
        document["geheimhoudingPersoonsgegevens"] = True
    gemeente = GEMEENTE_CODES.get(address.woonplaats, "1999")
    return BrpRecord(person, gemeente, document)


def _text_matches(wanted: str, actual: str) -> bool:
    if wanted.endswith("*"):
        return fold(actual).startswith(fold(wanted[:-1]))
    return fold(actual) == fold(wanted)


def matches(record: BrpRecord, query: dict[str, Any]) -> bool:
    """Whether ``record`` answers a validated search ``query`` (not RaadpleegMet…)."""
    p = record.person
    address = p.address
    checks: dict[str, Any] = {
        "geslachtsnaam": lambda v: _text_matches(v, p.geslachtsnaam),
        "voornamen": lambda v: _text_matches(v, p.voornamen),
        "voorvoegsel": lambda v: fold(v) == fold(p.voorvoegsel),
        "geboortedatum": lambda v: v == p.geboortedatum.isoformat(),
        "geslacht": lambda v: v.upper() == GESLACHT[p.geslacht][0],
        "gemeenteVanInschrijving": lambda v: v == record.gemeente,
        "postcode": lambda v: v.replace(" ", "").upper() == record.postcode,
        "huisnummer": lambda v: v == address.huisnummer,
        "huisletter": lambda v: v.lower() == address.huisletter.lower(),
        # The demo has no toevoegingen: asking for one narrows to nobody.
        "huisnummertoevoeging": lambda _v: False,
        "straat": lambda v: _street_matches(v, address.straat),
        "nummeraanduidingIdentificatie": lambda v: v == address.bag_id,
        "adresseerbaarObjectIdentificatie": lambda v: v == address.bag_id,
    }
    for name, value in query.items():
        check = checks.get(name)
        if check is not None and not check(value):
            return False
    return True


def _street_matches(wanted: str, actual: str) -> bool:
    if wanted.startswith("*"):
        return fold(actual).endswith(fold(wanted[1:]))
    return _text_matches(wanted, actual)


def select(document: dict[str, Any], fields: list[str]) -> dict[str, Any]:
    """Only the asked paths (a group gives all of it; a date or waardetabel comes whole),
    plus the automatically delivered fields. Absent values stay absent."""
    result: dict[str, Any] = {}
    for path in fields:
        parts = path.split(".")
        if parts[0] in ("adresseringBinnenland", "verblijfplaatsBinnenland"):
            parts[0] = parts[0].removesuffix("Binnenland")  # the domestic-only aliases
        value: Any = document
        for part in parts:
            value = value.get(part) if isinstance(value, dict) else None
        if value is None:
            continue
        target = result
        for part in parts[:-1]:
            target = target.setdefault(part, {})
        target[parts[-1]] = value
    for automatic in ("geheimhoudingPersoonsgegevens", "opschortingBijhouding"):
        if automatic in document:
            result[automatic] = document[automatic]
    return result
