"""How a timeline row is drawn: the NL Design System "process steps" pattern (a circle with a tick
for done, a ring with a dot for the current step, an empty circle for planned, joined by a line),
the step's words beside it, word-wrapped from font metrics so rows reflow at 200% text.
The words themselves come from presenters.timeline_model; views.timeline is the list view.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QFont, QFontMetrics, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from kcc_desk.presenters.timeline_model import RowKind, TimelineRole
from kcc_desk.services.models import StepState
from kcc_desk.views.semantic_colors import SemanticColors, StepPalette, ThemeColors

_Index = QModelIndex | QPersistentModelIndex
_WRAP = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop) | int(Qt.TextFlag.TextWordWrap)


@dataclass(frozen=True, slots=True)
class Metrics:
    """Sizes in pixels, all derived from the font so everything scales with the text size."""

    em: int
    pad: int
    gutter: int
    marker: int
    sub_marker: int
    sub_indent: int
    line_width: float

    @classmethod
    def of(cls, font: QFont) -> Metrics:
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
        self._colors = ThemeColors(view)

    # --- layout --------------------------------------------------------------------------------

    def _text_left(self, kind: int, m: Metrics) -> int:
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
        m = Metrics.of(font)
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
        m = Metrics.of(font)
        blocks = self._blocks(index, font, width)
        gap = m.pad // 2 * max(0, len(blocks) - 1)
        text_height = sum(b.height for b in blocks) + gap
        kind = int(index.data(TimelineRole.KIND) or RowKind.STEP)
        return max(text_height, m.marker) + 2 * self._vpad(kind, m)

    def _vpad(self, kind: int, m: Metrics) -> int:
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
        m = Metrics.of(font)
        kind = int(index.data(TimelineRole.KIND) or RowKind.STEP)
        colors = self._colors.for_palette(palette)
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
        m: Metrics,
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
        self, painter: QPainter, state: StepState, pal: StepPalette, center: QPointF, m: Metrics
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
        self, painter: QPainter, state: StepState, pal: StepPalette, center: QPointF, m: Metrics
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
