"""The watch list over real HTTP against the demo server: each change once, within one poll;
a restart keeps the watches and catches up; a failing source backs off and recovers."""

from __future__ import annotations

import asyncio
import stat
from collections import Counter
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from kcc_desk.demo.faults import Fault
from kcc_desk.demo.server import DemoServer
from kcc_desk.services.config import SourceConfig
from kcc_desk.services.lookup import LookupService
from kcc_desk.services.watch.feed import SourceHealth
from kcc_desk.services.watch.model import CaseState, Change, ChangeKind, Watch
from kcc_desk.services.watch.poller import PollingFeed
from kcc_desk.services.watch.reader import CaseReader
from kcc_desk.services.watch.service import WatchService
from kcc_desk.services.watch.store import WatchStore
from tests.services.conftest import demo_config, demo_service
from tests.watch.helpers import movable_cases, next_step_name, wait_for


class CountingReader(CaseReader):
    """Counts the reads that started (and per case, those that started and ended), so 'within
    one poll' and 'skipped in this pass' can be checked exactly."""

    started = 0

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.started_for: Counter[str] = Counter()
        self.ended_for: Counter[str] = Counter()

    async def read(
        self, zaak_url: str, source: SourceConfig, previous: CaseState | None
    ) -> CaseState:
        self.started += 1
        self.started_for[zaak_url] += 1
        try:
            return await super().read(zaak_url, source, previous)
        finally:
            self.ended_for[zaak_url] += 1


class Harness:
    def __init__(self, lookup: LookupService, path: Path, interval_s: float) -> None:
        self.reader = CountingReader(lookup.zgw, lookup.catalog)
        self.feed = PollingFeed(
            self.reader, list(lookup.config.sources), interval_s=interval_s, first_spread_s=0
        )
        self.service = WatchService(WatchStore(path), self.feed)
        self.changes: list[tuple[Watch, Change]] = []
        self.health: list[SourceHealth] = []
        self.service.on_changes = self.changes.extend
        self.service.on_health = self.health.append

    def baselined(self, url: str) -> bool:
        watch = self.service.get(url)
        return watch is not None and watch.state is not None


@asynccontextmanager
async def running(
    server: DemoServer, tmp_path: Path, *, interval_s: float = 0.2, load: bool = False
) -> AsyncIterator[Harness]:
    async with demo_service(demo_config(server, tmp_path)) as lookup:
        harness = Harness(lookup, tmp_path / "gevolgd.json", interval_s)
        if load:
            harness.service.load()
        task = asyncio.ensure_future(harness.service.run())
        try:
            yield harness
        finally:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)


async def test_each_change_arrives_once_within_one_poll(
    fresh_demo_server: DemoServer, tmp_path: Path
) -> None:
    server = fresh_demo_server
    ((zaak_uuid, url),) = movable_cases(server, 0)
    step = next_step_name(server, 0, zaak_uuid)
    async with running(server, tmp_path) as h:
        h.service.watch(url, server.sources[0].name, "ZAAK-1", "Parkeervergunning")
        await wait_for(lambda: h.baselined(url))
        assert h.changes == []  # the first reading is the baseline, not news

        edits = [
            (lambda: server.add_status(0, zaak_uuid), ChangeKind.STATUS, step),
            (
                lambda: server.add_substatus(0, zaak_uuid, "Stukken bekeken"),
                ChangeKind.SUBSTATUS,
                "Stukken bekeken",
            ),
            (lambda: server.add_document(0, zaak_uuid, "Besluit"), ChangeKind.DOCUMENT, "Besluit"),
            (lambda: server.close_case(0, zaak_uuid), ChangeKind.RESULT, None),
        ]
        for number, (edit, kind, label) in enumerate(edits, start=1):
            edit()
            reads_before = h.reader.started
            await wait_for(lambda n=number: len(h.changes) >= n)  # type: ignore[misc]
            # The first read that started after the edit found it.
            assert h.reader.started - reads_before <= 1
            watch, change = h.changes[-1]
            assert change.kind == kind
            if label is not None:
                assert change.label == label
            else:
                assert change.label  # the resultaattype's omschrijving
            # Several more polls: nothing is reported again.
            seen = h.reader.started
            await wait_for(lambda s=seen: h.reader.started >= s + 3)  # type: ignore[misc]
            assert len(h.changes) == number
        watch = h.service.get(url)
        assert watch is not None
        assert [c.kind for c in watch.unseen] == [k for _, k, _ in edits]
        assert watch.current_step == step
        assert watch.closed_on is not None


