from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest

from tests.klantinteracties.harness import RunningKI, start_ki


@pytest.fixture
async def ki() -> AsyncIterator[RunningKI]:
    running = await start_ki()
    try:
        yield running
    finally:
        await running.close()


@pytest.fixture
async def http() -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(timeout=5.0) as client:
        yield client
