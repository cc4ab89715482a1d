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
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication, QResizeEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from kcc_desk.presenters.case_list_model import (
    CASE_ROLE,
    SORT_ROLE,
    CaseListModel,
    Column,
)
from kcc_desk.services.models import CaseSummary
from kcc_desk.views.row_table import RowTable
from kcc_desk.views.semantic_colors import ThemeColors

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


CELL_PADDING = 4
# A cell never gets narrower than this many average characters (or its header) while the table
# fits the window; what is longer is cut with "…" and shown whole in the tooltip and read whole
# by a screen reader. One line per case keeps six or more cases in view on a laptop screen.
MIN_CHARS = 12
# Never cut short: the case number is what the agent reads out, the others are short.
WHOLE = (Column.NUMBER, Column.STARTED, Column.CONFIDENTIALITY)


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
    """A row table of one-line rows whose columns share the width by COLUMN_WEIGHTS."""

    def __init__(self, model: CaseListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._source = model
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        # Confidential cases and overdue dates in the theme's warning colour and bold (the
        # model answers ForegroundRole/FontRole), on top of the words that already say it.
        self._colors = ThemeColors(self)
        model.set_mark_colour(self._colors.for_palette(self.palette()).warning_text)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.share_width()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.fit_row_height()  # 200% text needs taller rows
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.PaletteChange):
            # Another theme: the marks follow it.
            self._source.set_mark_colour(self._colors.for_palette(self.palette()).warning_text)

    def share_width(self) -> None:
        """Every column as wide as its longest text when the window allows; otherwise each
        gets its share, never less than its header or MIN_CHARS characters (text beyond that
        is cut with "…", whole in the tooltip). Only when even that does not fit (200% text,
        narrow window) does the table scroll sideways, as data tables may (WCAG 1.4.10)."""
        width = self.viewport().width()
        needs = {column: self._natural_width(column) for column in COLUMN_WEIGHTS}
        if sum(needs.values()) <= width:
            widths = share(width, COLUMN_WEIGHTS, needs)
        else:
            minimums = {column: self._minimum_width(column, needs) for column in COLUMN_WEIGHTS}
            widths = share(width, COLUMN_WEIGHTS, minimums)
        for column, column_width in widths.items():
            if self.columnWidth(column) != column_width:
                self.setColumnWidth(column, column_width)
        self.fit_row_height()

    def _header_width(self, column: int) -> int:
        # The header's own measure: the theme's padding and bold font, and room for the sort
        # arrow (at 200% the titles were 16-45 px short of it, so sorting cut them off).
        return self.horizontalHeader().sectionSizeFromContents(column).width()

    def _natural_width(self, column: int) -> int:
        metrics = self.fontMetrics()
        bold = QFont(self.font())
        bold.setBold(True)  # marked cells are drawn bold
        marked = column in (Column.CONFIDENTIALITY, Column.EXPECTED_END)
        wide = QFontMetrics(bold) if marked else metrics
        texts = self._source.column_texts(column)
        longest = max((wide.horizontalAdvance(t) for t in texts), default=0)
        return max(self._header_width(column), longest + self._cell_chrome())

    def _cell_chrome(self) -> int:
        """What the style adds around a cell's text: the theme's item padding (space_sm on each
        side) and the current cell's focus frame. One line height covers both at any text size,
        so a case number is never cut short."""
        return self.fontMetrics().height() + 2 * CELL_PADDING

    def _minimum_width(self, column: int, needs: dict[Column, int]) -> int:
        if column in WHOLE:
            return needs[Column(column)]
        floor = self.fontMetrics().averageCharWidth() * MIN_CHARS + 2 * CELL_PADDING
        return max(self._header_width(column), min(needs[Column(column)], floor))

    def fit_row_height(self) -> None:
        """One line per row at the current text size."""
        metrics = self.fontMetrics()
        height = metrics.lineSpacing() + 2 * CELL_PADDING
        if self.model() is not None and self.model().rowCount():
            # What the style needs around the line (the theme's item padding and minimum
            # height), as Qt measures it on the first row: at 200% that is more than ours.
            height = max(height, self.sizeHintForRow(0))
        header = self.verticalHeader()
        if header.defaultSectionSize() != height:
            header.setDefaultSectionSize(height)
        if self.minimumHeight() != self.chrome_height() + height:
            self.setMinimumHeight(self.chrome_height() + height)

    def chrome_height(self) -> int:
        """Header, sideways scroll bar (when the columns are wider than the table) and frame:
        the table's height without rows."""
        header = self.horizontalHeader()
        height = header.height() if header.isVisible() else header.sizeHint().height()
        columns = sum(self.columnWidth(c) for c in range(header.count()))
        if columns > self.viewport().width():
            height += self.horizontalScrollBar().sizeHint().height()
        return height + 2 * self.frameWidth()

    def height_for_rows(self, rows: int) -> int:
        return self.chrome_height() + rows * self.verticalHeader().defaultSectionSize()


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

        self._by_case_number = False
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
            self.tr("Nog geen zaken. Zoek hierboven de beller of de zaak."), self
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
        # A source answering later adds rows without a reset (presenters.case_list_model):
        # the count follows, and the agent's place stays unless they had not moved yet.
        model.rowsInserted.connect(self._on_rows_added)
        self._at_first_on_its_own = False
        self.table.selectionModel().currentChanged.connect(self._on_moved)
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

    def set_case_number_search(self, by_case_number: bool) -> None:
        """A search on a case number finds that case, not "the caller's cases": say so."""
        self._by_case_number = by_case_number
        self._on_reset()

    def _activate(self, index: QModelIndex) -> None:
        value = self.proxy.data(index, CASE_ROLE)
        if isinstance(value, CaseSummary):
            self.case_activated.emit(value)

    def _on_reset(self) -> None:
        self.table.share_width()
        count = self._model.rowCount()
        self.empty_label.setVisible(count == 0)
        if count:
            self._select_first()
        self._show_count(count)

    def _select_first(self) -> None:
        """The first (most recent) case, so arrows and Enter work straight away."""
        first = self.proxy.index(0, Column.NUMBER)
        self.table.selectionModel().setCurrentIndex(
            first,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self._at_first_on_its_own = True

    def _on_rows_added(self) -> None:
        current = self.table.currentIndex()
        if not current.isValid() or (self._at_first_on_its_own and current.row() != 0):
            self._select_first()
        count = self._model.rowCount()
        self.empty_label.setVisible(count == 0)
        self._show_count(count)

    def _on_moved(self) -> None:
        self._at_first_on_its_own = False  # set again by _select_first, right after

    def _show_count(self, count: int) -> None:
        if self._by_case_number:
            self.heading.setText(
                self.tr("Gevonden op zaak&nummer ({count})").format(count=count)
                if count
                else self.tr("Gevonden op zaak&nummer")
            )
        elif count:
            self.heading.setText(self.tr("Zaken van deze &beller ({count})").format(count=count))
        else:
            self.heading.setText(self.tr("Zaken van deze &beller"))
        # The table's name is its visible label, count included (WCAG 2.5.3 label in name).
        self.table.setAccessibleName(self.heading.text().replace("&", ""))
