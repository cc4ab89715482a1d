"""Catalogi API 1.3.1 (read side): catalogussen, zaaktypen, statustypen, resultaattypen,
roltypen, informatieobjecttypen. Every detail has an ETag (safe to revalidate)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from aiohttp import web

from kcc_desk.demo.context import SourceContext, ctx_of
from kcc_desk.demo.http_common import (
    PAGE_PARAMS,
    Json,
    Validator,
    any_value,
    api_root,
    choice,
    date_value,
    detail_response,
    json_response,
    not_found,
    paginate,
    url_value,
    validated_query,
)
from kcc_desk.demo.serialize import CATALOGI
from kcc_desk.demo.zaken_query import ROL_GENERIEK

_STATUS = choice(("alles", "concept", "definitief"))
_GENERIEK_ROL = choice(ROL_GENERIEK)


def _zaaktype_uuid(ctx: SourceContext, url: str) -> str:
    return ctx.store.uuid_from_url(url, CATALOGI, "zaaktypen") or "-"


async def root(request: web.Request) -> web.Response:
    names = (
        "catalogussen",
        "zaaktypen",
        "statustypen",
        "resultaattypen",
        "roltypen",
        "informatieobjecttypen",
    )
    return api_root(ctx_of(request).base, CATALOGI, names)


_CATALOGUSSEN_QUERY: dict[str, Validator] = {
    "domein": any_value,
    "domein__in": any_value,
    "rsin": any_value,
    "rsin__in": any_value,
    **PAGE_PARAMS,
}


async def catalogussen(request: web.Request) -> web.Response:
    ctx = ctx_of(request)
    query = validated_query(request, _CATALOGUSSEN_QUERY)
    cat = ctx.store.data.catalogus
    items = [cat]
    if "domein" in query and query["domein"] != cat.domein:
        items = []
    if "rsin" in query and query["rsin"] != cat.rsin:
        items = []
    return json_response(
        paginate(request, ctx.base, items, lambda c: ctx.store.catalogus(), ctx.page_size)
    )


_ZAAKTYPEN_QUERY: dict[str, Validator] = {
    "catalogus": url_value,
    "datumGeldigheid": date_value,
    "identificatie": any_value,
    "identificatie__icontains": any_value,
    "omschrijving__icontains": any_value,
    "status": _STATUS,
    "trefwoorden": any_value,
    **PAGE_PARAMS,
}


async def zaaktypen(request: web.Request) -> web.Response:
    ctx = ctx_of(request)
    store = ctx.store
    query = validated_query(request, _ZAAKTYPEN_QUERY)
    items = list(store.data.zaaktypen.values())
    if (
        "catalogus" in query
        and store.uuid_from_url(query["catalogus"], CATALOGI, "catalogussen")
        != store.data.catalogus.uuid
    ):
        items = []
    if "identificatie" in query:
        items = [z for z in items if z.identificatie == query["identificatie"]]
    if "identificatie__icontains" in query:
        needle = query["identificatie__icontains"].lower()
        items = [z for z in items if needle in z.identificatie.lower()]
    if "omschrijving__icontains" in query:
        needle = query["omschrijving__icontains"].lower()
        items = [z for z in items if needle in z.omschrijving.lower()]
    if query.get("status") == "concept" or "trefwoorden" in query:
        items = []  # every demo zaaktype is published and has no trefwoorden
    return json_response(
        paginate(request, ctx.base, items, lambda z: store.zaaktype(z.uuid), ctx.page_size)
    )


def _typed_list(
    records: Callable[[SourceContext], list[Any]],
    serialize: Callable[[SourceContext, str], Json],
    extra: Mapping[str, Validator] | None = None,
    extra_filter: Callable[[Any, Mapping[str, str]], bool] | None = None,
) -> Callable[[web.Request], Any]:
    """statustypen/resultaattypen/roltypen: filter on zaaktype (URL) and identificatie."""
    allowed: dict[str, Validator] = {
        "datumGeldigheid": date_value,
        "status": _STATUS,
        "zaaktype": url_value,
        "zaaktypeIdentificatie": any_value,
        **(extra or {}),
        **PAGE_PARAMS,
    }

    async def handler(request: web.Request) -> web.Response:
        ctx = ctx_of(request)
        query = validated_query(request, allowed)
        items = records(ctx)
        if "zaaktype" in query:
            zt = _zaaktype_uuid(ctx, query["zaaktype"])
            items = [x for x in items if x.zaaktype_uuid == zt]
        if "zaaktypeIdentificatie" in query:
            items = [x for x in items if x.zaaktype_identificatie == query["zaaktypeIdentificatie"]]
        if query.get("status") == "concept":
            items = []
        if extra_filter is not None:
            items = [x for x in items if extra_filter(x, query)]
        return json_response(
            paginate(request, ctx.base, items, lambda x: serialize(ctx, x.uuid), ctx.page_size)
        )

    return handler


def _statustypen(ctx: SourceContext) -> list[Any]:
    # Open Zaak lists statustypen of a zaaktype highest volgnummer first (recording).
    return sorted(
        ctx.store.data.statustypen.values(), key=lambda s: (s.zaaktype_uuid, -s.volgnummer)
    )


def _roltype_filter(rt: Any, query: Mapping[str, str]) -> bool:
    if "omschrijving" in query and rt.omschrijving != query["omschrijving"]:
        return False
    return not (
        "omschrijvingGeneriek" in query
        and rt.omschrijving_generiek != query["omschrijvingGeneriek"]
    )


_INFORMATIEOBJECTTYPEN_QUERY: dict[str, Validator] = {
    "catalogus": url_value,
    "datumGeldigheid": date_value,
    "omschrijving": any_value,
    "omschrijving__icontains": any_value,
    "status": _STATUS,
    # No "zaaktype": Catalogi 1.3 has no such filter here, and Open Zaak 1.30 answers an unknown
    # parameter with 400 (recorded), so the demo does too.
    **PAGE_PARAMS,
}


async def informatieobjecttypen(request: web.Request) -> web.Response:
    ctx = ctx_of(request)
    store = ctx.store
    query = validated_query(request, _INFORMATIEOBJECTTYPEN_QUERY)
    items = list(store.data.informatieobjecttypen.values())
    if "omschrijving" in query:
        items = [i for i in items if i.omschrijving == query["omschrijving"]]
    if "omschrijving__icontains" in query:
        items = [
            i for i in items if query["omschrijving__icontains"].lower() in i.omschrijving.lower()
        ]
    if query.get("status") == "concept":
        items = []
    return json_response(
        paginate(
            request, ctx.base, items, lambda i: store.informatieobjecttype(i.uuid), ctx.page_size
        )
    )


def _detail(kind: str) -> Callable[[web.Request], Any]:
    async def handler(request: web.Request) -> web.Response:
        store = ctx_of(request).store
        uuid = request.match_info["uuid"]
        tables: dict[str, Mapping[str, object]] = {
            "zaaktype": store.data.zaaktypen,
            "statustype": store.data.statustypen,
            "resultaattype": store.data.resultaattypen,
            "roltype": store.data.roltypen,
            "informatieobjecttype": store.data.informatieobjecttypen,
            "catalogus": {store.data.catalogus.uuid: store.data.catalogus},
        }
        records = tables[kind]
        if uuid not in records:
            raise not_found()
        body: Json = store.catalogus() if kind == "catalogus" else getattr(store, kind)(uuid)
        return detail_response(request, body)

    return handler


def add_routes(app: web.Application) -> None:
    r = app.router
    r.add_get(f"{CATALOGI}/", root)
    r.add_get(f"{CATALOGI}/catalogussen", catalogussen)
    r.add_get(f"{CATALOGI}/catalogussen/{{uuid}}", _detail("catalogus"))
    r.add_get(f"{CATALOGI}/zaaktypen", zaaktypen)
    r.add_get(f"{CATALOGI}/zaaktypen/{{uuid}}", _detail("zaaktype"))
    r.add_get(
        f"{CATALOGI}/statustypen", _typed_list(_statustypen, lambda c, u: c.store.statustype(u))
    )
    r.add_get(f"{CATALOGI}/statustypen/{{uuid}}", _detail("statustype"))
    r.add_get(
        f"{CATALOGI}/resultaattypen",
        _typed_list(
            lambda c: list(c.store.data.resultaattypen.values()),
            lambda c, u: c.store.resultaattype(u),
        ),
    )
    r.add_get(f"{CATALOGI}/resultaattypen/{{uuid}}", _detail("resultaattype"))
    r.add_get(
        f"{CATALOGI}/roltypen",
        _typed_list(
            lambda c: list(c.store.data.roltypen.values()),
            lambda c, u: c.store.roltype(u),
            {"omschrijving": any_value, "omschrijvingGeneriek": _GENERIEK_ROL},
            _roltype_filter,
        ),
    )
    r.add_get(f"{CATALOGI}/roltypen/{{uuid}}", _detail("roltype"))
    r.add_get(f"{CATALOGI}/informatieobjecttypen", informatieobjecttypen)
    r.add_get(f"{CATALOGI}/informatieobjecttypen/{{uuid}}", _detail("informatieobjecttype"))
