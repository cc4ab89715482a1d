from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kcc_desk.demo.server import DemoServer

# Six weeks back from here hold Christmas (Thu 25, Fri 26 Dec 2025) and a weekend after it.
REVIEW_TODAY = date(2025, 12, 29)


@pytest.fixture(scope="module")
def review_server() -> Iterator[DemoServer]:
    server = DemoServer(sources=2, seed=1, today=REVIEW_TODAY)
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def review_config(review_server: DemoServer, tmp_path: Path) -> Path:
    return review_server.write_config(tmp_path / "config.toml")


from tests.workspace.workspace_fixture import (  # noqa: E402
    Workspace,
    open_workspace,
    workspace,
)


@pytest.fixture
def review_workspace(
    qtbot: QtBot, qapp: QApplication, review_server: DemoServer
) -> Iterator[Workspace]:
    """The real app on the review server, whose history ends on REVIEW_TODAY (the tests pin
    the review's clock to that day, so they do not depend on the real date)."""
    yield from open_workspace(qtbot, qapp, review_server)


__all__ = ["review_config", "review_server", "review_workspace", "workspace"]
