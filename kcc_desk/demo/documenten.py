"""Documenten API 1.4.2 (read side): enkelvoudiginformatieobjecten, ``/download`` and
objectinformatieobjecten (a plain array, like Open Zaak)."""

from __future__ import annotations

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
    validation_error,
)
from kcc_desk.demo.serialize import CATALOGI, DOCUMENTEN, ZAKEN


async def root(request: web.Request) -> web.Response:
    names = ("enkelvoudiginformatieobjecten", "objectinformatieobjecten")
    return api_root(ctx_of(request).base, DOCUMENTEN, names)


def _eio_with_expand(ctx: SourceContext, uuid: str, expand: str | None) -> Json:
    body = dict(ctx.store.eio(uuid))
    expanded: Json = {}
    if expand and "informatieobjecttype" in expand.split(","):
        doc = ctx.store.data.documenten[uuid]
        expanded["informatieobjecttype"] = ctx.store.informatieobjecttype(
            doc.informatieobjecttype_uuid
        )
    body["_expand"] = expanded
    return body


_EXPAND = choice(("informatieobjecttype",))


_EIO_LIST_QUERY: dict[str, Validator] = {
    "auteur": any_value,
    "beschrijving": any_value,
    "bronorganisatie": any_value,
    "creatiedatum__gte": date_value,
    "creatiedatum__lte": date_value,
    "expand": _EXPAND,
    "identificatie": any_value,
    "informatieobjecttype": url_value,
    "locked": any_value,
    "objectinformatieobjecten__object": url_value,
    "objectinformatieobjecten__objectType": any_value,
    "ordering": any_value,
    "titel": any_value,
    "trefwoorden": any_value,
    "trefwoorden__overlap": any_value,
    "vertrouwelijkheidaanduiding": any_value,
    **PAGE_PARAMS,
}


async def eio_list(request: web.Request) -> web.Response:
    ctx = ctx_of(request)
    store = ctx.store
    query = validated_query(request, _EIO_LIST_QUERY)
    items = list(store.data.documenten.values())
    if "identificatie" in query:
        items = [d for d in items if d.identificatie == query["identificatie"]]
    if "bronorganisatie" in query:
        items = [d for d in items if d.bronorganisatie == query["bronorganisatie"]]
    if "titel" in query:
        items = [d for d in items if d.titel == query["titel"]]
    if "objectinformatieobjecten__object" in query:
        zaak = store.uuid_from_url(query["objectinformatieobjecten__object"], ZAKEN, "zaken")
        docs = {z.document_uuid for z in store.data.zios.values() if z.zaak_uuid == zaak}
        items = [d for d in items if d.uuid in docs]
    if "informatieobjecttype" in query:
        iot = store.uuid_from_url(query["informatieobjecttype"], CATALOGI, "informatieobjecttypen")
        items = [d for d in items if d.informatieobjecttype_uuid == iot]
    expand = query.get("expand")
    return json_response(
        paginate(
            request, ctx.base, items, lambda d: _eio_with_expand(ctx, d.uuid, expand), ctx.page_size
        )
    )


async def eio_detail(request: web.Request) -> web.Response:
    ctx = ctx_of(request)
    uuid = request.match_info["uuid"]
    if uuid not in ctx.store.data.documenten:
        raise not_found()
    expand = request.query.get("expand")
    if expand and _EXPAND(expand) is not None:
        raise validation_error(
            "expand",
            "invalid_choice",
            f"Selecteer een geldige keuze. {expand} is geen beschikbare keuze.",
        )
    return detail_response(request, _eio_with_expand(ctx, uuid, expand))


async def eio_download(request: web.Request) -> web.StreamResponse:
    ctx = ctx_of(request)
    doc = ctx.store.data.documenten.get(request.match_info["uuid"])
    if doc is None:
        raise not_found()
    versie = request.query.get("versie")
    if versie is not None and versie != "1":
        raise not_found()
    # As Open Zaak: octet-stream named after an internal UUID; clients must take the real name
    # and type from bestandsnaam and formaat.
    return web.Response(
        body=doc.content,
        content_type="application/octet-stream",
        headers={"Content-Disposition": f'attachment; filename="{doc.uuid}.bin"'},
    )


_OIO_LIST_QUERY: dict[str, Validator] = {
    "informatieobject": url_value,
    "object": url_value,
    "objectType": choice(("besluit", "zaak", "verzoek")),
}


async def oio_list(request: web.Request) -> web.Response:
    ctx = ctx_of(request)
    store = ctx.store
    query = validated_query(request, _OIO_LIST_QUERY)
    zios = list(store.data.zios.values())
    if "object" in query:
        zaak = store.uuid_from_url(query["object"], ZAKEN, "zaken")
        zios = [z for z in zios if z.zaak_uuid == zaak]
    if "informatieobject" in query:
        doc = store.uuid_from_url(
            query["informatieobject"], DOCUMENTEN, "enkelvoudiginformatieobjecten"
        )
        zios = [z for z in zios if z.document_uuid == doc]
    if query.get("objectType", "zaak") != "zaak":
        zios = []
    body = [
        {
            # The ObjectInformatieObject mirrors the ZaakInformatieObject (same UUID is fine).
            "url": store.urls.documenten("objectinformatieobjecten", z.uuid),
            "informatieobject": store.urls.documenten(
                "enkelvoudiginformatieobjecten", z.document_uuid
            ),
            "object": store.urls.zaken("zaken", z.zaak_uuid),
            "objectType": "zaak",
        }
        for z in zios
    ]
    return json_response(body)


def add_routes(app: web.Application) -> None:
    r = app.router
    r.add_get(f"{DOCUMENTEN}/", root)
    r.add_get(f"{DOCUMENTEN}/enkelvoudiginformatieobjecten", eio_list)
    r.add_get(f"{DOCUMENTEN}/enkelvoudiginformatieobjecten/{{uuid}}", eio_detail)
    r.add_get(f"{DOCUMENTEN}/enkelvoudiginformatieobjecten/{{uuid}}/download", eio_download)
    r.add_get(f"{DOCUMENTEN}/objectinformatieobjecten", oio_list)
