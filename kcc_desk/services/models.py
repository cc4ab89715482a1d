"""The domain model shared by services, presenters and views (plain, immutable, Qt-free).

This is the contract between ``kcc_desk.services.lookup`` (which fills it from ZGW APIs) and the
presenters/views (which show it). Field names follow the ZGW resources they come from, in
snake_case; every date is a ``date`` or timezone-aware ``datetime``, never a string.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from kcc_desk.services.identifiers import Query
from kcc_desk.services.messages import Message

# Least to most restrictive (Zaken API 1.5.1 VertrouwelijkheidaanduidingEnum).
CONFIDENTIALITY_LEVELS: tuple[str, ...] = (
    "openbaar",
    "beperkt_openbaar",
    "intern",
    "zaakvertrouwelijk",
    "vertrouwelijk",
    "confidentieel",
    "geheim",
    "zeer_geheim",
)


def confidentiality_rank(level: str | None) -> int:
    """Rank of a vertrouwelijkheidaanduiding; unknown or empty counts as most restrictive."""
    if level in CONFIDENTIALITY_LEVELS:
        return CONFIDENTIALITY_LEVELS.index(level)
    return len(CONFIDENTIALITY_LEVELS)


class StepState(StrEnum):
    DONE = "done"
    CURRENT = "current"
    PLANNED = "planned"


@dataclass(frozen=True, slots=True)
class StatusInfo:
    """The current (last set) status of a case, with its statustype."""

    omschrijving: str
    statustekst: str
    volgnummer: int | None
    datum_status_gezet: datetime | None
    is_eindstatus: bool
    toelichting: str = ""


@dataclass(frozen=True, slots=True)
class Substatus:
    omschrijving: str
    tijdstip: datetime | None
    # "betrokkenen" (told to the citizen), "intern" (not), or "" (blank: the server does not say;
    # shown without either label, and not counted as told)
    doelgroep: str


@dataclass(frozen=True, slots=True)
class TimelineStep:
    """One statustype of the zaaktype, in volgnummer order, with what happened at it."""

    omschrijving: str
    volgnummer: int
    state: StepState
    datum_status_gezet: datetime | None
    statustekst: str
    substatussen: tuple[Substatus, ...] = ()
    is_eindstatus: bool = False


@dataclass(frozen=True, slots=True)
class Role:
    """A rol on the case: who asked (initiator), who handles it (behandelaar), ..."""

    omschrijving_generiek: str  # initiator, behandelaar, belanghebbende, ...
    omschrijving: str  # roltype omschrijving, e.g. "Aanvrager"
    betrokkene_type: str  # natuurlijk_persoon, niet_natuurlijk_persoon, medewerker, ...
    naam: str  # display name; personal data: never log it
    identificatie: str = ""  # BSN / KVK / medewerker id; personal data: never log it


@dataclass(frozen=True, slots=True)
class CaseObject:
    """A zaakobject, e.g. the address a permit is about."""

    object_type: str
    omschrijving: str


@dataclass(frozen=True, slots=True)
class Document:
    url: str
    titel: str
    informatieobjecttype: str
    creatiedatum: date | None
    vertrouwelijkheidaanduiding: str
    bestandsnaam: str
    formaat: str
    bestandsomvang: int | None
    download_url: str
    may_open: bool  # False when confidentiality or tonenAanInitiator forbids showing it
    reason_closed: Message | None = None  # why may_open is False


@dataclass(frozen=True, slots=True)
class CaseSummary:
    """What the case list shows; enough to answer most status questions."""

    source: str  # name of the first source it was found in
    url: str
    identificatie: str
    zaaktype: str  # zaaktype omschrijving, e.g. "Parkeervergunning"
    zaaktype_url: str
    omschrijving: str
    startdatum: date | None
    einddatum: date | None
    einddatum_gepland: date | None
    uiterlijke_einddatum_afdoening: date | None
    vertrouwelijkheidaanduiding: str
    status: StatusInfo | None
    resultaat: str | None
    last_activity: datetime | None  # for "most recent activity first"
    also_in: tuple[str, ...] = ()  # other sources holding the same case number

    @property
    def is_open(self) -> bool:
        return self.einddatum is None

    def days_overdue(self, today: date) -> int:
        """Days past einddatumGepland for an open case (0 when on time or closed)."""
        if self.einddatum is not None or self.einddatum_gepland is None:
            return 0
        return max(0, (today - self.einddatum_gepland).days)


@dataclass(frozen=True, slots=True)
class CaseDetail:
    """Everything about one case, fetched on demand when the agent opens it."""

    summary: CaseSummary
    timeline: tuple[TimelineStep, ...]
    roles: tuple[Role, ...] = ()
    objects: tuple[CaseObject, ...] = ()
    documents: tuple[Document, ...] = ()
    substatus_supported: bool = True
    warnings: tuple[Message, ...] = ()  # parts that could not be loaded


@dataclass(frozen=True, slots=True)
class SourceOutcome:
    """How one source did in one lookup."""

    name: str
    ok: bool
    ui_error: Message | None  # why it failed, no personal data; translate where it is shown
    count: int
    elapsed_ms: int

    @property
    def error(self) -> str | None:
        """The reason in Dutch (CLI, logs)."""
        return None if self.ui_error is None else str(self.ui_error)


class SourcePhase(StrEnum):
    STARTED = "started"
    FINISHED = "finished"


@dataclass(frozen=True, slots=True)
class SourceProgress:
    """Emitted per source while a lookup runs (for the sources bar)."""

    name: str
    phase: SourcePhase
    outcome: SourceOutcome | None = None
    cases: tuple[CaseSummary, ...] = ()


@dataclass(frozen=True, slots=True)
class LookupResult:
    query: Query
    sources: tuple[SourceOutcome, ...]
    cases: tuple[CaseSummary, ...] = field(default=())

    @property
    def partial(self) -> bool:
        return any(not s.ok for s in self.sources) and any(s.ok for s in self.sources)

    @property
    def all_failed(self) -> bool:
        return bool(self.sources) and not any(s.ok for s in self.sources)
