"""Zaken API 1.5.1 as Open Zaak 1.30 serves it (read side), plus a 1.0 compatibility mode."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime
from typing import Any

from aiohttp import web

from kcc_desk.demo.context import CTX, SourceContext
from kcc_desk.demo.data.model import RolRec, ZaakRec
from kcc_desk.demo.http_common import (
    BOOL_VALUES,
    PAGE_PARAMS,
    ApiError,
    Json,
    Validator,
    any_value,
    bool_value,
    choice,
    date_value,
    detail_response,
    json_response,
    max_length,
    multi_choice,
    not_found,
    paginate,
    url_value,
    validate_query,
    validation_error,
)
from kcc_desk.demo.serialize import CATALOGI, ZAKEN

CONFIDENTIALITY = (
    "openbaar",
    "beperkt_openbaar",
    "intern",
    "zaakvertrouwelijk",
    "vertrouwelijk",
    "confidentieel",
    "geheim",
    "zeer_geheim",
)
BETROKKENE_TYPES = (
    "natuurlijk_persoon",
    "niet_natuurlijk_persoon",
    "vestiging",
    "organisatorische_eenheid",
    "medewerker",
)
ROL_GENERIEK = (
    "adviseur",
    "behandelaar",
    "belanghebbende",
    "beslisser",
    "initiator",
    "klantcontacter",
    "zaakcoordinator",
    "mede_initiator",
)
_NESTED_EXPAND = (
    "resultaat",
    "resultaat.resultaattype",
    "rollen",
    "rollen.roltype",
    "status",
    "status.statustype",
    "zaakinformatieobjecten",
    "zaakobjecten",
    "zaaktype",
)
# The enum of Open Zaak 1.30 (zaken-api-1.5.1-openzaak-1.30.0.yaml › /zaken GET › expand).
EXPAND_CHOICES: tuple[str, ...] = tuple(
    sorted(
        [
            "deelzaken",
            "eigenschappen",
            "eigenschappen.eigenschap",
            "hoofdzaak",
            *_NESTED_EXPAND,
            *(f"deelzaken.{x}" for x in _NESTED_EXPAND),
            *(f"hoofdzaak.{x}" for x in _NESTED_EXPAND),
        ]
    )
)
ORDERING_FIELDS = (
    "archiefactiedatum",
    "einddatum",
    "identificatie",
    "publicatiedatum",
    "registratiedatum",
    "startdatum",
)
ORDERING_CHOICES = tuple(sorted([*ORDERING_FIELDS, *(f"-{f}" for f in ORDERING_FIELDS)]))

ZaakPredicate = Callable[[ZaakRec, str, SourceContext], bool]


def _rol_matches(attr: str) -> ZaakPredicate:
    def check(zaak: ZaakRec, value: str, ctx: SourceContext) -> bool:
        return any(getattr(r, attr) == value for r in ctx.store.rollen_by_zaak[zaak.uuid])

    return check


def _rol_ident(key: str, betrokkene_type: str) -> ZaakPredicate:
    def check(zaak: ZaakRec, value: str, ctx: SourceContext) -> bool:
        return any(
            r.betrokkene_type == betrokkene_type and r.identificatie.get(key) == value
            for r in ctx.store.rollen_by_zaak[zaak.uuid]
        )

    return check


def _date_cmp(attr: str, op: str) -> ZaakPredicate:
    def check(zaak: ZaakRec, value: str, ctx: SourceContext) -> bool:
        del ctx
        current: date | None = getattr(zaak, attr)
        if current is None:
            return False
        wanted = date.fromisoformat(value)
        if op == "eq":
            return current == wanted
        if op == "gt":
            return current > wanted
        if op == "gte":
            return current >= wanted
        if op == "lt":
            return current < wanted
        return current <= wanted

    return check


def _never(zaak: ZaakRec, value: str, ctx: SourceContext) -> bool:
    # Demo cases have no archiefnominatie, kenmerken, machtigingen or vestiging roles.
    del zaak, value, ctx
    return False


def _archief_isnull(zaak: ZaakRec, value: str, ctx: SourceContext) -> bool:
    del zaak, ctx
    return BOOL_VALUES[value]


def _einddatum_isnull(zaak: ZaakRec, value: str, ctx: SourceContext) -> bool:
    del ctx
    return (zaak.einddatum is None) == BOOL_VALUES[value]


def _max_vertrouwelijkheid(zaak: ZaakRec, value: str, ctx: SourceContext) -> bool:
    del ctx
    return CONFIDENTIALITY.index(zaak.vertrouwelijkheid) <= CONFIDENTIALITY.index(value)


def _zaaktype(zaak: ZaakRec, value: str, ctx: SourceContext) -> bool:
    return ctx.store.zaaktype_by_url.get(value) == zaak.zaaktype_uuid


def _zaaktype_omschrijving(zaak: ZaakRec, value: str, ctx: SourceContext) -> bool:
    return ctx.store.data.zaaktypen[zaak.zaaktype_uuid].omschrijving == value


def _status_statustype(zaak: ZaakRec, value: str, ctx: SourceContext) -> bool:
    status = zaak.status_uuid
    if status is None:
        return False
    st = ctx.store.data.statussen[status].statustype_uuid
    return ctx.store.urls.catalogi("statustypen", st) == value


def _resultaat_resultaattype(zaak: ZaakRec, value: str, ctx: SourceContext) -> bool:
    if zaak.resultaat_uuid is None:
        return False
    rt = ctx.store.data.resultaten[zaak.resultaat_uuid].resultaattype_uuid
    return ctx.store.urls.catalogi("resultaattypen", rt) == value


def _archiefstatus(zaak: ZaakRec, value: str, ctx: SourceContext) -> bool:
    del zaak, ctx
    return value == "nog_te_archiveren"


def _archiefstatus_in(zaak: ZaakRec, value: str, ctx: SourceContext) -> bool:
    del zaak, ctx
    return "nog_te_archiveren" in value.split(",")


def _rol_betrokkene(zaak: ZaakRec, value: str, ctx: SourceContext) -> bool:
    del zaak, value, ctx
    return False  # demo roles carry betrokkeneIdentificatie, never a betrokkene URL


_NP = "rol__betrokkeneIdentificatie__natuurlijkPersoon__"
_NNP = "rol__betrokkeneIdentificatie__nietNatuurlijkPersoon__"

# name -> (validator, predicate); the keys are exactly the OZ 1.30 /zaken GET parameters.
ZAKEN_FILTERS: dict[str, tuple[Validator, ZaakPredicate]] = {
    "archiefactiedatum": (date_value, _never),
    "archiefactiedatum__gt": (date_value, _never),
    "archiefactiedatum__isnull": (bool_value, _archief_isnull),
    "archiefactiedatum__lt": (date_value, _never),
    "archiefnominatie": (choice(("blijvend_bewaren", "vernietigen")), _never),
    "archiefnominatie__in": (any_value, _never),
    "archiefstatus": (
        choice(
            (
                "nog_te_archiveren",
                "gearchiveerd",
                "gearchiveerd_procestermijn_onbekend",
                "overgedragen",
            )
        ),
        _archiefstatus,
    ),
    "archiefstatus__in": (any_value, _archiefstatus_in),
    "bronorganisatie": (max_length(9), lambda z, v, c: z.bronorganisatie == v),
    "bronorganisatie__in": (any_value, lambda z, v, c: z.bronorganisatie in v.split(",")),
    "einddatum": (date_value, _date_cmp("einddatum", "eq")),
    "einddatumGepland": (date_value, _date_cmp("einddatum_gepland", "eq")),
    "einddatumGepland__gt": (date_value, _date_cmp("einddatum_gepland", "gt")),
    "einddatumGepland__lt": (date_value, _date_cmp("einddatum_gepland", "lt")),
    "einddatum__gt": (date_value, _date_cmp("einddatum", "gt")),
    "einddatum__isnull": (bool_value, _einddatum_isnull),
    "einddatum__lt": (date_value, _date_cmp("einddatum", "lt")),
    "identificatie": (max_length(40), lambda z, v, c: z.identificatie == v),
    "identificatie__icontains": (any_value, lambda z, v, c: v.lower() in z.identificatie.lower()),
    "kenmerk": (any_value, _never),
    "kenmerk__bron": (any_value, _never),
    "maximaleVertrouwelijkheidaanduiding": (choice(CONFIDENTIALITY), _max_vertrouwelijkheid),
    "omschrijving": (any_value, lambda z, v, c: z.omschrijving == v),
    "registratiedatum": (date_value, _date_cmp("registratiedatum", "eq")),
    "registratiedatum__gt": (date_value, _date_cmp("registratiedatum", "gt")),
    "registratiedatum__lt": (date_value, _date_cmp("registratiedatum", "lt")),
    "resultaat__resultaattype": (url_value, _resultaat_resultaattype),
    "rol__betrokkene": (url_value, _rol_betrokkene),
    "rol__betrokkeneIdentificatie__medewerker__identificatie": (
        max_length(128),
        _rol_matches("medewerker_id"),
    ),
    f"{_NP}anpIdentificatie": (
        max_length(17),
        _rol_ident("anpIdentificatie", "natuurlijk_persoon"),
    ),
    f"{_NP}inpA_nummer": (max_length(10), _rol_ident("inpA_nummer", "natuurlijk_persoon")),
    f"{_NP}inpBsn": (max_length(9), _rol_matches("bsn")),
    f"{_NNP}annIdentificatie": (
        max_length(17),
        _rol_ident("annIdentificatie", "niet_natuurlijk_persoon"),
    ),
    f"{_NNP}innNnpId": (max_length(9), _rol_matches("inn_nnp_id")),
    f"{_NNP}kvkNummer": (max_length(8), _rol_matches("kvk")),
    f"{_NNP}vestigingsNummer": (max_length(24), _rol_matches("vestigingsnummer")),
    "rol__betrokkeneIdentificatie__organisatorischeEenheid__identificatie": (
        max_length(24),
        _never,
    ),
    "rol__betrokkeneIdentificatie__vestiging__kvkNummer": (max_length(8), _never),
    "rol__betrokkeneIdentificatie__vestiging__vestigingsNummer": (max_length(24), _never),
    "rol__betrokkeneType": (
        choice(BETROKKENE_TYPES),
        lambda z, v, c: any(r.betrokkene_type == v for r in c.store.rollen_by_zaak[z.uuid]),
    ),
    "rol__machtiging": (choice(("eigen", "gemachtigde", "machtiginggever")), _never),
    "rol__machtiging__loa": (any_value, _never),
    "rol__omschrijvingGeneriek": (
        choice(ROL_GENERIEK),
        lambda z, v, c: any(r.omschrijving_generiek == v for r in c.store.rollen_by_zaak[z.uuid]),
    ),
    "startdatum": (date_value, _date_cmp("startdatum", "eq")),
    "startdatum__gt": (date_value, _date_cmp("startdatum", "gt")),
    "startdatum__gte": (date_value, _date_cmp("startdatum", "gte")),
    "startdatum__lt": (date_value, _date_cmp("startdatum", "lt")),
    "startdatum__lte": (date_value, _date_cmp("startdatum", "lte")),
    "status__statustype": (url_value, _status_statustype),
    "uiterlijkeEinddatumAfdoening": (date_value, _date_cmp("uiterlijke_einddatum_afdoening", "eq")),
    "uiterlijkeEinddatumAfdoening__gt": (
        date_value,
        _date_cmp("uiterlijke_einddatum_afdoening", "gt"),
    ),
    "uiterlijkeEinddatumAfdoening__lt": (
        date_value,
        _date_cmp("uiterlijke_einddatum_afdoening", "lt"),
    ),
    "zaaktype": (url_value, _zaaktype),
    "zaaktype__omschrijving": (any_value, _zaaktype_omschrijving),
}
# Filters Zaken API 1.0.0 knows on /zaken (zaken-api-1.0.0.yaml): no rol__ filters, no expand.
ZAKEN_FILTERS_1_0 = (
    "identificatie",
    "bronorganisatie",
    "zaaktype",
    "archiefnominatie",
    "archiefnominatie__in",
    "archiefactiedatum",
    "archiefactiedatum__lt",
    "archiefactiedatum__gt",
    "archiefstatus",
    "archiefstatus__in",
    "startdatum",
    "startdatum__gt",
    "startdatum__gte",
    "startdatum__lt",
    "startdatum__lte",
)
# Index shortcuts: these filters can start from the role index instead of a full scan.
_INDEXED = {
    f"{_NP}inpBsn": "bsn",
    f"{_NNP}innNnpId": "inn_nnp_id",
    f"{_NNP}kvkNummer": "kvk",
    f"{_NNP}vestigingsNummer": "vestigingsnummer",
}


def _ctx(request: web.Request) -> SourceContext:
    return request.app[CTX]


def check_accept_crs(request: web.Request) -> None:
    value = request.headers.get("Accept-Crs")
    if value is None:
        raise ApiError(
            412,
            "precondition_failed",
            "Voorwaarde is niet vervuld",
            "'Accept-Crs' header ontbreekt",
        )
    if value.strip() != "EPSG:4326":
        raise ApiError(
            406,
            "not_acceptable",
            "Kan niet voldoen aan de opgegeven Accept header.",
            f"CRS '{value}' is niet ondersteund",
        )


def check_content_crs(request: web.Request) -> None:
    value = request.headers.get("Content-Crs")
    if value is None:
        raise ApiError(
            412,
            "precondition_failed",
            "Voorwaarde is niet vervuld",
            "'Content-Crs' header ontbreekt",
        )
    if value.strip() != "EPSG:4326":
        raise ApiError(
            412,
            "precondition_failed",
            "Voorwaarde is niet vervuld",
            f"CRS '{value}' is niet ondersteund",
        )


def zaken_allowed(ctx: SourceContext) -> dict[str, Validator]:
    if ctx.compat_1_0:
        allowed = {name: ZAKEN_FILTERS[name][0] for name in ZAKEN_FILTERS_1_0}
        allowed["ordering"] = multi_choice(ORDERING_CHOICES)
        return {**allowed, **PAGE_PARAMS}
    allowed = {name: validator for name, (validator, _) in ZAKEN_FILTERS.items()}
    allowed["ordering"] = multi_choice(ORDERING_CHOICES)
    allowed["expand"] = multi_choice(EXPAND_CHOICES)
    return {**allowed, **PAGE_PARAMS}


def filter_zaken(ctx: SourceContext, filters: Mapping[str, str]) -> list[ZaakRec]:
    store = ctx.store
    candidates: Iterable[ZaakRec] | None = None
    for name, key in _INDEXED.items():
        if name in filters:
            uuids = store.zaken_by_key[key].get(filters[name], set())
            candidates = [store.data.zaken[u] for u in uuids]
            break
    if candidates is None and "identificatie" in filters:
        candidates = list(store.zaken_by_identificatie.get(filters["identificatie"], []))
    if candidates is None:
        candidates = store.data.zaken.values()
    predicates = [(ZAKEN_FILTERS[n][1], v) for n, v in filters.items() if n in ZAKEN_FILTERS]
    return [z for z in candidates if all(p(z, v, ctx) for p, v in predicates)]


def order_zaken(zaken: list[ZaakRec], ordering: str | None) -> list[ZaakRec]:
    # Default: newest first, identificatie as a tie-breaker so pages are stable.
    result = sorted(zaken, key=lambda z: z.identificatie, reverse=True)
    result.sort(key=lambda z: z.startdatum, reverse=True)
    if not ordering:
        return result
    for term in reversed([t.strip() for t in ordering.split(",") if t.strip()]):
        field = term.lstrip("-")
        reverse = term.startswith("-")
        attr = {
            "startdatum": "startdatum",
            "einddatum": "einddatum",
            "registratiedatum": "registratiedatum",
            "identificatie": "identificatie",
        }.get(field)
        if attr is None:
            continue  # publicatiedatum/archiefactiedatum are null on every demo case

        def sort_key(z: ZaakRec, attr: str = attr) -> tuple[bool, Any]:
            value = getattr(z, attr)
            return (value is not None, value if value is not None else "")

        result.sort(key=sort_key, reverse=reverse)
    return result


# --- expand ----------------------------------------------------------------------------------


def expand_zaak(ctx: SourceContext, zaak: ZaakRec, wanted: set[str]) -> Json:
    """``_expand`` as Open Zaak 1.30: a dotted path only when its parent is asked too; null or
    empty relations are left out."""
    store = ctx.store
    out: Json = {}
    if "zaaktype" in wanted:
        out["zaaktype"] = store.zaaktype(zaak.zaaktype_uuid)
    if "rollen" in wanted and zaak.rol_uuids:
        rollen = []
        for rol_uuid in zaak.rol_uuids:
            body = dict(store.rol(rol_uuid))
            if "rollen.roltype" in wanted:
                rol: RolRec = store.data.rollen[rol_uuid]
                body["_expand"] = {"roltype": store.roltype(rol.roltype_uuid)}
            rollen.append(body)
        out["rollen"] = rollen
    if "status" in wanted and zaak.status_uuid:
        body = dict(store.status(zaak.status_uuid))
        if "status.statustype" in wanted:
            st = store.data.statussen[zaak.status_uuid].statustype_uuid
            body["_expand"] = {"statustype": store.statustype(st)}
        out["status"] = body
    if "resultaat" in wanted and zaak.resultaat_uuid:
        body = dict(store.resultaat(zaak.resultaat_uuid))
        if "resultaat.resultaattype" in wanted:
            rt = store.data.resultaten[zaak.resultaat_uuid].resultaattype_uuid
            body["_expand"] = {"resultaattype": store.resultaattype(rt)}
        out["resultaat"] = body
    if "zaakinformatieobjecten" in wanted and zaak.zio_uuids:
        out["zaakinformatieobjecten"] = [store.zio(u) for u in zaak.zio_uuids]
    if "zaakobjecten" in wanted and zaak.zaakobject_uuids:
        out["zaakobjecten"] = [store.zaakobject(u) for u in zaak.zaakobject_uuids]
    # hoofdzaak, deelzaken, eigenschappen: no demo case has them, so they are always left out.
    return out


def _parse_expand(value: str | None) -> set[str]:
    return {v.strip() for v in value.split(",") if v.strip()} if value else set()


def _zaak_list_item(ctx: SourceContext, zaak: ZaakRec, wanted: set[str]) -> Json:
    body = dict(ctx.store.zaak(zaak.uuid))
    if not ctx.compat_1_0:
        body["_expand"] = expand_zaak(ctx, zaak, wanted) if wanted else {}
    return body


# --- handlers --------------------------------------------------------------------------------


async def root(request: web.Request) -> web.Response:
    ctx = _ctx(request)
    base = f"{ctx.base}{ZAKEN}"
    names = ["zaken", "statussen", "zaakobjecten", "rollen", "resultaten", "zaakinformatieobjecten"]
    if not ctx.compat_1_0:
        names.insert(2, "substatussen")
    return json_response({name: f"{base}/{name}" for name in names})


async def zaken_list(request: web.Request) -> web.Response:
    ctx = _ctx(request)
    check_accept_crs(request)
    query = {k: request.query[k] for k in request.query}
    query = validate_query(query, zaken_allowed(ctx))
    zaken = order_zaken(filter_zaken(ctx, query), query.get("ordering"))
    wanted = _parse_expand(query.get("expand"))
    body = paginate(
        request, ctx.base, zaken, lambda z: _zaak_list_item(ctx, z, wanted), ctx.page_size
    )
    return json_response(body)


async def zaken_zoek(request: web.Request) -> web.Response:
    ctx = _ctx(request)
    check_accept_crs(request)
    check_content_crs(request)
    query = {k: request.query[k] for k in request.query}
    allowed_query: dict[str, Validator] = dict(PAGE_PARAMS)
    if not ctx.compat_1_0:
        allowed_query["expand"] = multi_choice(EXPAND_CHOICES)
    query = validate_query(query, allowed_query)
    try:
        payload = json.loads(await request.read() or b"{}")
    except ValueError:
        raise ApiError(
            400, "parse_error", "Malformed request.", "JSON parse error - Expecting value"
        ) from None
    if not isinstance(payload, dict):
        raise validation_error(
            "nonFieldErrors", "invalid", "Ongeldige data. Verwacht een dictionary, kreeg een list."
        )
    if ctx.compat_1_0:
        # Zaken API 1.0 only searches on zaakgeometrie, which is required.
        if "zaakgeometrie" not in payload:
            raise validation_error("zaakgeometrie", "required", "Dit veld is vereist.")
        filters: dict[str, str] = {}
        wanted: set[str] = set()
    else:
        filters, wanted = _zoek_filters(payload)
        wanted |= _parse_expand(query.get("expand"))
    zaken = filter_zaken(ctx, filters)
    extra = _zoek_in_filters(ctx, payload, zaken)
    ordering = payload.get("ordering")
    ordering_text = ",".join(ordering) if isinstance(ordering, list) else None
    zaken = order_zaken(extra, ordering_text)
    body = paginate(
        request, ctx.base, zaken, lambda z: _zaak_list_item(ctx, z, wanted), ctx.page_size
    )
    return json_response(body)


def _zoek_filters(payload: Mapping[str, Any]) -> tuple[dict[str, str], set[str]]:
    """Validate a ZaakZoek body; simple filters become query-like strings."""
    filters: dict[str, str] = {}
    errors: list[dict[str, str]] = []
    for name, value in payload.items():
        if name in ZAKEN_FILTERS:
            if isinstance(value, bool):
                text = "true" if value else "false"
            elif isinstance(value, list):
                text = ",".join(str(v) for v in value)
            else:
                text = str(value)
            problem = ZAKEN_FILTERS[name][0](text)
            if problem:
                errors.append({"name": name, "code": problem[0], "reason": problem[1]})
            else:
                filters[name] = text
    wanted: set[str] = set()
    expand = payload.get("expand")
    if expand is not None:
        items = expand if isinstance(expand, list) else str(expand).split(",")
        for item in items:
            if str(item).strip() not in EXPAND_CHOICES:
                errors.append(
                    {
                        "name": "expand",
                        "code": "invalid_choice",
                        "reason": f"Selecteer een geldige keuze. {item} is geen beschikbare keuze.",
                    }
                )
            else:
                wanted.add(str(item).strip())
    ordering = payload.get("ordering")
    if ordering is not None:
        items = ordering if isinstance(ordering, list) else [ordering]
        for item in items:
            if item not in ORDERING_CHOICES:
                errors.append(
                    {
                        "name": "ordering",
                        "code": "invalid_choice",
                        "reason": f"Selecteer een geldige keuze. {item} is geen beschikbare keuze.",
                    }
                )
    for name in ("uuid__in", "zaaktype__in", "zaaktype__not_in", "bronorganisatie__in"):
        if name in payload and not isinstance(payload[name], list):
            errors.append(
                {
                    "name": name,
                    "code": "not_a_list",
                    "reason": "Verwachtte een lijst met items, kreeg een str.",
                }
            )
    if errors:
        raise ApiError(400, "invalid", "Ongeldige invoer.", invalid_params=errors)
    return filters, wanted


def _zoek_in_filters(
    ctx: SourceContext, payload: Mapping[str, Any], zaken: list[ZaakRec]
) -> list[ZaakRec]:
    """The list-valued filters only ``_zoek`` has (uuid__in, zaaktype__in, zaaktype__not_in)."""
    result = zaken
    if isinstance(payload.get("uuid__in"), list):
        wanted = {str(u) for u in payload["uuid__in"]}
        result = [z for z in result if z.uuid in wanted]
    if isinstance(payload.get("zaaktype__in"), list):
        types = {ctx.store.zaaktype_by_url.get(str(u)) for u in payload["zaaktype__in"]}
        result = [z for z in result if z.zaaktype_uuid in types]
    if isinstance(payload.get("zaaktype__not_in"), list):
        types = {ctx.store.zaaktype_by_url.get(str(u)) for u in payload["zaaktype__not_in"]}
        result = [z for z in result if z.zaaktype_uuid not in types]
    return result


async def zaak_detail(request: web.Request) -> web.Response:
    ctx = _ctx(request)
    check_accept_crs(request)
    # Detail views do not reject unknown parameters (only list filters do); a 1.0 server
    # simply ignores expand.
    query = {k: request.query[k] for k in request.query}
    if "expand" in query and not ctx.compat_1_0:
        validate_query({"expand": query["expand"]}, {"expand": multi_choice(EXPAND_CHOICES)})
    zaak = ctx.store.data.zaken.get(request.match_info["uuid"])
    if zaak is None:
        raise not_found()
    body = dict(ctx.store.zaak(zaak.uuid))
    if not ctx.compat_1_0:
        wanted = _parse_expand(query.get("expand"))
        if not wanted:
            body["_expand"] = {}
        else:
            expanded = expand_zaak(ctx, zaak, wanted)
            if expanded:  # OZ drops the key when nothing could be expanded (recordings)
                body["_expand"] = expanded
    return detail_response(request, body)


# --- sub-resources ---------------------------------------------------------------------------


def _url_uuid(ctx: SourceContext, value: str, api: str, resource: str) -> str:
    """UUID of a filter URL of this source, or a value matching nothing."""
    return ctx.store.uuid_from_url(value, api, resource) or "-"


async def statussen_list(request: web.Request) -> web.Response:
    ctx = _ctx(request)
    query = {k: request.query[k] for k in request.query}
    query = validate_query(
        query,
        {
            "zaak": url_value,
            "statustype": url_value,
            "indicatieLaatstGezetteStatus": bool_value,
            **PAGE_PARAMS,
        },
    )
    store = ctx.store
    if "zaak" in query:
        items = list(store.statussen_by_zaak.get(_url_uuid(ctx, query["zaak"], ZAKEN, "zaken"), []))
    else:
        items = sorted(
            store.data.statussen.values(), key=lambda s: s.datum_status_gezet, reverse=True
        )
    if "statustype" in query:
        st = _url_uuid(ctx, query["statustype"], CATALOGI, "statustypen")
        items = [s for s in items if s.statustype_uuid == st]
    if "indicatieLaatstGezetteStatus" in query:
        flag = BOOL_VALUES[query["indicatieLaatstGezetteStatus"]]
        items = [s for s in items if s.is_last == flag]
    return json_response(
        paginate(request, ctx.base, items, lambda s: store.status(s.uuid), ctx.page_size)
    )


def _datetime_filter(op: str) -> Callable[[datetime, datetime], bool]:
    return {
        "gt": lambda a, b: a > b,
        "gte": lambda a, b: a >= b,
        "lt": lambda a, b: a < b,
        "lte": lambda a, b: a <= b,
    }[op]


def _datetime_value(value: str) -> tuple[str, str] | None:
    try:
        datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return ("invalid", "Voer een geldige datum/tijd in.")
    return None


async def substatussen_list(request: web.Request) -> web.Response:
    ctx = _ctx(request)
    if ctx.compat_1_0:
        raise not_found()
    query = {k: request.query[k] for k in request.query}
    query = validate_query(
        query,
        {
            "zaak": url_value,
            "status": url_value,
            "doelgroep": choice(("betrokkenen", "intern")),
            "tijdstip__gt": _datetime_value,
            "tijdstip__gte": _datetime_value,
            "tijdstip__lt": _datetime_value,
            "tijdstip__lte": _datetime_value,
            "page": any_value,
        },
    )
    store = ctx.store
    if "zaak" in query:
        items = list(
            store.substatussen_by_zaak.get(_url_uuid(ctx, query["zaak"], ZAKEN, "zaken"), [])
        )
    else:
        items = sorted(store.data.substatussen.values(), key=lambda s: s.tijdstip)
    if "status" in query:
        status = _url_uuid(ctx, query["status"], ZAKEN, "statussen")
        items = [s for s in items if s.status_uuid == status]
    if "doelgroep" in query:
        items = [s for s in items if s.doelgroep == query["doelgroep"]]
    for op in ("gt", "gte", "lt", "lte"):
        raw = query.get(f"tijdstip__{op}")
        if raw:
            bound = datetime.fromisoformat(raw.replace("Z", "+00:00"))
            if bound.tzinfo is None:
                bound = bound.replace(tzinfo=items[0].tijdstip.tzinfo) if items else bound
            cmp = _datetime_filter(op)
            items = [s for s in items if cmp(s.tijdstip, bound)]
    return json_response(
        paginate(
            request,
            ctx.base,
            items,
            lambda s: store.substatus(s.uuid),
            ctx.page_size,
            allow_page_size=False,
        )
    )


_ROL_NP = "betrokkeneIdentificatie__natuurlijkPersoon__"
_ROL_NNP = "betrokkeneIdentificatie__nietNatuurlijkPersoon__"
ROLLEN_FILTERS: dict[str, tuple[Validator, Callable[[RolRec, str], bool]]] = {
    "betrokkene": (url_value, lambda r, v: False),
    "betrokkeneIdentificatie__medewerker__identificatie": (
        max_length(128),
        lambda r, v: r.medewerker_id == v,
    ),
    f"{_ROL_NP}anpIdentificatie": (max_length(17), lambda r, v: False),
    f"{_ROL_NP}inpA_nummer": (max_length(10), lambda r, v: False),
    f"{_ROL_NP}inpBsn": (max_length(9), lambda r, v: r.bsn == v),
    f"{_ROL_NNP}annIdentificatie": (max_length(17), lambda r, v: False),
    f"{_ROL_NNP}innNnpId": (max_length(9), lambda r, v: r.inn_nnp_id == v),
    f"{_ROL_NNP}kvkNummer": (max_length(8), lambda r, v: r.kvk == v),
    f"{_ROL_NNP}vestigingsNummer": (max_length(24), lambda r, v: r.vestigingsnummer == v),
    "betrokkeneIdentificatie__organisatorischeEenheid__identificatie": (
        max_length(24),
        lambda r, v: False,
    ),
    "betrokkeneIdentificatie__vestiging__kvkNummer": (max_length(8), lambda r, v: False),
    "betrokkeneIdentificatie__vestiging__vestigingsNummer": (max_length(24), lambda r, v: False),
    "betrokkeneType": (choice(BETROKKENE_TYPES), lambda r, v: r.betrokkene_type == v),
    "machtiging": (choice(("eigen", "gemachtigde", "machtiginggever")), lambda r, v: False),
    "machtiging__loa": (any_value, lambda r, v: False),
    "omschrijving": (max_length(20), lambda r, v: r.omschrijving == v),
    "omschrijvingGeneriek": (choice(ROL_GENERIEK), lambda r, v: r.omschrijving_generiek == v),
}
# OZ-only experimental filters that a 1.0 server does not know.
_ROLLEN_NOT_IN_1_0 = {
    f"{_ROL_NNP}kvkNummer",
    f"{_ROL_NNP}vestigingsNummer",
    "betrokkeneIdentificatie__vestiging__kvkNummer",
    "machtiging",
    "machtiging__loa",
}


async def rollen_list(request: web.Request) -> web.Response:
    ctx = _ctx(request)
    store = ctx.store
    query = {k: request.query[k] for k in request.query}
    allowed: dict[str, Validator] = {
        n: v
        for n, (v, _) in ROLLEN_FILTERS.items()
        if not (ctx.compat_1_0 and n in _ROLLEN_NOT_IN_1_0)
    }
    allowed.update({"zaak": url_value, "roltype": url_value, **PAGE_PARAMS})
    query = validate_query(query, allowed)
    if "zaak" in query:
        items = list(store.rollen_by_zaak.get(_url_uuid(ctx, query["zaak"], ZAKEN, "zaken"), []))
    elif f"{_ROL_NP}inpBsn" in query:
        zaak_uuids = store.zaken_by_key["bsn"].get(query[f"{_ROL_NP}inpBsn"], set())
        items = [r for z in sorted(zaak_uuids) for r in store.rollen_by_zaak[z]]
    else:
        items = list(store.data.rollen.values())
    if "roltype" in query:
        rt = _url_uuid(ctx, query["roltype"], CATALOGI, "roltypen")
        items = [r for r in items if r.roltype_uuid == rt]
    for name, value in query.items():
        if name in ROLLEN_FILTERS:
            predicate = ROLLEN_FILTERS[name][1]
            items = [r for r in items if predicate(r, value)]
    items.sort(key=lambda r: r.registratiedatum, reverse=True)
    return json_response(
        paginate(request, ctx.base, items, lambda r: store.rol(r.uuid), ctx.page_size)
    )


async def resultaten_list(request: web.Request) -> web.Response:
    ctx = _ctx(request)
    store = ctx.store
    query = {k: request.query[k] for k in request.query}
    query = validate_query(query, {"zaak": url_value, "resultaattype": url_value, **PAGE_PARAMS})
    items = list(store.data.resultaten.values())
    if "zaak" in query:
        zaak = _url_uuid(ctx, query["zaak"], ZAKEN, "zaken")
        items = [r for r in items if r.zaak_uuid == zaak]
    if "resultaattype" in query:
        rt = _url_uuid(ctx, query["resultaattype"], CATALOGI, "resultaattypen")
        items = [r for r in items if r.resultaattype_uuid == rt]
    return json_response(
        paginate(request, ctx.base, items, lambda r: store.resultaat(r.uuid), ctx.page_size)
    )


async def zaakobjecten_list(request: web.Request) -> web.Response:
    ctx = _ctx(request)
    store = ctx.store
    query = {k: request.query[k] for k in request.query}
    query = validate_query(
        query, {"zaak": url_value, "object": url_value, "objectType": any_value, **PAGE_PARAMS}
    )
    if "zaak" in query:
        zaak = store.data.zaken.get(_url_uuid(ctx, query["zaak"], ZAKEN, "zaken"))
        uuids = zaak.zaakobject_uuids if zaak else []
        items = [store.data.zaakobjecten[u] for u in uuids]
    else:
        items = list(store.data.zaakobjecten.values())
    if "object" in query:
        items = []  # demo zaakobjecten carry objectIdentificatie, no object URL
    if "objectType" in query:
        items = [o for o in items if query["objectType"] == "adres"]
    return json_response(
        paginate(request, ctx.base, items, lambda o: store.zaakobject(o.uuid), ctx.page_size)
    )


async def zios_list(request: web.Request) -> web.Response:
    """Not paginated: Open Zaak answers a plain JSON array here."""
    ctx = _ctx(request)
    store = ctx.store
    query = {k: request.query[k] for k in request.query}
    query = validate_query(query, {"zaak": url_value, "informatieobject": url_value})
    if "zaak" in query:
        zaak = store.data.zaken.get(_url_uuid(ctx, query["zaak"], ZAKEN, "zaken"))
        items = [store.data.zios[u] for u in (zaak.zio_uuids if zaak else [])]
    else:
        items = list(store.data.zios.values())
    if "informatieobject" in query:
        doc = store.uuid_from_url(
            query["informatieobject"], "/documenten/api/v1", "enkelvoudiginformatieobjecten"
        )
        items = [z for z in items if z.document_uuid == doc]
    return json_response([store.zio(z.uuid) for z in items])


def _detail(kind: str, etag: bool = True) -> Callable[[web.Request], Any]:
    async def handler(request: web.Request) -> web.Response:
        ctx = _ctx(request)
        store = ctx.store
        uuid = request.match_info["uuid"]
        tables: dict[str, Mapping[str, object]] = {
            "status": store.data.statussen,
            "substatus": store.data.substatussen,
            "rol": store.data.rollen,
            "resultaat": store.data.resultaten,
            "zaakobject": store.data.zaakobjecten,
            "zio": store.data.zios,
        }
        records = tables[kind]
        if uuid not in records or (kind == "substatus" and ctx.compat_1_0):
            raise not_found()
        body: Json = getattr(store, kind)(uuid)
        if etag:
            return detail_response(request, body)
        return json_response(body)

    return handler


def add_routes(app: web.Application) -> None:
    r = app.router
    r.add_get(f"{ZAKEN}/", root)
    r.add_get(f"{ZAKEN}/zaken", zaken_list)
    r.add_post(f"{ZAKEN}/zaken/_zoek", zaken_zoek)
    r.add_get(f"{ZAKEN}/zaken/{{uuid}}", zaak_detail)
    r.add_get(f"{ZAKEN}/statussen", statussen_list)
    r.add_get(f"{ZAKEN}/statussen/{{uuid}}", _detail("status"))
    r.add_get(f"{ZAKEN}/substatussen", substatussen_list)
    r.add_get(f"{ZAKEN}/substatussen/{{uuid}}", _detail("substatus", etag=False))
    r.add_get(f"{ZAKEN}/rollen", rollen_list)
    r.add_get(f"{ZAKEN}/rollen/{{uuid}}", _detail("rol"))
    r.add_get(f"{ZAKEN}/resultaten", resultaten_list)
    r.add_get(f"{ZAKEN}/resultaten/{{uuid}}", _detail("resultaat"))
    r.add_get(f"{ZAKEN}/zaakobjecten", zaakobjecten_list)
    # Open Zaak gives no ETag on zaakobjecten (CLIENT-NOTES § Conditional requests).
    r.add_get(f"{ZAKEN}/zaakobjecten/{{uuid}}", _detail("zaakobject", etag=False))
    r.add_get(f"{ZAKEN}/zaakinformatieobjecten", zios_list)
    r.add_get(f"{ZAKEN}/zaakinformatieobjecten/{{uuid}}", _detail("zio"))
