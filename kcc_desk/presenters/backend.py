"""What the presenters need from the services layer (satisfied by services.lookup.LookupService).

A Protocol keeps presenters testable against the real service and free of its construction.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol

from kcc_desk.services.identifiers import Query
from kcc_desk.services.models import CaseDetail, CaseSummary, Document, LookupResult, SourceProgress


class CaseBackend(Protocol):
    @property
    def source_names(self) -> list[str]: ...

    async def lookup(
        self, query: Query, on_progress: Callable[[SourceProgress], None] | None = None
    ) -> LookupResult: ...

    async def case_detail(self, case: CaseSummary) -> CaseDetail: ...

    async def download_document(self, document: Document) -> Path: ...

    def clear_caller_data(self) -> None: ...


class LazyBackend:
    """A CaseBackend built on first use, so the window shows before httpx and the service
    modules are imported (they are not needed until the agent searches). ``warm_up`` builds it
    early, e.g. from a zero-timeout timer right after the window is shown."""

    def __init__(self, factory: Callable[[], CaseBackend], source_names: list[str]) -> None:
        self._factory = factory
        self._names = list(source_names)
        self._backend: CaseBackend | None = None

    def warm_up(self) -> CaseBackend:
        if self._backend is None:
            self._backend = self._factory()
        return self._backend

    @property
    def built(self) -> bool:
        return self._backend is not None

    @property
    def source_names(self) -> list[str]:
        return list(self._names)

    async def lookup(
        self, query: Query, on_progress: Callable[[SourceProgress], None] | None = None
    ) -> LookupResult:
        return await self.warm_up().lookup(query, on_progress)

    async def case_detail(self, case: CaseSummary) -> CaseDetail:
        return await self.warm_up().case_detail(case)

    async def download_document(self, document: Document) -> Path:
        return await self.warm_up().download_document(document)

    def clear_caller_data(self) -> None:
        if self._backend is not None:
            self._backend.clear_caller_data()


class AuditTrail(Protocol):
    """What presenters record in the local audit log (services.audit.AuditLog)."""

    def lookup(self, kind: str, identifier: str, sources: Sequence[str]) -> str: ...
    def case_opened(self, case_identificatie: str, source: str) -> None: ...
    def document_opened(
        self, document_url: str, case_identificatie: str, source: str | None = None
    ) -> None: ...
    def referral_logged(self, case_identificatie: str, target: str) -> None: ...
    def contact_logged(
        self,
        channel: str,
        case_identificatie: str | None = None,
        *,
        outcome: str | None = None,
        sent: bool = False,
    ) -> None: ...
    def clear_subject(self) -> None: ...
