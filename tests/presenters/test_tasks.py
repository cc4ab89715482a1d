"""TaskSlots on a plain asyncio loop: a new task under a name cancels the stale one, failures
reach on_error (and the log, by type only), drain waits for everything to end."""

from __future__ import annotations

import asyncio
import logging

import pytest

from kcc_desk.presenters.tasks import TaskSlots


class Errors(list[tuple[str, BaseException]]):
    def __call__(self, name: str, error: BaseException) -> None:
        self.append((name, error))


async def _forever(started: asyncio.Event, log: list[str], tag: str) -> None:
    started.set()
    try:
        await asyncio.Event().wait()
    except asyncio.CancelledError:
        log.append(f"{tag} cancelled")
        raise


async def test_a_new_task_under_a_name_cancels_the_stale_one() -> None:
    errors = Errors()
    slots = TaskSlots(errors)
    log: list[str] = []
    first_started = asyncio.Event()
    stale = slots.start("lookup", _forever(first_started, log, "first"))
    await first_started.wait()

    async def second() -> str:
        return "second done"

    fresh = slots.start("lookup", second())
    assert await fresh == "second done"
    assert stale.cancelled() and log == ["first cancelled"]
    assert errors == []  # a cancellation is not a failure


async def test_the_stale_tasks_end_does_not_free_the_slot_of_the_new_one() -> None:
    slots = TaskSlots(Errors())
    log: list[str] = []
    started = [asyncio.Event(), asyncio.Event()]
    stale = slots.start("detail", _forever(started[0], log, "stale"))
    await started[0].wait()
    fresh = slots.start("detail", _forever(started[1], log, "fresh"))
    await started[1].wait()
    assert stale.done()  # its done-callback has run by now
    assert slots.running("detail")  # still the fresh one
    slots.cancel("detail")
    with pytest.raises(asyncio.CancelledError):
        await fresh
    assert not slots.running("detail")
    assert log == ["stale cancelled", "fresh cancelled"]


async def test_tasks_under_other_names_run_on() -> None:
    slots = TaskSlots(Errors())
    log: list[str] = []
    started = asyncio.Event()
    lookup = slots.start("lookup", _forever(started, log, "lookup"))
    await started.wait()

    async def detail() -> str:
        return "detail"

    assert await slots.start("detail", detail()) == "detail"
    assert slots.running("lookup") and not lookup.done()
    await slots.drain()
    assert lookup.cancelled() and log == ["lookup cancelled"]


async def test_a_failing_task_reaches_on_error_and_the_log_by_type_only(
    caplog: pytest.LogCaptureFixture,
) -> None:
    errors = Errors()
    slots = TaskSlots(errors)

    async def broken() -> None:
        raise ValueError("https://x/zaken?bsn=999993653")

    task = slots.start("document", broken())
    with pytest.raises(ValueError):
        await task
    assert [(name, type(error)) for name, error in errors] == [("document", ValueError)]
    assert not slots.running("document")
    [record] = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert record.getMessage() == "Task document failed: ValueError"
    assert "999993653" not in caplog.text


async def test_drain_cancels_and_waits_for_every_task() -> None:
    slots = TaskSlots(Errors())
    log: list[str] = []
    events = [asyncio.Event() for _ in range(3)]
    tasks = [slots.start(f"t{n}", _forever(events[n], log, f"t{n}")) for n in range(3)]
    for event in events:
        await event.wait()
    await slots.drain()
    assert all(t.done() for t in tasks)  # ended, not merely asked to end
    assert sorted(log) == ["t0 cancelled", "t1 cancelled", "t2 cancelled"]
    assert not any(slots.running(f"t{n}") for n in range(3))
