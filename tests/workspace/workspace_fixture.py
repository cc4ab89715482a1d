"""The real app (build_workspace: theme, translations, lookup, contacts, outbox) against the demo
server, on a qasync loop that pytest-qt's event processing drives (per STYLE.md:
already_running=True, never stop()). The application's look is restored after each test."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import qasync
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kcc_desk import i18n
from kcc_desk.app import Workspace as AppWorkspace
from kcc_desk.app import build_workspace, shut_down
from kcc_desk.demo.server import DemoServer
from kcc_desk.preferences import training_preferences
from kcc_desk.presenters.contacts import ContactPresenter
from kcc_desk.presenters.workspace import WorkspacePresenter
from kcc_desk.theme import apply as theme_apply
from kcc_desk.training import training_config
from kcc_desk.views.main_window import MainWindow


@dataclass
class Workspace:
    app: AppWorkspace
    server: DemoServer
    opened_files: list[Path] = field(default_factory=list)

    @property
    def window(self) -> MainWindow:
        return self.app.window

    @property
    def presenter(self) -> WorkspacePresenter:
        return self.app.presenter

    @property
    def contacts(self) -> ContactPresenter:
        return self.app.contacts


@contextlib.contextmanager
def qasync_loop(qapp: QApplication) -> Iterator[qasync.QEventLoop]:
    """A qasync loop that pytest-qt's event processing drives (per STYLE.md: already_running=True,
    never stop()), unregistered again afterwards."""
    loop = qasync.QEventLoop(qapp, already_running=True)
    # Our own executor, shut down at teardown: the loop cannot be closed while pytest-qt runs
    # it, and a QThread still running at exit aborts the whole test process.
    executor = qasync.QThreadExecutor(2)
    loop.set_default_executor(executor)
    asyncio.set_event_loop(loop)
    try:
        yield loop
    finally:
        executor.shutdown(wait=True)
        # already_running=True registered the Qt loop as the running loop; left there, every
        # later asyncio test fails with "cannot be called from a running event loop".
        asyncio.events._set_running_loop(None)
        asyncio.set_event_loop(None)


@contextlib.contextmanager
def restored_look(qapp: QApplication) -> Iterator[None]:
    """The application's look and translators as they were before the app was built."""
    look = qapp.palette(), qapp.font(), qapp.styleSheet(), qapp.style().name()
    try:
        yield
    finally:
        palette, font, sheet, style = look
        qapp.setStyleSheet(sheet)
        qapp.setPalette(palette)
        qapp.setFont(font)
        qapp.setStyle(style)
        theme_apply._Applied.theme = None
        i18n.remove_translators(qapp)


def close_workspace(qtbot: QtBot, loop: qasync.QEventLoop, parts: AppWorkspace) -> None:
    """Stop every task while the loop runs, then delete the window now (not some tests later)."""
    closing = loop.create_task(shut_down(parts))
    qtbot.waitUntil(closing.done, timeout=10_000)
    parts.window.close()
    parts.window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def open_workspace(
    qtbot: QtBot, qapp: QApplication, server: DemoServer, *, training: bool = True
) -> Iterator[Workspace]:
    """``training=False``: the daily-work set-up (the outbox in the user's data folder, which
    tests/fixtures/isolation points at a temporary one) against the same demo server."""
    with qasync_loop(qapp) as loop, restored_look(qapp):
        opened: list[Path] = []
        parts = build_workspace(
            qapp,
            training_config(server),
            training=training,
            language="nl",
            open_file=opened.append,
            preferences=training_preferences(),
        )
        window = parts.window
        # Not qtbot.addWidget: pytest-qt would deleteLater the window after this fixture has
        # let go of the presenters, and the deletion would run inside some later test, whose
        # stylesheet change or event processing then touched views whose models were already
        # freed (segfault).
        window.show()
        window.activateWindow()
        qtbot.waitActive(window)
        parts.contacts.start()
        try:
            yield Workspace(parts, server, opened)
        finally:
            close_workspace(qtbot, loop, parts)


@pytest.fixture
def workspace(qtbot: QtBot, qapp: QApplication, demo_server: DemoServer) -> Iterator[Workspace]:
    yield from open_workspace(qtbot, qapp, demo_server)


@pytest.fixture
def fresh_workspace(
    qtbot: QtBot, qapp: QApplication, fresh_demo_server: DemoServer
) -> Iterator[Workspace]:
    """On a server of its own: for tests that write (referrals) or break things (faults)."""
    yield from open_workspace(qtbot, qapp, fresh_demo_server)
