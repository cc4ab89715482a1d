"""Item models of the review: plain text tables (KPI table, the charts' accessible tables) and
the referral queue with its filters. QtCore only.

Every table shows exactly the text that goes into its CSV export, so an export equals what is
on screen (``rows_as_shown``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from kcc_desk.services.review.kpi import QueueRow

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
Cell = tuple[int, int]  # row, column
TIP_ROLES = (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole)


class QueueColumn(IntEnum):
    """The referral queue's columns, in screen order: what a team lead needs first, so that at
    1366 px they are all in view (the agent who referred comes last)."""

    WHEN = 0
    TEAM = 1
    REASON = 2
    STATUS = 3
    LEFT = 4
    ZAAK = 5
    BSN = 6
    AGENT = 7


def _sort_key(value: Any) -> tuple[int, Any]:
    """Numbers before texts before nothing, so a column of mixed keys still sorts."""
    if isinstance(value, int | float):
        return (0, value)
    return (1, value) if isinstance(value, str) else (2, str(value))


class TextTable(QAbstractTableModel):
    """Rows of display texts, each with a sort key per cell (numbers sort as numbers).

    The table sorts itself (``sort``), in Python over the sort keys: a proxy sorting a Python
    model calls back into Python twice per comparison, ~35,000 calls for a queue of 2,000
    referrals, and the GUI's event loop stood still for it. New rows keep the last sort."""

    def __init__(self, headers: Sequence[str]) -> None:
        super().__init__()
        self._headers = list(headers)
        self._rows: list[list[str]] = []
        self._keys: list[list[Any]] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._tips: dict[Cell, str] = {}  # tooltip and accessible description of a cell

    def set_headers(self, headers: Sequence[str]) -> None:
        self._headers = list(headers)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(headers) - 1)

    def set_rows(
        self,
        rows: Sequence[Sequence[str]],
        keys: Sequence[Sequence[Any]] = (),
        tips: Mapping[Cell, str] | None = None,
    ) -> None:
        self.beginResetModel()
        self._rows = [list(r) for r in rows]
        self._keys = [list(k) for k in keys] if keys else [list(r) for r in rows]
        self._tips = dict(tips or {})
        if self._sort is not None:
            self._reorder(self._sorted_rows(*self._sort))
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._headers):
            return
        self._sort = (column, order)
        if not self._rows:
            return
        self.layoutAboutToBeChanged.emit()
        new_order = self._sorted_rows(column, order)
        self._reorder(new_order)
        moved_to = {old: new for new, old in enumerate(new_order)}
        before = self.persistentIndexList()
        self.changePersistentIndexList(
            before, [self.index(moved_to[i.row()], i.column()) for i in before]
        )
        self.layoutChanged.emit()

    def _sorted_rows(self, column: int, order: Qt.SortOrder) -> list[int]:
        """Old row numbers in the new order; stable, as Qt's own sort."""
        keys = [_sort_key(k[column]) for k in self._keys]
        return sorted(
            range(len(keys)),
            key=keys.__getitem__,
            reverse=order == Qt.SortOrder.DescendingOrder,
        )

    def _reorder(self, new_order: list[int]) -> None:
        self._rows = [self._rows[i] for i in new_order]
        self._keys = [self._keys[i] for i in new_order]
        moved_to = {old: new for new, old in enumerate(new_order)}
        self._tips = {(moved_to[row], column): tip for (row, column), tip in self._tips.items()}

    def set_column(
        self, column: int, texts: Sequence[str], tips: Sequence[str | None] = ()
    ) -> None:
        """New texts (and sort keys, and tips where given) for one column, row by row in the
        order shown (details that came later)."""
        for row, text in zip(self._rows, texts, strict=True):
            row[column] = text
        for key, text in zip(self._keys, texts, strict=True):
            key[column] = text
        for row_number, tip in enumerate(tips):
            if tip:
                self._tips[(row_number, column)] = tip
            else:
                self._tips.pop((row_number, column), None)
        if self._rows:
            self.dataChanged.emit(self.index(0, column), self.index(len(self._rows) - 1, column))
        if self._sort is not None and self._sort[0] == column:
            self.sort(*self._sort)  # sorted by what just changed

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._rows[index.row()][index.column()]
        if role == SORT_ROLE:
            return self._keys[index.row()][index.column()]
        if role in TIP_ROLES:
            tip = self._tips.get((index.row(), index.column()))
            # A description that repeats the name would be read out twice.
            if (
                role == Qt.ItemDataRole.AccessibleDescriptionRole
                and tip == self._rows[index.row()][index.column()]
            ):
                return None
            return tip
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None

    def headers(self) -> list[str]:
        return list(self._headers)


class QueueTable(TextTable):
    """One row per referral; the QueueRow behind each row drives the filters."""

    def __init__(self, headers: Sequence[str]) -> None:
        super().__init__(headers)
        self.items: list[QueueRow] = []

    def set_queue(
        self,
        items: Sequence[QueueRow],
        rows: Sequence[Sequence[str]],
        keys: Sequence[Sequence[Any]],
        tips: Mapping[Cell, str] | None = None,
    ) -> None:
        self.items = list(items)
        self.set_rows(rows, keys, tips)

    def _reorder(self, new_order: list[int]) -> None:
        super()._reorder(new_order)
        self.items = [self.items[i] for i in new_order]


class QueueFilter(QSortFilterProxyModel):
    """Filter by team, agent, status (open/handled) and urgency; sort by the sort keys."""

    def __init__(self, source: QueueTable) -> None:
        super().__init__()
        self._source = source
        self.setSourceModel(source)
        self.setSortRole(SORT_ROLE)
        self.team: str | None = None
        self.agent: str | None = None
        self.status: str | None = None  # "open" | "handled"
        self.urgency: str | None = None  # "overdue" | "today" | "later" | "handled"
        self.mine: frozenset[str] | None = None  # "Mijn doorverwijzingen": my actor uuids

    def set_mine(self, actor_keys: frozenset[str]) -> None:
        self.mine = actor_keys
        self.set_filter()

    def set_filter(self, **values: str | None) -> None:
        for name, value in values.items():
            setattr(self, name, value or None)
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+; invalidateRowsFilter is deprecated
            self.beginFilterChange()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        del source_parent
        item = self._source.items[source_row]
        if self.mine is not None and not self.mine.intersection(item.agent_keys):
            return False
        if self.team and self.team not in item.teams:
            return False
        if self.agent and self.agent not in item.agents:
            return False
        if self.status and (self.status == "open") != item.is_open:
            return False
        return not (self.urgency and item.urgency != self.urgency)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The source sorts (see ``TextTable``); this proxy only filters, in the source's order.
        The view's sort indicator stays as the header shows it."""
        self._source.sort(column, order)


def rows_as_shown(model: QAbstractTableModel | QSortFilterProxyModel) -> list[list[str]]:
    """The display text of every visible row, in the order shown (for CSV export and tests)."""
    return [
        [str(model.index(r, c).data() or "") for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def headers_as_shown(model: QAbstractTableModel | QSortFilterProxyModel) -> list[str]:
    return [
        str(model.headerData(c, Qt.Orientation.Horizontal) or "")
        for c in range(model.columnCount())
    ]
