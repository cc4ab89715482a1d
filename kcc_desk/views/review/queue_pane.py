"""The referral queue: filters (team, medewerker, status, urgency), the sortable table, and CSV
export of exactly what the table shows."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kcc_desk.presenters.review_models import QueueColumn, QueueFilter
from kcc_desk.views.accessible_kinds import LabelledComboBox
from kcc_desk.views.flow_layout import FlowLayout
from kcc_desk.views.row_table import RowTable

# The widest the name columns get, in average characters ("Team Openbare ruimte, Kees v…").
NAME_CHARS = {QueueColumn.TEAM: 24, QueueColumn.AGENT: 17}


def _combo(label: QLabel, parent: QWidget) -> LabelledComboBox:
    combo = LabelledComboBox(parent)
    # Not AdjustToContents: a long team name must not make the whole page wider than the
    # window (the rows around it wrap instead).
    combo.setSizeAdjustPolicy(
        LabelledComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
    )
    combo.setMinimumContentsLength(14)
    label.setBuddy(combo)
    combo.setAccessibleName(label.text().replace("&", ""))
    return combo


class QueuePane(QWidget):
    export_requested = Signal()
    open_case_requested = Signal(int)  # a row of the source (unfiltered) queue model

    def __init__(self, model: QueueFilter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        filters = QWidget(self)
        flow = FlowLayout(filters)

        def labelled(text: str) -> LabelledComboBox:
            box = QWidget(filters)
            row = QHBoxLayout(box)
            row.setContentsMargins(0, 0, 0, 0)
            label = QLabel(text, box)
            combo = _combo(label, box)
            row.addWidget(label)
            row.addWidget(combo)
            flow.addWidget(box)
            return combo

        self.team = labelled(self.tr("&Naar team"))
        self.agent = labelled(self.tr("&Medewerker"))
        self.status = labelled(self.tr("&Status"))
        self.urgency = labelled(self.tr("&Urgentie"))
        for text, value in (
            (self.tr("Alle"), ""),
            (self.tr("Open"), "open"),
            (self.tr("Afgehandeld"), "handled"),
        ):
            self.status.addItem(text, value)
        for text, value in (
            (self.tr("Alle"), ""),
            (self.tr("Te laat"), "overdue"),
            (self.tr("Binnen een werkdag"), "today"),
            (self.tr("Later"), "later"),
            (self.tr("Afgehandeld"), "handled"),
        ):
            self.urgency.addItem(text, value)
        self.table = RowTable(self)
        self.table.setModel(model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(QueueColumn.LEFT, Qt.SortOrder.AscendingOrder)
        self.table.setAccessibleName(self.tr("Doorverwijzingen"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(QueueColumn.REASON, QHeaderView.ResizeMode.Stretch)
        model.modelReset.connect(self._fit_columns)
        # The zaak number and the BSN come after the rows: fit their columns again then.
        model.dataChanged.connect(self._fit_columns)
        self.table.enter_pressed.connect(self._open_current)
        self.open_case = QPushButton(self.tr("&Open zaak in werkscherm"), self)
        self.open_case.setAccessibleName(self.open_case.text().replace("&", ""))
        self.open_case.setToolTip(self.tr("Of druk op Enter in de lijst."))
        self.open_case.clicked.connect(lambda: self._open_current(self.table.currentIndex()))
        self.count = QLabel(self)
        self.export = QPushButton(self.tr("&Exporteer wachtrij (CSV)…"), self)
        self.export.setAccessibleName(self.export.text().replace("&", ""))
        self.export.clicked.connect(self.export_requested)
        # A row that wraps: at 200% text the two buttons and the count are wider than 1366 px.
        bottom = QWidget(self)
        bottom_flow = FlowLayout(bottom)
        for widget in (self.count, self.open_case, self.export):
            widget.setParent(bottom)
            bottom_flow.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addWidget(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(bottom)
        self.set_choices([], [])
        for combo in (self.team, self.agent, self.status, self.urgency):
            combo.currentIndexChanged.connect(self._apply)
        model.modelReset.connect(self._count)
        model.rowsInserted.connect(self._count)
        model.rowsRemoved.connect(self._count)
        model.layoutChanged.connect(self._count)

    def _open_current(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_case_requested.emit(self.model.mapToSource(index).row())

    def _fit_columns(self) -> None:
        """Every column as wide as its text, the reason taking the room that is left; the two
        with names in them (a referral may go to a team and a medewerker) at most so wide that
        at 1366 px the whole row is in view. What is cut off is in the cell's tooltip."""
        header = self.table.horizontalHeader()
        char = self.table.fontMetrics().averageCharWidth()
        for column in QueueColumn:
            if column is QueueColumn.REASON:
                continue
            self.table.resizeColumnToContents(column)
            most = NAME_CHARS.get(column)
            if most is not None and header.sectionSize(column) > most * char:
                header.resizeSection(column, most * char)

    def set_choices(self, teams: list[str], agents: list[str]) -> None:
        for combo, names in ((self.team, teams), (self.agent, agents)):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("Alle"), "")
            for name in names:
                combo.addItem(name, name)
            index = combo.findData(current) if current else 0
            combo.setCurrentIndex(max(0, index))
            combo.blockSignals(False)
        self._apply()

    def _apply(self) -> None:
        self.model.set_filter(
            team=self.team.currentData(),
            agent=self.agent.currentData(),
            status=self.status.currentData(),
            urgency=self.urgency.currentData(),
        )
        self._count()

    def _count(self) -> None:
        shown, total = self.model.rowCount(), self.model.sourceModel().rowCount()
        text = self.tr("{shown} van {total} doorverwijzingen").format(shown=shown, total=total)
        source = self.model.sourceModel()
        earlier = sum(item.before_period for item in getattr(source, "items", ()))
        if earlier:
            # Not in the tiles (those count the period's referrals), so said here in words.
            text += " " + self.tr("(waarvan {n} nog open van vóór de periode)").format(n=earlier)
        self.count.setText(text)
