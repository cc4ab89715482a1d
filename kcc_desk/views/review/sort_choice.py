"""Sorting a table by keyboard: "Sorteren op" (a column) and "Aflopend" (the direction).

A header click sorts only with a mouse (WCAG 2.1.1). The choice sorts the table as a click on
its header does, and a click on the header shows in the choice, so the two never disagree. Used
by the referral queue and by "Mijn doorverwijzingen".
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QTableView, QWidget

from kcc_desk.views.accessible_kinds import LabelledComboBox
from kcc_desk.views.review.field_label import FieldLabel


class SortChoice(QWidget):
    def __init__(
        self, table: QTableView, columns: Sequence[int], parent: QWidget | None = None
    ) -> None:
        """``columns``: the table's columns to offer, in this order (a hidden one left out)."""
        super().__init__(parent)
        self._table = table
        label = FieldLabel(self.tr("So&rteren op"), self)
        self.column = LabelledComboBox(self)
        self.column.setAccessibleName(self.tr("Sorteren op"))
        label.setBuddy(self.column)
        model = table.model()
        for column in columns:
            self.column.addItem(
                str(model.headerData(column, Qt.Orientation.Horizontal)), int(column)
            )
        self.descending = QCheckBox(self.tr("Af&lopend"), self)
        self.descending.setAccessibleName(self.tr("Aflopend"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(label)
        row.addWidget(self.column)
        row.addWidget(self.descending)
        header = table.horizontalHeader()
        header.sortIndicatorChanged.connect(self._show)
        self._show(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.column.currentIndexChanged.connect(self._sort)
        self.descending.toggled.connect(self._sort)

    def _sort(self) -> None:
        descending = self.descending.isChecked()
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        self._table.sortByColumn(int(self.column.currentData()), order)

    def _show(self, column: int, order: Qt.SortOrder) -> None:
        """The table's sort (a header click, or this choice) shown here."""
        for widget in (self.column, self.descending):
            widget.blockSignals(True)
        self.column.setCurrentIndex(max(0, self.column.findData(column)))
        self.descending.setChecked(order == Qt.SortOrder.DescendingOrder)
        for widget in (self.column, self.descending):
            widget.blockSignals(False)
