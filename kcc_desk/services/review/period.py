"""Which days a review covers: today, this week, this month or a custom range, in Amsterdam
local time (a contact at 23:30 +01:00 belongs to that evening's date, not to the UTC date)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from kcc_desk.services.errors import KccError
from kcc_desk.services.messages import QT_TRANSLATE_NOOP
from kcc_desk.services.review.worktime import AMSTERDAM

MAX_DAYS = 400  # a review of more than a year is a data export, not a review


class PeriodError(KccError):
    """A period that does not exist or makes no sense (bad input, nothing was requested)."""


class Preset(StrEnum):
    TODAY = "today"
    WEEK = "week"
    MONTH = "month"
    CUSTOM = "custom"


@dataclass(frozen=True, slots=True)
class Period:
    start: date
    end: date  # inclusive

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise PeriodError(QT_TRANSLATE_NOOP("Review", "De einddatum ligt voor de begindatum."))
        if (self.end - self.start).days >= MAX_DAYS:
            raise PeriodError(
                QT_TRANSLATE_NOOP("Review", "Kies een periode van hoogstens {days} dagen.").format(
                    days=MAX_DAYS
                )
            )

    def days(self) -> Iterator[date]:
        day = self.start
        while day <= self.end:
            yield day
            day += timedelta(days=1)

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end

    def first_moment(self) -> datetime:
        return datetime.combine(self.start, time(), AMSTERDAM)

    @classmethod
    def preset(cls, preset: Preset, today: date) -> Period:
        if preset is Preset.WEEK:
            return cls(today - timedelta(days=today.weekday()), today)
        if preset is Preset.MONTH:
            return cls(today.replace(day=1), today)
        return cls(today, today)


def parse_day(text: str) -> date:
    """A strict ``YYYY-MM-DD`` date; ``2026-02-30`` is an error, not 2 March."""
    try:
        if len(text) != 10:
            raise ValueError(text)
        return date.fromisoformat(text)
    except ValueError:
        raise PeriodError(
            QT_TRANSLATE_NOOP(
                "Review",
                "Geen geldige datum: {text} (gebruik JJJJ-MM-DD, bijvoorbeeld 2026-03-01).",
            ).format(text=text)
        ) from None


def parse_moment(text: str) -> datetime:
    """An ISO date-time; without an offset it is Amsterdam time."""
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise PeriodError(
            QT_TRANSLATE_NOOP(
                "Review", "Geen geldig tijdstip: {text} (bijvoorbeeld 2026-03-01T17:00+01:00)."
            ).format(text=text)
        ) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=AMSTERDAM)


def local_day(moment: datetime) -> date:
    return moment.astimezone(AMSTERDAM).date()
