"""GUI bootstrap: QApplication, the qasync event loop, the services, the main window.

The GUI thread never blocks: all I/O runs as asyncio tasks on the qasync loop (one shared httpx
client in the lookup service); the training server runs in its own thread.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

logger = logging.getLogger(__name__)

SMOKE_PERSONA_BSN = "999993653"
_KEEP_ALIVE: list[object] = []


def run_gui(args: argparse.Namespace) -> int:
    if args.smoke:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import qasync
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QApplication, QMessageBox

    from kcc_desk.presenters.workspace import WorkspacePresenter
    from kcc_desk.services.config import AppConfig, load_config
    from kcc_desk.services.credentials import Credentials
    from kcc_desk.services.errors import ConfigError
    from kcc_desk.services.lookup import LookupService
    from kcc_desk.views.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("kcc-desk")
    app.setOrganizationName("kcc-desk")
    lang = _install_translations(app, args.lang)
    theme = _Theming(app)

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)

    with contextlib.ExitStack() as stack:
        config: AppConfig
        training = bool(args.demo or args.smoke)
        if training:
            from kcc_desk.training import start_training_server, training_config

            server = start_training_server()
            stack.callback(server.stop)
            config = training_config(server)
        else:
            try:
                config = load_config(args.config)
            except ConfigError as error:
                QMessageBox.critical(None, "kcc-desk", error.message)
                return 2

        service = LookupService(config, Credentials(config))

        def open_file(path: Path) -> None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

        presenter = WorkspacePresenter(service, open_file=open_file, lang=lang)
        window = MainWindow(presenter, training=training)
        window.text_scale_step.connect(theme.step)
        window.show()

        with loop:
            if args.smoke:
                code: int = loop.run_until_complete(_smoke(presenter))
            else:
                closed = asyncio.Event()
                app.aboutToQuit.connect(closed.set)
                loop.run_until_complete(closed.wait())
                code = 0
            presenter.shutdown()
            loop.run_until_complete(service.aclose())
        window.close()
        return code


async def _smoke(presenter: object) -> int:
    """Search the training persona once: proves the window, the loop, HTTP and the server work."""
    from kcc_desk.presenters.workspace import WorkspacePresenter

    assert isinstance(presenter, WorkspacePresenter)
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


def _install_translations(app: QApplication, lang: str | None) -> str:
    from kcc_desk import i18n

    installed = i18n.install_translators(app, lang)
    _KEEP_ALIVE.append(installed)  # translators must stay referenced while the app runs
    return installed.language


class _Theming:
    """The house style plus the agent's remembered text size (100-200%, Ctrl+= / - / 0)."""

    def __init__(self, app: QApplication) -> None:
        from kcc_desk.theme.registry import load_theme
        from kcc_desk.theme.scale import load_text_scale

        self._app = app
        self._theme = load_theme()
        self.scale = load_text_scale()
        self._apply()

    def step(self, direction: int) -> None:
        from kcc_desk.theme.scale import next_scale, save_text_scale

        self.scale = 1.0 if direction == 0 else next_scale(self.scale, direction)
        save_text_scale(self.scale)
        self._apply()

    def _apply(self) -> None:
        from kcc_desk.theme.apply import apply_theme

        apply_theme(self._app, self._theme, self.scale)
