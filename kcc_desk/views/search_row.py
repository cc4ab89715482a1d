"""The search bar's row, kept usable at any width and text size.

One row (label, field, button, recognised kind) saves a laptop screen's height; when that row
would leave the field too narrow to read a number in (200% text, a 1024 px window) the label and
the recognised kind move to a line of their own above it. Installed once the window is complete
(the start-up shell overrides no event handler, see views.main_window).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject

from kcc_desk.views.search_bar import SearchBar

FIELD_CHARS = 24  # room for "ZAAK-2026-0001234" or "BZ 2026/1011" and a clear button


class SearchRowFitter(QObject):
    def __init__(self, bar: SearchBar) -> None:
        super().__init__(bar)
        self._bar = bar
        self._state = ""
        bar.installEventFilter(self)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.fit()
        return False

    def needed_width(self, *, kind: bool = True) -> int:
        bar = self._bar
        spacing = max(0, bar.row.spacing()) * 3
        field = bar.input.fontMetrics().averageCharWidth() * FIELD_CHARS
        width = bar.label.sizeHint().width() + field + bar.button.sizeHint().width() + spacing
        return width + (bar.kind_label.sizeHint().width() if kind else 0)

    def fit(self) -> None:
        """Full row; else the row without the "Herkend als" hint (searching works without
        it); else label and hint on a line above the field."""
        bar = self._bar
        width = bar.width()
        if width >= self.needed_width():
            state = "row"
        elif width >= self.needed_width(kind=False):
            state = "no-kind"
        else:
            state = "stacked"
        if state == self._state:
            return
        self._state = state
        for layout in (bar.row, bar.top_row):
            layout.removeWidget(bar.label)
            layout.removeWidget(bar.kind_label)
        while bar.top_row.count():
            bar.top_row.takeAt(0)  # the stretch
        if state == "stacked":
            bar.top_row.addWidget(bar.label)
            bar.top_row.addStretch(1)
            bar.top_row.addWidget(bar.kind_label)
        else:
            bar.row.insertWidget(0, bar.label)
            bar.row.addWidget(bar.kind_label)
        bar.kind_label.setVisible(state != "no-kind")
