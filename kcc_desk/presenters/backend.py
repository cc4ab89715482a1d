"""What the presenters need from the services layer (satisfied by services.lookup.LookupService).

A Protocol keeps presenters testable against the real service and free of its construction.
"""

from __future__ import annotations

from collections.abc import Callable
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
