"""The team lead's review: asks the review service for a period and team, and turns the report
into the tables the view shows (tiles, KPI table, the charts' tables, the referral queue).

QtCore only. The report is fetched on the qasync loop under one task name, so a new choice of
period or team cancels a stale one. CSV exports are written from the models as shown (the
filtered, sorted queue), so a file equals the table on screen.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject, Signal

from kcc_desk.heap import freeze_long_lived
from kcc_desk.i18n import translated
from kcc_desk.presenters.queue_texts import QueueTexts, short_id
from kcc_desk.presenters.review_models import (
    QueueColumn,
    QueueFilter,
    QueueTable,
    TextTable,
    headers_as_shown,
    rows_as_shown,
)
from kcc_desk.presenters.tasks import TaskSlots
from kcc_desk.services.errors import KccError
from kcc_desk.services.review.export import write_csv
from kcc_desk.services.review.kpi import Actor, Report
from kcc_desk.services.review.period import Period
from kcc_desk.services.review.worktime import AMSTERDAM
from kcc_desk.services.review.zaaktypes import ZaakInfo

log = logging.getLogger(__name__)

KANALEN = ("telefoon", "balie", "e-mail")
MINE_DAYS = 30
QUEUE_SLICE = 250  # referrals put into words per turn of the event loop (~5 ms)
BSN_COLUMN = QueueColumn.BSN  # the caller's BSN, masked


def _tr(text: str) -> str:
    return QCoreApplication.translate("Review", text)


class ReviewBackend(Protocol):
    async def report(
        self, period: Period, *, as_of: datetime | None = None, team: str | None = None
    ) -> Report: ...

    async def teams(self) -> list[Actor]: ...

    async def my_actors(self, agent_id: str) -> set[str]: ...

    async def zaak_number(self, zaak_id: str) -> str | None: ...

    async def masked_bsns(self, contact_uuids: list[str]) -> dict[str, str]: ...

    async def zaken(self, zaak_ids: list[str]) -> dict[str, ZaakInfo]: ...

    async def aclose(self) -> None: ...


def kanaal_text(kanaal: str) -> str:
    """A kanaal in the user's language (Klantinteracties' values are Dutch words); one this
    app does not know is shown as it is."""
    known = {"telefoon": _tr("telefoon"), "balie": _tr("balie"), "e-mail": _tr("e-mail")}
    return known.get(kanaal, kanaal)


class ReviewPresenter(QObject):
    loading = Signal()
    ready = Signal()
    failed = Signal(str)
    filters_changed = Signal(list, list)  # team names, agent names (for the queue filters)
    teams_ready = Signal(list)  # team names (for the period/team choice)
    case_found = Signal(str)  # a queue row's zaak number: the workspace opens it

    def __init__(
        self,
        make_backend: Callable[[], ReviewBackend],
        *,
        now: Callable[[], datetime] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._make_backend = make_backend
        self._backend: ReviewBackend | None = None
        # The clock: "today" for the presets and the moment a report is made at (overdue, time
        # left). Injected so tests do not depend on the real date ("Deze maand" on the 1st).
        self._now = now or (lambda: datetime.now(AMSTERDAM))
        self._tasks = TaskSlots(self._on_task_error)
        self.report: Report | None = None
        self._heap_settled = False
        self.kpis = TextTable([_tr("KPI"), _tr("Waarde")])
        self.per_day = TextTable([_tr("Dag"), _tr("Statuscontacten"), _tr("Doorverwijzingen")])
        self.per_team = TextTable(
            [_tr("Team"), _tr("Doorverwijzingen"), _tr("Open"), _tr("Te laat")]
        )
        self.per_agent = TextTable(
            [_tr("Medewerker"), _tr("Statuscontacten"), _tr("Doorverwijzingen")]
        )
        self.per_zaaktype = TextTable([_tr("Zaaktype"), _tr("Doorverwijzingen")])
        self.by_age = TextTable([_tr("Open sinds (werkdagen)"), _tr("Open doorverwijzingen")])
        headers = {
            QueueColumn.WHEN: _tr("Wanneer"),
            QueueColumn.TEAM: _tr("Naar"),
            QueueColumn.REASON: _tr("Reden"),
            QueueColumn.STATUS: _tr("Status"),
            QueueColumn.LEFT: _tr("Termijn"),
            QueueColumn.ZAAK: _tr("Zaak"),
            QueueColumn.BSN: _tr("BSN"),
            QueueColumn.AGENT: _tr("Door"),
        }
        self.queue = QueueTable([headers[c] for c in QueueColumn])
        self.queue_view = QueueFilter(self.queue)

    # -- asking -----------------------------------------------------------------------------
    def today(self) -> date:
        return self._now().astimezone(AMSTERDAM).date()

    def _ensure_backend(self) -> ReviewBackend | None:
        if self._backend is None:
            try:
                self._backend = self._make_backend()
            except KccError as exc:
                self.failed.emit(translated(exc.ui_message))
                return None
        return self._backend

    def load_teams(self) -> None:
        backend = self._ensure_backend()
        if backend is not None:
            self._tasks.start("review-teams", self._teams(backend))

    async def _teams(self, backend: ReviewBackend) -> None:
        self.teams_ready.emit([t.naam for t in await backend.teams()])

    def request(self, period: Period, team: str | None) -> None:
        backend = self._ensure_backend()
        if backend is None:
            return
        self.loading.emit()
        if not self._heap_settled:
            self._heap_settled = True
            # The first report: the window, QtCharts and the review's modules are new and
            # stay; keep them out of the full collections that would otherwise run while
            # thousands of items decode. Once only: what is frozen is never collected.
            freeze_long_lived("review window")
        self._tasks.start("review-report", self._load(backend, period, team))

    async def _load(self, backend: ReviewBackend, period: Period, team: str | None) -> None:
        report = await backend.report(period, as_of=self._now(), team=team)
        await self._show(report)
        self.ready.emit()
        self._tasks.start("review-bsn", self._callers(backend, report))
        self._tasks.start("review-zaken", self._zaken(backend, report))

    async def _zaken(self, backend: ReviewBackend, report: Report) -> None:
        """The zaken, read from the sources after the KPIs (one read each): their numbers fill
        the queue's zaak column, their zaaktypen the chart."""
        wanted = [*report.referral_zaken, *(row.zaak_id for row in report.queue)]
        found = await backend.zaken(list(dict.fromkeys(wanted)))
        if report is not self.report:
            return
        self._show_numbers(report, found)
        self._show_zaaktypen(report, found)

    def _show_numbers(self, report: Report, found: dict[str, ZaakInfo]) -> None:
        """A zaak no source knows is said in words; its id stays in the tooltip."""
        texts, tips = [], []
        # Row by row as the queue has them now: it may be sorted (the table sorts itself).
        for row in self.queue.items:
            info = found.get(row.zaak_id)
            number = info.number if info is not None else None
            texts.append(number or _tr("onbekende zaak"))
            tips.append(
                None
                if number
                else _tr("Niet gevonden in de bronnen: {zaak}").format(zaak=short_id(row.zaak_id))
            )
        self.queue.set_column(QueueColumn.ZAAK, texts, tips)

    def _show_zaaktypen(self, report: Report, found: dict[str, ZaakInfo]) -> None:
        """Referrals per zaaktype; a zaak whose zaaktype is not known here is counted as
        "Onbekend zaaktype", never dropped."""
        unknown = _tr("Onbekend zaaktype")
        counts: dict[str, int] = {}
        for zaak, n in report.referral_zaken.items():
            info = found.get(zaak)
            name = (info.zaaktype if info is not None else None) or unknown
            counts[name] = counts.get(name, 0) + n
        ordered = sorted(counts.items(), key=lambda item: (item[0] == unknown, -item[1], item[0]))
        self.per_zaaktype.set_rows(
            [[name, str(n)] for name, n in ordered], [[name.lower(), n] for name, n in ordered]
        )

    async def _callers(self, backend: ReviewBackend, report: Report) -> None:
        """The queue's BSN column, masked (the service masks; nothing here sees a full BSN),
        filled in after the KPIs: one read per referral contact."""
        masked = await backend.masked_bsns([row.contact_uuid for row in report.queue])
        if report is self.report:
            self.queue.set_column(  # in the queue's order now: it may be sorted
                BSN_COLUMN, [masked.get(row.contact_uuid) or "–" for row in self.queue.items]
            )

    def request_mine(self, agent_id: str, days: int = MINE_DAYS) -> None:
        """ "Mijn doorverwijzingen": the referrals this agent made in the last ``days`` days,
        with their status now (the queue, filtered on the agent's own actors)."""
        backend = self._ensure_backend()
        if backend is None:
            return
        self.loading.emit()
        today = self.today()
        period = Period(today - timedelta(days=days - 1), today)
        self._tasks.start("review-report", self._load_mine(backend, period, agent_id))

    async def _load_mine(self, backend: ReviewBackend, period: Period, agent_id: str) -> None:
        mine = await backend.my_actors(agent_id)
        self.queue_view.set_mine(frozenset(mine))
        await self._load(backend, period, None)

    def open_case(self, row: int) -> None:
        """Open the zaak of queue row ``row`` (a row of ``queue``) in the workspace."""
        backend = self._ensure_backend()
        if backend is None or not 0 <= row < len(self.queue.items):
            return
        self._tasks.start("review-case", self._find_case(backend, self.queue.items[row].zaak_id))

    async def _find_case(self, backend: ReviewBackend, zaak_id: str) -> None:
        number = await backend.zaak_number(zaak_id)
        if number is None:
            self.failed.emit(_tr("Deze zaak is in geen van de bronnen gevonden."))
        else:
            self.case_found.emit(number)

    def _on_task_error(self, name: str, error: BaseException) -> None:
        del name
        if isinstance(error, KccError):
            self.failed.emit(translated(error.ui_message))
        else:
            self.failed.emit(_tr("Het overzicht kon niet worden gemaakt."))

    # -- showing ----------------------------------------------------------------------------
    async def _show(self, report: Report) -> None:
        """The queue put into words in slices first (see QueueTexts), then every table in one
        go: a newer request that cancels this one halfway leaves the tables all of one report.
        ``report`` is the one shown once all of it is in."""
        texts = QueueTexts()
        for first in range(0, len(report.queue), QUEUE_SLICE):
            # A turn of the event loop between slices: the window keeps painting and typing.
            await asyncio.sleep(0)
            texts.add(report.queue[first : first + QUEUE_SLICE])
        locale = QLocale()

        def pct(value: float) -> str:
            return locale.toString(value * 100, "f", 1) + " %"

        kpis = [
            (_tr("Statuscontacten"), str(report.status_contacts), report.status_contacts),
            (_tr("Doorverwijzingen"), str(report.referrals), report.referrals),
            (_tr("Doorverwijspercentage"), pct(report.referral_rate), report.referral_rate),
            (
                _tr("Opgelost in eerste contact"),
                pct(report.first_contact_resolution),
                report.first_contact_resolution,
            ),
            (_tr("Open doorverwijzingen"), str(report.open_referrals), report.open_referrals),
            (_tr("Te laat"), str(report.overdue_referrals), report.overdue_referrals),
        ]
        channels = sorted(set(KANALEN) | set(report.per_channel))
        kpis += [
            (
                _tr("Statuscontacten via {kanaal}").format(kanaal=kanaal_text(k)),
                str(report.per_channel.get(k, 0)),
                report.per_channel.get(k, 0),
            )
            for k in channels
        ]
        self.kpis.set_rows([[n, v] for n, v, _ in kpis], [[n, k] for n, _, k in kpis])
        self.per_day.set_rows(
            [
                [locale.toString(QDate(d.year, d.month, d.day), "ddd d MMM"), str(c), str(r)]
                for d, c, r in report.per_day
            ],
            [[d.isoformat(), c, r] for d, c, r in report.per_day],
        )
        self.per_team.set_rows(
            [[t.team, str(t.referrals), str(t.open), str(t.overdue)] for t in report.per_team],
            [[t.team.lower(), t.referrals, t.open, t.overdue] for t in report.per_team],
        )
        self.per_agent.set_rows(
            [[a.agent, str(a.status_contacts), str(a.referrals)] for a in report.per_agent],
            [[a.agent.lower(), a.status_contacts, a.referrals] for a in report.per_agent],
        )
        self.per_zaaktype.set_rows([])  # follows (_zaken)
        self.by_age.set_rows(
            [[label, str(n)] for label, n in report.open_by_age],
            [[i, n] for i, (_, n) in enumerate(report.open_by_age)],
        )
        self.queue.set_queue(report.queue, texts.rows, texts.keys, texts.tips)
        teams = sorted({t for r in report.queue for t in r.teams}, key=str.lower)
        agents = sorted({a for r in report.queue for a in r.agents}, key=str.lower)
        self.report = report
        self.filters_changed.emit(teams, agents)

    # -- exporting --------------------------------------------------------------------------
    def export_queue(self, path: Path) -> None:
        """The queue as filtered and sorted on screen; raises OSError."""
        write_csv(path, headers_as_shown(self.queue_view), rows_as_shown(self.queue_view))

    def export_kpis(self, path: Path) -> None:
        write_csv(path, headers_as_shown(self.kpis), rows_as_shown(self.kpis))

    async def shutdown(self) -> None:
        await self._tasks.drain()
        if self._backend is not None:
            await self._backend.aclose()
            self._backend = None
