"""The demo Klantinteracties API (aiohttp), behaving like Open Klant 2.18.0 (API 0.9.0).

Copied from recordings of the real server (``/work/shared/zgw-recorded/ok_*.json``):
``Authorization: Token <key>`` (401 ``not_authenticated`` without it or with a Bearer JWT, 401
``authentication_failed`` for a wrong key, ``WWW-Authenticate: Token``), unknown query parameters
→ 400 ``unknown-parameters``, a page out of range → 404, error bodies in the problem shape served as
``application/json``, no ETags, ``_expand`` on lists of klantcontacten/betrokkenen/partijen.
"""

from __future__ import annotations

import hmac
import json
import logging
import uuid as uuid_mod
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode, urlsplit

from aiohttp import web
from aiohttp.typedefs import Handler, Middleware

from kcc_desk.demo.faults import FaultState, make_fault_middleware
from kcc_desk.demo.klantinteracties.store import (
    RESOURCES,
    JsonDict,
    KlantinteractiesStore,
    Renderer,
    format_datetime,
    now_utc,
)
from kcc_desk.demo.klantinteracties.validation import (
    InvalidParam,
    parse_datetime,
    validate_body,
)

log = logging.getLogger(__name__)

API_PREFIX = "/klantinteracties/api/v1"
API_VERSION = "0.9.0"
DEFAULT_PAGE_SIZE = 100
MAX_PAGE_SIZE = 500

STORE_KEY = web.AppKey("ki_store", KlantinteractiesStore)
RENDERER_KEY = web.AppKey("ki_renderer", Renderer)
TOKEN_KEY = web.AppKey("ki_token", str)

Predicate = Callable[[KlantinteractiesStore, JsonDict, Any], bool]


@dataclass(frozen=True, slots=True)
class Filter:
    kind: str  # str | uuid | bool | datetime | choice
    match: Predicate
    choices: tuple[str, ...] = ()


# -- problem responses ---------------------------------------------------------------------
def _problem(  # noqa: PLR0917 - mirrors the problem body's fields one to one
    request: web.Request,
    status: int,
    name: str,
    code: str,
    title: str,
    detail: str = "",
    invalid_params: list[InvalidParam] | None = None,
    headers: dict[str, str] | None = None,
) -> web.Response:
    origin = f"{request.scheme}://{request.host}"
    body: JsonDict = {
        "type": f"{origin}/ref/fouten/{name}/",
        "code": code,
        "title": title,
        "status": status,
        "detail": detail or title,
        "instance": f"urn:uuid:{uuid_mod.uuid4()}",
    }
    if invalid_params is not None:
        body["invalidParams"] = invalid_params
    return _json(body, status, headers)


