"""One field for what the caller says: a BSN, a KVK number or a case number.

The kind of number is recognised while typing and said in words; an invalid BSN gets an inline
message in text (not colour alone) and no request is sent. Enter searches.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)


class SearchBar(QWidget):
    search_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchBar")
        self.label = QLabel(self.tr("&Zoek beller of zaak"), self)
        self.input = QLineEdit(self)
        self.input.setObjectName("searchInput")
        self.input.setAccessibleName(self.tr("Zoek beller of zaak"))
        self.input.setAccessibleDescription(
            self.tr(
                "Typ wat de beller noemt: BSN, KVK-nummer, zaaknummer, naam en geboortedatum, "
                "postcode en huisnummer, telefoonnummer of e-mailadres. Druk dan op Enter."
            )
        )
        self.input.setPlaceholderText(
            self.tr("Bijvoorbeeld 999993653, ZAAK-2026-0001234, de Vries 12-3-1980 of 06 12345678")
        )
        self.input.setMaxLength(60)
        self.label.setBuddy(self.input)
        self.button = QPushButton(self.tr("Zoeken"), self)
        self.button.setProperty("variant", "primary")
        self.button.setAccessibleName(self.tr("Zoeken"))
        self.kind_label = QLabel(self)
        self.kind_label.setObjectName("searchKind")
        self.error_label = QLabel(self)
        self.error_label.setObjectName("searchError")
        self.error_label.setProperty("alert", "error")
        self.error_label.setWordWrap(True)
        self.error_label.setVisible(False)

        # One row (label, field, button, what was recognised): the search area took the top
        # quarter of a laptop screen when each had a line of its own.
        row = QHBoxLayout()
        row.addWidget(self.label)
        row.addWidget(self.input, 1)
        row.addWidget(self.button)
        row.addWidget(self.kind_label)
        # Where the label and the recognised kind go when the row is too narrow for them and
        # a usable field (200% text): a line of their own above (views.search_row).
        self.top_row = QHBoxLayout()
        self.row = row
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.top_row)
        layout.addLayout(row)
        layout.addWidget(self.error_label)

        self._hinter: Callable[[str], str] | None = None
        self.input.textChanged.connect(self._on_text_changed)
        self.input.returnPressed.connect(self._request)
        self.button.clicked.connect(self._request)
        self._on_text_changed("")

    def add_clear_button(self) -> None:
        """The field's clear button. Added once the window is complete, not with the start-up
        shell: it brings QAction and icon machinery (~3 ms) the first frame does not need."""
        self.input.setClearButtonEnabled(True)
        # Qt's clear button has no name: a screen reader would list a nameless button.
        for clear_button in self.input.findChildren(QToolButton):
            clear_button.setAccessibleName(self.tr("Maak zoekveld leeg"))

    def focus_input(self) -> None:
        # setFocus() without a reason on purpose: naming any Qt.* enum builds all of PySide6's
        # Qt namespace (~30 ms), and this runs in the start-up shell (see views.main_window).
        self.input.setFocus()
        self.input.selectAll()

    def show_error(self, message: str) -> None:
        self.error_label.setText(self.tr("Let op: {message}").format(message=message))
        self.error_label.setVisible(True)
        self.input.setAccessibleDescription(message)

    def clear_error(self) -> None:
        self.error_label.clear()
        self.error_label.setVisible(False)
        self.input.setAccessibleDescription(
            self.tr(
                "Typ wat de beller noemt: BSN, KVK-nummer, zaaknummer, naam en geboortedatum, "
                "postcode en huisnummer, telefoonnummer of e-mailadres. Druk dan op Enter."
            )
        )

    def clear(self) -> None:
        self.input.clear()
        self.clear_error()

    def _request(self) -> None:
        self.clear_error()
        self.search_requested.emit(self.input.text())

    def set_hinter(self, hinter: Callable[[str], str]) -> None:
        """What to say about the text while it is typed (presenters.search_hint.kind_hint)."""
        self._hinter = hinter
        self._on_text_changed(self.input.text())

    def _on_text_changed(self, text: str) -> None:
        hint = self._hinter(text) if self._hinter is not None else ""
        self.kind_label.setText(hint or " ")
        if self.error_label.isVisible():
            self.clear_error()
