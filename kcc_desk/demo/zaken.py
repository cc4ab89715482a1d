"""Zaken API 1.5.1 as Open Zaak 1.30 serves it (read side), plus a 1.0 compatibility mode."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from aiohttp import web

from kcc_desk.demo.context import SourceContext, ctx_of
from kcc_desk.demo.data.model import ZaakRec
from kcc_desk.demo.http_common import (
    PAGE_PARAMS,
    ApiError,
    Validator,
    api_root,
    detail_response,
    json_response,
    multi_choice,
    not_found,
    paginate,
    request_query,
    validate_query,
    validated_query,
    validation_error,
)
from kcc_desk.demo.serialize import ZAKEN
from kcc_desk.demo.zaken_expand import expand_zaak, parse_expand, zaak_list_item
from kcc_desk.demo.zaken_query import (
    EXPAND_CHOICES,
    ORDERING_CHOICES,
    ZAKEN_FILTERS,
    filter_zaken,
    order_zaken,
    zaken_allowed,
)
from kcc_desk.demo.zaken_subresources import (
    detail_handler,
    resultaten_list,
    rollen_list,
    statussen_list,
    substatussen_list,
    zaakobjecten_list,
    zios_list,
)


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


# --- handlers --------------------------------------------------------------------------------


async def root(request: web.Request) -> web.Response:
    ctx = ctx_of(request)
    names = ["zaken", "statussen", "zaakobjecten", "rollen", "resultaten", "zaakinformatieobjecten"]
    if not ctx.compat_1_0:
        names.insert(2, "substatussen")
    return api_root(ctx.base, ZAKEN, names)


async def zaken_list(request: web.Request) -> web.Response:
    ctx = ctx_of(request)
    check_accept_crs(request)
    query = validated_query(request, zaken_allowed(ctx))
    zaken = order_zaken(filter_zaken(ctx, query), query.get("ordering"))
    wanted = parse_expand(query.get("expand"))
    body = paginate(
        request, ctx.base, zaken, lambda z: zaak_list_item(ctx, z, wanted), ctx.page_size
    )
    return json_response(body)


async def zaken_zoek(request: web.Request) -> web.Response:
    ctx = ctx_of(request)
    check_accept_crs(request)
    check_content_crs(request)
    query = request_query(request)
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
        wanted |= parse_expand(query.get("expand"))
    zaken = filter_zaken(ctx, filters)
    extra = _zoek_in_filters(ctx, payload, zaken)
    ordering = payload.get("ordering")
    # OZ takes an array; a comma-separated string (the VNG example) works as well.
    ordering_text = ",".join(ordering) if isinstance(ordering, list) else ordering
    zaken = order_zaken(extra, ordering_text)
    body = paginate(
        request, ctx.base, zaken, lambda z: zaak_list_item(ctx, z, wanted), ctx.page_size
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
        items = ordering if isinstance(ordering, list) else str(ordering).split(",")
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
    ctx = ctx_of(request)
    check_accept_crs(request)
    # Detail views do not reject unknown parameters (only list filters do); a 1.0 server
    # simply ignores expand.
    query = request_query(request)
    if "expand" in query and not ctx.compat_1_0:
        validate_query({"expand": query["expand"]}, {"expand": multi_choice(EXPAND_CHOICES)})
    zaak = ctx.store.data.zaken.get(request.match_info["uuid"])
    if zaak is None:
        raise not_found()
    body = dict(ctx.store.zaak(zaak.uuid))
    if not ctx.compat_1_0:
        wanted = parse_expand(query.get("expand"))
        if not wanted:
            body["_expand"] = {}
        else:
            expanded = expand_zaak(ctx, zaak, wanted)
            if expanded:  # OZ drops the key when nothing could be expanded (recordings)
                body["_expand"] = expanded
    return detail_response(request, body)


def add_routes(app: web.Application) -> None:
    r = app.router
    r.add_get(f"{ZAKEN}/", root)
    r.add_get(f"{ZAKEN}/zaken", zaken_list)
    r.add_post(f"{ZAKEN}/zaken/_zoek", zaken_zoek)
    r.add_get(f"{ZAKEN}/zaken/{{uuid}}", zaak_detail)
    r.add_get(f"{ZAKEN}/statussen", statussen_list)
    r.add_get(f"{ZAKEN}/statussen/{{uuid}}", detail_handler("status"))
    r.add_get(f"{ZAKEN}/substatussen", substatussen_list)
    r.add_get(f"{ZAKEN}/substatussen/{{uuid}}", detail_handler("substatus", etag=False))
    r.add_get(f"{ZAKEN}/rollen", rollen_list)
    r.add_get(f"{ZAKEN}/rollen/{{uuid}}", detail_handler("rol"))
    r.add_get(f"{ZAKEN}/resultaten", resultaten_list)
    r.add_get(f"{ZAKEN}/resultaten/{{uuid}}", detail_handler("resultaat"))
    r.add_get(f"{ZAKEN}/zaakobjecten", zaakobjecten_list)
    # Open Zaak gives no ETag on zaakobjecten (CLIENT-NOTES § Conditional requests).
    r.add_get(f"{ZAKEN}/zaakobjecten/{{uuid}}", detail_handler("zaakobject", etag=False))
    r.add_get(f"{ZAKEN}/zaakinformatieobjecten", zios_list)
    r.add_get(f"{ZAKEN}/zaakinformatieobjecten/{{uuid}}", detail_handler("zio"))
