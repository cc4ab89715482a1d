"""The longest event-loop stall while something runs: a task that sleeps 5 ms at a time on the
running asyncio loop (a bare one, or qasync's on Qt's) and keeps the longest overshoot. Shared by
review_benchmark.py and review_view_probe.py."""

from __future__ import annotations

import asyncio
import time

TICK_S = 0.005


class StallTicker:
    def __init__(self) -> None:
        self._longest = 0.0
        self._done = asyncio.Event()
        self._task = asyncio.ensure_future(self._tick())

    async def _tick(self) -> None:
        while not self._done.is_set():
            before = time.perf_counter()
            await asyncio.sleep(TICK_S)
            self._longest = max(self._longest, time.perf_counter() - before - TICK_S)

    async def stop(self) -> float:
        """Stop ticking; the longest stall seen, in milliseconds."""
        self._done.set()
        await self._task
        return self._longest * 1000
