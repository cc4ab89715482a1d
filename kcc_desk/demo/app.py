"""The aiohttp application of one ZGW source (Zaken + Catalogi + Documenten on one port, as
Open Zaak), with request recording, fault injection, ZGW auth and problem responses."""

from __future__ import annotations

import logging
from typing import cast

from aiohttp import web
from aiohttp.typedefs import Middleware

from kcc_desk.demo import catalogi, documenten, zaken
from kcc_desk.demo.auth import check_authorization
from kcc_desk.demo.context import (
    CATALOGI_VERSION,
    CTX,
    DOCUMENTEN_VERSION,
    RecordedRequest,
    SourceContext,
)
from kcc_desk.demo.faults import Handler, make_fault_middleware
from kcc_desk.demo.http_common import ApiError, json_response, problem_body, request_query
from kcc_desk.demo.serialize import CATALOGI, DOCUMENTEN, ZAKEN
from kcc_desk.demo.server_cost import make_cost_middleware

log = logging.getLogger(__name__)


def _api_version(ctx: SourceContext, path: str) -> str | None:
    if path.startswith(ZAKEN):
        return ctx.zaken_version
    if path.startswith(CATALOGI):
        return CATALOGI_VERSION
    if path.startswith(DOCUMENTEN):
        return DOCUMENTEN_VERSION
    return None


async def record(
    request: web.Request, log: list[RecordedRequest], in_flight: frozenset[int] = frozenset()
) -> int:
    """Append the request to ``log``; its position there."""
    body = await request.read() if request.can_read_body else b""
    log.append(
        RecordedRequest(
            method=request.method,
            path=request.path,
            query=request_query(request),
            headers={k.lower(): v for k, v in request.headers.items()},
            raw_query=request.query_string,
            body=body,
            in_flight_with=in_flight,
        )
    )
    return len(log) - 1


def make_record_middleware(log: list[RecordedRequest]) -> Middleware:
    """Record every request into ``log`` (also used around the Klantinteracties app)."""
    in_flight: set[int] = set()

    @web.middleware
    async def record_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
        # Positions refer to the log as it is now; a cleared log starts a new count.
        position = await record(request, log, frozenset(p for p in in_flight if p < len(log)))
        in_flight.add(position)
        try:
            return await handler(request)
        finally:
            in_flight.discard(position)

    return cast(Middleware, record_middleware)


@web.middleware
async def zgw_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Auth, then the handler; every error becomes an Open Zaak problem body."""
    ctx = request.app[CTX]
    response: web.StreamResponse
    try:
        routing_error = request.match_info.http_exception
        if routing_error is not None:
            raise routing_error
        check_authorization(request.headers.get("Authorization"), ctx.secrets)
        if ctx.catalogi_forbidden and request.path.startswith(CATALOGI):
            raise ApiError(
                403,
                "permission_denied",
                "Je hebt geen toestemming om deze actie uit te voeren.",
            )
        response = await handler(request)
    except ApiError as error:
        response = json_response(problem_body(ctx.base, error), error.status, error.headers)
    except web.HTTPMethodNotAllowed as error:
        response = json_response(
            problem_body(
                ctx.base,
                ApiError(
                    405,
                    "method_not_allowed",
                    # Open Zaak really sends the unformatted placeholder in the title.
                    'Methode "{method}" niet toegestaan.',
                    f'Methode "{request.method}" niet toegestaan.',
                ),
            ),
            405,
            {"Allow": ", ".join(sorted(error.allowed_methods))},
        )
    except web.HTTPNotFound:
        response = json_response(
            problem_body(ctx.base, ApiError(404, "not_found", "Niet gevonden.")), 404
        )
    except Exception:
        # Paths hold UUIDs only; query strings (which may hold a BSN) are not logged.
        log.exception("Demo server error on %s %s", request.method, request.path)
        response = json_response(
            problem_body(ctx.base, ApiError(500, "error", "Er is een serverfout opgetreden.")),
            500,
        )
    if response.status != 304:
        version = _api_version(ctx, request.path)
        if version:
            response.headers["API-version"] = version
    if request.path.startswith(f"{ZAKEN}/zaken"):
        response.headers["Content-Crs"] = "EPSG:4326"
    return response


def create_source_app(ctx: SourceContext) -> web.Application:
    fault_middleware = make_fault_middleware(ctx.fault_state)
    cost_middleware = cast(Middleware, make_cost_middleware(lambda: ctx.server_cost))
    app = web.Application(
        middlewares=[
            make_record_middleware(ctx.request_log),
            fault_middleware,
            cost_middleware,
            zgw_middleware,
        ]
    )
    app[CTX] = ctx
    zaken.add_routes(app)
    catalogi.add_routes(app)
    documenten.add_routes(app)
    return app