def _json(body: object, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
    all_headers = {"API-version": API_VERSION}
    all_headers.update(headers or {})
    return web.Response(
        status=status,
        text=json.dumps(body, ensure_ascii=False),
        content_type="application/json",
        headers=all_headers,
    )


def _validation_error(request: web.Request, params: list[InvalidParam]) -> web.Response:
    return _problem(
        request, 400, "ValidationError", "invalid", "Ongeldige invoerwaarde.", "", params
    )


def _not_found(request: web.Request, detail: str = "") -> web.Response:
    return _problem(request, 404, "NotFound", "not_found", "Niet gevonden.", detail)


# -- authentication --------------------------------------------------------------------------
def make_token_middleware(token: str) -> Middleware:
    @web.middleware
    async def token_auth(request: web.Request, handler: Handler) -> web.StreamResponse:
        header = request.headers.get("Authorization", "")
        parts = header.split()
        auth_headers = {"WWW-Authenticate": "Token"}
        if not parts or parts[0].lower() != "token":
            # DRF TokenAuthentication ignores other schemes: a ZGW Bearer JWT is "no token".
            return _problem(
                request,
                401,
                "NotAuthenticated",
                "not_authenticated",
                "Authenticatiegegevens zijn niet opgegeven.",
                headers=auth_headers,
            )
        if len(parts) != 2:
            detail = (
                "Ongeldige token header. Geen credentials gegeven."
                if len(parts) == 1
                else "Ongeldige token header. Token mag geen spaties bevatten."
            )
            return _problem(
                request,
                401,
                "AuthenticationFailed",
                "authentication_failed",
                "Ongeldige authenticatiegegevens.",
                detail,
                headers=auth_headers,
            )
        if not hmac.compare_digest(parts[1].encode(), token.encode()):
            return _problem(
                request,
                401,
                "AuthenticationFailed",
                "authentication_failed",
                "Ongeldige authenticatiegegevens.",
                "Ongeldige token.",
                headers=auth_headers,
            )
        response: web.StreamResponse = await handler(request)
        return response

    return token_auth


# -- filters ---------------------------------------------------------------------------------
def _eq(field: str) -> Predicate:
    return lambda _s, r, v: r.get(field) == v


def _nested_eq(group: str, field: str) -> Predicate:
    return lambda _s, r, v: (r.get(group) or {}).get(field) == v


def _partij_identificator_any(
    field: str,
) -> Callable[[KlantinteractiesStore, str | None, Any], bool]:
    def match(s: KlantinteractiesStore, partij: str | None, v: Any) -> bool:
        if not partij:
            return False
        return any(
            (i.get("partijIdentificator") or {}).get(field) == v
            for i in s.partij_identificatoren_of(partij)
        )

    return match


def _on_partij(
    inner: Callable[[KlantinteractiesStore, str | None, Any], bool],
    partij_of: Callable[[JsonDict], str | None],
) -> Predicate:
    return lambda s, r, v: inner(s, partij_of(r), v)


def _kc_betrokkene_partij_identificator(field: str) -> Predicate:
    inner = _partij_identificator_any(field)

    def match(s: KlantinteractiesStore, r: JsonDict, v: Any) -> bool:
        return any(
            inner(s, b.get("wasPartij"), v)
            for b in s.children("betrokkenen", "hadKlantcontact", r["uuid"])
        )

    return match


def _kc_onderwerpobject(fk: str, field: str) -> Predicate:
    def match(s: KlantinteractiesStore, r: JsonDict, v: Any) -> bool:
        return any(
            (o.get("onderwerpobjectidentificator") or {}).get(field) == v
            for o in s.children("onderwerpobjecten", fk, r["uuid"])
        )

    return match


def _kc_child_uuid(resource: str, fk: str) -> Predicate:
    return lambda s, r, v: any(c["uuid"] == v for c in s.children(resource, fk, r["uuid"]))


def _never(_s: KlantinteractiesStore, _r: JsonDict, _v: Any) -> bool:
    """Filters on data the demo never has (digitale adressen, categorieën, vertegenwoordiging):
    accepted like Open Klant accepts them, matching nothing."""
    return False


def _address_filters(prefix: str, group: str) -> dict[str, Filter]:
    fields = ("adresregel1", "adresregel2", "adresregel3", "land", "nummeraanduidingId")
    return {f"{prefix}{f[0].upper()}{f[1:]}": Filter("str", _nested_eq(group, f)) for f in fields}


def _sub_identificator(field: str) -> Predicate:
    def match(s: KlantinteractiesStore, r: JsonDict, v: Any) -> bool:
        for ident in s.partij_identificatoren_of(r["uuid"]):
            parent = s.get("partij-identificatoren", ident.get("subIdentificatorVan") or "")
            if parent is not None and (parent.get("partijIdentificator") or {}).get(field) == v:
                return True
        return False

    return match


def _with_url_variants(filters: dict[str, Filter]) -> dict[str, Filter]:
    """Every ``x__uuid`` filter also exists as ``x__url`` (the uuid is the URL's last part)."""
    result = dict(filters)
    for name, flt in filters.items():
        if name.endswith("__uuid"):
            base = name[: -len("__uuid")]
            result[base + "__url"] = Filter("url", flt.match)
    return result


def _identificator_filters(prefix: str, group: str, fields: Iterable[str]) -> dict[str, Filter]:
    return {
        f"{prefix}{field[0].upper()}{field[1:]}": Filter("str", _nested_eq(group, field))
        for field in fields
    }


_ID_FIELDS = ("objectId", "codeObjecttype", "codeRegister", "codeSoortObjectId")

KLANTCONTACT_FILTERS: dict[str, Filter] = _with_url_variants(
    {
        **{
            f"hadBetrokkene__wasPartij__partijIdentificator__{f}": Filter(
                "str", _kc_betrokkene_partij_identificator(f)
            )
            for f in _ID_FIELDS
        },
        "hadBetrokkene__uuid": Filter("uuid", _kc_child_uuid("betrokkenen", "hadKlantcontact")),
        "hadBetrokkene__wasPartij__uuid": Filter(
            "uuid",
            lambda s, r, v: any(
                b.get("wasPartij") == v
                for b in s.children("betrokkenen", "hadKlantcontact", r["uuid"])
            ),
        ),
        "hadBetrokkene__wasPartij": Filter(
            "bool",
            lambda s, r, v: (
                any(
                    bool(b.get("wasPartij"))
                    for b in s.children("betrokkenen", "hadKlantcontact", r["uuid"])
                )
                == v
            ),
        ),
        **{
            f"onderwerpobject__onderwerpobjectidentificator{f[0].upper()}{f[1:]}": Filter(
                "str", _kc_onderwerpobject("klantcontact", f)
            )
            for f in _ID_FIELDS
        },
        "onderwerpobject__uuid": Filter(
            "uuid", _kc_child_uuid("onderwerpobjecten", "klantcontact")
        ),
        **{
            f"wasOnderwerpobject__onderwerpobjectidentificator{f[0].upper()}{f[1:]}": Filter(
                "str", _kc_onderwerpobject("wasKlantcontact", f)
            )
            for f in _ID_FIELDS
        },
        "wasOnderwerpobject__uuid": Filter(
            "uuid", _kc_child_uuid("onderwerpobjecten", "wasKlantcontact")
        ),
        **{
            name: Filter("str", _eq(name))
            for name in ("kanaal", "onderwerp", "inhoud", "reactie", "nummer", "referentienummer")
        },
        "indicatieContactGelukt": Filter("bool", _eq("indicatieContactGelukt")),
        "vertrouwelijk": Filter("bool", _eq("vertrouwelijk")),
        "hadBetrokkene__digitaaladres__adres__icontains": Filter("str", _never),
        "leiddeTotInterneTaken": Filter(
            "bool",
            lambda s, r, v: (
                bool(s.children("internetaken", "aanleidinggevendKlantcontact", r["uuid"])) == v
            ),
        ),
        "plaatsgevondenOp": Filter(
            "datetime",
            lambda _s, r, v: parse_datetime(r["plaatsgevondenOp"]) == v,
        ),
    }
)

PARTIJ_FILTERS: dict[str, Filter] = _with_url_variants(
    {
        **{
            f"partijIdentificator__{f}": Filter(
                "str",
                _on_partij(_partij_identificator_any(f), lambda r: r["uuid"]),
            )
            for f in _ID_FIELDS
        },
        "soortPartij": Filter(
            "choice", _eq("soortPartij"), ("contactpersoon", "organisatie", "persoon")
        ),
        "indicatieActief": Filter("bool", _eq("indicatieActief")),
        "indicatieGeheimhouding": Filter("bool", _eq("indicatieGeheimhouding")),
        "nummer": Filter("str", _eq("nummer")),
        **_address_filters("bezoekadres", "bezoekadres"),
        **_address_filters("correspondentieadres", "correspondentieadres"),
        **{f"subIdentificatorVan__{f}": Filter("str", _sub_identificator(f)) for f in _ID_FIELDS},
        "categorierelatie__categorie__naam": Filter("str", _never),
        "vertegenwoordigdePartij__uuid": Filter("uuid", _never),
    }
)

PARTIJ_IDENTIFICATOR_FILTERS: dict[str, Filter] = {
    **_identificator_filters("partijIdentificator", "partijIdentificator", ("objectId",)),
    "partijIdentificatorCodeObjecttype": Filter(
        "choice",
        _nested_eq("partijIdentificator", "codeObjecttype"),
        ("natuurlijk_persoon", "niet_natuurlijk_persoon", "vestiging"),
    ),
    "partijIdentificatorCodeRegister": Filter(
        "choice", _nested_eq("partijIdentificator", "codeRegister"), ("brp", "hr")
    ),
    "partijIdentificatorCodeSoortObjectId": Filter(
        "choice",
        _nested_eq("partijIdentificator", "codeSoortObjectId"),
        ("bsn", "kvk_nummer", "rsin", "vestigingsnummer"),
    ),
    "anderePartijIdentificator": Filter("str", _eq("anderePartijIdentificator")),
}


def _betrokkene_kc_field(field: str) -> Predicate:
    def match(s: KlantinteractiesStore, r: JsonDict, v: Any) -> bool:
        kc = s.get("klantcontacten", r.get("hadKlantcontact") or "")
        return kc is not None and kc.get(field) == v

    return match


BETROKKENE_FILTERS: dict[str, Filter] = _with_url_variants(
    {
        "hadKlantcontact__uuid": Filter("uuid", _eq("hadKlantcontact")),
        "hadKlantcontact__nummer": Filter("str", _betrokkene_kc_field("nummer")),
        "hadKlantcontact__referentienummer": Filter(
            "str", _betrokkene_kc_field("referentienummer")
        ),
        "wasPartij__uuid": Filter("uuid", _eq("wasPartij")),
        **{
            f"wasPartij__partijIdentificator__{f}": Filter(
                "str",
                _on_partij(_partij_identificator_any(f), lambda r: r.get("wasPartij")),
            )
            for f in _ID_FIELDS
        },
        **{
            f"contactnaam{f[0].upper()}{f[1:]}": Filter("str", _nested_eq("contactnaam", f))
            for f in ("voorletters", "voornaam", "voorvoegselAchternaam", "achternaam")
        },
        "organisatienaam": Filter("str", _eq("organisatienaam")),
        "wasPartij__nummer": Filter(
            "str",
            lambda s, r, v: (s.get("partijen", r.get("wasPartij") or "") or {}).get("nummer") == v,
        ),
        "verstrektedigitaalAdres__adres": Filter("str", _never),
        "verstrektedigitaalAdres__uuid": Filter("uuid", _never),
    }
)

ONDERWERPOBJECT_FILTERS: dict[str, Filter] = _with_url_variants(
    {
        **_identificator_filters(
            "onderwerpobjectidentificator", "onderwerpobjectidentificator", _ID_FIELDS
        ),
        "klantcontact__uuid": Filter("uuid", _eq("klantcontact")),
        "wasKlantcontact__uuid": Filter("uuid", _eq("wasKlantcontact")),
    }
)

ACTOR_FILTERS: dict[str, Filter] = {
    **_identificator_filters("actoridentificator", "actoridentificator", _ID_FIELDS),
    "indicatieActief": Filter("bool", lambda _s, r, v: r.get("indicatieActief", True) == v),
    "naam": Filter("str", _eq("naam")),
    "soortActor": Filter(
        "choice",
        _eq("soortActor"),
        ("geautomatiseerde_actor", "medewerker", "organisatorische_eenheid"),
    ),
}

ACTORKLANTCONTACT_FILTERS: dict[str, Filter] = _with_url_variants(
    {
        "actor__uuid": Filter("uuid", _eq("actor")),
        "klantcontact__uuid": Filter("uuid", _eq("klantcontact")),
    }
)


def _task_kc_field(field: str) -> Predicate:
    def match(s: KlantinteractiesStore, r: JsonDict, v: Any) -> bool:
        kc = s.get("klantcontacten", r["aanleidinggevendKlantcontact"])
        return kc is not None and kc.get(field) == v

    return match


def _task_actor_name(s: KlantinteractiesStore, r: JsonDict, v: Any) -> bool:
    for actor_key in r.get("toegewezenAanActoren") or ():
        actor = s.get("actoren", actor_key)
        if actor is not None and actor.get("naam") == v:
            return True
    return False


INTERNETAAK_FILTERS: dict[str, Filter] = {
    # the spec has klantcontact__uuid but no klantcontact__url
    "klantcontact__uuid": Filter("uuid", _eq("aanleidinggevendKlantcontact")),
    **_with_url_variants(
        {
            "aanleidinggevendKlantcontact__uuid": Filter(
                "uuid", _eq("aanleidinggevendKlantcontact")
            ),
            "klantcontact__nummer": Filter("str", _task_kc_field("nummer")),
            "klantcontact__referentienummer": Filter("str", _task_kc_field("referentienummer")),
            "actoren__naam": Filter("str", _task_actor_name),
            "nummer": Filter("str", _eq("nummer")),
            "referentienummer": Filter("str", _eq("referentienummer")),
            "status": Filter("choice", _eq("status"), ("te_verwerken", "verwerkt")),
            "toegewezenAanActor__uuid": Filter(
                "uuid", lambda _s, r, v: v in (r.get("toegewezenAanActoren") or ())
            ),
            "toegewezenOp": Filter(
                "datetime", lambda _s, r, v: parse_datetime(r["toegewezenOp"]) == v
            ),
        }
    ),
}

FILTERS: dict[str, dict[str, Filter]] = {
    "partijen": PARTIJ_FILTERS,
    "partij-identificatoren": PARTIJ_IDENTIFICATOR_FILTERS,
    "klantcontacten": KLANTCONTACT_FILTERS,
    "betrokkenen": BETROKKENE_FILTERS,
    "onderwerpobjecten": ONDERWERPOBJECT_FILTERS,
    "actoren": ACTOR_FILTERS,
    "actorklantcontacten": ACTORKLANTCONTACT_FILTERS,
    "internetaken": INTERNETAAK_FILTERS,
}

EXPAND_CHOICES: dict[str, tuple[str, ...]] = {
    "klantcontacten": (
        "gingOverOnderwerpobjecten",
        "hadBetrokkenen",
        "hadBetrokkenen.digitaleAdressen",
        "hadBetrokkenen.wasPartij",
        "leiddeTotInterneTaken",
        "omvatteBijlagen",
    ),
    "partijen": (
        "betrokkenen",
        "betrokkenen.hadKlantcontact",
        "categorieRelaties",
        "digitaleAdressen",
    ),
    "betrokkenen": ("digitaleAdressen",),
}

# Newest first where a list is a history; creation order elsewhere.
ORDERING: dict[str, str] = {"klantcontacten": "plaatsgevondenOp", "internetaken": "toegewezenOp"}


def _parse_filter_value(flt: Filter, raw: str) -> tuple[bool, Any, str, str]:
    """(ok, value, code, reason) as django-filter would judge the raw query value."""
    if flt.kind == "str":
        return True, raw, "", ""
    if flt.kind == "bool":
        lowered = raw.lower()
        if lowered in ("true", "1"):
            return True, True, "", ""
        if lowered in ("false", "0"):
            return True, False, "", ""
        return False, None, "invalid", "Selecteer een geldige keuze."
    if flt.kind in ("uuid", "url"):
        text = raw.rstrip("/").rsplit("/", 1)[-1] if flt.kind == "url" else raw
        try:
            return True, str(uuid_mod.UUID(text)), "", ""
        except ValueError:
            if flt.kind == "url":
                return False, None, "invalid", "Voer een geldige URL in."
            return False, None, "invalid", "Voer een geldige UUID in."
    if flt.kind == "datetime":
        parsed = parse_datetime(raw)
        if parsed is None:
            return False, None, "invalid", "Voer een geldige datum/tijd in."
        return True, parsed, "", ""
    if flt.kind == "choice":
        if raw not in flt.choices:
            return (
                False,
                None,
                "invalid_choice",
                f"Selecteer een geldige keuze. {raw} is geen beschikbare keuze.",
            )
        return True, raw, "", ""
    raise AssertionError(flt.kind)


# -- the application -------------------------------------------------------------------------
class KlantinteractiesApi:
    def __init__(self, store: KlantinteractiesStore, base_url: str) -> None:
        self.store = store
        self.base_url = base_url.rstrip("/") + "/"
        self.renderer = Renderer(store, self.base_url)

    # helpers
    def _expand_of(
        self, request: web.Request, resource: str
    ) -> tuple[set[str] | None, web.Response | None]:
        raw = request.query.getall("expand", [])
        if not raw:
            return None, None
        wanted = {p.strip() for value in raw for p in value.split(",") if p.strip()}
        for item in sorted(wanted):
            if item not in EXPAND_CHOICES.get(resource, ()):
                return None, _validation_error(
                    request,
                    [
                        {
                            "name": "expand",
                            "code": "invalid_choice",
                            "reason": f"Selecteer een geldige keuze. {item} is geen beschikbare "
                            "keuze.",
                        }
                    ],
                )
        return wanted, None

    def _render_expanded(self, resource: str, record: JsonDict, expand: set[str]) -> JsonDict:
        r = self.renderer
        body = r.render(resource, record)
        extra: JsonDict = {}
        key = record["uuid"]
        s = self.store
        if resource == "klantcontacten":
            if "gingOverOnderwerpobjecten" in expand:
                extra["gingOverOnderwerpobjecten"] = [
                    r.render("onderwerpobjecten", o)
                    for o in s.children("onderwerpobjecten", "klantcontact", key)
                ]
            if "omvatteBijlagen" in expand:
                extra["omvatteBijlagen"] = []
            if "hadBetrokkenen" in expand:
                betrokkenen = []
                for b in s.children("betrokkenen", "hadKlantcontact", key):
                    rendered = r.render("betrokkenen", b)
                    nested: JsonDict = {}
                    if "hadBetrokkenen.wasPartij" in expand and b.get("wasPartij"):
                        partij = s.get("partijen", b["wasPartij"])
                        if partij is not None:
                            nested["wasPartij"] = r.render("partijen", partij)
                    if "hadBetrokkenen.digitaleAdressen" in expand:
                        nested["digitaleAdressen"] = []
                    if nested:
                        rendered["_expand"] = nested
                    betrokkenen.append(rendered)
                extra["hadBetrokkenen"] = betrokkenen
            if "leiddeTotInterneTaken" in expand:
                extra["leiddeTotInterneTaken"] = [
                    r.render("internetaken", t)
                    for t in s.children("internetaken", "aanleidinggevendKlantcontact", key)
                ]
        elif resource == "partijen":
            if "betrokkenen" in expand:
                extra["betrokkenen"] = []
                for b in s.children("betrokkenen", "wasPartij", key):
                    rendered = r.render("betrokkenen", b)
                    if "betrokkenen.hadKlantcontact" in expand:
                        kc = s.get("klantcontacten", b["hadKlantcontact"])
                        if kc is not None:
                            rendered["_expand"] = {
                                "hadKlantcontact": r.render("klantcontacten", kc)
                            }
                    extra["betrokkenen"].append(rendered)
            for name in ("categorieRelaties", "digitaleAdressen"):
                if name in expand:
                    extra[name] = []
        elif resource == "betrokkenen" and "digitaleAdressen" in expand:
            extra["digitaleAdressen"] = []
        body["_expand"] = extra
        return body

    # handlers
    async def list(self, request: web.Request) -> web.Response:
        resource = request.match_info["resource"]
        filters = FILTERS[resource]
        allowed = set(filters) | {"page", "pageSize"}
        if resource in EXPAND_CHOICES:
            allowed.add("expand")
        unknown = sorted(set(request.query) - allowed)
        if unknown:
            return _validation_error(
                request,
                [
                    {
                        "name": "nonFieldErrors",
                        "code": "unknown-parameters",
                        "reason": "Onbekende query parameters: " + ", ".join(unknown),
                    }
                ],
            )
        active: list[tuple[Filter, Any]] = []
        errors: list[InvalidParam] = []
        for name in request.query:
            if name in ("page", "pageSize", "expand"):
                continue
            flt = filters[name]
            ok, value, code, reason = _parse_filter_value(flt, request.query[name])
            if ok:
                active.append((flt, value))
            else:
                errors.append({"name": name, "code": code, "reason": reason})
        if errors:
            return _validation_error(request, errors)
        expand, error = self._expand_of(request, resource)
        if error is not None:
            return error

        records = [
            r for r in self.store.all(resource) if all(f.match(self.store, r, v) for f, v in active)
        ]
        order_field = ORDERING.get(resource)
        if order_field:
            records.sort(key=lambda r: str(r.get(order_field) or ""), reverse=True)

        page_size = DEFAULT_PAGE_SIZE
        raw_size = request.query.get("pageSize")
        if raw_size is not None and raw_size.isdigit() and int(raw_size) > 0:
            page_size = min(int(raw_size), MAX_PAGE_SIZE)
        raw_page = request.query.get("page", "1")
        page = int(raw_page) if raw_page.isdigit() else 0
        pages = max(1, -(-len(records) // page_size))
        if page < 1 or page > pages:
            return _not_found(request, "Ongeldige pagina.")
        chunk = records[(page - 1) * page_size : page * page_size]
        if resource in EXPAND_CHOICES:
            results = [self._render_expanded(resource, r, expand or set()) for r in chunk]
        else:
            results = [self.renderer.render(resource, r) for r in chunk]
        return _json(
            {
                "count": len(records),
                "next": self._page_url(request, resource, page + 1) if page < pages else None,
                "previous": self._page_url(request, resource, page - 1) if page > 1 else None,
                "results": results,
            }
        )

    def _page_url(self, request: web.Request, resource: str, page: int) -> str:
        query = [(k, v) for k, v in request.query.items() if k != "page"]
        if page > 1:
            query.append(("page", str(page)))
        suffix = "?" + urlencode(query) if query else ""
        return f"{self.base_url}{resource}{suffix}"

    async def detail(self, request: web.Request) -> web.Response:
        resource = request.match_info["resource"]
        record = self.store.get(resource, request.match_info["uuid"])
        if record is None:
            return _not_found(request)
        expand, error = self._expand_of(request, resource)
        if error is not None:
            return error
        if expand is not None and resource in EXPAND_CHOICES:
            return _json(self._render_expanded(resource, record, expand))
        return _json(self.renderer.render(resource, record))

    async def _body(self, request: web.Request) -> tuple[object, web.Response | None]:
        try:
            return await request.json(), None
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            return None, _problem(
                request, 400, "ParseError", "parse_error", f"JSON parse error - {exc}"
            )

    def _created(self, resource: str, key: str) -> web.Response:
        record = self.store.get(resource, key)
        assert record is not None
        return _json(
            self.renderer.render(resource, record),
            201,
            {"Location": self.renderer.url(resource, key)},
        )

    async def create(self, request: web.Request) -> web.Response:
        resource = request.match_info["resource"]
        body, error = await self._body(request)
        if error is not None:
            return error
        clean, errors = validate_body(self.store, resource, body)
        if errors:
            return _validation_error(request, errors)
        self._defaults(resource, clean)
        key = self.store.add(resource, clean)
        log.debug("demo klantinteracties: %s aangemaakt", resource)
        return self._created(resource, key)

    def _defaults(self, resource: str, clean: JsonDict) -> None:
        if resource == "klantcontacten":
            when = clean.get("plaatsgevondenOp")
            parsed = parse_datetime(when) if isinstance(when, str) else None
            clean["plaatsgevondenOp"] = format_datetime(parsed or now_utc())
        elif resource == "internetaken":
            clean["toegewezenOp"] = format_datetime(now_utc())
            self._task_closing(clean)

    def _task_closing(self, clean: JsonDict) -> None:
        when = clean.get("afgehandeldOp")
        if isinstance(when, str):
            parsed = parse_datetime(when)
            clean["afgehandeldOp"] = format_datetime(parsed) if parsed else None
        if clean.get("status") == "verwerkt" and not clean.get("afgehandeldOp"):
            clean["afgehandeldOp"] = format_datetime(now_utc())
        elif clean.get("status") == "te_verwerken":
            clean["afgehandeldOp"] = None

    async def patch(self, request: web.Request) -> web.Response:
        resource = request.match_info["resource"]
        key = request.match_info["uuid"]
        record = self.store.get(resource, key)
        if record is None:
            return _not_found(request)
        if resource != "internetaken":
            return _problem(
                request,
                405,
                "MethodNotAllowed",
                "method_not_allowed",
                'Methode "PATCH" niet toegestaan.',
            )
        body, error = await self._body(request)
        if error is not None:
            return error
        clean, errors = validate_body(self.store, resource, body, partial=True, instance=key)
        if (
            not errors
            and clean.get("afgehandeldOp")
            and "status" not in clean
            and record["status"] != "verwerkt"
        ):
            errors.append(
                {
                    "name": "afgehandeldOp",
                    "code": "invalid",
                    "reason": "De Internetaak kan geen afgehandeld op datum bevatten als de "
                    "status niet op 'verwerkt' staat.",
                }
            )
        if errors:
            return _validation_error(request, errors)
        merged = {**record, **clean}
        self._task_closing(merged)
        changes = {k: merged[k] for k in (*clean, "afgehandeldOp")}
        changes.pop("aanleidinggevendKlantcontact", None)  # not re-indexed; Open Klant allows it
        self.store.update(resource, key, changes)
        return _json(self.renderer.render(resource, self.store.get(resource, key) or {}))

    async def maak_klantcontact(self, request: web.Request) -> web.Response:
        body, error = await self._body(request)
        if error is not None:
            return error
        if not isinstance(body, dict):
            return _validation_error(
                request,
                [{"name": "nonFieldErrors", "code": "invalid", "reason": "Ongeldige data."}],
            )
        errors: list[InvalidParam] = []
        if "klantcontact" not in body:
            errors.append(
                {"name": "klantcontact", "code": "required", "reason": "Dit veld is vereist."}
            )
        kc, kc_errors = validate_body(
            self.store, "klantcontacten", body.get("klantcontact", {}), prefix="klantcontact."
        )
        errors += kc_errors if "klantcontact" in body else []
        betrokkene: JsonDict | None = None
        if body.get("betrokkene") is not None:
            betrokkene, b_errors = validate_body(
                self.store,
                "betrokkenen",
                body["betrokkene"],
                prefix="betrokkene.",
                skip=("hadKlantcontact",),
            )
            errors += b_errors
        onderwerp: JsonDict | None = None
        if body.get("onderwerpobject") is not None:
            onderwerp, o_errors = validate_body(
                self.store,
                "onderwerpobjecten",
                body["onderwerpobject"],
                prefix="onderwerpobject.",
                skip=("klantcontact",),
            )
            errors += o_errors
        if errors:
            return _validation_error(request, errors)
        # All three or nothing: validation is complete before the first write.
        self._defaults("klantcontacten", kc)
        kc_key = self.store.add("klantcontacten", kc)
        result: JsonDict = {
            "klantcontact": self.renderer.render(
                "klantcontacten", self.store.get("klantcontacten", kc_key) or {}
            )
        }
        if betrokkene is not None:
            betrokkene["hadKlantcontact"] = kc_key
            b_key = self.store.add("betrokkenen", betrokkene)
            result["betrokkene"] = self.renderer.render(
                "betrokkenen", self.store.get("betrokkenen", b_key) or {}
            )
        if onderwerp is not None:
            onderwerp["klantcontact"] = kc_key
            o_key = self.store.add("onderwerpobjecten", onderwerp)
            result["onderwerpobject"] = self.renderer.render(
                "onderwerpobjecten", self.store.get("onderwerpobjecten", o_key) or {}
            )
        # The klantcontact's reverse relations now include the new children.
        result["klantcontact"] = self.renderer.render(
            "klantcontacten", self.store.get("klantcontacten", kc_key) or {}
        )
        return _json(result, 201)

    async def root(self, request: web.Request) -> web.Response:
        del request
        return _json({name: f"{self.base_url}{name}" for name in RESOURCES})


def _resource_guard(handler: Callable[[web.Request], Any]) -> Callable[[web.Request], Any]:
    async def guarded(request: web.Request) -> web.StreamResponse:
        if request.match_info["resource"] not in FILTERS:
            return _not_found(request)
        response: web.StreamResponse = await handler(request)
        return response

    return guarded


def create_klantinteracties_app(
    store: KlantinteractiesStore, token: str, fault_state: FaultState, base_url: str
) -> web.Application:
    """The demo Klantinteracties API under ``/klantinteracties/api/v1/``.

    ``base_url`` is the absolute API root clients use (e.g.
    ``http://127.0.0.1:41236/klantinteracties/api/v1/``); URLs in bodies are built from it.
    """
    path = urlsplit(base_url).path.rstrip("/")
    prefix = path or API_PREFIX
    api = KlantinteractiesApi(store, base_url)
    # Faults first: a refused/500 source answers so before it would check the token.
    fault_mw: Middleware = make_fault_middleware(fault_state)  # type: ignore[assignment]
    app = web.Application(middlewares=[fault_mw, make_token_middleware(token)])
    app[STORE_KEY] = store
    app[RENDERER_KEY] = api.renderer
    app[TOKEN_KEY] = token
    resource = "{resource:[a-z-]+}"
    uuid_part = "{uuid}"
    app.router.add_get(prefix + "/", api.root)
    app.router.add_post(prefix + "/maak-klantcontact", api.maak_klantcontact)
    app.router.add_get(f"{prefix}/{resource}", _resource_guard(api.list))
    app.router.add_post(f"{prefix}/{resource}", _resource_guard(api.create))
    app.router.add_get(f"{prefix}/{resource}/{uuid_part}", _resource_guard(api.detail))
    app.router.add_patch(f"{prefix}/{resource}/{uuid_part}", _resource_guard(api.patch))
    return app
