"""The open case, built around the answer: a status card, the whole timeline as a compact
stepper, and the rest (details, documents, roles, earlier contacts) in tabs one key away.

Side by side when there is room (a 1366 px laptop: card, stepper, tabs); at large text sizes the
card takes the full width on top and the rest moves below it, in a scroll area of its own, so the
card and the current step never scroll away. The pane fills in two steps: ``set_summary`` right
away (what the case list knows) and ``set_detail`` when the rest has loaded. ``show_error`` keeps
what is known and says what went wrong; ``clear`` forgets the case entirely.
"""

from __future__ import annotations

import logging
from datetime import date
from itertools import pairwise

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kcc_desk.i18n import translated
from kcc_desk.services.models import CaseDetail, CaseSummary, Document
from kcc_desk.views.announce import announce
from kcc_desk.views.case_summary import CaseSummaryView, ValueLabel
from kcc_desk.views.documents import DocumentsView
from kcc_desk.views.focus import first_focusable
from kcc_desk.views.quiet_tabs import hold_until_shown, release
from kcc_desk.views.roles import RolesView
from kcc_desk.views.status_card import StatusCard
from kcc_desk.views.timeline import TimelineView

log = logging.getLogger(__name__)

# Side by side from this many average characters of width; below it the card goes on top.
WIDE_CHARS = 120
# The stepper and the tabs side by side (under or beside the card) from this many characters.
PAIR_CHARS = 70


