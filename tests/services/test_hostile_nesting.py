"""A hostile or broken server that answers with absurdly deep JSON: a clear per-source error,
never a RecursionError escaping into the window."""

from __future__ import annotations

import pytest
from aiohttp import web

from tests.services.test_client_misbehaving import BSN, SRC, Server, server, service_for

__all__ = ["server"]  # the fixture, re-used


@pytest.mark.parametrize("depth", [5_000, 200_000])
async def test_deeply_nested_json_is_a_per_source_error(server: Server, depth: int) -> None:
    body = (
        '{"count": 1, "next": null, "previous": null, "results": ' + "[" * depth + "]" * depth + "}"
    )

    async def zaken(_request: web.Request) -> web.StreamResponse:
        return web.Response(text=body, content_type="application/json")

    server.routes["/zaken/api/v1/zaken"] = zaken
    server.routes["/zaken/api/v1/rollen"] = zaken
    async with service_for(server) as service:
        result = await service.lookup(BSN)
    (outcome,) = result.sources
    assert outcome.name == SRC
    assert not outcome.ok
    assert outcome.error
    assert result.cases == ()
