"""Training mode: Ctrl+, opens the real settings dialog. A trainee changes the language, the
house style and the idle lock by keyboard only, and sees the change at once; the sources and
Klantinteracties are shown read-only, with the reason."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from kcc_desk import i18n
from kcc_desk.theme.apply import current_theme
from kcc_desk.views.settings_dialog import SettingsDialog
from tests.accessibility.helpers import activate, check_names, when_modal_opens
from tests.workspace.workspace_fixture import Workspace

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(autouse=True)
def _locale_put_back() -> Iterator[None]:
    """Choosing English sets Qt's default locale; later tests get the one they had."""
    locale = QLocale()
    yield
    QLocale.setDefault(locale)


def _focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _lightness(image: QImage) -> float:
    """The mean lightness (0-255) of a grid of pixels: a dark house style shows as a low one."""
    values = [
        image.pixelColor(x, y).lightness()
        for x in range(0, image.width(), max(1, image.width() // 40))
        for y in range(0, image.height(), max(1, image.height() // 40))
    ]
    return sum(values) / len(values)


def test_a_trainee_changes_language_theme_and_idle_lock_by_keyboard(
    qtbot: QtBot, workspace: Workspace
) -> None:
    window = workspace.window
    window.resize(1366, 768)
    activate(qtbot, window)
    assert window.search_bar.label.text() == "&Zoek beller of zaak"
    before = _lightness(window.grab().toImage())

    def choose(dialog: SettingsDialog) -> None:
        # Opens on "Algemeen": what a trainee can try. The sources are there to read.
        assert dialog.tabs.currentIndex() == 2  # Algemeen
        assert dialog.sources.name_edit.isReadOnly()
        assert not dialog.sources.add_button.isVisibleTo(dialog)
        assert not dialog.klant.test_button.isVisibleTo(dialog)
        reasons = [
            w.text() for w in dialog.findChildren(QLabel) if w.objectName() == "trainingNote"
        ]
        assert len(reasons) == 3 and all("oefenomgeving" in text for text in reasons)
        assert dialog.general.agent_edit.isReadOnly()
        check_names(dialog)  # every control named, its label in its name
        qtbot.keyClick(_focus(), Qt.Key.Key_H, ALT)  # T&hema
        assert _focus() in (dialog.general.theme_combo, dialog.general.theme_combo.lineEdit())
        qtbot.keyClick(_focus(), Qt.Key.Key_Down)  # voorbeeld
        qtbot.keyClick(_focus(), Qt.Key.Key_Down)  # donker
        assert dialog.general.theme_combo.currentText() == "donker"
        qtbot.keyClick(_focus(), Qt.Key.Key_V, ALT)  # &Vergrendelen na
        assert _focus() is dialog.general.idle_spin or dialog.general.idle_spin.isAncestorOf(
            _focus()
        )
        qtbot.keyClick(_focus(), Qt.Key.Key_A, CTRL)
        qtbot.keyClicks(_focus(), "3")
        qtbot.keyClick(_focus(), Qt.Key.Key_A, ALT)  # T&aal
        assert _focus() is dialog.general.language_combo
        qtbot.keyClick(_focus(), Qt.Key.Key_Down)  # English
        assert dialog.general.language_combo.currentData() == "en"
        qtbot.keyClick(_focus(), Qt.Key.Key_Return)  # OK, the default button

    run = when_modal_opens(SettingsDialog, choose, close=False)
    qtbot.keyClick(window.search_bar.input, Qt.Key.Key_Comma, CTRL)
    qtbot.waitUntil(lambda: run.opened and QApplication.activeModalWidget() is None, timeout=10_000)
    run.check()

    # The language: the window is now in English (rebuilt, the same presenters behind it).
    new = workspace.window
    assert new is not window
    qtbot.waitExposed(new)
    assert i18n.current_language() == "en"
    assert new.search_bar.label.text() == "&Search for caller or case"
    assert "Training" in new.windowTitle()
    assert new.outbox_label.text() == "All contacts sent"  # the status row is whole again
    assert not window.isVisible() if _alive(window) else True
    # The house style: dark, on screen.
    theme = current_theme()
    assert theme is not None and theme.name == "donker"
    qtbot.waitUntil(lambda: _lightness(new.grab().toImage()) < before - 60, timeout=5000)
    # The idle lock: three minutes.
    assert new.idle_watcher._interval_ms == 3 * 60_000
    # The workspace still works in the new window: a search fills its case list.
    new.search_bar.input.setFocus()
    qtbot.keyClicks(new.search_bar.input, "999993653")
    qtbot.keyClick(new.search_bar.input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: new.case_list.table.model().rowCount() > 0, timeout=15_000)


def _alive(widget: QWidget) -> bool:
    import shiboken6

    return bool(shiboken6.isValid(widget))
