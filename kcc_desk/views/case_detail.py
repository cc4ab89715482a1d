"""The case detail pane: summary, timeline and documents of one case, in one scroll area.

The pane fills in two steps: ``set_summary`` right away (what the case list knows) and
``set_detail`` when the rest has loaded. ``show_error`` keeps what is known and says what went
wrong; ``clear`` forgets the case entirely (new caller, idle lock). Tab order follows reading
order: the summary values, the copy button, the timeline, the documents table, its button.
"""

from __future__ import annotations

import logging
from datetime import date
from itertools import pairwise

from PySide6.QtCore import QEvent, QModelIndex, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kcc_desk.i18n import translated
from kcc_desk.services.models import CaseDetail, CaseSummary, Document
from kcc_desk.views.announce import announce
from kcc_desk.views.case_summary import CaseSummaryView, ValueLabel
from kcc_desk.views.documents import DocumentsView
from kcc_desk.views.timeline import TimelineView

log = logging.getLogger(__name__)


def _heading(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setProperty("role", "heading")
    label.setProperty("heading", "2")  # the theme's QLabel[heading="2"]
    label.setAccessibleName(text)
    label.setWordWrap(True)
    # Bold and a little larger when no theme styles QLabel[role="heading"]; relative to the
    # inherited font so it follows the text size setting.
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.15)
    label.setFont(font)
    return label


def _banner(alert: str, parent: QWidget) -> tuple[QFrame, ValueLabel]:
    """An alert box whose text is a Tab stop: a keyboard or screen reader user must not miss
    "Het lukte niet om alles te laden" just because it is not a control."""
    frame = QFrame(parent)
    frame.setProperty("alert", alert)
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    label = ValueLabel(frame)
    label.setProperty("dataList", None)  # an alert text, not a data-list value
    layout = QVBoxLayout(frame)
    layout.addWidget(label)
    frame.hide()
    return frame, label


class _Content(QWidget):
    """The scroll area's content. Its minimum height is what it needs at the *current* width.

    QScrollArea grows the widget to at least its minimumSizeHint, and a wrapping layout's hint
    is its height at the narrowest width (everything wrapped): that left a large empty band at
    the bottom. Height-for-width at the real width is the honest minimum.
    """

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth() and self.width() > hint.width():
            return QSize(hint.width(), layout.totalHeightForWidth(self.width()))
        return hint


