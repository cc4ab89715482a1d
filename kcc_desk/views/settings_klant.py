"""The settings dialog's "Klantinteracties" tab: where contacts and referrals are logged."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout, QWidget

from kcc_desk.views.settings_form import Field, ScrollPage, UrlEdit, form_layout, status_label
from kcc_desk.views.settings_sources import results_box, test_row


def _tr(text: str) -> str:
    # The dialog's one translation context, whichever tab module a text is in.
    return QCoreApplication.translate("SettingsDialog", text)


class KlantTab(QWidget):
    def __init__(self, *, secret_hint: str, can_test: bool) -> None:
        super().__init__()
        content = QWidget()
        form = form_layout(content)
        self.url_edit = UrlEdit(content)
        self.token_edit = QLineEdit(content)
        self.token_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.token_edit.setInputMethodHints(
            Qt.InputMethodHint.ImhHiddenText | Qt.InputMethodHint.ImhSensitiveData
        )
        self.fields = {
            "url": Field(
                form,
                _tr("&Klantinteracties-adres"),
                self.url_edit,
                _tr("Leeg laten als contacten niet worden vastgelegd."),
            ),
            "token": Field(form, _tr("T&oken"), self.token_edit, secret_hint),
        }
        self.token_status = status_label(content)
        form.addRow("", self.token_status)
        self.test_button = QPushButton(_tr("Test &verbinding"), content)
        self.test_button.setAccessibleName(_tr("Test verbinding met Klantinteracties"))
        self.test_button.setAutoDefault(False)
        self.test_button.setEnabled(can_test)
        self.results_box = results_box(content)
        self.test_row = test_row(self.test_button, self.results_box)
        form.addRow("", self.test_row)
        self.page = ScrollPage(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.page)

    def set_read_only(self) -> None:
        """Training mode: the address shown, not changeable; no token, no test."""
        self.fields["url"].set_read_only(True)
        for widget in (
            self.fields["token"].label,
            self.fields["token"].box,
            self.token_status,
            self.test_row,
        ):
            widget.setVisible(False)
