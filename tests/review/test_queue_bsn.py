"""The referral queue shows the caller's BSN masked (identifiers.mask_bsn, the one rule), over
real HTTP against the seeded store, and never a full BSN anywhere in the queue or its CSV."""

from __future__ import annotations

import asyncio
import re
from datetime import UTC, date, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kcc_desk.demo.server import DemoServer
from kcc_desk.presenters.review import BSN_COLUMN, ReviewPresenter
from kcc_desk.presenters.review_models import QueueColumn, rows_as_shown
from kcc_desk.services.config import load_config
from kcc_desk.services.credentials import Credentials
from kcc_desk.services.identifiers import mask_bsn
from kcc_desk.services.review.period import Period
from kcc_desk.services.review.session import ReviewSession

AS_OF = datetime(2025, 12, 31, 8, tzinfo=UTC)
NINE_DIGITS = re.compile(r"\d{9}")


def caller_bsn(store: object, contact_uuid: str) -> str:
    for betrokkene in store.children("betrokkenen", "hadKlantcontact", contact_uuid):  # type: ignore[attr-defined]
        for ident in store.children(  # type: ignore[attr-defined]
            "partij-identificatoren", "identificeerdePartij", betrokkene["wasPartij"]
        ):
            detail = ident["partijIdentificator"]
            if detail["codeSoortObjectId"] == "bsn":
                return str(detail["objectId"])
    return ""


async def test_queue_shows_the_bsn_masked_and_never_whole(
    qapp: QApplication, review_server: DemoServer, review_config: Path, tmp_path: Path
) -> None:
    del qapp
    config = load_config(review_config)
    presenter = ReviewPresenter(
        lambda: ReviewSession(config, Credentials(config), training=True), now=lambda: AS_OF
    )
    done = asyncio.Event()
    presenter.ready.connect(done.set)
    presenter.failed.connect(lambda text: done.set())
    # Sorted by team, as a team lead may sort it: the BSNs arrive later, and must land on
    # their own rows, not on the rows of the report's order.
    presenter.queue_view.sort(QueueColumn.TEAM, Qt.SortOrder.DescendingOrder)
    presenter.request(Period(date(2025, 12, 22), date(2025, 12, 29)), None)
    await asyncio.wait_for(done.wait(), 30)
    model = presenter.queue
    assert model.headers()[BSN_COLUMN] == "BSN"
    assert presenter.report is not None
    assert [i.task_uuid for i in model.items] != [r.task_uuid for r in presenter.report.queue]

    def column() -> list[str]:
        return [str(model.index(r, BSN_COLUMN).data()) for r in range(model.rowCount())]

    for _ in range(300):
        if "…" not in column():
            break
        await asyncio.sleep(0.1)
    store = review_server.klantinteracties_store
    wanted = [caller_bsn(store, item.contact_uuid) for item in model.items]
    # Most seeded callers are residents; a company (KVK) has no BSN: a dash, not nothing.
    assert len(wanted) > 20 and sum(map(bool, wanted)) > len(wanted) // 2
    assert column() == [mask_bsn(bsn) if bsn else "–" for bsn in wanted]
    assert all(
        cell.endswith(bsn[-3:]) and bsn not in cell
        for cell, bsn in zip(column(), wanted, strict=True)
        if bsn
    )
    wanted = [bsn for bsn in wanted if bsn]
    # Nowhere in the queue as shown, nor in its CSV, is a whole BSN.
    shown = rows_as_shown(presenter.queue_view)
    every_bsn = {
        str(i["partijIdentificator"]["objectId"])
        for i in store.all("partij-identificatoren")
        if i["partijIdentificator"]["codeSoortObjectId"] == "bsn"
    }
    assert [c for row in shown for c in row if any(b in c for b in every_bsn)] == []
    assert not any(NINE_DIGITS.fullmatch(c) for row in shown for c in row)
    target = tmp_path / "wachtrij.csv"
    presenter.export_queue(target)
    text = target.read_text(encoding="utf-8-sig")
    assert not any(bsn in text for bsn in every_bsn)
    assert mask_bsn(wanted[0]) in text
    await presenter.shutdown()
