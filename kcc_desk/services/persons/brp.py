"""Haal Centraal BRP Personen Bevragen 2.x: ``POST {brp}/personen`` (OAS 2.7.0).

Each query type's body is built strictly (the BRP answers an unexpected parameter with 400
``unknownParam``); ``fields`` asks only for what an agent needs to tell callers apart; BSNs and
names travel in the POST body only, never in a URL (that is why the API is a POST). Fields the BRP
delivers unasked (``geheimhoudingPersoonsgegevens``, ``opschortingBijhouding``) must not be asked
for: they come anyway. A missing key means "no value", never an error.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from datetime import date
from typing import Any

import httpx

from kcc_desk.services.person_query import NameAndBirthDate, PostcodeAndNumber
from kcc_desk.services.persons import errors as e
from kcc_desk.services.persons.auth import BrpAuth
from kcc_desk.services.persons.models import PersonMatch

log = logging.getLogger(__name__)

# The same paths exist on PersoonBeperkt (searches) and Persoon (raadplegen): one list for both.
FIELDS: tuple[str, ...] = (
    "burgerservicenummer",
    "naam.volledigeNaam",
    "geboorte.datum",
    "adressering.adresregel1",
    "adressering.adresregel2",
)
MAX_BSNS_PER_REQUEST = 20  # RaadpleegMetBurgerservicenummer: 1–20 numbers
JSON_TYPE = "application/json; charset=utf-8"


def name_query(criteria: NameAndBirthDate) -> dict[str, Any]:
    body: dict[str, Any] = {
        "type": "ZoekMetGeslachtsnaamEnGeboortedatum",
        "fields": list(FIELDS),
        "geslachtsnaam": criteria.geslachtsnaam,
        "geboortedatum": criteria.geboortedatum.isoformat(),
    }
    if criteria.voorvoegsel:
        body["voorvoegsel"] = criteria.voorvoegsel
    if criteria.voornamen:
        # Callers give their roepnaam, the BRP holds every voornaam: match the start.
        body["voornamen"] = criteria.voornamen.rstrip("*") + "*"
    return body


def postcode_query(criteria: PostcodeAndNumber) -> dict[str, Any]:
    body: dict[str, Any] = {
        "type": "ZoekMetPostcodeEnHuisnummer",
        "fields": list(FIELDS),
        "postcode": criteria.postcode,
        "huisnummer": criteria.huisnummer,  # an integer: a string is a 400
    }
    if criteria.huisletter:
        body["huisletter"] = criteria.huisletter
    if criteria.toevoeging:
        body["huisnummertoevoeging"] = criteria.toevoeging
    return body


def bsn_query(bsns: Sequence[str]) -> dict[str, Any]:
    return {
        "type": "RaadpleegMetBurgerservicenummer",
        "fields": list(FIELDS),
        "burgerservicenummer": list(bsns),
    }


class BrpClient:
    """Requests to one BRP root (``…/haalcentraal/api/brp``); the httpx client is passed in."""

    def __init__(self, http: httpx.AsyncClient, base_url: str, auth: BrpAuth) -> None:
        self._http = http
        self.url = base_url.rstrip("/") + "/personen"
        self._auth = auth

    async def search(self, criteria: NameAndBirthDate | PostcodeAndNumber) -> list[PersonMatch]:
        if isinstance(criteria, NameAndBirthDate):
            return await self.personen(name_query(criteria))
        return await self.personen(postcode_query(criteria))

    async def by_bsn(self, bsns: Sequence[str]) -> list[PersonMatch]:
        unique = list(dict.fromkeys(bsns))
        found: list[PersonMatch] = []
        for start in range(0, len(unique), MAX_BSNS_PER_REQUEST):
            found += await self.personen(bsn_query(unique[start : start + MAX_BSNS_PER_REQUEST]))
        return found

    async def personen(self, query: dict[str, Any]) -> list[PersonMatch]:
        body = await self._post(query)
        if not isinstance(body, dict) or body.get("type") != query["type"]:
            raise e.BrpUnavailable(e.INVALID_ANSWER)
        personen = body.get("personen") or []  # none found: empty or absent, never a 404
        if not isinstance(personen, list):
            raise e.BrpUnavailable(e.INVALID_ANSWER)
        return [match for p in personen if isinstance(p, dict) and (match := to_match(p))]

    async def _post(self, query: dict[str, Any]) -> Any:
        content = json.dumps(query, ensure_ascii=False).encode("utf-8")
        kind = str(query["type"])
        for attempt in (1, 2):
            headers = {"Content-Type": JSON_TYPE, "Accept": "application/json"}
            headers.update(await self._auth.headers())
            try:
                response = await self._http.post(self.url, content=content, headers=headers)
            except httpx.TimeoutException:
                log.warning("brp %s: time-out", kind)
                raise e.BrpUnavailable(e.TIMEOUT) from None
            except httpx.TransportError as exc:
                log.warning("brp %s: %s", kind, type(exc).__name__)
                raise e.BrpUnavailable(e.UNREACHABLE) from None
            except httpx.HTTPError as exc:
                log.warning("brp %s: %s", kind, type(exc).__name__)
                raise e.BrpUnavailable(e.INVALID_ANSWER) from None
            log.debug("brp %s -> %s", kind, response.status_code)
            if response.status_code == 401 and attempt == 1 and await self._auth.refresh():
                continue
            return self._answer(kind, response)
        raise AssertionError("unreachable")

    @staticmethod
    def _answer(kind: str, response: httpx.Response) -> Any:
        status = response.status_code
        try:
            body = response.json()
        except ValueError:
            body = None
        if status == 200:
            if body is None:
                raise e.BrpUnavailable(e.INVALID_ANSWER, status=status)
            return body
        code = str(body.get("code", "")) if isinstance(body, dict) else ""
        log.warning("brp %s: HTTP %s %s", kind, status, code)
        # Keyed on the status, not on `code`: the features and the OAS disagree on some codes.
        if status == 401:
            raise e.BrpAuthError(e.UNAUTHENTICATED, status=status, code=code)
        if status == 403:
            raise e.BrpAuthError(e.FORBIDDEN, status=status, code=code)
        if status == 400 and isinstance(body, dict):
            if code == "tooManyResults":
                raise e.BrpRejected(e.TOO_MANY, status=status, code=code)
            names = sorted(
                {
                    str(p.get("name", "")).split("[")[0]
                    for p in body.get("invalidParams") or ()
                    if isinstance(p, dict)
                }
                - {""}
            )
            raise e.BrpRejected(
                e.REJECTED.format(status=status, fields=", ".join(names) or "?"),
                status=status,
                code=code,
            )
        raise e.BrpUnavailable(e.SERVER_ERROR.format(status=status), status=status, code=code)


def to_match(persoon: dict[str, Any]) -> PersonMatch | None:
    bsn = persoon.get("burgerservicenummer")
    if not isinstance(bsn, str):
        return None
    naam = _object(persoon, "naam")
    datum = _object(_object(persoon, "geboorte"), "datum")
    adressering = persoon.get("adressering")
    lines: list[str] = []
    if isinstance(adressering, dict):
        for key in ("adresregel1", "adresregel2", "adresregel3"):
            value = adressering.get(key)
            if isinstance(value, str) and value.strip():
                lines.append(" ".join(value.split()))  # adresregel2 has two spaces inside
    opschorting = persoon.get("opschortingBijhouding")
    reden = opschorting.get("reden") if isinstance(opschorting, dict) else None
    return PersonMatch(
        bsn=bsn,
        naam=str(naam.get("volledigeNaam") or ""),
        geboortedatum=_date(datum),
        geboortedatum_tekst=str(datum.get("langFormaat") or ""),
        adres=", ".join(lines),
        geheimhouding=persoon.get("geheimhoudingPersoonsgegevens") is True,
        overleden=isinstance(reden, dict) and reden.get("code") == "O",
    )


def _object(parent: dict[str, Any], key: str) -> dict[str, Any]:
    value = parent.get(key)
    return value if isinstance(value, dict) else {}


def _date(datum: dict[str, Any]) -> date | None:
    if datum.get("type") != "Datum" or not isinstance(datum.get("datum"), str):
        return None  # JaarDatum, JaarMaandDatum, DatumOnbekend: langFormaat says it
    try:
        return date.fromisoformat(datum["datum"])
    except ValueError:
        return None
