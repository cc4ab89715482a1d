"""Theme test helpers: the real NLDS design-token sets (copied into tests/fixtures), and a
QApplication that is restored after each test that restyles it (other suites share the same
QApplication)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.fixtures.paths import DESIGN_TOKENS_DIR


@pytest.fixture
def design_tokens() -> Path:
    """The token sets are part of the repository: a missing folder is a broken checkout, so the
    tests that use it fail (on a missing file) rather than skip."""
    return DESIGN_TOKENS_DIR


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
