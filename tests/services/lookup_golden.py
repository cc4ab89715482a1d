"""The `lookup --json --timeline` output for every demo persona, made comparable across runs.

Issue 18 changed *how* the case types are fetched (the search no longer expands them), not what
the agent sees. The files in ``tests/fixtures/lookup_golden/`` were written by this module with
the code from before that change (commit 740e26e); ``test_lookup_golden.py`` compares today's
output with them. A fixed ``today`` keeps the generated demo data the same; the server's port and
the timings are the only parts that differ per run and are normalised away.

Regenerate (only when the demo data itself changes on purpose):
    .venv/bin/python -m tests.services.lookup_golden
"""

from __future__ import annotations

import asyncio
import json
import os
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from kcc_desk.commands.lookup import _to_json
from kcc_desk.demo.server import (
    BENCHMARK_BSN_20,
    BENCHMARK_BSN_MANY,
    PERSONA_BSN,
    PERSONA_KVK,
    DemoServer,
)
from kcc_desk.services.config import AppConfig, load_config
from kcc_desk.services.credentials import Credentials
from kcc_desk.services.identifiers import parse_identifier
from kcc_desk.services.lookup import LookupService

GOLDEN_DIR = Path(__file__).resolve().parents[1] / "fixtures" / "lookup_golden"
TODAY = date(2026, 12, 5)
BIG_CALLER_CASES = 30


@dataclass(frozen=True, slots=True)
class Scenario:
    name: str
    query: str
    compat_1_0: bool = False  # source 2 behaves as Zaken API 1.0 (no expand, no rol__ filters)


SCENARIOS = (
    Scenario("persona_bsn", PERSONA_BSN),
    Scenario("persona_kvk", PERSONA_KVK),
    Scenario("benchmark_20", BENCHMARK_BSN_20),
    Scenario("benchmark_many", BENCHMARK_BSN_MANY),
    Scenario("persona_bsn_old_server", PERSONA_BSN, compat_1_0=True),
    Scenario("persona_kvk_old_server", PERSONA_KVK, compat_1_0=True),
)


def start_server() -> DemoServer:
    server = DemoServer(
        sources=2, seed=1, today=TODAY, big_caller_cases=BIG_CALLER_CASES, klantinteracties=False
    )
    server.start()
    return server


async def lookup_json(config: AppConfig, query: str) -> str:
    """What `kcc-desk lookup --json --timeline` prints (every case opened, as the CLI does)."""
    async with LookupService(
        config, Credentials(config, environ={}, keyring_get=lambda s, u: None)
    ) as service:
        result = await service.lookup(parse_identifier(query))
        details = {c.url: await service.case_detail(c) for c in result.cases}
    # The demo's fixed today, not the clock's: days_overdue counts from it.
    return _to_json(result, details, True, today=TODAY)


def normalise(output: str, server: DemoServer) -> Any:
    for source in server.sources:
        output = output.replace(source.zaken_api.split("/zaken/")[0], f"<source{source.index}>")
    document = json.loads(output)
    for source in document["sources"]:
        source["elapsed_ms"] = 0
    return document


def scenario_output(server: DemoServer, config: AppConfig, scenario: Scenario) -> Any:
    server.set_compat(1, zaken_api_1_0=scenario.compat_1_0)
    try:
        return normalise(asyncio.run(lookup_json(config, scenario.query)), server)
    finally:
        server.set_compat(1, zaken_api_1_0=False)


def demo_app_config(server: DemoServer, folder: Path) -> AppConfig:
    config = load_config(server.write_config(folder / "golden.toml"))
    return replace(config, preload_catalog=True)


def main() -> None:
    import tempfile

    GOLDEN_DIR.mkdir(parents=True, exist_ok=True)
    server = start_server()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            os.environ["XDG_CACHE_HOME"] = tmp  # the kept catalogue: not in the user's folder
            config = demo_app_config(server, Path(tmp))
            for scenario in SCENARIOS:
                document = scenario_output(server, config, scenario)
                target = GOLDEN_DIR / f"{scenario.name}.json"
                target.write_text(
                    json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
                )
                print(f"{target.name}: {len(document['cases'])} zaken")
    finally:
        server.stop()


if __name__ == "__main__":
    main()
