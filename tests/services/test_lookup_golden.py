"""Nothing the agent sees changed with the catalogue rework (issue 18): `lookup --json
--timeline` for every demo persona equals the output of the code before it, with an empty
catalogue and again after a restart with the catalogue kept on disk."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kcc_desk.demo.server import DemoServer
from tests.services.lookup_golden import (
    GOLDEN_DIR,
    SCENARIOS,
    Scenario,
    demo_app_config,
    scenario_output,
    start_server,
)


@pytest.fixture(scope="module")
def golden_server() -> Iterator[DemoServer]:
    server = start_server()
    try:
        yield server
    finally:
        server.stop()


def assert_contains(expected: Any, actual: Any, where: str = "$") -> None:
    """``actual`` has everything ``expected`` has (fields added later are allowed)."""
    if isinstance(expected, dict):
        assert isinstance(actual, dict), where
        for key, value in expected.items():
            assert key in actual, f"{where}.{key} missing"
            assert_contains(value, actual[key], f"{where}.{key}")
    elif isinstance(expected, list):
        assert isinstance(actual, list) and len(actual) == len(expected), where
        for i, (e, a) in enumerate(zip(expected, actual, strict=True)):
            assert_contains(e, a, f"{where}[{i}]")
    else:
        assert actual == expected, f"{where}: {actual!r} != {expected!r}"


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s.name for s in SCENARIOS])
def test_output_unchanged(
    golden_server: DemoServer, tmp_path: Path, isolated_user_dirs: Path, scenario: Scenario
) -> None:
    golden = json.loads((GOLDEN_DIR / f"{scenario.name}.json").read_text(encoding="utf-8"))
    assert golden["cases"], "a golden file without cases proves nothing"
    config = demo_app_config(golden_server, tmp_path)
    cold = scenario_output(golden_server, config, scenario)
    assert_contains(golden, cold)
    assert (isolated_user_dirs / "cache" / "kcc-desk" / "catalogus.json").is_file()
    # A restart: the catalogue kept by the first run (the user's cache folder, isolated per
    # test) answers the types now.
    restarted = scenario_output(golden_server, config, scenario)
    assert_contains(golden, restarted)
