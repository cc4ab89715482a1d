"""Finding the caller who does not know their BSN (issue 14): the persons found for a name with
date of birth, a postcode with house number, a phone number or an e-mail, and the one picked.

The workspace hands a person query here (``WorkspacePresenter.person_search``). One person found
→ picked at once; several → a list to pick from (Enter); none → said, with the other ways to
search. A picked person is searched as a BSN (``WorkspacePresenter.search_query``), so the cases
and the earlier contacts follow exactly as for a BSN typed in. Ctrl+N forgets the person too.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from types import TracebackType
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Signal

from kcc_desk.presenters.person_list_model import PersonListModel
from kcc_desk.presenters.tasks import TaskSlots
from kcc_desk.presenters.workspace import WorkspacePresenter, user_message
from kcc_desk.services.identifiers import IdentifierKind, Query

log = logging.getLogger(__name__)

PERSON_TASK = "persons"


class PersonResultLike(Protocol):
    persons: tuple[Any, ...]
    source: str
    brp_problem: str


class PersonFinder(Protocol):
    """``services.persons.service.PersonService``, as far as this presenter uses it."""

    async def __aenter__(self) -> PersonFinder: ...
    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...
    async def find(self, query: Query) -> Any: ...


def _tr(text: str) -> str:
    return QCoreApplication.translate("PersonsPresenter", text)


class PersonsPresenter(QObject):
    search_started = Signal()
    persons_found = Signal(int)  # several: the model holds them; the count
    person_chosen = Signal(object)  # PersonMatch
    nothing_found = Signal(str)  # the sentence, with the other ways to search
    failed = Signal(str)
    note = Signal(str)  # something the agent should know but that is no failure
    cleared = Signal()

    def __init__(
        self,
        make_finder: Callable[[], PersonFinder],
        workspace: WorkspacePresenter,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent or workspace)
        self._make_finder = make_finder
        self._workspace = workspace
        self.model = PersonListModel(self)
        self._tasks = TaskSlots(self._task_failed)
        self._query: Query | None = None
        self._bsn_query: Query | None = None
        self.chosen: Any = None  # the PersonMatch whose cases are shown
        workspace.person_search = self.search
        workspace.persons = self
        workspace.search_started.connect(self._on_workspace_search)
        workspace.caller_cleared.connect(self.clear)

    # -- searching ---------------------------------------------------------------------------
    def search(self, query: Query) -> None:
        self._tasks.cancel(PERSON_TASK)
        self._query = query
        self._bsn_query = None
        self.chosen = None
        self.model.set_persons([])
        source = "Klantinteracties" if query.kind in _DIGITAL else "BRP"
        # Hashed, as every lookup: the search itself, before anything comes back.
        self._workspace.record(lambda audit: audit.lookup(query.kind.value, query.value, [source]))
        self.search_started.emit()
        self._workspace.announce.emit(_tr("Bezig met zoeken naar de persoon…"), False)
        self._tasks.start(PERSON_TASK, self._run(query))

    async def _run(self, query: Query) -> None:
        async with self._make_finder() as finder:
            result = await finder.find(query)
        if self._query is not query:
            return  # another search or a new caller took over
        persons = list(result.persons)
        if result.brp_problem:
            self.note.emit(
                _tr("De BRP gaf geen gegevens: {problem}").format(problem=result.brp_problem)
            )
        if not persons:
            text = _tr(
                "Geen persoon gevonden. Controleer de spelling, of zoek op een andere manier: "
                "BSN, naam met geboortedatum, postcode met huisnummer, telefoonnummer of "
                "e-mailadres."
            )
            self.nothing_found.emit(text)
            self._workspace.announce.emit(text, False)
            return
        if len(persons) == 1:
            self.choose(persons[0])
            return
        self.model.set_persons(persons)
        self.persons_found.emit(len(persons))
        self._workspace.announce.emit(
            QCoreApplication.translate(
                "PersonsPresenter", "%n personen gevonden. Kies de beller.", "", len(persons)
            ),
            False,
        )

    def choose_row(self, row: int) -> None:
        person = self.model.person(row)
        if person is not None:
            self.choose(person)

    def choose(self, person: Any) -> None:
        """Show this person's cases, as for a BSN search (the BSN is audit-logged there)."""
        self.chosen = person
        self.person_chosen.emit(person)
        query = Query(IdentifierKind.BSN, person.bsn)
        self._bsn_query = query
        self._workspace.search_query(query)

    def _on_workspace_search(self, query: object, _names: object) -> None:
        if query is self._bsn_query:
            return
        # The agent searched something else: the person (and any search for one) is stale.
        self._tasks.cancel(PERSON_TASK)
        self._query = None
        if self.chosen is not None or self.model.rowCount():
            self.clear()

    def clear(self) -> None:
        self._tasks.cancel(PERSON_TASK)
        self._query = None
        self._bsn_query = None
        self.chosen = None
        self.model.set_persons([])
        self.cleared.emit()

    def shutdown(self) -> None:
        self._tasks.cancel_all()

    async def aclose(self) -> None:
        await self._tasks.drain()

    def _task_failed(self, _name: str, error: BaseException) -> None:
        message = user_message(error)
        log.info("persoon zoeken mislukt: %s", type(error).__name__)
        self.failed.emit(message)
        self._workspace.announce.emit(message, True)


_DIGITAL = frozenset({IdentifierKind.TELEFOON, IdentifierKind.EMAIL})
