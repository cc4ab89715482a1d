"""Fault injection and simulated latency for the demo server (per source, switchable at runtime).

``Fault.REFUSE`` is handled by the server itself (it stops listening on that source's port, so
clients see a real ECONNREFUSED); every other fault is an aiohttp middleware decision here.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from enum import StrEnum

from aiohttp import web
from aiohttp.typedefs import Middleware

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


class Fault(StrEnum):
    REFUSE = "refuse"  # connection refused (port closed)
    SLOW = "slow"  # answer after delay_s seconds
    HTTP_500 = "500"  # problem+json 500
    HTML_ERROR = "html"  # a proxy's HTML error page (502, text/html)
    MALFORMED_JSON = "malformed-json"  # 200 with a body that is not JSON
    FORBIDDEN_403 = "403"  # problem+json 403 as Open Zaak answers auth failures
    UNAUTHORIZED_401 = "401"  # problem+json 401 as Open Klant answers auth failures


@dataclass(slots=True)
class FaultState:
    """Mutable per-source switches, read by the middleware on every request."""

    fault: Fault | None = None
    delay_s: float = 0.0
    latency_ms: int = 0


def problem(
    status: int, code: str, title: str, detail: str = "", instance: str = ""
) -> web.Response:
    """A ZGW problem body (served as application/json, as Open Zaak does)."""
    body = {
        "type": f"http://127.0.0.1/ref/fouten/{code}/",
        "code": code,
        "title": title,
        "status": status,
        "detail": detail or title,
        "instance": instance or "urn:uuid:00000000-0000-0000-0000-000000000000",
    }
    return web.Response(status=status, text=json.dumps(body), content_type="application/json")


# What a fault that answers looks like: each API family answers in its own error shape.
FaultAnswer = Callable[[web.Request, Fault], web.StreamResponse]


def zgw_fault_answer(request: web.Request, fault: Fault) -> web.StreamResponse:
    """Open Zaak's (and Open Klant's) answers for the faults that answer."""
    if fault is Fault.HTTP_500:
        return problem(500, "error", "Er is een serverfout opgetreden.")
    if fault is Fault.HTML_ERROR:
        return web.Response(
            status=502,
            text="<html><body><h1>502 Bad Gateway</h1></body></html>",
            content_type="text/html",
        )
    if fault is Fault.MALFORMED_JSON:
        return web.Response(
            status=200, text='{"count": 1, "results": [', content_type="application/json"
        )
    if fault is Fault.FORBIDDEN_403:
        return problem(
            403, "permission_denied", "Je hebt geen toestemming om deze actie uit te voeren."
        )
    return problem(401, "not_authenticated", "Authenticatiegegevens zijn niet opgegeven.")


def make_fault_middleware(state: FaultState, answer: FaultAnswer = zgw_fault_answer) -> Middleware:
    """Latency, REFUSE and SLOW the same for every demo API; ``answer`` words the others."""

    @web.middleware
    async def fault_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
        if state.latency_ms:
            await asyncio.sleep(state.latency_ms / 1000)
        fault = state.fault
        if fault is Fault.REFUSE:
            # The listening socket is already closed; a client still holding a keep-alive
            # connection must fail too, so drop the connection without an answer.
            if request.transport is not None:
                request.transport.close()
            return web.Response(status=503)
        if fault is Fault.SLOW:
            await asyncio.sleep(state.delay_s)
        elif fault is not None:
            return answer(request, fault)
        return await handler(request)

    return fault_middleware
