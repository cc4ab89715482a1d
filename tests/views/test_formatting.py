"""kcc_desk.formatting: the words agents read aloud (Dutch first, English for the English UI)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kcc_desk.formatting import (
    AMSTERDAM,
    format_confidentiality,
    format_date,
    format_datetime,
    format_file_size,
    format_time,
    is_overdue,
    relative_days,
)
from kcc_desk.services.models import CONFIDENTIALITY_LEVELS

NL_MONTHS = [
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
]


@pytest.mark.parametrize(("month", "name"), list(enumerate(NL_MONTHS, start=1)))
def test_every_dutch_month_name(month: int, name: str) -> None:
    assert format_date(date(2026, month, 3)) == f"3 {name} 2026"


@pytest.mark.parametrize(
    ("value", "lang", "expected"),
    [
        (date(2026, 3, 3), "nl", "3 maart 2026"),
        (date(2026, 3, 3), "en", "3 March 2026"),
        (date(2026, 12, 31), "nl", "31 december 2026"),
        (date(2026, 5, 1), "en", "1 May 2026"),
        (date(2026, 3, 3), "de", "3 maart 2026"),  # unknown language falls back to Dutch
    ],
)
def test_format_date(value: date, lang: str, expected: str) -> None:
    assert format_date(value, lang) == expected


def test_format_date_of_a_datetime_uses_the_amsterdam_day() -> None:
    # 23.30 UTC on 2 March is already 3 March in Amsterdam (CET, UTC+1).
    assert format_date(datetime(2026, 3, 2, 23, 30, tzinfo=UTC)) == "3 maart 2026"


@pytest.mark.parametrize(
    ("moment", "lang", "expected"),
    [
        (datetime(2026, 3, 3, 15, 30, tzinfo=UTC), "nl", "16.30 uur"),  # winter: UTC+1
        (datetime(2026, 7, 3, 14, 30, tzinfo=UTC), "nl", "16.30 uur"),  # summer: UTC+2
        (datetime(2026, 3, 3, 15, 30, tzinfo=UTC), "en", "16:30"),
        (datetime(2026, 3, 3, 8, 5, tzinfo=AMSTERDAM), "nl", "8.05 uur"),
        (datetime(2026, 3, 3, 8, 5, tzinfo=AMSTERDAM), "en", "08:05"),
        (datetime(2026, 3, 3, 8, 5), "nl", "8.05 uur"),  # naive = Amsterdam already
        (datetime(2026, 3, 3, 0, 0, tzinfo=timezone(timedelta(hours=-5))), "nl", "6.00 uur"),
    ],
)
def test_format_time_in_amsterdam(moment: datetime, lang: str, expected: str) -> None:
    assert format_time(moment, lang) == expected


def test_format_datetime() -> None:
    moment = datetime(2026, 3, 3, 15, 30, tzinfo=UTC)
    assert format_datetime(moment) == "3 maart 2026 om 16.30 uur"
    assert format_datetime(moment, "en") == "3 March 2026 at 16:30"


TODAY = date(2026, 4, 7)


@pytest.mark.parametrize(
    ("offset", "nl", "en"),
    [
        (0, "vandaag", "today"),
        (1, "morgen", "tomorrow"),
        (2, "nog 2 dagen", "2 days left"),
        (5, "nog 5 dagen", "5 days left"),
        (400, "nog 400 dagen", "400 days left"),
        (-1, "1 dag over de termijn", "1 day overdue"),
        (-3, "3 dagen over de termijn", "3 days overdue"),
        (-30, "30 dagen over de termijn", "30 days overdue"),
    ],
)
def test_relative_days(offset: int, nl: str, en: str) -> None:
    target = TODAY + timedelta(days=offset)
    assert relative_days(target, TODAY) == nl
    assert relative_days(target, TODAY, "en") == en


def test_relative_days_counts_calendar_days_in_amsterdam() -> None:
    # 23.30 UTC on 6 April is 01.30 on 7 April in Amsterdam (CEST): that is today.
    assert relative_days(datetime(2026, 4, 6, 23, 30, tzinfo=UTC), TODAY) == "vandaag"


def test_relative_days_across_a_year_end() -> None:
    assert relative_days(date(2027, 1, 2), date(2026, 12, 28)) == "nog 5 dagen"


def test_is_overdue() -> None:
    assert is_overdue(date(2026, 4, 6), TODAY)
    assert not is_overdue(TODAY, TODAY)
    assert not is_overdue(date(2026, 4, 8), TODAY)
    assert not is_overdue(None, TODAY)


@given(st.integers(min_value=-5000, max_value=5000))
def test_relative_days_always_says_late_or_left_in_words(offset: int) -> None:
    text = relative_days(TODAY + timedelta(days=offset), TODAY)
    if offset < 0:
        assert text.endswith("over de termijn")
        assert text.startswith(f"{-offset} ")
    elif offset > 1:
        assert text == f"nog {offset} dagen"


@pytest.mark.parametrize(
    ("level", "nl", "en"),
    [
        ("openbaar", "openbaar", "public"),
        ("beperkt_openbaar", "beperkt openbaar", "restricted public"),
        ("intern", "intern", "internal"),
        ("zaakvertrouwelijk", "zaakvertrouwelijk", "case confidential"),
        ("vertrouwelijk", "vertrouwelijk", "confidential"),
        ("confidentieel", "confidentieel", "strictly confidential"),
        ("geheim", "geheim", "secret"),
        ("zeer_geheim", "zeer geheim", "top secret"),
        ("", "onbekend", "unknown"),
        (None, "onbekend", "unknown"),
        ("iets_anders", "onbekend", "unknown"),
    ],
)
def test_format_confidentiality(level: str | None, nl: str, en: str) -> None:
    assert format_confidentiality(level) == nl
    assert format_confidentiality(level, "en") == en


def test_every_known_confidentiality_level_has_plain_words() -> None:
    for level in CONFIDENTIALITY_LEVELS:
        for lang in ("nl", "en"):
            words = format_confidentiality(level, lang)
            assert words not in ("onbekend", "unknown")
            assert "_" not in words


@pytest.mark.parametrize(
    ("size", "nl", "en"),
    [
        (None, "onbekend", "unknown"),
        (-1, "onbekend", "unknown"),
        (0, "0 bytes", "0 bytes"),
        (1, "1 byte", "1 byte"),
        (512, "512 bytes", "512 bytes"),
        (1023, "1023 bytes", "1023 bytes"),
        (1024, "1,0 kB", "1.0 kB"),
        (2458, "2,4 kB", "2.4 kB"),
        (10_200, "10 kB", "10 kB"),
        (10_190, "10 kB", "10 kB"),  # 9.95 kB rounds to 10, shown without a decimal
        (1_572_864, "1,5 MB", "1.5 MB"),
        (52_428_800, "50 MB", "50 MB"),
        (3 * 1024**3, "3,0 GB", "3.0 GB"),
    ],
)
def test_format_file_size(size: int | None, nl: str, en: str) -> None:
    assert format_file_size(size) == nl
    assert format_file_size(size, "en") == en
