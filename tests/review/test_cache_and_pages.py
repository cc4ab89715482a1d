"""The per-day cache and the page reader, through the service over real HTTP."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import httpx

from kcc_desk.demo.server import DemoServer
from kcc_desk.services.review.cache import DayCache
from kcc_desk.services.review.period import Period
from kcc_desk.services.review.service import ReviewService
from tests.review.expected import expected

AS_OF = datetime(2025, 12, 31, 8, tzinfo=UTC)
DECEMBER = Period(date(2025, 12, 1), date(2025, 12, 29))


async def test_warm_report_reads_less_and_keeps_nothing_personal(
    review_server: DemoServer, tmp_path: Path
) -> None:
    url, token = review_server.klantinteracties_url, review_server.klantinteracties_token
    assert url and token
    cache = DayCache(url, tmp_path)
    async with httpx.AsyncClient(timeout=10) as http:
        cold_service = ReviewService(http, url, token, cache=cache)
        cold = await cold_service.report(DECEMBER, as_of=AS_OF)
        cold_figures = cold_service.figures
        warm_service = ReviewService(http, url, token, cache=DayCache(url, tmp_path))
        warm = await warm_service.report(DECEMBER, as_of=AS_OF)
    assert warm.to_json() == cold.to_json()
    assert [r.task_uuid for r in warm.queue] == [r.task_uuid for r in cold.queue]
    assert cold_figures.contacts_read > 3000 and warm_service.figures.contacts_read == 0
    assert warm_service.figures.requests < cold_figures.requests
    assert warm_service.figures.days_from_cache == 29
    text = cache.path.read_text(encoding="utf-8")
    assert oct(cache.path.stat().st_mode & 0o777) == "0o600"
    store = review_server.klantinteracties_store
    for ident in store.all("partij-identificatoren"):
        assert ident["partijIdentificator"]["objectId"] not in text
    for actor in store.all("actoren"):
        assert actor["naam"] not in text
    assert "Inwoner" not in text and "Terugbellen" not in text
    assert set(json.loads(text)) == {"version", "days"}


async def test_the_reader_stops_after_the_period_when_pages_come_newest_first(
    review_server: DemoServer,
) -> None:
    url, token = review_server.klantinteracties_url, review_server.klantinteracties_token
    assert url and token
    store = review_server.klantinteracties_store
    week = Period(date(2025, 12, 22), date(2025, 12, 29))
    async with httpx.AsyncClient(timeout=10) as http:
        service = ReviewService(http, url, token, cache=None)
        report = await service.report(week, as_of=AS_OF)
    assert service.figures.contacts_read < store.count("klantcontacten")
    exp = expected(store, week.start, week.end, AS_OF)
    assert report.status_contacts == exp.status_contacts
    assert sum(c for _, c, _ in report.per_day) == exp.status_contacts
    assert sum(r for _, _, r in report.per_day) == exp.referrals
