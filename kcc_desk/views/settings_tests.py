"""The settings dialog's connection tests (the "Test de verbinding" buttons): started through the
presenter (no HTTP here), their results shown in the tab's box and said to a screen reader."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QAbstractButton, QPlainTextEdit

from kcc_desk.i18n import translated
from kcc_desk.presenters.settings_presenter import (
    KLANTINTERACTIES_KEY,
    SettingsPresenter,
    source_key,
)
from kcc_desk.services.connection_test import CheckResult, CheckStatus
from kcc_desk.views.announce import announce

if TYPE_CHECKING:
    from kcc_desk.views.settings_dialog import SettingsDialog


def _tr(text: str) -> str:
    # The dialog's context: these words were its own before they moved here.
    return QCoreApplication.translate("SettingsDialog", text)


class ConnectionTests(QObject):
    def __init__(self, dialog: SettingsDialog, presenter: SettingsPresenter) -> None:
        super().__init__(dialog)
        self._dialog, self._presenter = dialog, presenter
        dialog.sources.test_button.clicked.connect(self._on_test_source)
        dialog.klant.test_button.clicked.connect(self._on_test_klantinteracties)
        presenter.test_started.connect(self._on_test_started)
        presenter.test_finished.connect(self._on_test_finished)
        presenter.test_failed.connect(self._on_test_failed)

    def _on_test_source(self) -> None:
        d = self._dialog
        entry = d.sources.current_entry()
        if entry is None:
            return
        self._presenter.test_source(entry.settings, entry.new_secret)

    def _on_test_klantinteracties(self) -> None:
        d = self._dialog
        url = d.klant.url_edit.text().strip()
        if not url:
            d.klant.fields["url"].set_error(_tr("Vul eerst het adres in."))
            d.klant.url_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        d.klant.fields["url"].set_error(None)
        self._presenter.test_klantinteracties(url, d.klant.token_edit.text())

    def _button_and_box(self, key: str) -> tuple[QAbstractButton, QPlainTextEdit] | None:
        d = self._dialog
        if key == KLANTINTERACTIES_KEY:
            return d.klant.test_button, d.klant.results_box
        entry = d.sources.current_entry()
        if entry is not None and source_key(entry.settings.name.strip()) == key:
            return d.sources.test_button, d.sources.results_box
        return None

    def _on_test_started(self, key: str) -> None:
        target = self._button_and_box(key)
        if target is None:
            return
        button, box = target
        button.setEnabled(False)
        box.setPlainText(_tr("Bezig met testen…"))

    def _on_test_finished(self, key: str, results: list[CheckResult]) -> None:
        status_words = {
            CheckStatus.OK: _tr("OK"),
            CheckStatus.WARNING: _tr("LET OP"),
            CheckStatus.ERROR: _tr("FOUT"),
        }
        lines = [
            _tr("{status}: {api} – {message}").format(
                status=status_words[r.status], api=r.api, message=translated(r.ui_message)
            )
            for r in results
        ]
        failed = sum(1 for r in results if not r.ok)
        summary = (
            _tr("Verbinding in orde.")
            if not failed
            else _tr("{0} van {1} controles mislukt.").format(failed, len(results))
        )
        lines.append(summary)
        self._show_results(key, lines, assertive=bool(failed))

    def _on_test_failed(self, key: str, message: str) -> None:
        self._show_results(key, [_tr("FOUT: {0}").format(message)], assertive=True)

    def _show_results(self, key: str, lines: list[str], *, assertive: bool) -> None:
        d = self._dialog
        if key != KLANTINTERACTIES_KEY:
            d.sources.results[key] = lines
        target = self._button_and_box(key)
        if target is None:
            return
        button, box = target
        button.setEnabled(True)
        box.setPlainText("\n".join(lines))
        announce(self._dialog, " ".join(lines[-1:] + lines[:-1]), assertive=assertive)
