"""Our bodies have exactly the keys (in order) of the real Open Zaak 1.30 exchanges recorded in
tests/fixtures/zgw-recorded, and the same headers and error codes."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from kcc_desk.demo.data.personas import PERSONA_BSN
from kcc_desk.demo.server import DemoServer
from tests.demo.helpers import BSN_PARAM, auth_headers
from tests.fixtures import paths

RECORDED = paths.RECORDED_DIR


def _recorded(name: str) -> dict[str, Any]:
    exchange: dict[str, Any] = json.loads((RECORDED / f"{name}.json").read_text(encoding="utf-8"))
    return exchange


def _keys(body: Any) -> list[str]:
    assert isinstance(body, dict)
    return list(body)


@pytest.fixture(scope="module")
def persona(demo_server: DemoServer) -> dict[str, Any]:
    """A closed persona zaak of source 1 with every relation expanded."""
    source = demo_server.sources[0]
    response = httpx.get(
        source.zaken_api + "zaken",
        params={
            BSN_PARAM: PERSONA_BSN,
            "expand": "zaaktype,status,status.statustype,rollen,"
            "rollen.roltype,zaakinformatieobjecten,resultaat",
        },
        headers=auth_headers(source),
        timeout=10,
    )
    zaken: list[dict[str, Any]] = response.json()["results"]
    return next(z for z in zaken if z["zaakinformatieobjecten"] and z["resultaat"])


def test_zaak_shape(persona: dict[str, Any]) -> None:
    recorded = _recorded("oz_zaak_detail")["response"]["body"]
    assert _keys(persona) == _keys(recorded)
    for nested in ("opschorting", "processobject"):
        assert _keys(persona[nested]) == _keys(recorded[nested])


def test_expanded_shapes(persona: dict[str, Any]) -> None:
    recorded = _recorded("oz_zaken_by_bsn_expand_all")["response"]["body"]["results"][1]["_expand"]
    ours = persona["_expand"]
    assert _keys(ours["zaaktype"]) == _keys(recorded["zaaktype"])
    assert _keys(ours["status"]) == _keys(recorded["status"])
    assert _keys(ours["status"]["_expand"]["statustype"]) == _keys(
        recorded["status"]["_expand"]["statustype"]
    )
    initiator = next(r for r in ours["rollen"] if r["betrokkeneType"] == "natuurlijk_persoon")
    assert _keys(initiator) == _keys(recorded["rollen"][0])
    assert _keys(initiator["betrokkeneIdentificatie"]) == _keys(
        recorded["rollen"][0]["betrokkeneIdentificatie"]
    )
    assert _keys(initiator["_expand"]["roltype"]) == _keys(
        recorded["rollen"][0]["_expand"]["roltype"]
    )
    assert _keys(ours["zaakinformatieobjecten"][0]) == _keys(recorded["zaakinformatieobjecten"][0])


def test_detail_shapes(demo_server: DemoServer, persona: dict[str, Any]) -> None:
    headers = auth_headers(demo_server.sources[0])
    with httpx.Client(headers=headers, timeout=10) as http:
        zio = http.get(persona["zaakinformatieobjecten"][0]).json()
        eio = http.get(zio["informatieobject"])
        status = http.get(persona["status"])
        zaaktype = http.get(persona["zaaktype"])
    assert _keys(eio.json()) == _keys(_recorded("drc_document_detail")["response"]["body"])
    assert _keys(status.json()) == _keys(_recorded("oz_status_detail")["response"]["body"])
    assert _keys(zaaktype.json()) == _keys(_recorded("ztc_zaaktype_detail")["response"]["body"])
    assert eio.headers["API-version"] == "1.4.2"
    assert zaaktype.headers["API-version"] == "1.3.1"


def test_substatus_shape(demo_server: DemoServer) -> None:
    source = demo_server.sources[1]
    sub = next(iter(demo_server.data.sources[1].substatussen.values()))
    body = httpx.get(
        source.zaken_api + "substatussen",
        params={"zaak": f"{source.zaken_api}zaken/{sub.zaak_uuid}"},
        headers=auth_headers(source),
        timeout=10,
    ).json()
    recorded = _recorded("oz_substatussen_by_status")["response"]["body"]
    assert _keys(body) == _keys(recorded)
    assert _keys(body["results"][0]) == _keys(recorded["results"][0])


@pytest.mark.parametrize(
    ("name", "params", "headers"),
    [
        ("err_400_unknown_query_param", {BSN_PARAM: PERSONA_BSN, "foo": "bar"}, {}),
        ("err_400_bad_bsn_value", {BSN_PARAM: "12345678901234"}, {}),
        ("err_400_bad_filter_value_date", {"startdatum__gt": "not-a-date"}, {}),
        ("err_400_bad_filter_zaaktype_url", {"zaaktype": "not-a-url"}, {}),
        ("oz_zaken_by_bsn_expand_invalid", {BSN_PARAM: PERSONA_BSN, "expand": "bestaatniet"}, {}),
        ("oz_zaken_page_out_of_range", {BSN_PARAM: PERSONA_BSN, "page": "99"}, {}),
        ("oz_zaken_by_bsn_no_accept_crs", {BSN_PARAM: PERSONA_BSN}, {"Accept-Crs": None}),
        (
            "oz_zaken_by_bsn_wrong_accept_crs",
            {BSN_PARAM: PERSONA_BSN},
            {"Accept-Crs": "EPSG:28992"},
        ),
        ("err_auth_no_authorization_header_403", {BSN_PARAM: PERSONA_BSN}, {"Authorization": None}),
        ("err_auth_garbage_token_403", {BSN_PARAM: PERSONA_BSN}, {"Authorization": "Bearer xyz"}),
    ],
)
def test_errors_as_recorded(
    demo_server: DemoServer, name: str, params: dict[str, str], headers: dict[str, str | None]
) -> None:
    source = demo_server.sources[0]
    sent = {**auth_headers(source), **headers}
    response = httpx.get(
        source.zaken_api + "zaken",
        params=params,
        headers={k: v for k, v in sent.items() if v is not None},
        timeout=10,
    )
    recorded = _recorded(name)["response"]
    assert response.status_code == recorded["status"]
    ours, theirs = response.json(), recorded["body"]
    assert _keys(ours) == _keys(theirs)
    assert ours["type"].endswith(theirs["type"].split("/ref/")[1])
    for key in ("code", "title", "status", "detail"):
        assert ours[key] == theirs[key], key
    assert ours.get("invalidParams") == theirs.get("invalidParams")
    assert response.headers["Content-Type"] == recorded["headers"]["content-type"]
    assert response.headers["API-version"] == recorded["headers"]["api-version"]
    assert response.headers["Content-Crs"] == recorded["headers"]["content-crs"]
