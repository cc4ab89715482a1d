"""Fixtures for the lookup-service tests: a replay server of real Open Zaak exchanges."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from kcc_desk.services.config import AppConfig, SourceConfig
from kcc_desk.services.credentials import Credentials
from kcc_desk.services.zgw_client import ZgwClient
from tests.services.replay import ReplayServer

REPLAY_SECRET = "replay-secret-for-a-loopback-test-server"


@pytest.fixture
async def replay() -> AsyncIterator[ReplayServer]:
    server = ReplayServer()
    await server.start()
    yield server
    await server.stop()


def replay_config(base: str, *, timeout_s: float = 5.0) -> AppConfig:
    source = SourceConfig(
        name="Open Zaak (opname)",
        zaken_api=f"{base}/zaken/api/v1/",
        catalogi_api=f"{base}/catalogi/api/v1/",
        documenten_api=f"{base}/documenten/api/v1/",
        client_id="kcc-desk-test",
        timeout_s=timeout_s,
        secret=REPLAY_SECRET,
    )
    return AppConfig(sources=(source,), agent_id="j.jansen")


@pytest.fixture
async def replay_client(replay: ReplayServer) -> AsyncIterator[ZgwClient]:
    config = replay_config(replay.base)
    client = ZgwClient(config, Credentials(config, environ={}, keyring_get=lambda s, u: None))
    yield client
    await client.aclose()
