"""The real main window on the real lookup service against the demo server, on a qasync loop
that pytest-qt's event processing drives (per STYLE.md: already_running=True, never stop())."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import qasync
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kcc_desk.demo.server import DemoServer
from kcc_desk.presenters.workspace import WorkspacePresenter
from kcc_desk.services.credentials import Credentials
from kcc_desk.services.lookup import LookupService
from kcc_desk.training import training_config
from kcc_desk.views.main_window import MainWindow


@dataclass
class Workspace:
    window: MainWindow
    presenter: WorkspacePresenter
    service: LookupService
    server: DemoServer
    opened_files: list[Path] = field(default_factory=list)


def open_workspace(qtbot: QtBot, qapp: QApplication, server: DemoServer) -> Iterator[Workspace]:
    loop = qasync.QEventLoop(qapp, already_running=True)
    # Our own executor, shut down at teardown: the loop cannot be closed while pytest-qt runs
    # it, and a QThread still running at exit aborts the whole test process.
    executor = qasync.QThreadExecutor(2)
    loop.set_default_executor(executor)
    asyncio.set_event_loop(loop)
    config = training_config(server)
    service = LookupService(config, Credentials(config))
    opened: list[Path] = []
    presenter = WorkspacePresenter(service, open_file=opened.append)
    window = MainWindow(presenter, training=True)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    workspace = Workspace(window, presenter, service, server, opened)
    yield workspace
    presenter.shutdown()
    closing = loop.create_task(service.aclose())
    qtbot.waitUntil(closing.done, timeout=5000)
    executor.shutdown(wait=True)
    asyncio.set_event_loop(None)


@pytest.fixture
def workspace(qtbot: QtBot, qapp: QApplication, demo_server: DemoServer) -> Iterator[Workspace]:
    yield from open_workspace(qtbot, qapp, demo_server)
