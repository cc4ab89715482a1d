"""Referrals per zaaktype: the zaak of each referral read from the sources, its zaaktype's name
from the catalogue, over real HTTP; checked against the seed computed independently. A zaak the
sources do not know counts as "Onbekend zaaktype" rather than being dropped."""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from kcc_desk.demo.server import DemoServer
from kcc_desk.presenters.review import ReviewPresenter
from kcc_desk.presenters.review_models import rows_as_shown
from kcc_desk.services.config import load_config
from kcc_desk.services.credentials import Credentials
from kcc_desk.services.review.period import Period
from kcc_desk.services.review.session import ReviewSession
from tests.review.conftest import REVIEW_TODAY
from tests.review.expected import local_date

AS_OF = datetime(2025, 12, 31, 8, tzinfo=UTC)
START, END = date(2025, 12, 22), date(2025, 12, 29)
UNKNOWN_ZAAK = "0b8f6c2e-1d3a-4e5f-8a9b-c0d1e2f3a4b5"  # in no source


@pytest.fixture(scope="module")
def zaaktype_server() -> Iterator[DemoServer]:
    """The review history plus one referral about a zaak no source holds (its own server:
    the shared one's counts stay as the other tests expect)."""
    server = DemoServer(sources=2, seed=1, today=REVIEW_TODAY)
    server.start()
    store = server.klantinteracties_store
    template = next(
        kc
        for kc in store.all("klantcontacten")
        if START <= local_date(kc["plaatsgevondenOp"]) <= END
    )
    kc = store.add(
        "klantcontacten",
        {k: v for k, v in template.items() if k not in ("uuid", "url")},
        "5e0c8a1f-2b3d-4c5e-9f60-718293a4b5c6",
    )
    store.add(
        "onderwerpobjecten",
        {
            "klantcontact": kc,
            "wasKlantcontact": None,
            "onderwerpobjectidentificator": {
                "objectId": UNKNOWN_ZAAK,
                "codeObjecttype": "zgw-Zaak",
                "codeRegister": "openzaak",
                "codeSoortObjectId": "uuid",
            },
        },
        "6f1d9b20-3c4e-4d6f-8071-8293a4b5c6d7",
    )
    task = next(iter(store.all("internetaken")))
    store.add(
        "internetaken",
        {
            **{k: v for k, v in task.items() if k not in ("uuid", "url")},
            "aanleidinggevendKlantcontact": kc,
            "toegewezenOp": template["plaatsgevondenOp"],
        },
        "702eac31-4d5f-4e70-9182-93a4b5c6d7e8",
    )
    try:
        yield server
    finally:
        server.stop()


def expected_per_zaaktype(server: DemoServer) -> Counter[str]:
    store = server.klantinteracties_store
    zaaktype = {}
    for zaak in server.seed_zaken():
        zaaktype[zaak.uuid] = zaaktype[zaak.url] = zaak.zaaktype_omschrijving
    counts: Counter[str] = Counter()
    for kc in store.all("klantcontacten"):
        if not START <= local_date(kc["plaatsgevondenOp"]) <= END:
            continue
        zaken = [
            o["onderwerpobjectidentificator"]["objectId"]
            for o in store.children("onderwerpobjecten", "klantcontact", kc["uuid"])
            if o["onderwerpobjectidentificator"]["codeObjecttype"].lower() == "zgw-zaak"
        ]
        if zaken and store.children("internetaken", "aanleidinggevendKlantcontact", kc["uuid"]):
            counts[zaaktype.get(zaken[0], "Onbekend zaaktype")] += 1
    return counts


async def test_referrals_per_zaaktype(
    qapp: QApplication, zaaktype_server: DemoServer, tmp_path: Path
) -> None:
    del qapp
    config = load_config(zaaktype_server.write_config(tmp_path / "config.toml"))
    presenter = ReviewPresenter(
        lambda: ReviewSession(config, Credentials(config), training=True), now=lambda: AS_OF
    )
    done = asyncio.Event()
    presenter.ready.connect(done.set)
    presenter.failed.connect(lambda text: done.set())
    presenter.request(Period(START, END), None)
    await asyncio.wait_for(done.wait(), 30)
    for _ in range(300):
        if presenter.per_zaaktype.rowCount():
            break
        await asyncio.sleep(0.1)
    shown = {name: int(n) for name, n in rows_as_shown(presenter.per_zaaktype)}
    expected = expected_per_zaaktype(zaaktype_server)
    assert len(expected) >= 3 and expected["Onbekend zaaktype"] == 1
    assert shown == dict(expected)
    assert presenter.report is not None
    assert sum(shown.values()) == presenter.report.referrals  # every referral, none dropped
    assert rows_as_shown(presenter.per_zaaktype)[-1][0] == "Onbekend zaaktype"  # said last
    await presenter.shutdown()
