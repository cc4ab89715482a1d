"""A layout that puts its widgets in a row and wraps to the next line when the row is full.

For rows of short items whose texts grow with the text size (the sources bar's buttons): a
QHBoxLayout then demands the sum of their widths, which at 200% text is wider than the window,
so the whole page was cut off at the right edge (WCAG 1.4.4, 1.4.10). Qt has no flow layout of
its own; this is the usual one (Qt's "Flow Layout" example), reduced to what kcc-desk needs.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize
from PySide6.QtWidgets import (
    QLabel,
    QLayout,
    QLayoutItem,
    QWidget,
    QWidgetItem,
)


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []

    # -- QLayout's item list ---------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def insertWidget(self, index: int, widget: QWidget) -> None:
        """Like QBoxLayout.insertWidget: ``widget`` at position ``index`` (reading order)."""
        self.addChildWidget(widget)
        self._items.insert(max(0, min(index, len(self._items))), QWidgetItem(widget))
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    # -- geometry --------------------------------------------------------------------------------
    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        """Everything on one line (a layout asked at this width gets one line's height)."""
        hints = [_fitted(item, 0) for item in self._items if not item.isEmpty()]
        margins: QMargins = self.contentsMargins()
        width = sum(h.width() for h in hints) + self._gap() * max(0, len(hints) - 1)
        return QSize(
            width + margins.left() + margins.right(),
            self._arrange(QRect(0, 0, 1 << 16, 0), move=False),
        )

    def minimumSize(self) -> QSize:
        """As wide as the widest item's minimum: anything wider wraps instead of widening the
        page. As tall as one line: the real height comes from heightForWidth (an item's own
        minimum height, a narrow word-wrapped label's, would make a one-line bar three tall)."""
        width = max((item.minimumSize().width() for item in self._items), default=0)
        margins: QMargins = self.contentsMargins()
        return QSize(
            width + margins.left() + margins.right(),
            self._arrange(QRect(0, 0, 1 << 16, 0), move=False),
        )

    def _gap(self) -> int:
        """``spacing()`` if set, else 8 px, between items and between lines. Not the style's
        layout spacing: asking QStyle for it builds all of QStyle's enums (~20 ms), and the
        status line is part of the start-up shell (see views.main_window)."""
        return self.spacing() if self.spacing() >= 0 else 8

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Place the items line by line within ``rect``, each centred in its line's height;
        return the height they need."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        across = self._gap()
        down = self._gap()
        lines: list[list[tuple[QLayoutItem, QSize]]] = [[]]
        x = area.x()
        for item in self._items:
            if item.isEmpty():
                continue
            hint = _fitted(item, area.width())
            if lines[-1] and x + hint.width() > area.right() + 1:  # this line is full
                lines.append([])
                x = area.x()
            lines[-1].append((item, hint))
            x += hint.width() + across
        y = area.y()
        for line in lines:
            height = max((hint.height() for _item, hint in line), default=0)
            x = area.x()
            for item, hint in line:
                if move:
                    top = y + (height - hint.height()) // 2
                    item.setGeometry(QRect(QPoint(x, top), hint))
                x += hint.width() + across
            y += height + down
        return y - down - rect.y() + margins.bottom() if any(lines) else 0


def _fitted(item: QLayoutItem, room: int) -> QSize:
    """The item's size hint, but no wider than a line. A word-wrapping label is as wide as its
    text on one line, if the line has room, and as tall as its text needs at that width: its
    own size hint guesses a narrower, taller shape."""
    widget = item.widget()
    if isinstance(widget, QLabel) and widget.wordWrap():
        room = room if room > 0 else 1 << 16
        one_line = widget.heightForWidth(1 << 16)
        width = min(room, widget.fontMetrics().horizontalAdvance(widget.text()) + 2)
        width = max(width, widget.minimumSizeHint().width())
        # Padding and margins from the stylesheet are not in the font's measure: find the
        # narrowest width (up to the line's) that keeps the text on one line, by halving.
        if width < room and widget.heightForWidth(width) > one_line:
            low, high = width, room  # too narrow at low; high is the most there is
            while high - low > 1:
                middle = (low + high) // 2
                if widget.heightForWidth(middle) > one_line:
                    low = middle
                else:
                    high = middle
            width = high
        return QSize(width, widget.heightForWidth(width))
    hint = item.sizeHint()
    if room <= 0 or hint.width() <= room:
        return hint
    return QSize(max(room, item.minimumSize().width()), hint.height())
