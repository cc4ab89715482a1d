"""The review, end to end: read what is needed from Klantinteracties, keep closed days, compute.

Per report: the actors (names, one list), the klantcontacten newest first back to the oldest
day of the period that is not kept yet (``expand=gingOverOnderwerpobjecten``, the only relation
the definitions need), and the interne taken newest first back to the period's start (their
status is read fresh every time: it is what changes), and the open interne taken
(``status=te_verwerken``, however old). The four reads run at the same time. An open taak whose
contact is not in the period is read on its own (``klantcontacten/{uuid}``): when that contact
was a status contact before the period, the taak joins the queue (see ``kpi``).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

import httpx

from kcc_desk.services.config_general import DEFAULT_REFERRAL_TERM_HOURS
from kcc_desk.services.messages import QT_TRANSLATE_NOOP
from kcc_desk.services.review.cache import DayCache, is_closed
from kcc_desk.services.review.caller import CallerBsns
from kcc_desk.services.review.facts import (
    OPEN_STATUS,
    DayFacts,
    ReferralContact,
    TaskFact,
    contact_fact,
    task_fact,
)
from kcc_desk.services.review.kpi import Actor, Report, compute
from kcc_desk.services.review.period import Period, PeriodError, local_day
from kcc_desk.services.review.reader import PageReader

log = logging.getLogger(__name__)

DEFAULT_TERM_HOURS = DEFAULT_REFERRAL_TERM_HOURS  # the config default, one number
TEAM_SOORT = "organisatorische_eenheid"


@dataclass(slots=True)
class ReadFigures:
    """What the last report cost (for the benchmark and the log; no content)."""

    requests: int = 0
    contacts_read: int = 0
    tasks_read: int = 0
    days_from_cache: int = 0
    seconds: float = 0.0


class ReviewService:
    def __init__(
        self,
        http: httpx.AsyncClient,
        url: str,
        token: str,
        *,
        cache: DayCache | None = None,
        term_hours: float = DEFAULT_TERM_HOURS,
        concurrency: int = 6,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self._reader = PageReader(http, url, token, concurrency=concurrency)
        self._cache = cache
        self.term_hours = term_hours
        self._now = now
        self._actors: dict[str, Actor] | None = None
        self._callers = CallerBsns(self._reader)
        self.figures = ReadFigures()

    async def actors(self) -> dict[str, Actor]:
        if self._actors is None:
            items, _ = await self._reader.newest_first("actoren", {}, moment_field="", until=None)
            self._actors = {
                str(a["uuid"]): Actor(
                    str(a["uuid"]),
                    str(a.get("naam") or ""),
                    str(a["soortActor"]),
                    str((a.get("actoridentificator") or {}).get("objectId") or ""),
                )
                for a in items
                if isinstance(a.get("uuid"), str) and isinstance(a.get("soortActor"), str)
            }
        return self._actors

    async def masked_bsns(self, contact_uuids: list[str]) -> dict[str, str]:
        """The queue's callers: masked BSN per klantcontact ("" when it has none)."""
        return await self._callers.masked(contact_uuids)

    async def my_actors(self, agent_id: str) -> set[str]:
        """The medewerker actors that are this agent (by login; kcc-desk signs with it)."""
        actors = await self.actors()
        return {a.uuid for a in actors.values() if a.soort == "medewerker" and a.login == agent_id}

    async def teams(self) -> list[Actor]:
        actors = await self.actors()
        return sorted(
            (a for a in actors.values() if a.soort == TEAM_SOORT), key=lambda a: a.naam.lower()
        )

    def team_uuid(self, actors: dict[str, Actor], name: str) -> str:
        wanted = name.strip().lower()
        for actor in actors.values():
            if actor.naam.lower() == wanted:
                return actor.uuid
        raise PeriodError(QT_TRANSLATE_NOOP("Review", "Onbekend team: {name}.").format(name=name))

    async def report(
        self, period: Period, *, as_of: datetime | None = None, team: str | None = None
    ) -> Report:
        """``team`` is a team's (or any actor's) name; None for all."""
        started = time.perf_counter()
        self._reader.requests = 0
        now = self._now()
        today = local_day(now)
        figures = ReadFigures()
        cached, needed = await asyncio.to_thread(self._from_cache, period, today)
        figures.days_from_cache = len(cached)
        actors, fresh, tasks, open_tasks = await asyncio.gather(
            self.actors(),
            self._read_days(needed, figures),
            self._read_tasks(period, figures),
            self._read_open_tasks(),
        )
        team_key = self.team_uuid(actors, team) if team else None
        if self._cache is not None and fresh:
            await asyncio.to_thread(self._cache.store, fresh, today)
        days = {**cached, **{d: f for d, f in fresh.items() if d in period}}
        known = {t.uuid for t in tasks}
        tasks += [t for t in open_tasks if t.uuid not in known]
        earlier = await self._earlier_contacts(period, days, tasks)
        # Parsing and counting thousands of items is CPU work: off the event loop (the GUI's,
        # under qasync), so the window keeps answering while a month is counted.
        report = await asyncio.to_thread(
            compute,
            period,
            days,
            tasks,
            actors,
            as_of=as_of or now,
            term_hours=self.term_hours,
            team=team_key,
            earlier=earlier,
        )
        figures.requests = self._reader.requests
        figures.seconds = time.perf_counter() - started
        self.figures = figures
        log.info(
            "review %s..%s: %d requests, %d contacts, %d taken, %d days from cache, %.2f s",
            period.start,
            period.end,
            figures.requests,
            figures.contacts_read,
            figures.tasks_read,
            figures.days_from_cache,
            figures.seconds,
        )
        return report

    def _from_cache(self, period: Period, today: date) -> tuple[dict[date, DayFacts], list[date]]:
        """(the period's closed days that are kept, the days still to read)."""
        cached: dict[date, DayFacts] = {}
        needed: list[date] = []
        for day in period.days():
            facts = self._cache.get(day) if self._cache and is_closed(day, today) else None
            if facts is None:
                needed.append(day)
            else:
                cached[day] = facts
        return cached, needed

    async def _read_days(self, needed: list[date], figures: ReadFigures) -> dict[date, DayFacts]:
        """Facts of every day from the oldest needed one on (all complete), or nothing."""
        if not needed:
            return {}
        oldest = min(needed)
        days: dict[date, DayFacts] = {day: DayFacts() for day in needed}

        def on_page(items: list[dict[str, Any]]) -> None:
            for item in items:
                fact = contact_fact(item)
                if fact is not None and fact.day >= oldest:
                    days.setdefault(fact.day, DayFacts()).add(fact)

        _, stats = await self._reader.newest_first(
            "klantcontacten",
            {"expand": "gingOverOnderwerpobjecten"},
            moment_field="plaatsgevondenOp",
            until=Period(oldest, oldest).first_moment(),
            on_page=on_page,
        )
        figures.contacts_read = stats.count_read
        return days

    async def _read_open_tasks(self) -> list[TaskFact]:
        tasks: list[TaskFact] = []

        def on_page(items: list[dict[str, Any]]) -> None:
            tasks.extend(t for t in (task_fact(item) for item in items) if t is not None)

        await self._reader.newest_first(
            "internetaken",
            {"status": OPEN_STATUS},
            moment_field="toegewezenOp",
            until=None,
            on_page=on_page,
        )
        return [t for t in tasks if t.is_open]

    async def _earlier_contacts(
        self, period: Period, days: dict[date, DayFacts], tasks: list[TaskFact]
    ) -> dict[str, ReferralContact]:
        """The status contacts before the period that open interne taken came from."""
        in_period = {r.uuid for facts in days.values() for r in facts.referrals}
        end = Period(period.end + timedelta(days=1), period.end + timedelta(days=1))
        wanted = {
            t.contact_uuid
            for t in tasks
            if t.is_open
            and t.contact_uuid not in in_period
            # assigned after the period: its contact cannot be from before it
            and t.assigned_at < end.first_moment()
        }
        bodies = await asyncio.gather(
            *(
                self._reader.one("klantcontacten", key, {"expand": "gingOverOnderwerpobjecten"})
                for key in sorted(wanted)
            )
        )
        earlier: dict[str, ReferralContact] = {}
        for body in bodies:
            fact = contact_fact(body) if body is not None else None
            if fact is not None and fact.is_status_contact and fact.day < period.start:
                earlier[fact.uuid] = ReferralContact(
                    fact.uuid, fact.moment, fact.kanaal, fact.agents, fact.zaak_id
                )
        return earlier

    async def _read_tasks(self, period: Period, figures: ReadFigures) -> list[TaskFact]:
        tasks: list[TaskFact] = []

        def on_page(items: list[dict[str, Any]]) -> None:
            tasks.extend(t for t in (task_fact(item) for item in items) if t is not None)

        _, stats = await self._reader.newest_first(
            "internetaken",
            {},
            moment_field="toegewezenOp",
            until=period.first_moment(),
            on_page=on_page,
        )
        figures.tasks_read = stats.count_read
        return tasks
