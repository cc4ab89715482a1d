"""Ctrl+Q and closing the window end kcc-desk cleanly: exit code 0 and no traceback, also while a
search is still running. Before, Ctrl+Q quit Qt's loop under qasync and the app died with
"Event loop stopped before Future completed" (exit code 1).

The whole app runs as ``kcc-desk --demo`` in a subprocess (offscreen); the key press goes through
Qt's real shortcut path (QTest.keyClick on the active window)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

_DRIVER = """
import sys
from PySide6.QtCore import QTimer, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from kcc_desk.cli import main
from kcc_desk.theme.snapshot import new_application

how = sys.argv[1]
app = new_application(sys.argv[:1])

def act() -> None:
    windows = [w for w in app.topLevelWidgets() if w.objectName() == "mainWindow"]
    if not windows or not getattr(windows[0], "attached", False):
        QTimer.singleShot(50, act)
        return
    window = windows[0]
    window.activateWindow()
    if how != "idle":
        QTest.keyClicks(window.search_bar.input, "999990019")
        QTest.keyClick(window.search_bar.input, Qt.Key.Key_Return)
        assert window.presenter.is_searching()
        print("searching", file=sys.stderr)
    if how == "close":
        window.close()  # what the window's close button does
    else:
        QTest.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)

QTimer.singleShot(100, act)
sys.exit(main(["--demo"]))
"""


@pytest.mark.parametrize("how", ["idle", "searching", "close"])
def test_ctrl_q_and_closing_end_with_exit_code_0(how: str) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", _DRIVER, how],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Traceback" not in done.stderr, done.stderr[-3000:]
    if how != "idle":
        assert "searching" in done.stderr  # the requests were still running when it closed
