"""The page reader trusts no order: while pages come newest first it stops after the period, and
as soon as one item breaks the order it reads every page (over real HTTP, a tiny aiohttp list)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from kcc_desk.services.review import reader
from kcc_desk.services.review.reader import PageReader

NOW = datetime(2026, 3, 1, 12, tzinfo=UTC)
ITEMS = 60


def items(shuffled: bool) -> list[dict[str, str]]:
    moments = [NOW - timedelta(hours=i) for i in range(ITEMS)]
    if shuffled:
        moments[35], moments[5] = moments[5], moments[35]  # one old item early, on page 1
    return [{"uuid": str(i), "at": m.isoformat()} for i, m in enumerate(moments)]


async def serve(shuffled: bool) -> TestServer:
    data = items(shuffled)

    async def listing(request: web.Request) -> web.Response:
        size = int(request.query["pageSize"])
        page = int(request.query.get("page", "1"))
        chunk = data[(page - 1) * size : page * size]
        return web.json_response({"count": len(data), "next": None, "results": chunk})

    app = web.Application()
    app.router.add_get("/api/v1/dingen", listing)
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    return server


@pytest.fixture(params=[False, True], ids=["newest-first", "out-of-order"])
async def running(request: pytest.FixtureRequest) -> AsyncIterator[tuple[bool, TestServer]]:
    server = await serve(request.param)
    try:
        yield request.param, server
    finally:
        await server.close()


async def test_stops_early_only_when_ordered(
    running: tuple[bool, TestServer], monkeypatch: pytest.MonkeyPatch
) -> None:
    shuffled, server = running
    monkeypatch.setattr(reader, "PAGE_SIZE", 10)
    async with httpx.AsyncClient() as http:
        pages = PageReader(http, str(server.make_url("/api/v1/")), "t", concurrency=2)
        until = NOW - timedelta(hours=15, minutes=30)  # items 0..15 are needed
        found, stats = await pages.newest_first("dingen", {}, moment_field="at", until=until)
    needed = {str(i) for i in range(16)}
    assert needed <= {f["uuid"] for f in found}
    if shuffled:
        assert not stats.stopped_early and len(found) == ITEMS and stats.requests == 6
    else:
        assert stats.stopped_early and stats.requests == 3 and len(found) == 30
