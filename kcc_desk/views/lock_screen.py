"""What covers the workspace after the idle lock: no caller data, one way back."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class LockScreen(QWidget):
    unlock_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self.setAutoFillBackground(True)
        title = QLabel(self.tr("Scherm vergrendeld"), self)
        title.setProperty("heading", "1")
        text = QLabel(
            self.tr(
                "U was een tijd niet actief. Daarom ziet u de gegevens van de beller niet meer."
            ),
            self,
        )
        text.setWordWrap(True)
        self.button = QPushButton(self.tr("Werk verder"), self)
        self.button.setProperty("variant", "primary")
        self.button.setAccessibleName(self.tr("Werk verder"))
        self.button.setDefault(True)
        self.button.clicked.connect(self.unlock_requested)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for widget in (title, text, self.button):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
