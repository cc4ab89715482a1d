"""The main window opens where the agent left it (weergave.json), unless that place no longer
fits a screen; then, and on a first run, the default size."""

from __future__ import annotations

import json

from PySide6.QtCore import QRect
from pytestqt.qtbot import QtBot

from kcc_desk.services.display_file import display_file_path, read_display
from kcc_desk.views.main_window import MainWindow


def _shell(qtbot: QtBot) -> MainWindow:
    window = MainWindow()  # the shell, as the first frame shows it
    qtbot.addWidget(window)
    return window


def test_the_window_opens_where_it_was_closed_and_keeps_the_other_settings(qtbot: QtBot) -> None:
    path = display_file_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"tekstgrootte": 1.5}), encoding="utf-8")
    first = _shell(qtbot)
    first.setGeometry(QRect(40, 30, 700, 500))
    first.show()
    qtbot.waitExposed(first)
    first.close()
    assert read_display()["tekstgrootte"] == 1.5
    again = _shell(qtbot)
    assert again.geometry() == QRect(40, 30, 700, 500)
    assert not again.open_maximized


def test_a_maximized_window_opens_maximized(qtbot: QtBot) -> None:
    first = _shell(qtbot)
    first.setGeometry(QRect(10, 10, 600, 400))
    first.showMaximized()
    qtbot.waitUntil(first.isMaximized)
    first.close()
    assert _shell(qtbot).open_maximized


def test_a_place_that_fits_no_screen_or_makes_no_sense_gives_the_default(qtbot: QtBot) -> None:
    default = _shell(qtbot).size()  # nothing saved yet
    path = display_file_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    for saved in (
        {"x": 3000, "y": 0, "breedte": 700, "hoogte": 500},  # the monitor that is gone
        {"x": 0, "y": 0, "breedte": 120, "hoogte": 80},  # too small to work in
        {"x": "links", "y": 0, "breedte": 700, "hoogte": 500},
        "kapot",
    ):
        path.write_text(json.dumps({"venster": saved}), encoding="utf-8")
        window = _shell(qtbot)
        assert window.size() == default and not window.open_maximized, saved
