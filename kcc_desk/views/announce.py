"""Tell screen readers about a result or an error without moving focus (WCAG 4.1.3).

Two channels, because screen readers differ:

* Qt's ``QAccessibleAnnouncementEvent`` (Qt >= 6.8): NVDA and JAWS on Windows, and Orca from
  version 45 on, speak it.
* Orca 43 (Debian 12, what many municipal Linux desks run) does not. It does speak an object with
  the *notification* role that becomes showing ("notification Nieuwe beller. …", heard with
  ``tools/look --orca``), wherever the focus is, a table cell included. So each window gets an
  invisible ``Notifier`` whose accessible role is Notification and whose name is the message; an
  announcement hides and shows it.

On Linux (AT-SPI) the notifier alone is used, so a newer Orca does not hear a message twice;
elsewhere the announcement event alone. Offscreen (tests) both are sent.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleInterface
from PySide6.QtGui import QAccessible as QtAccessible  # the notifier's; tests record QAccessible
from PySide6.QtWidgets import QAccessibleWidget, QApplication, QWidget

_AT_SPI_PLATFORMS = ("xcb", "wayland")


class Notifier(QWidget):
    """An invisible widget a screen reader sees as a notification carrying the last message."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("screenReaderNotifier")
        self.message = ""
        self._pending: list[str] = []
        self.setFixedSize(0, 0)  # nothing on screen; still "showing" for AT-SPI
        self.setVisible(False)

    def say(self, text: str) -> None:
        """Messages of one event-loop turn are said together: Orca reads the name when it gets
        to the event, so a second message at once would replace the first unheard."""
        self._pending.append(text)
        # The name is current at once: an older message (a case number) must not linger in the
        # accessible tree after Ctrl+N, not even until the next event-loop turn.
        self.message = " ".join(self._pending)
        if len(self._pending) == 1:
            QTimer.singleShot(0, self, self._flush)  # not after the window is gone

    def _flush(self) -> None:
        self._pending.clear()
        self.setVisible(False)
        self.setVisible(True)  # object:state-changed:showing → Orca speaks it


class _NotifierAccessible(QAccessibleWidget):
    def __init__(self, notifier: Notifier) -> None:
        super().__init__(notifier, QtAccessible.Role.Notification)
        self._notifier = notifier

    def text(self, kind: QtAccessible.Text) -> str:
        if kind in (QtAccessible.Text.Name, QtAccessible.Text.Description):
            return self._notifier.message if kind == QtAccessible.Text.Name else ""
        return str(super().text(kind))


# Qt caches an interface per object; the Python wrappers must live as long as their widgets.
_interfaces: dict[int, _NotifierAccessible] = {}


def _factory(key: str, obj: QObject | None) -> QAccessibleInterface | None:
    del key
    if not isinstance(obj, Notifier):
        return None
    found = _interfaces.get(id(obj))
    if found is None:
        found = _NotifierAccessible(obj)
        _interfaces[id(obj)] = found
        obj.destroyed.connect(lambda *_args, key=id(obj): _interfaces.pop(key, None))
    return found


_factory_installed = False


def _notifier_for(widget: QWidget) -> Notifier:
    global _factory_installed  # noqa: PLW0603 - one factory per process, installed on first use
    if not _factory_installed:
        QtAccessible.installFactory(_factory)
        _factory_installed = True
    window = widget.window()
    found = window.findChild(Notifier, "screenReaderNotifier")
    return found if isinstance(found, Notifier) else Notifier(window)


def announce(widget: QWidget, text: str, *, assertive: bool = False) -> None:
    """Polite for results, assertive for errors (the announcement event's politeness)."""
    platform = QApplication.platformName()
    if platform not in _AT_SPI_PLATFORMS:
        event = QAccessibleAnnouncementEvent(widget, text)
        event.setPoliteness(
            QAccessible.AnnouncementPoliteness.Assertive
            if assertive
            else QAccessible.AnnouncementPoliteness.Polite
        )
        QAccessible.updateAccessibility(event)
    if platform != "windows":
        _notifier_for(widget).say(text)
