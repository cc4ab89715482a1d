"""GUI bootstrap: QApplication, the qasync event loop, the services, the main window.

The GUI thread never blocks: all I/O runs as asyncio tasks on the qasync loop (one shared httpx
client in the lookup service); the training server runs in its own thread. httpx and the lookup
modules are imported only after the window is on screen (see ``LazyBackend``).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from kcc_desk.presenters.backend import LazyBackend
    from kcc_desk.presenters.contacts import ContactBackend, ContactPresenter, TargetTemplate
    from kcc_desk.presenters.workspace import WorkspacePresenter
    from kcc_desk.services.config import AppConfig
    from kcc_desk.services.credentials import Credentials
    from kcc_desk.services.lookup import LookupService
    from kcc_desk.views.main_window import MainWindow

logger = logging.getLogger(__name__)

SMOKE_PERSONA_BSN = "999993653"


@dataclass
class Workspace:
    """The running app's parts (kept referenced for as long as the app runs)."""

    window: MainWindow
    presenter: WorkspacePresenter
    contacts: ContactPresenter
    backend: LazyBackend
    credentials: Credentials
    theming: Theming
    language: object  # the InstalledLanguage: its translators must stay referenced


@dataclass(frozen=True)
class Preferences:
    """The agent-facing settings of the config file (see services.config_store)."""

    language: str | None = None  # "nl", "en", "systeem"; None: the default (Dutch)
    theme: str | None = None  # a shipped theme name, "systeem", or a tokens file
    idle_lock_minutes: float = 10
    referral_targets: tuple[TargetTemplate, ...] = ()


def read_preferences(config_path: str | None) -> Preferences:
    """The general settings, and ``[[referral_targets]]`` (naam, redenen = [...], uuid)."""
    from kcc_desk.presenters.contacts import TargetTemplate
    from kcc_desk.services.config_store import ConfigStore

    store = ConfigStore(config_path)
    general = store.general()
    templates = []
    for raw in store.read_raw().get("referral_targets", []):
        if isinstance(raw, dict) and isinstance(raw.get("naam"), str):
            reasons = raw.get("redenen", [])
            templates.append(
                TargetTemplate(
                    naam=raw["naam"],
                    redenen=tuple(r for r in reasons if isinstance(r, str))
                    if isinstance(reasons, list)
                    else (),
                    uuid=raw["uuid"] if isinstance(raw.get("uuid"), str) else "",
                )
            )
    return Preferences(general.language, general.theme, general.idle_lock_minutes, tuple(templates))


def training_preferences() -> Preferences:
    from kcc_desk.presenters.contacts import TargetTemplate
    from kcc_desk.training import TRAINING_REFERRAL_REASONS

    return Preferences(
        referral_targets=tuple(
            TargetTemplate(naam, redenen) for naam, redenen in TRAINING_REFERRAL_REASONS.items()
        )
    )


def prepare_application(
    app: QApplication, language: str | None, theme: str | None = None
) -> tuple[object, Theming]:
    from kcc_desk import i18n

    app.setApplicationName("kcc-desk")
    app.setOrganizationName("kcc-desk")
    installed = i18n.install_translators(app, language)
    return installed, Theming(app, theme)


