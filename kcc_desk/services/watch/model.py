"""What is kept about a watched case, and what a change is.

Only case data: the zaak URL, its number and zaaktype, and the URLs (with a short label) of what
was seen. Nothing about the person the case is about: no BSN, no name, no address.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import StrEnum


class ChangeKind(StrEnum):
    STATUS = "status"
    SUBSTATUS = "substatus"
    DOCUMENT = "document"
    RESULT = "result"
    CLOSED = "closed"


@dataclass(frozen=True, slots=True)
class Item:
    """One thing on a case that can appear: a status, substatus, document or resultaat."""

    url: str
    label: str  # statustype omschrijving, substatus omschrijving, document titel, resultaattype
    at: datetime | None = None


@dataclass(frozen=True, slots=True)
class CaseState:
    """A reading of everything a watch compares. Lists hold every item seen, newest first."""

    statussen: tuple[Item, ...] = ()
    substatussen: tuple[Item, ...] = ()
    documents: tuple[Item, ...] = ()
    resultaat: Item | None = None
    einddatum: date | None = None

    @property
    def current_step(self) -> str:
        return self.statussen[0].label if self.statussen else ""

    def urls(self) -> frozenset[str]:
        found = {i.url for i in (*self.statussen, *self.substatussen, *self.documents)}
        if self.resultaat is not None:
            found.add(self.resultaat.url)
        return frozenset(found)


@dataclass(frozen=True, slots=True)
class Change:
    """One thing that changed on a watched case; ``key`` makes it unique (never twice)."""

    zaak_url: str
    kind: ChangeKind
    label: str
    at: datetime | None
    key: str
    # Who caused it, when we know it was the agent themselves (own changes do not notify).
    own: bool = False


@dataclass(frozen=True, slots=True)
class Watch:
    zaak_url: str
    source: str
    identificatie: str
    zaaktype: str
    state: CaseState | None = None  # None: no reading yet (the first one is the baseline)
    unseen: tuple[Change, ...] = ()  # marked until the case is opened
    watched_at: datetime | None = None
    closed_on: date | None = None

    @property
    def current_step(self) -> str:
        return self.state.current_step if self.state is not None else ""

    def with_state(self, state: CaseState, changes: tuple[Change, ...]) -> Watch:
        return replace(
            self,
            state=state,
            unseen=self.unseen + changes,
            closed_on=state.einddatum if state.einddatum is not None else self.closed_on,
        )

    def seen(self) -> Watch:
        return replace(self, unseen=())
