"""No sequential waits where none are needed (issue 16), shown by what the demo server sees: the
requests that were in flight together. Latency keeps each request open long enough for the
next ones to arrive; no test measures time (the benchmarks do)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from kcc_desk.cli import main
from kcc_desk.demo.context import RecordedRequest
from kcc_desk.demo.server import BENCHMARK_BSN_20, BENCHMARK_BSN_MANY, PERSONA_BSN, DemoServer
from kcc_desk.demo.server_cost import ServerCost
from kcc_desk.services.zgw_client import SOURCE_CONCURRENCY
from tests.services.conftest import demo_config, demo_service

# Long enough that requests sent together are still open when the last of them arrives, also
# on a loaded machine (no test measures time).
LATENCY_MS = 250


def together(log: list[RecordedRequest], a: int, b: int) -> bool:
    return a in log[b].in_flight_with or b in log[a].in_flight_with


def peak(log: list[RecordedRequest]) -> int:
    return max((len(r.in_flight_with) + 1 for r in log), default=0)


async def test_pages_after_the_first_are_fetched_together(
    demo_server_factory: Callable[..., DemoServer], tmp_path: Path
) -> None:
    server = demo_server_factory(latency_ms=LATENCY_MS, page_size=7, klantinteracties=False)
    async with demo_service(demo_config(server, tmp_path)) as service:
        result = await service.lookup(BENCHMARK_BSN_20)
    assert len(result.cases) == 20  # 3 pages of 7
    log = server.request_log(0)
    pages = {r.query.get("page", "1"): i for i, r in enumerate(log) if r.path.endswith("/zaken")}
    assert set(pages) == {"1", "2", "3"}
    assert together(log, pages["2"], pages["3"])
    assert not together(log, pages["1"], pages["2"])  # page 1 gives count and page size
    # The type lists of page 1's zaaktypen are asked for while pages 2 and 3 are on their way.
    types = [i for i, r in enumerate(log) if r.path.endswith(("/statustypen", "/resultaattypen"))]
    assert types and all(together(log, pages["2"], i) for i in types)


async def test_no_zaaktype_fetched_twice_while_the_preload_is_late(
    demo_server_factory: Callable[..., DemoServer], tmp_path: Path
) -> None:
    # With Open Zaak's costs the zaaktypen page (13 types) answers after the search: the
    # summaries must take the preload's result, not ask for the same zaaktypen again.
    server = demo_server_factory(
        sources=1, latency_ms=50, server_cost=ServerCost.OPENZAAK, klantinteracties=False
    )
    async with demo_service(demo_config(server, tmp_path)) as service:
        result = await service.lookup(BENCHMARK_BSN_20)
    assert {c.zaaktype for c in result.cases} and all(c.zaaktype for c in result.cases)
    log = server.request_log(0)
    assert sum(1 for r in log if r.path.endswith("/zaaktypen")) == 1
    assert not [r for r in log if "/zaaktypen/" in r.path]


async def test_opening_a_case_is_one_wave_then_its_documents(
    demo_server_factory: Callable[..., DemoServer], tmp_path: Path
) -> None:
    server = demo_server_factory(latency_ms=LATENCY_MS, klantinteracties=False)
    async with demo_service(demo_config(server, tmp_path)) as service:
        result = await service.lookup(PERSONA_BSN)
        case = next(c for c in result.cases if c.source == service.source_names[1])
        index = service.source_names.index(case.source)
        server.clear_request_log(index)
        detail = await service.case_detail(case)
    assert detail.timeline and detail.roles and not detail.warnings
    log = server.request_log(index)
    first_wave = [
        i
        for i, r in enumerate(log)
        if r.path.rsplit("/", 1)[1]
        in {"statussen", "substatussen", "rollen", "zaakobjecten", "zaakinformatieobjecten"}
        # The documents' kinds: the zaaktype's informatieobjecttypen, not known yet.
        or "/informatieobjecttypen/" in r.path
    ]
    kinds = [i for i in first_wave if "/informatieobjecttypen/" in log[i].path]
    assert kinds  # the search brought the zaaktype, not its document kinds
    assert len(first_wave) == 5 + len(kinds)  # the statustypen come from the catalogue
    assert all(together(log, a, b) for a in first_wave for b in first_wave if a < b)
    later = [i for i in range(len(log)) if i not in first_wave]
    # Whatever follows is the documents themselves; their kinds are known by then.
    assert later and all("/documenten/" in log[i].path for i in later)


def waves(log: list[RecordedRequest]) -> int:
    """Round trips that had to follow one another, as the server saw them: a request that
    arrived after an earlier one had been answered counts one more than that one."""
    depth: list[int] = []
    for i, request in enumerate(log):
        answered = [depth[j] for j in range(i) if j not in request.in_flight_with]
        depth.append(1 + max(answered, default=0))
    return max(depth, default=0)


async def test_opening_any_case_is_two_round_trips_also_with_an_unknown_document_kind(
    demo_server_factory: Callable[..., DemoServer], tmp_path: Path
) -> None:
    """Every case of the persona, opened one after another on a service that knows only what
    the lookup brought (no informatieobjecttype): at most 2 waves each, and a document's kind
    never costs a request after the documents."""
    server = demo_server_factory(latency_ms=LATENCY_MS, klantinteracties=False)
    async with demo_service(demo_config(server, tmp_path)) as service:
        result = await service.lookup(PERSONA_BSN)
        opened = []
        for case in result.cases:
            index = service.source_names.index(case.source)
            server.clear_request_log(index)
            detail = await service.case_detail(case)
            opened.append((detail, server.request_log(index)))
    with_documents = [(d, log) for d, log in opened if d.documents]
    assert with_documents and all(not d.warnings for d, _ in opened)
    first = with_documents[0]
    # The first case with documents did not know their kind yet and asked in the first wave,
    # by the types its zaaktype names (Catalogi 1.3 has no zaaktype filter on the list).
    assert any("/informatieobjecttypen/" in r.path for r in first[1])
    assert all(doc.informatieobjecttype for doc in first[0].documents)
    for _detail, log in opened:
        assert waves(log) <= 2, [(r.path, sorted(r.in_flight_with)) for r in log]
        assert not [r for r in log if r.path.endswith("/informatieobjecttypen")]


async def test_every_source_stays_within_its_concurrency_limit(
    demo_server_factory: Callable[..., DemoServer], tmp_path: Path
) -> None:
    # 90 cases over 18 pages: every page after the first is asked for at once, and then every
    # case is opened at once; the server never sees more than the limit in flight.
    server = demo_server_factory(
        sources=1, latency_ms=LATENCY_MS, page_size=5, big_caller_cases=90, klantinteracties=False
    )
    async with demo_service(demo_config(server, tmp_path)) as service:
        result = await service.lookup(BENCHMARK_BSN_MANY)
        assert len(result.cases) == 90
        log = server.request_log(0)
        assert SOURCE_CONCURRENCY - 2 <= peak(log) <= SOURCE_CONCURRENCY
        server.clear_request_log(0)
        await asyncio.gather(*(service.case_detail(c) for c in result.cases[:20]))
    log = server.request_log(0)
    assert len(log) > SOURCE_CONCURRENCY
    assert peak(log) == SOURCE_CONCURRENCY


def test_cli_timeline_opens_every_case_at_once(
    demo_server_factory: Callable[..., DemoServer],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    server = demo_server_factory(latency_ms=LATENCY_MS, klantinteracties=False)
    config = str(server.write_config(tmp_path / "c.toml"))
    code = main(["lookup", "--config", config, "--bsn", PERSONA_BSN, "--json", "--timeline"])
    out, _ = capsys.readouterr()
    assert code == 0
    cases = json.loads(out)["cases"]
    assert len(cases) >= 4 and all(c["timeline"] for c in cases)
    for index, name in enumerate(s.name for s in server.sources):
        log = server.request_log(index)
        statussen = [i for i, r in enumerate(log) if r.path.endswith("/statussen")]
        assert len(statussen) == sum(1 for c in cases if c["source"] == name)
        assert all(together(log, a, b) for a in statussen for b in statussen if a < b)
