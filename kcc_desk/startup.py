"""Start-up, the part before the workspace exists: what runs before the first frame.

Kept apart from :mod:`kcc_desk.app` so the first frame does not wait for that module either.
The stages (see also ``docs/architecture.md``):

1. ``open_window`` (before the first paint): the application in the Fusion style, the two
   display settings (language, house style), the translators, the saved look
   (``theme.snapshot``) and the window's shell with the search field. Not even asyncio yet.
2. ``preload``: Qt's own event loop runs the shell while a worker thread imports asyncio,
   qasync and everything the next stage builds.
3. ``app.complete_workspace`` (on the qasync loop): the configuration, the real theme, the
   presenters, the panes. A search asked for in between starts as soon as the panes are there.
"""

from __future__ import annotations

import argparse
import contextlib
import faulthandler
import os
import sys
from typing import TYPE_CHECKING

from kcc_desk.refcount_guard import protect_singletons
from kcc_desk.stages import PRELOAD_MODULES, Shell, import_modules

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

    from kcc_desk.theme.snapshot import ThemeSnapshot


def run_gui(args: argparse.Namespace) -> int:
    protect_singletons()  # before the first Qt call (see refcount_guard)
    # A crash in Qt or PySide leaves the Python stack of every thread on stderr (the log an
    # administrator sends in), not just "Segmentation fault". No personal data: code lines only.
    faulthandler.enable()
    if args.smoke:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from kcc_desk.theme.snapshot import new_application

    app = QApplication.instance() or new_application(sys.argv[:1])
    assert isinstance(app, QApplication)
    from kcc_desk.gui_gc import GuiThreadCollector

    # Before the preload thread starts importing: from here on no worker thread collects.
    GuiThreadCollector(app)
    with contextlib.ExitStack() as stack:
        training = bool(args.demo or args.smoke)
        config_path = None if training else args.config
        shell = open_window(app, training=training, language=args.lang, config_path=config_path)
        if shell.window.open_maximized:
            shell.window.showMaximized()
        else:
            shell.window.show()
        if not preload(app, shell.window):
            return 0  # closed before it was complete
        import asyncio

        import qasync

        from kcc_desk.app import run_workspace

        loop = qasync.QEventLoop(app)
        asyncio.set_event_loop(loop)
        with loop:
            outcome: tuple[int, str] = loop.run_until_complete(
                run_workspace(app, shell, args, training=training, stack=stack)
            )
        code, problem = outcome
        if problem:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.critical(shell.window, "kcc-desk", problem)
        # Not shell.window: choosing another language in the settings rebuilds the window.
        for window in app.topLevelWidgets():
            if window.isVisible():
                window.close()
        return code


def preload(app: QApplication, window: QWidget) -> bool:
    """Run Qt's own event loop, so the shell paints and takes keys, while a worker thread
    imports what the rest of start-up needs; return when that is done (True) or when the
    window was closed first (False).

    The qasync loop can only start after asyncio is imported, and importing it and the rest
    on the GUI thread before the first paint cost ~0.3 s. Imports are thread-safe; widgets are
    made on the GUI thread afterwards (complete_workspace)."""
    import threading

    from PySide6.QtCore import QTimer

    from kcc_desk.views.main_window import PANE_MODULES

    done = threading.Event()
    failure: list[BaseException] = []

    def work() -> None:
        try:
            import_modules((*PRELOAD_MODULES, *PANE_MODULES))
        except BaseException as error:  # re-raised on the GUI thread below
            failure.append(error)
        finally:
            done.set()

    threading.Thread(target=work, name="kcc-desk-preload", daemon=True).start()
    check = QTimer()
    check.setInterval(5)
    check.timeout.connect(lambda: app.exit(0) if done.is_set() else None)
    check.start()
    app.exec()  # returns at app.exit(0) above, or when the agent closed the window
    check.stop()
    if failure:
        raise failure[0]
    return done.is_set() and window.isVisible()


def open_window(
    app: QApplication, *, training: bool, language: str | None, config_path: str | None
) -> Shell:
    """Stage 1 of start-up, before the first paint: only what the first frame needs."""
    from kcc_desk import i18n
    from kcc_desk.services.display_settings import DisplaySettings, read_display_settings
    from kcc_desk.views.main_window import MainWindow

    # The training environment ignores the agent's config file, as build_workspace does.
    display = DisplaySettings() if training else read_display_settings(config_path)
    app.setApplicationName("kcc-desk")
    app.setOrganizationName("kcc-desk")
    installed = i18n.install_translators(app, language or display.language)
    theming = None
    if not paint_saved_look(app, display.theme):  # a first start: the whole theme, now
        from kcc_desk.theming import Theming

        theming = Theming(app, display.theme)
    window = MainWindow(training=training)
    return Shell(window, installed, display, theming)


def paint_saved_look(app: QApplication, setting: str | None) -> ThemeSnapshot | None:
    """Apply the look the previous run saved, if it was for this theme setting (at the text
    size chosen last; a text size changed behind its back is put right by stage 2)."""
    from kcc_desk.theme.snapshot import apply_snapshot, load_snapshot, snapshot_key

    snapshot = load_snapshot()
    if snapshot is None or snapshot.key != snapshot_key(setting):
        return None
    apply_snapshot(app, snapshot)
    return snapshot
