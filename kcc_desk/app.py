"""The workspace: the services, presenters, theming and the main window, built and wired.

Start-up begins in :mod:`kcc_desk.startup` (the shell window, before this module is loaded);
``complete_workspace`` is its last stage. ``build_workspace`` does it all at once (tests, tools).

The GUI thread never blocks: all I/O runs as asyncio tasks on the qasync loop (one shared httpx
client in the lookup service); the training server runs in its own thread. httpx and the lookup
modules are imported only after the window is complete (see ``LazyBackend``).
"""

from __future__ import annotations

import argparse
import contextlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kcc_desk.preferences import Preferences, preferences_of, training_preferences
from kcc_desk.theming import Theming
from kcc_desk.warm_up import start_services

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from kcc_desk.presenters.backend import LazyBackend
    from kcc_desk.presenters.contacts import ContactBackend, ContactPresenter
    from kcc_desk.presenters.watch import WatchBackend, WatchPresenter
    from kcc_desk.presenters.workspace import WorkspacePresenter
    from kcc_desk.services.config import AppConfig
    from kcc_desk.services.credentials import Credentials
    from kcc_desk.services.lookup import LookupService
    from kcc_desk.stages import Shell
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
    watch: WatchPresenter | None = None  # the watch list (issue 17)


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
    open_file: Callable[[Path], object] | None = None,
    preferences: Preferences | None = None,
) -> Workspace:
    """The whole workspace in one go (tests, tools); ``run_gui`` does the same in two stages."""
    from kcc_desk.views.main_window import MainWindow

    prefs = preferences or Preferences()
    installed, theming = prepare_application(app, language or prefs.language, prefs.theme)
    window = MainWindow(training=training)
    workspace = _assemble(
        window,
        config,
        prefs=prefs,
        theming=theming,
        installed=installed,
        training=training,
        open_file=open_file,
    )
    window.attach(
        workspace.presenter,
        contacts=workspace.contacts,
        idle_lock_minutes=prefs.idle_lock_minutes,
    )
    if workspace.watch is not None:
        window.attach_watch(workspace.watch)
    return workspace


def _assemble(
    window: MainWindow,
    config: AppConfig,
    *,
    prefs: Preferences,
    theming: Theming,
    installed: object,
    training: bool,
    open_file: Callable[[Path], object] | None,
) -> Workspace:
    """Credentials, the lazy lookup backend and the presenters, wired to ``window``'s signals."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    from kcc_desk.i18n import current_language
    from kcc_desk.presenters.backend import LazyBackend
    from kcc_desk.presenters.contacts import ContactPresenter
    from kcc_desk.presenters.workspace import WorkspacePresenter
    from kcc_desk.services.credentials import Credentials
    from kcc_desk.services.keyring_safety import lookup_secret

    # Secrets typed in the settings dialog while no secure keyring exists live in memory for
    # this session only; the lookup must find them there too.
    credentials = Credentials(config, keyring_get=lookup_secret)

    def make_service() -> LookupService:
        from kcc_desk.services.lookup import LookupService

        # The training server's ports change every run: keeping its catalogue would only
        # fill the user's cache folder.
        return LookupService(config, credentials, keep_catalogue=not training)

    def make_contact_service() -> ContactBackend:
        from kcc_desk.services.contacts.service import ContactService, training_outbox_path

        if training:  # its own outbox, gone with the run: a training contact never goes out
            return ContactService(
                config,
                credentials,
                outbox_path=training_outbox_path(),
                ephemeral=True,
                on_report=contacts.on_delivery_report,
            )
        return ContactService(config, credentials, on_report=contacts.on_delivery_report)

    def open_with_system_viewer(path: Path) -> bool:
        """False when the desktop has no program for the file (the presenter says so)."""
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

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
    _add_person_search(presenter, contacts, config, credentials)
    watch = _watch_presenter(backend, presenter, contacts, prefs=prefs, training=training)
    window.text_scale_step.connect(theming.step)
    if theming.error_message is not None:
        from kcc_desk.i18n import translated

        # Translated when shown: stage 2 may install another language after Theming was made.
        window.show_message(translated(theming.error_message))
    workspace = Workspace(
        window, presenter, contacts, backend, credentials, theming, installed, watch=watch
    )
    from kcc_desk.settings_flow import Display, SettingsFlow

    # Ctrl+, (training mode too); it owns itself through the presenter (its QObject parent).
    display = Display(current_language(), prefs.theme, prefs.idle_lock_minutes)
    SettingsFlow(workspace, config, display, training=training)
    from kcc_desk.review_flow import ReviewFlow

    ReviewFlow(workspace, config, credentials, training=training)  # Ctrl+Shift+K, team leads
    return workspace


def _add_person_search(
    presenter: WorkspacePresenter,
    contacts: ContactPresenter,
    config: AppConfig,
    credentials: Credentials,
) -> None:
    """Issue 14: name, postcode, phone and e-mail searches; a service per search (rare)."""
    from kcc_desk.presenters.persons import PersonFinder, PersonsPresenter

    def make_finder() -> PersonFinder:
        from kcc_desk.services.persons.service import PersonService

        return PersonService(config, credentials)

    persons = PersonsPresenter(make_finder, presenter)
    persons.search_started.connect(contacts.forget_history)


def _watch_presenter(
    backend: LazyBackend,
    presenter: WorkspacePresenter,
    contacts: ContactPresenter,
    *,
    prefs: Preferences,
    training: bool,
) -> WatchPresenter:
    """The watch list on the lookup service's client, built when first needed."""
    from kcc_desk.presenters.watch import WatchPresenter

    def make_watch_backend() -> WatchBackend:
        from kcc_desk.services.lookup import LookupService
        from kcc_desk.services.watch.setup import LookupWatchBackend, training_store_path

        service = backend.warm_up()
        assert isinstance(service, LookupService)
        # Training cases are made up and their URLs change every run: a list of its own.
        return LookupWatchBackend(
            service,
            path=training_store_path() if training else None,
            interval_s=service.config.watch_interval_s,
        )

    watch = WatchPresenter(make_watch_backend, presenter, notifications=prefs.notifications)
    watch.follow_referrals(contacts)
    return watch


