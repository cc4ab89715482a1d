"""The settings dialog's "Bronnen" tab: the list of ZGW sources and the form of the chosen one.

The form edits ``SourceEntry`` objects of the dialog's state in place; errors and connection
test results are kept per source, so choosing another source and back shows them again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kcc_desk.presenters.settings_presenter import SourceEntry, source_key
from kcc_desk.services.config_store import SourceSettings
from kcc_desk.views.announce import announce
from kcc_desk.views.settings_form import Field, ScrollPage, UrlEdit, form_layout, status_label


def _tr(text: str) -> str:
    # The dialog's one translation context, whichever tab module a text is in.
    return QCoreApplication.translate("SettingsDialog", text)


def results_box(parent: QWidget) -> QPlainTextEdit:
    """Where a connection test's outcome is shown, line by line."""
    box = QPlainTextEdit(parent)
    box.setReadOnly(True)
    box.setTabChangesFocus(True)
    lines = box.fontMetrics().lineSpacing()
    box.setMinimumHeight(lines * 3 + 12)
    box.setMaximumHeight(lines * 6 + 12)
    box.setAccessibleName(_tr("Resultaat van de verbindingstest"))
    box.setPlaceholderText(_tr("Nog niet getest."))
    return box


def test_row(button: QPushButton, box: QPlainTextEdit) -> QWidget:
    """The test button with its results beside it (one row less)."""
    row = QWidget()
    line = QHBoxLayout(row)
    line.setContentsMargins(0, 0, 0, 0)
    line.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
    line.addWidget(box, 1, Qt.AlignmentFlag.AlignTop)
    return row


