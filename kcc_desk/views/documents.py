"""The case's documents: a keyboard-first table with a 'Document openen' action.

Enter on a row (or the button, or a double-click) asks to open the document; the presenter
downloads it to a temporary file and opens the system viewer. Only documents with ``may_open``
can be opened: for the others the button is disabled and the row and the line under the table
say why, in words.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from kcc_desk.presenters.documents_model import Column, DocumentsTableModel
from kcc_desk.services.models import Document
from kcc_desk.views.announce import announce
from kcc_desk.views.row_table import RowTable

log = logging.getLogger(__name__)


class _WrapDelegate(QStyledItemDelegate):
    """Measures wrapped cells a little narrower than the column.

    With a style sheet, Qt wraps text for the size hint at the full column width but paints it
    inside the QSS padding, so a title that "just fits" on one line is painted elided ("…") in
    a one-line row. Measuring with ``slack`` pixels less (the cell padding) avoids that.
    """

    slack = 0

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        narrower = QStyleOptionViewItem(option)
        rect: QRect = narrower.rect
        if rect.width() > self.slack:
            narrower.rect = rect.adjusted(0, 0, -self.slack, 0)
        return super().sizeHint(narrower, index)


class DocumentsTable(RowTable):
    """A row table that grows to show all its rows: it sits in the detail pane's scroll area,
    one scroll bar is enough."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Stretched columns get their final width only after the header's own layout pass, so
        # row heights are measured again once events settle (coalesced into one pass).
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self.fit_height)
        self._delegate = _WrapDelegate(self)
        self.setItemDelegate(self._delegate)

    def schedule_fit(self) -> None:
        self._fit_timer.start()

    def moveCursor(
        self, cursorAction: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        # Rows are what the agent picks, so Home/End go to the first/last document (as in a
        # list); Left/Right still walk the cells so a screen reader reads each with its header.
        model = self.model()
        current = self.currentIndex()
        if model is not None and model.rowCount() > 0:
            column = max(0, current.column())
            if cursorAction == QAbstractItemView.CursorAction.MoveHome:
                return model.index(0, column)
            if cursorAction == QAbstractItemView.CursorAction.MoveEnd:
                return model.index(model.rowCount() - 1, column)
        return super().moveCursor(cursorAction, modifiers)

    def fit_height(self) -> None:
        self._layout_columns()
        self.resizeRowsToContents()
        height = 2 * self.frameWidth() + self.verticalHeader().length()
        if self.horizontalHeader().isVisible():
            height += self.horizontalHeader().height()
        if self.horizontalScrollBar().isVisible():
            height += self.horizontalScrollBar().height()
        if self.minimumHeight() != height or self.maximumHeight() != height:
            self.setFixedHeight(height)

    def _layout_columns(self) -> None:
        """Short columns (kind, date, confidentiality) fit their content; the title takes the
        rest and wraps. No column gets narrower than its longest word, so text is never cut off
        at 200% in a narrow pane; the table scrolls sideways instead (data tables are exempt
        from WCAG 1.4.10 reflow, cut-off text is not)."""
        model = self.model()
        header = self.horizontalHeader()
        if model is None or model.columnCount() == 0:
            return
        metrics = self.fontMetrics()
        rows = range(model.rowCount())
        # The style's cell padding (theme QSS included): a one-line column's hint minus its text.
        date_texts = [str(model.index(r, Column.DATE).data() or "") for r in rows]
        padding = metrics.height()
        if date_texts:
            widest = max(metrics.horizontalAdvance(t) for t in date_texts)
            padding = max(padding, self.sizeHintForColumn(Column.DATE) - widest)
        self._delegate.slack = padding
        widths: dict[int, int] = {}
        for column in range(model.columnCount()):
            header_width = header.sectionSizeFromContents(column).width()
            if column == Column.TITLE:
                words = [
                    metrics.horizontalAdvance(word)
                    for r in rows
                    for word in str(model.index(r, column).data() or "").split()
                ]
                widths[column] = max([header_width, *(w + padding for w in words)])
            else:
                widths[column] = max(header_width, self.sizeHintForColumn(column))
        spare = self.viewport().width() - sum(widths.values())
        if spare > 0:
            widths[Column.TITLE] += spare
        for column, width in widths.items():
            if header.sectionSize(column) != width:
                header.resizeSection(column, width)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit_height()  # wrapped titles change the row heights
            self.schedule_fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.fit_height()


class DocumentsView(QWidget):
    """``set_documents(docs)``, ``clear()``; emits ``open_requested(Document)``."""

    open_requested = Signal(object)  # Document

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documents")
        self.model = DocumentsTableModel(self)

        self.table = DocumentsTable(self)
        self.table.setObjectName("documentsTable")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Documenten"))
        self.table.setAccessibleDescription(
            self.tr("Kies met de pijltjestoetsen. Druk op Enter om het document te openen.")
        )
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        header = self.table.horizontalHeader()
        # Column widths are set by DocumentsTable._layout_columns (fit content, share the rest).
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setStretchLastSection(False)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.sectionResized.connect(lambda *_: self.table.schedule_fit())

        self.open_button = QPushButton(self.tr("Open document"), self)
        self.open_button.setObjectName("openDocument")
        self.open_button.setProperty("variant", "secondary")
        self.open_button.setAccessibleName(self.tr("Open document"))
        self.open_button.clicked.connect(self._open_current)

        self.reason_label = QLabel("", self)
        self.reason_label.setObjectName("documentClosedReason")
        self.reason_label.setWordWrap(True)
        self.reason_label.setTextFormat(Qt.TextFormat.PlainText)

        self.empty_label = QLabel(self.tr("Bij deze zaak zijn geen documenten."), self)
        self.empty_label.setObjectName("documentsEmpty")
        self.empty_label.setWordWrap(True)

        self.table.enter_pressed.connect(self._request)
        self.table.doubleClicked.connect(self._request)

        actions = QHBoxLayout()
        actions.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignTop)
        actions.addWidget(self.reason_label, 1, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table)
        layout.addLayout(actions)
        layout.addStretch(1)
        self.setTabOrder(self.table, self.open_button)
        self.clear()

    # --- public API ----------------------------------------------------------------------------

    def set_documents(self, documents: Sequence[Document]) -> None:
        self.model.set_documents(documents)
        has_rows = self.model.rowCount() > 0
        self.empty_label.setVisible(not has_rows)
        self.table.setVisible(has_rows)
        self.open_button.setVisible(has_rows)
        self.reason_label.setVisible(has_rows)
        # The model reset replaced the selection model's contents; reconnect is not needed, but
        # the first row becomes current so Tab into the table lands on a document.
        selection = self.table.selectionModel()
        selection.currentRowChanged.connect(self._update_action, Qt.ConnectionType.UniqueConnection)
        if has_rows:
            self.table.setCurrentIndex(self.model.index(0, 0))
        self.table.fit_height()
        self.table.schedule_fit()
        self._update_action()

    def clear(self) -> None:
        self.set_documents(())

    def current_document(self) -> Document | None:
        index = self.table.currentIndex()
        return self.model.document_at(index.row()) if index.isValid() else None

    # --- internals -----------------------------------------------------------------------------

    def _update_action(self, *_: object) -> None:
        doc = self.current_document()
        self.open_button.setEnabled(bool(doc and doc.may_open))
        if doc is None:
            self.open_button.setAccessibleDescription("")
            self.reason_label.setText("")
        elif doc.may_open:
            self.open_button.setAccessibleDescription(doc.titel)
            self.reason_label.setText("")
        else:
            self.open_button.setAccessibleDescription("")
            self.reason_label.setText(self._closed_text(doc))

    def _closed_text(self, doc: Document) -> str:
        return self.model.closed_text(doc)

    def _open_current(self) -> None:
        self._request(self.table.currentIndex())

    def _request(self, index: QModelIndex) -> None:
        doc = self.model.document_at(index.row()) if index.isValid() else None
        if doc is None:
            return
        if not doc.may_open:
            # Say why instead of doing nothing silently.
            announce(self.table, self._closed_text(doc))
            return
        log.info("document open requested")
        self.open_requested.emit(doc)
