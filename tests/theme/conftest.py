"""Theme test helpers: the shared design-token folder, and a QApplication that is restored after
each test that restyles it (other suites share the same QApplication)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

SHARED_TOKENS = Path(__file__).parents[2].parent / "shared" / "design-tokens"


@pytest.fixture
def shared_tokens() -> Path:
    if not SHARED_TOKENS.is_dir():
        pytest.skip(f"design-token sources not available at {SHARED_TOKENS}")
    return SHARED_TOKENS


@pytest.fixture
def styled_app(qapp: object) -> Iterator[object]:
    """``qapp`` whose style, palette, font and stylesheet are put back after the test."""
    from PySide6.QtWidgets import QApplication

    assert isinstance(qapp, QApplication)
    style, palette, font, sheet = (
        qapp.style().name(),
        qapp.palette(),
        qapp.font(),
        qapp.styleSheet(),
    )
    yield qapp
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setFont(font)
    qapp.setStyle(style)


@pytest.fixture
def qt_messages() -> Iterator[list[str]]:
    """Every Qt warning/debug message emitted during the test."""
    from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

    messages: list[str] = []

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        messages.append(message)

    previous = qInstallMessageHandler(handler)
    yield messages
    qInstallMessageHandler(previous)