class SourcesTab(QWidget):
    """``entries`` is the dialog state's list of sources (shared, edited in place)."""

    def __init__(
        self,
        entries: list[SourceEntry],
        *,
        secret_hint: str,
        secret_words: Callable[[SourceEntry], str],
        can_test: bool,
    ) -> None:
        super().__init__()
        self.entries = entries
        self.removed: list[str] = []  # names in the file of removed sources (forget their secret)
        self._secret_words = secret_words
        self.errors: dict[int, dict[str, str]] = {}
        self.results: dict[str, list[str]] = {}
        self._loading = False
        content = QWidget()
        self.row = row = QBoxLayout(QBoxLayout.Direction.LeftToRight, content)
        row.setContentsMargins(0, 0, 0, 0)

        left = QVBoxLayout()
        # Made in screen order, with their parent: a screen reader reads children in the order
        # they were made (WCAG 1.3.2); the test button came before the list.
        list_label = QLabel(_tr("&Bronnen"), content)
        self.source_list = QListWidget(content)
        self.source_list.setObjectName("sourceList")
        list_label.setBuddy(self.source_list)
        self.source_list.setAccessibleName(_tr("Bronnen"))
        self.add_button = QPushButton(_tr("Voe&g bron toe"), content)
        self.add_button.setAccessibleName(_tr("Voeg bron toe"))
        self.add_button.setAutoDefault(False)
        self.remove_button = QPushButton(_tr("V&erwijder bron"), content)
        self.remove_button.setAccessibleName(_tr("Verwijder bron"))
        self.remove_button.setAutoDefault(False)
        left.addWidget(list_label)
        left.addWidget(self.source_list)
        left.addWidget(self.add_button)
        left.addWidget(self.remove_button)
        # The connection test acts on the chosen source, like the two buttons above it; here,
        # under the list, it leaves the form short enough for a 768 px screen at 100% text.
        self.test_button = QPushButton(_tr("Test &verbinding"), content)
        self.test_button.setAccessibleName(_tr("Test verbinding"))
        self.test_button.setAutoDefault(False)
        self.test_button.setEnabled(can_test)
        self.results_box = results_box(content)
        left.addWidget(self.test_button)
        left.addWidget(self.results_box)
        # Not stretched to the form's height: at 200% text that made the list taller than the
        # page's view, so it could never be seen whole.
        left.addStretch(1)
        row.addLayout(left)

        self.form_widget = QWidget()
        form = form_layout(self.form_widget)
        self.name_edit = QLineEdit()
        self.zaken_edit = UrlEdit()
        self.catalogi_edit = UrlEdit()
        self.documenten_edit = UrlEdit()
        self.client_id_edit = QLineEdit()
        self.timeout_spin = QDoubleSpinBox()
        self.timeout_spin.setRange(0.5, 120.0)
        self.timeout_spin.setDecimals(1)
        self.timeout_spin.setSuffix(" s")
        self.secret_edit = QLineEdit()
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        # Not remembered by input methods or the clipboard.
        self.secret_edit.setInputMethodHints(
            Qt.InputMethodHint.ImhHiddenText
            | Qt.InputMethodHint.ImhSensitiveData
            | Qt.InputMethodHint.ImhNoPredictiveText
        )
        url_hint = _tr("Het adres eindigt meestal op /api/v1/.")
        self.fields: dict[str, Field] = {
            "name": Field(form, _tr("&Naam"), self.name_edit),
            "zaken_api": Field(form, _tr("&Zaken API"), self.zaken_edit, url_hint),
            "catalogi_api": Field(form, _tr("&Catalogi API"), self.catalogi_edit),
            "documenten_api": Field(
                form, _tr("&Documenten API"), self.documenten_edit, _tr("Mag leeg blijven.")
            ),
            "client_id": Field(form, _tr("Client-&id"), self.client_id_edit),
            "timeout_s": Field(form, _tr("W&achttijd (seconden)"), self.timeout_spin),
            "secret": Field(form, _tr("&Sleutel (client secret)"), self.secret_edit, secret_hint),
        }
        self.secret_status = status_label(self.form_widget)
        self.secret_status.setObjectName("secretStatus")
        form.addRow("", self.secret_status)
        row.addWidget(self.form_widget, 1)
        # One page for list and form: at 200% text the whole tab scrolls, nothing is squeezed.
        self.page = ScrollPage(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.page)

        self.source_list.currentRowChanged.connect(self.show_source)
        self.add_button.clicked.connect(self.add_source)
        self.remove_button.clicked.connect(self.remove_source)
        for edit in (
            self.name_edit,
            self.zaken_edit,
            self.catalogi_edit,
            self.documenten_edit,
            self.client_id_edit,
            self.secret_edit,
        ):
            edit.textEdited.connect(self.take_edits)
        self.timeout_spin.valueChanged.connect(self.take_edits)

    def set_stacked(self, stacked: bool) -> None:
        """The list above the form when the dialog is too narrow for both side by side (200%
        text): the page then scrolls down only, never sideways (WCAG 1.4.10)."""
        self.row.setDirection(
            QBoxLayout.Direction.TopToBottom if stacked else QBoxLayout.Direction.LeftToRight
        )

    def set_read_only(self, reason: str) -> None:
        """Training mode: every value shown, nothing changeable, and the reason said first."""
        for field in self.fields.values():
            field.set_read_only(True)
        self.fields["secret"].box.setVisible(False)
        self.fields["secret"].label.setVisible(False)
        for button in (self.add_button, self.remove_button):
            button.setVisible(False)
        self.test_button.setVisible(False)
        self.results_box.setVisible(False)
        self.source_list.setAccessibleDescription(reason)

    # -- filling and choosing ---------------------------------------------------------------------

    def fill(self) -> None:
        self.source_list.clear()
        for entry in self.entries:
            self.source_list.addItem(QListWidgetItem(entry.settings.name))
        if self.entries:
            self.source_list.setCurrentRow(0)
        else:
            self.show_source(-1)
        self.fit_list()

    def fit_list(self) -> None:
        """As wide as the longest name: at 200% text "Tweede leverancier (o" had to be scrolled
        sideways to be read (WCAG 1.4.10)."""
        view = self.source_list
        names = max(view.sizeHintForColumn(0), 0)
        bar = view.verticalScrollBar().sizeHint().width()
        view.setMinimumWidth(names + 2 * view.frameWidth() + bar + 4)

    def current_entry(self) -> SourceEntry | None:
        index = self.source_list.currentRow()
        return self.entries[index] if 0 <= index < len(self.entries) else None

    def show_source(self, index: int) -> None:
        entry = self.entries[index] if 0 <= index < len(self.entries) else None
        self.form_widget.setEnabled(entry is not None)
        self.remove_button.setEnabled(entry is not None)
        self._loading = True
        try:
            settings = entry.settings if entry else SourceSettings("", "", "")
            self.name_edit.setText(settings.name)
            self.zaken_edit.setText(settings.zaken_api)
            self.catalogi_edit.setText(settings.catalogi_api)
            self.documenten_edit.setText(settings.documenten_api)
            self.client_id_edit.setText(settings.client_id)
            self.timeout_spin.setValue(settings.timeout_s)
            self.secret_edit.setText(entry.new_secret if entry else "")
            self.secret_status.setText(self._secret_words(entry) if entry else "")
        finally:
            self._loading = False
        errors = self.errors.get(index, {})
        for key, field in self.fields.items():
            field.set_error(errors.get(key))
        lines = self.results.get(source_key(settings.name.strip()), [])
        self.results_box.setPlainText("\n".join(lines))

    def take_edits(self, *_args: Any) -> None:
        entry = self.current_entry()
        if entry is None or self._loading:
            return
        entry.settings = replace(
            entry.settings,
            name=self.name_edit.text(),
            zaken_api=self.zaken_edit.text().strip(),
            catalogi_api=self.catalogi_edit.text().strip(),
            documenten_api=self.documenten_edit.text().strip(),
            client_id=self.client_id_edit.text().strip(),
            timeout_s=float(self.timeout_spin.value()),
        )
        entry.new_secret = self.secret_edit.text()
        item = self.source_list.currentItem()
        if item is not None:
            item.setText(entry.settings.name or _tr("(zonder naam)"))
            self.fit_list()

    # -- adding and removing ----------------------------------------------------------------------

    def add_source(self) -> None:
        existing = {e.settings.name for e in self.entries}
        name, counter = _tr("Nieuwe bron"), 2
        while name in existing:
            name = _tr("Nieuwe bron {number}").format(number=counter)
            counter += 1
        self.entries.append(
            SourceEntry(SourceSettings(name, "", "", "", "kcc-desk"), original_name=None)
        )
        self.source_list.addItem(QListWidgetItem(name))
        self.source_list.setCurrentRow(len(self.entries) - 1)
        self.fit_list()
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.name_edit.selectAll()
        announce(self, _tr("Nieuwe bron toegevoegd. Vul de naam in."))

    def remove_source(self) -> None:
        index = self.source_list.currentRow()
        entry = self.current_entry()
        if entry is None:
            return
        if entry.original_name:
            self.removed.append(entry.original_name)
        del self.entries[index]
        self.errors = {(i if i < index else i - 1): e for i, e in self.errors.items() if i != index}
        self.source_list.takeItem(index)
        announce(self, _tr("Bron {0} verwijderd.").format(entry.settings.name))
        if self.entries:
            row = min(index, len(self.entries) - 1)
            self.source_list.setCurrentRow(row)
            # takeItem() of the current row reports row -1 and then does not report the row
            # that becomes current: without this the form stayed empty and disabled.
            self.show_source(row)
            self.source_list.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.show_source(-1)
            self.add_button.setFocus(Qt.FocusReason.OtherFocusReason)
