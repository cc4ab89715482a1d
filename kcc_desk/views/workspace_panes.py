"""The case list above the open case, sized so the answer stays in view.

Not a splitter: the rule is about priorities, not proportions. The list gets room for up to
``LIST_ROWS`` one-line rows (at least six on a 1366 x 768 laptop at 100% text); when the window
is too short for that and the open case's status card together (200% text, a small window), the
list gives way first, down to one row, so the card and the current step never leave the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from kcc_desk.views.case_detail import CaseDetailView
from kcc_desk.views.case_list import CaseListView

LIST_ROWS = 8  # at most this many rows before the list scrolls (when the cases are there)
MIN_LIST_ROWS = 6  # what the list asks for when a case is open and there are that many


class WorkspacePanes(QWidget):
    def __init__(
        self,
        case_list: CaseListView,
        case_detail: CaseDetailView,
        parent: QWidget | None = None,
        *,
        page: QScrollArea | None = None,
    ) -> None:
        """``page``: the window's scroll area, whose visible height is what there is to share
        (this widget's own height follows from what it asks for, so it cannot say)."""
        super().__init__(parent)
        self._page = page
        self.setObjectName("workspacePanes")
        self.case_list = case_list
        self.case_detail = case_detail
        case_list.setParent(self)
        case_detail.setParent(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(case_list, 0)
        layout.addWidget(case_detail, 1)
        case_list.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        # Refit after the event that changed things has been handled (rows in, card filled).
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(0)
        self._refit.timeout.connect(self.fit)
        case_list.table.model().modelReset.connect(self._refit.start)
        case_detail.card.needs_changed.connect(self._refit.start)
        case_list.table.horizontalScrollBar().rangeChanged.connect(self._refit.start)
        if page is not None:
            # The page became scrollable (or stopped being so): share the height again.
            page.verticalScrollBar().rangeChanged.connect(self._refit.start)
        self.fit()

    def schedule_fit(self) -> None:
        self._refit.start()

    def available_height(self) -> int:
        """The height these panes may take without the page scrolling."""
        page = self._page
        content = page.widget() if page is not None else None
        if page is None or content is None:
            return self.height()
        return page.viewport().height() - (content.height() - self.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.schedule_fit()

    def list_height(self, rows: int) -> int:
        view = self.case_list
        heading = view.heading.sizeHint().height()
        view_layout = view.layout()
        spacing = view_layout.spacing() if view_layout is not None else 0
        if view.table.isHidden() or rows == 0:
            empty = view.empty_label.heightForWidth(max(1, self.width()))
            return heading + spacing + max(empty, view.empty_label.sizeHint().height())
        return heading + spacing + view.table.height_for_rows(rows)

    def card_need(self) -> int:
        """Height the open case needs for its card and the current step (0 without a case)."""
        detail = self.case_detail
        if detail.body.isHidden():
            return detail.empty_label.heightForWidth(max(1, self.width()))
        card = detail.card
        # A little to spare, so a rounding in the card's wrapping never makes the page scroll.
        spare = card.fontMetrics().lineSpacing() // 4
        need = max(card.height_for(card.width()), card.minimumHeight()) + spare
        for banner in (detail.error_banner, detail.warnings_banner):
            if not banner.isHidden():
                need += banner.sizeHint().height()
        if not detail.is_wide():
            # Stacked: under the card at least the start of the stepper shows.
            need += detail.fontMetrics().lineSpacing() * 3
        return need

    def fit(self) -> None:
        count = self.case_list.table.model().rowCount()
        wanted = self.list_height(min(count, LIST_ROWS))
        smallest = self.list_height(min(count, 1))
        own_layout = self.layout()
        spacing = own_layout.spacing() if own_layout is not None else 0
        room = self.available_height() - spacing - self.card_need()
        height = max(smallest, min(wanted, room))
        if self.case_list.height() != height or self.case_list.minimumHeight() != height:
            self.case_list.setFixedHeight(height)
