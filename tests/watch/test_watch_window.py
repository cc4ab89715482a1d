"""The watch list in the real window (pytest-qt, offscreen) against the demo server: watch by
keyboard, a change arrives, the desktop notification holds no BSN or name, opening the case
clears its mark."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kcc_desk.demo.data.personas import PERSONA_BSN, PERSONA_NAME
from kcc_desk.demo.server import DemoServer
from kcc_desk.presenters.watch import WatchPresenter
from kcc_desk.services.models import CaseSummary
from tests.workspace.workspace_fixture import Workspace, open_workspace

TIMEOUT_MS = 20_000
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def ws(qtbot: QtBot, qapp: QApplication, fresh_demo_server: DemoServer) -> Iterator[Workspace]:
    yield from open_workspace(qtbot, qapp, fresh_demo_server)


def _watch(ws: Workspace) -> WatchPresenter:
    assert ws.app.watch is not None
    return ws.app.watch


def _search_persona(qtbot: QtBot, ws: Workspace) -> None:
    search = ws.window.search_bar.input
    qtbot.keyClicks(search, PERSONA_BSN)
    with qtbot.waitSignal(ws.presenter.search_finished, timeout=TIMEOUT_MS):
        qtbot.keyClick(search, Qt.Key.Key_Return)


def _movable_row(ws: Workspace) -> tuple[int, CaseSummary, int, str]:
    """A listed open case with a next step that is not the last: (row, case, source, uuid)."""
    names = [s.name for s in ws.server.sources]
    for row, case in enumerate(ws.presenter.cases.cases()):
        index = names.index(case.source)
        data = ws.server.data.sources[index]
        zaak_uuid = case.url.rstrip("/").rsplit("/", 1)[-1]
        zaak = data.zaken[zaak_uuid]
        if zaak.einddatum is not None or not zaak.status_uuids:
            continue
        order = data.zaaktypen[zaak.zaaktype_uuid].statustype_uuids
        current = data.statussen[zaak.status_uuids[-1]].statustype_uuid
        if order.index(current) + 2 < len(order):
            return row, case, index, zaak_uuid
    raise AssertionError("the persona should have a case that can move on")


def _private_words() -> list[str]:
    first, _prefix, last, _gender = PERSONA_NAME
    return [PERSONA_BSN, first, last]


def test_watch_by_keyboard_notify_and_open_clears_mark(qtbot: QtBot, ws: Workspace) -> None:
    window, watch = ws.window, _watch(ws)
    _search_persona(qtbot, ws)
    row, case, index, zaak_uuid = _movable_row(ws)
    table = window.case_list.table
    table.setFocus()
    table.selectRow(row)
    qtbot.keyClick(table, Qt.Key.Key_D, CTRL)  # Ctrl+D: watch the case in focus
    assert watch.is_watched(case.url)
    assert window.watch_pane is not None and window.tray is not None
    pane, tray = window.watch_pane, window.tray
    qtbot.waitUntil(lambda: pane.list.model().rowCount() == 1, timeout=TIMEOUT_MS)
    assert case.identificatie in window.status_label.text()  # said to the agent
    qtbot.waitUntil(
        lambda: (w := watch.service.get(case.url)) is not None and w.state is not None,
        timeout=TIMEOUT_MS,
    )
    assert tray.shown == []  # the first reading is the baseline

    # A status and a document whose title names the person arrive together: one notification.
    ws.server.add_status(index, zaak_uuid)
    first, _prefix, last, _gender = PERSONA_NAME
    ws.server.add_document(index, zaak_uuid, f"Brief aan {first} {last}")
    watch.refresh_now()
    qtbot.waitUntil(lambda: len(tray.shown) == 1, timeout=TIMEOUT_MS)
    title, body = tray.shown[-1]
    assert case.identificatie in title and case.zaaktype in title
    assert body.splitlines()[0].startswith("Nieuwe status: ")
    assert body.splitlines()[1] == "Nieuw document"  # the title is free text: not quoted
    for word in _private_words():
        assert word not in title and word not in body
    assert pane.windowTitle() == "Gevolgd (1)"
    row_text = pane.list.model().index(0, 0).data()
    assert row_text.startswith(f"Nieuw: {case.identificatie}")
    assert "Nieuwe status: " in row_text

    # Two more polls: the same change is not notified again. A change they found would be
    # waiting for the grouping delay now (the presenter takes it as the reading is compared).
    for _ in range(2):
        readings = watch.service.readings
        watch.refresh_now()
        qtbot.waitUntil(lambda r=readings: watch.service.readings > r, timeout=TIMEOUT_MS)
        assert watch.waiting_to_notify == 0
    assert len(tray.shown) == 1

    # Ctrl+Shift+D to the pane, Enter opens the case and clears the mark.
    qtbot.keyClick(window, Qt.Key.Key_D, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert pane.list.hasFocus()
    with qtbot.waitSignal(ws.presenter.case_ready, timeout=TIMEOUT_MS):
        qtbot.keyClick(pane.list, Qt.Key.Key_Return)
    assert ws.presenter.current_case is not None
    assert ws.presenter.current_case.url == case.url
    qtbot.waitUntil(lambda: pane.windowTitle() == "Gevolgd", timeout=TIMEOUT_MS)
    stored = watch.service.get(case.url)
    assert stored is not None and stored.unseen == ()

    # Ctrl+D on the pane's row stops watching it.
    pane.focus_list()
    qtbot.keyClick(pane.list, Qt.Key.Key_D, CTRL)
    assert not watch.is_watched(case.url)
    qtbot.waitUntil(lambda: pane.list.model().rowCount() == 0, timeout=TIMEOUT_MS)


def test_notifications_switched_off_still_marks_the_case(qtbot: QtBot, ws: Workspace) -> None:
    window, watch = ws.window, _watch(ws)
    _search_persona(qtbot, ws)
    row, case, index, zaak_uuid = _movable_row(ws)
    window.case_list.table.setFocus()
    window.case_list.table.selectRow(row)
    qtbot.keyClick(window.case_list.table, Qt.Key.Key_D, CTRL)
    qtbot.waitUntil(
        lambda: (w := watch.service.get(case.url)) is not None and w.state is not None,
        timeout=TIMEOUT_MS,
    )
    watch.set_notifications(False)
    ws.server.add_document(index, zaak_uuid, "Besluit")
    watch.refresh_now()
    assert window.watch_pane is not None and window.tray is not None
    pane = window.watch_pane
    qtbot.waitUntil(lambda: pane.windowTitle() == "Gevolgd (1)", timeout=TIMEOUT_MS)
    # The reading that found the document is compared: nothing is held for a notification.
    assert watch.waiting_to_notify == 0
    assert window.tray.shown == []
    assert "Nieuw document: Besluit" in pane.list.model().index(0, 0).data()
