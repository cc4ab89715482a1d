"""Person search over real HTTP against the demo BRP and Klantinteracties (issue 14)."""

from __future__ import annotations

import pytest

from kcc_desk.demo.data.brp_personas import NAMESAKE_BSNS, PERSONA_EMAIL, SECRET_BSN
from kcc_desk.demo.server import PERSONA_BSN, DemoServer
from kcc_desk.services.identifiers import parse_identifier
from kcc_desk.services.persons.brp import FIELDS
from tests.persons.helpers import demo_config, person_service


async def find(server: DemoServer, text: str) -> list[tuple[str, str, bool]]:
    async with person_service(demo_config(server)) as service:
        result = await service.find(parse_identifier(text))
    return [(p.bsn, p.naam, p.geheimhouding) for p in result.persons]


async def test_name_and_date_of_birth_finds_the_namesakes(demo_server: DemoServer) -> None:
    found = await find(demo_server, "de Vries 12-3-1980")
    assert sorted(bsn for bsn, _, _ in found) == sorted(NAMESAKE_BSNS)
    assert {naam for _, naam, _ in found} == {"Daan de Vries", "Dirk Jan de Vries"}


async def test_first_name_narrows_to_one(demo_server: DemoServer) -> None:
    assert [b for b, _, _ in await find(demo_server, "Dirk de Vries 12-3-1980")] == [
        NAMESAKE_BSNS[1]
    ]


async def test_one_match_and_none(demo_server: DemoServer) -> None:
    zoe = demo_server.data.person_by_bsn[PERSONA_BSN]
    found = await find(demo_server, f"van den Berg {zoe.geboortedatum:%d-%m-%Y}")
    assert [(b, n) for b, n, _ in found] == [(PERSONA_BSN, "Zoë van den Berg")]
    assert await find(demo_server, "Niemand 1-1-1990") == []


async def test_case_and_accents_do_not_matter_but_a_prefix_needs_a_wildcard(
    demo_server: DemoServer,
) -> None:
    zoe = demo_server.data.person_by_bsn[PERSONA_BSN]
    born = f"{zoe.geboortedatum:%d-%m-%Y}"
    assert [b for b, _, _ in await find(demo_server, f"Zoe VAN DEN BERG {born}")] == [PERSONA_BSN]
    assert await find(demo_server, f"van den Ber {born}") == []  # no implicit prefix match
    assert [b for b, _, _ in await find(demo_server, f"Ber* {born}")] == [PERSONA_BSN]


async def test_postcode_and_house_number_with_secrecy(demo_server: DemoServer) -> None:
    found = await find(demo_server, "3119 la 12")
    assert {(b, g) for b, _, g in found} == {(NAMESAKE_BSNS[0], False), (SECRET_BSN, True)}
    assert await find(demo_server, "3119LA 12b") == []  # the huisletter is sent and narrows
    # Official test persons, both with geheimhouding, at one address.
    assert {g for _, _, g in await find(demo_server, "3011 KD 72")} == {True}


@pytest.mark.parametrize("notation", ["06 12345678", "+31 6 1234 5678", "0031612345678"])
async def test_phone_in_any_notation_finds_the_persona(
    demo_server: DemoServer, notation: str
) -> None:
    assert [(b, n) for b, n, _ in await find(demo_server, notation)] == [
        (PERSONA_BSN, "Zoë van den Berg")
    ]


async def test_phone_stored_in_plus31_form_is_found_from_the_national_form(
    demo_server: DemoServer,
) -> None:
    # Stored as "+31612345679": only the +31 notation finds it (adres is exact).
    assert [b for b, _, _ in await find(demo_server, "06-12345679")] == [PERSONA_BSN]


@pytest.mark.parametrize("typed", [PERSONA_EMAIL, PERSONA_EMAIL.lower(), PERSONA_EMAIL.upper()])
async def test_email_ignores_case(demo_server: DemoServer, typed: str) -> None:
    assert [b for b, _, _ in await find(demo_server, typed)] == [PERSONA_BSN]


async def test_email_must_match_whole(demo_server: DemoServer) -> None:
    assert await find(demo_server, "oe.vandenberg@voorbeeld.nl") == []
    assert await find(demo_server, "06 99999999") == []


async def test_bodies_are_strict_and_personal_data_stays_out_of_urls(
    fresh_demo_server: DemoServer,
) -> None:
    server = fresh_demo_server
    await find(server, "Zoë van den Berg 12-3-1980")
    await find(server, "2511ab 12a-2")
    await find(server, "06 12345678")
    bodies = server.brp_bodies()
    assert bodies[0] == {
        "type": "ZoekMetGeslachtsnaamEnGeboortedatum",
        "fields": list(FIELDS),
        "geslachtsnaam": "Berg",
        "geboortedatum": "1980-03-12",
        "voorvoegsel": "van den",
        "voornamen": "Zoë*",
    }
    assert bodies[1] == {
        "type": "ZoekMetPostcodeEnHuisnummer",
        "fields": list(FIELDS),
        "postcode": "2511AB",
        "huisnummer": 12,
        "huisletter": "a",
        "huisnummertoevoeging": "2",
    }
    assert bodies[2] == {
        "type": "RaadpleegMetBurgerservicenummer",
        "fields": list(FIELDS),
        "burgerservicenummer": [PERSONA_BSN],
    }
    for request in server.brp_request_log():
        assert request.method == "POST"
        assert request.path == "/haalcentraal/api/brp/personen" and not request.query
        assert request.headers.get("content-type") == "application/json; charset=utf-8"
        assert request.headers.get("x-api-key") == server.brp_api_key
