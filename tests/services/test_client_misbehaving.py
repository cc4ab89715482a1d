"""Servers that misbehave in ways the demo server does not: every case is a per-source error
(or a safe fallback), never a crash or a leak."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Awaitable, Callable

import pytest
from aiohttp import web

from kcc_desk.services.config import AppConfig
from kcc_desk.services.credentials import Credentials
from kcc_desk.services.lookup import LookupService
from kcc_desk.services.pagination import get_list
from kcc_desk.services.zgw_client import ZgwClient
from tests.services.conftest import replay_config

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
SRC = "Open Zaak (opname)"
BSN = "999993653"


class Server:
    def __init__(self) -> None:
        self.routes: dict[str, Handler] = {}
        self.hits: list[str] = []  # every path requested, in order
        self.base = ""
        self._runner: web.AppRunner | None = None

    async def start(self) -> None:
        async def dispatch(request: web.Request) -> web.StreamResponse:
            self.hits.append(request.path)
            handler = self.routes.get(request.path)
            if handler is None:
                return web.json_response({"status": 404, "detail": "weg"}, status=404)
            return await handler(request)

        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", dispatch)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", 0).start()
        self.base = f"http://127.0.0.1:{self._runner.addresses[0][1]}"

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()


@pytest.fixture
async def server() -> AsyncIterator[Server]:
    srv = Server()
    await srv.start()
    yield srv
    await srv.stop()


def service_for(server: Server, **overrides: object) -> LookupService:
    config = replay_config(server.base)
    if overrides:
        from dataclasses import replace

        config = replace(config, **overrides)  # type: ignore[arg-type]
    return LookupService(config, Credentials(config, environ={}, keyring_get=lambda s, u: None))


def client_for(config: AppConfig) -> ZgwClient:
    return ZgwClient(config, Credentials(config, environ={}, keyring_get=lambda s, u: None))


def zaak(server: Server, n: int) -> dict[str, object]:
    return {
        "url": f"{server.base}/zaken/api/v1/zaken/{n}",
        "identificatie": f"Z-{n}",
        "zaaktype": "",
        "startdatum": "2026-01-0" + str(n % 9 + 1),
    }


async def test_1_0_server_ignoring_rol_filters_does_not_leak_other_zaken(server: Server) -> None:
    """API-version 1.0.x answering /zaken?rol__… with *every* zaak: use /rollen instead."""

    async def zaken(request: web.Request) -> web.Response:
        everyone = {"count": 3, "next": None, "results": [zaak(server, n) for n in (1, 2, 3)]}
        return web.json_response(everyone, headers={"API-version": "1.0.0"})

    async def rollen(request: web.Request) -> web.Response:
        assert "omschrijvingGeneriek" in request.query
        rol = {
            "url": f"{server.base}/zaken/api/v1/rollen/9",
            "zaak": f"{server.base}/zaken/api/v1/zaken/2",
        }
        return web.json_response({"count": 1, "next": None, "results": [rol]})

    async def zaak_2(request: web.Request) -> web.Response:
        return web.json_response(zaak(server, 2))

    server.routes.update(
        {
            "/zaken/api/v1/zaken": zaken,
            "/zaken/api/v1/rollen": rollen,
            "/zaken/api/v1/zaken/2": zaak_2,
        }
    )
    async with service_for(server) as service:
        result = await service.lookup(BSN)
    assert [c.identificatie for c in result.cases] == ["Z-2"]


async def test_redirect_to_other_host_is_an_error(server: Server) -> None:
    async def moved(request: web.Request) -> web.Response:
        raise web.HTTPFound("http://127.0.0.2:1/zaken/api/v1/zaken")

    server.routes["/zaken/api/v1/zaken"] = moved
    async with service_for(server) as service:
        result = await service.lookup(BSN)
    assert result.sources[0].error == "ongeldig antwoord (doorverwijzing naar andere server)"


async def test_too_large_response(server: Server) -> None:
    async def huge(request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse()  # no content-length: the limit applies while reading
        await response.prepare(request)
        for _ in range(40):
            await response.write(b" " * 65536)
        return response

    server.routes["/zaken/api/v1/zaken"] = huge
    async with service_for(server, max_response_mb=1.0) as service:
        result = await service.lookup(BSN)
    assert result.sources[0].error == "ongeldig antwoord (te groot)"


@pytest.mark.parametrize(
    "body",
    [
        {"unexpected": True},
        {"count": 1, "next": None, "results": ["not an object"]},
        {"count": 1, "next": None, "results": [{"url": 5}]},
        [1, 2, 3],
        "just a string",
    ],
)
async def test_wrong_shape_is_invalid_response(server: Server, body: object) -> None:
    async def odd(request: web.Request) -> web.Response:
        return web.Response(text=json.dumps(body), content_type="text/html")

    server.routes["/zaken/api/v1/zaken"] = odd
    async with service_for(server) as service:
        result = await service.lookup(BSN)
    assert (result.sources[0].error or "").startswith("ongeldig antwoord")


async def test_pagination_loop_is_stopped(server: Server) -> None:
    async def loop(request: web.Request) -> web.Response:
        page = {
            "count": 4,
            "next": f"{server.base}/zaken/api/v1/zaken?x=1",
            "results": [zaak(server, len(server.hits))],
        }
        return web.json_response(page)

    server.routes["/zaken/api/v1/zaken"] = loop
    client = client_for(replay_config(server.base))
    with pytest.raises(Exception) as info:
        await get_list(client, f"{server.base}/zaken/api/v1/zaken", None, source_name=SRC)
    await client.aclose()
    assert str(getattr(info.value, "reason", "")) == "ongeldig antwoord (paginering loopt rond)"
    assert len(server.hits) == 2


async def test_next_page_on_another_host_is_refused(server: Server) -> None:
    async def elsewhere(request: web.Request) -> web.Response:
        page = {"count": 4, "next": "http://127.0.0.2:1/zaken?page=2", "results": []}
        return web.json_response(page)

    server.routes["/zaken/api/v1/zaken"] = elsewhere
    async with service_for(server) as service:
        result = await service.lookup(BSN)
    assert (result.sources[0].error or "").startswith("ongeldig antwoord")


async def test_huge_count_is_refused(server: Server) -> None:
    async def many(request: web.Request) -> web.Response:
        page = {
            "count": 10**9,
            "next": f"{server.base}/zaken/api/v1/zaken?page=2",
            "results": [zaak(server, 1)],
        }
        return web.json_response(page)

    server.routes["/zaken/api/v1/zaken"] = many
    async with service_for(server) as service:
        result = await service.lookup(BSN)
    assert result.sources[0].error == "te veel resultaten"
    assert server.hits.count("/zaken/api/v1/zaken") == 1


async def test_document_403_is_listed_not_viewable(server: Server) -> None:
    zaak_url = f"{server.base}/zaken/api/v1/zaken/1"
    doc_ok, doc_forbidden = (
        f"{server.base}/documenten/api/v1/enkelvoudiginformatieobjecten/{n}" for n in ("a", "b")
    )

    async def zaken(request: web.Request) -> web.Response:
        return web.json_response({"count": 1, "next": None, "results": [zaak(server, 1)]})

    async def links(request: web.Request) -> web.Response:
        return web.json_response(
            [
                {"informatieobject": doc_ok, "titel": "Besluit", "zaak": zaak_url},
                {"informatieobject": doc_forbidden, "titel": "Intern memo", "zaak": zaak_url},
            ]
        )

    async def eio_ok(request: web.Request) -> web.Response:
        return web.json_response(
            {
                "url": doc_ok,
                "titel": "Besluit",
                "bestandsnaam": "b.pdf",
                "vertrouwelijkheidaanduiding": "openbaar",
                "inhoud": doc_ok + "/download",
                "tonenAanInitiator": True,
            }
        )

    async def eio_forbidden(request: web.Request) -> web.Response:
        return web.json_response(
            {"status": 403, "code": "permission_denied", "detail": "Geen toestemming."}, status=403
        )

    async def empty(request: web.Request) -> web.Response:
        return web.json_response({"count": 0, "next": None, "results": []})

    server.routes.update(
        {
            "/zaken/api/v1/zaken": zaken,
            "/zaken/api/v1/zaakinformatieobjecten": links,
            "/documenten/api/v1/enkelvoudiginformatieobjecten/a": eio_ok,
            "/documenten/api/v1/enkelvoudiginformatieobjecten/b": eio_forbidden,
            "/zaken/api/v1/statussen": empty,
            "/zaken/api/v1/substatussen": empty,
            "/zaken/api/v1/rollen": empty,
            "/zaken/api/v1/zaakobjecten": empty,
        }
    )
    async with service_for(server) as service:
        result = await service.lookup(BSN)
        detail = await service.case_detail(result.cases[0])
    ok, forbidden = detail.documents
    assert ok.may_open and ok.bestandsnaam == "b.pdf"
    assert not forbidden.may_open and forbidden.titel == "Intern memo"
    assert "403" in str(forbidden.reason_closed)
    assert detail.warnings == ()


async def test_503_is_retried_then_succeeds(server: Server) -> None:
    calls = 0

    async def flaky(request: web.Request) -> web.Response:
        nonlocal calls
        calls += 1
        if calls == 1:
            return web.Response(status=503, text="<html>even geduld</html>")
        return web.json_response({"count": 1, "next": None, "results": [zaak(server, 1)]})

    server.routes["/zaken/api/v1/zaken"] = flaky
    async with service_for(server) as service:
        result = await service.lookup(BSN)
    assert result.sources[0].ok and [c.identificatie for c in result.cases] == ["Z-1"]
    assert calls == 2


async def test_404_and_400_are_not_retried(server: Server) -> None:
    async def bad(request: web.Request) -> web.Response:
        return web.json_response(
            {"status": 400, "code": "invalid", "detail": "Nee.", "invalidParams": []}, status=400
        )

    server.routes["/zaken/api/v1/zaken"] = bad
    async with service_for(server) as service:
        result = await service.lookup(BSN)
    assert result.sources[0].error == "verzoek geweigerd (400)"
    assert server.hits.count("/zaken/api/v1/zaken") == 1


async def test_kvk_variants_without_expand_and_one_unknown_filter(server: Server) -> None:
    """A server that knows rol filters but not expand, and not Open Zaak's kvkNummer filter."""
    kvk_variant = "rol__betrokkeneIdentificatie__nietNatuurlijkPersoon__kvkNummer"
    seen: list[list[str]] = []

    async def zaken(request: web.Request) -> web.Response:
        seen.append(sorted(request.query))
        unknown = [k for k in request.query if k in ("expand", kvk_variant)]
        if unknown:
            reason = "Onbekende query parameters: " + ", ".join(unknown)
            return web.json_response(
                {
                    "status": 400,
                    "code": "invalid",
                    "title": "Ongeldig",
                    "invalidParams": [
                        {"name": "nonFieldErrors", "code": "unknown-parameters", "reason": reason}
                    ],
                },
                status=400,
            )
        n = 1 if "innNnpId" in next(iter(request.query)) else 2
        return web.json_response({"count": 1, "next": None, "results": [zaak(server, n)]})

    server.routes["/zaken/api/v1/zaken"] = zaken
    async with service_for(server) as service:
        first = await service.lookup("69599084")
        seen.clear()
        again = await service.lookup("69599084")
    assert sorted(c.identificatie for c in first.cases) == ["Z-1", "Z-2"]
    assert sorted(c.identificatie for c in again.cases) == ["Z-1", "Z-2"]
    # Learned: no expand, and the unknown variant is not sent again.
    assert len(seen) == 2 and not any("expand" in q or kvk_variant in q for q in seen)


