"""Contract tests: the demo Klantinteracties API's responses (successes and errors), and the
requests our client sends, validated with openapi-core against Open Klant 2.18.0's own spec,
over real HTTP."""

from __future__ import annotations

import functools
import json
from collections.abc import AsyncIterator
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import httpx
import pytest
from openapi_core import OpenAPI
from openapi_core.testing import MockRequest, MockResponse
from openapi_core.validation.response.exceptions import InvalidData

from kcc_desk.services.contacts.client import KlantinteractiesClient
from kcc_desk.services.contacts.delivery import deliver_pending
from kcc_desk.services.contacts.queue import Outbox
from tests.klantinteracties.harness import RunningKI
from tests.klantinteracties.openklant_spec import (
    RECORDINGS,
    SPEC_PATH,
    declared_query_params,
    path_pattern_for,
    tolerant_spec,
)
from tests.outbox.helpers import ZAAK_URL, answered, referral


@functools.cache
def _shared_api() -> OpenAPI:
    # A relative server URL matches any host, so one (slow to build) OpenAPI serves all tests.
    return OpenAPI.from_dict(tolerant_spec("/klantinteracties/api/v1"))


def _api(server_url: str) -> OpenAPI:
    del server_url
    return _shared_api()


def _mock_request(
    method: str, url: str, body: object = None, token: str = "x"
) -> tuple[MockRequest, str]:
    parts = urlsplit(url)
    host = f"{parts.scheme}://{parts.netloc}"
    request = MockRequest(
        host,
        method.lower(),
        parts.path,
        args=dict(parse_qsl(parts.query)),
        headers={"Authorization": f"Token {token}"},
        data=json.dumps(body).encode() if body is not None else None,
        content_type="application/json",
    )
    return request, host


def _validate(
    api: OpenAPI, method: str, url: str, status: int, body: Any, *, req: Any = None
) -> None:
    request, _ = _mock_request(method, url, req)
    response = MockResponse(json.dumps(body).encode(), status_code=status)
    api.validate_response(request, response)


def test_recorded_open_klant_exchanges_pass_the_tolerant_spec() -> None:
    """The repairs in ``tolerant_spec`` are exactly what the real server needs, no more."""
    # The spec and recordings are in the repository (tests/fixtures): missing ones fail, never skip.
    assert SPEC_PATH.is_file(), SPEC_PATH
    files = sorted(RECORDINGS.glob("ok_*.json"))
    assert files, f"no recorded Open Klant exchanges in {RECORDINGS}"
    api = _api("http://127.0.0.1:8001/klantinteracties/api/v1")
    for path in files:
        recorded = json.loads(path.read_text(encoding="utf-8"))
        req, resp = recorded["request"], recorded["response"]
        _validate(api, req["method"], req["url"], resp["status"], resp["body"], req=req.get("json"))


@pytest.fixture
async def api(ki: RunningKI) -> AsyncIterator[OpenAPI]:
    yield _api(ki.base_url)


async def _check(
    http: httpx.AsyncClient,
    api: OpenAPI,
    ki: RunningKI,
    method: str,
    path: str,
    *,
    body: Any = None,
    status: int,
    token: str | None = None,
    headers: dict[str, str] | None = None,
) -> Any:
    url = path if path.startswith("http") else ki.base_url + path
    all_headers = {"Authorization": f"Token {token or ki.token}"}
    all_headers.update(headers or {})
    response = await http.request(method, url, json=body, headers=all_headers)
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    assert "etag" not in response.headers  # Open Klant sends none
    assert response.headers.get("api-version") == "0.9.0"
    data = response.json()
    _validate(api, method, url, status, data, req=body)
    return data