def _heading(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setProperty("role", "heading")
    label.setProperty("heading", "2")  # the theme's QLabel[heading="2"]
    label.setAccessibleName(text.replace("&", ""))
    label.setWordWrap(True)
    font = label.font()
    font.setBold(True)
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
    layout.setContentsMargins(6, 2, 6, 2)
    layout.addWidget(label)
    frame.hide()
    return frame, label


def _scrolled(widget: QWidget, parent: QWidget, name: str) -> QScrollArea:
    area = QScrollArea(parent)
    area.setObjectName(name)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(widget)
    return area


class CaseDetailView(QWidget):
    """Everything about one case. Signals: ``open_document_requested(Document)``."""

    open_document_requested = Signal(object)  # Document
    confidential_opened = Signal(str)  # the warning text, to announce

    TAB_DETAILS = 0
    TAB_DOCUMENTS = 1
    TAB_ROLES = 2
    TAB_CONTACTS = 3

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseDetail")
        self.setAccessibleName(self.tr("Zaakgegevens"))

        self.empty_label = QLabel(
            self.tr("Kies een zaak in de lijst en druk op Enter. Dan ziet u hier de zaakgegevens."),
            self,
        )
        self.empty_label.setObjectName("caseDetailEmpty")
        self.empty_label.setWordWrap(True)
        self.error_banner, self.error_label = _banner("error", self)
        self.error_banner.setObjectName("caseDetailError")
        self.warnings_banner, self.warnings_label = _banner("warning", self)
        self.warnings_banner.setObjectName("caseDetailWarnings")

        self.body = QWidget(self)
        self.body.setObjectName("caseDetailBody")
        self.card = StatusCard(self.body)

        # Everything after the card: in a scroll area of its own, so at 200% text it scrolls
        # while the card stays put.
        self.rest = QWidget()
        self.rest.setObjectName("caseDetailRest")
        self.rest_scroll = _scrolled(self.rest, self.body, "caseDetailRestScroll")
        # Its preferred height must not count: the page sizes itself by its panes' preferred
        # heights, and the tabs' content would make the whole page scroll. It takes what the
        # card leaves, and scrolls inside.
        self.rest_scroll.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        self.stepper_box = QWidget(self.rest)
        self.timeline_heading = _heading(self.tr("Voortgang"), self.stepper_box)
        self.timeline = TimelineView(self.stepper_box, compact=True)
        self.timeline_heading.setBuddy(self.timeline)
        self.substatus_note = QLabel(
            self.tr("Deze bron geeft geen tussenstappen door. U ziet alleen de hoofdstappen."),
            self.stepper_box,
        )
        self.substatus_note.setWordWrap(True)
        self.substatus_note.hide()
        stepper_layout = QVBoxLayout(self.stepper_box)
        stepper_layout.setContentsMargins(0, 0, 0, 0)
        stepper_layout.addWidget(self.timeline_heading)
        stepper_layout.addWidget(self.timeline)
        stepper_layout.addWidget(self.substatus_note)
        stepper_layout.addStretch(1)

        self.tabs = QTabWidget(self.rest)
        self.tabs.setObjectName("caseTabs")
        self.tabs.setAccessibleName(self.tr("Meer over de zaak"))
        self.tabs.tabBar().setAccessibleName(self.tr("Tabbladen van de zaak"))
        hold_until_shown(self.tabs.tabBar())
        self.summary = CaseSummaryView()
        self.summary.show_citizen_box = False  # the status card shows the citizen's text
        # ... and the step, the dates and the result: the Gegevens tab has the rest.
        self.summary.omitted = frozenset({"status", "verwacht", "uiterst", "resultaat"})
        self.summary.citizen_box.hide()
        self.documents = DocumentsView()
        self.documents.open_requested.connect(self._forward_open)
        self.roles = RolesView()
        self.tabs.addTab(_scrolled(self.summary, self.tabs, "detailsScroll"), self.tr("Gegevens"))
        self.tabs.addTab(
            _scrolled(self.documents, self.tabs, "documentsScroll"), self.tr("Documenten")
        )
        self.tabs.addTab(_scrolled(self.roles, self.tabs, "rolesScroll"), self.tr("Rollen"))

        rest_column = QVBoxLayout(self.rest)
        rest_column.setContentsMargins(0, 0, 0, 0)
        self._rest_column = rest_column
        self.rest_layout = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.rest_layout.setContentsMargins(0, 0, 0, 0)
        self.rest_layout.addWidget(self.stepper_box, 2)
        self.rest_layout.addWidget(self.tabs, 3)
        rest_column.addLayout(self.rest_layout, 1)
        self.body_layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self.body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        self.body_layout.addWidget(self.card, 5)
        self.body_layout.addWidget(self.rest_scroll, 6)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.empty_label)
        outer.addWidget(self.error_banner)
        outer.addWidget(self.warnings_banner)
        outer.addWidget(self.body, 1)
        self._set_tab_order()
        # Arrowing through the steps keeps the chosen one in view when the part under the card
        # scrolls (200% text, a short window).
        self.timeline.selectionModel().currentChanged.connect(self._follow_timeline)
        self.clear()

    # --- public API ----------------------------------------------------------------------------

    def add_tab(self, widget: QWidget, title: str) -> int:
        """A further tab (the window adds the earlier contacts here)."""
        return self.tabs.addTab(widget, title)

    def show_tab(self, number: int) -> bool:
        """Bring tab ``number`` forward and put the keyboard in it (Alt+3 … Alt+6)."""
        if not 0 <= number < self.tabs.count() or self.body.isHidden():
            return False
        self.tabs.setCurrentIndex(number)
        page = self.tabs.widget(number)
        target = (first_focusable(page) if page is not None else None) or self.tabs.tabBar()
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return True

    def panes(self) -> list[QWidget]:
        """F6 stops inside the open case: where it stands, its steps, and the tabs."""
        return [self.card, self.stepper_box, self.tabs]

    def focus_pane(self, pane: QWidget) -> bool:
        """F6 landed on one of ``panes()``: the current step, the chosen step, the tab."""
        if pane is self.card:
            return self.focus_card()
        if pane is self.stepper_box:
            return self.focus_timeline()
        if pane is self.tabs and not self.body.isHidden():
            self.tabs.tabBar().setFocus(Qt.FocusReason.TabFocusReason)
            return True
        return False

    def focus_card(self) -> bool:
        if self.body.isHidden():
            return False
        self.card.step.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return True

    def focus_timeline(self) -> bool:
        if self.timeline.isHidden() or self.body.isHidden():
            return False
        self.timeline.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return True

    def set_summary(self, summary: CaseSummary, today: date) -> None:
        """A new case was chosen: show what is known now; the rest follows in ``set_detail``."""
        self._hide_messages()
        self.timeline.clear()
        self.documents.clear()
        self.roles.clear()
        self.summary.set_summary(summary, today)
        self.summary.fit_height()
        self.card.set_summary(summary, today)
        self._show(loaded=False)
        message = self.card.warning_message()
        if message:
            self.confidential_opened.emit(message)

    def show_loading(self) -> None:
        """Details are on their way (the card says "Bezig met laden…")."""
        self.error_banner.hide()
        self.summary.loading_label.show()

    def set_detail(self, detail: CaseDetail, today: date) -> None:
        case = detail.summary
        self._hide_messages()
        self.summary.set_detail(detail, today)
        self.summary.fit_height()
        self.card.set_detail(detail, today)
        self.timeline.set_timeline(
            detail.timeline, case.einddatum_gepland, today, ended=case.einddatum
        )
        self.substatus_note.setVisible(not detail.substatus_supported)
        self.documents.set_documents(detail.documents)
        self.roles.set_roles(detail.roles)
        if detail.warnings:
            lines = [self.tr("Het lukte niet om alles te laden:")]
            lines += [f"• {translated(w)}" for w in detail.warnings]
            self.warnings_label.setText("\n".join(lines))
            self.warnings_label.setAccessibleName(" ".join(lines))
            self.warnings_banner.show()
            announce(self, " ".join(lines))
        self._show(loaded=True)
        log.debug(
            "case detail shown: %d steps, %d documents, %d warnings",
            len(detail.timeline),
            len(detail.documents),
            len(detail.warnings),
        )

    def set_referrals(self, lines: list[str]) -> None:
        self.card.set_referrals(lines)

    def show_error(self, message: str) -> None:
        """The details could not be loaded: say so in words; keep what is already shown."""
        self.summary.loading_label.hide()
        text = self.tr("Het lukte niet om deze zaak te laden. {message}").format(message=message)
        self.error_label.setText(text.strip())
        self.error_label.setAccessibleName(text.strip())
        self.error_banner.show()
        self.empty_label.hide()

    def clear(self) -> None:
        """Forget the case: every name, address, text and document leaves the widget tree."""
        self._hide_messages()
        self.summary.clear()
        self.card.clear()
        self.timeline.clear()
        self.documents.clear()
        self.roles.clear()
        self.substatus_note.hide()
        self.body.hide()
        self.empty_label.show()

    # --- layout --------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._arrange()

    def is_wide(self) -> bool:
        return self.width() >= WIDE_CHARS * max(1, self.fontMetrics().averageCharWidth())

    def _arrange(self) -> None:
        chars = max(1, self.fontMetrics().averageCharWidth())
        wide = self.width() >= WIDE_CHARS * chars
        body = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.body_layout.direction() != body:
            self.body_layout.setDirection(body)
            # Beside the rest: share the width; on top: the card takes what it needs.
            self.body_layout.setStretch(0, 5 if wide else 0)
            self.body_layout.setStretch(1, 6 if wide else 1)
        if self.card.spans_window == wide:
            self.card.spans_window = not wide
            self.card.choose_columns()
        rest_width = self.width() * 6 // 11 if wide else self.width()
        pair = rest_width >= PAIR_CHARS * chars
        rest = QBoxLayout.Direction.LeftToRight if pair else QBoxLayout.Direction.TopToBottom
        if self.rest_layout.direction() != rest:
            self.rest_layout.setDirection(rest)
        # Stacked, the tabs need a height of their own inside the scroll area.
        self.tabs.setMinimumHeight(0 if pair else self.fontMetrics().lineSpacing() * 14)
        # Stacked under the rest (200% text), the card keeps only the essentials in view; its
        # other lines lead the part that scrolls.
        moved = self.card.secondary.parentWidget() is self.rest
        if not wide and not moved:
            self._rest_column.insertWidget(0, self.card.release_secondary())
            self.card.secondary.show()
            self.card.fit_height()
        elif wide and moved:
            self._rest_column.removeWidget(self.card.secondary)
            self.card.take_back_secondary()

    def _show(self, *, loaded: bool) -> None:
        self.empty_label.hide()
        self.body.show()
        release(self.tabs.tabBar())
        self.rest_scroll.setVisible(True)
        for widget in (self.timeline_heading, self.timeline):
            widget.setVisible(loaded)
        self._arrange()

    def _hide_messages(self) -> None:
        for banner, label in (
            (self.error_banner, self.error_label),
            (self.warnings_banner, self.warnings_label),
        ):
            label.setText("")
            label.setAccessibleName("")
            banner.hide()

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [self.error_label, self.warnings_label]
        chain += self.card.fields()
        chain.insert(chain.index(self.card.citizen) + 1, self.card.copy_button)
        chain += [self.timeline, self.tabs.tabBar()]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _follow_timeline(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid() or not self.timeline.hasFocus():
            return
        rect = self.timeline.visualRect(current)
        top_left = self.timeline.viewport().mapTo(self.rest, rect.topLeft())
        center_y = top_left.y() + rect.height() // 2
        self.rest_scroll.ensureVisible(top_left.x(), center_y, 0, rect.height() // 2 + 4)

    def _forward_open(self, document: Document) -> None:
        self.open_document_requested.emit(document)