async def test_two_statuses_between_polls_are_two_changes(
    fresh_demo_server: DemoServer, tmp_path: Path
) -> None:
    server = fresh_demo_server
    ((zaak_uuid, url),) = movable_cases(server, 0)
    async with running(server, tmp_path, interval_s=60) as h:
        h.service.watch(url, server.sources[0].name, "ZAAK-1", "Parkeervergunning")
        await wait_for(lambda: h.baselined(url))
        server.add_status(0, zaak_uuid)
        server.add_status(0, zaak_uuid)
        h.feed.poll_all_now()
        await wait_for(lambda: len(h.changes) >= 2)
        assert [c.kind for _, c in h.changes] == [ChangeKind.STATUS, ChangeKind.STATUS]


async def test_restart_keeps_watches_and_catches_up_once(
    fresh_demo_server: DemoServer, tmp_path: Path
) -> None:
    server = fresh_demo_server
    (first, first_url), (second, second_url) = movable_cases(server, 0, 2)
    name = server.sources[0].name
    async with running(server, tmp_path) as h:
        h.service.watch(first_url, name, "ZAAK-1", "Parkeervergunning")
        h.service.watch(second_url, name, "ZAAK-2", "Parkeervergunning")
        await wait_for(lambda: h.baselined(first_url) and h.baselined(second_url))
    path = tmp_path / "gevolgd.json"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600  # owner-only
    kept = path.read_text(encoding="utf-8")
    assert "999993653" not in kept and "Berg" not in kept  # nothing about the person

    # While the app is closed: a document on one case, a new status on the other.
    server.add_document(0, first, "Besluit")
    server.add_status(0, second)

    async with running(server, tmp_path, load=True) as h:
        assert {w.zaak_url for w in h.service.watches()} == {first_url, second_url}
        await wait_for(lambda: len(h.changes) >= 2)
        seen = h.reader.started
        await wait_for(lambda: h.reader.started >= seen + 4)
        assert sorted((w.zaak_url, c.kind) for w, c in h.changes) == sorted(
            [(first_url, ChangeKind.DOCUMENT), (second_url, ChangeKind.STATUS)]
        )
    # Another restart: nothing is reported again, the unseen marks are still there.
    async with running(server, tmp_path, load=True) as h:
        await wait_for(lambda: h.reader.started >= 4)
        assert h.changes == []
        first_watch = h.service.get(first_url)
        assert first_watch is not None and len(first_watch.unseen) == 1
        h.service.mark_seen(first_url)
    async with running(server, tmp_path, load=True) as h:
        first_watch = h.service.get(first_url)
        assert first_watch is not None and first_watch.unseen == ()


async def test_failing_source_backs_off_and_recovers(
    fresh_demo_server: DemoServer, tmp_path: Path
) -> None:
    server = fresh_demo_server
    ((zaak_uuid, url),) = movable_cases(server, 0)
    ((_, other_url),) = movable_cases(server, 1)
    async with running(server, tmp_path, interval_s=2.0) as h:
        h.service.watch(url, server.sources[0].name, "ZAAK-1", "Parkeervergunning")
        h.service.watch(other_url, server.sources[1].name, "ZAAK-2", "Parkeervergunning")
        await wait_for(lambda: h.baselined(url) and h.baselined(other_url))
        server.set_fault(0, Fault.HTTP_500)
        h.feed.poll_all_now()
        await wait_for(lambda: any(x.backing_off for x in h.health))
        assert h.health[-1].source == server.sources[0].name
        assert h.feed.backing_off(server.sources[0].name)
        assert not h.feed.backing_off(server.sources[1].name)
        # While it backs off, nothing is sent there, even when every case is due.
        server.clear_request_log(0)
        started, other_ended = h.reader.started_for[url], h.reader.ended_for[other_url]
        h.feed.poll_all_now()
        # The pass that read the other source's case again skipped this one.
        await wait_for(lambda: h.reader.ended_for[other_url] > other_ended)
        assert h.feed.backing_off(server.sources[0].name)  # at least 1.8 s
        assert h.reader.started_for[url] == started
        assert server.request_log(0) == []
        # The source comes back: the change made meanwhile arrives, once.
        server.set_fault(0, None)
        server.add_status(0, zaak_uuid)
        await wait_for(lambda: len(h.changes) >= 1, timeout=30)
        assert not h.health[-1].backing_off
        seen = h.reader.started
        await wait_for(lambda: h.reader.started >= seen + 2)
        assert len(h.changes) == 1
