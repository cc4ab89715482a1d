"""Daily work: what the settings dialog saves. Display choices (house style, text size, idle
lock) take effect at once; other changes (here the agent id) are saved and need a restart,
which the window says."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from kcc_desk.app import Workspace, build_workspace
from kcc_desk.demo.server import DemoServer
from kcc_desk.preferences import read_preferences
from kcc_desk.services.config import load_config
from kcc_desk.services.config_store import ConfigStore
from kcc_desk.theme.apply import current_text_scale, current_theme
from kcc_desk.views.settings_dialog import SettingsDialog
from tests.accessibility.helpers import activate, when_modal_opens
from tests.workspace.workspace_fixture import close_workspace, qasync_loop, restored_look

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def daily(
    qtbot: QtBot, qapp: QApplication, demo_server: DemoServer, tmp_path: Path
) -> Iterator[tuple[Workspace, Path]]:
    path = demo_server.write_config(tmp_path / "config.toml", agent_id="jdevries")
    with qasync_loop(qapp) as loop, restored_look(qapp):
        parts = build_workspace(
            qapp,
            load_config(path),
            training=False,
            language="nl",
            preferences=read_preferences(str(path)),
        )
        parts.window.show()
        activate(qtbot, parts.window)
        try:
            yield parts, path
        finally:
            close_workspace(qtbot, loop, parts)


def _focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _open_and(qtbot: QtBot, parts: Workspace, act: object) -> None:
    run = when_modal_opens(SettingsDialog, act, close=False)  # type: ignore[arg-type]
    qtbot.keyClick(parts.window.search_bar.input, Qt.Key.Key_Comma, CTRL)
    qtbot.waitUntil(lambda: run.opened and QApplication.activeModalWidget() is None, timeout=10_000)
    run.check()


def test_display_choices_work_at_once_and_are_saved(
    qtbot: QtBot, daily: tuple[Workspace, Path]
) -> None:
    parts, path = daily

    def choose(dialog: SettingsDialog) -> None:
        qtbot.keyClick(_focus(), Qt.Key.Key_Tab, CTRL)
        qtbot.keyClick(_focus(), Qt.Key.Key_Tab, CTRL)  # Algemeen
        qtbot.keyClick(_focus(), Qt.Key.Key_H, ALT)  # T&hema
        qtbot.keyClick(_focus(), Qt.Key.Key_Down)
        qtbot.keyClick(_focus(), Qt.Key.Key_Down)  # donker
        qtbot.keyClick(_focus(), Qt.Key.Key_K, ALT)  # Te&kstgrootte
        qtbot.keyClick(_focus(), Qt.Key.Key_Down)  # 110%
        assert dialog.general.text_scale() == 1.1
        qtbot.keyClick(_focus(), Qt.Key.Key_Return)

    _open_and(qtbot, parts, choose)
    theme = current_theme()
    assert theme is not None and theme.name == "donker"
    assert current_text_scale() == 1.1
    assert ConfigStore(path).general().theme == "donker"
    assert not parts.window.message.isVisibleTo(parts.window)  # nothing to restart for


def test_other_changes_are_saved_for_the_next_start(
    qtbot: QtBot, daily: tuple[Workspace, Path]
) -> None:
    parts, path = daily

    def change_agent(dialog: SettingsDialog) -> None:
        qtbot.keyClick(_focus(), Qt.Key.Key_Tab, CTRL)
        qtbot.keyClick(_focus(), Qt.Key.Key_Tab, CTRL)  # Algemeen
        qtbot.keyClick(_focus(), Qt.Key.Key_M, ALT)  # &Medewerker-id
        qtbot.keyClick(_focus(), Qt.Key.Key_A, CTRL)
        qtbot.keyClicks(_focus(), "pdebruin")
        qtbot.keyClick(_focus(), Qt.Key.Key_Return)

    _open_and(qtbot, parts, change_agent)
    assert ConfigStore(path).general().agent_id == "pdebruin"
    window = parts.window
    assert window.message.isVisibleTo(window)
    assert "Start kcc-desk opnieuw" in window.message.text()
