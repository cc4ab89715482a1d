"""Open referrals made before the period are still the team lead's work: they are in the queue
(marked ``before_period``), over real HTTP against the seeded history, and not in the counts
(a referral is a status contact in the period; see kcc_desk/services/review/kpi.py)."""

from __future__ import annotations

from datetime import date, datetime

import httpx

from kcc_desk.demo.server import DemoServer
from kcc_desk.services.review.period import Period
from kcc_desk.services.review.service import ReviewService
from tests.review.expected import deadline, expected, local_date, moment

AS_OF = datetime.fromisoformat("2025-12-31T09:00:00+01:00")
# From the 15th: the seeded open referrals are at most three weeks old (from 8 December on).
START, END = date(2025, 12, 15), date(2025, 12, 29)


async def test_open_referrals_from_before_the_period_are_in_the_queue(
    review_server: DemoServer,
) -> None:
    store = review_server.klantinteracties_store
    earlier: dict[str, bool] = {}  # task uuid -> overdue
    for task in store.all("internetaken"):
        if task["status"] != "te_verwerken":
            continue
        kc = store.get("klantcontacten", task["aanleidinggevendKlantcontact"])
        about_zaak = any(
            o["onderwerpobjectidentificator"]["codeObjecttype"].lower() == "zgw-zaak"
            for o in store.children("onderwerpobjecten", "klantcontact", kc["uuid"])
        )
        if about_zaak and local_date(kc["plaatsgevondenOp"]) < START:
            earlier[task["uuid"]] = deadline(moment(task["toegewezenOp"])) < AS_OF
    assert len(earlier) >= 3 and any(earlier.values())  # seeded: older, open, overdue

    async with httpx.AsyncClient(timeout=30) as http:
        service = ReviewService(
            http, review_server.klantinteracties_url, review_server.klantinteracties_token
        )
        report = await service.report(Period(START, END), as_of=AS_OF)

    before = {r.task_uuid: r for r in report.queue if r.before_period}
    assert set(before) == set(earlier)
    assert {k: r.overdue for k, r in before.items()} == earlier
    assert all(r.is_open for r in before.values())
    # The counts are about the period only: the same as without the older rows.
    exp = expected(store, START, END, AS_OF)
    assert (report.referrals, report.open_referrals, report.overdue_referrals) == (
        exp.referrals,
        exp.open,
        exp.overdue,
    )
