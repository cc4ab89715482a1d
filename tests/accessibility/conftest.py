"""The real workspace (the app against the demo server) for the accessibility tests.

Wraps tests/workspace's fixture: qasync's ``QEventLoop(already_running=True)`` registers itself
as asyncio's *running* loop and nothing unregisters it, so every later pytest-asyncio test in the
same process failed with "Cannot run the event loop while another loop is running" (these tests
run before tests/settings). Unset it after each test.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kcc_desk.demo.server import DemoServer
from tests.workspace.workspace_fixture import Workspace, open_workspace


def _forget_running_loop() -> None:
    asyncio.events._set_running_loop(None)
    # pytest-qt closes the window with deleteLater, which only runs when some later test spins
    # an event loop: delete it now, so this test's window cannot fail inside another test.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def workspace(qtbot: QtBot, qapp: QApplication, demo_server: DemoServer) -> Iterator[Workspace]:
    try:
        yield from open_workspace(qtbot, qapp, demo_server)
    finally:
        _forget_running_loop()


@pytest.fixture
def fresh_workspace(
    qtbot: QtBot, qapp: QApplication, fresh_demo_server: DemoServer
) -> Iterator[Workspace]:
    """On a server of its own: for tests that write (a referral)."""
    try:
        yield from open_workspace(qtbot, qapp, fresh_demo_server)
    finally:
        _forget_running_loop()
