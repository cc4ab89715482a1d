"""Round trips of the lookup paths of one kcc-desk version (run by lookup_benchmark.py).

Run with PYTHONPATH pointing at the kcc_desk to measure; uses only what every version has
(``commands.lookup._lookup``/``_parse``, ``LookupService``), a new cache folder per measurement
(``XDG_CACHE_HOME``: a version that keeps its catalogue starts cold too). Prints one JSON object
of medians, per scenario: ``waves``, the round trips that had to follow one another (a request
that started after another one's answer came counts one more than that one; found by timing every
``httpx`` send), and ``wall``, wall time ÷ latency (which adds the client's own time):

- ``cli_cold``: ``kcc-desk lookup --bsn`` for the 20-case caller (source 1 serves its cases over
  3 pages; both sources are asked), nothing cached;
- ``warm``: the persona's lookup again on the same service (``warm_paged``: the 20-case
  caller's, whose first page must come before the others can be asked for);
- ``cli_timeline``: ``kcc-desk lookup --timeline`` for the persona, nothing cached;
- ``case_open``: opening one case of the persona after its lookup: the slowest of its cases,
  which is the first one with a document whose informatieobjecttype the catalogue does not
  know yet (nothing asks for those before a case is opened); ``case_open_median``: the median.
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
from collections.abc import Awaitable
from pathlib import Path
from typing import Any

import httpx

from kcc_desk.commands.lookup import _lookup, _parse
from kcc_desk.demo.server import BENCHMARK_BSN_20, PERSONA_BSN
from kcc_desk.services.config import AppConfig, load_config
from kcc_desk.services.credentials import Credentials
from kcc_desk.services.lookup import LookupService

SENDS: list[tuple[float, float]] = []  # (start, end) of every request


def record_sends() -> None:
    original = httpx.AsyncClient.send

    async def send(self: httpx.AsyncClient, *args: Any, **kwargs: Any) -> httpx.Response:
        started = time.perf_counter()
        try:
            return await original(self, *args, **kwargs)
        finally:
            SENDS.append((started, time.perf_counter()))

    httpx.AsyncClient.send = send  # type: ignore[method-assign]


def waves(sends: list[tuple[float, float]]) -> int:
    depth: list[int] = []
    ordered = sorted(sends)
    for start, _ in ordered:
        before = [d for (s, e), d in zip(ordered, depth, strict=False) if e <= start]
        depth.append(1 + max(before, default=0))
    return max(depth, default=0)


async def measured(coro: Awaitable[Any], latency_s: float) -> tuple[float, float]:
    SENDS.clear()
    started = time.perf_counter()
    await coro
    wall = time.perf_counter() - started
    return float(waves(SENDS)), wall / latency_s


async def one_round(config: AppConfig, latency_s: float) -> dict[str, tuple[float, float]]:
    figures: dict[str, tuple[float, float]] = {}
    with tempfile.TemporaryDirectory() as folder:
        os.environ["XDG_CACHE_HOME"] = folder
        query = _parse("bsn", BENCHMARK_BSN_20)
        figures["cli_cold"] = await measured(_lookup(config, query, False), latency_s)
    with tempfile.TemporaryDirectory() as folder:
        os.environ["XDG_CACHE_HOME"] = folder
        query = _parse("bsn", PERSONA_BSN)
        figures["cli_timeline"] = await measured(_lookup(config, query, True), latency_s)
    with tempfile.TemporaryDirectory() as folder:
        os.environ["XDG_CACHE_HOME"] = folder
        async with LookupService(config, Credentials(config)) as service:
            await service.lookup(PERSONA_BSN)
            figures["warm"] = await measured(service.lookup(PERSONA_BSN), latency_s)
            await service.lookup(BENCHMARK_BSN_20)
            figures["warm_paged"] = await measured(service.lookup(BENCHMARK_BSN_20), latency_s)
            result = await service.lookup(PERSONA_BSN)
            opened = [await measured(service.case_detail(c), latency_s) for c in result.cases]
            figures["case_open"] = (max(w for w, _ in opened), max(t for _, t in opened))
            figures["case_open_median"] = (
                statistics.median(w for w, _ in opened),
                statistics.median(t for _, t in opened),
            )
    return figures


async def run(config: AppConfig, latency_s: float, rounds: int) -> dict[str, dict[str, float]]:
    record_sends()
    per_round = [await one_round(config, latency_s) for _ in range(rounds)]
    return {
        k: {
            "waves": statistics.median(r[k][0] for r in per_round),
            "wall": statistics.median(r[k][1] for r in per_round),
        }
        for k in per_round[0]
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--config", type=Path, required=True)
    parser.add_argument("--latency-ms", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    config = load_config(args.config)
    print(json.dumps(asyncio.run(run(config, args.latency_ms / 1000, args.rounds))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