def build_workspace(
    app: QApplication,
    config: AppConfig,
    *,
    training: bool,
    language: str | None,
    open_file: Callable[[Path], None] | None = None,
    preferences: Preferences | None = None,
) -> Workspace:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    from kcc_desk.i18n import current_language
    from kcc_desk.presenters.backend import LazyBackend
    from kcc_desk.presenters.contacts import ContactPresenter
    from kcc_desk.presenters.workspace import WorkspacePresenter
    from kcc_desk.services.credentials import Credentials
    from kcc_desk.services.keyring_safety import lookup_secret
    from kcc_desk.views.main_window import MainWindow

    prefs = preferences or Preferences()
    installed, theming = prepare_application(app, language or prefs.language, prefs.theme)
    # Secrets typed in the settings dialog while no secure keyring exists live in memory for
    # this session only; the lookup must find them there too.
    credentials = Credentials(config, keyring_get=lookup_secret)

    def make_service() -> LookupService:
        from kcc_desk.services.lookup import LookupService

        return LookupService(config, credentials)

    def make_contact_service() -> ContactBackend:
        from kcc_desk.services.contact_service import ContactService

        return ContactService(config, credentials, on_report=contacts.on_delivery_report)

    def open_with_system_viewer(path: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    backend = LazyBackend(make_service, [s.name for s in config.sources])
    presenter = WorkspacePresenter(
        backend, open_file=open_file or open_with_system_viewer, lang=current_language()
    )
    contacts = ContactPresenter(
        make_contact_service,
        presenter,
        agent_id=config.agent_id,
        templates=prefs.referral_targets,
    )
    window = MainWindow(
        presenter, training=training, contacts=contacts, idle_lock_minutes=prefs.idle_lock_minutes
    )
    window.text_scale_step.connect(theming.step)
    window.settings_requested.connect(lambda: open_settings(window, config, training=training))
    if theming.error:
        window.show_message(theming.error)
    return Workspace(window, presenter, contacts, backend, credentials, theming, installed)


def run_gui(args: argparse.Namespace) -> int:
    if args.smoke:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import qasync
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from kcc_desk.services.config import load_config
    from kcc_desk.services.errors import ConfigError

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)

    with contextlib.ExitStack() as stack:
        training = bool(args.demo or args.smoke)
        preferences = Preferences()
        if training:
            from kcc_desk.training import start_training_server, training_config

            server = start_training_server()
            stack.callback(server.stop)
            config = training_config(server)
            preferences = training_preferences()
        else:
            try:
                config = load_config(args.config)
                preferences = read_preferences(args.config)
            except ConfigError as error:
                QMessageBox.critical(None, "kcc-desk", error.message)
                return 2

        workspace = build_workspace(
            app, config, training=training, language=args.lang, preferences=preferences
        )
        workspace.window.show()
        # After the first paint: import httpx, build the services, deliver what the outbox holds.
        QTimer.singleShot(0, lambda: warm_up(workspace, config))
        QTimer.singleShot(0, workspace.contacts.start)
        if not training:  # the training server's callers are made up: nothing to account for
            QTimer.singleShot(0, lambda: open_audit_log(workspace, config.agent_id))

        with loop:
            if args.smoke:
                code: int = loop.run_until_complete(_smoke(workspace.presenter))
            else:
                closed = asyncio.Event()
                app.aboutToQuit.connect(closed.set)
                loop.run_until_complete(closed.wait())
                code = 0
            loop.run_until_complete(shut_down(workspace))
        workspace.window.close()
        return code


# Imported by the first HTTP request; loading them early (off the GUI thread) keeps that first
# search from stalling the window.
FIRST_REQUEST_MODULES = ("anyio._backends._asyncio", "httpcore._async.http11", "h11")


def warm_up(workspace: Workspace, config: AppConfig) -> None:
    """Build the lookup service, then fetch secrets and first-request modules in a worker
    thread: keyring talks to the desktop's secret service over D-Bus, which blocks."""
    workspace.backend.warm_up()
    loop = asyncio.get_event_loop()
    loop.run_in_executor(None, _prefetch, workspace.credentials, config)


def _prefetch(credentials: Credentials, config: AppConfig) -> None:
    import importlib

    from kcc_desk.services.errors import KccError

    for source in config.sources:
        with contextlib.suppress(KccError):  # a missing secret is reported at search time
            credentials.secret_for(source)
    if config.klantinteracties is not None:
        with contextlib.suppress(KccError):
            credentials.klantinteracties_token()
    for name in FIRST_REQUEST_MODULES:
        with contextlib.suppress(ImportError):
            importlib.import_module(name)


