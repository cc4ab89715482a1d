""" "Mijn doorverwijzingen": the referrals an agent made in the last 30 days with their status,
over real HTTP, checked against the seeded store; and Ctrl+Shift+M in the workspace."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from kcc_desk.demo.server import DemoServer
from kcc_desk.presenters.review import ReviewPresenter
from kcc_desk.presenters.review_models import QueueColumn
from kcc_desk.review_flow import ReviewFlow
from kcc_desk.services.config import load_config
from kcc_desk.services.credentials import Credentials
from kcc_desk.services.review.session import ReviewSession
from tests.review.expected import local_date
from tests.workspace.workspace_fixture import Workspace

AS_OF = datetime(2025, 12, 31, 8, tzinfo=UTC)


async def test_an_agents_own_referrals_with_their_status(
    qapp: QApplication, review_server: DemoServer, review_config: Path
) -> None:
    del qapp
    config = load_config(review_config)
    presenter = ReviewPresenter(
        lambda: ReviewSession(config, Credentials(config), training=True), now=lambda: AS_OF
    )
    done = asyncio.Event()
    presenter.ready.connect(done.set)
    presenter.failed.connect(lambda text: done.set())
    presenter.request_mine("pdevries")
    await asyncio.wait_for(done.wait(), 30)
    store = review_server.klantinteracties_store
    petra = next(a["uuid"] for a in store.all("actoren") if a["naam"] == "Petra de Vries")
    first = AS_OF.date() - timedelta(days=29)
    expected = {}
    for task in store.all("internetaken"):
        kc = store.get("klantcontacten", task["aanleidinggevendKlantcontact"])
        objects = store.children("onderwerpobjecten", "klantcontact", kc["uuid"])
        day = local_date(kc["plaatsgevondenOp"])
        # The 30 days, and my referrals from before them that are still open (still to tell).
        if (
            (first <= day <= AS_OF.date() or (day < first and task["status"] == "te_verwerken"))
            and any(
                o["onderwerpobjectidentificator"]["codeObjecttype"].lower() == "zgw-zaak"
                for o in objects
            )
            and petra in {a["uuid"] for a in store.actors_of_klantcontact(kc["uuid"])}
        ):
            expected[task["uuid"]] = task["status"]
    view = presenter.queue_view
    shown = {
        presenter.queue.items[view.mapToSource(view.index(r, 0)).row()].task_uuid: view.index(
            r, QueueColumn.STATUS
        ).data()
        for r in range(view.rowCount())
    }
    assert len(expected) > 10
    assert set(shown) == set(expected)
    assert {s for u, s in shown.items() if expected[u] == "te_verwerken"} == {"Open"}
    assert view.rowCount() < presenter.queue.rowCount()  # others' referrals are left out
    # The case as the agent knows it: its number (read from the sources after the list).
    number = {}
    for zaak in review_server.seed_zaken():
        number[zaak.uuid] = number[zaak.url] = zaak.identificatie
    for _ in range(300):
        if all(view.index(r, QueueColumn.ZAAK).data() != "…" for r in range(view.rowCount())):
            break
        await asyncio.sleep(0.1)
    for r in range(view.rowCount()):
        item = presenter.queue.items[view.mapToSource(view.index(r, 0)).row()]
        assert view.index(r, QueueColumn.ZAAK).data() == number[item.zaak_id]
    await presenter.shutdown()


def open_mine(qtbot: QtBot, workspace: Workspace) -> tuple[QWidget, ReviewPresenter]:
    """Ctrl+Shift+M in the workspace: the "Mijn doorverwijzingen" window and its presenter."""
    flow = workspace.presenter.findChild(ReviewFlow)
    assert flow is not None
    qtbot.keyClick(
        workspace.window.search_bar.input,
        Qt.Key.Key_M,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: "mine" in flow.open_windows, timeout=5000)
    return flow.open_windows["mine"]


def test_ctrl_shift_m_opens_my_referrals(qtbot: QtBot, workspace: Workspace) -> None:
    window, presenter = open_mine(qtbot, workspace)
    qtbot.waitUntil(lambda: presenter.report is not None, timeout=30_000)
    assert window.isVisible() and window.windowTitle() == "Mijn doorverwijzingen"
    # A window to a screen reader (AT-SPI frame), not a "filler" as a plain QWidget is.
    assert QAccessible.queryAccessibleInterface(window).role() == QAccessible.Role.Window
    table = window.table  # type: ignore[attr-defined]
    assert table.accessibleName() == "Mijn doorverwijzingen"
    assert table.isColumnHidden(QueueColumn.AGENT)  # "Door" would be my own name every row
    assert not table.isColumnHidden(QueueColumn.ZAAK)
    # The training agent referred nobody yet: the message says so in words.
    assert "niemand doorverwezen" in window.message.text()  # type: ignore[attr-defined]
    window.close()


def test_new_caller_closes_the_review_windows(qtbot: QtBot, workspace: Workspace) -> None:
    """Ctrl+N (and the idle lock, which does the same) leaves no referral reasons on screen."""
    flow = workspace.presenter.findChild(ReviewFlow)
    assert flow is not None
    keys = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(workspace.window.search_bar.input, Qt.Key.Key_M, keys)
    qtbot.keyClick(workspace.window.search_bar.input, Qt.Key.Key_K, keys)
    qtbot.waitUntil(lambda: set(flow.open_windows) == {"mine", "review"}, timeout=5000)
    windows = [w for w, _ in flow.open_windows.values()]
    workspace.window.activateWindow()
    qtbot.keyClick(
        workspace.window.search_bar.input, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier
    )
    qtbot.waitUntil(lambda: not flow.open_windows, timeout=5000)
    assert not any(shiboken6.isValid(w) and w.isVisible() for w in windows)


def test_my_referrals_sort_by_keyboard(qtbot: QtBot, workspace: Workspace) -> None:
    """The same choice as the queue's: Shift+Tab from the list reaches it, and it sorts."""
    window, _presenter = open_mine(qtbot, workspace)
    window.activateWindow()
    qtbot.waitActive(window)
    table, sort = window.table, window.sort  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table, timeout=5000)
    header = table.horizontalHeader()
    assert header.sortIndicatorSection() == QueueColumn.WHEN  # newest first
    assert sort.column.currentText() == "Wanneer" and sort.descending.isChecked()
    offered = [sort.column.itemData(i) for i in range(sort.column.count())]
    assert offered == [c for c in QueueColumn if c is not QueueColumn.AGENT]  # "Door" is hidden
    qtbot.keyClick(table, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is sort.descending
    qtbot.keyClick(sort.descending, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is sort.column
    qtbot.keyClick(sort.column, Qt.Key.Key_Down)
    assert header.sortIndicatorSection() == QueueColumn.TEAM
    window.close()
