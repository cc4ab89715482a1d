"""The case's documents as a table model: title, kind, date, confidentiality. QtCore only.

A document the agent may not open says so in its title cell, in words, with the reason ("Niet te
openen. Vertrouwelijk document: ..."), so sighted and screen reader users learn it on the row
itself. Not a separate column: a fifth column pushed the table past the width of the detail pane
(and into sideways scrolling) at normal text size.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from kcc_desk.formatting import format_confidentiality, format_date, format_file_size
from kcc_desk.i18n import translated
from kcc_desk.presenters.timeline_model import ui_language
from kcc_desk.services.models import Document, confidentiality_rank

log = logging.getLogger(__name__)

_Index = QModelIndex | QPersistentModelIndex

DOCUMENT_ROLE = Qt.ItemDataRole.UserRole + 1  # the Document of the row (any column)
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # a value that sorts correctly (ISO date, rank, ...)


class Column(IntEnum):
    TITLE = 0
    KIND = 1
    DATE = 2
    CONFIDENTIALITY = 3


class DocumentsTableModel(QAbstractTableModel):
    """Rows in the order given (the presenter decides it); replace them with ``set_documents``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._docs: list[Document] = []

    # --- content -------------------------------------------------------------------------------

    def set_documents(self, documents: Sequence[Document]) -> None:
        self.beginResetModel()
        self._docs = list(documents)
        self.endResetModel()
        log.debug(
            "documents set: %d rows, %d may be opened",
            len(self._docs),
            sum(d.may_open for d in self._docs),
        )

    def clear(self) -> None:
        self.set_documents(())

    def document_at(self, row: int) -> Document | None:
        return self._docs[row] if 0 <= row < len(self._docs) else None

    def closed_text(self, doc: Document) -> str:
        """Why ``doc`` cannot be opened, in words ('' when it can)."""
        if doc.may_open:
            return ""
        reason = (
            translated(doc.reason_closed)
            if doc.reason_closed is not None
            else self.tr("Dit mag niet voor dit document.")
        )
        return self.tr("Niet te openen. {reason}").format(reason=reason)

    # --- Qt model API --------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._docs)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(Column)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = {
            Column.TITLE: self.tr("Titel"),
            Column.KIND: self.tr("Soort"),
            Column.DATE: self.tr("Datum"),
            Column.CONFIDENTIALITY: self.tr("Vertrouwelijkheid"),
        }
        try:
            return headers[Column(section)]
        except ValueError:
            return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._docs):
            return None
        try:
            column = Column(index.column())
        except ValueError:
            return None
        doc = self._docs[index.row()]
        if role == DOCUMENT_ROLE:
            return doc
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(doc, column)
        if role == SORT_ROLE:
            return self._sort_value(doc, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.TITLE:
            size = format_file_size(doc.bestandsomvang, ui_language())
            return f"{doc.bestandsnaam} ({size})" if doc.bestandsnaam else None
        return None

    def _display(self, doc: Document, column: Column) -> str:
        lang = ui_language()
        if column == Column.TITLE:
            title = doc.titel or doc.bestandsnaam or self.tr("(zonder titel)")
            closed = self.closed_text(doc)
            return f"{title}\n{closed}" if closed else title
        if column == Column.KIND:
            kind = doc.informatieobjecttype.strip()
            # An unresolved informatieobjecttype URL means nothing to an agent or a caller.
            if not kind or kind.startswith(("http://", "https://")):
                return self.tr("Onbekend")
            return kind
        if column == Column.DATE:
            return format_date(doc.creatiedatum, lang) if doc.creatiedatum else self.tr("Onbekend")
        if column == Column.CONFIDENTIALITY:
            return format_confidentiality(doc.vertrouwelijkheidaanduiding, lang)
        return ""

    def _sort_value(self, doc: Document, column: Column) -> Any:
        if column == Column.DATE:
            return doc.creatiedatum.isoformat() if doc.creatiedatum else ""
        if column == Column.CONFIDENTIALITY:
            return confidentiality_rank(doc.vertrouwelijkheidaanduiding)
        if column == Column.TITLE:
            return (doc.titel or doc.bestandsnaam).casefold()
        return self._display(doc, column).casefold()