async def test_missing_secret_is_a_source_error_without_requests(server: Server) -> None:
    from dataclasses import replace

    config = replay_config(server.base)
    config = replace(config, sources=(replace(config.sources[0], secret=None),))
    credentials = Credentials(config, environ={}, keyring_get=lambda s, u: None)
    async with LookupService(config, credentials) as service:
        result = await service.lookup(BSN)
    assert result.sources[0].error == "geen sleutel ingesteld"
    assert server.hits == []


async def test_document_kinds_are_the_types_the_zaaktype_names(server: Server) -> None:
    """Catalogi 1.3 cannot filter informatieobjecttypen by zaaktype (Open Zaak 1.30 refuses the
    unknown parameter with 400): the types the zaaktype names are fetched at once, before any
    document arrives, and only those the catalogue lacks; a failure is never the case's."""
    from kcc_desk.services.catalog_cache import CatalogCache
    from kcc_desk.services.document_kinds import DocumentKinds

    catalogi = f"{server.base}/catalogi/api/v1"
    iots = [f"{catalogi}/informatieobjecttypen/{n}" for n in (1, 2)]

    async def refused(_request: web.Request) -> web.Response:
        return web.json_response({"code": "invalid", "detail": "onbekende parameter"}, status=400)

    async def zaaktype(_request: web.Request) -> web.Response:
        return web.json_response({"url": f"{catalogi}/zaaktypen/1", "informatieobjecttypen": iots})

    def iot(n: int) -> Handler:
        async def handler(_request: web.Request) -> web.Response:
            return web.json_response({"url": iots[n - 1], "omschrijving": f"Soort {n}"})

        return handler

    server.routes["/catalogi/api/v1/informatieobjecttypen"] = refused
    server.routes["/catalogi/api/v1/zaaktypen/1"] = zaaktype
    server.routes["/catalogi/api/v1/informatieobjecttypen/1"] = iot(1)
    server.routes["/catalogi/api/v1/informatieobjecttypen/2"] = iot(2)
    client = client_for(replay_config(server.base))
    try:
        catalog = CatalogCache(client)
        catalog.put(iots[0], {"url": iots[0], "omschrijving": "Soort 1"})  # kept already
        kinds = DocumentKinds(client, catalog)
        await kinds.prefetch(f"{catalogi}/zaaktypen/1", source_name=SRC)
        assert [catalog.peek(u)["omschrijving"] for u in iots] == ["Soort 1", "Soort 2"]  # type: ignore[index]
        assert server.hits == [
            "/catalogi/api/v1/zaaktypen/1",
            "/catalogi/api/v1/informatieobjecttypen/2",
        ]
        # Known now: a second case of this zaaktype asks nothing.
        await kinds.prefetch(f"{catalogi}/zaaktypen/1", source_name=SRC)
        assert len(server.hits) == 2
        # A server that is down: no exception, the documents look their kinds up themselves.
        server.routes.clear()
        await kinds.prefetch(f"{catalogi}/zaaktypen/9", source_name=SRC)
    finally:
        await client.aclose()
