"""Orca 43 does not speak Qt's announcement events; it speaks an object with the notification role
that becomes showing. Every announcement reaches such an object (views.announce.Notifier)."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QLineEdit, QMainWindow, QTableWidget, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from kcc_desk.views.announce import Notifier, announce


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
    assert notifier is not None and notifier.isVisible()
    iface = QAccessible.queryAccessibleInterface(notifier)
    assert iface is not None
    assert iface.role() == QAccessible.Role.Notification
    assert iface.text(QAccessible.Text.Name) == "5 zaken gevonden."
    assert notifier.width() == 0 and notifier.height() == 0  # heard, not seen

    announce(table, "Nieuwe beller. Alle gegevens van de vorige beller zijn gewist.")
    assert window.findChildren(Notifier) == [notifier]  # one per window, reused
    assert iface.text(QAccessible.Text.Name).startswith("Nieuwe beller.")


def test_each_announcement_shows_the_notifier_again(qtbot: QtBot) -> None:
    """Orca speaks on the 'showing' change: the notifier is hidden and shown every time."""
    window, table = _window(qtbot)
    shown: list[str] = []
    announce(table, "eerste")
    notifier = window.findChild(Notifier)
    assert notifier is not None

    original = notifier.setVisible

    def record(visible: bool) -> None:
        if visible:
            shown.append(notifier.message)
        original(visible)

    notifier.setVisible = record  # type: ignore[method-assign]
    announce(table, "tweede")
    announce(table, "tweede")  # the same words again are said again
    assert shown == ["tweede", "tweede"]
