"""Run the demo Klantinteracties app over real HTTP on 127.0.0.1 for tests.

The port is bound first so the app's absolute URLs carry it, and kept across ``down()``/``up()``
so "the API is down" is a real ECONNREFUSED and "it is back" is the same URL.
A test-only ``Chaos`` middleware can refuse, fail or *commit and then drop the response* for
chosen requests, which is what an outbox has to survive.
"""

from __future__ import annotations

import random
import socket
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from aiohttp import web
from aiohttp.typedefs import Handler

from kcc_desk.demo.faults import FaultState
from kcc_desk.demo.klantinteracties import (
    KlantinteractiesStore,
    create_klantinteracties_app,
    seed_klantinteracties,
)
from kcc_desk.demo.seedtypes import SeedCompany, SeedPerson, SeedZaak

TOKEN = "demo-ki-token-for-tests"
PERSONA_BSN = "999993653"

# Decides per request: "pass", "drop_before" (connection dropped, nothing done),
# "500_before" (500, nothing done), "404_before" (endpoint missing),
# "drop_after" (done, then connection dropped), "502_after" (done, then a gateway error).
ChaosPolicy = Callable[[web.Request], str]


@dataclass
class Chaos:
    policy: ChaosPolicy | None = None
    log: list[tuple[str, str, str]] = field(default_factory=list)  # (method, path, action)

    def middleware(self) -> web.middleware:  # type: ignore[valid-type]
        @web.middleware
        async def chaos(request: web.Request, handler: Handler) -> web.StreamResponse:
            action = self.policy(request) if self.policy else "pass"
            self.log.append((request.method, request.path, action))
            if action == "drop_before":
                _drop(request)
                return web.Response(status=500)
            if action == "500_before":
                return web.json_response({"code": "error", "status": 500}, status=500)
            if action == "404_before":  # an older Open Klant without this endpoint
                return web.json_response({"code": "not_found", "status": 404}, status=404)
            response = await handler(request)
            if action == "drop_after":
                _drop(request)
            elif action == "502_after":
                return web.Response(
                    status=502, text="<html>Bad Gateway</html>", content_type="text/html"
                )
            return response

        return chaos


def _drop(request: web.Request) -> None:
    transport = request.transport
    if transport is not None:
        transport.abort()


def demo_seed() -> tuple[list[SeedPerson], list[SeedZaak], list[SeedCompany]]:
    persons = [
        SeedPerson(PERSONA_BSN, "Jan", "", "Jansen", "J."),
        SeedPerson("111222333", "Fatma", "", "Yilmaz", "F."),
        SeedPerson("123456782", "Kees", "van", "Dijk", "K."),
    ]
    today = date.today()
    base = "http://127.0.0.1:9/zaken/api/v1/zaken/"
    zaken = [
        SeedZaak(
            base + "1d0b7c8e-1111-4a5b-9c6d-000000000001",
            "1d0b7c8e-1111-4a5b-9c6d-000000000001",
            "ZAAK-2026-0000101",
            "Parkeervergunning bewoners",
            today - timedelta(days=60),
            False,
            PERSONA_BSN,
            None,
        ),
        SeedZaak(
            base + "1d0b7c8e-1111-4a5b-9c6d-000000000002",
            "1d0b7c8e-1111-4a5b-9c6d-000000000002",
            "ZAAK-2026-0000102",
            "Omgevingsvergunning",
            today - timedelta(days=30),
            True,
            PERSONA_BSN,
            None,
        ),
        SeedZaak(
            base + "1d0b7c8e-1111-4a5b-9c6d-000000000003",
            "1d0b7c8e-1111-4a5b-9c6d-000000000003",
            "ZAAK-2026-0000103",
            "Bezwaar WOZ-beschikking",
            today - timedelta(days=20),
            True,
            "111222333",
            None,
        ),
        SeedZaak(
            base + "1d0b7c8e-1111-4a5b-9c6d-000000000004",
            "1d0b7c8e-1111-4a5b-9c6d-000000000004",
            "ZAAK-2026-0000104",
            "Evenementenvergunning",
            today - timedelta(days=10),
            True,
            None,
            "12345678",
        ),
    ]
    companies = [SeedCompany("12345678", "Bakkerij De Korenschoof B.V.")]
    return persons, zaken, companies


@dataclass
class RunningKI:
    store: KlantinteractiesStore
    faults: FaultState
    chaos: Chaos
    token: str
    port: int
    base_url: str
    app: web.Application
    runner: web.AppRunner | None = None
    site: web.BaseSite | None = None

    async def up(self) -> None:
        assert self.runner is not None
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", self.port))
        self.site = web.SockSite(self.runner, sock)
        await self.site.start()

    async def down(self) -> None:
        """Stop listening: clients now get a real connection refused."""
        if self.site is not None:
            await self.site.stop()
            self.site = None

    async def close(self) -> None:
        await self.down()
        if self.runner is not None:
            await self.runner.cleanup()


async def start_ki(*, seed: bool = True, rng_seed: int = 7) -> RunningKI:
    store = KlantinteractiesStore()
    if seed:
        persons, zaken, companies = demo_seed()
        seed_klantinteracties(store, random.Random(rng_seed), persons, zaken, companies)
    probe = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    base_url = f"http://127.0.0.1:{port}/klantinteracties/api/v1/"
    faults = FaultState()
    chaos = Chaos()
    app = create_klantinteracties_app(store, TOKEN, faults, base_url)
    app.middlewares.append(chaos.middleware())  # innermost: sees authenticated requests only
    running = RunningKI(store, faults, chaos, TOKEN, port, base_url, app)
    running.runner = web.AppRunner(app, access_log=None, handler_cancellation=False)
    await running.runner.setup()
    await running.up()
    return running
