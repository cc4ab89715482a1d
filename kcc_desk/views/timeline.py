"""The case timeline: the zaaktype's main steps, done / current / planned, with substatuses.

A ``QListView`` subclass, so Qt's accessibility bridge already gives a real list with one list
item per row (name from ``Qt.AccessibleTextRole``: "Stap 2 van 4: Geaccepteerd, afgerond op 3
maart 2026") and the keyboard already works (Up/Down, Home/End, PageUp/PageDown). A custom
delegate draws the NL Design System "process steps" pattern: a circle with a tick for done, a
ring with a dot for the current step, an empty circle for planned, joined by a line; the state is
always in words too. Row heights come from font metrics with word wrap, so the view reflows at
200% text, and the view's own height hugs its content (it never scrolls inside the detail pane).
The expected end date sits below the steps, in the viewport margin, and in the accessible
description.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QKeyEvent,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QListView,
    QWidget,
)

from kcc_desk.formatting import format_date, is_overdue, relative_days
from kcc_desk.presenters.timeline_model import TimelineModel, ui_language
from kcc_desk.services.models import TimelineStep
from kcc_desk.views.semantic_colors import palette_colors
from kcc_desk.views.timeline_delegate import Metrics, TimelineDelegate

log = logging.getLogger(__name__)

_Index = QModelIndex | QPersistentModelIndex


class TimelineView(QListView):
    """The accessible timeline. ``set_timeline(steps, expected_end, today)``; ``clear()``.

    The current step is made the current item, so Tab into the view lands on "where the case is
    now"; the arrows go back to earlier steps and on to what is still planned.
    """

    def __init__(self, parent: QWidget | None = None, *, compact: bool = False) -> None:
        super().__init__(parent)
        # Compact: one line per step, substatuses folded away until asked for (Space, or the
        # arrows Right/Left), no date line below: the status card says the dates.
        self.compact = compact
        self.setObjectName("timeline")
        self._model = TimelineModel(self)
        self.setModel(self._model)
        self._delegate = TimelineDelegate(self)
        self.setItemDelegate(self._delegate)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setUniformItemSizes(False)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # The view grows to fit its rows; the detail pane's scroll area does the scrolling.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # Drawn on the pane's own background, like the data list above it, not as a white box.
        self.viewport().setAutoFillBackground(False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Voortgang van de zaak"))

        # Two footer labels, plain and overdue badge: the badge property must be set before the
        # first polish (Qt 6.12 does not re-apply QSS padding/font after a property change).
        self._footer_plain = self._make_footer("timelineExpectedEnd", badge=False)
        self._footer_badge = self._make_footer("timelineExpectedEndOverdue", badge=True)
        self._footer = self._footer_plain
        self._footer_text = ""
        self._overdue = False
        self._natural_widths: dict[tuple[str, str], int] = {}
        self._update_height()

    # --- public API ----------------------------------------------------------------------------

    @property
    def expected_end_label(self) -> QLabel:
        """The line below the steps (for the parent's layout checks and tests)."""
        return self._footer

    def timeline_model(self) -> TimelineModel:
        return self._model

    def set_timeline(
        self,
        steps: Sequence[TimelineStep],
        expected_end: date | None,
        today: date,
        *,
        ended: date | None = None,
    ) -> None:
        """Show ``steps`` (any order; sorted by volgnummer) and the expected end date.

        ``ended`` is the case's einddatum: a closed case says when it ended instead of a
        countdown to its expected end.
        """
        self._model.set_steps(steps)
        lang = ui_language()
        overdue = False
        if ended is not None:
            footer = self.tr("Zaak afgerond op {date}").format(date=format_date(ended, lang))
        elif expected_end is not None:
            overdue = is_overdue(expected_end, today)
            footer = self.tr("Verwacht klaar op {date} ({relative})").format(
                date=format_date(expected_end, lang),
                relative=relative_days(expected_end, today, lang),
            )
        elif not steps:
            footer = self.tr("Van deze zaak zijn geen stappen bekend.")
        else:
            footer = self.tr("Verwacht klaar op: onbekend")
        if self.compact:
            self._set_footer("", overdue=False)
            self.setAccessibleDescription(
                footer + " " + self.tr("Spatie toont of verbergt de tussenstappen.")
            )
            for row_number in range(self._model.rowCount()):
                self.setRowHidden(row_number, self._model.is_substatus(row_number))
        else:
            self._set_footer(footer, overdue=overdue)
        row = self._model.current_step_row()
        if row is not None:
            index = self._model.index(row, 0)
            self.selectionModel().setCurrentIndex(
                index, self.selectionModel().SelectionFlag.ClearAndSelect
            )
            self.scrollTo(index)
        self._update_height()

    def clear(self) -> None:
        """Forget the case: no steps, no dates, no text left behind."""
        self._model.clear()
        self._set_footer("", overdue=False)
        self._update_height()

    # --- internals -----------------------------------------------------------------------------

    def _make_footer(self, name: str, *, badge: bool) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        if badge:
            # Theme hook QLabel[badge="overdue"]; the palette colour is the fallback. The words
            # already say "over de termijn".
            label.setProperty("badge", "overdue")
            palette = label.palette()
            palette.setColor(QPalette.ColorRole.WindowText, palette_colors(palette).warning_text)
            label.setPalette(palette)
        label.hide()
        return label

    def _set_footer(self, text: str, *, overdue: bool) -> None:
        self._footer_text = text
        self._overdue = overdue
        self._footer = self._footer_badge if overdue else self._footer_plain
        other = self._footer_plain if overdue else self._footer_badge
        other.setText("")
        other.hide()
        self._footer.setText(text)
        self._footer.setVisible(bool(text))
        self.setAccessibleDescription(text)

    def _footer_width(self, available: int) -> int:
        # A badge hugs its words; plain text may use the full width.
        if self._overdue:
            # The one-line width, as QLabel itself measures it (font metrics alone came out a
            # few pixels short and wrapped the last word); cached per text and font.
            label = self._footer
            label.ensurePolished()
            key = (label.text(), label.font().toString())
            natural = self._natural_widths.get(key)
            if natural is None:
                label.setWordWrap(False)
                natural = label.sizeHint().width()
                label.setWordWrap(True)
                self._natural_widths = {key: natural}  # only the current text matters
            return max(1, min(natural, available))
        return max(1, available)

    def _footer_height(self, width: int) -> int:
        if not self._footer_text:
            return 0
        m = Metrics.of(self.font())
        return self._footer.heightForWidth(self._footer_width(width - m.pad)) + m.pad * 2

    def _content_height(self, width: int) -> int:
        frame = 2 * self.frameWidth()
        viewport_width = max(1, width - frame)
        rows = sum(
            self._delegate.row_height(self._model.index(r, 0), self.font(), viewport_width)
            for r in range(self._model.rowCount())
            if not self.isRowHidden(r)
        )
        return rows + self._footer_height(viewport_width) + frame

    def _update_height(self) -> None:
        """Fit the height to the rows and the footer at the current width, place the footer."""
        width = max(1, self.width())
        frame = self.frameWidth()
        footer = self._footer_height(max(1, width - 2 * frame))
        self.setViewportMargins(0, 0, 0, footer)
        height = self._content_height(width)
        if self.minimumHeight() != height or self.maximumHeight() != height:
            self.setFixedHeight(height)
        m = Metrics.of(self.font())
        self._footer.setGeometry(
            frame + m.pad,
            height - frame - footer + m.pad,
            self._footer_width(width - 2 * frame - m.pad),
            max(0, footer - 2 * m.pad),
        )
        self.doItemsLayout()

    def substatuses_shown(self) -> bool:
        step = self._model.step_row_of(self.currentIndex().row())
        rows = self._model.substatus_rows(step)
        return bool(rows) and not self.isRowHidden(rows[0])

    def toggle_substatuses(self, show: bool | None = None) -> bool:
        """Show or hide the substatuses of the chosen step (the current step when none is
        chosen); True when it has any. One key: Space, Right to open, Left to close."""
        index = self.currentIndex()
        row = index.row() if index.isValid() else (self._model.current_step_row() or 0)
        step = self._model.step_row_of(row)
        rows = self._model.substatus_rows(step)
        if not rows:
            return False
        show_them = not self.substatuses_shown() if show is None else show
        for sub in rows:
            self.setRowHidden(sub, not show_them)
        if not show_them:
            self.setCurrentIndex(self._model.index(step, 0))
        self._update_height()
        return True

    # --- what a screen reader is told --------------------------------------------------------
    # QListView names the item of a focus or selection event by its position among the *shown*
    # rows, while its accessible list counts every row, folded substatuses included. So Orca read
    # a folded substatus on Down, said "not selected", and never read the last step (heard with
    # tools/look --orca, issue 20). These send the events with the item's row; the rest of what
    # the base classes do is unchanged.

    def currentChanged(self, current: _Index, previous: _Index) -> None:
        QAbstractItemView.currentChanged(self, current, previous)
        if QAccessible.isActive() and current.isValid() and self.hasFocus():
            self._tell(QAccessible.Event.Focus, current.row())

    def selectionChanged(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        QAbstractItemView.selectionChanged(self, selected, deselected)
        if not QAccessible.isActive():
            return
        for event, indexes in (
            (QAccessible.Event.SelectionAdd, selected.indexes()),
            (QAccessible.Event.SelectionRemove, deselected.indexes()),
        ):
            if indexes and indexes[0].isValid():
                self._tell(event, indexes[0].row())

    def _tell(self, kind: QAccessible.Event, row: int) -> None:
        event = QAccessibleEvent(self, kind)
        event.setChild(row)
        QAccessible.updateAccessibility(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.compact:
            toggles = {Qt.Key.Key_Space: None, Qt.Key.Key_Right: True, Qt.Key.Key_Left: False}
            key = Qt.Key(event.key())
            if key in toggles and self.toggle_substatuses(toggles[key]):
                event.accept()
                return
        super().keyPressEvent(event)

    def resizeEvent(self, e: QResizeEvent) -> None:
        super().resizeEvent(e)
        if e.size() != e.oldSize():
            self._update_height()

    def changeEvent(self, e: QEvent) -> None:
        super().changeEvent(e)
        if e.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._update_height()

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._content_height(max(1, self.width())))

    def minimumSizeHint(self) -> QSize:
        m = Metrics.of(self.font())
        return QSize(m.em * 10, 0)