async def complete_workspace(
    app: QApplication,
    shell: Shell,
    *,
    training: bool,
    language: str | None,
    config_path: str | None,
    stack: contextlib.ExitStack,
) -> tuple[Workspace, AppConfig]:
    """Stage 2 of start-up, while the event loop runs and the agent may already type.

    Raises ConfigError when the configuration file cannot be used."""
    import asyncio

    from kcc_desk.stages import STAGE_TWO_MODULES, import_modules
    from kcc_desk.views.main_window import PANE_MODULES

    loop = asyncio.get_running_loop()
    # Started by run_gui, startup.preload has imported these already and this returns at once;
    # started otherwise (tests, tools), the imports still happen off the GUI thread.
    await loop.run_in_executor(None, import_modules, STAGE_TWO_MODULES + PANE_MODULES)
    if training:
        from kcc_desk.training import start_training_server, training_config

        server = await loop.run_in_executor(None, start_training_server)
        stack.callback(server.stop)
        config = training_config(server)
        prefs = training_preferences()
    else:
        from kcc_desk.services.config import load_config

        config = load_config(config_path)
        prefs = preferences_of(config)
    if (language or prefs.language) != (language or shell.display.language):
        from kcc_desk import i18n

        shell.language = i18n.install_translators(app, language or prefs.language)
    theming = shell.theming or Theming(app, prefs.theme)
    await _let_qt_run()
    workspace = _assemble(
        shell.window,
        config,
        prefs=prefs,
        theming=theming,
        installed=shell.language,
        training=training,
        open_file=None,
    )
    for _step in shell.window.attach_steps(
        workspace.presenter,
        contacts=workspace.contacts,
        idle_lock_minutes=prefs.idle_lock_minutes,
    ):
        await _let_qt_run()
    if workspace.watch is not None:
        shell.window.attach_watch(workspace.watch)
    return workspace, config


async def _let_qt_run() -> None:
    """Let Qt handle input and paint between two start-up steps. ``asyncio.sleep(0)`` is not
    enough: qasync runs every ready callback before it returns to Qt's event loop, so steps
    separated only by it ran as one 100 ms stall; a timer goes through Qt's loop."""
    import asyncio

    await asyncio.sleep(0.001)


async def run_workspace(
    app: QApplication,
    shell: Shell,
    args: argparse.Namespace,
    *,
    training: bool,
    stack: contextlib.ExitStack,
) -> tuple[int, str]:
    """Complete the workspace, then run until the app quits (or the smoke test ends)."""
    import asyncio

    from kcc_desk.services.errors import ConfigError

    closed = asyncio.Event()
    # Closing the window (Ctrl+Q, the close button) must not quit Qt's loop under qasync: that
    # stopped the loop while this coroutine still ran ("Event loop stopped before Future
    # completed", exit code 1). The last window closing ends the wait instead; shut_down then
    # finishes the running requests while the loop still runs, and run_gui returns 0.
    app.setQuitOnLastWindowClosed(False)
    app.lastWindowClosed.connect(closed.set)
    app.aboutToQuit.connect(closed.set)
    try:
        workspace, config = await complete_workspace(
            app,
            shell,
            training=training,
            language=args.lang,
            config_path=None if training else args.config,
            stack=stack,
        )
    except ConfigError as error:
        from kcc_desk.i18n import translated

        return 2, translated(error.ui_message)
    start_services(workspace, config, training=training)
    try:
        if args.smoke:
            return await _smoke(workspace.presenter), ""
        await closed.wait()
        return 0, ""
    finally:
        await shut_down(workspace)
        app.setQuitOnLastWindowClosed(True)


async def shut_down(workspace: Workspace) -> None:
    """Stop every task and close every connection while the loop still runs."""
    await workspace.presenter.aclose()
    await workspace.contacts.aclose()
    if workspace.watch is not None:
        await workspace.watch.aclose()
    await _close_backend(workspace.backend)


async def _close_backend(backend: LazyBackend) -> None:
    if backend.built:
        from kcc_desk.services.lookup import LookupService

        service = backend.warm_up()
        if isinstance(service, LookupService):
            await service.aclose()


async def _smoke(presenter: WorkspacePresenter) -> int:
    """Search the training persona once: proves the window, the loop, HTTP and the server work."""
    import asyncio

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
