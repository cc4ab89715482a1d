"""The referral queue: filters (team, medewerker, status, urgency), the table sorted by a header
click or by keyboard ("Sorteren op", "Aflopend"), and CSV export of exactly what it shows."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
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
from kcc_desk.views.review.field_label import FieldLabel
from kcc_desk.views.review.sort_choice import SortChoice
from kcc_desk.views.row_table import RowTable

FIT_ROWS = 100  # rows (beyond those in view) a column is fitted to
AGENT_CHARS = 16  # the widest "Door" gets, in widths of an "n" ("Fatima El Amrani")
MIN_CHARS = 12  # the narrowest "Naar" and "Reden" get when room is short (200 % text)
FIXED = (
    QueueColumn.WHEN,
    QueueColumn.STATUS,
    QueueColumn.LEFT,
    QueueColumn.ZAAK,
    QueueColumn.BSN,
)  # always as wide as their text: short, and cut off they would say something else


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
            label = FieldLabel(text, box)
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
        # Sorting by keyboard, in the filters' row; in the Tab order before the table, as on
        # the screen.
        self.sort = SortChoice(self.table, list(QueueColumn), filters)
        flow.addWidget(self.sort)
        QWidget.setTabOrder(self.urgency, self.sort.column)
        QWidget.setTabOrder(self.sort.column, self.sort.descending)
        QWidget.setTabOrder(self.sort.descending, self.table)
        header = self.table.horizontalHeader()
        self.table.setAccessibleName(self.tr("Doorverwijzingen"))
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(QueueColumn.REASON, QHeaderView.ResizeMode.Stretch)
        self._natural: dict[QueueColumn, int] = {}  # each column's width for its text
        self.table.viewport().installEventFilter(self)
        # Fit the columns to the rows in view and ~100 more, not to every referral: measuring
        # 2,000 rows × 7 columns kept the event loop still for ~200 ms on each new report.
        header.setResizeContentsPrecision(FIT_ROWS)
        # One column per turn of the event loop (~4 ms each), not all at once: a new report
        # arrives while the team lead may be typing or tabbing.
        self._to_fit: list[QueueColumn] = []
        self._fit_timer = QTimer(self)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self._fit_next)
        model.modelReset.connect(self._fit_all)
        # The zaak number and the BSN come after the rows: fit their columns again then.
        model.dataChanged.connect(self._fit_changed)
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
        self._applied: dict[str, str | None] | None = None
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

    def _fit_all(self) -> None:
        self._fit(QueueColumn)

    def _fit_changed(
        self, top_left: QModelIndex, bottom_right: QModelIndex, roles: object = None
    ) -> None:
        del roles
        self._fit(QueueColumn(c) for c in range(top_left.column(), bottom_right.column() + 1))

    def _fit(self, columns: Iterable[QueueColumn]) -> None:
        """Measure these columns again, one per turn of the event loop."""
        self._to_fit += [c for c in columns if c not in self._to_fit]
        self._fit_timer.start()

    def fitting(self) -> bool:
        """Columns still to be measured (tests and the benchmark wait for this)."""
        return self._fit_timer.isActive()

    def _fit_next(self) -> None:
        """Every column as wide as its text; the room is shared once all are measured."""
        if not self._to_fit:
            self._fit_timer.stop()
            self._share_room()
            return
        column = self._to_fit.pop(0)
        if column is QueueColumn.REASON:  # a stretching column keeps its own width
            self._natural[column] = self.table.sizeHintForColumn(column)
        else:
            self.table.resizeColumnToContents(column)
            self._natural[column] = self.table.horizontalHeader().sectionSize(column)

    def _share_room(self) -> None:
        """Fit the row into the table's width: the short columns whole, "Door" at most
        AGENT_CHARS, and "Naar" and "Reden" share what is left (the reason stretches into the
        rest). At 1366 px every column is in view; what is cut off is in the cell's tooltip."""
        natural = self._natural
        if len(natural) < len(QueueColumn):
            return
        header = self.table.horizontalHeader()
        n = self.table.fontMetrics().horizontalAdvance("n")
        agent = min(natural[QueueColumn.AGENT], (AGENT_CHARS + 2) * n)
        room = self.table.viewport().width() - agent - sum(natural[c] for c in FIXED)
        reason = min(natural[QueueColumn.REASON], room // 2)
        team = min(natural[QueueColumn.TEAM], max(room - reason, MIN_CHARS * n))
        header.resizeSection(QueueColumn.AGENT, agent)
        header.resizeSection(QueueColumn.TEAM, team)
        # Too little room (200 % text): the reason keeps a readable width and the table
        # scrolls sideways, rather than the reason being squeezed to a few letters.
        squeezed = room - team < MIN_CHARS * n
        header.setSectionResizeMode(
            QueueColumn.REASON,
            QHeaderView.ResizeMode.Interactive if squeezed else QHeaderView.ResizeMode.Stretch,
        )
        if squeezed:
            header.resizeSection(QueueColumn.REASON, MIN_CHARS * n)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._share_room()
        return super().eventFilter(watched, event)

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
        chosen = {
            "team": self.team.currentData(),
            "agent": self.agent.currentData(),
            "status": self.status.currentData(),
            "urgency": self.urgency.currentData(),
        }
        # The same choice again (a new report keeps the filters): the model has already
        # filtered its new rows; filtering 2,000 rows again costs the event loop ~10 ms.
        if chosen != self._applied:
            self._applied = chosen
            self.model.set_filter(**chosen)
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
