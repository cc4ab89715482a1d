"""Shared pieces of the watch-list tests: pick movable demo cases, wait for a condition."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from kcc_desk.demo.server import DemoServer


def movable_cases(server: DemoServer, index: int, count: int = 1) -> list[tuple[str, str]]:
    """(uuid, zaak URL) of open cases of source ``index`` with at least three steps to go."""
    data = server.data.sources[index]
    base = server.sources[index].zaken_api
    found: list[tuple[str, str]] = []
    for zaak in sorted(data.zaken.values(), key=lambda z: z.identificatie):
        if zaak.einddatum is not None or not zaak.status_uuids:
            continue
        order = data.zaaktypen[zaak.zaaktype_uuid].statustype_uuids
        current = data.statussen[zaak.status_uuids[-1]].statustype_uuid
        if current in order and order.index(current) + 3 < len(order):
            found.append((zaak.uuid, f"{base}zaken/{zaak.uuid}"))
        if len(found) == count:
            break
    assert len(found) == count, "the demo data should have enough open cases"
    return found


def next_step_name(server: DemoServer, index: int, zaak_uuid: str) -> str:
    data = server.data.sources[index]
    zaak = data.zaken[zaak_uuid]
    order = data.zaaktypen[zaak.zaaktype_uuid].statustype_uuids
    current = data.statussen[zaak.status_uuids[-1]].statustype_uuid
    return data.statustypen[order[order.index(current) + 1]].omschrijving


async def wait_for(condition: Callable[[], bool], timeout: float = 15.0) -> None:
    """Wait (not a timing assertion) until ``condition`` holds; fail clearly if it never does."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        if loop.time() > deadline:
            raise AssertionError("condition not reached in time")
        await asyncio.sleep(0.02)
