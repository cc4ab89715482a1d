"""The KPI tab: the KPI table (as exported) and the numbers per medewerker."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, Signal
from PySide6.QtWidgets import QHeaderView, QLabel, QPushButton, QVBoxLayout, QWidget

from kcc_desk.views.row_table import RowTable


class KpiPane(QWidget):
    export_requested = Signal()

    def __init__(
        self, kpis: QAbstractTableModel, per_agent: QAbstractTableModel, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.tables: list[RowTable] = []
        for title, model in ((self.tr("KPI's"), kpis), (self.tr("Per medewerker"), per_agent)):
            label = QLabel(title, self)
            table = RowTable(self)
            table.setModel(model)
            table.setAccessibleName(title)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            label.setBuddy(table)
            layout.addWidget(label)
            layout.addWidget(table, 1)
            self.tables.append(table)
        self.export = QPushButton(self.tr("E&xporteer KPI-tabel (CSV)…"), self)
        self.export.setAccessibleName(self.export.text().replace("&", ""))
        self.export.clicked.connect(self.export_requested)
        layout.addWidget(self.export)
