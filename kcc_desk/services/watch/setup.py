"""Building the watch list on the lookup service's client and catalogue, and turning a watched
case back into a :class:`CaseSummary` the workspace can open."""

from __future__ import annotations

from pathlib import Path

from kcc_desk.services.case_summary import SummaryBuilder
from kcc_desk.services.errors import InvalidResponseError
from kcc_desk.services.lookup import LookupService
from kcc_desk.services.models import CaseSummary
from kcc_desk.services.parsing import as_object
from kcc_desk.services.watch.poller import DEFAULT_INTERVAL_S, PollingFeed
from kcc_desk.services.watch.reader import CaseReader
from kcc_desk.services.watch.service import WatchService
from kcc_desk.services.watch.store import WatchStore


def build_watch_service(
    lookup: LookupService,
    *,
    path: Path | None = None,
    interval_s: float = DEFAULT_INTERVAL_S,
    first_spread_s: float | None = None,
) -> tuple[WatchService, PollingFeed]:
    reader = CaseReader(lookup.zgw, lookup.catalog)
    feed = PollingFeed(
        reader,
        list(lookup.config.sources),
        interval_s=interval_s,
        first_spread_s=first_spread_s,
    )
    return WatchService(WatchStore(path), feed), feed


async def watched_summary(lookup: LookupService, zaak_url: str, source: str) -> CaseSummary:
    """The case as a search would list it (one zaak request, types from the catalogue)."""
    response = await lookup.zgw.get_json(
        zaak_url, {"expand": "status,resultaat"}, source_name=source
    )
    zaak = as_object(response.body, source, "zaak")
    summaries = await SummaryBuilder(lookup.zgw, lookup.catalog, source).build_all([zaak])
    if not summaries:
        raise InvalidResponseError(source)
    return summaries[0]


class LookupWatchBackend:
    """The watch list on the lookup service's client (the presenter's ``WatchBackend``)."""

    def __init__(
        self,
        lookup: LookupService,
        *,
        path: Path | None = None,
        interval_s: float = DEFAULT_INTERVAL_S,
        first_spread_s: float | None = None,
    ) -> None:
        self._lookup = lookup
        self.service, self.feed = build_watch_service(
            lookup, path=path, interval_s=interval_s, first_spread_s=first_spread_s
        )

    async def summary(self, zaak_url: str, source: str) -> CaseSummary:
        return await watched_summary(self._lookup, zaak_url, source)

    def poll_now(self) -> None:
        self.feed.poll_all_now()


def training_store_path() -> Path:
    """A watch list for this training run only, removed when the program ends."""
    import atexit
    import shutil
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="kcc-desk-oefen-gevolgd-"))
    atexit.register(shutil.rmtree, folder, True)
    return folder / "gevolgd.json"
