"""Referrals per zaaktype and the queue's zaak numbers: the zaak of each referral read once from
the sources, its zaaktype's name from the catalogue, over real HTTP; checked against the seed
computed independently. A zaak the sources do not know counts as "Onbekend zaaktype" and is
shown as "onbekende zaak" rather than being dropped."""

from __future__ import annotations

import asyncio
import csv
import re
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kcc_desk.demo.server import DemoServer
from kcc_desk.presenters.review import ReviewPresenter
from kcc_desk.presenters.review_models import QueueColumn, rows_as_shown
from kcc_desk.services.config import load_config
from kcc_desk.services.credentials import Credentials
from kcc_desk.services.review.period import Period
from kcc_desk.services.review.session import ReviewSession
from tests.review.conftest import REVIEW_TODAY
from tests.review.expected import local_date

AS_OF = datetime(2025, 12, 31, 8, tzinfo=UTC)
START, END = date(2025, 12, 22), date(2025, 12, 29)
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
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


async def test_queue_shows_the_zaak_number_from_the_same_read(
    qapp: QApplication, zaaktype_server: DemoServer, tmp_path: Path
) -> None:
    """The queue's zaak column says the zaak's identificatie, as agents know cases; a zaak no
    source holds says "onbekende zaak" (its uuid in the tooltip). Each zaak is read once, for
    the number and the zaaktype together; the CSV export says the same as the table."""
    del qapp
    server = zaaktype_server
    config = load_config(server.write_config(tmp_path / "config.toml"))
    presenter = ReviewPresenter(
        lambda: ReviewSession(config, Credentials(config), training=True), now=lambda: AS_OF
    )
    for index in range(len(server.sources)):
        server.clear_request_log(index)
    done = asyncio.Event()
    presenter.ready.connect(done.set)
    presenter.failed.connect(lambda text: done.set())
    presenter.request(Period(START, END), None)
    await asyncio.wait_for(done.wait(), 30)
    model = presenter.queue
    for _ in range(300):
        if all(model.index(r, QueueColumn.ZAAK).data() != "…" for r in range(model.rowCount())):
            break
        await asyncio.sleep(0.1)
    number = {}
    for zaak in server.seed_zaken():
        number[zaak.uuid] = number[zaak.url] = zaak.identificatie
    shown = {
        item.zaak_id: model.index(r, QueueColumn.ZAAK).data() for r, item in enumerate(model.items)
    }
    assert len(shown) > 20
    expected = {zaak: number.get(zaak, "onbekende zaak") for zaak in shown}
    assert shown == expected
    assert not [n for n in shown.values() if UUID.fullmatch(n)]  # no uuid where a number goes
    unknown_row = next(r for r, i in enumerate(model.items) if i.zaak_id == UNKNOWN_ZAAK)
    tip = model.index(unknown_row, QueueColumn.ZAAK).data(Qt.ItemDataRole.ToolTipRole)
    assert UNKNOWN_ZAAK in tip
    # One read per zaak (by URL in its own source, by uuid in each source until found).
    zaak_reads = Counter(
        (index, r.path)
        for index in range(len(server.sources))
        for r in server.request_log(index)
        if "/zaken/api/v1/zaken/" in r.path
    )
    assert zaak_reads and max(zaak_reads.values()) == 1, zaak_reads.most_common(3)
    target = tmp_path / "wachtrij.csv"
    presenter.export_queue(target)
    with target.open(encoding="utf-8-sig", newline="") as fh:
        exported = list(csv.reader(fh, delimiter=";"))
    assert exported[0][QueueColumn.ZAAK] == "Zaak"
    assert [row[QueueColumn.ZAAK] for row in exported[1:]] == [
        presenter.queue_view.index(r, QueueColumn.ZAAK).data()
        for r in range(presenter.queue_view.rowCount())
    ]
    assert "onbekende zaak" in {row[QueueColumn.ZAAK] for row in exported[1:]}
    await presenter.shutdown()
