"""Shared test set-up: Qt offscreen, isolated user dirs, and the fixture plugins."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

pytest_plugins = [
    "tests.fixtures.isolation",
    "tests.fixtures.demo",
]
