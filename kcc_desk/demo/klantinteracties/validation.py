"""Request-body validation for the demo Klantinteracties API.

A small declarative mirror of the write schemas in
``klantinteracties-api-0.9.0-openklant-2.18.0.yaml`` (required fields, maxLengths, enums,
patterns) plus the server-side rules Open Klant enforces beyond the schema (BSN 11-proef,
identificator combinations, exactly one of ``toegewezenAanActor(en)``). Error reasons are the
Dutch texts Django REST framework gives, so clients see what they would see from Open Klant.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any

from kcc_desk.demo.klantinteracties.digitaal import phone_problem
from kcc_desk.demo.klantinteracties.schemas import (
    ACTOR_IDENTIFICATIE,
    BSN_PATTERN,
    INTEGER_PATTERN,
    INTEGER_REASON,
    PARTIJ_IDENTIFICATIE,
    SCHEMAS,
    UNIQUE_FIELDS,
    F,
)
from kcc_desk.demo.klantinteracties.store import JsonDict, KlantinteractiesStore

InvalidParam = dict[str, str]

REQUIRED = "Dit veld is vereist."


def parse_datetime(value: str) -> datetime | None:
    """ISO 8601 as DRF accepts it; naive values count as UTC (Open Klant's TIME_ZONE)."""
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed


def bsn_valid(value: str) -> bool:
    """The BSN 11-proef (weights 9..2 and -1)."""
    if not BSN_PATTERN.match(value):
        return False
    digits = [int(c) for c in value]
    total = sum(d * w for d, w in zip(digits[:8], range(9, 1, -1), strict=True)) - digits[8]
    return total % 11 == 0 and value != "000000000"


class Validator:
    """Validates one body against a schema; collects errors instead of stopping at the first."""

    def __init__(self, store: KlantinteractiesStore) -> None:
        self.store = store
        self.errors: list[InvalidParam] = []

    def error(self, name: str, code: str, reason: str) -> None:
        self.errors.append({"name": name, "code": code, "reason": reason})

    def validate(
        self, body: object, schema: Mapping[str, F], prefix: str = "", partial: bool = False
    ) -> JsonDict:
        if not isinstance(body, dict):
            self.error(
                prefix.rstrip(".") or "nonFieldErrors",
                "invalid",
                "Ongeldige data. Verwacht een dictionary, kreeg een " + type(body).__name__ + ".",
            )
            return {}
        clean: JsonDict = {}
        for name, spec in schema.items():
            full = prefix + name
            if name not in body:
                if spec.required and not partial:
                    self.error(full, "required", REQUIRED)
                continue
            value = body[name]
            if value is None:
                if spec.nullable:
                    clean[name] = None
                else:
                    self.error(full, "null", "Dit veld mag niet leeg zijn.")
                continue
            checked = self._field(full, spec, value, partial)
            if checked is not _INVALID:
                clean[name] = checked
        return clean

    def _field(self, full: str, spec: F, value: Any, partial: bool) -> Any:
        kind = spec.kind
        if kind == "any":
            return value
        if kind == "str":
            return self._str(full, spec, value)
        if kind == "bool":
            if not isinstance(value, bool):
                self.error(full, "invalid", "Moet een geldige boolean zijn.")
                return _INVALID
            return value
        if kind == "datetime":
            if not isinstance(value, str) or parse_datetime(value) is None:
                self.error(
                    full,
                    "invalid",
                    "Datetime heeft een ongeldig formaat, gebruik 1 van de volgende formaten: "
                    "YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].",
                )
                return _INVALID
            return value
        if kind == "fk":
            return self._fk(full, spec, value)
        if kind == "fk_list":
            if not isinstance(value, list):
                self.error(full, "not_a_list", "Verwachtte een lijst met items.")
                return _INVALID
            keys = [self._fk(f"{full}.{i}", spec, item) for i, item in enumerate(value)]
            return _INVALID if any(k is _INVALID for k in keys) else keys
        if kind == "obj":
            return self.validate(value, spec.children, full + ".", partial)
        if kind == "str_map":
            if not isinstance(value, dict):
                self.error(full, "invalid", "Ongeldige data.")
                return _INVALID
            result = {}
            for k, v in value.items():
                checked = self._str(f"{full}.{k}", spec, v)
                if checked is not _INVALID:
                    result[str(k)] = checked
            return result
        raise AssertionError(kind)

    def _str(self, full: str, spec: F, value: Any) -> Any:
        if not isinstance(value, str):
            self.error(full, "invalid", "Geen geldige string.")
            return _INVALID
        if spec.choices:
            if value not in spec.choices:
                self.error(full, "invalid_choice", f'"{value}" is een ongeldige keuze.')
                return _INVALID
            return value
        if not value and not spec.allow_blank:
            self.error(full, "blank", "Dit veld mag niet leeg zijn.")
            return _INVALID
        if spec.max_length is not None and len(value) > spec.max_length:
            self.error(
                full,
                "max_length",
                f"Zorg ervoor dat dit veld niet meer dan {spec.max_length} karakters bevat.",
            )
            return _INVALID
        if spec.pattern is not None and value and not spec.pattern.match(value):
            self.error(full, "invalid", "Voer een geldige waarde in.")
            return _INVALID
        if spec.integer and value and not INTEGER_PATTERN.match(value):
            self.error(full, "invalid", INTEGER_REASON)
            return _INVALID
        return value

    def _fk(self, full: str, spec: F, value: Any) -> Any:
        if not isinstance(value, dict):
            self.error(full, "invalid", "Ongeldige data.")
            return _INVALID
        key = value.get("uuid")
        if not isinstance(key, str) or not key:
            self.error(full + ".uuid", "required", REQUIRED)
            return _INVALID
        if self.store.get(spec.resource, key) is None:
            self.error(full, "does_not_exist", f"Ongeldige uuid {key} - object bestaat niet.")
            return _INVALID
        return key


_INVALID: Any = object()

Check = Callable[[Validator, JsonDict, JsonDict, bool], None]


def _check_actor(v: Validator, body: JsonDict, clean: JsonDict, partial: bool) -> None:
    soort = clean.get("soortActor")
    identificatie = body.get("actorIdentificatie")
    if soort and identificatie is not None:
        clean["actorIdentificatie"] = v.validate(
            identificatie, ACTOR_IDENTIFICATIE[soort], "actorIdentificatie.", partial
        )


def _check_partij(v: Validator, body: JsonDict, clean: JsonDict, partial: bool) -> None:
    soort = clean.get("soortPartij")
    identificatie = body.get("partijIdentificatie")
    if soort and identificatie is not None:
        clean["partijIdentificatie"] = v.validate(
            identificatie, PARTIJ_IDENTIFICATIE[soort], "partijIdentificatie.", partial
        )


def _check_identificator(v: Validator, body: JsonDict, clean: JsonDict, partial: bool) -> None:
    del body, partial
    group = clean.get("partijIdentificator")
    if not group or len(group) < 4:
        return
    register, objecttype, soort = (
        group["codeRegister"],
        group["codeObjecttype"],
        group["codeSoortObjectId"],
    )
    name = "partijIdentificator"
    allowed = {
        ("brp", "natuurlijk_persoon"): ("bsn",),
        ("hr", "niet_natuurlijk_persoon"): ("rsin", "kvk_nummer"),
        ("hr", "vestiging"): ("vestigingsnummer",),
    }.get((register, objecttype))
    if allowed is None:
        v.error(f"{name}.codeObjecttype", "invalid", "codeObjecttype past niet bij codeRegister.")
        return
    if soort not in allowed:
        v.error(
            f"{name}.codeSoortObjectId",
            "invalid",
            "codeSoortObjectId past niet bij codeObjecttype en codeRegister.",
        )
        return
    if soort == "bsn" and not bsn_valid(group["objectId"]):
        v.error(f"{name}.objectId", "invalid", "Onjuist BSN nummer.")
        return
    if v.store.find_partij_identificator(group) is not None:
        v.error(
            "nonFieldErrors",
            "unique",
            "Partij identificator met deze partijIdentificator bestaat al.",
        )


def _check_internetaak(v: Validator, body: JsonDict, clean: JsonDict, partial: bool) -> None:
    if not partial or "toegewezenAanActor" in body or "toegewezenAanActoren" in body:
        one = clean.get("toegewezenAanActor")
        many = clean.get("toegewezenAanActoren")
        if one and many:
            v.error(
                "nonFieldErrors",
                "invalid",
                "`toegewezenAanActor` en `toegewezenAanActoren` mogen niet beide gebruikt worden.",
            )
        elif not one and not many and not partial:
            v.error("toegewezenAanActoren", "required", REQUIRED)
        if one and not many:
            clean["toegewezenAanActoren"] = [one]
        clean.pop("toegewezenAanActor", None)
    if clean.get("afgehandeldOp") and clean.get("status", "verwerkt") != "verwerkt":
        v.error(
            "afgehandeldOp",
            "invalid",
            "De Internetaak kan geen afgehandeld op datum bevatten als de status niet op "
            "'verwerkt' staat.",
        )


def _check_digitaal_adres(v: Validator, body: JsonDict, clean: JsonDict, partial: bool) -> None:
    del body, partial
    adres = clean.get("adres")
    problem = phone_problem(adres) if isinstance(adres, str) else None
    if clean.get("soortDigitaalAdres") == "telefoonnummer" and problem:
        v.error("adres", "invalid", problem)


EXTRA_CHECKS: dict[str, Check] = {
    "digitaleadressen": _check_digitaal_adres,
    "actoren": _check_actor,
    "partijen": _check_partij,
    "partij-identificatoren": _check_identificator,
    "internetaken": _check_internetaak,
}


def _check_unique(
    v: Validator, resource: str, clean: JsonDict, prefix: str, instance: str | None
) -> None:
    """Open Klant's unique=True fields: a second record with the same value is refused."""
    for name, reason in UNIQUE_FIELDS.get(resource, {}).items():
        value = clean.get(name)
        if not value:  # blank and null are not unique values
            continue
        for other in v.store.all(resource):
            if other.get(name) == value and other.get("uuid") != instance:
                v.error(prefix + name, "unique", reason)
                break


def validate_body(
    store: KlantinteractiesStore,
    resource: str,
    body: object,
    *,
    partial: bool = False,
    prefix: str = "",
    skip: tuple[str, ...] = (),
    instance: str | None = None,
) -> tuple[JsonDict, list[InvalidParam]]:
    """Clean ``body`` for ``resource``; returns (clean record, invalidParams).

    ``instance`` is the uuid of the record a PATCH changes (it may keep its own unique values).
    """
    validator = Validator(store)
    schema = {k: v for k, v in SCHEMAS[resource].items() if k not in skip}
    clean = validator.validate(body, schema, prefix, partial)
    _check_unique(validator, resource, clean, prefix, instance)
    check = EXTRA_CHECKS.get(resource)
    if check is not None and isinstance(body, dict) and not validator.errors:
        check(validator, body, clean, partial)
    return clean, validator.errors
