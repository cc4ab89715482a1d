"""The window's status line: the outbox state, the training marker and the latest status text,
in one row that wraps onto more lines when the window is narrow.

Not a QStatusBar: it gives its permanent widgets their full width and the status text what is
left, and sizes itself by sizeHint, never by heightForWidth. In a 1024 px window at 200% text
the outbox state was squeezed until it was cut off, and a wrapped status text lost its second
line. This row lays its items out with a FlowLayout, and the window's vertical layout gives it
the height they need at its width.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QWidget

from kcc_desk.views.flow_layout import FlowLayout


class StatusRow(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusRow")
        self._flow = FlowLayout(self)
        self._flow.setContentsMargins(8, 2, 8, 2)  # a status bar's, not a dialog's

    def add(self, widget: QWidget) -> None:
        self._flow.addWidget(widget)

    def add_before(self, widget: QWidget, before: QWidget) -> None:
        """``widget`` just before ``before`` (the status text, whose length changes)."""
        self._flow.insertWidget(self._flow.indexOf(before), widget)
