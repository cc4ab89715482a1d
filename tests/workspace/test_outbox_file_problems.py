"""A damaged outbox file, or one from a newer kcc-desk, in daily work (the real outbox path):
the app starts, says what happened, and loses nothing. A damaged file is set aside for the
administrator and what the agent logs next goes into a new one and reaches Klantinteracties; a
newer file is left exactly as it was and logging says why it cannot be done."""

from __future__ import annotations

import sqlite3
import stat
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kcc_desk.demo.server import DemoServer
from kcc_desk.services.contacts.queue import default_outbox_path
from kcc_desk.services.contacts.schema import SCHEMA_VERSION
from tests.accessibility.helpers import TIMEOUT_MS, open_first_case
from tests.workspace.workspace_fixture import open_workspace

daily_work = contextmanager(open_workspace)

CTRL = Qt.KeyboardModifier.ControlModifier
DAMAGED = b"niet een SQLite-bestand; " * 200


def _log_answered(qtbot: QtBot) -> None:
    focus = QApplication.focusWidget()
    assert focus is not None
    qtbot.keyClick(focus, Qt.Key.Key_B, CTRL)  # Ctrl+B: vraag beantwoord


def test_a_damaged_outbox_is_set_aside_and_logging_goes_on(
    qtbot: QtBot, qapp: QApplication, fresh_demo_server: DemoServer
) -> None:
    path = default_outbox_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(DAMAGED)
    store = fresh_demo_server.klantinteracties_store
    before = len(list(store.all("klantcontacten")))
    with daily_work(qtbot, qapp, fresh_demo_server, training=False) as ws:
        window = ws.window
        qtbot.waitUntil(lambda: "beschadigd" in window.status_label.text(), timeout=TIMEOUT_MS)
        aside = [p for p in path.parent.iterdir() if ".onleesbaar-" in p.name]
        assert len(aside) == 1 and aside[0].name in window.status_label.text()
        assert aside[0].read_bytes() == DAMAGED  # kept as it was, for the administrator
        assert stat.S_IMODE(aside[0].stat().st_mode) == 0o600
        open_first_case(qtbot, ws)
        _log_answered(qtbot)
        # In the new outbox, and from there in Klantinteracties.
        qtbot.waitUntil(
            lambda: len(list(store.all("klantcontacten"))) == before + 1, timeout=TIMEOUT_MS
        )
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT count(*) FROM outbox").fetchone()[0] == 1


def test_an_outbox_from_a_newer_version_is_left_alone_and_logging_says_why(
    qtbot: QtBot, qapp: QApplication, fresh_demo_server: DemoServer, tmp_path: Path
) -> None:
    path = default_outbox_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE outbox (id INTEGER PRIMARY KEY)")
        db.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    kept = path.read_bytes()
    with daily_work(qtbot, qapp, fresh_demo_server, training=False) as ws:
        window = ws.window
        qtbot.waitUntil(lambda: "nieuwere versie" in window.status_label.text(), timeout=TIMEOUT_MS)
        open_first_case(qtbot, ws)
        window.status_label.setText("")
        _log_answered(qtbot)
        qtbot.waitUntil(lambda: "nieuwere versie" in window.status_label.text(), timeout=TIMEOUT_MS)
        assert window.isVisible()
    assert path.read_bytes() == kept
    assert not [p for p in path.parent.iterdir() if ".onleesbaar-" in p.name]
