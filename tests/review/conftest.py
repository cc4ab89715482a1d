from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

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


from tests.workspace.workspace_fixture import workspace  # noqa: E402

__all__ = ["review_config", "review_server", "workspace"]
