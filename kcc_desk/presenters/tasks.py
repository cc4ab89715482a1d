"""Named, preemptive asyncio tasks for presenters (after FeelUOwn's task manager).

Starting a task under a name cancels the one already running under that name, so a new search
always wins over a stale one. A reference to every task is kept until it ends (asyncio only holds
weak references), and an exception escaping a task is logged and handed to ``on_error`` instead of
vanishing: the window shows a message and stays alive.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import Any

logger = logging.getLogger(__name__)


class TaskSlots:
    def __init__(self, on_error: Callable[[str, BaseException], None]) -> None:
        self._tasks: dict[str, asyncio.Task[Any]] = {}
        self._on_error = on_error

    def start(self, name: str, coro: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        """Run ``coro`` under ``name``, cancelling whatever ran there before."""
        self.cancel(name)
        task = asyncio.get_event_loop().create_task(coro, name=name)
        self._tasks[name] = task
        task.add_done_callback(lambda done: self._finished(name, done))
        return task

    def cancel(self, name: str) -> None:
        task = self._tasks.pop(name, None)
        if task is not None and not task.done():
            task.cancel()

    def cancel_all(self) -> None:
        for name in list(self._tasks):
            self.cancel(name)

    async def drain(self) -> None:
        """Cancel every task and wait until each has finished, while the loop still runs.

        A task cancelled but not awaited takes its last step whenever Qt next processes events,
        which at shutdown is after qasync has stopped the loop: httpx then finds no running
        event loop and the task dies with an error instead of a clean cancellation."""
        tasks = [t for t in self._tasks.values() if not t.done()]
        self.cancel_all()
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)

    def running(self, name: str) -> bool:
        task = self._tasks.get(name)
        return task is not None and not task.done()

    def _finished(self, name: str, task: asyncio.Task[Any]) -> None:
        if self._tasks.get(name) is task:
            del self._tasks[name]
        if task.cancelled():
            return
        error = task.exception()
        if error is not None:
            # Type only: exception texts from lower layers may quote URLs with identifiers.
            logger.error("Task %s failed: %s", name, type(error).__name__)
            self._on_error(name, error)
