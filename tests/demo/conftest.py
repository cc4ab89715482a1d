"""Fixtures for the demo-server tests (the shared ones live in tests/fixtures/demo.py)."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest


@pytest.fixture(scope="session")
def plain_http() -> Iterator[httpx.Client]:
    """One keep-alive client for the session (creating clients is not free); no default
    headers, so each test states the headers it sends."""
    with httpx.Client(timeout=10) as http:
        yield http
