"""Who looked up whom: the window's search, case and document actions reach the audit log, with a
salted hash instead of the BSN."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kcc_desk.demo.data.personas import PERSONA_BSN, PERSONA_NAME
from kcc_desk.services.audit import AuditLog
from tests.workspace.workspace_fixture import Workspace

TIMEOUT_MS = 15_000


def test_search_open_and_new_caller_are_audited_without_the_bsn(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path
) -> None:
    path = tmp_path / "audit.jsonl"
    audit = AuditLog(path, agent_id="j.jansen", salt=b"a test salt of 32 bytes long!!!")
    workspace.presenter.audit = audit
    window, presenter = workspace.window, workspace.presenter

    qtbot.keyClicks(window.search_bar.input, PERSONA_BSN)
    with qtbot.waitSignal(presenter.search_finished, timeout=TIMEOUT_MS):
        qtbot.keyClick(window.search_bar.input, Qt.Key.Key_Return)
    with qtbot.waitSignal(presenter.case_ready, timeout=TIMEOUT_MS):
        qtbot.keyClick(window.case_list.table, Qt.Key.Key_Return)
    case = presenter.current_case
    assert case is not None
    qtbot.keyClick(window.case_list.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)

    text = path.read_text(encoding="utf-8")
    records = [json.loads(line) for line in text.splitlines()]
    events = [r["event"] for r in records]
    assert events[:2] == ["lookup", "case_opened"]
    lookup = records[0]
    assert lookup["agent"] == "j.jansen"
    assert lookup["id_hash"] == audit.hash("bsn", PERSONA_BSN)
    assert records[1]["case"] == case.identificatie
    assert PERSONA_BSN not in text
    assert PERSONA_NAME[2] not in text
