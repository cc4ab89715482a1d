"""Fixtures for the lookup-service tests: a replay server of real Open Zaak exchanges."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import replace
from pathlib import Path

import pytest

from kcc_desk.demo.server import DemoServer
from kcc_desk.services.config import AppConfig, SourceConfig, load_config
from kcc_desk.services.credentials import Credentials
from kcc_desk.services.lookup import LookupService
from kcc_desk.services.zgw_client import ZgwClient
from tests.services.replay import ReplayServer


@pytest.fixture(autouse=True)
def no_stale_running_loop() -> None:
    """Qt tests run qasync loops with ``already_running=True``, which registers the loop as this
    thread's running loop and never unregisters it; pytest-asyncio then refuses to run anything
    ("Runner.run() cannot be called from a running event loop"). In a sync fixture no loop can
    really be running here, so a registered one is stale: forget it."""
    if asyncio._get_running_loop() is not None:
        asyncio.events._set_running_loop(None)


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


# --- the demo server (kcc_desk.demo), over real HTTP on 127.0.0.1 -----------------------------

# The demo server fixtures (demo_server, fresh_demo_server) come from tests/fixtures/demo.py.


def demo_config(server: DemoServer, tmp_path: Path, *, timeout_s: float | None = None) -> AppConfig:
    config = load_config(server.write_config(tmp_path / "kcc-desk.toml"))
    if timeout_s is not None:
        config = replace(
            config, sources=tuple(replace(s, timeout_s=timeout_s) for s in config.sources)
        )
    return config


def demo_service(config: AppConfig) -> LookupService:
    return LookupService(config, Credentials(config, environ={}, keyring_get=lambda s, u: None))
