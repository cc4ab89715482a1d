"""Open Zaak behaviour beyond the schemas: headers, filters, pagination, expand, ETags."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from kcc_desk.demo.data.personas import BENCHMARK_BSN_20, PERSONA_BSN, PERSONA_KVK
from kcc_desk.demo.server import DemoServer
from tests.demo.helpers import BSN_PARAM, auth_headers, client

KVK_PARAM = "rol__betrokkeneIdentificatie__nietNatuurlijkPersoon__kvkNummer"
INN_PARAM = "rol__betrokkeneIdentificatie__nietNatuurlijkPersoon__innNnpId"


@pytest.fixture
def http(demo_server: DemoServer) -> Iterator[httpx.Client]:
    with client(demo_server.sources[0]) as session:
        yield session


@pytest.fixture
def zaken_url(demo_server: DemoServer) -> str:
    return demo_server.sources[0].zaken_api + "zaken"


def _persona_zaken(http: httpx.Client, zaken_url: str, **params: str) -> list[dict[str, Any]]:
    response = http.get(zaken_url, params={BSN_PARAM: PERSONA_BSN, **params})
    assert response.status_code == 200, response.text
    results: list[dict[str, Any]] = response.json()["results"]
    return results


# --- headers ---------------------------------------------------------------------------------


def test_version_and_crs_headers(demo_server: DemoServer, http: httpx.Client) -> None:
    source = demo_server.sources[0]
    zaken = http.get(source.zaken_api + "zaken", params={BSN_PARAM: PERSONA_BSN})
    assert zaken.headers["API-version"] == "1.5.1"
    assert zaken.headers["Content-Crs"] == "EPSG:4326"
    assert zaken.headers["Content-Type"] == "application/json"
    assert http.get(source.catalogi_api + "zaaktypen").headers["API-version"] == "1.3.1"
    docs = http.get(source.documenten_api + "enkelvoudiginformatieobjecten")
    assert docs.headers["API-version"] == "1.4.2"
    statussen = http.get(source.zaken_api + "statussen", params={"zaak": "http://x.nl/z/1"})
    assert "Content-Crs" not in statussen.headers


def test_accept_crs_required(demo_server: DemoServer, zaken_url: str) -> None:
    headers = auth_headers(demo_server.sources[0], crs=False)
    missing = httpx.get(zaken_url, headers=headers)
    assert missing.status_code == 412
    assert missing.json()["code"] == "precondition_failed"
    assert missing.json()["detail"] == "'Accept-Crs' header ontbreekt"
    wrong = httpx.get(zaken_url, headers={**headers, "Accept-Crs": "EPSG:28992"})
    assert wrong.status_code == 406
    assert wrong.json()["detail"] == "CRS 'EPSG:28992' is niet ondersteund"
    # Catalogi does not need it.
    zaaktypen = httpx.get(demo_server.sources[0].catalogi_api + "zaaktypen", headers=headers)
    assert zaaktypen.status_code == 200


# --- filters ---------------------------------------------------------------------------------


def test_bsn_filter_finds_only_that_persons_cases(
    demo_server: DemoServer, http: httpx.Client, zaken_url: str
) -> None:
    zaken = _persona_zaken(http, zaken_url)
    assert len(zaken) >= 3
    for zaak in zaken:
        rollen = http.get(demo_server.sources[0].zaken_api + "rollen", params={"zaak": zaak["url"]})
        bsns = {r["betrokkeneIdentificatie"].get("inpBsn") for r in rollen.json()["results"]}
        assert PERSONA_BSN in bsns


def test_unknown_bsn_gives_empty_page(http: httpx.Client, zaken_url: str) -> None:
    body = http.get(zaken_url, params={BSN_PARAM: "999999990"}).json()
    assert body == {"count": 0, "next": None, "previous": None, "results": []}


def test_kvk_filters_differ_per_vendor(demo_server: DemoServer) -> None:
    first, second = demo_server.sources
    with client(first) as one, client(second) as two:
        assert (
            one.get(first.zaken_api + "zaken", params={KVK_PARAM: PERSONA_KVK}).json()["count"] >= 2
        )
        assert (
            one.get(first.zaken_api + "zaken", params={INN_PARAM: PERSONA_KVK}).json()["count"] == 0
        )
        assert (
            two.get(second.zaken_api + "zaken", params={INN_PARAM: PERSONA_KVK}).json()["count"]
            >= 1
        )


def test_identificatie_with_slash_and_space(demo_server: DemoServer) -> None:
    source = demo_server.sources[1]
    wanted = next(
        z.identificatie
        for z in demo_server.data.sources[1].zaken.values()
        if "/" in z.identificatie
    )
    with client(source) as http:
        response = http.get(source.zaken_api + "zaken", params={"identificatie": wanted})
    assert "%2F" in str(response.request.url) or "/" not in str(response.request.url.query)
    assert [z["identificatie"] for z in response.json()["results"]] == [wanted]


def test_combined_filters(http: httpx.Client, zaken_url: str) -> None:
    everything = _persona_zaken(http, zaken_url)
    open_only = _persona_zaken(http, zaken_url, einddatum__isnull="true")
    closed_only = _persona_zaken(http, zaken_url, einddatum__isnull="false")
    assert len(open_only) + len(closed_only) == len(everything)
    assert all(z["einddatum"] is None for z in open_only)
    capped = _persona_zaken(
        http, zaken_url, maximaleVertrouwelijkheidaanduiding="zaakvertrouwelijk"
    )
    assert all(
        z["vertrouwelijkheidaanduiding"]
        in ("openbaar", "beperkt_openbaar", "intern", "zaakvertrouwelijk")
        for z in capped
    )
    zaaktype = everything[0]["zaaktype"]
    by_type = _persona_zaken(http, zaken_url, zaaktype=zaaktype)
    assert by_type and all(z["zaaktype"] == zaaktype for z in by_type)
    initiator = _persona_zaken(http, zaken_url, rol__omschrijvingGeneriek="initiator",
                               rol__betrokkeneType="natuurlijk_persoon")  # fmt: skip
    assert len(initiator) == len(everything)
    oldest_first = _persona_zaken(http, zaken_url, ordering="startdatum")
    dates = [z["startdatum"] for z in oldest_first]
    assert dates == sorted(dates)
    newest_first = _persona_zaken(http, zaken_url, ordering="-startdatum")
    assert [z["startdatum"] for z in newest_first] == sorted(dates, reverse=True)


def test_bad_values_give_invalid_params(http: httpx.Client, zaken_url: str) -> None:
    response = http.get(zaken_url, params={BSN_PARAM: "12345678901234"})
    assert response.status_code == 400
    assert response.json()["invalidParams"] == [
        {"name": BSN_PARAM, "code": "max_length", "reason": "De waarde is te lang."}
    ]
    unknown = http.get(zaken_url, params={BSN_PARAM: PERSONA_BSN, "foo": "bar"}).json()
    assert unknown["invalidParams"] == [
        {"name": "nonFieldErrors", "code": "unknown-parameters",
         "reason": "Onbekende query parameters: foo"}
    ]  # fmt: skip
    bad_date = http.get(zaken_url, params={"startdatum__gt": "not-a-date"}).json()
    assert bad_date["invalidParams"][0]["reason"] == "Voer een geldige datum in."


def test_rollen_fallback_filters(demo_server: DemoServer, http: httpx.Client) -> None:
    url = demo_server.sources[0].zaken_api + "rollen"
    params = {
        "betrokkeneIdentificatie__natuurlijkPersoon__inpBsn": PERSONA_BSN,
        "omschrijvingGeneriek": "initiator",
    }
    rollen = http.get(url, params=params).json()["results"]
    assert rollen and all(r["betrokkeneIdentificatie"]["inpBsn"] == PERSONA_BSN for r in rollen)
    assert all(r["omschrijvingGeneriek"] == "initiator" for r in rollen)
    medewerkers = http.get(url, params={"betrokkeneType": "medewerker", "pageSize": "5"}).json()
    assert all(r["betrokkeneType"] == "medewerker" for r in medewerkers["results"])


def test_statussen_newest_first(
    http: httpx.Client, zaken_url: str, demo_server: DemoServer
) -> None:
    zaak = next(z for z in _persona_zaken(http, zaken_url) if z["einddatum"])
    url = demo_server.sources[0].zaken_api + "statussen"
    statussen = http.get(url, params={"zaak": zaak["url"]}).json()["results"]
    assert len(statussen) >= 2
    dates = [s["datumStatusGezet"] for s in statussen]
    assert dates == sorted(dates, reverse=True)
    assert [s["indicatieLaatstGezetteStatus"] for s in statussen] == [True] + [False] * (
        len(dates) - 1
    )
    assert statussen[0]["url"] == zaak["status"]
    last = http.get(url, params={"zaak": zaak["url"], "indicatieLaatstGezetteStatus": "true"})
    assert [s["url"] for s in last.json()["results"]] == [zaak["status"]]


def test_substatussen(demo_server: DemoServer) -> None:
    source = demo_server.sources[1]
    data = demo_server.data.sources[1]
    sub = next(s for s in data.substatussen.values() if s.doelgroep == "intern")
    zaak_url = f"{source.zaken_api}zaken/{sub.zaak_uuid}"
    with client(source) as http:
        url = source.zaken_api + "substatussen"
        every = http.get(url, params={"zaak": zaak_url}).json()["results"]
        public = http.get(url, params={"zaak": zaak_url, "doelgroep": "betrokkenen"}).json()
        status_url = f"{source.zaken_api}statussen/{sub.status_uuid}"
        by_status = http.get(url, params={"status": status_url}).json()
        with_page_size = http.get(url, params={"zaak": zaak_url, "pageSize": "2"})
    assert {s["doelgroep"] for s in every} == {"betrokkenen", "intern"}
    assert public["results"] and all(s["doelgroep"] == "betrokkenen" for s in public["results"])
    assert all(s["status"] == status_url for s in by_status["results"])
    assert with_page_size.status_code == 400  # OZ offers no pageSize on substatussen


def test_zaakinformatieobjecten_is_a_plain_array(
    http: httpx.Client, zaken_url: str, demo_server: DemoServer
) -> None:
    zaak = next(z for z in _persona_zaken(http, zaken_url) if z["zaakinformatieobjecten"])
    body = http.get(demo_server.sources[0].zaken_api + "zaakinformatieobjecten",
                    params={"zaak": zaak["url"]}).json()  # fmt: skip
    assert isinstance(body, list)
    assert sorted(z["url"] for z in body) == sorted(zaak["zaakinformatieobjecten"])


def test_document_download(http: httpx.Client, zaken_url: str, demo_server: DemoServer) -> None:
    zaak = next(z for z in _persona_zaken(http, zaken_url) if z["zaakinformatieobjecten"])
    zio = http.get(zaak["zaakinformatieobjecten"][0]).json()
    eio = http.get(zio["informatieobject"]).json()
    download = http.get(eio["inhoud"])
    assert download.status_code == 200
    assert download.headers["Content-Type"] == "application/octet-stream"
    assert download.headers["Content-Disposition"].endswith('.bin"')
    assert len(download.content) == eio["bestandsomvang"]
    assert eio["bestandsnaam"].endswith((".pdf", ".txt"))
    if eio["formaat"] == "application/pdf":
        assert download.content.startswith(b"%PDF")


# --- pagination ------------------------------------------------------------------------------


def _walk(http: httpx.Client, first: httpx.Response) -> list[dict[str, Any]]:
    pages = [first.json()]
    while pages[-1]["next"]:
        assert pages[-1]["next"].startswith("http://127.0.0.1:")
        pages.append(http.get(pages[-1]["next"]).json())
    return pages


def test_pagination_with_page_size_2(http: httpx.Client, zaken_url: str) -> None:
    first = http.get(zaken_url, params={BSN_PARAM: BENCHMARK_BSN_20, "pageSize": "2"})
    pages = _walk(http, first)
    assert len(pages) == 10
    assert all(p["count"] == 20 for p in pages)
    urls = [z["url"] for p in pages for z in p["results"]]
    assert len(urls) == len(set(urls)) == 20
    assert pages[0]["previous"] is None
    assert "page=" not in pages[1]["previous"]  # DRF drops page=1
    assert "page=2" in pages[2]["previous"]
    assert pages[-1]["next"] is None


def test_server_page_size_setting(demo_server_factory: Callable[..., DemoServer]) -> None:
    server = demo_server_factory(sources=1, page_size=2, klantinteracties=False)
    source = server.sources[0]
    with client(source) as http:
        first = http.get(source.zaken_api + "zaken", params={BSN_PARAM: BENCHMARK_BSN_20})
        assert len(first.json()["results"]) == 2
        assert len(_walk(http, first)) == 10


def test_page_size_is_capped_and_pages_checked(http: httpx.Client, zaken_url: str) -> None:
    capped = http.get(zaken_url, params={"pageSize": "100000"}).json()
    assert len(capped["results"]) == min(capped["count"], 500)
    assert capped["count"] <= 500 or capped["next"] is not None
    for page in ("0", "abc", "99"):
        response = http.get(zaken_url, params={BSN_PARAM: BENCHMARK_BSN_20, "page": page})
        assert response.status_code == 404
        assert response.json()["detail"] == "Ongeldige pagina."


# --- expand ----------------------------------------------------------------------------------


def test_expand_parent_and_child(http: httpx.Client, zaken_url: str) -> None:
    zaken = _persona_zaken(http, zaken_url, expand="status,status.statustype,resultaat,rollen")
    for zaak in zaken:
        expanded = zaak["_expand"]
        assert expanded["status"]["url"] == zaak["status"]
        assert (
            expanded["status"]["_expand"]["statustype"]["url"] == expanded["status"]["statustype"]
        )
        assert [r["url"] for r in expanded["rollen"]] == zaak["rollen"]
        assert "_expand" not in expanded["rollen"][0]  # rollen.roltype was not asked
        if zaak["resultaat"] is None:
            assert "resultaat" not in expanded  # null relations are left out
        else:
            assert expanded["resultaat"]["url"] == zaak["resultaat"]
            assert "_expand" not in expanded["resultaat"]


def test_dotted_expand_alone_does_nothing(http: httpx.Client, zaken_url: str) -> None:
    zaken = _persona_zaken(http, zaken_url, expand="status.statustype")
    assert all(z["_expand"] == {} for z in zaken)
    plain = _persona_zaken(http, zaken_url)
    assert all(z["_expand"] == {} for z in plain)
    detail = http.get(zaken[0]["url"], params={"expand": "status.statustype"}).json()
    assert "_expand" not in detail  # as oz_zaak_detail_expand_status_statustype.json


def test_expanded_zaaktype_equals_catalogi(http: httpx.Client, zaken_url: str) -> None:
    zaak = _persona_zaken(http, zaken_url, expand="zaaktype")[0]
    assert zaak["_expand"]["zaaktype"] == http.get(zaak["zaaktype"]).json()


def test_expand_on_zoek_merges_body_and_query(http: httpx.Client, zaken_url: str) -> None:
    response = http.post(
        zaken_url + "/_zoek",
        params={"expand": "status"},
        json={BSN_PARAM: PERSONA_BSN, "expand": ["status.statustype"], "ordering": ["-startdatum"]},
    )
    assert response.status_code == 200
    zaken = response.json()["results"]
    assert zaken and all("statustype" in z["_expand"]["status"]["_expand"] for z in zaken)
    assert [z["startdatum"] for z in zaken] == sorted(
        (z["startdatum"] for z in zaken), reverse=True
    )
    missing_crs = http.post(zaken_url + "/_zoek", json={}, headers={"Content-Crs": ""})
    assert missing_crs.status_code == 412


def test_invalid_expand(http: httpx.Client, zaken_url: str) -> None:
    body = http.get(zaken_url, params={"expand": "zaakinformatieobjecten.informatieobject"}).json()
    assert body["status"] == 400
    assert body["invalidParams"][0]["code"] == "invalid_choice"


# --- ETag, methods, unknown URLs -------------------------------------------------------------


def test_etag_and_if_none_match(http: httpx.Client, zaken_url: str) -> None:
    zaak = _persona_zaken(http, zaken_url, expand="status,resultaat,rollen,zaaktype")
    closed = next(z for z in zaak if z["resultaat"] and z["zaakinformatieobjecten"])
    zaaktype = closed["_expand"]["zaaktype"]
    urls = [
        closed["url"],
        closed["status"],
        closed["rollen"][0],
        closed["resultaat"],
        closed["zaaktype"],
        closed["_expand"]["status"]["statustype"],
        zaaktype["roltypen"][0],
        zaaktype["resultaattypen"][0],
        http.get(closed["zaakinformatieobjecten"][0]).json()["informatieobject"],
    ]
    for url in urls:
        first = http.get(url)
        etag = first.headers["ETag"]
        assert etag.startswith('"') and etag.endswith('"')
        again = http.get(url, headers={"If-None-Match": etag})
        assert again.status_code == 304, url
        assert again.content == b""
        assert again.headers["ETag"] == etag
        assert "API-version" not in again.headers
        stale = http.get(url, headers={"If-None-Match": '"0000"'})
        assert stale.status_code == 200
    head = http.head(closed["url"])
    assert head.status_code == 200 and head.content == b"" and head.headers["ETag"]


def test_lists_have_no_etag(http: httpx.Client, zaken_url: str) -> None:
    assert "ETag" not in http.get(zaken_url, params={BSN_PARAM: PERSONA_BSN}).headers


def test_wrong_method_and_unknown_url(http: httpx.Client, zaken_url: str) -> None:
    deleted = http.delete(zaken_url)
    assert deleted.status_code == 405
    assert deleted.json()["code"] == "method_not_allowed"
    assert deleted.json()["detail"] == 'Methode "DELETE" niet toegestaan.'
    assert "GET" in deleted.headers["Allow"]
    assert http.get(zaken_url.replace("/zaken", "/bestaatniet")).status_code == 404


def test_request_log(demo_server_factory: Callable[..., DemoServer]) -> None:
    server = demo_server_factory(sources=1, klantinteracties=False)
    source = server.sources[0]
    with client(source) as http:
        http.get(source.zaken_api + "zaken", params={BSN_PARAM: PERSONA_BSN})
        http.post(source.zaken_api + "zaken/_zoek", json={BSN_PARAM: PERSONA_BSN})
    log = server.request_log(0)
    assert [(r.method, r.path) for r in log] == [
        ("GET", "/zaken/api/v1/zaken"),
        ("POST", "/zaken/api/v1/zaken/_zoek"),
    ]
    assert log[0].query == {BSN_PARAM: PERSONA_BSN}
    assert log[0].headers["accept-crs"] == "EPSG:4326"
    assert log[0].headers["authorization"].startswith("Bearer ")
    assert b"999993653" in log[1].body
    server.clear_request_log()
    assert server.request_log(0) == []


def test_page_size_cap_with_the_big_caller(demo_server_factory: Callable[..., DemoServer]) -> None:
    from kcc_desk.demo.data.personas import BENCHMARK_BSN_MANY

    server = demo_server_factory(sources=1, big_caller_cases=520, klantinteracties=False)
    source = server.sources[0]
    with client(source) as http:
        params = {BSN_PARAM: BENCHMARK_BSN_MANY, "pageSize": "100000"}
        body = http.get(source.zaken_api + "zaken", params=params).json()
    assert body["count"] == 520
    assert len(body["results"]) == 500
    assert body["next"] is not None and "page=2" in body["next"]


def test_empty_filter_values_are_ignored_like_django_filter(
    http: httpx.Client, zaken_url: str
) -> None:
    # Open Zaak (django-filter) treats ?x= as "no filter": an empty BSN lists every zaak.
    everything = http.get(zaken_url, params={"pageSize": "1"}).json()["count"]
    empty = http.get(zaken_url, params={BSN_PARAM: "", "pageSize": "1", "page": ""}).json()
    assert empty["count"] == everything
    assert http.get(zaken_url, params={"expand": ""}).status_code == 200


def test_several_agents_at_once(demo_server: DemoServer) -> None:
    """Keep-alive clients in parallel, as a KCC floor at peak time."""
    import asyncio

    source = demo_server.sources[0]

    async def agent(number: int) -> list[int]:
        statuses = []
        async with httpx.AsyncClient(headers=auth_headers(source), timeout=20) as session:
            for i in range(10):
                bsn = PERSONA_BSN if (number + i) % 2 else BENCHMARK_BSN_20
                zaken = await session.get(
                    source.zaken_api + "zaken",
                    params={BSN_PARAM: bsn, "expand": "status,status.statustype"},
                )
                statuses.append(zaken.status_code)
                first = zaken.json()["results"][0]
                statuses.append((await session.get(first["zaaktype"])).status_code)
        return statuses

    async def floor() -> list[list[int]]:
        return await asyncio.gather(*(agent(n) for n in range(12)))

    results = asyncio.run(floor())
    assert all(status == 200 for statuses in results for status in statuses)


def test_zoek_ordering_as_array_or_string(http: httpx.Client, zaken_url: str) -> None:
    for ordering in (["startdatum"], "startdatum"):
        body = {BSN_PARAM: PERSONA_BSN, "ordering": ordering}
        zaken = http.post(zaken_url + "/_zoek", json=body).json()["results"]
        dates = [z["startdatum"] for z in zaken]
        assert dates == sorted(dates)
    bad = http.post(zaken_url + "/_zoek", json={"ordering": ["naam"]})
    assert bad.status_code == 400
