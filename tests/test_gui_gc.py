"""Cycles are freed on the GUI thread, never in a worker thread that happens to allocate
(kcc_desk.gui_gc): a cycle may hold a Qt object, whose destructor must run on its own thread.
The second test shows what happens without it."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kcc_desk.gui_gc import GuiThreadCollector


class Held:
    """Stands in for a Qt object that Python owns: notes the thread that frees it. (Freeing a
    real QObject in a worker thread is the very hazard, so the tests do not do it.)"""

    def __init__(self, where: list[int]) -> None:
        self.where = where

    def __del__(self) -> None:
        self.where.append(threading.get_ident())


def held_in_a_cycle(where: list[int]) -> None:
    """An object reachable only through a cycle: freed by a collection, not by refcounting."""
    cycle: list[object] = [Held(where)]
    cycle.append(cycle)


def churn_in_a_worker() -> None:
    """What a worker thread decoding pages does: many container objects, enough to pass the
    collector's first threshold many times over."""

    def work() -> None:
        kept = [[n] for n in range(50_000)]
        del kept

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()


@pytest.fixture
def collector(qapp: QApplication) -> Iterator[GuiThreadCollector]:
    del qapp
    made = GuiThreadCollector()
    try:
        yield made
    finally:
        made.stop()
        assert gc.isenabled()


def test_cycles_are_collected_on_the_gui_thread(
    qtbot: QtBot, collector: GuiThreadCollector
) -> None:
    assert not gc.isenabled()
    where: list[int] = []
    held_in_a_cycle(where)
    churn_in_a_worker()
    assert where == []  # the worker allocated plenty and collected nothing
    held = [[n] for n in range(5_000)]  # new objects that stay: past the first threshold
    qtbot.waitUntil(lambda: bool(where), timeout=5000)  # the timer's check, on this thread
    assert where == [threading.get_ident()]
    del held


def test_without_it_a_worker_thread_frees_them(qapp: QApplication) -> None:
    del qapp
    assert gc.isenabled()
    gc.collect()
    where: list[int] = []
    held_in_a_cycle(where)
    churn_in_a_worker()
    assert where and where[0] != threading.get_ident()


def test_check_collects_only_past_a_threshold(collector: GuiThreadCollector) -> None:
    gc.collect()
    assert collector.check() is None  # nothing allocated since
    held = [[n] for n in range(5_000)]  # what a report leaves behind: new objects that stay
    assert collector.check() is not None
    del held