async def test_success_responses_conform(
    ki: RunningKI, http: httpx.AsyncClient, api: OpenAPI
) -> None:
    for resource in (
        "partijen",
        "partij-identificatoren",
        "klantcontacten",
        "betrokkenen",
        "onderwerpobjecten",
        "actoren",
        "actorklantcontacten",
        "internetaken",
    ):
        page = await _check(http, api, ki, "GET", f"{resource}?pageSize=2", status=200)
        assert page["count"] >= 1 and page["results"]
        if page["count"] > 2:
            assert page["next"].startswith(ki.base_url) and "page=2" in page["next"]
            second = await _check(http, api, ki, "GET", page["next"], status=200)
            assert second["previous"].startswith(ki.base_url)
        first = page["results"][0]
        detail = await _check(http, api, ki, "GET", f"{resource}/{first['uuid']}", status=200)
        assert detail["url"] == first["url"] == f"{ki.base_url}{resource}/{first['uuid']}"

    expand = (
        "gingOverOnderwerpobjecten,hadBetrokkenen,hadBetrokkenen.wasPartij,leiddeTotInterneTaken"
    )
    by_bsn = await _check(
        http,
        api,
        ki,
        "GET",
        "klantcontacten?hadBetrokkene__wasPartij__partijIdentificator__objectId=999993653"
        f"&expand={expand}",
        status=200,
    )
    assert by_bsn["count"] == 3
    assert any(kc["_expand"]["leiddeTotInterneTaken"] for kc in by_bsn["results"])
    betrokkene = by_bsn["results"][0]["_expand"]["hadBetrokkenen"][0]
    assert betrokkene["_expand"]["wasPartij"]["soortPartij"] == "persoon"
    kc_uuid = by_bsn["results"][0]["uuid"]
    await _check(http, api, ki, "GET", f"klantcontacten/{kc_uuid}?expand={expand}", status=200)
    await _check(
        http,
        api,
        ki,
        "GET",
        f"klantcontacten?onderwerpobject__onderwerpobjectidentificatorObjectId={ZAAK_URL}",
        status=200,
    )

    # creates, each resource, then the convenience endpoint and closing a task
    partij = await _check(
        http,
        api,
        ki,
        "POST",
        "partijen",
        body={
            "soortPartij": "persoon",
            "indicatieActief": True,
            "partijIdentificatie": {"contactnaam": {"voornaam": "Els", "achternaam": "Kok"}},
        },
        status=201,
    )
    await _check(
        http,
        api,
        ki,
        "POST",
        "partij-identificatoren",
        body={
            "identificeerdePartij": {"uuid": partij["uuid"]},
            "partijIdentificator": {
                "codeObjecttype": "natuurlijk_persoon",
                "codeSoortObjectId": "bsn",
                "objectId": "123456782",
                "codeRegister": "brp",
            },
        },
        status=400,  # the seed already has this BSN: Open Klant's uniqueness rule
    )
    kc = await _check(
        http,
        api,
        ki,
        "POST",
        "klantcontacten",
        body={
            "kanaal": "telefoon",
            "onderwerp": "Vraag",
            "taal": "nld",
            "vertrouwelijk": False,
            "referentienummer": "4711000123",
            "metadata": {"bron": "test"},
        },
        status=201,
    )
    actor = await _check(
        http,
        api,
        ki,
        "POST",
        "actoren",
        body={
            "naam": "Team Test",
            "soortActor": "organisatorische_eenheid",
            "actoridentificator": {"objectId": "TST", "codeObjecttype": "afd"},
        },
        status=201,
    )
    for resource, payload in (
        (
            "betrokkenen",
            {
                "hadKlantcontact": {"uuid": kc["uuid"]},
                "wasPartij": {"uuid": partij["uuid"]},
                "rol": "klant",
                "initiator": True,
            },
        ),
        (
            "onderwerpobjecten",
            {
                "klantcontact": {"uuid": kc["uuid"]},
                "onderwerpobjectidentificator": {
                    "objectId": "5d9c3c1e-2f4b-4a8e-b1a7-6c0f2e9d8a41",
                    "codeObjecttype": "zgw-Zaak",
                    "codeRegister": "openzaak",
                    "codeSoortObjectId": "uuid",
                },
            },
        ),
        (
            "actorklantcontacten",
            {"actor": {"uuid": actor["uuid"]}, "klantcontact": {"uuid": kc["uuid"]}},
        ),
    ):
        await _check(http, api, ki, "POST", resource, body=payload, status=201)
    task = await _check(
        http,
        api,
        ki,
        "POST",
        "internetaken",
        body={
            "aanleidinggevendKlantcontact": {"uuid": kc["uuid"]},
            "gevraagdeHandeling": "Terugbellen",
            "toegewezenAanActoren": [{"uuid": actor["uuid"]}],
            "status": "te_verwerken",
        },
        status=201,
    )
    assert task["toegewezenAanActor"]["uuid"] == actor["uuid"]  # deprecated mirror
    closed = await _check(
        http,
        api,
        ki,
        "PATCH",
        f"internetaken/{task['uuid']}",
        body={"status": "verwerkt", "afgehandeldOp": "2026-11-29T09:00:00+01:00"},
        status=200,
    )
    assert closed["status"] == "verwerkt" and closed["afgehandeldOp"] == "2026-11-29T08:00:00Z"
    made = await _check(
        http,
        api,
        ki,
        "POST",
        "maak-klantcontact",
        body={
            "klantcontact": {
                "kanaal": "balie",
                "onderwerp": "Alles in één",
                "taal": "nld",
                "vertrouwelijk": False,
            },
            "betrokkene": {
                "wasPartij": {"uuid": partij["uuid"]},
                "rol": "klant",
                "initiator": True,
            },
            "onderwerpobject": {"onderwerpobjectidentificator": {"objectId": "x"}},
        },
        status=201,
    )
    assert made["klantcontact"]["hadBetrokkenen"][0]["uuid"] == made["betrokkene"]["uuid"]
    assert made["onderwerpobject"]["klantcontact"]["uuid"] == made["klantcontact"]["uuid"]


