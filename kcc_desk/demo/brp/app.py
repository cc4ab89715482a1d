"""The demo BRP: ``POST /haalcentraal/api/brp/personen`` as BRP Personen 2.7.0 and its feature
files describe it (see brp-specs/CLIENT-NOTES.md):

- 401 ``authentication`` without the right ``X-API-KEY``; 415 on a Content-Type other than JSON
  in UTF-8 (an empty one means JSON); 406 on an Accept that excludes JSON;
- 400 ``paramsValidation`` with ``invalidParams`` (``validation``); more than 10 found is a 400
  ``tooManyResults``;
- searches answer ``PersoonBeperkt`` (no verblijfplaats), raadplegen ``Persoon``; only the asked
  ``fields`` plus the automatic ones; none found is 200 with an empty list, never a 404;
- errors as ``application/problem+json`` (``Foutbericht``).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from datetime import date
from typing import Any

from aiohttp import web

from kcc_desk.demo.brp.records import BrpRecord, make_record, matches, select
from kcc_desk.demo.brp.validation import validate
from kcc_desk.demo.data.model import Person
from kcc_desk.demo.faults import Fault, FaultState, make_fault_middleware

log = logging.getLogger(__name__)

BRP_PATH = "/haalcentraal/api/brp"
MAX_RESULTS = 10  # the RvIG implementation's limit (dev/maximaal-aantal-zoekresultaten-gba)
PROBLEM_TYPE = "application/problem+json"
_TYPES = {
    400: "https://datatracker.ietf.org/doc/html/rfc7231#section-6.5.1",
    401: "https://datatracker.ietf.org/doc/html/rfc7235#section-3.1",
    403: "https://datatracker.ietf.org/doc/html/rfc7231#section-6.5.3",
    406: "https://datatracker.ietf.org/doc/html/rfc7231#section-6.5.6",
    415: "https://datatracker.ietf.org/doc/html/rfc7231#section-6.5.13",
    500: "https://datatracker.ietf.org/doc/html/rfc7231#section-6.6.1",
}


def problem(  # noqa: PLR0917 - the Foutbericht's fields, in the spec's order
    request: web.Request,
    status: int,
    code: str,
    title: str,
    detail: str = "",
    invalid_params: list[dict[str, str]] | None = None,
) -> web.Response:
    body: dict[str, Any] = {
        "type": _TYPES.get(status, _TYPES[500]),
        "title": title,
        "status": status,
        "instance": request.path,
        "code": code,
    }
    if detail:
        body["detail"] = detail
    if invalid_params is not None:
        body["invalidParams"] = [{"type": _TYPES[400], **p} for p in invalid_params]
    return web.Response(
        status=status,
        body=json.dumps(body, ensure_ascii=False).encode("utf-8"),
        headers={"Content-Type": f"{PROBLEM_TYPE}; charset=utf-8"},
    )


class BrpApi:
    def __init__(self, records: Iterable[BrpRecord], api_key: str) -> None:
        self.records = list(records)
        self.by_bsn = {r.person.bsn: r for r in self.records}
        self.api_key = api_key
        self.bodies: list[Any] = []  # every parsed body, for tests (strict bodies, no extras)

    async def personen(self, request: web.Request) -> web.Response:
        if request.headers.get("X-API-KEY") != self.api_key:
            return problem(request, 401, "authentication", "Niet correct geauthenticeerd.")
        media = request.headers.get("Content-Type", "")
        if media and not _is_json_utf8(media):
            return problem(
                request,
                415,
                "unsupportedMediaType",
                "Media Type wordt niet ondersteund.",
            )
        accept = request.headers.get("Accept", "")
        if accept and not any(
            a.split(";")[0].strip() in ("*/*", "application/*", "application/json")
            for a in accept.split(",")
        ):
            return problem(
                request,
                406,
                "notAcceptable",
                "Gevraagde contenttype wordt niet ondersteund.",
            )
        try:
            body = json.loads(await request.read() or b"{}")
        except (json.JSONDecodeError, UnicodeDecodeError):
            return problem(request, 400, "badRequest", "Ongeldige JSON in de aanvraag.")
        self.bodies.append(body)
        errors = validate(body)
        if errors:
            names = ", ".join(dict.fromkeys(e["name"] for e in errors))
            return problem(
                request,
                400,
                "paramsValidation",
                "Een of meerdere parameters zijn niet correct.",
                f"De foutieve parameter(s) zijn: {names}.",
                errors,
            )
        found = self._find(body)
        if body["type"] != "RaadpleegMetBurgerservicenummer" and len(found) > MAX_RESULTS:
            return problem(
                request,
                400,
                "tooManyResults",
                "Teveel zoekresultaten.",
                "Meer dan maximum van 10 zoekresultaten gevonden. Verfijn de zoekopdracht.",
            )
        personen = [select(r.document, list(body["fields"])) for r in found]
        return web.Response(
            body=json.dumps({"type": body["type"], "personen": personen}).encode("utf-8"),
            headers={"Content-Type": "application/json; charset=utf-8"},
        )

    def _find(self, body: dict[str, Any]) -> list[BrpRecord]:
        if body["type"] == "RaadpleegMetBurgerservicenummer":
            gemeente = body.get("gemeenteVanInschrijving")
            found = [
                self.by_bsn[b]
                for b in dict.fromkeys(body["burgerservicenummer"])
                if b in self.by_bsn
            ]
            return [r for r in found if gemeente is None or r.gemeente == gemeente]
        criteria = {k: v for k, v in body.items() if k not in ("type", "fields")}
        return [r for r in self.records if matches(r, criteria)]


def _is_json_utf8(media: str) -> bool:
    parts = [p.strip().lower() for p in media.split(";")]
    if parts[0] != "application/json":
        return False
    charsets = [p.split("=", 1)[1].strip('"') for p in parts[1:] if p.startswith("charset=")]
    return all(c in ("utf-8", "utf8") for c in charsets)


def brp_fault_answer(request: web.Request, fault: Fault) -> web.StreamResponse:
    """The faults that answer, in the BRP's own error shape (``make_fault_middleware``)."""
    if fault is Fault.HTTP_500:
        return problem(request, 500, "serverError", "Interne serverfout.")
    if fault is Fault.FORBIDDEN_403:
        return problem(
            request, 403, "autorisation", "U bent niet geautoriseerd voor deze operatie."
        )
    if fault is Fault.UNAUTHORIZED_401:
        return problem(request, 401, "authentication", "Niet correct geauthenticeerd.")
    if fault is Fault.HTML_ERROR:
        return web.Response(status=502, text="<html>502</html>", content_type="text/html")
    return web.Response(status=200, text='{"type": "', content_type="application/json")


BRP_API_KEY = web.AppKey("brp_api", BrpApi)


def create_brp_app(
    persons: Iterable[Person], api_key: str, fault_state: FaultState, today: date
) -> web.Application:
    api = BrpApi((make_record(p, today) for p in persons), api_key)
    app = web.Application(middlewares=[make_fault_middleware(fault_state, brp_fault_answer)])
    app[BRP_API_KEY] = api
    app.router.add_post(f"{BRP_PATH}/personen", api.personen)
    return app
