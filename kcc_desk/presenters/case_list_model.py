"""The case list as a Qt table model: one row per case, most recent activity first.

Display texts are plain words (overdue and confidential carry words, not only colour); the raw
value behind each cell is available under ``SORT_ROLE`` so a QSortFilterProxyModel sorts dates
as dates.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from kcc_desk.formatting import (
    format_confidentiality,
    format_date,
    format_short_date,
    relative_days,
)
from kcc_desk.i18n import current_language
from kcc_desk.services.case_merge import case_key, merge_cases
from kcc_desk.services.models import CaseSummary, confidentiality_rank

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
CASE_ROLE = Qt.ItemDataRole.UserRole + 2
STATE_ROLE = Qt.ItemDataRole.UserRole + 3  # "overdue", "closed", "confidential" or "" for styling

# From this level up a case is marked in the list by colour as well as in words, and opening it
# shows what may be said on the phone (vertrouwelijk, confidentieel, geheim, zeer geheim).
MARKED_FROM = confidentiality_rank("vertrouwelijk")


def is_marked_confidential(level: str | None) -> bool:
    return confidentiality_rank(level) >= MARKED_FROM


_Index = QModelIndex | QPersistentModelIndex
SIZING_SAMPLE = 100  # rows read to size the table; enough to be representative, cheap to build
_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.ToolTipRole,
        SORT_ROLE,
        CASE_ROLE,
        STATE_ROLE,
        Qt.ItemDataRole.ForegroundRole,
    }
)
_MARKED = frozenset({"confidential", "overdue"})


class Column(IntEnum):
    NUMBER = 0
    SUBJECT = 1
    STATUS = 2
    STARTED = 3
    EXPECTED_END = 4
    CONFIDENTIALITY = 5
    SOURCE = 6


def _tr(text: str) -> str:
    return _translated(current_language(), text)


@functools.cache
def _translated(language: str, text: str) -> str:
    # Cached per language: a 500-case list asks for the same few templates thousands of times.
    return QCoreApplication.translate("CaseListModel", text)


@dataclass(frozen=True, slots=True)
class _Row:
    """A case with its cell texts, sort keys and states worked out once: views ask for cell
    data many times per paint, and a caller can have hundreds of cases."""

    case: CaseSummary
    texts: tuple[str, ...]  # short, one line: "30 nov 2026"
    spoken: tuple[str, ...]  # in full, for the tooltip and screen readers: "30 november 2026"
    sort_keys: tuple[Any, ...]
    states: tuple[str, ...]


class CaseListModel(QAbstractTableModel):
    def __init__(
        self, today: date | None = None, lang: str = "nl", parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._rows: list[CaseSummary] = []
        self._cells: list[_Row | None] = []
        self._today = today
        self._lang = lang
        self._mark: QBrush | None = None

    def set_mark_colour(self, colour: QColor) -> None:
        """The colour (from the view's theme) for confidential cases and overdue dates. The
        words in the cells say it already: colour only underlines it."""
        self._mark = QBrush(colour)

    # -- data in -------------------------------------------------------------------------------
    def set_rows(self, cases: Sequence[CaseSummary]) -> None:
        """Show ``cases``. Rows already shown stay (with their selection) when the new list only
        adds cases or updates them in the same order, as each source's answer and then the
        merged result do; anything else (a new caller) resets the model."""
        rows = list(cases)
        if self._update_in_place(rows):
            return
        self.beginResetModel()
        self._rows = rows
        # Built on first use: a view asks only for the rows it shows, so 500 cases cost no
        # more than the dozen on screen until the agent sorts or scrolls.
        self._cells = [None] * len(self._rows)
        self.endResetModel()

    def _update_in_place(self, rows: list[CaseSummary]) -> bool:
        if not self._rows:
            return False
        position = {case_key(c): i for i, c in enumerate(rows)}
        shown = [position.get(case_key(c), -1) for c in self._rows]
        if -1 in shown or shown != sorted(shown):
            return False
        known = {case_key(c) for c in self._rows}
        # Inserted in ascending final position: each lands where it belongs, as the rows
        # before it are already there.
        for i, case in enumerate(rows):
            if case_key(case) not in known:
                self.beginInsertRows(QModelIndex(), i, i)
                self._rows.insert(i, case)
                self._cells.insert(i, None)
                self.endInsertRows()
        last = self.columnCount() - 1
        for i, case in enumerate(rows):
            if self._rows[i] != case:
                self._rows[i] = case
                self._cells[i] = None
                self.dataChanged.emit(self.index(i, 0), self.index(i, last))
        return True

    def _row(self, index: int) -> _Row:
        row = self._cells[index]
        if row is None:
            row = self._cells[index] = self._build_row(self._rows[index])
        return row

    def _build_row(self, case: CaseSummary) -> _Row:
        columns = list(Column)
        return _Row(
            case=case,
            texts=tuple(self._display(case, c) for c in columns),
            spoken=tuple(self._display(case, c, full=True) for c in columns),
            sort_keys=tuple(self._sort_value(case, c) for c in columns),
            states=tuple(self._state(case, c) for c in columns),
        )

    def column_texts(self, column: int, sample: int = SIZING_SAMPLE) -> list[str]:
        """The texts in ``column`` of the first ``sample`` rows (for sizing rows and columns
        without building every row of a very long list)."""
        return [self._row(i).texts[column] for i in range(min(sample, len(self._rows)))]

    def merge_rows(self, cases: Sequence[CaseSummary]) -> None:
        """Add cases as a source reports them (services.case_merge: one row per case number,
        in the lookup's order); the rows shown keep their place and selection."""
        self.set_rows(merge_cases([self._rows, cases]))

    def clear(self) -> None:
        self.set_rows([])

    def case_at(self, row: int) -> CaseSummary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def cases(self) -> list[CaseSummary]:
        return list(self._rows)

    def today(self) -> date:
        return self._today or date.today()

    # -- QAbstractTableModel ---------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = {
            Column.NUMBER: _tr("Zaaknummer"),
            Column.SUBJECT: _tr("Onderwerp"),
            Column.STATUS: _tr("Status"),
            Column.STARTED: _tr("Gestart"),
            Column.EXPECTED_END: _tr("Verwacht klaar op"),
            Column.CONFIDENTIALITY: _tr("Vertrouwelijkheid"),
            Column.SOURCE: _tr("Bron"),
        }
        return headers.get(Column(section)) if 0 <= section < len(Column) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES or not index.isValid() or not 0 <= index.row() < len(self._cells):
            return None
        row = self._row(index.row())
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return row.texts[column]
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return row.spoken[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            status = row.case.status
            if column == Column.STATUS and status and status.statustekst:
                return status.statustekst
            return row.spoken[column] or None  # the whole text of a cell cut short
        if role == SORT_ROLE:
            return row.sort_keys[column]
        if role == CASE_ROLE:
            return row.case
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._mark if row.states[column] in _MARKED else None
        return row.states[column]

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # -- cell texts ------------------------------------------------------------------------------
    def _display(self, case: CaseSummary, column: Column, *, full: bool = False) -> str:
        lang = self._lang
        day = format_date if full else format_short_date
        if column == Column.NUMBER:
            return case.identificatie
        if column == Column.SUBJECT:
            return case.zaaktype
        if column == Column.STATUS:
            if case.status is None:
                return _tr("Nog geen status")
            if case.resultaat and not case.is_open:
                return f"{case.status.omschrijving} ({case.resultaat})"
            return case.status.omschrijving
        if column == Column.STARTED:
            return day(case.startdatum, lang) if case.startdatum else ""
        if column == Column.EXPECTED_END:
            return self._expected_end_text(case, full=full)
        if column == Column.CONFIDENTIALITY:
            # Always in words, "openbaar" too: a blank cell said nothing.
            return format_confidentiality(case.vertrouwelijkheidaanduiding, lang)
        sources = (case.source, *case.also_in)
        return ", ".join(sources)

    def _expected_end_text(self, case: CaseSummary, *, full: bool) -> str:
        day = format_date if full else format_short_date
        if not case.is_open:
            done = case.einddatum
            return _tr("Afgerond op {date}").format(date=day(done, self._lang)) if done else ""
        planned = case.einddatum_gepland
        if planned is None:
            return ""
        text = day(planned, self._lang)
        return f"{text} ({relative_days(planned, self.today(), self._lang)})"

    def _sort_value(self, case: CaseSummary, column: Column) -> Any:
        if column == Column.STARTED:
            return _ordinal(case.startdatum)
        if column == Column.EXPECTED_END:
            return _ordinal(case.einddatum or case.einddatum_gepland)
        if column == Column.STATUS:
            return case.status.volgnummer or 0 if case.status else -1
        if column == Column.NUMBER:
            # Recency of activity is the natural order of the list; the number column sorts by it
            # descending by default, and by text when the agent asks.
            return case.identificatie
        return self._display(case, column).casefold()

    def _state(self, case: CaseSummary, column: Column) -> str:
        if column == Column.EXPECTED_END and case.days_overdue(self.today()) > 0:
            return "overdue"
        if column == Column.CONFIDENTIALITY and is_marked_confidential(
            case.vertrouwelijkheidaanduiding
        ):
            return "confidential"
        if not case.is_open:
            return "closed"
        return ""


def _ordinal(value: date | None) -> int:
    return value.toordinal() if value else 0