async def test_error_responses_conform_and_match_open_klant(
    ki: RunningKI, http: httpx.AsyncClient, api: OpenAPI
) -> None:
    url = ki.base_url + "klantcontacten"
    # 401s exactly as recorded: no token / a ZGW Bearer JWT = not_authenticated; wrong key
    for headers, code in (
        ({}, "not_authenticated"),
        ({"Authorization": "Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig"}, "not_authenticated"),
        ({"Authorization": "Token wrong"}, "authentication_failed"),
    ):
        response = await http.get(url, headers=headers)
        assert response.status_code == 401
        assert response.headers["www-authenticate"] == "Token"
        body = response.json()
        assert body["code"] == code and body["status"] == 401
        _validate(api, "GET", url, 401, body)

    # the validator really bites: a klantcontact without its required fields is refused
    broken = {"uuid": "d2cfc330-f1a7-4603-b6f3-79af05b155b7", "url": url + "/x"}
    with pytest.raises(InvalidData):
        _validate(api, "GET", url + "/d2cfc330-f1a7-4603-b6f3-79af05b155b7", 200, broken)

    unknown = await _check(http, api, ki, "GET", "klantcontacten?foo=bar", status=400)
    assert unknown["invalidParams"] == [
        {
            "name": "nonFieldErrors",
            "code": "unknown-parameters",
            "reason": "Onbekende query parameters: foo",
        }
    ]
    bad_expand = await _check(http, api, ki, "GET", "klantcontacten?expand=bestaatniet", status=400)
    assert bad_expand["invalidParams"][0]["code"] == "invalid_choice"
    bad_date = await _check(
        http, api, ki, "GET", "klantcontacten?plaatsgevondenOp=not-a-date", status=400
    )
    assert bad_date["invalidParams"][0]["name"] == "plaatsgevondenOp"
    missing = await _check(
        http, api, ki, "POST", "klantcontacten", body={"onderwerp": "x"}, status=400
    )
    assert [(p["name"], p["code"]) for p in missing["invalidParams"]] == [
        ("kanaal", "required"),
        ("taal", "required"),
        ("vertrouwelijk", "required"),
    ]
    too_long = await _check(
        http,
        api,
        ki,
        "POST",
        "klantcontacten",
        body={"kanaal": "telefoon", "onderwerp": "o" * 201, "taal": "nld", "vertrouwelijk": False},
        status=400,
    )
    assert too_long["invalidParams"][0]["code"] == "max_length"
    both = await _check(
        http,
        api,
        ki,
        "POST",
        "internetaken",
        body={
            "aanleidinggevendKlantcontact": {"uuid": "00000000-0000-4000-8000-000000000000"},
            "gevraagdeHandeling": "x",
            "status": "te_verwerken",
        },
        status=400,
    )
    assert both["invalidParams"][0]["code"] == "does_not_exist"
    not_found = await _check(
        http, api, ki, "GET", "klantcontacten/d2cfc330-f1a7-4603-b6f3-79af05b155b7", status=404
    )
    assert not_found["code"] == "not_found"
    page = await _check(http, api, ki, "GET", "klantcontacten?page=99", status=404)
    assert page["detail"] == "Ongeldige pagina."


async def test_client_requests_conform_to_the_spec(ki: RunningKI, tmp_path: Any) -> None:
    """Every request our client and outbox send is valid for Open Klant and uses only declared
    query parameters (a real server answers an unknown one with 400)."""
    api = _api(ki.base_url)
    sent: list[tuple[str, str, bytes]] = []

    async def record(request: httpx.Request) -> None:
        sent.append((request.method, str(request.url), request.content))

    async with httpx.AsyncClient(timeout=5.0, event_hooks={"request": [record]}) as http:
        for use_maak in (True, False):
            client = KlantinteractiesClient(
                http, ki.base_url, ki.token, use_maak_klantcontact=use_maak
            )
            with Outbox(tmp_path / f"o-{use_maak}.db") as outbox:
                outbox.enqueue(referral(ki.store, 1, bsn="111222333"))
                outbox.enqueue(answered(2, bsn="100000009"))
                assert (await deliver_pending(outbox, client)).ok
            await client.contacts_for_bsn("999993653")
            await client.contacts_for_zaak("1d0b7c8e-1111-4a5b-9c6d-000000000002", ZAAK_URL)
            await client.referral_targets()
            for task in (await client.open_referrals_for_bsn("999993653"))[:1]:
                await client.close_internetaak(task.uuid)
    assert len(sent) > 20
    root = urlsplit(ki.base_url).path.rstrip("/")
    for method, url, content in sent:
        parts = urlsplit(url)
        relative = parts.path[len(root) :]
        pattern = path_pattern_for(relative)
        params = {k for k, _ in parse_qsl(parts.query)}
        assert params <= declared_query_params(pattern, method), (method, pattern, params)
        request, _ = _mock_request(
            method, url, json.loads(content) if content else None, token=ki.token
        )
        api.validate_request(request)


def test_server_accepts_exactly_the_declared_query_parameters() -> None:
    """Unknown parameters get 400 from Open Klant; the demo must neither refuse a declared one
    nor accept an undeclared one (clients would pass here and fail in production)."""
    from kcc_desk.demo.klantinteracties.filters import EXPAND_CHOICES, FILTERS

    for resource, filters in FILTERS.items():
        ours = set(filters) | {"page", "pageSize"}
        if resource in EXPAND_CHOICES:
            ours.add("expand")
        assert ours == declared_query_params(f"/{resource}", "GET"), resource
