"""The caller's cases as a keyboard-first table: Enter opens, Ctrl+C copies the case number,
typing jumps to a case number, headers sort."""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QResizeEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from kcc_desk.presenters.case_list_model import CASE_ROLE, SORT_ROLE, CaseListModel, Column
from kcc_desk.services.models import CaseSummary
from kcc_desk.views.row_table import RowTable

# Share of the width per column: text wraps inside its share instead of being cut off, at any
# window width and text size (ResizeToContents would give the dates everything and the subject
# nothing).
COLUMN_WEIGHTS = {
    Column.NUMBER: 14,
    Column.SUBJECT: 17,
    Column.STATUS: 15,
    Column.STARTED: 11,
    Column.EXPECTED_END: 16,
    Column.CONFIDENTIALITY: 14,
    Column.SOURCE: 13,
}


CELL_PADDING = 6
MAX_LINES = 4


def share(width: int, weights: dict[Column, int], minimums: dict[Column, int]) -> dict[Column, int]:
    """``width`` divided by ``weights``, each column at least its minimum. A column raised to its
    minimum takes that room from the others, not from the window: giving each its plain share
    and then raising some made the columns 20-50 px wider than the table at 1280 px, so a
    sideways scroll bar showed for nothing. Only when the minimums alone do not fit does the
    total exceed ``width`` (and the table scrolls sideways)."""
    fixed: dict[Column, int] = {}
    while True:
        free = {c: w for c, w in weights.items() if c not in fixed}
        if not free:
            return fixed
        room = max(0, width - sum(fixed.values()))
        total = sum(free.values())
        below = {c: minimums[c] for c, w in free.items() if room * w // total < minimums[c]}
        if below:
            fixed.update(below)
            continue
        widths = {c: room * w // total for c, w in free.items()}
        last = next(reversed(widths))  # the rounding remainder, so the columns fill the width
        widths[last] += room - sum(widths.values())
        return {**fixed, **widths}


class CaseTable(RowTable):
    """A row table whose columns share the width by COLUMN_WEIGHTS."""

    def __init__(self, model: CaseListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._source = model

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.share_width()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.fit_row_height()  # 200% text needs taller rows

    def share_width(self) -> None:
        """Each column gets its share of the width, but never less than its header and its
        longest word need: below that (200% text, narrow window) the table scrolls sideways,
        as data tables may (WCAG 1.4.10), instead of cutting words off."""
        minimums = {column: self._minimum_width(column) for column in COLUMN_WEIGHTS}
        for column, width in share(self.viewport().width(), COLUMN_WEIGHTS, minimums).items():
            self.setColumnWidth(column, width)
        self.fit_row_height()

    def _minimum_width(self, column: int) -> int:
        # The header's own measure: the theme's padding and bold font, and room for the sort
        # arrow (at 200% the titles were 16-45 px short of it, so sorting cut them off).
        header_need = self.horizontalHeader().sectionSizeFromContents(column).width()
        metrics = self.fontMetrics()
        texts = self._source.column_texts(column)
        words = (w for text in texts for w in text.split())
        longest_word = max(words, key=len, default="")
        # Rows stop growing at MAX_LINES, so a narrower column cut the rest of a long text off
        # at 200% ("Open Zaak (oefen), Sociaal Domein" without its last line): wide enough
        # for the longest text in MAX_LINES lines, with room for wrapping at word ends.
        chars_per_line = -(-max((len(t) for t in texts), default=0) // MAX_LINES)
        for_lines = int(chars_per_line / 0.6 * max(1, metrics.averageCharWidth()))
        words_need = metrics.horizontalAdvance(longest_word) + 8
        return max(header_need, max(words_need, for_lines) + 2 * CELL_PADDING)

    def fit_row_height(self) -> None:
        """One row height for all rows, tall enough for the longest wrapped cell (up to
        MAX_LINES). Qt's ResizeToContents asks the model for every cell dozens of times and
        stalled the window for seconds with 500 cases; this estimate reads each text once."""
        metrics = self.fontMetrics()
        char_width = max(1, metrics.averageCharWidth())
        lines = 1
        for column in COLUMN_WEIGHTS:
            room = max(1, self.columnWidth(column) - 2 * CELL_PADDING)
            # Word wrapping wastes part of each line; 0.8 keeps the estimate on the safe side.
            chars_per_line = max(1, int(room / char_width * 0.8))
            longest = max((len(t) for t in self._source.column_texts(column)), default=0)
            lines = max(lines, -(-longest // chars_per_line))
        lines = min(lines, MAX_LINES)
        height = lines * metrics.lineSpacing() + 2 * CELL_PADDING
        header = self.verticalHeader()
        if header.defaultSectionSize() != height:
            header.setDefaultSectionSize(height)
        # At least two whole rows stay visible, whatever the splitter or the text size does.
        chrome = self.horizontalHeader().sizeHint().height()
        chrome += self.horizontalScrollBar().sizeHint().height() + 2 * self.frameWidth()
        self.setMinimumHeight(chrome + 2 * height)


class CaseListView(QWidget):
    case_activated = Signal(object)  # CaseSummary
    case_number_copied = Signal(str)

    def __init__(self, model: CaseListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseList")
        self._model = model
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        self.heading = QLabel(self.tr("Zaken van deze &beller"), self)
        self.heading.setProperty("heading", "2")
        self.table = CaseTable(model, self)
        self.table.setObjectName("caseTable")
        self.table.setModel(self.proxy)
        self.heading.setBuddy(self.table)
        self.table.setAccessibleName(self.tr("Zaken van deze beller"))
        self.table.setAccessibleDescription(
            self.tr("Kies met de pijltjestoetsen. Druk op Enter om de zaak te openen.")
        )
        self.table.setSortingEnabled(True)
        header = self.table.horizontalHeader()
        # Text reflows instead of being cut off ("Wmo-ma…"): the wordy columns share the room
        # left by the case number and wrap, and rows grow to fit (also at 200% text size).
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSortIndicatorShown(True)
        # The model is already in "most recent activity first" order; no sort column until asked.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)

        self.empty_label = QLabel(
            self.tr("Nog geen zaken. Zoek op BSN, KVK-nummer of zaaknummer."), self
        )
        self.empty_label.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)

        self.table.enter_pressed.connect(self._activate)
        self.table.doubleClicked.connect(self._activate)
        model.modelReset.connect(self._on_reset)
        self._on_reset()

    def copy_case_number(self) -> None:
        case = self.current_case()
        if case is None:
            return
        QGuiApplication.clipboard().setText(case.identificatie)
        self.case_number_copied.emit(case.identificatie)

    def current_case(self) -> CaseSummary | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        value = self.proxy.data(index, CASE_ROLE)
        return value if isinstance(value, CaseSummary) else None

    def focus_table(self) -> None:
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def set_empty_text(self, text: str) -> None:
        self.empty_label.setText(text)

    def _activate(self, index: QModelIndex) -> None:
        value = self.proxy.data(index, CASE_ROLE)
        if isinstance(value, CaseSummary):
            self.case_activated.emit(value)

    def _on_reset(self) -> None:
        self.table.share_width()
        count = self._model.rowCount()
        self.empty_label.setVisible(count == 0)
        if count:
            # Select the first (most recent) case so arrows and Enter work straight away.
            first = self.proxy.index(0, Column.NUMBER)
            self.table.selectionModel().setCurrentIndex(
                first,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.heading.setText(self.tr("Zaken van deze &beller ({count})").format(count=count))
        else:
            self.heading.setText(self.tr("Zaken van deze &beller"))
        # The table's name is its visible label, count included (WCAG 2.5.3 label in name).
        self.table.setAccessibleName(self.heading.text().replace("&", ""))
