"""Issue 5 through the window: Ctrl+R, keyboard only, lands in the demo Klantinteracties API and
in the caller's contact history; Ctrl+B logs an answered question; with the API down the
referral waits in the outbox and is delivered once when it is back."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import httpx
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kcc_desk.demo.data.personas import PERSONA_BSN
from kcc_desk.demo.faults import Fault
from kcc_desk.views.referral_dialog import ReferralDialog
from tests.workspace.workspace_fixture import Workspace

TIMEOUT_MS = 20_000
REASON = "Inwoner wil teruggebeld worden over de beslistermijn"


def _ki_get(workspace: Workspace, resource: str, **params: str) -> list[dict[str, Any]]:
    server = workspace.server
    assert server.klantinteracties_url and server.klantinteracties_token
    response = httpx.get(
        f"{server.klantinteracties_url}{resource}",
        params={"pageSize": "100", **params},
        headers={"Authorization": f"Token {server.klantinteracties_token}"},
        timeout=10,
    )
    response.raise_for_status()
    results: list[dict[str, Any]] = response.json()["results"]
    return results


def _open_first_case(qtbot: QtBot, workspace: Workspace) -> None:
    window, presenter = workspace.window, workspace.presenter
    qtbot.keyClicks(window.search_bar.input, PERSONA_BSN)
    with qtbot.waitSignal(presenter.search_finished, timeout=TIMEOUT_MS):
        qtbot.keyClick(window.search_bar.input, Qt.Key.Key_Return)
    with qtbot.waitSignal(presenter.case_ready, timeout=TIMEOUT_MS):
        qtbot.keyClick(window.case_list.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(workspace.contacts.targets()), timeout=TIMEOUT_MS)


def _when_dialog_opens(qtbot: QtBot, act: Callable[[ReferralDialog], None]) -> None:
    """ReferralDialog.exec() runs a nested loop: act on it from a timer inside that loop."""

    deadline = time.monotonic() + TIMEOUT_MS / 1000

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, ReferralDialog) and dialog.isVisible():
            act(dialog)
        elif time.monotonic() < deadline:  # never poll on into later tests
            QTimer.singleShot(50, poll)

    QTimer.singleShot(50, poll)


def _refer_with_keyboard(qtbot: QtBot, dialog: ReferralDialog) -> None:
    qtbot.keyClicks(dialog.target_filter, "Vergunningen")
    qtbot.keyClick(dialog.target_filter, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.target_list, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.reason_edit, REASON)
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)


def _pending(workspace: Workspace) -> int:
    return len(workspace.contacts._ensure().outbox.pending())  # type: ignore[attr-defined]


def test_ctrl_r_refers_with_the_keyboard_and_shows_in_history(
    qtbot: QtBot, fresh_workspace: Workspace
) -> None:
    workspace = fresh_workspace
    window = workspace.window
    _open_first_case(qtbot, workspace)
    case = workspace.presenter.current_case
    assert case is not None
    before = [t for t in _ki_get(workspace, "internetaken") if t["gevraagdeHandeling"] == REASON]
    assert not before

    offered: list[str] = []

    def act(dialog: ReferralDialog) -> None:
        qtbot.keyClicks(dialog.target_filter, "Vergunningen")
        qtbot.keyClick(dialog.target_filter, Qt.Key.Key_Down)
        qtbot.keyClick(dialog.target_list, Qt.Key.Key_Return)
        offered.extend(dialog.reason.itemText(i) for i in range(dialog.reason.count()))
        qtbot.keyClicks(dialog.reason_edit, REASON)
        qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)

    _when_dialog_opens(qtbot, act)
    qtbot.keyClick(window.case_list.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)

    qtbot.waitUntil(lambda: _pending(workspace) == 0, timeout=TIMEOUT_MS)
    # The configured templates of this team come first, then the general ones.
    assert offered[0] == "Vraag wanneer er een besluit komt over de vergunning"
    assert QApplication.focusWidget() is window.case_list.table  # back where the agent was
    tasks = [t for t in _ki_get(workspace, "internetaken") if t["gevraagdeHandeling"] == REASON]
    assert len(tasks) == 1
    assert tasks[0]["status"] == "te_verwerken"
    contact_uuid = tasks[0]["aanleidinggevendKlantcontact"]["uuid"]
    subjects = _ki_get(workspace, "onderwerpobjecten", klantcontact__uuid=contact_uuid)
    assert any(
        case.url.rstrip("/").endswith(s["onderwerpobjectidentificator"]["objectId"])
        for s in subjects
    )
    qtbot.waitUntil(lambda: "Alle contacten verzonden" in window.outbox_label.text(), timeout=5000)

    # The caller's history shows it as an open referral after the next search.
    with qtbot.waitSignal(workspace.presenter.search_finished, timeout=TIMEOUT_MS):
        window.search_bar.input.setFocus()
        qtbot.keyClick(window.search_bar.input, Qt.Key.Key_Return)
    history = workspace.contacts.history
    # (Until the server's answer is in, the line may still be the local "Wordt verzonden" one.)
    qtbot.waitUntil(
        lambda: any(
            REASON in line and line.startswith("Open doorverwijzing") for line in history.lines()
        ),
        timeout=TIMEOUT_MS,
    )
    lines = [line for line in history.lines() if REASON in line]
    assert len(lines) == 1 and "Nog niet afgehandeld" in lines[0]


def test_ctrl_b_logs_an_answered_status_question(qtbot: QtBot, fresh_workspace: Workspace) -> None:
    workspace = fresh_workspace
    _open_first_case(qtbot, workspace)
    case = workspace.presenter.current_case
    assert case is not None
    qtbot.keyClick(
        workspace.window.case_list.table, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier
    )
    qtbot.waitUntil(lambda: _pending(workspace) == 0, timeout=TIMEOUT_MS)
    contacts = _ki_get(
        workspace,
        "klantcontacten",
        onderwerp=f"Vraag over de status: {case.zaaktype} ({case.identificatie})",
    )
    assert len(contacts) == 1
    assert contacts[0]["indicatieContactGelukt"] is True
    status = workspace.window.status_label.text()
    assert status.startswith("Opgeslagen") and "verzonden naar Klantinteracties" in status


def test_referral_waits_in_the_outbox_while_the_api_is_down(
    qtbot: QtBot, fresh_workspace: Workspace
) -> None:
    workspace = fresh_workspace
    _open_first_case(qtbot, workspace)
    workspace.server.klantinteracties_set_fault(Fault.REFUSE)
    _when_dialog_opens(qtbot, lambda dialog: _refer_with_keyboard(qtbot, dialog))
    qtbot.keyClick(
        workspace.window.case_list.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier
    )
    qtbot.waitUntil(
        lambda: "nog niet verzonden" in workspace.window.outbox_label.text(), timeout=TIMEOUT_MS
    )
    assert _pending(workspace) == 1
    workspace.server.klantinteracties_set_fault(None)
    workspace.contacts._ensure().worker.wake()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: _pending(workspace) == 0, timeout=TIMEOUT_MS)
    tasks = [t for t in _ki_get(workspace, "internetaken") if t["gevraagdeHandeling"] == REASON]
    assert len(tasks) == 1
