"""Partial results, fault handling, old servers and cancellation (a fresh demo server each)."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest

from kcc_desk.demo.server import BENCHMARK_BSN_20, PERSONA_BSN, DemoServer, Fault
from kcc_desk.services.models import SourcePhase, SourceProgress
from tests.fixtures.waiting import until
from tests.services.conftest import demo_config, demo_service
from tests.services.spec_check import validate_request


@pytest.mark.parametrize(
    ("fault", "reason"),
    [
        (Fault.REFUSE, "niet bereikbaar"),
        (Fault.UNAUTHORIZED_401, "niet aangemeld (401)"),
        (Fault.FORBIDDEN_403, "geen toegang (403)"),
        (Fault.HTTP_500, "storing bij de bron (500)"),
        (Fault.HTML_ERROR, "tijdelijk niet beschikbaar (502)"),
        (Fault.MALFORMED_JSON, "ongeldig antwoord (geen JSON)"),
    ],
)
async def test_one_source_fails(
    fresh_demo_server: DemoServer, tmp_path: Path, fault: Fault, reason: str
) -> None:
    fresh_demo_server.set_fault(0, fault)
    events: list[SourceProgress] = []
    async with demo_service(demo_config(fresh_demo_server, tmp_path)) as service:
        result = await service.lookup(PERSONA_BSN, on_progress=events.append)
    failed, ok = result.sources
    assert result.partial and not result.all_failed
    assert not failed.ok and failed.error == reason and failed.count == 0
    assert PERSONA_BSN not in (failed.error or "")
    assert ok.ok and ok.count >= 2
    assert {c.source for c in result.cases} == {ok.name}
    finished = [e for e in events if e.phase is SourcePhase.FINISHED and e.name == failed.name]
    assert finished[0].outcome == failed and finished[0].cases == ()


async def test_html_error_is_retried_a_bounded_number_of_times(
    fresh_demo_server: DemoServer, tmp_path: Path
) -> None:
    fresh_demo_server.set_fault(0, Fault.HTML_ERROR)
    async with demo_service(demo_config(fresh_demo_server, tmp_path)) as service:
        await service.lookup(PERSONA_BSN)
    searches = [r for r in fresh_demo_server.request_log(0) if r.path.endswith("/zaken")]
    assert len(searches) == 3  # first try + two retries


async def test_slow_source_times_out_others_answer(
    fresh_demo_server: DemoServer, tmp_path: Path
) -> None:
    fresh_demo_server.set_fault(1, Fault.SLOW, delay_s=5)
    started = time.monotonic()
    async with demo_service(demo_config(fresh_demo_server, tmp_path, timeout_s=0.5)) as service:
        result = await service.lookup(PERSONA_BSN)
    assert time.monotonic() - started < 3
    ok, slow = result.sources
    assert ok.ok and not slow.ok
    assert slow.error == "reageert niet op tijd"


async def test_all_sources_down(fresh_demo_server: DemoServer, tmp_path: Path) -> None:
    fresh_demo_server.set_fault(0, Fault.REFUSE)
    fresh_demo_server.set_fault(1, Fault.REFUSE)
    async with demo_service(demo_config(fresh_demo_server, tmp_path)) as service:
        result = await service.lookup(PERSONA_BSN)
    assert result.all_failed and result.cases == ()


async def test_pagination_with_page_size_two(fresh_demo_server: DemoServer, tmp_path: Path) -> None:
    fresh_demo_server.set_page_size(2)
    async with demo_service(demo_config(fresh_demo_server, tmp_path)) as service:
        result = await service.lookup(BENCHMARK_BSN_20)
        detail = await service.case_detail(result.cases[0])
    assert len(result.cases) == 20
    assert len({c.url for c in result.cases}) == 20
    assert detail.timeline
    pages = [r for r in fresh_demo_server.request_log(0) if r.path.endswith("/zaken")]
    assert len(pages) == 10


async def test_zaken_api_1_0_server(fresh_demo_server: DemoServer, tmp_path: Path) -> None:
    fresh_demo_server.set_compat(1, zaken_api_1_0=True)
    async with demo_service(demo_config(fresh_demo_server, tmp_path)) as service:
        first = await service.lookup(PERSONA_BSN)
        fresh_demo_server.clear_request_log()
        again = await service.lookup(PERSONA_BSN)
        old = [
            c
            for c in again.cases
            if c.source == service.source_names[1] or service.source_names[1] in c.also_in
        ]
        details = [await service.case_detail(c) for c in again.cases]
    assert all(s.ok for s in first.sources) and all(s.ok for s in again.sources)
    assert [c.identificatie for c in first.cases] == [c.identificatie for c in again.cases]
    assert old and all(c.status is not None and c.status.omschrijving for c in old)
    log = fresh_demo_server.request_log(1)
    # Remembered: the second lookup goes straight to /rollen, no rol__ filter, no expand.
    assert not any(k.startswith("rol__") or k == "expand" for r in log for k in r.query)
    assert any(r.path.endswith("/rollen") for r in log)
    for entry in log:
        if not entry.path.endswith("/download"):
            validate_request(entry.method, entry.path, entry.query, entry.headers, zaken_1_0=True)
    old_details = [d for d in details if d.summary.source == service.source_names[1]]
    assert old_details and all(not d.substatus_supported for d in old_details)


async def test_case_number_on_a_fresh_zaken_api_1_0_server(
    fresh_demo_server: DemoServer, tmp_path: Path
) -> None:
    """The first request a 1.0 source sees is a case-number search with expand."""
    async with demo_service(demo_config(fresh_demo_server, tmp_path)) as service:
        persona = await service.lookup(PERSONA_BSN)
        number = next(
            c.identificatie
            for c in persona.cases
            if c.source == service.source_names[1] and not c.also_in
        )
    fresh_demo_server.set_compat(1, zaken_api_1_0=True)
    async with demo_service(demo_config(fresh_demo_server, tmp_path)) as service:
        result = await service.lookup(number)
    assert all(s.ok for s in result.sources)
    assert [c.identificatie for c in result.cases] == [number]
    case = result.cases[0]
    assert case.status is not None and case.status.omschrijving and case.zaaktype


async def test_cancel_in_flight_lookup(fresh_demo_server: DemoServer, tmp_path: Path) -> None:
    fresh_demo_server.set_fault(1, Fault.SLOW, delay_s=3)
    async with demo_service(demo_config(fresh_demo_server, tmp_path)) as service:
        finished: list[str] = []

        def progress(event: SourceProgress) -> None:
            if event.phase is SourcePhase.FINISHED:
                finished.append(event.name)

        task = asyncio.create_task(service.lookup(PERSONA_BSN, on_progress=progress))
        # Source 0 answered, source 1 is still waiting.
        await until(lambda: finished, what="the first source to finish")
        started = time.monotonic()
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert time.monotonic() - started < 0.5
        assert finished == [service.source_names[0]]  # no FINISHED for the cancelled source
        # The shared client and caches still work for the next caller.
        fresh_demo_server.set_fault(1, None)
        result = await service.lookup(PERSONA_BSN)
    assert all(s.ok for s in result.sources) and len(result.cases) >= 3
