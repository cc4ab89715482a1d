"""The KPIs and the referral queue of one period, from per-day facts and the interne taken.

Counting rules (see ``facts`` for what a status contact and a referral are):

- ``referrals`` counts status contacts that led to an interne taak; with a team chosen, those
  with an interne taak assigned to that team. The referral rate is referrals ÷ status contacts,
  first-contact resolution is (status contacts − referrals) ÷ status contacts.
- The queue has one row per interne taak of such a contact; ``open`` and ``overdue`` count rows.
- Per team is per actor an interne taak is assigned to: a taak with two actors counts for both.
- Deadline: ``toegewezenOp`` advanced by the term in working hours; overdue: open and past the
  deadline at ``as_of``.
- Open referrals made *before* the period are still the team's work, so they are in the queue
  too (``before_period``), but not in the counts: the issue defines a referral as a status
  contact in the period that led to an interne taak, and "open" and "overdue" as states of such
  a referral. So the tiles, ``kcc-desk report`` and per team/agent/age stay one consistent set
  of numbers about the period (open + handled = the period's referrals), and the queue says in
  words how many open ones are older.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from kcc_desk.services.review.facts import DayFacts, ReferralContact, TaskFact
from kcc_desk.services.review.period import Period, local_day
from kcc_desk.services.review.worktime import add_working_hours, working_time_between

WORKING_DAY = timedelta(hours=24)
AGE_BUCKETS: tuple[tuple[str, float], ...] = (
    ("< 1", 1.0),
    ("1-2", 2.0),
    ("2-5", 5.0),
    ("> 5", float("inf")),
)  # working days since assignment, for the "open referrals by age" chart


@dataclass(frozen=True, slots=True)
class Actor:
    uuid: str
    naam: str
    soort: str  # medewerker | organisatorische_eenheid | ...
    login: str = ""  # actoridentificator.objectId of a medewerker (kcc-desk's agent_id)


@dataclass(frozen=True, slots=True)
class QueueRow:
    task_uuid: str
    contact_uuid: str
    assigned_at: datetime
    agents: tuple[str, ...]  # names
    agent_keys: tuple[str, ...]  # their actor uuids ("Mijn doorverwijzingen" filters on these)
    zaak_id: str
    teams: tuple[str, ...]  # names of every actor it is assigned to
    reason: str
    status: str
    deadline: datetime
    left: timedelta  # working time until the deadline (negative: late)
    is_open: bool
    overdue: bool
    before_period: bool = False  # an open referral made before the period (queue only)

    @property
    def urgency(self) -> str:
        """overdue · today (due within one working day) · later · handled."""
        if not self.is_open:
            return "handled"
        if self.overdue:
            return "overdue"
        return "today" if self.left <= WORKING_DAY else "later"


@dataclass(frozen=True, slots=True)
class TeamCount:
    team: str
    referrals: int
    open: int
    overdue: int


@dataclass(frozen=True, slots=True)
class AgentCount:
    agent: str
    status_contacts: int
    referrals: int


@dataclass(slots=True)
class Report:
    period: Period
    as_of: datetime
    team: str | None
    status_contacts: int = 0
    referrals: int = 0
    open_referrals: int = 0
    overdue_referrals: int = 0
    per_team: list[TeamCount] = field(default_factory=list)
    per_agent: list[AgentCount] = field(default_factory=list)
    per_channel: dict[str, int] = field(default_factory=dict)
    per_day: list[tuple[date, int, int]] = field(default_factory=list)  # day, contacts, referrals
    open_by_age: list[tuple[str, int]] = field(default_factory=list)
    referral_zaken: dict[str, int] = field(default_factory=dict)  # zaak id -> referrals
    queue: list[QueueRow] = field(default_factory=list)

    @property
    def referral_rate(self) -> float:
        return self.referrals / self.status_contacts if self.status_contacts else 0.0

    @property
    def first_contact_resolution(self) -> float:
        if not self.status_contacts:
            return 0.0
        return (self.status_contacts - self.referrals) / self.status_contacts

    def to_json(self) -> dict[str, Any]:
        return {
            "from": self.period.start.isoformat(),
            "to": self.period.end.isoformat(),
            "as_of": self.as_of.isoformat(),
            "team": self.team,
            "status_contacts": self.status_contacts,
            "referrals": self.referrals,
            "referral_rate": round(self.referral_rate, 4),
            "first_contact_resolution": round(self.first_contact_resolution, 4),
            "open_referrals": self.open_referrals,
            "overdue_referrals": self.overdue_referrals,
            "per_team": [
                {"team": t.team, "referrals": t.referrals, "open": t.open, "overdue": t.overdue}
                for t in self.per_team
            ],
            "per_agent": [
                {"agent": a.agent, "status_contacts": a.status_contacts, "referrals": a.referrals}
                for a in self.per_agent
            ],
            "per_channel": [
                {"kanaal": k, "status_contacts": n} for k, n in sorted(self.per_channel.items())
            ],
        }


def compute(
    period: Period,
    days: Mapping[date, DayFacts],
    tasks: Sequence[TaskFact],
    actors: Mapping[str, Actor],
    *,
    as_of: datetime,
    term_hours: float,
    team: str | None = None,
    earlier: Mapping[str, ReferralContact] | None = None,
) -> Report:
    """``team`` is an actor uuid (None: all teams); ``earlier``: the contacts, made before the
    period, of open interne taken (their rows join the queue, not the counts)."""
    report = Report(period=period, as_of=as_of, team=actors[team].naam if team else None)

    def name(key: str) -> str:
        return actors[key].naam if key in actors and actors[key].naam else key or "?"

    contacts: dict[str, ReferralContact] = {}
    per_agent: dict[str, list[int]] = {}
    for day in period.days():
        facts = days.get(day) or DayFacts()
        report.status_contacts += facts.status_contacts
        for kanaal, n in facts.per_kanaal.items():
            report.per_channel[kanaal] = report.per_channel.get(kanaal, 0) + n
        for agent, n in facts.per_agent.items():
            per_agent.setdefault(agent, [0, 0])[0] += n
        for referral in facts.referrals:
            contacts[referral.uuid] = referral
    by_contact: dict[str, list[TaskFact]] = {}
    for task in tasks:
        if task.contact_uuid in contacts and (team is None or team in task.actors):
            by_contact.setdefault(task.contact_uuid, []).append(task)

    team_counts: dict[str, list[int]] = {}
    day_referrals: dict[date, int] = {}
    ages = [0] * len(AGE_BUCKETS)
    for contact_uuid, own in by_contact.items():
        contact = contacts[contact_uuid]
        report.referrals += 1
        report.referral_zaken[contact.zaak_id] = report.referral_zaken.get(contact.zaak_id, 0) + 1
        for agent in contact.agents or ("",):
            per_agent.setdefault(agent, [0, 0])[1] += 1
        day = local_day(contact.moment)
        day_referrals[day] = day_referrals.get(day, 0) + 1
        for task in own:
            row = _row(task, contact, as_of, term_hours, name)
            report.queue.append(row)
            report.open_referrals += row.is_open
            report.overdue_referrals += row.overdue
            for actor in task.actors:
                if team is not None and actor != team:
                    continue
                counts = team_counts.setdefault(actor, [0, 0, 0])
                counts[0] += 1
                counts[1] += row.is_open
                counts[2] += row.overdue
            if row.is_open:
                age = working_time_between(task.assigned_at, as_of) / WORKING_DAY
                ages[next(i for i, (_, top) in enumerate(AGE_BUCKETS) if age < top)] += 1

    for task in tasks:
        before = (earlier or {}).get(task.contact_uuid)
        if (
            before is not None
            and task.is_open
            and task.contact_uuid not in contacts
            and (team is None or team in task.actors)
        ):
            report.queue.append(_row(task, before, as_of, term_hours, name, before_period=True))

    report.per_team = sorted(
        (TeamCount(name(k), *v) for k, v in team_counts.items()), key=lambda t: t.team.lower()
    )
    report.per_agent = sorted(
        (AgentCount(name(k) if k else "?", *v) for k, v in per_agent.items()),
        key=lambda a: a.agent.lower(),
    )
    report.per_day = [
        (d, (days.get(d) or DayFacts()).status_contacts, day_referrals.get(d, 0))
        for d in period.days()
    ]
    report.open_by_age = [(label, n) for (label, _), n in zip(AGE_BUCKETS, ages, strict=True)]
    report.queue.sort(key=lambda r: (not r.overdue, not r.is_open, r.left, r.assigned_at))
    return report


def _row(
    task: TaskFact,
    contact: ReferralContact,
    as_of: datetime,
    term_hours: float,
    name: Callable[[str], str],
    *,
    before_period: bool = False,
) -> QueueRow:
    deadline = add_working_hours(task.assigned_at, term_hours)
    # Time left only matters while it is open (and counting months back costs time).
    left = working_time_between(as_of, deadline) if task.is_open else timedelta()
    return QueueRow(
        task_uuid=task.uuid,
        contact_uuid=contact.uuid,
        assigned_at=task.assigned_at,
        agents=tuple(name(a) for a in contact.agents),
        agent_keys=contact.agents,
        zaak_id=contact.zaak_id,
        teams=tuple(name(a) for a in task.actors),
        reason=task.reason,
        status=task.status,
        deadline=deadline,
        left=left,
        is_open=task.is_open,
        overdue=task.is_open and as_of > deadline,
        before_period=before_period,
    )
