"""The referral term: hours counted only on working days (Europe/Amsterdam wall clock).

A working day is Monday to Friday and not a Dutch public holiday. The holidays come from the
maintained ``holidays`` package (``holidays.NL``), not from a list in this code: a hand-written
list goes stale every year, and ITA's hard-coded 48 hours that skip only weekends is exactly what
coordinators complain about.

48 working hours are two whole working days: a referral assigned on Friday 10:00 is due on
Tuesday 10:00; one assigned on a Saturday is due on Wednesday 00:00 (the clock starts on Monday).
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
_DAY = timedelta(days=1)


@lru_cache(maxsize=64)
def _holidays_of(year: int) -> frozenset[date]:
    return frozenset(holidays.country_holidays("NL", years=year).keys())


def is_working_day(day: date) -> bool:
    return day.weekday() < 5 and day not in _holidays_of(day.year)


def local(moment: datetime) -> datetime:
    """The Amsterdam wall-clock time of an aware moment, as a naive datetime."""
    return moment.astimezone(AMSTERDAM).replace(tzinfo=None)


def _aware(wall: datetime) -> datetime:
    return wall.replace(tzinfo=AMSTERDAM)


def add_working_hours(start: datetime, hours: float) -> datetime:
    """``start`` advanced by ``hours`` counted only on working days (wall clock, so a DST
    change inside a working day does not shift the deadline's clock time)."""
    wall = local(start)
    left = timedelta(hours=hours)
    while True:
        day = wall.date()
        midnight = datetime.combine(day + _DAY, time())
        if is_working_day(day):
            room = midnight - wall
            if left <= room:
                return _aware(wall + left)
            left -= room
        wall = midnight


def working_time_between(earlier: datetime, later: datetime) -> timedelta:
    """Working time from ``earlier`` to ``later`` (negative when ``later`` comes first)."""
    if later < earlier:
        return -working_time_between(later, earlier)
    wall, end = local(earlier), local(later)
    total = timedelta()
    while wall < end:
        midnight = datetime.combine(wall.date() + _DAY, time())
        stop = min(midnight, end)
        if is_working_day(wall.date()):
            total += stop - wall
        wall = stop
    return total
