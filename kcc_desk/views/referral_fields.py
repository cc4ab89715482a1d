"""The referral dialog's own fields: a filter that hands Down to its list, a list whose Enter
picks without sending, a note where Ctrl+Enter sends and the text stops at Open Klant's limit, and
an error line that keeps the height its wrapped text needs."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QListView, QPlainTextEdit, QWidget


class FilterField(QLineEdit):
    """Down moves from the filter into the list, like a combobox popup but always visible."""

    def __init__(self, target_list: QListView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._list = target_list

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down and self._list.model().rowCount() > 0:
            self._list.setFocus(Qt.FocusReason.OtherFocusReason)
            if not self._list.currentIndex().isValid():
                self._list.setCurrentIndex(self._list.model().index(0, 0))
            return
        super().keyPressEvent(event)


class TargetList(QListView):
    """Enter picks the target and moves on to the reason; it must not also press the dialog's
    default button (which would complain that the reason is still empty)."""

    chosen = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.chosen.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class NoteEdit(QPlainTextEdit):
    """The note: Ctrl+Enter sends the referral (Enter makes a new line), and the text stops at
    Open Klant's limit instead of being cut off later."""

    submit = Signal()

    def __init__(self, limit: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._limit = limit
        self.textChanged.connect(self._keep_within_limit)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.submit.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def _keep_within_limit(self) -> None:
        text = self.toPlainText()
        if len(text) > self._limit:
            cursor = self.textCursor()
            self.setPlainText(text[: self._limit])
            cursor.setPosition(self._limit)
            self.setTextCursor(cursor)


class ErrorLabel(QLabel):
    """A wrapping "Let op: ..." line that keeps the height its text needs at its width.

    QFormLayout gave a wrapped row's label one line's height at 200% text (the second line of
    "Let op: Kies naar wie u doorverwijst." was cut off, WCAG 1.4.4); asking for the
    height-for-width as minimum height makes the next layout pass give it.
    """

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_height()

    def fit_height(self) -> None:
        need = self.heightForWidth(self.width())
        if need > 0 and need != self.minimumHeight():
            self.setMinimumHeight(need)
