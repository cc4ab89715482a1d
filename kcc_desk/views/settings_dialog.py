"""The settings dialog: sources, Klantinteracties and general settings, keyboard first.

Every field has a visible label with a mnemonic (Alt+letter) as its buddy, an accessible name
equal to that label, and an error in text right under it (not colour alone, WCAG 1.4.1/3.3.1).
Secrets are typed into password fields and go to the OS keyring on OK/Toepassen; the dialog says
where they went. Tabs switch with Ctrl+Tab / Ctrl+PageDown. The connection test goes through the
presenter (no HTTP here). The tabs are in their own modules (settings_sources, settings_klant,
settings_general); each tab's page scrolls, so the dialog fits the screen at any text size.

In training mode (``state.read_only_reason``) the same dialog shows the sources and
Klantinteracties read-only, with the reason on their tabs.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLayout,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kcc_desk.presenters.settings_presenter import (
    KLANTINTERACTIES_KEY,
    FieldError,
    SaveResult,
    SettingsPresenter,
    SettingsState,
    SourceEntry,
    source_key,
)
from kcc_desk.services.keyring_safety import StoredWhere
from kcc_desk.services.secret_lookup import SecretWhere
from kcc_desk.views.announce import announce
from kcc_desk.views.keyring_notice import KeyringNotice
from kcc_desk.views.settings_form import plain
from kcc_desk.views.settings_general import LANGUAGE_CHOICES, SYSTEM_LANGUAGE, GeneralTab
from kcc_desk.views.settings_klant import KlantTab
from kcc_desk.views.settings_sources import SourcesTab
from kcc_desk.views.settings_tests import ConnectionTests

__all__ = ["LANGUAGE_CHOICES", "SYSTEM_LANGUAGE", "SettingsDialog"]

# Room the window manager's title bar and frame take around the dialog.
WINDOW_FRAME_PX = 48


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
        self.last_save: SaveResult | None = None
        self.secrets_saved = False  # by OK or Toepassen: the running lookup needs a restart
        read_only = self.state.read_only_reason

        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Onderdelen van de instellingen"))
        self.tabs.setAccessibleDescription(self.tr("Wissel met Ctrl+Tab."))
        layout.addWidget(self.tabs, 1)
        secret_hint = self._secret_hint()
        self.sources = SourcesTab(
            self.state.sources,
            secret_hint=secret_hint,
            secret_words=lambda entry: self._where_words(entry.secret_where),
            can_test=presenter.can_test,
        )
        self.klant = KlantTab(secret_hint=secret_hint, can_test=presenter.can_test_klantinteracties)
        self.general = GeneralTab()
        self.tabs.addTab(self._with_reason(self.sources, read_only), self.tr("Bronnen"))
        self.tabs.addTab(self._with_reason(self.klant, read_only), self.tr("Klantinteracties"))
        try_out = self.tr(
            "Probeer hier taal, thema, tekstgrootte en vergrendelen: uw keuze werkt meteen. "
            "Medewerker-id en CA-bestand liggen vast in de oefenomgeving."
        )
        self.tabs.addTab(
            self._with_reason(self.general, try_out if read_only else ""), self.tr("Algemeen")
        )
        self.general.fix_tab_order()
        if read_only:
            self.sources.set_read_only(read_only)
            self.klant.set_read_only()
            self.general.set_training()
            self.tabs.setCurrentIndex(2)  # what a trainee can try

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
            button.setAccessibleName(plain(button.text()))
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        self.apply_button.clicked.connect(self._on_apply)
        # Not said here in full: a short line beside the buttons (where the tabs leave room)
        # opens the one explanation (views.keyring_notice).
        self.keyring_notice: KeyringNotice | None = None
        self.bottom = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        if not self.state.keyring_secure:
            self.keyring_notice = KeyringNotice(self.state.keyring_message, self)
            self.bottom.addWidget(self.keyring_notice, 0, Qt.AlignmentFlag.AlignLeft)
        self.bottom.addWidget(self.buttons, 1)
        layout.addLayout(self.bottom)

        self.connection_tests = ConnectionTests(self, presenter)
        presenter.secrets_located.connect(self._on_secrets_located)
        presenter.secrets_saved.connect(self._on_secrets_saved)

        self.sources.fill()
        self.klant.url_edit.setText(self.state.klantinteracties_url)
        self.klant.token_status.setText(
            self._where_words(self.state.klantinteracties_token_where, token=True)
        )
        self.general.fill(self.state.general, theme_names, self.state.text_scale)
        self.fit_to_screen()
        if not read_only:  # training knows its secrets' place: nothing to look up
            presenter.locate_secrets(self.state)

    # -- building ---------------------------------------------------------------------------------

    @staticmethod
    def _with_reason(tab: QWidget, reason: str) -> QWidget:
        if not reason:
            return tab
        page = QWidget()
        column = QVBoxLayout(page)
        note = QLabel(reason, page)
        note.setObjectName("trainingNote")
        note.setProperty("alert", "info")
        note.setWordWrap(True)
        column.addWidget(note)
        column.addWidget(tab, 1)
        return page

    def fit_to_screen(self, available: QRect | None = None) -> None:
        """As large as the fields ask for, never larger than the screen (``available``: the
        screen's free area; tests pass 1366×768): when the screen is too small (200% text)
        the tab's page scrolls inside the dialog instead."""
        screen = available or self.screen().availableGeometry()
        room = QSize(screen.width() - WINDOW_FRAME_PX, screen.height() - WINDOW_FRAME_PX)
        self.ensurePolished()  # the theme's paddings count in every size hint below
        self.sources.set_stacked(False)
        self.sources.fit_list()
        self._refresh_hints()
        self.sources.set_stacked(self.sizeHint().width() > room.width())
        self._refresh_hints()
        # The keyring line beside the buttons while there is room, above them when not.
        notice = self.keyring_notice.sizeHint().width() if self.keyring_notice else 0
        beside = notice + self.buttons.sizeHint().width() + 4 * self.bottom.spacing()
        self.bottom.setDirection(
            QBoxLayout.Direction.LeftToRight
            if beside < room.width() - 40
            else QBoxLayout.Direction.TopToBottom
        )
        self.setMaximumSize(room)
        wanted = self.sizeHint().expandedTo(QSize(760, 560))
        self.resize(wanted.boundedTo(room))

    def _refresh_hints(self) -> None:
        """Layouts cache their size hints until a posted LayoutRequest: recompute them now, so
        the size chosen below is the one the fields need after the changes just made."""
        for layout in self.findChildren(QLayout):
            layout.invalidate()
        for widget in self.findChildren(QWidget):
            widget.updateGeometry()

    def _secret_hint(self) -> str:
        if self.state.keyring_secure:
            return self.tr("Wordt opgeslagen in de sleutelbos. Leeg laten: niets wijzigen.")
        return self.tr(
            "De sleutelbos is niet veilig: wordt alleen voor deze sessie bewaard. "
            "Leeg laten: niets wijzigen."
        )

    def _where_words(self, where: SecretWhere, *, token: bool = False) -> str:
        thing = self.tr("Token") if token else self.tr("Sleutel")
        words = {
            SecretWhere.KEYRING: self.tr("opgeslagen in de sleutelbos"),
            SecretWhere.SESSION: self.tr("alleen voor deze sessie bewaard"),
            SecretWhere.ENV: self.tr("komt uit een omgevingsvariabele"),
            SecretWhere.INLINE_DEMO: self.tr("staat in de configuratie (oefenserver)"),
            SecretWhere.MISSING: self.tr("nog niet ingesteld"),
            SecretWhere.CHECKING: self.tr("wordt nagekeken"),
        }[where]
        return self.tr("{thing}: {words}.").format(thing=thing, words=words)

    def _on_secrets_located(self, found: dict[str, SecretWhere]) -> None:
        for entry in self.state.sources:
            entry.secret_where = found.get(
                source_key(entry.settings.name.strip()), entry.secret_where
            )
        klant = found.get(KLANTINTERACTIES_KEY)
        if klant is not None:
            self.state.klantinteracties_token_where = klant
        elif not self.state.klantinteracties_url.strip():
            self.state.klantinteracties_token_where = SecretWhere.MISSING
        self.klant.token_status.setText(
            self._where_words(self.state.klantinteracties_token_where, token=True)
        )
        current = self.sources.current_entry()
        if current is not None:
            self.sources.secret_status.setText(self._where_words(current.secret_where))

    # -- saving -----------------------------------------------------------------------------------

    def collect(self) -> SettingsState:
        """The dialog's current values as a :class:`SettingsState` (also used by tests)."""
        self.sources.take_edits()
        self.state.klantinteracties_url = self.klant.url_edit.text().strip()
        self.state.klantinteracties_token = self.klant.token_edit.text()
        self.state.general = self.general.collect()
        self.state.text_scale = self.general.text_scale()
        return self.state

    def save(self) -> bool:
        state = self.collect()
        result = self.presenter.save(state, self.sources.removed)
        self.last_save = result
        self._clear_errors()
        if not result.ok:
            self._show_errors(result.errors)
            return False
        self.sources.removed.clear()
        self.secrets_saved = self.secrets_saved or result.keyring_changed
        self._show_saved(result)
        return True

    def _on_ok(self) -> None:
        if self.save():
            self.accept()

    def _on_apply(self) -> None:
        self.save()

    def _clear_errors(self) -> None:
        self.sources.errors.clear()
        self.save_error.clear()
        self.save_error.setVisible(False)
        for field in (
            *self.sources.fields.values(),
            *self.klant.fields.values(),
            *self.general.fields.values(),
        ):
            field.set_error(None)

    def _show_errors(self, errors: Sequence[FieldError]) -> None:
        for error in errors:
            if error.scope.startswith("source:"):
                index = int(error.scope.split(":", 1)[1])
                self.sources.errors.setdefault(index, {}).setdefault(error.field, error.message)
            elif error.scope == KLANTINTERACTIES_KEY and error.field in self.klant.fields:
                self.klant.fields[error.field].set_error(error.message)
            elif error.scope == "general" and error.field in self.general.fields:
                self.general.fields[error.field].set_error(error.message)
            else:
                self.save_error.setText(self.tr("Fout: {0}").format(error.message))
                self.save_error.setVisible(True)
        first = errors[0]
        target: QWidget
        if first.scope.startswith("source:"):
            index = int(first.scope.split(":", 1)[1])
            self.tabs.setCurrentIndex(0)
            self.sources.source_list.setCurrentRow(index)
            self.sources.show_source(index)  # show this source's errors even if already current
            target = self.sources.fields.get(first.field, self.sources.fields["name"]).widget
        elif first.scope == KLANTINTERACTIES_KEY:
            self.tabs.setCurrentIndex(1)
            target = self.klant.fields.get(first.field, self.klant.fields["url"]).widget
        elif first.scope == "general" and first.field in self.general.fields:
            self.tabs.setCurrentIndex(2)
            target = self.general.fields[first.field].widget
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
        """The file is written; typed secrets are on their way to the keyring (off the GUI
        thread), and ``_on_secrets_saved`` says where they went."""
        self.sources.secret_edit.clear()
        self.klant.token_edit.clear()
        busy = self.tr("wordt bewaard")
        if KLANTINTERACTIES_KEY in result.pending:
            self.klant.token_status.setText(self.tr("Token: {0}.").format(busy))
        entry: SourceEntry | None = self.sources.current_entry()
        if entry is not None and source_key(entry.settings.name.strip()) in result.pending:
            self.sources.secret_status.setText(self.tr("Sleutel: {0}.").format(busy))
        announce(self, self.tr("Instellingen opgeslagen."))

    def _on_secrets_saved(self, placed: dict[str, StoredWhere]) -> None:
        notes: list[str] = []
        for key, where in placed.items():
            words = (
                self.tr("opgeslagen in de sleutelbos")
                if where is StoredWhere.KEYRING
                else self.tr("alleen voor deze sessie bewaard (de sleutelbos is niet veilig)")
            )
            if key == KLANTINTERACTIES_KEY:
                self.klant.token_status.setText(self.tr("Token: {0}.").format(words))
            notes.append(words)
        entry: SourceEntry | None = self.sources.current_entry()
        current = placed.get(source_key(entry.settings.name.strip())) if entry else None
        if current is StoredWhere.KEYRING:
            self.sources.secret_status.setText(self.tr("Sleutel: opgeslagen in de sleutelbos."))
        elif current is StoredWhere.SESSION_ONLY:
            self.sources.secret_status.setText(self.tr("Sleutel: alleen voor deze sessie bewaard."))
        if notes:
            announce(self, self.tr("Sleutel {0}.").format(notes[0]))
