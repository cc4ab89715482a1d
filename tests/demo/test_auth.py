"""ZGW JWT auth as Open Zaak: every failure is a 403 with the code seen in the recordings."""

from __future__ import annotations

import time

import httpx
import jwt
import pytest

from kcc_desk.demo.server import DemoServer
from tests.demo.helpers import BSN_PARAM, CRS, make_token


def _get(server: DemoServer, authorization: str | None) -> httpx.Response:
    headers = dict(CRS)
    if authorization is not None:
        headers["Authorization"] = authorization
    return httpx.get(
        f"{server.sources[0].zaken_api}zaken",
        params={BSN_PARAM: "999993653"},
        headers=headers,
        timeout=10,
    )


def _bearer(server: DemoServer, **claims: object) -> str:
    return f"Bearer {make_token(server.sources[0], **claims)}"


@pytest.mark.parametrize(
    ("authorization", "code"),
    [
        (None, "permission_denied"),
        ("Token abcdef", "permission_denied"),
        ("Bearer not-a-jwt", "jwt-decode-error"),
    ],
)
def test_missing_or_garbage_token(
    demo_server: DemoServer, authorization: str | None, code: str
) -> None:
    response = _get(demo_server, authorization)
    assert response.status_code == 403
    body = response.json()
    assert body["code"] == code
    assert body["title"] == "Je hebt geen toestemming om deze actie uit te voeren."
    assert response.headers["API-version"] == "1.5.1"


def test_bad_signature(demo_server: DemoServer) -> None:
    now = int(time.time())
    token = jwt.encode(
        {"client_id": "kcc-desk", "iss": "kcc-desk", "iat": now},
        "not-the-secret-of-this-source-at-all",
        algorithm="HS256",
    )
    response = _get(demo_server, f"Bearer {token}")
    assert (response.status_code, response.json()["code"]) == (403, "invalid-jwt-signature")


def test_secret_of_another_source_is_rejected(demo_server: DemoServer) -> None:
    other = demo_server.sources[1]
    response = _get(demo_server, f"Bearer {make_token(other)}")
    assert response.json()["code"] == "invalid-jwt-signature"


@pytest.mark.parametrize(
    ("claims", "code"),
    [
        ({"client_id": "onbekend", "iss": "onbekend"}, "invalid-client-identifier"),
        ({"client_id": None}, "missing-client-identifier"),
        ({"iat": None}, "jwt-missing-iat-claim"),
        ({"iat": int(time.time()) - 7200}, "jwt-expired"),
        ({"iat": int(time.time()) - 3700}, "jwt-expired"),
        ({"iat": int(time.time()) + 7200}, "jwt-immature"),
    ],
)
def test_bad_claims(demo_server: DemoServer, claims: dict[str, object], code: str) -> None:
    response = _get(demo_server, _bearer(demo_server, **claims))
    assert response.status_code == 403
    assert response.json()["code"] == code


@pytest.mark.parametrize("offset", [0, -3500, 600])
def test_valid_tokens_including_clock_drift(demo_server: DemoServer, offset: int) -> None:
    # Open Zaak accepted an iat 10 minutes in the future (auth_jwt_iat_10min_future_200.json).
    response = _get(demo_server, _bearer(demo_server, iat=int(time.time()) + offset))
    assert response.status_code == 200


def test_every_api_requires_auth(demo_server: DemoServer) -> None:
    source = demo_server.sources[0]
    for url in (source.zaken_api + "zaken", source.catalogi_api + "zaaktypen",
                source.documenten_api + "enkelvoudiginformatieobjecten"):  # fmt: skip
        response = httpx.get(url, headers=CRS, timeout=10)
        assert response.status_code == 403, url