class CaseDetailView(QWidget):
    """Everything about one case. Signals: ``open_document_requested(Document)``."""

    open_document_requested = Signal(object)  # Document

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseDetail")
        self.setAccessibleName(self.tr("Zaakgegevens"))
        self._keep_room()

        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("caseDetailScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        # Not a Tab stop itself (a nameless stop confuses screen reader users, and F6 would land
        # on it); every part of the content has its own focusable item, and Qt scrolls to it.
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.content = _Content(self.scroll_area)
        self.content.setObjectName("caseDetailContent")
        self.content.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

        self.empty_label = QLabel(
            self.tr("Kies een zaak in de lijst en druk op Enter. Dan ziet u hier de zaakgegevens."),
            self.content,
        )
        self.empty_label.setObjectName("caseDetailEmpty")
        self.empty_label.setWordWrap(True)

        self.error_banner, self.error_label = _banner("error", self.content)
        self.error_banner.setObjectName("caseDetailError")
        self.warnings_banner, self.warnings_label = _banner("warning", self.content)
        self.warnings_banner.setObjectName("caseDetailWarnings")

        self.summary_heading = _heading(self.tr("Zaakgegevens"), self.content)
        self.summary = CaseSummaryView(self.content)

        self.timeline_heading = _heading(self.tr("Voortgang"), self.content)
        self.timeline = TimelineView(self.content)
        self.timeline_heading.setBuddy(self.timeline)
        self.substatus_note = QLabel(
            self.tr("Deze bron geeft geen tussenstappen door. U ziet alleen de hoofdstappen."),
            self.content,
        )
        self.substatus_note.setWordWrap(True)
        self.substatus_note.hide()

        self.documents_heading = _heading(self.tr("Documenten"), self.content)
        self.documents = DocumentsView(self.content)
        self.documents_heading.setBuddy(self.documents.table)
        self.documents.open_requested.connect(self._forward_open)

        layout = QVBoxLayout(self.content)
        em = self.fontMetrics().height()
        layout.setSpacing(max(6, em // 2))
        layout.addWidget(self.empty_label)
        layout.addWidget(self.error_banner)
        layout.addWidget(self.warnings_banner)
        layout.addWidget(self.summary_heading)
        layout.addWidget(self.summary)
        layout.addSpacing(em // 2)
        layout.addWidget(self.timeline_heading)
        layout.addWidget(self.timeline)
        layout.addWidget(self.substatus_note)
        layout.addSpacing(em // 2)
        layout.addWidget(self.documents_heading)
        layout.addWidget(self.documents)
        layout.addStretch(1)
        self.scroll_area.setWidget(self.content)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)

        self._set_tab_order()
        # Arrowing through the timeline or the documents must keep the row in view: those
        # views grow to full height, so only the outer scroll area can scroll to it.
        self.timeline.selectionModel().currentChanged.connect(self._follow_timeline)
        self.clear()

    # --- public API ----------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._keep_room()

    def _keep_room(self) -> None:
        # Room for about twelve lines at any text size; when the window is too short for that,
        # the page scrolls (MainWindow.page_scroll) rather than squeezing the details.
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * 12)

    def set_summary(self, summary: CaseSummary, today: date) -> None:
        """A new case was chosen: show what is known now; the rest follows in ``set_detail``."""
        self._hide_messages()
        self.timeline.clear()
        self.documents.clear()
        self.summary.set_summary(summary, today)
        self._show_sections(summary=True, rest=False)
        self.scroll_area.verticalScrollBar().setValue(0)

    def show_loading(self) -> None:
        """Details are on their way (the summary, if set, says "Bezig met laden…")."""
        self.error_banner.hide()
        if self.summary.isHidden():
            self.summary.loading_label.show()
            self._show_sections(summary=True, rest=False)
        else:
            self.summary.loading_label.show()

    def set_detail(self, detail: CaseDetail, today: date) -> None:
        case = detail.summary
        self._hide_messages()
        self.summary.set_detail(detail, today)
        self.timeline.set_timeline(
            detail.timeline, case.einddatum_gepland, today, ended=case.einddatum
        )
        self.substatus_note.setVisible(not detail.substatus_supported)
        self.documents.set_documents(detail.documents)
        if detail.warnings:
            lines = [self.tr("Het lukte niet om alles te laden:")]
            lines += [f"• {translated(w)}" for w in detail.warnings]
            self.warnings_label.setText("\n".join(lines))
            self.warnings_label.setAccessibleName(" ".join(lines))
            self.warnings_banner.show()
            announce(self, " ".join(lines))
        self._show_sections(summary=True, rest=True)
        self._settle_layout()
        log.debug(
            "case detail shown: %d steps, %d documents, %d warnings",
            len(detail.timeline),
            len(detail.documents),
            len(detail.warnings),
        )

    def show_error(self, message: str) -> None:
        """The details could not be loaded: say so in words; keep what is already shown."""
        self.summary.loading_label.hide()
        text = self.tr("Het lukte niet om deze zaak te laden. {message}").format(message=message)
        self.error_label.setText(text.strip())
        self.error_label.setAccessibleName(text.strip())
        self.error_banner.show()
        self.empty_label.hide()
        # Not announced here: the workspace presenter already announces every task failure
        # (assertive); a second announcement would interrupt the first.

    def clear(self) -> None:
        """Forget the case: every name, address, text and document leaves the widget tree."""
        self._hide_messages()
        self.summary.clear()
        self.timeline.clear()
        self.documents.clear()
        self.substatus_note.hide()
        self._show_sections(summary=False, rest=False)
        self.empty_label.show()

    # --- internals -----------------------------------------------------------------------------

    def _hide_messages(self) -> None:
        for banner, label in (
            (self.error_banner, self.error_label),
            (self.warnings_banner, self.warnings_label),
        ):
            label.setText("")
            label.setAccessibleName("")
            banner.hide()

    def _show_sections(self, *, summary: bool, rest: bool) -> None:
        self.empty_label.setVisible(not summary)
        for widget in (self.summary_heading, self.summary):
            widget.setVisible(summary)
        rest_widgets: tuple[QWidget, ...] = (
            self.timeline_heading,
            self.timeline,
            self.documents_heading,
            self.documents,
        )
        for rest_widget in rest_widgets:
            rest_widget.setVisible(rest)

    def _settle_layout(self) -> None:
        """Lay out now instead of over several event-loop rounds: the documents table's row
        heights depend on its width, which it only gets once the sections are shown. Without
        this the first frame can draw the table over its button."""
        content_layout = self.content.layout()
        if content_layout is not None:
            content_layout.activate()
        documents_layout = self.documents.layout()
        if documents_layout is not None:
            documents_layout.activate()
        self.documents.table.fit_height()
        if content_layout is not None:
            content_layout.activate()

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [self.error_label, self.warnings_label]
        chain += [f.value for f in self.summary.fields.values()]
        chain += [
            self.summary.citizen_text,
            self.summary.copy_button,
            self.timeline,
            self.documents.table,
            self.documents.open_button,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _follow_timeline(self, current: QModelIndex, _previous: QModelIndex) -> None:
        # Only while the agent arrows through the steps: when a case loads, the current step is
        # selected too, and scrolling to it then would hide the case number at the top.
        if not current.isValid() or not self.timeline.hasFocus():
            return
        rect = self.timeline.visualRect(current)
        top_left = self.timeline.viewport().mapTo(self.content, rect.topLeft())
        center_y = top_left.y() + rect.height() // 2
        self.scroll_area.ensureVisible(top_left.x(), center_y, 0, rect.height() // 2 + 4)

    def _forward_open(self, document: Document) -> None:
        self.open_document_requested.emit(document)
