"""Orca 43 does not speak Qt's announcement events; it speaks an object with the notification role
that becomes showing. Every announcement reaches such an object (views.announce.Notifier)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QLineEdit, QMainWindow, QTableWidget, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from kcc_desk.demo.data.personas import PERSONA_BSN
from kcc_desk.views.announce import Notifier, announce
from tests.workspace.workspace_fixture import Workspace

TIMEOUT_MS = 20_000


def _window(qtbot: QtBot) -> tuple[QMainWindow, QTableWidget]:
    window = QMainWindow()
    central = QWidget(window)
    layout = QVBoxLayout(central)
    layout.addWidget(QLineEdit(central))
    table = QTableWidget(3, 2, central)
    layout.addWidget(table)
    window.setCentralWidget(central)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    table.setFocus()
    return window, table


def test_an_announcement_is_a_showing_notification_named_by_the_message(qtbot: QtBot) -> None:
    window, table = _window(qtbot)
    announce(table, "5 zaken gevonden.")
    notifier = window.findChild(Notifier)
    assert notifier is not None
    qtbot.waitUntil(lambda: notifier.isVisible() and notifier.message != "", timeout=2000)
    iface = QAccessible.queryAccessibleInterface(notifier)
    assert iface is not None
    assert iface.role() == QAccessible.Role.Notification
    assert iface.text(QAccessible.Text.Name) == "5 zaken gevonden."
    assert notifier.width() == 0 and notifier.height() == 0  # heard, not seen

    announce(table, "Nieuwe beller. Alle gegevens van de vorige beller zijn gewist.")
    assert window.findChildren(Notifier) == [notifier]  # one per window, reused
    qtbot.waitUntil(lambda: notifier.message.startswith("Nieuwe beller."), timeout=2000)
    assert iface.text(QAccessible.Text.Name).startswith("Nieuwe beller.")


def test_messages_of_one_moment_are_said_together(qtbot: QtBot) -> None:
    """A case opens and its confidentiality warning follows at once: both are heard."""
    window, table = _window(qtbot)
    announce(table, "Zaak BZ 2026/1018 geopend.")
    announce(table, "Let op: geheim.", assertive=True)
    notifier = window.findChild(Notifier)
    assert notifier is not None
    qtbot.waitUntil(lambda: notifier.message != "", timeout=2000)
    assert notifier.message == "Zaak BZ 2026/1018 geopend. Let op: geheim."


def test_each_announcement_shows_the_notifier_again(qtbot: QtBot) -> None:
    """Orca speaks on the 'showing' change: the notifier is hidden and shown every time."""
    window, table = _window(qtbot)
    shown: list[str] = []
    announce(table, "eerste")
    notifier = window.findChild(Notifier)
    assert notifier is not None
    qtbot.waitUntil(lambda: notifier.isVisible() and not notifier._pending, timeout=2000)

    original = notifier.setVisible

    def record(visible: bool) -> None:
        if visible:
            shown.append(notifier.message)
        original(visible)

    notifier.setVisible = record  # type: ignore[method-assign]
    announce(table, "tweede")
    qtbot.waitUntil(lambda: shown == ["tweede"] and not notifier._pending, timeout=2000)
    announce(table, "tweede")  # the same words again are said again
    qtbot.waitUntil(lambda: shown == ["tweede", "tweede"], timeout=2000)


def test_the_agents_journey_reaches_the_notifier(qtbot: QtBot, fresh_workspace: Workspace) -> None:
    """Each message of issue 20 reaches the object Orca 43 speaks: the search result, the opened
    case with its step, a logged contact, an error and the new caller."""
    window, presenter = fresh_workspace.window, fresh_workspace.presenter
    heard: list[str] = []

    def said(part: str) -> bool:
        notifier = window.findChild(Notifier)
        if notifier is not None and notifier.message and notifier.message not in heard:
            heard.append(notifier.message)
        return any(part in message for message in heard)

    qtbot.keyClicks(window.search_bar.input, PERSONA_BSN)
    qtbot.keyClick(window.search_bar.input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: said("zaken gevonden"), timeout=TIMEOUT_MS)
    with qtbot.waitSignal(presenter.case_ready, timeout=TIMEOUT_MS):
        qtbot.keyClick(window.case_list.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: said("geopend."), timeout=TIMEOUT_MS)
    assert any("geopend." in m and "Stap " in m for m in heard)
    qtbot.waitUntil(lambda: bool(fresh_workspace.contacts.targets()), timeout=TIMEOUT_MS)
    qtbot.keyClick(window.case_list.table, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: said("Opgeslagen: vraag over zaak"), timeout=TIMEOUT_MS)
    qtbot.keyClick(window.case_list.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: said("Nieuwe beller."), timeout=TIMEOUT_MS)
    qtbot.keyClicks(window.search_bar.input, "999993654")
    qtbot.keyClick(window.search_bar.input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: said("BSN klopt niet"), timeout=TIMEOUT_MS)
