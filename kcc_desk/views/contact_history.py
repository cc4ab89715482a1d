"""The caller's earlier contacts and open referrals, so the agent sees "already referred
yesterday, not handled yet" before referring again."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListView, QVBoxLayout, QWidget

from kcc_desk.presenters.history_model import HistoryModel
from kcc_desk.views.documents import _WrapDelegate


class ContactHistoryView(QWidget):
    def __init__(self, model: HistoryModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactHistory")
        self.setAccessibleName(self.tr("Eerdere contacten"))
        self._model = model
        self.heading = QLabel(self.tr("E&erdere contacten"), self)
        self.heading.setProperty("heading", "2")
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.list = QListView(self)
        self.list.setObjectName("contactHistoryList")
        self.list.setModel(model)
        self.list.setAccessibleName(self.tr("Eerdere contacten"))
        self.list.setWordWrap(True)
        # Measured a little narrower than the list: the theme's item padding made every entry
        # 6 px wider than the list at 200% text (a sideways scroll bar; off, the last line was
        # cut to "…"). The same fix as the documents table's.
        delegate = _WrapDelegate(self.list)
        delegate.slack = self.list.fontMetrics().height()  # ≥ the theme's item padding, at 200%
        self.list.setItemDelegate(delegate)
        self.list.setUniformItemSizes(False)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.heading.setBuddy(self.list)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        model.modelReset.connect(self._update)
        self._update()
        self._fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit()

    def _fit(self) -> None:
        # Room for a few wrapped entries at any text size (the page scrolls if the window is short).
        self.list.setMinimumHeight(self.list.fontMetrics().lineSpacing() * 5 + 12)

    def _update(self) -> None:
        self.summary.setText(
            self._model.summary() if self._model.rowCount() or self._model.error else ""
        )
        self.list.setAccessibleDescription(self.summary.text())
