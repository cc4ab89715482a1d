"""The one interface for learning that a watched case changed.

Today :class:`~kcc_desk.services.watch.poller.PollingFeed` implements it by polling. A
municipality's notification relay (a Notificaties API subscriber on a server, channel
``zaken``) can replace it: on a notification about a followed zaak it reads that case once
(:class:`~kcc_desk.services.watch.reader.CaseReader`) and reports the reading. The
:class:`~kcc_desk.services.watch.service.WatchService` compares every reading with the last seen
state, so a feed may report the same state twice (Notificaties delivers at least once) and
after a restart or an outage one fresh reading per case is the catch-up. See docs/watching.md.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from kcc_desk.services.watch.model import CaseState

OnReading = Callable[[str, CaseState], None]  # zaak URL, what it holds now
KnownState = Callable[[str], CaseState | None]  # the last seen state of a followed zaak


@dataclass(frozen=True, slots=True)
class SourceHealth:
    """Reported when a source starts or stops backing off (the pane can say so)."""

    source: str
    backing_off: bool
    retry_in_s: float = 0.0


OnHealth = Callable[[SourceHealth], None]


class ChangeFeed(Protocol):
    def follow(self, zaak_url: str, source: str, *, catch_up: bool = False) -> None:
        """Start reporting readings of this zaak (the first one is the baseline).

        ``catch_up``: a watch from the kept list (after a restart), whose first reading may
        wait a little so that many of them do not all go at once; a new watch is read now."""

    def unfollow(self, zaak_url: str) -> None: ...

    async def run(self, known: KnownState, on_reading: OnReading, on_health: OnHealth) -> None:
        """Report readings until cancelled; never raises for a failing source."""
