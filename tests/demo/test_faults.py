"""Fault injection per source, latency, and the Zaken API 1.0 compatibility mode."""

from __future__ import annotations

import time
from collections.abc import Callable

import httpx
import pytest

from kcc_desk.demo.data.personas import PERSONA_BSN
from kcc_desk.demo.server import DemoServer, Fault
from tests.demo.helpers import BSN_PARAM, auth_headers, client


def _get(server: DemoServer, index: int = 0, **kwargs: float) -> httpx.Response:
    source = server.sources[index]
    return httpx.get(
        source.zaken_api + "zaken",
        params={BSN_PARAM: PERSONA_BSN},
        headers=auth_headers(source),
        timeout=kwargs.get("timeout", 10.0),
    )


def test_refuse_closes_the_port_and_reopens(fresh_demo_server: DemoServer) -> None:
    server = fresh_demo_server
    with client(server.sources[0]) as kept_alive:
        url = server.sources[0].zaken_api + "zaken"
        assert kept_alive.get(url, params={BSN_PARAM: PERSONA_BSN}).status_code == 200
        server.set_fault(0, Fault.REFUSE)
        with pytest.raises(httpx.ConnectError):
            _get(server)
        # A connection that was already open fails too (no answer on it).
        with pytest.raises(httpx.TransportError):
            kept_alive.get(url, params={BSN_PARAM: PERSONA_BSN})
        assert _get(server, 1).status_code == 200  # the other source is unaffected
        server.set_fault(0, None)
        assert _get(server).status_code == 200


@pytest.fixture
def zgw_only(demo_server_factory: Callable[..., DemoServer]) -> DemoServer:
    """Two sources without the Klantinteracties API (quicker to start)."""
    return demo_server_factory(klantinteracties=False)


def test_slow(zgw_only: DemoServer) -> None:
    zgw_only.set_fault(0, Fault.SLOW, delay_s=0.6)
    started = time.perf_counter()
    assert _get(zgw_only).status_code == 200
    assert time.perf_counter() - started >= 0.6
    with pytest.raises(httpx.ReadTimeout):
        _get(zgw_only, timeout=0.2)


@pytest.mark.parametrize(
    ("fault", "status", "content_type"),
    [
        (Fault.HTTP_500, 500, "application/json"),
        (Fault.HTML_ERROR, 502, "text/html"),
        (Fault.FORBIDDEN_403, 403, "application/json"),
        (Fault.UNAUTHORIZED_401, 401, "application/json"),
        (Fault.MALFORMED_JSON, 200, "application/json"),
    ],
)
def test_error_faults(zgw_only: DemoServer, fault: Fault, status: int, content_type: str) -> None:
    zgw_only.set_fault(1, fault)
    response = _get(zgw_only, 1)
    assert response.status_code == status
    assert response.headers["Content-Type"].startswith(content_type)
    if fault is Fault.MALFORMED_JSON:
        with pytest.raises(ValueError):
            response.json()
    elif fault is not Fault.HTML_ERROR:
        assert response.json()["status"] == status
    assert _get(zgw_only, 0).status_code == 200
    zgw_only.set_fault(1, None)
    assert _get(zgw_only, 1).status_code == 200


def test_latency(zgw_only: DemoServer) -> None:
    zgw_only.set_latency(250)
    started = time.perf_counter()
    _get(zgw_only)
    assert time.perf_counter() - started >= 0.25
    zgw_only.set_latency(0)


def test_latency_from_the_constructor(demo_server_factory: Callable[..., DemoServer]) -> None:
    server = demo_server_factory(sources=1, latency_ms=200, klantinteracties=False)
    started = time.perf_counter()
    _get(server)
    assert time.perf_counter() - started >= 0.2


def test_zaken_api_1_0_compat(zgw_only: DemoServer) -> None:
    server = zgw_only
    server.set_compat(0, zaken_api_1_0=True)
    source = server.sources[0]
    with client(source) as http:
        by_bsn = http.get(source.zaken_api + "zaken", params={BSN_PARAM: PERSONA_BSN})
        assert by_bsn.status_code == 400
        assert by_bsn.headers["API-version"] == "1.0.0"
        assert by_bsn.json()["invalidParams"][0]["code"] == "unknown-parameters"
        expand = http.get(source.zaken_api + "zaken", params={"expand": "status"})
        assert expand.status_code == 400
        # The 1.0 fallback: /rollen by BSN, then each zaak.
        rollen = http.get(
            source.zaken_api + "rollen",
            params={
                "betrokkeneIdentificatie__natuurlijkPersoon__inpBsn": PERSONA_BSN,
                "omschrijvingGeneriek": "initiator",
            },
        )
        assert rollen.status_code == 200 and rollen.json()["count"] >= 3
        zaak = http.get(rollen.json()["results"][0]["zaak"])
        assert zaak.status_code == 200 and "_expand" not in zaak.json()
        listed = http.get(
            source.zaken_api + "zaken", params={"identificatie": zaak.json()["identificatie"]}
        )
        assert listed.status_code == 200 and "_expand" not in listed.json()["results"][0]
        assert http.get(source.zaken_api + "substatussen").status_code == 404
        zoek = http.post(source.zaken_api + "zaken/_zoek", json={BSN_PARAM: PERSONA_BSN})
        assert zoek.status_code == 400
    # The other source still speaks 1.5.1.
    assert _get(server, 1).headers["API-version"] == "1.5.1"
    server.set_compat(0, zaken_api_1_0=False)
    assert _get(server).status_code == 200


def test_klantinteracties_faults(fresh_demo_server: DemoServer) -> None:
    server = fresh_demo_server
    # None only when the demo's Klantinteracties API failed to build: a bug, not a skip.
    assert server.klantinteracties_url is not None, "the demo Klantinteracties API did not start"
    headers = {"Authorization": f"Token {server.klantinteracties_token}"}
    url = server.klantinteracties_url + "klantcontacten"
    assert httpx.get(url, headers=headers, timeout=10).status_code == 200
    assert [r.path for r in server.klantinteracties_request_log()] == [
        "/klantinteracties/api/v1/klantcontacten"
    ]
    server.klantinteracties_set_fault(Fault.REFUSE)
    with pytest.raises(httpx.ConnectError):
        httpx.get(url, headers=headers, timeout=10)
    server.klantinteracties_set_fault(None)
    assert httpx.get(url, headers=headers, timeout=10).status_code == 200
