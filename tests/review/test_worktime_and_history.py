"""The working-hours term and the demo history's calendar, on fixed dates."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from kcc_desk.demo.klantinteracties.history_seed import history_days
from kcc_desk.services.review.period import Period, PeriodError, Preset, parse_day
from kcc_desk.services.review.worktime import AMSTERDAM, add_working_hours, working_time_between


def at(*args: int) -> datetime:
    return datetime(*args, tzinfo=AMSTERDAM)


@pytest.mark.parametrize(
    ("start", "due"),
    [
        (at(2026, 11, 24, 10), at(2026, 11, 26, 10)),  # Tuesday -> Thursday
        (at(2026, 11, 27, 10), at(2026, 12, 1, 10)),  # Friday -> Tuesday (weekend skipped)
        (at(2026, 11, 28, 10), at(2026, 12, 2, 0)),  # Saturday: the clock starts on Monday
        (at(2026, 12, 24, 9), at(2026, 12, 29, 9)),  # Thu; Fri 25, Sat 26 holidays; Sun
        (at(2026, 5, 13, 12), at(2026, 5, 18, 12)),  # Wed; Ascension Thursday 14 May
        (at(2026, 3, 27, 12), at(2026, 3, 31, 12)),  # Friday before the switch to summer time
    ],
)
def test_48_working_hours(start: datetime, due: datetime) -> None:
    assert add_working_hours(start, 48) == due
    assert working_time_between(start, due).total_seconds() == 48 * 3600
    assert working_time_between(due, start).total_seconds() == -48 * 3600


def test_periods() -> None:
    today = date(2026, 12, 3)  # a Thursday
    assert Period.preset(Preset.TODAY, today) == Period(today, today)
    assert Period.preset(Preset.WEEK, today) == Period(date(2026, 11, 30), today)
    assert Period.preset(Preset.MONTH, today) == Period(date(2026, 12, 1), today)
    for bad in ("2026-02-30", "2026-2-3", "morgen", "2026-13-01"):
        with pytest.raises(PeriodError):
            parse_day(bad)
    with pytest.raises(PeriodError):
        Period(date(2026, 3, 2), date(2026, 3, 1))


def test_history_holds_a_holiday_whatever_the_date() -> None:
    import holidays

    for today in (date(2026, 12, 5), date(2025, 12, 29), date(2026, 8, 20)):
        days = history_days(today)
        assert today in days and len(days) >= 42
        assert any(d in holidays.NL(years=d.year) and d.weekday() < 5 for d in days), today


@pytest.mark.parametrize("today", [date(2026, 12, 5), date(2025, 12, 29)])
def test_seeded_open_referrals_are_days_or_weeks_old_never_months(today: date) -> None:
    """A real contact centre's overdue referrals are days or a couple of weeks late: on a
    Saturday whose six weeks hold no holiday (2026-12-05: the holiday week seeded is May's),
    nothing from that week is still open; some referrals of one to three weeks are (overdue)."""
    from kcc_desk.demo.server import DemoServer
    from tests.review.expected import deadline, moment

    server = DemoServer(sources=1, seed=1, today=today)
    server.start()
    try:
        tasks = list(server.klantinteracties_store.all("internetaken"))
    finally:
        server.stop()
    now = datetime.combine(today, datetime.min.time(), AMSTERDAM).replace(hour=12)
    ages = {
        t["uuid"]: (today - moment(t["toegewezenOp"]).astimezone(AMSTERDAM).date()).days
        for t in tasks
    }
    open_ages = [ages[t["uuid"]] for t in tasks if t["status"] == "te_verwerken"]
    assert open_ages and max(open_ages) <= 21, sorted(open_ages)[-5:]
    overdue_weeks = [
        ages[t["uuid"]]
        for t in tasks
        if t["status"] == "te_verwerken"
        and deadline(moment(t["toegewezenOp"])) < now
        and 7 <= ages[t["uuid"]] <= 21
    ]
    assert len(overdue_weeks) >= 3, overdue_weeks
    if today == date(2026, 12, 5):  # the holiday week of May is seeded, all of it handled
        assert any(age > 150 for age in ages.values())
