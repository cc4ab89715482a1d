"""A BRP that is down, slow, or refuses: a clear message each time, and the BSN search still
works (issue 14). Real HTTP, faults switched on the demo server."""

from __future__ import annotations

import pytest

from kcc_desk.demo.server import PERSONA_BSN, DemoServer, Fault
from kcc_desk.services.credentials import Credentials
from kcc_desk.services.identifiers import parse_identifier
from kcc_desk.services.lookup import LookupService
from kcc_desk.services.persons.errors import (
    BrpAuthError,
    BrpError,
    BrpNotConfigured,
    BrpRejected,
    BrpUnavailable,
)
from kcc_desk.services.persons.service import PersonService
from tests.persons.helpers import demo_config, no_keyring, person_service


async def search_brp(server: DemoServer, **brp: object) -> BrpError:
    async with person_service(demo_config(server, **brp)) as service:
        with pytest.raises(BrpError) as raised:
            await service.find(parse_identifier("de Vries 12-3-1980"))
    return raised.value


async def bsn_search_still_works(server: DemoServer) -> None:
    config = demo_config(server)
    credentials = Credentials(config, environ={}, keyring_get=no_keyring)
    async with LookupService(config, credentials) as lookup:
        result = await lookup.lookup(parse_identifier(PERSONA_BSN))
    assert not result.all_failed and not result.partial
    assert result.cases


@pytest.mark.parametrize(
    ("fault", "kind", "words"),
    [
        (Fault.REFUSE, BrpUnavailable, "niet bereikbaar"),
        (Fault.HTTP_500, BrpUnavailable, "storing (500)"),
        (Fault.HTML_ERROR, BrpUnavailable, "storing (502)"),
        (Fault.MALFORMED_JSON, BrpUnavailable, "ongeldig antwoord"),
        (Fault.FORBIDDEN_403, BrpAuthError, "(403)"),
        (Fault.UNAUTHORIZED_401, BrpAuthError, "API-sleutel"),
    ],
)
async def test_each_failure_has_a_clear_message(
    fresh_demo_server: DemoServer, fault: Fault, kind: type[BrpError], words: str
) -> None:
    fresh_demo_server.brp_set_fault(fault)
    error = await search_brp(fresh_demo_server)
    assert isinstance(error, kind)
    assert words in error.message
    await bsn_search_still_works(fresh_demo_server)


async def test_down_says_which_searches_still_work(fresh_demo_server: DemoServer) -> None:
    fresh_demo_server.brp_set_fault(Fault.REFUSE)
    message = (await search_brp(fresh_demo_server)).message
    assert "naam of adres kan nu niet" in message and "BSN" in message


async def test_timeout(fresh_demo_server: DemoServer) -> None:
    fresh_demo_server.brp_set_fault(Fault.SLOW, delay_s=3)
    error = await search_brp(fresh_demo_server, timeout_s=0.3)
    assert isinstance(error, BrpUnavailable)
    assert "niet op tijd" in error.message
    await bsn_search_still_works(fresh_demo_server)


async def test_wrong_api_key_is_a_real_401(demo_server: DemoServer) -> None:
    config = demo_config(demo_server)
    credentials = Credentials(
        config, environ={"KCC_DESK_BRP_API_KEY": "verkeerd"}, keyring_get=no_keyring
    )
    async with PersonService(config, credentials) as service:
        with pytest.raises(BrpAuthError) as raised:
            await service.find(parse_identifier("de Vries 12-3-1980"))
    assert raised.value.status == 401


async def test_key_from_the_keyring_user_brp(demo_server: DemoServer) -> None:
    config = demo_config(demo_server, api_key=None)
    asked: list[tuple[str, str]] = []

    def keyring_get(service: str, user: str) -> str | None:
        asked.append((service, user))
        return demo_server.brp_api_key if (service, user) == ("kcc-desk", "brp") else None

    credentials = Credentials(config, environ={}, keyring_get=keyring_get)
    async with PersonService(config, credentials) as service:
        result = await service.find(parse_identifier("de Vries 12-3-1980"))
    assert len(result.persons) == 2
    assert ("kcc-desk", "brp") in asked


async def test_no_brp_configured(demo_server: DemoServer) -> None:
    from dataclasses import replace

    config = replace(demo_config(demo_server), brp=None)
    async with PersonService(config) as service:
        with pytest.raises(BrpNotConfigured):
            await service.find(parse_identifier("2511 AB 12"))


async def test_phone_search_without_the_brp_still_names_the_caller(
    fresh_demo_server: DemoServer,
) -> None:
    fresh_demo_server.brp_set_fault(Fault.REFUSE)
    async with person_service(demo_config(fresh_demo_server)) as service:
        result = await service.find(parse_identifier("06 12345678"))
    assert [(p.bsn, p.naam) for p in result.persons] == [(PERSONA_BSN, "Zoë van den Berg")]
    assert "niet bereikbaar" in result.brp_problem


async def test_too_many_results() -> None:
    """More than 10 found is a 400 tooManyResults: the agent is asked to narrow the search."""
    from datetime import date

    from kcc_desk.demo.data.model import Address, Person

    address = Address("Havenkade", 1, "", "3050 HK", "Lindendal", "1999200000009999")
    crowd = [
        Person(f"99990{i:04d}", f"Bewoner{i}", "", "Kamer", "o", date(1990, 1, 1), address)
        for i in range(11)
    ]
    made = DemoServer(sources=1, seed=1)
    made.data.brp_only_persons.extend(crowd)
    made.start()
    try:
        async with person_service(demo_config(made)) as service:
            with pytest.raises(BrpRejected) as raised:
                await service.find(parse_identifier("3050 HK 1"))
        assert raised.value.code == "tooManyResults"
        assert "Meer dan 10" in raised.value.message
    finally:
        made.stop()
