"""Ctrl+, : open the settings dialog, and use what the agent chose at once.

The same dialog serves daily work and training mode. In daily work the presenter writes the
configuration file; in training mode (``TrainingSettingsPresenter``) nothing is written. In both,
the display choices take effect straight away, for this session: house style and text size are
re-applied, the idle lock gets its new time, and another language rebuilds the window in that
language (the panes were made with the old one's texts). The presenters, the outbox and the
training server stay as they are; the caller on screen is cleared first, as with Ctrl+N.
Sources, Klantinteracties, the agent id and certificates still need a restart.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QObject

if TYPE_CHECKING:
    from kcc_desk.app import Workspace
    from kcc_desk.presenters.settings_presenter import SettingsPresenter, SettingsState
    from kcc_desk.services.config import AppConfig
    from kcc_desk.services.config_store import Language
    from kcc_desk.views.main_window import MainWindow

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("App", text)


@dataclass(frozen=True)
class Display:
    """The display choices this session runs with."""

    language: str | None
    theme: str | None
    idle_lock_minutes: float


class SettingsFlow(QObject):
    """Owned by the workspace presenter (lives as long as the workspace)."""

    def __init__(
        self, workspace: Workspace, config: AppConfig, display: Display, *, training: bool
    ) -> None:
        super().__init__(workspace.presenter)
        self.workspace = workspace
        self.config = config
        self.display = display
        self.training = training
        self.connect_window(workspace.window)

    def connect_window(self, window: MainWindow) -> None:
        window.settings_requested.connect(self.open)

    def open(self) -> None:
        from PySide6.QtWidgets import QDialog

        from kcc_desk.theme.registry import SYSTEM, THEMES
        from kcc_desk.views.settings_dialog import SettingsDialog

        presenter = self._presenter()
        window = self.workspace.window
        dialog = SettingsDialog(presenter, theme_names=(*THEMES, SYSTEM), parent=window)
        before = _needs_restart(dialog.state)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            changed = not self.training and (
                dialog.secrets_saved or _needs_restart(dialog.state) != before
            )
            self.apply(dialog.state, restart_needed=changed)
        finally:
            presenter.shutdown()
            dialog.deleteLater()

    def _presenter(self) -> SettingsPresenter:
        from kcc_desk.presenters.settings_presenter import SettingsPresenter
        from kcc_desk.presenters.settings_training import TrainingSettingsPresenter, TrainingSetup
        from kcc_desk.services.config_store import ConfigStore, GeneralSettings
        from kcc_desk.services.connection_test import make_test_runners
        from kcc_desk.theme.scale import clamp_scale

        if self.training:
            return TrainingSettingsPresenter(
                TrainingSetup(
                    sources=tuple(s.settings() for s in self.config.sources),
                    klantinteracties_url=(
                        self.config.klantinteracties.url if self.config.klantinteracties else ""
                    ),
                    general=GeneralSettings(
                        agent_id=self.config.agent_id,
                        idle_lock_minutes=round(self.display.idle_lock_minutes),
                        language=cast("Language", _language_choice(self.display.language)),
                        theme=self.display.theme,
                        notifications=(
                            self.workspace.watch.notifications if self.workspace.watch else True
                        ),
                    ),
                    text_scale=clamp_scale(self.workspace.theming.scale),
                )
            )
        run_source, run_klant = make_test_runners(
            self.config.agent_id, str(self.config.ca_bundle) if self.config.ca_bundle else None
        )
        return SettingsPresenter(
            ConfigStore(self.config.path), test_runner=run_source, klant_test_runner=run_klant
        )

    # -- using the choices ----------------------------------------------------------------------

    def apply(self, state: SettingsState, *, restart_needed: bool = False) -> None:
        general = state.general
        new = Display(
            language=general.language,
            theme=general.theme,
            idle_lock_minutes=float(general.idle_lock_minutes),
        )
        old, self.display = self.display, new
        theming = self.workspace.theming
        if new.theme != old.theme or state.text_scale != theming.scale:
            theming.change(new.theme, state.text_scale)
        window = self.workspace.window
        if window.attached:
            window.idle_watcher.set_minutes(new.idle_lock_minutes)
        if self.workspace.watch is not None:
            self.workspace.watch.set_notifications(general.notifications)
        if _language_choice(new.language) != _language_choice(old.language):
            window = self.rebuild_window(new)
        if theming.error_message is not None and new.theme != old.theme:
            from kcc_desk.i18n import translated

            window.show_message(translated(theming.error_message))
        elif restart_needed:
            window.show_message(
                _tr("Instellingen opgeslagen. Start kcc-desk opnieuw om ze te gebruiken.")
            )

    def rebuild_window(self, display: Display) -> MainWindow:
        """The same workspace in a new window, in the new language (see the module's text)."""
        from PySide6.QtWidgets import QApplication

        from kcc_desk import i18n
        from kcc_desk.views.main_window import MainWindow

        workspace = self.workspace
        old = workspace.window
        workspace.presenter.new_caller()
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        workspace.language = i18n.install_translators(app, display.language)
        contacts = workspace.contacts
        # The old window's one connection that would outlive it (a lambda on the presenter).
        contacts.logged.disconnect()
        window = MainWindow(training=self.training)
        window.attach(
            workspace.presenter, contacts=contacts, idle_lock_minutes=display.idle_lock_minutes
        )
        if workspace.watch is not None:  # its referral hook went with the disconnect above
            workspace.watch.follow_referrals(contacts)
            window.attach_watch(workspace.watch)
        window.text_scale_step.connect(workspace.theming.step)
        self.connect_window(window)
        notice = old.keyring_notice
        if notice is not None:
            window.show_keyring_notice(notice.reason)
        contacts.emit_outbox_state()  # the new status row says how the outbox stands
        window.setGeometry(old.geometry())
        workspace.window = window
        if old.isMaximized():
            window.showMaximized()
        else:
            window.show()
        window.activateWindow()
        # Hidden and deleted, not closed: closing would shut the shared presenters down.
        old.hide()
        old.deleteLater()
        log.info("window rebuilt in language %s", i18n.current_language())
        return window


def _needs_restart(state: SettingsState) -> tuple[object, ...]:
    """What the running workspace only picks up after a restart (compared before and after)."""
    general = state.general
    return (
        tuple(entry.settings for entry in state.sources),
        state.klantinteracties_url,
        general.agent_id,
        general.ca_bundle,
    )


def _language_choice(setting: str | None) -> str:
    from kcc_desk.i18n import resolve_language

    return resolve_language(setting)
