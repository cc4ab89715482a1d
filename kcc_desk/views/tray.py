"""Desktop notifications through the system tray (QSystemTrayIcon).

One notification per group of changes; a click on it opens the case. What it shows comes
from the watch presenter: case number, zaaktype and what changed, never a name or a BSN.
Where the desktop has no tray (or in tests), the message is still kept in ``shown`` and the
window says it in its status line and to the screen reader.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QStyle, QSystemTrayIcon, QWidget

KEEP_SHOWN = 20
SHOW_MS = 10_000


class TrayNotifier(QObject):
    activated = Signal(str)  # the zaak URL of the clicked notification ("" for several)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.available = QSystemTrayIcon.isSystemTrayAvailable()
        icon = parent.windowIcon()
        if icon.isNull():
            icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
        self._tray = QSystemTrayIcon(icon, self)
        self._tray.setToolTip("kcc-desk")
        self._tray.messageClicked.connect(self._clicked)
        self._target = ""
        self.shown: list[tuple[str, str]] = []
        if self.available:
            self._tray.show()

    def show_message(self, title: str, body: str, zaak_url: str) -> None:
        self._target = zaak_url
        self.shown = [*self.shown[-(KEEP_SHOWN - 1) :], (title, body)]
        if self.available:
            self._tray.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information, SHOW_MS)

    def _clicked(self) -> None:
        self.activated.emit(self._target)

    def hide(self) -> None:
        self._tray.hide()
