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
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QBrush,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from kcc_desk.formatting import format_date, is_overdue, relative_days
from kcc_desk.presenters.timeline_model import RowKind, TimelineModel, TimelineRole, ui_language
from kcc_desk.services.models import StepState, TimelineStep
from kcc_desk.views.semantic_colors import SemanticColors, StepPalette, semantic_colors

log = logging.getLogger(__name__)

_Index = QModelIndex | QPersistentModelIndex
_WRAP = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop) | int(Qt.TextFlag.TextWordWrap)


@dataclass(frozen=True, slots=True)
class _Metrics:
    """Sizes in pixels, all derived from the font so everything scales with the text size."""

    em: int
    pad: int
    gutter: int
    marker: int
    sub_marker: int
    sub_indent: int
    line_width: float

    @classmethod
    def of(cls, font: QFont) -> _Metrics:
        em = QFontMetrics(font).height()
        return cls(
            em=em,
            pad=max(3, em // 3),
            gutter=max(24, round(em * 2.0)),
            marker=max(12, round(em * 1.05)),
            sub_marker=max(6, round(em * 0.45)),
            sub_indent=max(6, round(em * 0.5)),
            line_width=max(2.0, em / 9),
        )


@dataclass(frozen=True, slots=True)
class _Block:
    text: str
    font: QFont
    height: int


class TimelineDelegate(QStyledItemDelegate):
    """Paints one timeline row; its size comes from the text wrapped at the viewport width."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view

    # --- layout --------------------------------------------------------------------------------

    def _text_left(self, kind: int, m: _Metrics) -> int:
        return m.gutter + (m.sub_indent if kind == RowKind.SUBSTATUS else 0)

    def _compact_text(self, index: _Index, kind: int) -> str:
        """One line: "3. Onderzoek · nu, sinds 28 nov · 2 tussenstappen"."""
        title = str(index.data(TimelineRole.TITLE) or "")
        parts = [title]
        if kind == RowKind.STEP:
            parts[0] = f"{index.data(TimelineRole.STEP_NUMBER)}. {title}"
        short = str(index.data(TimelineRole.SHORT_DETAIL) or "")
        if short:
            parts.append(short)
        count = int(index.data(TimelineRole.SUBSTATUS_COUNT) or 0)
        if count:
            parts.append(self.tr("%n tussenstap(pen)", "", count))
        return " · ".join(parts)

    def _blocks(self, index: _Index, font: QFont, width: int) -> list[_Block]:
        kind = int(index.data(TimelineRole.KIND) or RowKind.STEP)
        state = str(index.data(TimelineRole.STATE) or "")
        m = _Metrics.of(font)
        avail = max(m.em * 3, width - self._text_left(kind, m) - m.pad)
        title_font = QFont(font)
        if kind == RowKind.STEP and state == StepState.CURRENT.value:
            title_font.setBold(True)
        if getattr(self._view, "compact", False):
            text = self._compact_text(index, kind)
            rect = QFontMetrics(title_font).boundingRect(QRect(0, 0, avail, 1_000_000), _WRAP, text)
            return [_Block(text, title_font, rect.height())]
        texts: list[tuple[str, QFont]] = [(str(index.data(TimelineRole.TITLE) or ""), title_font)]
        detail = str(index.data(TimelineRole.DETAIL) or "")
        if detail:
            texts.append((detail, font))
        statustekst = str(index.data(TimelineRole.STATUSTEKST) or "")
        if statustekst:
            quoted = QFont(font)
            quoted.setItalic(True)
            texts.append((statustekst, quoted))
        blocks = []
        for text, f in texts:
            rect = QFontMetrics(f).boundingRect(QRect(0, 0, avail, 1_000_000), _WRAP, text)
            blocks.append(_Block(text, f, rect.height()))
        return blocks

    def row_height(self, index: _Index, font: QFont, width: int) -> int:
        m = _Metrics.of(font)
        blocks = self._blocks(index, font, width)
        gap = m.pad // 2 * max(0, len(blocks) - 1)
        text_height = sum(b.height for b in blocks) + gap
        kind = int(index.data(TimelineRole.KIND) or RowKind.STEP)
        return max(text_height, m.marker) + 2 * self._vpad(kind, m)

    def _vpad(self, kind: int, m: _Metrics) -> int:
        if getattr(self._view, "compact", False):
            return max(2, m.pad // 2)
        # Steps get more air than substatuses, so the main steps stand out as the structure.
        return m.pad * 2 if kind == RowKind.STEP else m.pad

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        width = self._view.viewport().width()
        return QSize(width, self.row_height(index, option.font, width))

    # --- painting ------------------------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        rect: QRect = option.rect
        font: QFont = option.font
        palette: QPalette = option.palette
        state_flags: QStyle.StateFlag = option.state
        m = _Metrics.of(font)
        kind = int(index.data(TimelineRole.KIND) or RowKind.STEP)
        colors = semantic_colors(palette)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)

        selected = bool(state_flags & QStyle.StateFlag.State_Selected)
        focused = bool(state_flags & QStyle.StateFlag.State_HasFocus)
        if selected:
            # A light wash of the accent colour marks the keyboard cursor; the ring below makes
            # it unmistakable while the view has focus.
            tint = palette.color(QPalette.ColorRole.Highlight)
            tint.setAlphaF(0.12)
            painter.fillRect(rect, tint)
        if focused:
            # Our own focus ring: 2 px in the accent colour, visible in every theme (WCAG 2.4.7).
            pen = QPen(palette.color(QPalette.ColorRole.Highlight), max(2.0, m.line_width))
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(rect).adjusted(1, 1, -1, -1))

        vpad = self._vpad(kind, m)
        blocks = self._blocks(index, font, rect.width())
        first_line = QFontMetrics(blocks[0].font).height() if blocks else m.em
        cx = rect.left() + m.gutter / 2
        cy = rect.top() + vpad + first_line / 2
        step_state = _state(index.data(TimelineRole.STATE))
        diameter = m.marker if kind == RowKind.STEP else m.sub_marker

        self._paint_lines(
            painter,
            index=index,
            colors=colors,
            rect=rect,
            center=QPointF(cx, cy),
            diameter=diameter,
            m=m,
        )
        if kind == RowKind.STEP:
            self._paint_step_marker(
                painter, step_state, colors_for(colors, step_state), QPointF(cx, cy), m
            )
        else:
            self._paint_sub_marker(
                painter, step_state, colors_for(colors, step_state), QPointF(cx, cy), m
            )

        text_color = palette.color(QPalette.ColorRole.Text)
        x = rect.left() + self._text_left(kind, m)
        y = rect.top() + vpad
        width = max(m.em * 3, rect.right() - x - m.pad)
        painter.setPen(text_color)
        for number, block in enumerate(blocks):
            painter.setFont(block.font)
            painter.drawText(QRect(x, y, width, block.height), _WRAP, block.text)
            y += block.height + (m.pad // 2 if number + 1 < len(blocks) else 0)
        painter.restore()

    def _paint_lines(
        self,
        painter: QPainter,
        *,
        index: _Index,
        colors: SemanticColors,
        rect: QRect,
        center: QPointF,
        diameter: int,
        m: _Metrics,
    ) -> None:
        """The track between markers: solid up to the current step, dashed after it."""
        gap = diameter / 2 + max(1.0, m.line_width)
        segments = (
            (index.data(TimelineRole.LINE_ABOVE), rect.top(), center.y() - gap),
            (index.data(TimelineRole.LINE_BELOW), center.y() + gap, rect.bottom() + 1),
        )
        for raw_state, y1, y2 in segments:
            if raw_state is None or y2 <= y1:
                continue
            state = _state(raw_state)
            pen = QPen(colors_for(colors, state).line, m.line_width)
            if state is StepState.PLANNED:
                # Dashed for the road ahead: "not reached yet" is not said by colour alone.
                pen.setStyle(Qt.PenStyle.DashLine)
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            painter.setPen(pen)
            painter.drawLine(QPointF(center.x(), y1), QPointF(center.x(), y2))

    def _paint_step_marker(
        self, painter: QPainter, state: StepState, pal: StepPalette, center: QPointF, m: _Metrics
    ) -> None:
        cx, cy = center.x(), center.y()
        r = m.marker / 2
        circle = QRectF(cx - r, cy - r, 2 * r, 2 * r)
        border = max(2.0, m.marker / 9)
        if state is StepState.DONE:
            painter.setPen(QPen(pal.marker_border, border))
            painter.setBrush(QBrush(pal.marker_fill))
            painter.drawEllipse(circle)
            # A tick: the shape says "done" without colour.
            tick = QPainterPath(QPointF(cx - r * 0.45, cy + r * 0.02))
            tick.lineTo(QPointF(cx - r * 0.1, cy + r * 0.38))
            tick.lineTo(QPointF(cx + r * 0.5, cy - r * 0.35))
            pen = QPen(pal.marker_text, max(2.0, m.marker / 7))
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(tick)
        elif state is StepState.CURRENT:
            # A thick ring with a dot: "you are here".
            painter.setPen(QPen(pal.marker_border, border * 1.4))
            painter.setBrush(QBrush(pal.marker_fill))
            painter.drawEllipse(
                circle.adjusted(border * 0.7, border * 0.7, -border * 0.7, -border * 0.7)
            )
            # The dot must stand out from the fill whatever the theme chose for the fill.
            dot_color = (
                pal.marker_text if pal.marker_fill == pal.marker_border else pal.marker_border
            )
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(dot_color))
            dot = r * 0.45
            painter.drawEllipse(QRectF(cx - dot, cy - dot, 2 * dot, 2 * dot))
        else:
            painter.setPen(QPen(pal.marker_border, border))
            painter.setBrush(QBrush(pal.marker_fill))
            painter.drawEllipse(circle.adjusted(border / 2, border / 2, -border / 2, -border / 2))

    def _paint_sub_marker(
        self, painter: QPainter, state: StepState, pal: StepPalette, center: QPointF, m: _Metrics
    ) -> None:
        cx, cy = center.x(), center.y()
        r = m.sub_marker / 2
        painter.setPen(QPen(pal.marker_border, max(1.5, m.line_width * 0.75)))
        painter.setBrush(
            QBrush(pal.marker_border) if state is not StepState.PLANNED else QBrush(pal.marker_fill)
        )
        painter.drawEllipse(QRectF(cx - r, cy - r, 2 * r, 2 * r))


def _state(value: object) -> StepState:
    try:
        return StepState(str(value))
    except ValueError:
        return StepState.PLANNED


def colors_for(colors: SemanticColors, state: StepState) -> StepPalette:
    if state is StepState.DONE:
        return colors.done
    if state is StepState.CURRENT:
        return colors.current
    return colors.planned


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
            palette.setColor(QPalette.ColorRole.WindowText, semantic_colors(palette).warning_text)
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
        m = _Metrics.of(self.font())
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
        m = _Metrics.of(self.font())
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
        m = _Metrics.of(self.font())
        return QSize(m.em * 10, 0)
