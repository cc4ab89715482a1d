"""The demo Klantinteracties keeps digitale adressen as the recorded Open Klant 2.18 does
(tests/fixtures/zgw-recorded/ok_*digitaaladres*.json, ok_digitaleadressen_*.json)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from kcc_desk.demo.data.brp_personas import PERSONA_EMAIL, PERSONA_PHONES
from kcc_desk.demo.server import DemoServer
from tests.fixtures import paths


def recorded(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((paths.RECORDED_DIR / f"{name}.json").read_text("utf-8"))
    return data


@pytest.fixture
def ki(demo_server: DemoServer) -> Iterator[httpx.Client]:
    assert demo_server.klantinteracties_url and demo_server.klantinteracties_token
    with httpx.Client(
        base_url=demo_server.klantinteracties_url,
        headers={"Authorization": f"Token {demo_server.klantinteracties_token}"},
        timeout=5,
    ) as client:
        yield client


def adressen(client: httpx.Client, **params: str) -> list[str]:
    response = client.get("digitaleadressen", params=params)
    assert response.status_code == 200, response.text
    return [r["adres"] for r in response.json()["results"]]


def test_shape_matches_the_recording(ki: httpx.Client) -> None:
    body = ki.get("digitaleadressen", params={"adres": PERSONA_PHONES[0]}).json()
    real = recorded("ok_digitaleadressen_by_adres_exact")["response"]["body"]
    assert set(body) == set(real)
    assert set(body["results"][0]) == set(real["results"][0])


def test_adres_is_exact_and_case_sensitive(ki: httpx.Client) -> None:
    assert adressen(ki, adres=PERSONA_PHONES[0]) == [PERSONA_PHONES[0]]
    assert adressen(ki, adres="06 12345678") == []  # another notation finds nothing
    assert adressen(ki, adres=PERSONA_EMAIL.lower()) == []


def test_adres_icontains_ignores_case(ki: httpx.Client) -> None:
    assert adressen(ki, adres__icontains=PERSONA_EMAIL.lower()) == [PERSONA_EMAIL]


def test_the_partij_lists_its_addresses(ki: httpx.Client) -> None:
    first = ki.get("digitaleadressen", params={"adres": PERSONA_EMAIL}).json()["results"][0]
    partij = ki.get(first["verstrektDoorPartij"]["url"]).json()
    assert len(partij["digitaleAdressen"]) == 3


@pytest.mark.parametrize(
    ("name", "status"),
    [
        ("ok_create_digitaaladres_telefoon", 201),
        ("ok_create_digitaaladres_telefoon_plus31", 201),
        ("ok_create_digitaaladres_telefoon_spaces", 400),
        ("ok_create_digitaaladres_telefoon_0800", 400),
        ("ok_create_digitaaladres_email", 201),
    ],
)
def test_creating_as_recorded(fresh_demo_server: DemoServer, name: str, status: int) -> None:
    server = fresh_demo_server
    exchange = recorded(name)
    with httpx.Client(
        base_url=server.klantinteracties_url or "",
        headers={"Authorization": f"Token {server.klantinteracties_token}"},
        timeout=5,
    ) as client:
        partij = client.get("partijen", params={"pageSize": "1"}).json()["results"][0]["uuid"]
        body = {**exchange["request"]["json"], "verstrektDoorPartij": {"uuid": partij}}
        response = client.post("digitaleadressen", json=body)
    assert response.status_code == exchange["response"]["status"] == status
    if status == 400:
        assert response.json()["invalidParams"] == exchange["response"]["body"]["invalidParams"]
    else:
        assert response.json()["adres"] == body["adres"]  # stored exactly as given
