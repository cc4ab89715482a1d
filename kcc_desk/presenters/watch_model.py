"""The rows of the "Gevolgd" pane: one per watched case, changed ones first."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from kcc_desk.presenters.watch_text import case_title, change_line, step_text
from kcc_desk.services.watch.model import Watch

ZAAK_URL_ROLE = Qt.ItemDataRole.UserRole + 1
UNSEEN_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


class WatchListModel(QAbstractListModel):
    def __init__(
        self,
        parent: QObject | None = None,
        *,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        super().__init__(parent)
        self._rows: list[Watch] = []
        self._now = now

    def set_watches(self, watches: list[Watch]) -> None:
        rows = sorted(watches, key=lambda w: (not w.unseen, w.identificatie))
        if rows == self._rows:
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def watch_at(self, row: int) -> Watch | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, zaak_url: str) -> int:
        return next((i for i, w in enumerate(self._rows) if w.zaak_url == zaak_url), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        watch = self.watch_at(index.row()) if index.isValid() else None
        if watch is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return row_text(watch, self._now())
        if role == Qt.ItemDataRole.FontRole and watch.unseen:
            font = QFont()
            font.setBold(True)  # with the word "Nieuw": never by weight alone
            return font
        if role == ZAAK_URL_ROLE:
            return watch.zaak_url
        if role == UNSEEN_ROLE:
            return bool(watch.unseen)
        return None


def row_text(watch: Watch, now: datetime) -> str:
    title = case_title(watch)
    if watch.unseen:
        title = QCoreApplication.translate("WatchText", "Nieuw: {title}").format(title=title)
    lines = [title, step_text(watch)]
    # The newest change first; older ones stay until the case is opened.
    lines += [change_line(c, now) for c in reversed(watch.unseen[-3:])]
    if len(watch.unseen) > 3:
        lines.append(f"(+{len(watch.unseen) - 3})")
    return "\n".join(lines)
