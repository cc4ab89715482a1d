"""Renders the real window with a case open at 100% and 200% text (offscreen grab) and saves the
PNGs to $KCC_SCREENSHOTS (default: a temp dir) for a person to look at. It also checks what can be
checked mechanically: the picture is not blank, and at 200% the fonts really are twice as big."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kcc_desk.demo.data.personas import PERSONA_BSN
from tests.fixtures.qt_layout import wait_for_layout
from tests.workspace.workspace_fixture import Workspace

TIMEOUT_MS = 15_000


@pytest.fixture
def shots_dir(tmp_path: Path) -> Path:
    target = Path(os.environ.get("KCC_SCREENSHOTS", tmp_path))
    target.mkdir(parents=True, exist_ok=True)
    return target


def _distinct_colours(path: Path) -> int:
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    step = max(1, image.width() // 80)
    return len(
        {
            image.pixel(x, y)
            for x in range(0, image.width(), step)
            for y in range(0, image.height(), step)
        }
    )


def test_window_with_a_case_open_at_100_and_200_percent(
    qtbot: QtBot, workspace: Workspace, shots_dir: Path
) -> None:
    window, presenter = workspace.window, workspace.presenter
    window.resize(1366, 900)
    qtbot.keyClicks(window.search_bar.input, PERSONA_BSN)
    with qtbot.waitSignal(presenter.search_finished, timeout=TIMEOUT_MS):
        qtbot.keyClick(window.search_bar.input, Qt.Key.Key_Return)
    with qtbot.waitSignal(presenter.case_ready, timeout=TIMEOUT_MS):
        qtbot.keyClick(window.case_list.table, Qt.Key.Key_Return)
    wait_for_layout(qtbot, window)
    normal = shots_dir / "workspace-100.png"
    assert window.grab().save(str(normal))
    base_size = window.search_bar.input.font().pointSizeF()

    for _ in range(5):  # Ctrl+= five times: 110, 125, 150, 175, 200%
        qtbot.keyClick(
            window.case_list.table, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier
        )
    wait_for_layout(qtbot, window)
    large = shots_dir / "workspace-200.png"
    assert window.grab().save(str(large))
    assert window.search_bar.input.font().pointSizeF() == pytest.approx(2 * base_size, rel=0.05)

    for path in (normal, large):
        assert _distinct_colours(path) > 20, f"{path} looks blank"
    qtbot.keyClick(window.case_list.table, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
