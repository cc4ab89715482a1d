"""Zaken API sub-resources: statussen, substatussen, rollen, resultaten, zaakobjecten and
zaakinformatieobjecten (lists and details)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

from aiohttp import web

from kcc_desk.demo.context import SourceContext, ctx_of
from kcc_desk.demo.http_common import (
    BOOL_VALUES,
    PAGE_PARAMS,
    Json,
    Validator,
    any_value,
    bool_value,
    choice,
    detail_response,
    json_response,
    not_found,
    paginate,
    request_query,
    url_value,
    validate_query,
    validated_query,
)
from kcc_desk.demo.serialize import CATALOGI, ZAKEN
from kcc_desk.demo.zaken_query import (
    ROLLEN_FILTERS,
    ROLLEN_NOT_IN_1_0,
)

_ROL_BSN = "betrokkeneIdentificatie__natuurlijkPersoon__inpBsn"


# --- sub-resources ---------------------------------------------------------------------------


def _url_uuid(ctx: SourceContext, value: str, api: str, resource: str) -> str:
    """UUID of a filter URL of this source, or a value matching nothing."""
    return ctx.store.uuid_from_url(value, api, resource) or "-"


_STATUSSEN_LIST_QUERY: dict[str, Validator] = {
    "zaak": url_value,
    "statustype": url_value,
    "indicatieLaatstGezetteStatus": bool_value,
    **PAGE_PARAMS,
}


async def statussen_list(request: web.Request) -> web.Response:
    ctx = ctx_of(request)
    query = validated_query(request, _STATUSSEN_LIST_QUERY)
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


_SUBSTATUSSEN_LIST_QUERY: dict[str, Validator] = {
    "zaak": url_value,
    "status": url_value,
    "doelgroep": choice(("betrokkenen", "intern")),
    "tijdstip__gt": _datetime_value,
    "tijdstip__gte": _datetime_value,
    "tijdstip__lt": _datetime_value,
    "tijdstip__lte": _datetime_value,
    "page": any_value,
}


async def substatussen_list(request: web.Request) -> web.Response:
    ctx = ctx_of(request)
    if ctx.compat_1_0:
        raise not_found()
    query = validated_query(request, _SUBSTATUSSEN_LIST_QUERY)
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


async def rollen_list(request: web.Request) -> web.Response:
    ctx = ctx_of(request)
    store = ctx.store
    query = request_query(request)
    allowed: dict[str, Validator] = {
        n: v
        for n, (v, _) in ROLLEN_FILTERS.items()
        if not (ctx.compat_1_0 and n in ROLLEN_NOT_IN_1_0)
    }
    allowed.update({"zaak": url_value, "roltype": url_value, **PAGE_PARAMS})
    query = validate_query(query, allowed)
    if "zaak" in query:
        items = list(store.rollen_by_zaak.get(_url_uuid(ctx, query["zaak"], ZAKEN, "zaken"), []))
    elif _ROL_BSN in query:
        zaak_uuids = store.zaken_by_key["bsn"].get(query[_ROL_BSN], set())
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
    ctx = ctx_of(request)
    store = ctx.store
    query = validated_query(request, {"zaak": url_value, "resultaattype": url_value, **PAGE_PARAMS})
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
    ctx = ctx_of(request)
    store = ctx.store
    query = request_query(request)
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
    ctx = ctx_of(request)
    store = ctx.store
    query = validated_query(request, {"zaak": url_value, "informatieobject": url_value})
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


def detail_handler(kind: str, etag: bool = True) -> Callable[[web.Request], Any]:
    async def handler(request: web.Request) -> web.Response:
        ctx = ctx_of(request)
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
