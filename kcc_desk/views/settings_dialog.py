"""The settings dialog: sources, Klantinteracties and general settings, keyboard first.

Every field has a visible label with a mnemonic (Alt+letter) as its buddy, an accessible name
equal to that label, and an error in text right under it (not colour alone, WCAG 1.4.1/3.3.1).
Secrets are typed into password fields and go to the OS keyring on OK/Toepassen; the dialog says
where they went, and says so up front when the keyring is not secure. Tabs switch with
Ctrl+Tab / Ctrl+PageDown. The connection test goes through the presenter (no HTTP here).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kcc_desk.i18n import translated
from kcc_desk.presenters.settings_presenter import (
    KLANTINTERACTIES_KEY,
    FieldError,
    SaveResult,
    SettingsPresenter,
    SettingsState,
    SourceEntry,
    source_key,
)
from kcc_desk.services.config_store import GeneralSettings, SecretWhere, SourceSettings
from kcc_desk.services.connection_test import CheckResult, CheckStatus
from kcc_desk.services.keyring_safety import StoredWhere
from kcc_desk.views.announce import announce

# Each language by its own name (a user who cannot read the current one still finds theirs);
# the third choice, "follow the system", is translated (see _build_general_tab).
LANGUAGE_CHOICES = (("Nederlands", "nl"), ("English", "en"))
SYSTEM_LANGUAGE = "systeem"


def _plain(label: str) -> str:
    """The label as a screen reader should say it: without the mnemonic ampersand."""
    return label.replace("&&", "\0").replace("&", "").replace("\0", "&")


class _Field:
    """A labelled input with its error line."""

    def __init__(self, form: QFormLayout, label: str, widget: QWidget, description: str = ""):
        self.widget = widget
        self.label = QLabel(label)
        self.label.setBuddy(widget)
        self.name = _plain(label)
        widget.setAccessibleName(self.name)
        combo_edit = widget.lineEdit() if isinstance(widget, QComboBox) else None
        if combo_edit is not None:
            # An editable combobox's text field is its own accessible object: name it too.
            combo_edit.setAccessibleName(self.name)
        self.description = description
        widget.setAccessibleDescription(description)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setProperty("alert", "error")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(widget)
        if description:
            hint = QLabel(description)
            hint.setObjectName("fieldDescription")
            hint.setWordWrap(True)
            column.addWidget(hint)
        column.addWidget(self.error)
        form.addRow(self.label, box)

    def set_error(self, message: str | None) -> None:
        if message:
            text = QCoreApplication.translate("SettingsDialog", "Fout: {0}").format(message)
            self.error.setText(text)
            self.error.setVisible(True)
            self.widget.setProperty("invalid", True)
            self.widget.setAccessibleDescription(f"{text} {self.description}".strip())
        else:
            self.error.clear()
            self.error.setVisible(False)
            self.widget.setProperty("invalid", False)
            self.widget.setAccessibleDescription(self.description)
        # Re-polish so the theme's [invalid="true"] style applies.
        style = self.widget.style()
        style.unpolish(self.widget)
        style.polish(self.widget)


class SettingsDialog(QDialog):
    def __init__(
        self,
        presenter: SettingsPresenter,
        *,
        theme_names: Sequence[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Instellingen"))
        self.presenter = presenter
        self.state: SettingsState = presenter.load()
        self.removed: list[str] = []
        self.last_save: SaveResult | None = None
        self._source_errors: dict[int, dict[str, str]] = {}
        self._source_results: dict[str, list[str]] = {}
        self._loading = False

        layout = QVBoxLayout(self)
        self.keyring_banner = QLabel(self)
        self.keyring_banner.setObjectName("keyringBanner")
        self.keyring_banner.setProperty("alert", "warning")
        self.keyring_banner.setWordWrap(True)
        self.keyring_banner.setText(self.tr("Let op: {0}").format(self.state.keyring_message))
        self.keyring_banner.setVisible(not self.state.keyring_secure)
        layout.addWidget(self.keyring_banner)

        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Onderdelen van de instellingen"))
        self.tabs.setAccessibleDescription(self.tr("Wissel met Ctrl+Tab."))
        layout.addWidget(self.tabs, 1)
        self._build_sources_tab()
        self._build_klantinteracties_tab()
        self._build_general_tab()

        # Errors that belong to no single field (a file that cannot be written, ...).
        self.save_error = QLabel(self)
        self.save_error.setObjectName("saveError")
        self.save_error.setProperty("alert", "error")
        self.save_error.setWordWrap(True)
        self.save_error.setVisible(False)
        layout.addWidget(self.save_error)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.Apply,
            self,
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("OK"))
        self.ok_button.setDefault(True)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Annuleren"))
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.setText(self.tr("&Toepassen"))
        for button in (self.ok_button, self.cancel_button, self.apply_button):
            button.setAccessibleName(_plain(button.text()))
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        self.apply_button.clicked.connect(self._on_apply)
        layout.addWidget(self.buttons)

        presenter.test_started.connect(self._on_test_started)
        presenter.test_finished.connect(self._on_test_finished)
        presenter.test_failed.connect(self._on_test_failed)

        self._fill_sources()
        self._fill_klantinteracties()
        self._fill_general(theme_names)
        self.resize(760, 620)

    # -- building ---------------------------------------------------------------------------

    def _build_sources_tab(self) -> None:
        page = QWidget()
        row = QHBoxLayout(page)

        left = QVBoxLayout()
        self.source_list = QListWidget(page)
        self.source_list.setObjectName("sourceList")
        list_label = QLabel(self.tr("&Bronnen"), page)
        list_label.setBuddy(self.source_list)
        self.source_list.setAccessibleName(self.tr("Bronnen"))
        self.add_button = QPushButton(self.tr("Voe&g bron toe"), page)
        self.add_button.setAccessibleName(self.tr("Voeg bron toe"))
        self.add_button.setAutoDefault(False)
        self.remove_button = QPushButton(self.tr("V&erwijder bron"), page)
        self.remove_button.setAccessibleName(self.tr("Verwijder bron"))
        self.remove_button.setAutoDefault(False)
        left.addWidget(list_label)
        left.addWidget(self.source_list, 1)
        left.addWidget(self.add_button)
        left.addWidget(self.remove_button)
        row.addLayout(left, 1)

        right = QVBoxLayout()
        self.source_form = QWidget(page)
        form = QFormLayout(self.source_form)
        self.name_edit = QLineEdit()
        self.zaken_edit = QLineEdit()
        self.catalogi_edit = QLineEdit()
        self.documenten_edit = QLineEdit()
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
        url_hint = self.tr("Het adres eindigt meestal op /api/v1/.")
        self.source_fields: dict[str, _Field] = {
            "name": _Field(form, self.tr("&Naam"), self.name_edit),
            "zaken_api": _Field(form, self.tr("&Zaken API"), self.zaken_edit, url_hint),
            "catalogi_api": _Field(form, self.tr("&Catalogi API"), self.catalogi_edit),
            "documenten_api": _Field(
                form, self.tr("&Documenten API"), self.documenten_edit, self.tr("Mag leeg blijven.")
            ),
            "client_id": _Field(form, self.tr("Client-&id"), self.client_id_edit),
            "timeout_s": _Field(form, self.tr("W&achttijd (seconden)"), self.timeout_spin),
            "secret": _Field(
                form,
                self.tr("&Sleutel (client secret)"),
                self.secret_edit,
                self._secret_hint(),
            ),
        }
        self.secret_status = QLabel(self.source_form)
        self.secret_status.setObjectName("secretStatus")
        self.secret_status.setWordWrap(True)
        form.addRow("", self.secret_status)
        self.source_test_button = QPushButton(self.tr("Test &verbinding"), self.source_form)
        self.source_test_button.setAccessibleName(self.tr("Test verbinding"))
        self.source_test_button.setAutoDefault(False)
        self.source_test_button.setEnabled(self.presenter.can_test)
        self.source_results = self._results_box(self.source_form)
        form.addRow("", self.source_test_button)
        form.addRow("", self.source_results)
        right.addWidget(self.source_form)
        row.addLayout(right, 2)
        self.tabs.addTab(page, self.tr("Bronnen"))

        self.source_list.currentRowChanged.connect(self._on_source_selected)
        self.add_button.clicked.connect(self._on_add_source)
        self.remove_button.clicked.connect(self._on_remove_source)
        self.source_test_button.clicked.connect(self._on_test_source)
        for edit in (
            self.name_edit,
            self.zaken_edit,
            self.catalogi_edit,
            self.documenten_edit,
            self.client_id_edit,
            self.secret_edit,
        ):
            edit.textEdited.connect(self._on_source_edited)
        self.timeout_spin.valueChanged.connect(self._on_source_edited)

    def _build_klantinteracties_tab(self) -> None:
        page = QWidget()
        form = QFormLayout(page)
        self.klant_url_edit = QLineEdit(page)
        self.klant_token_edit = QLineEdit(page)
        self.klant_token_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.klant_token_edit.setInputMethodHints(
            Qt.InputMethodHint.ImhHiddenText | Qt.InputMethodHint.ImhSensitiveData
        )
        self.klant_fields = {
            "url": _Field(
                form,
                self.tr("&Klantinteracties-adres"),
                self.klant_url_edit,
                self.tr("Leeg laten als contacten niet worden vastgelegd."),
            ),
            "token": _Field(form, self.tr("T&oken"), self.klant_token_edit, self._secret_hint()),
        }
        self.klant_token_status = QLabel(page)
        self.klant_token_status.setWordWrap(True)
        form.addRow("", self.klant_token_status)
        self.klant_test_button = QPushButton(self.tr("Test &verbinding"), page)
        self.klant_test_button.setAccessibleName(self.tr("Test verbinding met Klantinteracties"))
        self.klant_test_button.setAutoDefault(False)
        self.klant_test_button.setEnabled(self.presenter.can_test_klantinteracties)
        self.klant_results = self._results_box(page)
        form.addRow("", self.klant_test_button)
        form.addRow("", self.klant_results)
        self.tabs.addTab(page, self.tr("Klantinteracties"))
        self.klant_test_button.clicked.connect(self._on_test_klantinteracties)

    def _build_general_tab(self) -> None:
        page = QWidget()
        form = QFormLayout(page)
        self.agent_edit = QLineEdit(page)
        self.idle_spin = QSpinBox(page)
        self.idle_spin.setRange(1, 240)
        self.idle_spin.setSuffix(self.tr(" min"))
        self.language_combo = QComboBox(page)
        for text, code in LANGUAGE_CHOICES:
            self.language_combo.addItem(text, code)
        self.language_combo.addItem(self.tr("Taal van het systeem"), SYSTEM_LANGUAGE)
        self.theme_combo = QComboBox(page)
        self.theme_combo.setEditable(True)
        self.ca_edit = QLineEdit(page)
        self.ca_browse = QPushButton(self.tr("&Bladeren…"), page)
        # The name starts with the visible text, so "klik Bladeren" works for speech users.
        self.ca_browse.setAccessibleName(self.tr("Bladeren: kies CA-bestand"))
        self.ca_browse.setAutoDefault(False)
        self.general_fields = {
            "agent_id": _Field(
                form,
                self.tr("&Medewerker-id"),
                self.agent_edit,
                self.tr("Gaat mee in elk verzoek aan de bronnen. Leeg: uw inlognaam."),
            ),
            "idle_lock_minutes": _Field(
                form, self.tr("&Vergrendelen na (minuten)"), self.idle_spin
            ),
            "language": _Field(form, self.tr("T&aal"), self.language_combo),
            "theme": _Field(
                form,
                self.tr("T&hema"),
                self.theme_combo,
                self.tr("Naam van een thema of pad naar een tokens-bestand."),
            ),
            "ca_bundle": _Field(
                form,
                self.tr("&CA-bestand (PEM)"),
                self.ca_edit,
                self.tr("Alleen nodig als de gemeente eigen certificaten gebruikt."),
            ),
        }
        form.addRow("", self.ca_browse)
        self.tabs.addTab(page, self.tr("Algemeen"))
        # Created before the fields, the button was the tab's first Tab stop; it sits under
        # the CA field on screen, so it comes right after it (WCAG 2.4.3). After addTab:
        # moving the page into the dialog rebuilds its part of the focus chain.
        QWidget.setTabOrder(self.ca_edit, self.ca_browse)
        self.ca_browse.clicked.connect(self._on_browse_ca)

    def _results_box(self, parent: QWidget) -> QPlainTextEdit:
        box = QPlainTextEdit(parent)
        box.setReadOnly(True)
        box.setTabChangesFocus(True)
        box.setMaximumHeight(110)
        box.setAccessibleName(self.tr("Resultaat van de verbindingstest"))
        box.setPlaceholderText(self.tr("Nog niet getest."))
        return box

    def _secret_hint(self) -> str:
        if self.state.keyring_secure:
            return self.tr("Wordt opgeslagen in de sleutelbos. Leeg laten: niets wijzigen.")
        return self.tr(
            "De sleutelbos is niet veilig: wordt alleen voor deze sessie bewaard. "
            "Leeg laten: niets wijzigen."
        )

    # -- filling --------------------------------------------------------------------------------

    def _fill_sources(self) -> None:
        self.source_list.clear()
        for entry in self.state.sources:
            self.source_list.addItem(QListWidgetItem(entry.settings.name))
        if self.state.sources:
            self.source_list.setCurrentRow(0)
        else:
            self._on_source_selected(-1)

    def _fill_klantinteracties(self) -> None:
        self.klant_url_edit.setText(self.state.klantinteracties_url)
        self.klant_token_status.setText(
            self._where_words(self.state.klantinteracties_token_where, token=True)
        )

    def _fill_general(self, theme_names: Sequence[str]) -> None:
        general = self.state.general
        self.agent_edit.setText(general.agent_id or "")
        self.idle_spin.setValue(general.idle_lock_minutes)
        index = self.language_combo.findData(general.language)
        self.language_combo.setCurrentIndex(max(index, 0))
        names = list(theme_names)
        if general.theme and general.theme not in names:
            names.append(general.theme)
        self.theme_combo.addItem(self.tr("(standaard)"), "")
        for name in names:
            self.theme_combo.addItem(name, name)
        theme_index = self.theme_combo.findData(general.theme or "")
        self.theme_combo.setCurrentIndex(max(theme_index, 0))
        self.ca_edit.setText(general.ca_bundle or "")

    def _where_words(self, where: SecretWhere, *, token: bool = False) -> str:
        thing = self.tr("Token") if token else self.tr("Sleutel")
        words = {
            SecretWhere.KEYRING: self.tr("opgeslagen in de sleutelbos"),
            SecretWhere.SESSION: self.tr("alleen voor deze sessie bewaard"),
            SecretWhere.ENV: self.tr("komt uit een omgevingsvariabele"),
            SecretWhere.INLINE_DEMO: self.tr("staat in de configuratie (oefenserver)"),
            SecretWhere.MISSING: self.tr("nog niet ingesteld"),
        }[where]
        return self.tr("{thing}: {words}.").format(thing=thing, words=words)

    # -- sources --------------------------------------------------------------------------------

    def _current_index(self) -> int:
        return self.source_list.currentRow()

    def _current_entry(self) -> SourceEntry | None:
        index = self._current_index()
        return self.state.sources[index] if 0 <= index < len(self.state.sources) else None

    def _on_source_selected(self, index: int) -> None:
        entry = self.state.sources[index] if 0 <= index < len(self.state.sources) else None
        self.source_form.setEnabled(entry is not None)
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
            self.secret_status.setText(self._where_words(entry.secret_where) if entry else "")
        finally:
            self._loading = False
        errors = self._source_errors.get(index, {})
        for key, field in self.source_fields.items():
            field.set_error(errors.get(key))
        lines = self._source_results.get(source_key(settings.name.strip()), [])
        self.source_results.setPlainText("\n".join(lines))

    def _on_source_edited(self, *_args: Any) -> None:
        entry = self._current_entry()
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
            item.setText(entry.settings.name or self.tr("(zonder naam)"))

    def _on_add_source(self) -> None:
        existing = {e.settings.name for e in self.state.sources}
        name, counter = self.tr("Nieuwe bron"), 2
        while name in existing:
            name = self.tr("Nieuwe bron {number}").format(number=counter)
            counter += 1
        self.state.sources.append(
            SourceEntry(SourceSettings(name, "", "", "", "kcc-desk"), original_name=None)
        )
        self.source_list.addItem(QListWidgetItem(name))
        self.source_list.setCurrentRow(len(self.state.sources) - 1)
        self.tabs.setCurrentIndex(0)
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.name_edit.selectAll()
        announce(self, self.tr("Nieuwe bron toegevoegd. Vul de naam in."))

    def _on_remove_source(self) -> None:
        index = self._current_index()
        entry = self._current_entry()
        if entry is None:
            return
        if entry.original_name:
            self.removed.append(entry.original_name)
        del self.state.sources[index]
        self._source_errors = {
            (i if i < index else i - 1): e for i, e in self._source_errors.items() if i != index
        }
        self.source_list.takeItem(index)
        announce(self, self.tr("Bron {0} verwijderd.").format(entry.settings.name))
        if self.state.sources:
            self.source_list.setCurrentRow(min(index, len(self.state.sources) - 1))
            self.source_list.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self._on_source_selected(-1)
            self.add_button.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- connection tests -----------------------------------------------------------------------

    def _on_test_source(self) -> None:
        entry = self._current_entry()
        if entry is None:
            return
        self.presenter.test_source(entry.settings, entry.new_secret)

    def _on_test_klantinteracties(self) -> None:
        url = self.klant_url_edit.text().strip()
        if not url:
            self.klant_fields["url"].set_error(self.tr("Vul eerst het adres in."))
            self.klant_url_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.klant_fields["url"].set_error(None)
        self.presenter.test_klantinteracties(url, self.klant_token_edit.text())

    def _button_and_box(self, key: str) -> tuple[QAbstractButton, QPlainTextEdit] | None:
        if key == KLANTINTERACTIES_KEY:
            return self.klant_test_button, self.klant_results
        entry = self._current_entry()
        if entry is not None and source_key(entry.settings.name.strip()) == key:
            return self.source_test_button, self.source_results
        return None

    def _on_test_started(self, key: str) -> None:
        target = self._button_and_box(key)
        if target is None:
            return
        button, box = target
        button.setEnabled(False)
        box.setPlainText(self.tr("Bezig met testen…"))

    def _on_test_finished(self, key: str, results: list[CheckResult]) -> None:
        status_words = {
            CheckStatus.OK: self.tr("OK"),
            CheckStatus.WARNING: self.tr("LET OP"),
            CheckStatus.ERROR: self.tr("FOUT"),
        }
        lines = [
            self.tr("{status}: {api} – {message}").format(
                status=status_words[r.status], api=r.api, message=translated(r.ui_message)
            )
            for r in results
        ]
        failed = sum(1 for r in results if not r.ok)
        summary = (
            self.tr("Verbinding in orde.")
            if not failed
            else self.tr("{0} van {1} controles mislukt.").format(failed, len(results))
        )
        lines.append(summary)
        self._show_results(key, lines, assertive=bool(failed))

    def _on_test_failed(self, key: str, message: str) -> None:
        self._show_results(key, [self.tr("FOUT: {0}").format(message)], assertive=True)

    def _show_results(self, key: str, lines: list[str], *, assertive: bool) -> None:
        if key != KLANTINTERACTIES_KEY:
            self._source_results[key] = lines
        target = self._button_and_box(key)
        if target is None:
            return
        button, box = target
        button.setEnabled(True)
        box.setPlainText("\n".join(lines))
        announce(self, " ".join(lines[-1:] + lines[:-1]), assertive=assertive)

    # -- general --------------------------------------------------------------------------------

    def _on_browse_ca(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("CA-bestand kiezen"),
            self.ca_edit.text(),
            self.tr("Certificaten (*.pem *.crt);;Alle bestanden (*)"),
        )
        if path:
            self.ca_edit.setText(path)
        self.ca_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- saving ---------------------------------------------------------------------------------

    def collect(self) -> SettingsState:
        """The dialog's current values as a :class:`SettingsState` (also used by tests)."""
        self._on_source_edited()
        theme = self.theme_combo.currentText().strip()
        if self.theme_combo.currentIndex() >= 0 and theme == self.theme_combo.itemText(
            self.theme_combo.currentIndex()
        ):
            theme = str(self.theme_combo.currentData() or "")
        self.state.klantinteracties_url = self.klant_url_edit.text().strip()
        self.state.klantinteracties_token = self.klant_token_edit.text()
        self.state.general = GeneralSettings(
            agent_id=self.agent_edit.text().strip() or None,
            idle_lock_minutes=self.idle_spin.value(),
            language=self.language_combo.currentData() or "nl",
            theme=theme or None,
            ca_bundle=self.ca_edit.text().strip() or None,
        )
        return self.state

    def save(self) -> bool:
        state = self.collect()
        result = self.presenter.save(state, self.removed)
        self.last_save = result
        self._clear_errors()
        if not result.ok:
            self._show_errors(result.errors)
            return False
        self.removed.clear()
        self._show_saved(result)
        return True

    def _on_ok(self) -> None:
        if self.save():
            self.accept()

    def _on_apply(self) -> None:
        self.save()

    def _clear_errors(self) -> None:
        self._source_errors.clear()
        self.save_error.clear()
        self.save_error.setVisible(False)
        for field in (
            *self.source_fields.values(),
            *self.klant_fields.values(),
            *self.general_fields.values(),
        ):
            field.set_error(None)

    def _show_errors(self, errors: Sequence[FieldError]) -> None:
        for error in errors:
            if error.scope.startswith("source:"):
                index = int(error.scope.split(":", 1)[1])
                self._source_errors.setdefault(index, {}).setdefault(error.field, error.message)
            elif error.scope == KLANTINTERACTIES_KEY and error.field in self.klant_fields:
                self.klant_fields[error.field].set_error(error.message)
            elif error.scope == "general" and error.field in self.general_fields:
                self.general_fields[error.field].set_error(error.message)
            else:
                self.save_error.setText(self.tr("Fout: {0}").format(error.message))
                self.save_error.setVisible(True)
        first = errors[0]
        target: QWidget
        if first.scope.startswith("source:"):
            index = int(first.scope.split(":", 1)[1])
            self.tabs.setCurrentIndex(0)
            self.source_list.setCurrentRow(index)
            self._on_source_selected(index)  # show this source's errors even if already current
            target = self.source_fields.get(first.field, self.source_fields["name"]).widget
        elif first.scope == KLANTINTERACTIES_KEY:
            self.tabs.setCurrentIndex(1)
            target = self.klant_fields.get(first.field, self.klant_fields["url"]).widget
        elif first.scope == "general" and first.field in self.general_fields:
            self.tabs.setCurrentIndex(2)
            target = self.general_fields[first.field].widget
        else:
            target = self.ok_button
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        count = len(errors)
        message = (
            self.tr("Niet opgeslagen: 1 fout. {0}").format(first.message)
            if count == 1
            else self.tr("Niet opgeslagen: {0} fouten. Eerste: {1}").format(count, first.message)
        )
        announce(self, message, assertive=True)

    def _show_saved(self, result: SaveResult) -> None:
        notes: list[str] = []
        for key, where in result.secrets.items():
            words = (
                self.tr("opgeslagen in de sleutelbos")
                if where is StoredWhere.KEYRING
                else self.tr("alleen voor deze sessie bewaard (de sleutelbos is niet veilig)")
            )
            if key == KLANTINTERACTIES_KEY:
                self.klant_token_edit.clear()
                self.klant_token_status.setText(self.tr("Token: {0}.").format(words))
            notes.append(words)
        self.secret_edit.clear()
        entry = self._current_entry()
        if entry is not None:
            current = result.secrets.get(source_key(entry.settings.name.strip()))
            if current is StoredWhere.KEYRING:
                self.secret_status.setText(self.tr("Sleutel: opgeslagen in de sleutelbos."))
            elif current is StoredWhere.SESSION_ONLY:
                self.secret_status.setText(
                    self.tr("Sleutel: alleen voor deze sessie bewaard. {0}").format(
                        self.state.keyring_message
                    )
                )
            else:
                self.secret_status.setText(self._where_words(entry.secret_where))
        text = self.tr("Instellingen opgeslagen.")
        if notes:
            text += " " + self.tr("Sleutel {0}.").format(notes[0])
        announce(self, text)
