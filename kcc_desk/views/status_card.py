"""The answer at a glance: where the case is, what the citizen sees, when it is ready, who has it.

The card is what the agent reads aloud to a caller asking "how far along is my request?", so it
sits in view whatever else the window does (at 200% text the case list gives way first). Every
line is a keyboard-reachable, read-only value whose accessible name says label and value
together; overdue and confidentiality are said in words, colour only underlines them.
"""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kcc_desk.presenters import case_card as words
from kcc_desk.services.models import CaseDetail, CaseSummary, TimelineStep
from kcc_desk.views.announce import announce
from kcc_desk.views.case_summary import ValueLabel
from kcc_desk.views.semantic_colors import palette_colors

log = logging.getLogger(__name__)

# Two columns from this many average characters of width (the card over the full window).
TWO_COLUMN_CHARS = 60


class StatusCard(QFrame):
    """``set_summary`` (at once), ``set_detail`` (when loaded), ``set_referrals``, ``clear``."""

    statustekst_copied = Signal()
    needs_changed = Signal()  # the height the card needs changed (the window shares it out again)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Stand van zaken"))
        self.heading = QLabel(self)
        self.heading.setObjectName("statusCardHeading")
        # Level 3, body size: the case number and the level must fit one line at 200% text.
        self.heading.setProperty("heading", "3")
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)

        self.step = self._value("statusStep", bold=True)
        self.citizen = self._value("statusCitizenText")
        self.copy_button = QPushButton(self.tr("Kopieer tekst"), self)
        self.copy_button.setObjectName("copyStatustekst")
        self.copy_button.setProperty("variant", "secondary")
        self.copy_button.setAccessibleName(self.tr("Kopieer tekst"))
        self.copy_button.setAccessibleDescription(
            self.tr("Zet de tekst die de inwoner ziet op het klembord.")
        )
        self.copy_button.clicked.connect(self.copy_statustekst)
        self.expected = self._value("statusExpected")
        self.legal = self._value("statusLegal")
        # The overdue words as a badge of their own line, never squeezed beside a date.
        self.overdue_badge = QLabel(self)
        self.overdue_badge.setObjectName("statusOverdue")
        self.overdue_badge.setProperty("badge", "overdue")
        self.overdue_badge.setWordWrap(True)
        palette = self.overdue_badge.palette()
        palette.setColor(QPalette.ColorRole.WindowText, palette_colors(palette).warning_text)
        self.overdue_badge.setPalette(palette)
        self.result = self._value("statusResult")
        self.handler = self._value("statusHandler")
        self.referral = self._value("statusReferral")
        self.warning = QFrame(self)
        self.warning.setObjectName("confidentialityWarning")
        self.warning.setProperty("alert", "warning")
        self.warning.setFrameShape(QFrame.Shape.StyledPanel)
        self.warning_text = ValueLabel(self.warning)
        self.warning_text.setObjectName("confidentialityWarningText")
        self.warning_text.setProperty("dataList", None)
        warning_layout = QVBoxLayout(self.warning)
        warning_layout.setContentsMargins(4, 2, 4, 2)
        warning_layout.addWidget(self.warning_text)

        citizen_row = QHBoxLayout()
        citizen_row.setContentsMargins(0, 0, 0, 0)
        citizen_row.addWidget(self.citizen, 1)
        citizen_row.addWidget(self.copy_button, 0)
        self._citizen_row = QWidget(self)
        self._citizen_row.setLayout(citizen_row)
        layout = QVBoxLayout(self)
        em = self.fontMetrics().height()
        layout.setContentsMargins(em // 2, em // 3, em // 2, em // 3)
        layout.setSpacing(max(2, em // 6))
        layout.addWidget(self.heading)
        layout.addWidget(self.warning)
        # Where the case is on the left, dates and people on the right when the card is wide
        # (200% text over the full width); one column otherwise.
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(em)
        self.grid.setVerticalSpacing(max(2, em // 6))
        layout.addLayout(self.grid)
        layout.addStretch(1)
        # The lines after the essentials (legal term, result, handler, open referral): in the
        # card when it has room; at 200% text the view moves this box below the card, into the
        # part that scrolls, so the card itself never has to.
        self.secondary = QWidget(self)
        self.secondary.setObjectName("statusCardMore")
        secondary_layout = QVBoxLayout(self.secondary)
        secondary_layout.setContentsMargins(0, 0, 0, 0)
        secondary_layout.setSpacing(max(2, em // 6))
        for widget in (self.legal, self.result, self.handler, self.referral):
            secondary_layout.addWidget(widget)
        self._columns = 0
        self._column_layouts: list[QVBoxLayout] = []
        self.spans_window = False  # set by the case view: the card is on top, full width
        self._arrange(1)
        self._statustekst = ""
        self._referral_lines: list[str] = []
        self.clear()

    # --- public API ----------------------------------------------------------------------------

    def fields(self) -> list[ValueLabel]:
        """The values in reading (and Tab) order."""
        return [
            self.warning_text,
            self.step,
            self.citizen,
            self.expected,
            self.legal,
            self.result,
            self.handler,
            self.referral,
        ]

    def set_summary(self, case: CaseSummary, today: date) -> None:
        shown, spoken = words.heading(case)
        self.heading.setText(shown)
        self.heading.setAccessibleName(spoken)
        self._set(self.step, words.status_line(case))
        self._set_statustekst(case.status.statustekst if case.status else "")
        self._set_deadlines(case, today)
        self._set(self.result, words.result_line(case))
        self._set(self.handler, words.handler_loading())
        self._set_confidentiality(case.vertrouwelijkheidaanduiding)
        self._show_referrals()
        self.show()
        self.fit_height()

    def set_detail(self, detail: CaseDetail, today: date) -> None:
        self.set_summary(detail.summary, today)
        self._set_step(detail.timeline)
        self._set(self.handler, words.handler_line(detail.roles))
        self.fit_height()

    def set_referrals(self, lines: list[str]) -> None:
        """Open referrals (plain sentences) for the caller or this case; empty hides the line."""
        self._referral_lines = list(lines)
        self._show_referrals()
        self.fit_height()

    def clear(self) -> None:
        self.heading.setText("")
        self.heading.setAccessibleName("")
        for value in self.fields():
            value.setText("")
            value.setAccessibleName("")
            value.hide()
        self.warning.hide()
        self.overdue_badge.setText("")
        self.overdue_badge.hide()
        self._statustekst = ""
        self._referral_lines = []  # the next case (or caller) starts without them
        self.copy_button.setEnabled(False)
        self.hide()

    def statustekst(self) -> str:
        return self._statustekst

    def copy_statustekst(self) -> None:
        if not self._statustekst:
            return
        QGuiApplication.clipboard().setText(self._statustekst)
        announce(self, self.tr("Tekst gekopieerd."))
        self.statustekst_copied.emit()
        log.info("statustekst copied to clipboard")

    def warning_message(self) -> str:
        """What a confidential case's warning says (empty for other cases), to announce."""
        return self.warning_text.text() if not self.warning.isHidden() else ""

    def fit_height(self) -> None:
        """Ask for the height the card needs at its *current* width. A wrapping layout's own
        minimum is its height with every word on a line of its own (510 px instead of 340 at
        1366 px), which made the whole page scroll. Set as a minimum height, not by
        overriding minimumSizeHint. Note: PySide 6.12 on Python 3.11 drops a reference to None on
        every void call from Python, so a relayout loop here once ended in "deallocating None";
        the page's fixed scroll bar (views.main_window) keeps the layout from looping."""
        need = self.height_for(self.width())
        if need > 0 and need != self.minimumHeight():
            self.setMinimumHeight(need)
            self.needs_changed.emit()

    def height_for(self, width: int) -> int:
        """The card's height at ``width`` (0 when it cannot tell)."""
        layout = self.layout()
        if layout is None or width <= 0:
            return 0
        frame = 2 * self.frameWidth()  # the layout's own measure leaves the frame out
        return layout.heightForWidth(width - frame) + frame

    def take_back_secondary(self) -> None:
        """Put the secondary lines back in the card (after the view had moved them out)."""
        if self.secondary.parentWidget() is self:
            return
        self.secondary.setParent(self)
        columns, self._columns = self._columns, 0
        self._arrange(columns or 1)
        self.secondary.show()
        self.fit_height()

    def release_secondary(self) -> QWidget:
        """The secondary lines, out of the card's layout, for the view to place elsewhere."""
        if self.secondary.parentWidget() is self:
            self.grid.removeWidget(self.secondary)
        return self.secondary

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.choose_columns()
            self.fit_height()

    def choose_columns(self) -> None:
        """Two columns when the card spans the window (stacked, 200% text) and is wide enough;
        one column beside the stepper."""
        chars = self.width() / max(1, self.fontMetrics().averageCharWidth())
        self._arrange(2 if self.spans_window and chars >= TWO_COLUMN_CHARS else 1)

    def _arrange(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        left: list[QWidget] = [self.step, self._citizen_row]
        right: list[QWidget] = [self.expected, self.overdue_badge]
        if self.secondary.parentWidget() is self:
            right.append(self.secondary)
        row_layout = self._citizen_row.layout()
        for widget in [*left, *right, self.copy_button]:
            self.grid.removeWidget(widget)
            for column in self._column_layouts:
                column.removeWidget(widget)
        if row_layout is not None:
            row_layout.removeWidget(self.copy_button)
        for column in self._column_layouts:
            self.grid.removeItem(column)
            column.setParent(None)
        self._column_layouts = []
        if columns == 1:
            # The copy button beside the citizen's text, everything in one column.
            if row_layout is not None:
                row_layout.addWidget(self.copy_button)
            for row, widget in enumerate(left + right):
                self.grid.addWidget(widget, row, 0)
            self.grid.setColumnStretch(1, 0)
            self.grid.setColumnStretch(0, 1)
            return
        # Where the case is on the left; the date and the copy button on the right. Each
        # column stacks on its own (a grid row as high as its taller cell cost a line).
        right.insert(1, self.copy_button)
        spacing = self.grid.verticalSpacing()
        for number, widgets in enumerate((left, right)):
            column = QVBoxLayout()
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(spacing)
            for widget in widgets:
                if widget is self.copy_button:
                    column.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft)
                else:
                    column.addWidget(widget)
            column.addStretch(1)
            self.grid.addLayout(column, 0, number)
            self._column_layouts.append(column)
        self.grid.setColumnStretch(0, 1)
        self.grid.setColumnStretch(1, 1)

    # --- internals -----------------------------------------------------------------------------

    def _value(self, name: str, *, bold: bool = False) -> ValueLabel:
        value = ValueLabel(self)
        value.setObjectName(name)
        value.setProperty("dataList", None)
        value.setMargin(1)
        if bold:
            font = value.font()
            font.setBold(True)
            value.setFont(font)
        return value

    def _set(self, value: ValueLabel, line: words.Line) -> None:
        # The caption is part of the text shown here (no separate caption label).
        value.set_value(line.shown, line.said)
        value.setVisible(bool(line.text))

    def _set_step(self, timeline: tuple[TimelineStep, ...]) -> None:
        step = words.step_words(timeline)
        current = words.current_step(timeline)
        if step is None or current is None:
            return
        self.step.set_value(step[0], step[1])
        self.step.show()
        if current.statustekst and not self._statustekst:
            self._set_statustekst(current.statustekst)

    def _set_statustekst(self, text: str) -> None:
        self._statustekst = text
        self._set(self.citizen, words.citizen_line(text))
        self.copy_button.setEnabled(bool(text))

    def _set_deadlines(self, case: CaseSummary, today: date) -> None:
        found = words.deadlines(case, today)
        self._set(self.expected, found.expected)
        self._set(self.legal, found.legal)
        self.overdue_badge.setText(found.overdue)
        self.overdue_badge.setAccessibleName(found.overdue)
        self.overdue_badge.setVisible(bool(found.overdue))

    def _set_confidentiality(self, level: str) -> None:
        text = words.confidentiality_warning(level)
        self.warning_text.setText(text)
        self.warning_text.setAccessibleName(text)
        self.warning.setVisible(bool(text))
        self.warning_text.setVisible(bool(text))

    def _show_referrals(self) -> None:
        # Each line already starts "Open doorverwijzing van …": no caption in front.
        text = " ".join(self._referral_lines)
        self.referral.setText(text)
        self.referral.setAccessibleName(text)
        self.referral.setVisible(bool(text))
