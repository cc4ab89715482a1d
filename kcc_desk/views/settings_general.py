"""The settings dialog's "Algemeen" tab: who the agent is, the idle lock, language, house style,
text size and the municipality's own certificates."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kcc_desk.services.config_store import GeneralSettings
from kcc_desk.theme.scale import SCALES, clamp_scale
from kcc_desk.views.accessible_kinds import LabelledComboBox
from kcc_desk.views.settings_form import Field, ScrollPage, form_layout

# Each language by its own name (a user who cannot read the current one still finds theirs);
# the third choice, "follow the system", is translated.


def _tr(text: str) -> str:
    # The dialog's one translation context, whichever tab module a text is in.
    return QCoreApplication.translate("SettingsDialog", text)


LANGUAGE_CHOICES = (("Nederlands", "nl"), ("English", "en"))
SYSTEM_LANGUAGE = "systeem"


class GeneralTab(QWidget):
    def __init__(self) -> None:
        super().__init__()
        content = QWidget()
        form = form_layout(content)
        self.agent_edit = QLineEdit(content)
        self.idle_spin = QSpinBox(content)
        self.idle_spin.setRange(1, 240)
        self.idle_spin.setSuffix(_tr(" min"))
        self.language_combo = LabelledComboBox(content)  # a new choice is heard
        for text, code in LANGUAGE_CHOICES:
            self.language_combo.addItem(text, code)
        self.language_combo.addItem(_tr("Taal van het systeem"), SYSTEM_LANGUAGE)
        self.theme_combo = QComboBox(content)
        self.theme_combo.setEditable(True)
        self.scale_combo = LabelledComboBox(content)
        for scale in SCALES:
            self.scale_combo.addItem(f"{round(scale * 100)}%", scale)
        self.ca_edit = QLineEdit(content)
        self.ca_browse = QPushButton(_tr("&Bladeren…"), content)
        # The name starts with the visible text, so "klik Bladeren" works for speech users.
        self.ca_browse.setAccessibleName(_tr("Bladeren: kies CA-bestand"))
        self.ca_browse.setAutoDefault(False)
        # No text of its own: the form's label is its name (one visible label, WCAG 2.5.3).
        self.notifications_check = QCheckBox(content)
        self.fields = {
            "agent_id": Field(
                form,
                _tr("&Medewerker-id"),
                self.agent_edit,
                _tr("Gaat mee in elk verzoek aan de bronnen. Leeg: uw inlognaam."),
            ),
            "idle_lock_minutes": Field(form, _tr("&Vergrendelen na (minuten)"), self.idle_spin),
            "language": Field(form, _tr("T&aal"), self.language_combo),
            "theme": Field(
                form,
                _tr("T&hema"),
                self.theme_combo,
                _tr("Naam van een thema of pad naar een tokens-bestand."),
            ),
            "text_scale": Field(
                form,
                _tr("Te&kstgrootte"),
                self.scale_combo,
                _tr("Ook met Ctrl+= en Ctrl+-."),
            ),
            "ca_bundle": Field(
                form,
                _tr("&CA-bestand (PEM)"),
                self.ca_edit,
                _tr("Alleen nodig als de gemeente eigen certificaten gebruikt."),
            ),
            "notifications": Field(
                form,
                _tr("Meldi&ngen van gevolgde zaken"),
                self.notifications_check,
                _tr("Een melding op het bureaublad als een zaak die u volgt verandert."),
            ),
        }
        form.addRow("", self.ca_browse)
        self.page = ScrollPage(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.page)
        self.ca_browse.clicked.connect(self._browse_ca)

    def fix_tab_order(self) -> None:
        """Created before the fields, the button was the tab's first Tab stop; it sits under the
        CA field on screen, so it comes right after it (WCAG 2.4.3). Called once the page is in
        the dialog: moving it there rebuilds its part of the focus chain."""
        QWidget.setTabOrder(self.ca_edit, self.ca_browse)

    def set_training(self) -> None:
        """Training mode: who the agent is and the certificates are fixed; the rest is to try."""
        self.fields["agent_id"].set_read_only(True)
        self.fields["ca_bundle"].set_read_only(True)
        self.ca_browse.setVisible(False)

    def fill(self, general: GeneralSettings, theme_names: Sequence[str], text_scale: float) -> None:
        self.agent_edit.setText(general.agent_id or "")
        self.idle_spin.setValue(general.idle_lock_minutes)
        index = self.language_combo.findData(general.language)
        self.language_combo.setCurrentIndex(max(index, 0))
        names = list(theme_names)
        if general.theme and general.theme not in names:
            names.append(general.theme)
        self.theme_combo.clear()
        self.theme_combo.addItem(_tr("(standaard)"), "")
        for name in names:
            self.theme_combo.addItem(name, name)
        theme_index = self.theme_combo.findData(general.theme or "")
        self.theme_combo.setCurrentIndex(max(theme_index, 0))
        self.scale_combo.setCurrentIndex(max(self.scale_combo.findData(clamp_scale(text_scale)), 0))
        self.ca_edit.setText(general.ca_bundle or "")
        self.notifications_check.setChecked(general.notifications)

    def collect(self) -> GeneralSettings:
        theme = self.theme_combo.currentText().strip()
        index = self.theme_combo.currentIndex()
        if index >= 0 and theme == self.theme_combo.itemText(index):
            theme = str(self.theme_combo.currentData() or "")
        return GeneralSettings(
            agent_id=self.agent_edit.text().strip() or None,
            idle_lock_minutes=self.idle_spin.value(),
            language=self.language_combo.currentData() or "nl",
            theme=theme or None,
            ca_bundle=self.ca_edit.text().strip() or None,
            notifications=self.notifications_check.isChecked(),
        )

    def text_scale(self) -> float:
        return float(self.scale_combo.currentData() or 1.0)

    def _browse_ca(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            _tr("CA-bestand kiezen"),
            self.ca_edit.text(),
            _tr("Certificaten (*.pem *.crt);;Alle bestanden (*)"),
        )
        if path:
            self.ca_edit.setText(path)
        self.ca_edit.setFocus(Qt.FocusReason.OtherFocusReason)
