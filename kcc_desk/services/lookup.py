"""The federated case lookup the UI calls: every source concurrently, partial results, progress.

One :class:`LookupService` per app holds the one shared ``httpx.AsyncClient`` (keep-alive) and the
catalogue cache. A lookup is cancelled by cancelling its task (the presenter starts each lookup as
a named task that cancels the previous one); cancellation propagates to every request of every
source and leaves the shared client and caches usable.

The catalogue is kept between runs (:class:`KeptCatalogue`): read at start-up, used by the
first lookup without any catalogue request, confirmed in the background after that.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

import httpx

from kcc_desk.services.case_detail import CaseDetailLoader
from kcc_desk.services.case_merge import merge_cases
from kcc_desk.services.case_summary import CatalogueForbiddenError, SummaryBuilder
from kcc_desk.services.catalog_cache import CatalogCache
from kcc_desk.services.catalog_keeper import KeptCatalogue
from kcc_desk.services.closing import AsyncClosing
from kcc_desk.services.config import AppConfig, SourceConfig
from kcc_desk.services.credentials import Credentials
from kcc_desk.services.documents import DocumentStore
from kcc_desk.services.errors import CredentialError, KccError, SourceError, SourceTimeoutError
from kcc_desk.services.identifiers import Query, parse_identifier
from kcc_desk.services.messages import QT_TRANSLATE_NOOP, Message
from kcc_desk.services.models import (
    CaseDetail,
    CaseSummary,
    Document,
    LookupResult,
    Role,
    SourceOutcome,
    SourcePhase,
    SourceProgress,
)
from kcc_desk.services.source_search import SourceCapabilities, SourceSearch
from kcc_desk.services.zgw_client import ZgwClient

log = logging.getLogger(__name__)

ProgressCallback = Callable[[SourceProgress], None]
# A whole source (search + per-case details) may take this many times its request timeout.
SOURCE_DEADLINE_FACTOR = 3.0


class LookupService(AsyncClosing):
    def __init__(
        self,
        config: AppConfig,
        credentials: Credentials | None = None,
        *,
        http: httpx.AsyncClient | None = None,
        catalogue_file: Path | None = None,
        keep_catalogue: bool = True,
    ) -> None:
        """``catalogue_file``: where the catalogue is kept (default: the user's cache folder);
        ``keep_catalogue=False`` keeps it in memory only."""
        self._config = config
        self._client = ZgwClient(config, credentials or Credentials(config), http=http)
        self.catalog = CatalogCache(self._client)
        self.kept_catalogue = KeptCatalogue(
            self.catalog,
            catalogi_roots=[s.catalogi_api for s in config.sources],
            path=catalogue_file,
            enabled=keep_catalogue,
        )
        self.kept_catalogue.start()  # reads the file in a worker thread when a loop runs
        self._caps: dict[str, SourceCapabilities] = {
            s.name: SourceCapabilities() for s in config.sources
        }
        self._documents = DocumentStore(self._client, config, self.catalog)
        self._details = CaseDetailLoader(self._client, self.catalog, self._documents, self._caps)

    async def aclose(self) -> None:
        self._documents.clear()
        await self.kept_catalogue.aclose()
        await self._client.aclose()

    @property
    def config(self) -> AppConfig:
        return self._config

    @property
    def zgw(self) -> ZgwClient:
        """The one shared ZGW client (the watch list polls through it: one bound per source)."""
        return self._client

    @property
    def source_names(self) -> list[str]:
        return [s.name for s in self._config.sources]

    async def lookup(
        self, query: Query | str, on_progress: ProgressCallback | None = None
    ) -> LookupResult:
        """Search every source; raises InvalidIdentifierError before any request for bad input."""
        if isinstance(query, str):
            query = parse_identifier(query)
        started = time.monotonic()
        await self.kept_catalogue.loaded()
        outcomes: list[tuple[SourceOutcome, list[CaseSummary]]] = await asyncio.gather(
            *(self._search_source(s, query, on_progress) for s in self._config.sources)
        )
        # Only now confirm what is kept: the search never queues behind catalogue requests.
        self.kept_catalogue.after_lookup()
        cases = merge_cases([c for _, c in outcomes])
        log.info(
            "lookup %s: %d zaken uit %d bronnen in %d ms",
            query.kind.value,
            len(cases),
            len(outcomes),
            int((time.monotonic() - started) * 1000),
        )
        return LookupResult(query=query, sources=tuple(o for o, _ in outcomes), cases=cases)

    async def _search_source(
        self, source: SourceConfig, query: Query, on_progress: ProgressCallback | None
    ) -> tuple[SourceOutcome, list[CaseSummary]]:
        _emit(on_progress, SourceProgress(source.name, SourcePhase.STARTED))
        started = time.monotonic()
        cases: list[CaseSummary] = []
        error: Message | None = None
        try:
            async with asyncio.timeout(source.timeout_s * SOURCE_DEADLINE_FACTOR):
                zaaktypen = source.catalogi_api + "zaaktypen"
                # An empty catalogue: fetch the zaaktypen in parallel with the search (a kept
                # one is not asked for before the search; unknown zaaktypen come after it).
                if (
                    self._config.preload_catalog
                    and self._caps[source.name].catalogue_types
                    and not self.catalog.knows_any(zaaktypen + "/")
                ):
                    self.catalog.preload(zaaktypen, source_name=source.name)
                search = SourceSearch(
                    self._client,
                    source.name,
                    source.zaken_api,
                    self._caps[source.name],
                    # Many pages: the types of the first page's zaaktypen come meanwhile.
                    on_first_page=partial(self._prefetch_types, source.name),
                )
                cases = await self._summaries(source, search, query)
        except TimeoutError:
            error = SourceTimeoutError.reason
        except SourceError as exc:
            error = exc.reason
            log.warning("%s: %s %s", source.name, exc.reason, exc.detail)
        except CredentialError:
            error = QT_TRANSLATE_NOOP("SourceError", "geen sleutel ingesteld")
        except KccError as exc:
            error = exc.ui_message
        except Exception as exc:  # a bug must cost one source, not the whole lookup
            log.error("%s: onverwachte fout (%s)", source.name, type(exc).__name__)
            log.debug("details", exc_info=True)
            error = QT_TRANSLATE_NOOP("SourceError", "onverwachte fout")
        if error is not None:
            cases = []
        outcome = SourceOutcome(
            name=source.name,
            ok=error is None,
            ui_error=error,
            count=len(cases),
            elapsed_ms=int((time.monotonic() - started) * 1000),
        )
        _emit(on_progress, SourceProgress(source.name, SourcePhase.FINISHED, outcome, tuple(cases)))
        return outcome, cases

    async def _summaries(
        self, source: SourceConfig, search: SourceSearch, query: Query
    ) -> list[CaseSummary]:
        caps = self._caps[source.name]
        zaken = await search.find(query)
        builder = SummaryBuilder(
            self._client, self.catalog, source.name, use_catalogue=caps.catalogue_types
        )
        try:
            return await builder.build_all(zaken)
        except CatalogueForbiddenError:
            # Zaken readable, the catalogue not (authorisations without Catalogi): ask the
            # search for the types after all, now and for the rest of the session.
            log.info("%s: catalogus niet leesbaar, typen via expand", source.name)
            caps.catalogue_types = False
            zaken = await search.find(query)
            builder = SummaryBuilder(self._client, self.catalog, source.name, use_catalogue=False)
            return await builder.build_all(zaken)

    def _prefetch_types(self, source_name: str, zaken: list[dict[str, object]]) -> None:
        if not self._caps[source_name].catalogue_types:
            return
        urls = [z["zaaktype"] for z in zaken if isinstance(z.get("zaaktype"), str)]
        self.catalog.prefetch_types(
            [u for u in urls if isinstance(u, str)], source_name=source_name
        )

    async def case_detail(self, case: CaseSummary) -> CaseDetail:
        return await self._details.load(case, self._config.source(case.source))

    async def roles(self, case: CaseSummary) -> tuple[Role, ...]:
        """The rollen of a case (also part of :meth:`case_detail`)."""
        return await self._details.roles(case, self._config.source(case.source))

    async def download_document(self, document: Document) -> Path:
        return await self._documents.download(document)

    async def documents(self, case: CaseSummary) -> tuple[Document, ...]:
        """The documents of a case (also part of :meth:`case_detail`)."""
        docs, _ = await self._documents.list_for(case, self._config.source(case.source))
        return docs

    def clear_caller_data(self) -> None:
        """Forget everything about the current caller (downloads included); keep the catalogue."""
        self._details.clear()
        self._documents.clear()


def _emit(callback: ProgressCallback | None, event: SourceProgress) -> None:
    if callback is None:
        return
    try:
        callback(event)
    except Exception as exc:  # the UI's problem must not break the lookup
        log.error("voortgangsmelding mislukt (%s)", type(exc).__name__)
