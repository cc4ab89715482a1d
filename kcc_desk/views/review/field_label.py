"""A label beside a field (period, dates, team, the queue's filters).

On X11 with the theme's font the text is drawn a pixel or two wider than Qt measures it (hinted
glyph advances): in a row where the label gets exactly its size hint, its last letter was cut
off ("Tot en me|t", at 200 % text more). Half an "n" to spare, measured in the current font, so
it grows with the text size.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLabel


class FieldLabel(QLabel):
    def _spare(self) -> int:
        return max(2, self.fontMetrics().horizontalAdvance("n") // 2)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width() + self._spare(), hint.height())

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(hint.width() + self._spare(), hint.height())
