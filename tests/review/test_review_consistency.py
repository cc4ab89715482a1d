"""A report cancelled halfway by a newer request leaves the review's tables all of one report:
the tiles' numbers never belong to another period than the queue under them (over real HTTP
against the demo server; only the newest request is made to fail)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtWidgets import QApplication

from kcc_desk.demo.server import DemoServer
from kcc_desk.presenters.review import ReviewPresenter
from kcc_desk.presenters.review_models import QueueColumn, rows_as_shown
from kcc_desk.services.config import load_config
from kcc_desk.services.credentials import Credentials
from kcc_desk.services.errors import UnreachableError
from kcc_desk.services.review.kpi import Actor, Report
from kcc_desk.services.review.period import Period
from kcc_desk.services.review.session import ReviewSession
from kcc_desk.services.review.zaaktypes import ZaakInfo
from tests.review.conftest import REVIEW_TODAY

WEEK = Period(REVIEW_TODAY - timedelta(days=6), REVIEW_TODAY)
MONTH = Period(REVIEW_TODAY.replace(day=1), REVIEW_TODAY)
TODAY = Period(REVIEW_TODAY, REVIEW_TODAY)
LATER = (QueueColumn.ZAAK, QueueColumn.BSN)  # filled in by tasks of their own


class Backend:
    """The real review session; fails for today, and once the month is fetched runs
    ``after_month`` on the loop's next turn: while the presenter shows the month."""

    def __init__(self, session: ReviewSession) -> None:
        self.session = session
        self.after_month: Callable[[], object] = lambda: None

    async def report(
        self, period: Period, *, as_of: datetime | None = None, team: str | None = None
    ) -> Report:
        if period == TODAY:
            raise UnreachableError("Klantinteracties")
        report = await self.session.report(period, as_of=as_of, team=team)
        if period == MONTH:
            asyncio.get_running_loop().call_soon(self.after_month)
        return report

    async def teams(self) -> list[Actor]:
        return await self.session.teams()

    async def my_actors(self, agent_id: str) -> set[str]:
        return await self.session.my_actors(agent_id)

    async def zaak_number(self, zaak_id: str) -> str | None:
        return await self.session.zaak_number(zaak_id)

    async def masked_bsns(self, contact_uuids: list[str]) -> dict[str, str]:
        return await self.session.masked_bsns(contact_uuids)

    async def zaken(self, zaak_ids: list[str]) -> dict[str, ZaakInfo]:
        return await self.session.zaken(zaak_ids)

    async def aclose(self) -> None:
        await self.session.aclose()


def queue_rows(presenter: ReviewPresenter) -> list[list[str]]:
    return [
        [cell for column, cell in enumerate(row) if column not in LATER]
        for row in rows_as_shown(presenter.queue)
    ]


async def test_a_cancelled_report_leaves_every_table_of_one_report(
    qapp: QApplication, review_server: DemoServer, review_config: Path
) -> None:
    del qapp, review_server
    config = load_config(review_config)
    backend = Backend(ReviewSession(config, Credentials(config), training=True))
    as_of = datetime.combine(REVIEW_TODAY, datetime.min.time()).astimezone() + timedelta(hours=15)
    presenter = ReviewPresenter(lambda: backend, now=lambda: as_of)
    ready, failed = asyncio.Event(), asyncio.Event()
    presenter.ready.connect(ready.set)
    presenter.failed.connect(lambda _text: failed.set())
    try:
        presenter.request(WEEK, None)
        await asyncio.wait_for(ready.wait(), 30)
        week = presenter.report
        assert week is not None and week.period == WEEK
        kpis, queue = rows_as_shown(presenter.kpis), queue_rows(presenter)
        assert queue

        # The month arrives and starts to be shown; a newer request cancels it there.
        ready.clear()
        backend.after_month = lambda: presenter.request(TODAY, None)
        presenter.request(MONTH, None)
        await asyncio.wait_for(failed.wait(), 30)
        await asyncio.sleep(0.2)  # whatever the cancelled month would still do

        assert not ready.is_set()
        assert presenter.report is week
        assert rows_as_shown(presenter.kpis) == kpis  # not the month's numbers over the week
        assert queue_rows(presenter) == queue
        month = await backend.session.report(MONTH, as_of=as_of)
        assert month.status_contacts != week.status_contacts  # the test can tell them apart
    finally:
        await presenter.shutdown()
