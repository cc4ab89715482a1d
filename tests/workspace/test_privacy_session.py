"""AVG: a full scripted session (search, open every case, open a document, refer, log an answered
question, new caller) with logging at DEBUG leaves no BSN, name or secret in any log record or in
any file it wrote — except the outbox (owner-only; it drops personal data once delivered) and the
audit log (a salted hash only)."""

from __future__ import annotations

import logging
import stat
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kcc_desk.cli import configure_logging
from kcc_desk.demo.data.personas import PERSONA_BSN, PERSONA_NAME
from kcc_desk.services.audit import AuditLog
from tests.workspace.test_referral_journey import _pending, _refer_with_keyboard, _when_dialog_opens
from tests.workspace.workspace_fixture import Workspace

TIMEOUT_MS = 20_000


def _files_under(*roots: Path) -> list[Path]:
    return [p for root in roots if root.exists() for p in root.rglob("*") if p.is_file()]


def test_a_full_session_leaves_no_personal_data_or_secret_behind(
    qtbot: QtBot,
    fresh_workspace: Workspace,
    isolated_user_dirs: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    workspace = fresh_workspace
    server = workspace.server
    configure_logging(2)  # the app's own logging set-up, at DEBUG
    caplog.set_level(logging.DEBUG)
    audit_path = isolated_user_dirs / "state" / "audit.jsonl"
    workspace.presenter.audit = AuditLog(audit_path, agent_id="j.jansen", salt=b"x" * 32)
    downloads_before = set(Path(tempfile.gettempdir()).glob("kcc-desk-*"))
    window, presenter = workspace.window, workspace.presenter

    qtbot.keyClicks(window.search_bar.input, PERSONA_BSN)
    with qtbot.waitSignal(presenter.search_finished, timeout=TIMEOUT_MS):
        qtbot.keyClick(window.search_bar.input, Qt.Key.Key_Return)
    table = window.case_list.table
    opened_document = False
    for _row in range(presenter.cases.rowCount()):
        with qtbot.waitSignal(presenter.case_ready, timeout=TIMEOUT_MS) as ready:
            qtbot.keyClick(table, Qt.Key.Key_Return)
        allowed = [d for d in ready.args[0].documents if d.may_open]
        if allowed and not opened_document:
            presenter.open_document(allowed[0])
            qtbot.waitUntil(lambda: bool(workspace.opened_files), timeout=TIMEOUT_MS)
            opened_document = True
        assert PERSONA_BSN not in window.windowTitle()
        qtbot.keyClick(table, Qt.Key.Key_Down)
    assert opened_document
    qtbot.waitUntil(lambda: bool(workspace.contacts.targets()), timeout=TIMEOUT_MS)
    _when_dialog_opens(qtbot, lambda dialog: _refer_with_keyboard(qtbot, dialog))
    qtbot.keyClick(table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(table, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _pending(workspace) == 0, timeout=TIMEOUT_MS)
    qtbot.keyClick(table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert presenter.cases.rowCount() == 0

    secrets = [s.secret for s in server.sources] + [server.klantinteracties_token or ""]
    forbidden = [PERSONA_BSN, f"{PERSONA_NAME[1]} {PERSONA_NAME[2]}", PERSONA_NAME[2], *secrets]
    forbidden = [f for f in forbidden if f]

    # Every log record, formatted as a handler would write it.
    assert caplog.records, "the session logged nothing at DEBUG: the scan would prove nothing"
    for record in caplog.records:
        line = logging.Formatter("%(name)s %(message)s").format(record)
        for value in forbidden:
            assert value not in line, f"{record.name} logged personal data or a secret"

    # Every file the session wrote: the user's config/data/state/cache dirs and downloads.
    downloads = set(Path(tempfile.gettempdir()).glob("kcc-desk-*")) - downloads_before
    assert not downloads, "downloaded documents must be gone after Ctrl+N"
    files = _files_under(isolated_user_dirs)
    assert any(f.name.startswith("outbox") for f in files), "the outbox was not on disk"
    for path in files:
        data = path.read_bytes()
        if path.name.startswith("outbox"):
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
            continue  # allowed to hold personal data until delivered (and it was delivered)
        for value in forbidden:
            assert value.encode() not in data, f"{path.name} holds personal data or a secret"
    assert audit_path.exists() and PERSONA_BSN not in audit_path.read_text(encoding="utf-8")
