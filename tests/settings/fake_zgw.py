"""A tiny aiohttp stand-in for a ZGW source, for connection tests that need behaviour the demo
server does not have (wrong versions, redirects, TLS) or before it exists."""

from __future__ import annotations

import json
import ssl
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from typing import Any

import jwt
import pytest
from aiohttp import web

ROOTS = {
    "zaken": {"zaken": "z", "statussen": "s"},
    "catalogi": {"zaaktypen": "z", "catalogussen": "c"},
    "documenten": {"enkelvoudiginformatieobjecten": "e"},
    "klantinteracties": {"klantcontacten": "k", "partijen": "p"},
}
SECRET = "fake-secret-0123456789-0123456789"
TOKEN = "fake-token"


@dataclass
class Behaviour:
    mode: str = "ok"  # ok | 403 | 401 | html | version2 | redirect | slow | 500
    version: str = "1.5.1"
    seen_claims: list[dict[str, Any]] = field(default_factory=list)


def _json(body: object, status: int = 200, version: str | None = "1.5.1") -> web.Response:
    headers = {"API-version": version} if version else {}
    return web.Response(
        status=status, text=json.dumps(body), content_type="application/json", headers=headers
    )


def make_app(behaviour: Behaviour) -> web.Application:
    async def handle(request: web.Request) -> web.StreamResponse:
        import asyncio

        api, rest = request.match_info["api"], request.match_info["rest"]
        mode = behaviour.mode
        if mode == "slow":
            await asyncio.sleep(1.0)
        if mode == "html":
            return web.Response(
                status=502, text="<html>Bad Gateway</html>", content_type="text/html"
            )
        if mode == "redirect":
            raise web.HTTPFound("https://login.example/sso")
        if mode == "500":
            return _json({"code": "error", "status": 500}, 500)
        auth = request.headers.get("Authorization", "")
        if api == "klantinteracties":
            if auth != f"Token {TOKEN}":
                return _json({"code": "authentication_failed", "status": 401}, 401, "0.9.0")
        elif rest:  # like Open Zaak: the root is served without checking the token
            try:
                claims = jwt.decode(auth.removeprefix("Bearer "), SECRET, algorithms=["HS256"])
            except jwt.PyJWTError:
                return _json({"code": "invalid-jwt-signature", "status": 403}, 403)
            behaviour.seen_claims.append(claims)
            if mode == "403":
                return _json({"code": "permission_denied", "status": 403}, 403)
            if mode == "401":
                return _json({"code": "not_authenticated", "status": 401}, 401)
        version = "0.9.0" if api == "klantinteracties" else behaviour.version
        if mode == "version2":
            version = "2.0.0"
        if not rest:
            return _json(ROOTS[api], version=version)
        return _json({"count": 0, "next": None, "previous": None, "results": []}, version=version)

    app = web.Application()
    app.router.add_get("/{api}/api/v1/{rest:.*}", handle)
    return app


@dataclass
class FakeZgw:
    base: str
    behaviour: Behaviour

    def source(self, name: str = "Nep", **overrides: Any) -> Any:
        from kcc_desk.services.config_store import SourceSettings

        fields: dict[str, Any] = {
            "name": name,
            "zaken_api": f"{self.base}/zaken/api/v1/",
            "catalogi_api": f"{self.base}/catalogi/api/v1/",
            "documenten_api": f"{self.base}/documenten/api/v1/",
            "client_id": "kcc-desk-test",
            "timeout_s": 2.0,
        }
        fields.update(overrides)
        return SourceSettings(**fields)


async def start(app: web.Application, ssl_context: ssl.SSLContext | None = None) -> web.AppRunner:
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0, ssl_context=ssl_context).start()
    return runner


def bound_port(runner: web.AppRunner) -> int:
    server = runner.addresses[0]
    return int(server[1])


@pytest.fixture
async def fake_zgw() -> AsyncIterator[FakeZgw]:
    behaviour = Behaviour()
    runner = await start(make_app(behaviour))
    try:
        yield FakeZgw(f"http://127.0.0.1:{bound_port(runner)}", behaviour)
    finally:
        await runner.cleanup()


@pytest.fixture
def threaded_fake_zgw() -> Iterator[FakeZgw]:
    """The fake in its own thread and loop, for synchronous callers (the CLI runs asyncio.run)."""
    import asyncio
    import threading

    behaviour = Behaviour()
    loop = asyncio.new_event_loop()
    ready = threading.Event()
    holder: dict[str, web.AppRunner] = {}

    async def boot() -> None:
        holder["runner"] = await start(make_app(behaviour))
        ready.set()

    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    asyncio.run_coroutine_threadsafe(boot(), loop).result(timeout=10)
    ready.wait(10)
    runner = holder["runner"]
    try:
        yield FakeZgw(f"http://127.0.0.1:{bound_port(runner)}", behaviour)
    finally:
        asyncio.run_coroutine_threadsafe(runner.cleanup(), loop).result(timeout=10)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(10)
        loop.close()
