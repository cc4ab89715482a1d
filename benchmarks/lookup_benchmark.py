"""Lookup benchmark: a caller with 20 cases, 3 sources, 100 ms latency per response.

Starts ``kcc-desk demo-server --latency-ms 100 --sources 3`` in a child process (so the server
does not share this process's GIL), then measures with the real LookupService:

- cold: a new service (empty catalogue cache, new connections) per lookup;
  measured twice: with the default zaaktypen preload and with ``preload_catalog = false``;
- warm: the same service again (catalogue cached, connections kept alive);
- naive: today's KCC front-end pattern — sequential, per case zaaktype, rollen, status and
  statustype, no cache, no expand.

Prints wall time ÷ latency and requests per lookup per source. Targets: cold ≤ 3×, warm ≤ 2×,
≤ 3 requests per source warm, ≥ 10× faster than naive.

Then the round trips of issue 16, before (``--before-rev``, default 740e26e, exported with
``git archive``) and after, measured by the same ``round_trip_worker.py`` against a second
server with 2 sources and page size 7 (the 20-case caller's cases come in 3 pages). Targets at
100 ms per response: cold CLI lookup ≤ 3, warm ≤ 1.5, ``--timeline`` ≤ 4, opening a case ≤ 2.

    .venv/bin/python benchmarks/lookup_benchmark.py [--latency-ms 100] [--rounds 5]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

import httpx

from kcc_desk.demo.server import BENCHMARK_BSN_20
from kcc_desk.services.config import AppConfig, load_config
from kcc_desk.services.credentials import Credentials
from kcc_desk.services.lookup import LookupService
from kcc_desk.services.zgw_auth import JwtMinter

BSN_FILTER = "rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn"


def start_server(
    latency_ms: int, config_path: Path, sources: int = 3, page_size: int = 100
) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "kcc_desk",
            "demo-server",
            "--sources",
            str(sources),
            "--page-size",
            str(page_size),
            "--latency-ms",
            str(latency_ms),
            "--write-config",
            str(config_path),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    for line in proc.stdout:
        if "draait" in line:  # "Oefenserver draait."
            return proc
    raise SystemExit("demo server did not start")


class RequestCounter:
    """Counts requests per source (by host:port) through an httpx event hook."""

    def __init__(self, config: AppConfig) -> None:
        self.by_origin = {httpx.URL(s.zaken_api).netloc: s.name for s in config.sources}
        self.counts: Counter[str] = Counter()

    async def hook(self, request: httpx.Request) -> None:
        self.counts[self.by_origin.get(request.url.netloc, "?")] += 1


async def measure_service(config: AppConfig, rounds: int) -> dict[str, Any]:
    cold_s, warm_s = [], []
    cold_req: list[Counter[str]] = []
    warm_req: list[Counter[str]] = []
    for _ in range(rounds):
        counter = RequestCounter(config)
        http = httpx.AsyncClient(event_hooks={"request": [counter.hook]})
        # Cold: an empty catalogue (none kept on disk either).
        async with LookupService(
            config, Credentials(config), http=http, keep_catalogue=False
        ) as service:
            started = time.perf_counter()
            result = await service.lookup(BENCHMARK_BSN_20)
            cold_s.append(time.perf_counter() - started)
            assert len(result.cases) == 20 and all(s.ok for s in result.sources), result.sources
            cold_req.append(counter.counts.copy())
            counter.counts.clear()
            started = time.perf_counter()
            result = await service.lookup(BENCHMARK_BSN_20)
            warm_s.append(time.perf_counter() - started)
            assert len(result.cases) == 20
            warm_req.append(counter.counts.copy())
        await http.aclose()
    return {"cold": cold_s, "warm": warm_s, "cold_req": cold_req, "warm_req": warm_req}


async def naive_lookup(config: AppConfig) -> tuple[float, int]:
    """One source at a time, one request at a time, nothing cached, nothing expanded."""
    credentials = Credentials(config)
    minter = JwtMinter(config.agent_id)
    requests = 0
    started = time.perf_counter()
    async with httpx.AsyncClient(timeout=30) as http:
        for source in config.sources:
            headers = {
                "Authorization": minter.authorization(
                    source.client_id, credentials.secret_for(source)
                ),
                "Accept-Crs": "EPSG:4326",
            }

            async def get(
                url: str, params: dict[str, str] | None = None, headers: Any = headers
            ) -> Any:
                nonlocal requests
                requests += 1
                response = await http.get(url, params=params, headers=headers)
                response.raise_for_status()
                return response.json()

            page = await get(source.zaken_api + "zaken", {BSN_FILTER: BENCHMARK_BSN_20})
            for zaak in page["results"]:
                await get(zaak["zaaktype"])
                await get(source.zaken_api + "rollen", {"zaak": zaak["url"]})
                if zaak.get("status"):
                    status = await get(zaak["status"])
                    await get(status["statustype"])
    return time.perf_counter() - started, requests


def report(
    title: str, figures: dict[str, Any], names: list[str], latency: float, naive_s: float
) -> bool:
    cold = statistics.median(figures["cold"])
    warm = statistics.median(figures["warm"])
    print(title)
    print(f"  cold lookup : {cold * 1000:7.0f} ms = {cold / latency:5.2f} × latency  (target ≤ 3)")
    print(f"  warm lookup : {warm * 1000:7.0f} ms = {warm / latency:5.2f} × latency  (target ≤ 2)")
    print(
        f"  speed-up    : cold {naive_s / cold:5.1f}×, warm {naive_s / warm:5.1f}× "
        "faster than naive (target ≥ 10)"
    )
    print("  requests per lookup per source (cold / warm, target warm ≤ 3):")
    for name in names:
        c = statistics.median(r[name] for r in figures["cold_req"])
        w = statistics.median(r[name] for r in figures["warm_req"])
        print(f"    {name:28s} {c:4.0f} / {w:4.0f}")
    return (
        cold / latency <= 3
        and warm / latency <= 2
        and naive_s / cold >= 10
        and all(max(r[n] for r in figures["warm_req"]) <= 3 for n in names)
    )


ROUND_TRIP_TARGETS: tuple[tuple[str, str, float | None], ...] = (
    ("cli_cold", "cold CLI lookup, 2 sources, 3 pages", 3.0),
    ("warm", "warm lookup (persona, 2 sources)", 1.5),
    ("warm_paged", "warm lookup, 20 cases over 3 pages", None),
    ("cli_timeline", "lookup --timeline, persona (5 cases, 2 sources)", 4.0),
    ("case_open", "opening a case, slowest (a document type unknown)", 2.0),
    ("case_open_median", "opening a case, median", 2.0),
)


def round_trips(latency_ms: int, rounds: int, before_rev: str) -> bool:
    """Issue 16's figures, before and after, in round trips (wall time ÷ latency)."""
    from catalogue_benchmark import REPO, export  # this folder is on sys.path as a script

    worker = Path(__file__).with_name("round_trip_worker.py")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        server = start_server(latency_ms, folder / "paged.toml", sources=2, page_size=7)
        try:
            figures = {}
            for version, code in (
                ("before", export(before_rev, folder / "before")),
                ("after", REPO),
            ):
                out = subprocess.run(
                    [
                        sys.executable,
                        str(worker),
                        *("--config", str(folder / "paged.toml")),
                        *("--latency-ms", str(latency_ms), "--rounds", str(rounds)),
                    ],
                    check=True,
                    capture_output=True,
                    text=True,
                    env={**os.environ, "PYTHONPATH": str(code)},
                ).stdout
                figures[version] = json.loads(out.strip().splitlines()[-1])
        finally:
            server.terminate()
            server.wait(10)
    print(
        f"round trips at {latency_ms} ms per response, before = {before_rev} / after "
        "(waves: requests that had to wait for an answer; wall: wall time ÷ latency)"
    )
    ok = True
    for key, label, target in ROUND_TRIP_TARGETS:
        before, after = figures["before"][key], figures["after"][key]
        met = target is None or after["waves"] <= target
        ok = ok and met
        goal = f"target ≤ {target}" if target is not None else "no target"
        print(
            f"  {label:48s} waves {before['waves']:3.0f} / {after['waves']:<3.0f} "
            f"wall {before['wall']:5.2f} / {after['wall']:5.2f}  ({goal})"
            f"{'' if met else '  MISSED'}"
        )
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--latency-ms", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--before-rev", default="740e26e")
    args = parser.parse_args()
    latency = args.latency_ms / 1000
    with tempfile.TemporaryDirectory() as tmp:
        config_path = Path(tmp) / "bench.toml"
        server = start_server(args.latency_ms, config_path)
        try:
            config = load_config(config_path)
            preload = asyncio.run(measure_service(config, args.rounds))
            on_demand = asyncio.run(
                measure_service(replace(config, preload_catalog=False), args.rounds)
            )
            naive_s, naive_requests = asyncio.run(naive_lookup(config))
        finally:
            server.terminate()
            server.wait(10)
    names = [s.name for s in config.sources]
    print(
        f"Caller with 20 cases, {len(names)} sources, latency {args.latency_ms} ms per response, "
        f"{args.rounds} rounds (medians)"
    )
    print(
        f"naive baseline: {naive_s * 1000:7.0f} ms = {naive_s / latency:5.2f} × latency, "
        f"{naive_requests} requests"
    )
    ok = report(
        "kcc-desk (default: zaaktypen preloaded alongside the first search):",
        preload,
        names,
        latency,
        naive_s,
    )
    ok_plain = report(
        "kcc-desk with preload_catalog = false (each zaaktype on demand):",
        on_demand,
        names,
        latency,
        naive_s,
    )
    ok_trips = round_trips(args.latency_ms, args.rounds, args.before_rev)
    all_ok = ok and ok_plain and ok_trips
    print("all targets met" if all_ok else "TARGET MISSED")
    return 0 if all_ok else 1


if __name__ == "__main__":
    sys.exit(main())
