"""Focus helpers shared by the panes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def first_focusable(pane: QWidget) -> QWidget | None:
    """The first visible, enabled widget in ``pane`` that Tab would stop at."""
    for child in pane.findChildren(QWidget):
        if (
            child.isVisible()
            and child.isEnabled()
            and child.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            return child
    return None
