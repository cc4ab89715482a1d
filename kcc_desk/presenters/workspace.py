"""The agent workspace presenter: search, open a case, open a document, start a new caller.

It owns the async work (on the qasync loop), the case list model, and turns service results and
failures into signals the views show. Views call its slots; it never touches a widget.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from kcc_desk.i18n import translated
from kcc_desk.presenters.backend import AuditTrail, CaseBackend
from kcc_desk.presenters.case_list_model import CaseListModel
from kcc_desk.presenters.tasks import TaskSlots
from kcc_desk.services.errors import KccError
from kcc_desk.services.identifiers import InvalidIdentifierError, Query, parse_identifier
from kcc_desk.services.messages import Message
from kcc_desk.services.models import (
    CaseDetail,
    CaseSummary,
    Document,
    LookupResult,
    SourcePhase,
    SourceProgress,
)

if TYPE_CHECKING:
    from kcc_desk.presenters.persons import PersonsPresenter

logger = logging.getLogger(__name__)

LOOKUP_TASK = "lookup"
DETAIL_TASK = "detail"
DOCUMENT_TASK = "document"


def _tr(text: str) -> str:
    return QCoreApplication.translate("WorkspacePresenter", text)


def user_message(error: BaseException) -> str:
    """The text of a service error in the UI language, or a generic one (never a traceback)."""
    message = getattr(error, "ui_message", None)
    if isinstance(message, Message):
        return translated(message)
    return _tr("Er ging iets mis. Probeer het opnieuw. Blijft het misgaan? Meld het de beheerder.")


class WorkspacePresenter(QObject):
    invalid_input = Signal(str)
    search_started = Signal(object, list)  # Query, source names
    source_progress = Signal(object)  # SourceProgress
    search_finished = Signal(object)  # LookupResult
    search_failed = Signal(str)
    case_loading = Signal(object)  # CaseSummary
    case_ready = Signal(object)  # CaseDetail
    case_failed = Signal(str)
    document_failed = Signal(str)
    caller_cleared = Signal()
    # A new search (valid or not) replaced the previous caller's results: list, case, sources.
    results_cleared = Signal()
    announce = Signal(str, bool)  # text, assertive

    def __init__(
        self,
        backend: CaseBackend,
        *,
        open_file: Callable[[Path], object],
        today: Callable[[], date] = date.today,
        lang: str = "nl",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._backend = backend
        self._open_file = open_file
        self._today = today
        # Qt-owned by the presenter: a view must never outlive the model it shows (a model
        # freed by Python's garbage collector under a live view is a crash at the next repaint).
        self.cases = CaseListModel(lang=lang, parent=self)
        self._tasks = TaskSlots(self._task_failed)
        self._query: Query | None = None
        self._current_case: CaseSummary | None = None
        self._current_detail: CaseDetail | None = None
        self.audit: AuditTrail | None = None  # set once the audit log is open
        # Issue 14: who handles a person search (name + date of birth, postcode, phone,
        # e-mail); set by PersonsPresenter, which comes back through search_query with a BSN.
        self.person_search: Callable[[Query], None] | None = None
        self.persons: PersonsPresenter | None = None

    def record(self, event: Callable[[AuditTrail], object]) -> None:
        """Write an audit event; a failure is said, never hidden, and never stops the work."""
        if self.audit is None:
            return
        try:
            event(self.audit)
        except KccError as error:
            self.announce.emit(translated(error.ui_message), True)

    @property
    def source_names(self) -> list[str]:
        return self._backend.source_names

    @property
    def current_query(self) -> Query | None:
        return self._query

    @property
    def current_case(self) -> CaseSummary | None:
        return self._current_case

    @property
    def current_detail(self) -> CaseDetail | None:
        return self._current_detail

    def is_searching(self) -> bool:
        return self._tasks.running(LOOKUP_TASK)

    # -- search ----------------------------------------------------------------------------------
    def search(self, text: str) -> None:
        """Validate first (an invalid BSN sends nothing), then search every source at once.

        Whatever was typed, the previous caller's results go first: an invalid or empty entry
        left the last caller's cases and open case on screen under the new text."""
        self._forget_results()
        try:
            query = parse_identifier(text)
        except InvalidIdentifierError as error:
            message = translated(error.ui_message)
            self.invalid_input.emit(message)
            self.announce.emit(message, True)
            return
        if query.kind.is_person_search:
            self._search_person(query)
            return
        self.search_query(query)

    def _search_person(self, query: Query) -> None:
        """Issue 14: the persons presenter finds the person first (no case search yet)."""
        if self.person_search is None:
            message = _tr("Zoeken op naam, adres, telefoon of e-mail is hier niet beschikbaar.")
            self.invalid_input.emit(message)
            self.announce.emit(message, True)
            return
        self._tasks.cancel_all()
        self._query = None
        self._current_case = None
        self._current_detail = None
        self.cases.clear()
        self.person_search(query)

    def search_query(self, query: Query) -> None:
        """Search every source for an already parsed BSN, KVK or case number."""
        self._tasks.cancel(DETAIL_TASK)
        self._query = query
        self.record(lambda audit: audit.lookup(query.kind.value, query.value, self.source_names))
        self.search_started.emit(query, self.source_names)
        self._tasks.start(LOOKUP_TASK, self._run_lookup(query))

    async def _run_lookup(self, query: Query) -> None:
        result = await self._backend.lookup(query, on_progress=self._on_progress)
        if self._query is not query:
            return  # a newer search or a new caller took over while we awaited
        if self.cases.cases() != list(result.cases):
            # Usually the per-source merges already show exactly this; resetting a large list
            # again would stall the window a second time for nothing.
            self.cases.set_rows(result.cases)
        self.search_finished.emit(result)
        self.announce.emit(self._result_sentence(result), result.all_failed)

    def _on_progress(self, progress: SourceProgress) -> None:
        if progress.phase == SourcePhase.FINISHED and progress.cases:
            self.cases.merge_rows(progress.cases)
        self.source_progress.emit(progress)

    def _result_sentence(self, result: LookupResult) -> str:
        count = len(result.cases)
        if count == 0:
            sentence = _tr("Geen zaken gevonden.")
        else:
            sentence = QCoreApplication.translate(
                "WorkspacePresenter", "%n zaken gevonden.", "", count
            )
        failed = [s.name for s in result.sources if not s.ok]
        if failed:
            sentence += " " + _tr(
                "Niet bereikbaar: {sources}. De lijst is misschien onvolledig."
            ).format(sources=", ".join(failed))
        return sentence

    # -- one case --------------------------------------------------------------------------------
    def open_case(self, case: CaseSummary) -> None:
        self._current_case = case
        self._current_detail = None
        self.record(lambda audit: audit.case_opened(case.identificatie, case.source))
        self.case_loading.emit(case)
        self._tasks.start(DETAIL_TASK, self._run_detail(case))

    async def _run_detail(self, case: CaseSummary) -> None:
        detail = await self._backend.case_detail(case)
        if self._current_case is not case:
            return
        self._current_detail = detail
        self.case_ready.emit(detail)

    def open_document(self, document: Document) -> None:
        if not document.may_open:
            self.document_failed.emit(
                translated(document.reason_closed)
                if document.reason_closed is not None
                else _tr("U mag dit document niet openen.")
            )
            return
        case = self._current_case
        self.record(
            lambda audit: audit.document_opened(
                document.url, case.identificatie if case else "", case.source if case else None
            )
        )
        self._tasks.start(DOCUMENT_TASK, self._run_document(document))

    async def _run_document(self, document: Document) -> None:
        path = await self._backend.download_document(document)
        try:
            opened = self._open_file(path)
        except OSError as error:
            logger.warning("document viewer failed: %s", type(error).__name__)
            opened = False
        if opened is False:
            # It used to fail silently: say so, why, and where the file is, so the agent can
            # open it by hand.
            message = _tr(
                "Het document is opgeslagen, maar kon niet worden geopend: er is geen programma "
                "dat dit soort bestand opent. Het bestand staat in {path}"
            ).format(path=str(path))
            self.document_failed.emit(message)
            self.announce.emit(message, True)

    def _forget_results(self) -> None:
        for name in (LOOKUP_TASK, DETAIL_TASK, DOCUMENT_TASK):
            self._tasks.cancel(name)
        self._query = None
        self._current_case = None
        self._current_detail = None
        self.cases.clear()
        self.results_cleared.emit()

    # -- new caller ------------------------------------------------------------------------------
    def new_caller(self) -> None:
        """Forget everything about the previous caller: tasks, models, caches, screen."""
        self._tasks.cancel_all()
        self._query = None
        self._current_case = None
        self._current_detail = None
        self.cases.clear()
        self._backend.clear_caller_data()
        self.record(lambda audit: audit.clear_subject())
        self.caller_cleared.emit()
        self.announce.emit(
            _tr("Nieuwe beller. Alle gegevens van de vorige beller zijn gewist."), False
        )

    def shutdown(self) -> None:
        self._tasks.cancel_all()

    async def aclose(self) -> None:
        """Stop all work and wait for it to end (call while the loop runs)."""
        await self._tasks.drain()

    # -- failures --------------------------------------------------------------------------------
    def _task_failed(self, name: str, error: BaseException) -> None:
        message = user_message(error)
        if name == LOOKUP_TASK:
            self.search_failed.emit(message)
        elif name == DETAIL_TASK:
            self.case_failed.emit(message)
        else:
            self.document_failed.emit(message)
        self.announce.emit(message, True)