def open_audit_log(workspace: Workspace, agent_id: str) -> None:
    """After the first paint: the salt comes from the keyring, which may take a moment."""
    from kcc_desk.services.audit import AuditLog
    from kcc_desk.services.errors import KccError

    try:
        audit = AuditLog(agent_id=agent_id)
    except KccError as error:
        workspace.window.show_message(error.message)
        return
    workspace.presenter.audit = audit
    if audit.warning:
        workspace.window.show_message(audit.warning)


def open_settings(window: MainWindow, config: AppConfig, *, training: bool) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QDialog, QMessageBox

    from kcc_desk.presenters.settings_presenter import SettingsPresenter
    from kcc_desk.services.config_store import ConfigStore
    from kcc_desk.services.connection_test import make_test_runners
    from kcc_desk.theme.registry import SYSTEM, THEMES
    from kcc_desk.views.settings_dialog import SettingsDialog

    if training:
        QMessageBox.information(
            window,
            QCoreApplication.translate("App", "Instellingen"),
            QCoreApplication.translate(
                "App", "In de oefenomgeving liggen de bronnen vast. Instellingen gelden daarbuiten."
            ),
        )
        return
    run_source, run_klant = make_test_runners(
        config.agent_id, str(config.ca_bundle) if config.ca_bundle else None
    )
    presenter = SettingsPresenter(
        ConfigStore(config.path), test_runner=run_source, klant_test_runner=run_klant
    )
    dialog = SettingsDialog(presenter, theme_names=(*THEMES, SYSTEM), parent=window)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        window.show_message(
            QCoreApplication.translate(
                "App", "Instellingen opgeslagen. Start kcc-desk opnieuw om ze te gebruiken."
            )
        )


async def shut_down(workspace: Workspace) -> None:
    """Stop every task and close every connection while the loop still runs."""
    await workspace.presenter.aclose()
    await workspace.contacts.aclose()
    await _close_backend(workspace.backend)


async def _close_backend(backend: LazyBackend) -> None:
    if backend.built:
        from kcc_desk.services.lookup import LookupService

        service = backend.warm_up()
        if isinstance(service, LookupService):
            await service.aclose()


async def _smoke(presenter: WorkspacePresenter) -> int:
    """Search the training persona once: proves the window, the loop, HTTP and the server work."""
    done: asyncio.Future[int] = asyncio.get_event_loop().create_future()

    def finish(code: int) -> None:
        if not done.done():
            done.set_result(code)

    presenter.search_finished.connect(lambda result: finish(0 if result.cases else 1))
    presenter.search_failed.connect(lambda _message: finish(1))
    presenter.search(SMOKE_PERSONA_BSN)
    try:
        code = await asyncio.wait_for(done, timeout=60)
    except TimeoutError:
        code = 1
    logger.warning("smoke test: %s", "ok" if code == 0 else "failed")
    return code


class Theming:
    """The house style plus the agent's remembered text size (100-200%, Ctrl+= / - / 0).

    ``setting`` is a shipped theme name, "systeem" (follow the desktop's dark mode and contrast),
    or a municipality's tokens file; a file that cannot be used falls back to the default
    theme, and ``error`` says why (shown once in the window)."""

    def __init__(self, app: QApplication, setting: str | None = None) -> None:
        from kcc_desk.theme.apply import follow_system_theme
        from kcc_desk.theme.registry import SYSTEM, load_theme_or_default
        from kcc_desk.theme.scale import load_text_scale

        self._app = app
        self._theme, problem = load_theme_or_default(setting)
        self.error = problem.message if problem else ""
        self.scale = load_text_scale()
        self._apply()
        self._stop_following = follow_system_theme(app) if setting == SYSTEM else None

    def step(self, direction: int) -> None:
        from kcc_desk.theme.scale import next_scale, save_text_scale

        self.scale = 1.0 if direction == 0 else next_scale(self.scale, direction)
        save_text_scale(self.scale)
        self._apply()

    def _apply(self) -> None:
        from kcc_desk.theme.apply import apply_theme

        apply_theme(self._app, self._theme, self.scale)
