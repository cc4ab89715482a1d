"""F1: every shortcut, generated from the action registry."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kcc_desk.views.documents import _WrapDelegate


class ShortcutsDialog(QDialog):
    def __init__(self, rows: list[tuple[str, str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sneltoetsen"))
        self.setObjectName("shortcutsDialog")
        intro = QLabel(
            self.tr("Alles in kcc-desk werkt met het toetsenbord. Dit zijn de sneltoetsen.")
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(rows), 3, self)
        self.table.setObjectName("shortcutsTable")
        self.table.setAccessibleName(self.tr("Sneltoetsen"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Toetsen"), self.tr("Wat"), self.tr("Uitleg")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        # Rows measured at the full column width but painted inside the theme's cell padding
        # lost their last words to "…" at 200% ("waar u oo…"): measure a little narrower.
        delegate = _WrapDelegate(self.table)
        delegate.slack = self.fontMetrics().height()
        self.table.setItemDelegate(delegate)
        for row, (keys, what, explanation) in enumerate(rows):
            for column, text in enumerate((keys, what, explanation)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        # "Wat" and "Uitleg" share the rest and wrap; rows follow their text. At 200% a
        # content-wide "Wat" pushed "Uitleg" out of view and rows measured once stayed huge.
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        # Sized in text lines, so 200% text gets a larger window (up to 90% of the screen).
        em = self.fontMetrics().height()
        available = self.screen().availableGeometry()
        self.resize(
            min(em * 46, available.width() * 9 // 10), min(em * 31, available.height() * 9 // 10)
        )
        self.table.setFocus()
