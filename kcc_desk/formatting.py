"""Dutch-first formatting of dates, times, deadlines, confidentiality and file sizes (Qt-free).

Agents read these strings aloud to a caller, so they follow spoken Dutch: "3 maart 2026",
"16.30 uur", "nog 5 dagen", "3 dagen over de termijn". English ("en") exists for the English UI.
Pure functions: no locale, no Qt, no clock. Callers pass ``today`` so views and tests agree on
what "today" is. Every moment is shown in Europe/Amsterdam time, whatever the machine's zone.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal
from zoneinfo import ZoneInfo

Lang = Literal["nl", "en"]

AMSTERDAM = ZoneInfo("Europe/Amsterdam")

_MONTHS: dict[Lang, tuple[str, ...]] = {
    "nl": (
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}

# Plain words for the ZGW vertrouwelijkheidaanduiding. Dutch keeps the official terms (agents know
# them from the case systems); only the underscore goes.
_CONFIDENTIALITY: dict[Lang, dict[str, str]] = {
    "nl": {
        "openbaar": "openbaar",
        "beperkt_openbaar": "beperkt openbaar",
        "intern": "intern",
        "zaakvertrouwelijk": "zaakvertrouwelijk",
        "vertrouwelijk": "vertrouwelijk",
        "confidentieel": "confidentieel",
        "geheim": "geheim",
        "zeer_geheim": "zeer geheim",
    },
    "en": {
        "openbaar": "public",
        "beperkt_openbaar": "restricted public",
        "intern": "internal",
        "zaakvertrouwelijk": "case confidential",
        "vertrouwelijk": "confidential",
        "confidentieel": "strictly confidential",
        "geheim": "secret",
        "zeer_geheim": "top secret",
    },
}

_UNKNOWN: dict[Lang, str] = {"nl": "onbekend", "en": "unknown"}


def _lang(lang: str) -> Lang:
    # Anything we do not know falls back to Dutch, the source language, rather than failing in
    # the middle of a call.
    return "en" if lang == "en" else "nl"


def to_local(moment: datetime) -> datetime:
    """``moment`` in Amsterdam time. A naive datetime is taken to be Amsterdam time already."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=AMSTERDAM)
    return moment.astimezone(AMSTERDAM)


def local_date(value: date | datetime) -> date:
    """The calendar day of ``value`` in Amsterdam (a datetime near midnight UTC may move a day)."""
    if isinstance(value, datetime):
        return to_local(value).date()
    return value


def format_date(value: date | datetime, lang: str = "nl") -> str:
    """'3 maart 2026' / '3 March 2026'. A datetime is first put in Amsterdam time."""
    day = local_date(value)
    month = _MONTHS[_lang(lang)][day.month - 1]
    return f"{day.day} {month} {day.year}"


_SHORT_MONTHS: dict[Lang, tuple[str, ...]] = {
    "nl": ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}


def format_short_date(value: date | datetime, lang: str = "nl", *, year: bool = True) -> str:
    """'30 nov 2026' / '30 Nov 2026' (or '30 nov' without the year): for one-line list cells
    and the status card, where the full date goes in the tooltip and the accessible name."""
    day = local_date(value)
    month = _SHORT_MONTHS[_lang(lang)][day.month - 1]
    return f"{day.day} {month} {day.year}" if year else f"{day.day} {month}"


def format_time(moment: datetime, lang: str = "nl") -> str:
    """'16.30 uur' (Dutch writes a full stop and 'uur') / '16:30' (24-hour, no am/pm)."""
    local = to_local(moment)
    if _lang(lang) == "nl":
        return f"{local.hour}.{local.minute:02d} uur"
    return f"{local.hour:02d}:{local.minute:02d}"


def format_datetime(moment: datetime, lang: str = "nl") -> str:
    """'3 maart 2026 om 16.30 uur' / '3 March 2026 at 16:30'."""
    joiner = "om" if _lang(lang) == "nl" else "at"
    return f"{format_date(moment, lang)} {joiner} {format_time(moment, lang)}"


def days_between(target: date | datetime, today: date) -> int:
    """Whole calendar days from ``today`` to ``target`` (negative when ``target`` is past)."""
    return (local_date(target) - today).days


def relative_days(target: date | datetime, today: date, lang: str = "nl") -> str:
    """A deadline relative to today: 'vandaag', 'morgen', 'nog 5 dagen', '3 dagen over de termijn'.

    Meant for deadlines (expected end, legal deadline): a past date is "over de termijn", the
    words the agent uses on the phone. Overdue must be said in words, never by colour alone.
    """
    days = days_between(target, today)
    if _lang(lang) == "nl":
        if days == 0:
            return "vandaag"
        if days == 1:
            return "morgen"
        if days > 1:
            return f"nog {days} dagen"
        late = -days
        return f"{late} {'dag' if late == 1 else 'dagen'} over de termijn"
    if days == 0:
        return "today"
    if days == 1:
        return "tomorrow"
    if days > 1:
        return f"{days} days left"
    late = -days
    return f"{late} {'day' if late == 1 else 'days'} overdue"


def is_overdue(target: date | datetime | None, today: date) -> bool:
    """True when ``target`` lies before ``today`` (a deadline that has passed)."""
    return target is not None and days_between(target, today) < 0


def format_confidentiality(level: str | None, lang: str = "nl") -> str:
    """Plain words for a vertrouwelijkheidaanduiding: 'beperkt openbaar', 'zaakvertrouwelijk'.

    An empty or unknown value says 'onbekend'; it is never shown as 'openbaar' (an unknown level
    counts as most restrictive, see ``services.models.confidentiality_rank``).
    """
    words = _CONFIDENTIALITY[_lang(lang)]
    if level and level in words:
        return words[level]
    return _UNKNOWN[_lang(lang)]


def format_file_size(size: int | None, lang: str = "nl") -> str:
    """'512 bytes', '1 byte', '2,4 kB', '1,5 MB' (Dutch decimal comma); None says 'onbekend'.

    Units are powers of 1024, as the file managers agents use on Windows show them.
    """
    code = _lang(lang)
    if size is None or size < 0:
        return _UNKNOWN[code]
    if size < 1024:
        unit = "byte" if size == 1 else "bytes"
        return f"{size} {unit}"
    value = float(size)
    for unit in ("kB", "MB", "GB", "TB"):
        value /= 1024
        if value < 1024 or unit == "TB":
            break
    # One decimal below 10 (1,5 MB), none above (12 MB): enough to tell files apart by ear.
    text = f"{value:.1f}" if round(value, 1) < 10 else f"{value:.0f}"
    if code == "nl":
        text = text.replace(".", ",")
    return f"{text} {unit}"
