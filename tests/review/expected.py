"""The review's numbers computed again, independently of kcc_desk.services.review, straight from
the demo server's seeded store (no HTTP, no shared code): what the tests compare against.

The working-hours term is counted here hour by hour (the service counts day by day)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import holidays

AMS = ZoneInfo("Europe/Amsterdam")
NL = holidays.NL(years=range(2024, 2028))


def moment(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def local_date(text: str) -> date:
    return moment(text).astimezone(AMS).date()


def working(day: date) -> bool:
    return day.weekday() < 5 and day not in NL


def deadline(start: datetime, hours: int = 48) -> datetime:
    """Step through the wall clock one (partial) hour at a time, counting working-day hours."""
    wall = start.astimezone(AMS).replace(tzinfo=None)
    left = timedelta(hours=hours)
    while True:
        step_end = (wall + timedelta(hours=1)).replace(minute=0, second=0, microsecond=0)
        step = step_end - wall
        if working(wall.date()):
            if left <= step:
                return (wall + left).replace(tzinfo=AMS)
            left -= step
        wall = step_end


@dataclass
class Expected:
    status_contacts: int = 0
    referrals: int = 0
    open: int = 0
    overdue: int = 0
    per_channel: Counter[str] = field(default_factory=Counter)
    per_agent: dict[str, list[int]] = field(default_factory=dict)
    per_team: dict[str, list[int]] = field(default_factory=dict)
    not_about_zaak: int = 0
    two_actor_tasks: int = 0


def expected(
    store: Any, start: date, end: date, as_of: datetime, team: str | None = None
) -> Expected:
    names = {a["uuid"]: a["naam"] for a in store.all("actoren")}
    team_uuid = next((k for k, v in names.items() if v == team), None) if team else None
    result = Expected()
    for kc in store.all("klantcontacten"):
        if not start <= local_date(kc["plaatsgevondenOp"]) <= end:
            continue
        objects = store.children("onderwerpobjecten", "klantcontact", kc["uuid"])
        if not any(
            o["onderwerpobjectidentificator"]["codeObjecttype"].lower() == "zgw-zaak"
            for o in objects
        ):
            result.not_about_zaak += 1
            continue
        result.status_contacts += 1
        result.per_channel[kc["kanaal"]] += 1
        agents = [
            a["naam"]
            for a in store.actors_of_klantcontact(kc["uuid"])
            if a["soortActor"] == "medewerker"
        ]
        for agent in agents:
            result.per_agent.setdefault(agent, [0, 0])[0] += 1
        tasks = store.children("internetaken", "aanleidinggevendKlantcontact", kc["uuid"])
        if team_uuid:
            tasks = [t for t in tasks if team_uuid in t["toegewezenAanActoren"]]
        if not tasks:
            continue
        result.referrals += 1
        for agent in agents:
            result.per_agent[agent][1] += 1
        for task in tasks:
            is_open = task["status"] == "te_verwerken"
            late = is_open and as_of > deadline(moment(task["toegewezenOp"]))
            result.open += is_open
            result.overdue += late
            result.two_actor_tasks += len(task["toegewezenAanActoren"]) == 2
            for actor in task["toegewezenAanActoren"]:
                if team_uuid and actor != team_uuid:
                    continue
                counts = result.per_team.setdefault(names[actor], [0, 0, 0])
                counts[0] += 1
                counts[1] += is_open
                counts[2] += late
    return result
