"""Measures one version of kcc-desk's lookup (run by catalogue_benchmark.py, once per version).

Run with PYTHONPATH pointing at the kcc_desk to measure; uses only what every version has
(``LookupService(config, credentials, http=...)``) and steers the kept catalogue through
``XDG_CACHE_HOME`` (a version without one simply has none). Prints one JSON object.

Scenarios for the 20-case caller, each on a new service unless said otherwise:
- ``cold``: nothing cached at all (new cache folder);
- ``restart``: the catalogue the cold run kept is still fresh (same morning);
- ``warm``: the restart's service again (everything in memory);
- ``next_morning``: the kept catalogue is older than FRESH_FOR_S, so it is confirmed in the
  background after the lookup (``background_*`` figures; not part of the lookup itself);
- ``second_morning``: the same a day later, now with the ETags the first confirmation learnt.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx
from round_trip_worker import SENDS, record_sends, waves  # this folder: sys.path[0]

from kcc_desk.demo.server import BENCHMARK_BSN_20
from kcc_desk.services.config import AppConfig, load_config
from kcc_desk.services.credentials import Credentials
from kcc_desk.services.lookup import LookupService


class Meter:
    """Requests and Server-Timing totals, through httpx event hooks."""

    def __init__(self) -> None:
        self.requests = 0
        self.server_ms = 0.0

    async def on_request(self, request: httpx.Request) -> None:
        self.requests += 1

    async def on_response(self, response: httpx.Response) -> None:
        timing = response.headers.get("server-timing", "")
        if ";dur=" in timing:
            self.server_ms += float(timing.split(";dur=", 1)[1])

    def reading(self) -> tuple[int, float]:
        return self.requests, self.server_ms


def age_kept_catalogue(folder: Path, seconds: float) -> bool:
    try:
        from kcc_desk.services import catalog_store
    except ImportError:  # a version that keeps nothing
        return False
    path = folder / "kcc-desk" / catalog_store.FILE_NAME
    snapshot = catalog_store.load(path)
    if snapshot is None:
        return False
    for entry in snapshot.objects.values():
        entry.checked_at -= seconds
    for bundle in snapshot.types.values():
        bundle.checked_at -= seconds
    catalog_store.save(path, snapshot)
    return True


async def one_round(config: AppConfig, folder: Path) -> dict[str, dict[str, float]]:
    os.environ["XDG_CACHE_HOME"] = str(folder)
    figures: dict[str, dict[str, float]] = {}
    meter = Meter()
    http = httpx.AsyncClient(
        event_hooks={"request": [meter.on_request], "response": [meter.on_response]}
    )

    async def measure(name: str, service: LookupService) -> None:
        before = meter.reading()
        SENDS.clear()
        started = time.perf_counter()
        result = await service.lookup(BENCHMARK_BSN_20)
        wall = time.perf_counter() - started
        after = meter.reading()
        sent = list(SENDS)
        assert len(result.cases) == 20 and all(s.ok for s in result.sources), result.sources
        figures[name] = {
            "wall_ms": wall * 1000,
            "requests": after[0] - before[0],
            "server_ms": after[1] - before[1],
            "waves": waves(sent),
        }

    try:
        async with LookupService(config, Credentials(config), http=http) as service:
            await measure("cold", service)
        async with LookupService(config, Credentials(config), http=http) as service:
            await measure("restart", service)
            await measure("warm", service)
        # Two mornings: the first confirmation learns the ETags, the second sends If-None-Match.
        for morning in ("next_morning", "second_morning"):
            if not age_kept_catalogue(folder, 24 * 3600):
                break
            async with LookupService(config, Credentials(config), http=http) as service:
                await measure(morning, service)
                before = meter.reading()
                await service.kept_catalogue.settled()
                after = meter.reading()
                figures[morning]["background_requests"] = after[0] - before[0]
                figures[morning]["background_server_ms"] = after[1] - before[1]
    finally:
        await http.aclose()
    return figures


async def run(config: AppConfig, rounds: int) -> dict[str, dict[str, float]]:
    record_sends()
    per_round = []
    for _ in range(rounds):
        with tempfile.TemporaryDirectory() as folder:
            per_round.append(await one_round(config, Path(folder)))
    medians: dict[str, dict[str, float]] = {}
    for scenario in per_round[0]:
        keys = per_round[0][scenario]
        medians[scenario] = {k: statistics.median(r[scenario][k] for r in per_round) for k in keys}
    return medians


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--config", type=Path, required=True)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    config = load_config(args.config)
    print(json.dumps(asyncio.run(run(config, args.rounds))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
