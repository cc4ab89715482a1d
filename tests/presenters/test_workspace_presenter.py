"""The workspace presenter without the window: the real lookup service against the demo server
(real HTTP on 127.0.0.1) on a qasync loop, as in the app. Only the presenter's signals are read.

The backend is the real LookupService behind a thin recorder that notes how each call ended
("finished" or "cancelled"): that is how a test sees that a stale search was cancelled, not just
ignored when it came back (the presenter also drops stale results, which would hide that).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kcc_desk.demo.faults import Fault
from kcc_desk.demo.server import DemoServer
from kcc_desk.presenters.workspace import WorkspacePresenter
from kcc_desk.services.identifiers import Query
from kcc_desk.services.lookup import LookupService
from kcc_desk.services.models import (
    CaseDetail,
    CaseSummary,
    Document,
    LookupResult,
    SourcePhase,
    SourceProgress,
)
from tests.services.conftest import demo_config, demo_service
from tests.workspace.workspace_fixture import qasync_loop

PERSONA_BSN = "999993653"  # Zoë van den Berg: cases in both sources
COMPANY_KVK = "69599084"  # Bakkerij Çelik B.V.: three cases over both sources
SLOW_S = 3.0  # the slow source's delay: far longer than a search takes here


class RecordingBackend:
    """The real service; notes (call, identifier, how it ended) for every call."""

    def __init__(self, service: LookupService) -> None:
        self._service = service
        self.started: list[tuple[str, str]] = []
        self.calls: list[tuple[str, str, str]] = []

    @property
    def source_names(self) -> list[str]:
        return self._service.source_names

    async def _noted(self, call: str, subject: str, work: Any) -> Any:
        self.started.append((call, subject))
        try:
            result = await work
        except asyncio.CancelledError:
            self.calls.append((call, subject, "cancelled"))
            raise
        self.calls.append((call, subject, "finished"))
        return result

    async def lookup(
        self, query: Query, on_progress: Callable[[SourceProgress], None] | None = None
    ) -> LookupResult:
        work = self._service.lookup(query, on_progress)
        return await self._noted("lookup", query.value, work)  # type: ignore[no-any-return]

    async def case_detail(self, case: CaseSummary) -> CaseDetail:
        work = self._service.case_detail(case)
        return await self._noted("detail", case.identificatie, work)  # type: ignore[no-any-return]

    async def download_document(self, document: Document) -> Path:
        return await self._service.download_document(document)

    def clear_caller_data(self) -> None:
        self._service.clear_caller_data()


@dataclass
class Presenting:
    presenter: WorkspacePresenter
    backend: RecordingBackend
    server: DemoServer
    emitted: dict[str, list[Any]] = field(default_factory=dict)
    opened: list[Path] = field(default_factory=list)

    def finished_sources(self) -> list[str]:
        return [p.name for p in self.emitted["source_progress"] if p.phase is SourcePhase.FINISHED]


SIGNALS = (
    "invalid_input",
    "search_started",
    "source_progress",
    "search_finished",
    "search_failed",
    "case_loading",
    "case_ready",
    "case_failed",
    "document_failed",
    "caller_cleared",
    "announce",
)


@pytest.fixture
def presenting(
    qtbot: QtBot, qapp: QApplication, fresh_demo_server: DemoServer, tmp_path: Path
) -> Iterator[Presenting]:
    with qasync_loop(qapp) as loop:
        service = demo_service(demo_config(fresh_demo_server, tmp_path))
        backend = RecordingBackend(service)
        opened: list[Path] = []
        presenter = WorkspacePresenter(backend, open_file=opened.append)
        state = Presenting(presenter, backend, fresh_demo_server, opened=opened)
        for name in SIGNALS:
            got: list[Any] = []
            state.emitted[name] = got
            getattr(presenter, name).connect(
                lambda *args, got=got: got.append(args[0] if args else None)
            )
        try:
            yield state
        finally:
            closing = loop.create_task(presenter.aclose())
            qtbot.waitUntil(closing.done, timeout=10_000)
            closing = loop.create_task(service.aclose())
            qtbot.waitUntil(closing.done, timeout=10_000)
            presenter.deleteLater()


def _stale_search_half_done(qtbot: QtBot, state: Presenting) -> None:
    """Search the persona with source 2 slow; return once source 1 has answered, so the search
    is in the middle of a real HTTP request."""
    state.server.set_fault(1, Fault.SLOW, delay_s=SLOW_S)
    state.presenter.search(PERSONA_BSN)
    first, _ = state.presenter.source_names
    qtbot.waitUntil(lambda: first in state.finished_sources(), timeout=10_000)
    assert state.presenter.is_searching()
    assert state.presenter.cases.rowCount() > 0  # source 1's cases are shown already


def test_a_new_search_cancels_the_stale_one(qtbot: QtBot, presenting: Presenting) -> None:
    state = presenting
    _stale_search_half_done(qtbot, state)
    state.server.set_fault(1, None)
    state.presenter.search(COMPANY_KVK)
    qtbot.waitUntil(lambda: bool(state.emitted["search_finished"]), timeout=10_000)

    # The stale search was cancelled mid-request (not left running to be ignored later) ...
    assert state.backend.calls == [
        ("lookup", PERSONA_BSN, "cancelled"),
        ("lookup", COMPANY_KVK, "finished"),
    ]
    # ... and only the new one reached the screen: its result, its cases, its sentence.
    [result] = state.emitted["search_finished"]
    assert result.query.value == COMPANY_KVK
    assert state.presenter.current_query is result.query
    assert len(result.cases) == 3
    assert state.presenter.cases.cases() == list(result.cases)
    assert state.emitted["announce"][-1] == "3 zaken gevonden."
    assert not state.presenter.is_searching()
    assert state.emitted["search_failed"] == []


def test_new_caller_cancels_the_running_search_and_forgets_it(
    qtbot: QtBot, presenting: Presenting
) -> None:
    state = presenting
    _stale_search_half_done(qtbot, state)
    state.presenter.new_caller()
    qtbot.waitUntil(lambda: bool(state.backend.calls), timeout=10_000)
    assert state.backend.calls == [("lookup", PERSONA_BSN, "cancelled")]
    assert state.presenter.cases.rowCount() == 0
    assert state.presenter.current_query is None
    assert not state.presenter.is_searching()
    assert len(state.emitted["caller_cleared"]) == 1
    assert state.emitted["search_finished"] == []
    assert state.emitted["announce"][-1].startswith("Nieuwe beller.")


def test_an_invalid_bsn_is_said_and_sends_nothing(presenting: Presenting) -> None:
    state = presenting
    state.server.clear_request_log()
    state.presenter.search("999993654")  # fails the elfproef
    [message] = state.emitted["invalid_input"]
    assert message and state.emitted["announce"] == [message]
    assert state.emitted["search_started"] == []
    assert not state.presenter.is_searching()
    assert state.backend.calls == []
    assert state.server.request_log(0) == [] and state.server.request_log(1) == []


def test_opening_another_case_cancels_the_first_detail(
    qtbot: QtBot, presenting: Presenting
) -> None:
    state = presenting
    state.presenter.search(PERSONA_BSN)
    qtbot.waitUntil(lambda: bool(state.emitted["search_finished"]), timeout=10_000)
    first, second = state.presenter.cases.cases()[:2]
    slow = state.presenter.source_names.index(first.source)
    state.server.set_fault(slow, Fault.SLOW, delay_s=SLOW_S)
    state.presenter.open_case(first)
    qtbot.waitUntil(lambda: ("detail", first.identificatie) in state.backend.started)
    # The agent moves on while the first case's detail is still being fetched.
    state.server.set_fault(slow, None)
    state.presenter.open_case(second)
    qtbot.waitUntil(lambda: bool(state.emitted["case_ready"]), timeout=10_000)

    assert state.backend.calls[1:] == [
        ("detail", first.identificatie, "cancelled"),
        ("detail", second.identificatie, "finished"),
    ]
    [detail] = state.emitted["case_ready"]
    assert detail.summary == second
    assert state.presenter.current_detail is detail
    assert state.emitted["case_loading"] == [first, second]
    assert state.emitted["case_failed"] == []


def test_a_closed_document_is_refused_without_a_request(presenting: Presenting) -> None:
    state = presenting
    state.server.clear_request_log()
    closed = Document(
        url=state.server.sources[0].documenten_api + "enkelvoudiginformatieobjecten/1",
        titel="Medisch advies",
        informatieobjecttype="",
        creatiedatum=None,
        vertrouwelijkheidaanduiding="geheim",
        bestandsnaam="advies.pdf",
        formaat="application/pdf",
        bestandsomvang=10,
        download_url="",
        may_open=False,
    )
    state.presenter.open_document(closed)
    assert state.emitted["document_failed"] == ["U mag dit document niet openen."]
    assert state.opened == []
    assert state.server.request_log(0) == []
