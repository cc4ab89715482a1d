"""The case timeline as a flat Qt list model: each main step, then its substatuses under it.

A flat list (not a tree) on purpose: Up/Down walk through steps and substatuses in reading
order with no expand/collapse to manage, and Qt's accessibility bridge exposes each row as a list
item whose name is ``Qt.AccessibleTextRole``. The hierarchy is said in words instead ("Bij stap 3:
..."), so it also reaches a screen reader user. QtCore only: the view draws, this model words.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from kcc_desk.formatting import Lang, format_date, format_short_date
from kcc_desk.i18n import current_language
from kcc_desk.services.models import StepState, Substatus, TimelineStep

log = logging.getLogger(__name__)

_Index = QModelIndex | QPersistentModelIndex


def ui_language() -> Lang:
    """The language of the installed UI translation, for the Qt-free formatting functions, so
    dates ("3 maart 2026" / "3 March 2026") switch together with the tr() strings."""
    return "en" if current_language() == "en" else "nl"


class TimelineRole(IntEnum):
    """Extra data roles the timeline delegate paints from."""

    KIND = Qt.ItemDataRole.UserRole + 1  # RowKind
    STATE = Qt.ItemDataRole.UserRole + 2  # StepState of the step (or of the parent step)
    TITLE = Qt.ItemDataRole.UserRole + 3  # step or substatus omschrijving
    DETAIL = Qt.ItemDataRole.UserRole + 4  # state and date in words
    STATUSTEKST = Qt.ItemDataRole.UserRole + 5  # what the citizen sees (current step only)
    INTERN = Qt.ItemDataRole.UserRole + 6  # bool: substatus for staff only
    LINE_ABOVE = Qt.ItemDataRole.UserRole + 7  # StepState of the line into this row, or None
    LINE_BELOW = Qt.ItemDataRole.UserRole + 8  # StepState of the line out of this row, or None
    STEP_NUMBER = Qt.ItemDataRole.UserRole + 9  # 1-based step number
    SHORT_DETAIL = Qt.ItemDataRole.UserRole + 10  # "sinds 28 nov" for the compact stepper
    SUBSTATUS_COUNT = Qt.ItemDataRole.UserRole + 11  # substatuses under a step (steps only)


class RowKind(IntEnum):
    STEP = 1
    SUBSTATUS = 2


@dataclass(frozen=True, slots=True)
class _Row:
    kind: RowKind
    step: TimelineStep
    number: int  # 1-based step number
    total: int
    substatus: Substatus | None = None
    line_above: StepState | None = None
    line_below: StepState | None = None


class TimelineModel(QAbstractListModel):
    """Rows for ``TimelineView``. Replace the content with ``set_steps``; ``clear`` empties it."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []

    # --- content -------------------------------------------------------------------------------

    def set_steps(self, steps: Sequence[TimelineStep]) -> None:
        ordered = sorted(steps, key=lambda s: s.volgnummer)
        total = len(ordered)
        rows: list[_Row] = []
        for number, step in enumerate(ordered, start=1):
            rows.append(_Row(RowKind.STEP, step, number, total))
            rows.extend(
                _Row(RowKind.SUBSTATUS, step, number, total, sub) for sub in step.substatussen
            )
        self.beginResetModel()
        self._rows = _with_lines(rows)
        self.endResetModel()
        log.debug("timeline set: %d steps, %d rows", total, len(rows))

    def clear(self) -> None:
        self.beginResetModel()
        self._rows = []
        self.endResetModel()

    def step_count(self) -> int:
        return sum(1 for r in self._rows if r.kind is RowKind.STEP)

    def current_step_row(self) -> int | None:
        """Row of the current step (or of the last done step when none is current)."""
        current = [
            i
            for i, r in enumerate(self._rows)
            if r.kind is RowKind.STEP and r.step.state is StepState.CURRENT
        ]
        if current:
            return current[0]
        done = [
            i
            for i, r in enumerate(self._rows)
            if r.kind is RowKind.STEP and r.step.state is StepState.DONE
        ]
        if done:
            return done[-1]
        return 0 if self._rows else None

    # --- Qt model API --------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        # Selectable so the keyboard cursor is visible; never editable.
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._accessible_text(row)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return self._accessible_description(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._accessible_description(row) or None
        if role == TimelineRole.KIND:
            return int(row.kind)
        if role == TimelineRole.STATE:
            return row.step.state.value
        if role == TimelineRole.TITLE:
            return row.substatus.omschrijving if row.substatus else row.step.omschrijving
        if role == TimelineRole.DETAIL:
            return self._detail(row)
        if role == TimelineRole.STATUSTEKST:
            if row.kind is RowKind.STEP and row.step.state is StepState.CURRENT:
                return row.step.statustekst
            return ""
        if role == TimelineRole.INTERN:
            return bool(row.substatus and _is_intern(row.substatus))
        if role == TimelineRole.LINE_ABOVE:
            return row.line_above.value if row.line_above else None
        if role == TimelineRole.LINE_BELOW:
            return row.line_below.value if row.line_below else None
        if role == TimelineRole.STEP_NUMBER:
            return row.number
        if role == TimelineRole.SHORT_DETAIL:
            return self._short_detail(row)
        if role == TimelineRole.SUBSTATUS_COUNT:
            return len(row.step.substatussen) if row.substatus is None else 0
        return None

    def is_substatus(self, row: int) -> bool:
        return 0 <= row < len(self._rows) and self._rows[row].kind is RowKind.SUBSTATUS

    def step_row_of(self, row: int) -> int:
        """The row of the step that ``row`` belongs to (itself for a step)."""
        while row > 0 and self.is_substatus(row):
            row -= 1
        return row

    def substatus_rows(self, step_row: int) -> list[int]:
        rows = []
        row = step_row + 1
        while self.is_substatus(row):
            rows.append(row)
            row += 1
        return rows

    # --- words ---------------------------------------------------------------------------------

    def _date(self, moment: datetime | None) -> str:
        return format_date(moment, ui_language()) if moment is not None else ""

    def _state_words(self, step: TimelineStep) -> str:
        """The state in words, capitalised for the visible line: 'Afgerond op 3 maart 2026'."""
        when = self._date(step.datum_status_gezet)
        if step.state is StepState.DONE:
            return self.tr("Afgerond op {date}").format(date=when) if when else self.tr("Afgerond")
        if step.state is StepState.CURRENT:
            if when:
                return self.tr("Huidige stap sinds {date}").format(date=when)
            return self.tr("Huidige stap")
        return self.tr("Nog niet bereikt")

    def _short_detail(self, row: _Row) -> str:
        lang = ui_language()
        if row.substatus is not None:
            when = row.substatus.tijdstip
            text = format_short_date(when, lang, year=False) if when else ""
            if _is_intern(row.substatus):
                text = " · ".join(p for p in (text, self.tr("intern")) if p)
            return text
        when = row.step.datum_status_gezet
        day = format_short_date(when, lang, year=False) if when else ""
        if row.step.state is StepState.CURRENT:
            return self.tr("nu, sinds {date}").format(date=day) if day else self.tr("nu")
        if row.step.state is StepState.DONE:
            return day or self.tr("afgerond")
        return ""

    def _detail(self, row: _Row) -> str:
        if row.substatus is None:
            return self._state_words(row.step)
        parts = [self._date(row.substatus.tijdstip)] if row.substatus.tijdstip else []
        if _is_intern(row.substatus):
            parts.append(self.tr("Intern: de inwoner ziet dit niet"))
        return " · ".join(parts)

    def _accessible_text(self, row: _Row) -> str:
        if row.substatus is None:
            state = self._state_words(row.step)
            # Mid-sentence after the comma, so lower-case the first letter ("afgerond op ...").
            state = state[:1].lower() + state[1:]
            return self.tr("Stap {n} van {total}: {name}, {state}").format(
                n=row.number, total=row.total, name=row.step.omschrijving, state=state
            )
        # A substatus written as a sentence ("Wacht op antwoord.") would read "antwoord., 3 maart".
        name = row.substatus.omschrijving.rstrip(" .")
        text = self.tr("Bij stap {n}: {name}").format(n=row.number, name=name)
        if row.substatus.tijdstip is not None:
            text += ", " + self._date(row.substatus.tijdstip)
        if _is_intern(row.substatus):
            text += ", " + self.tr("intern, de inwoner ziet dit niet")
        return text

    def _accessible_description(self, row: _Row) -> str:
        if (
            row.kind is RowKind.STEP
            and row.step.state is StepState.CURRENT
            and row.step.statustekst
        ):
            return self.tr("De inwoner ziet: {text}").format(text=row.step.statustekst)
        return ""


def _is_intern(sub: Substatus) -> bool:
    return sub.doelgroep.strip().lower() == "intern"


def _with_lines(rows: list[_Row]) -> list[_Row]:
    """Fill in the connecting line above/below each row (none above the first row, none below
    the last). A segment takes the state of the step it leads to, so the track is solid up to the
    current step and faint after it; substatus rows sit on the line to the next step."""
    below: list[StepState | None] = []
    for i, row in enumerate(rows):
        following = next((r for r in rows[i + 1 :] if r.kind is RowKind.STEP), None)
        if i + 1 == len(rows):
            below.append(None)
        elif following is not None:
            below.append(following.step.state)
        else:  # only substatuses of the last step follow
            below.append(row.step.state)
    return [
        _Row(
            row.kind,
            row.step,
            row.number,
            row.total,
            row.substatus,
            below[i - 1] if i > 0 else None,
            below[i],
        )
        for i, row in enumerate(rows)
    ]
