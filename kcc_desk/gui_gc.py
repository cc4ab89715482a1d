"""Python's cyclic garbage collector, run on the GUI thread only.

CPython runs a collection in whichever thread happens to allocate when a threshold is passed,
and in kcc-desk that is mostly a worker thread (decoding pages, the keyring, the review's
counting). A collection frees every unreachable cycle, and a cycle may hold a Qt object that
Python owns (a widget without a parent, a wrapper's attributes): its C++ destructor then runs
in that worker thread. Qt objects must be deleted in their own thread; with the accessibility
bridge on, a widget's destructor talks to AT-SPI over D-Bus, and doing that from a worker
thread crashed the app now and then at start-up.

The known remedy (Kovid Goyal on the PyQt list, 2011; still so with PySide 6): switch the
automatic collector off and let a timer on the GUI thread collect when the same thresholds are
passed. Objects freed by reference counting (nearly all) are freed at once, as before.
"""

from __future__ import annotations

import gc
import logging

from PySide6.QtCore import QObject, QTimer

log = logging.getLogger(__name__)

CHECK_MS = 250  # how often the counts are looked at; a look costs microseconds


class GuiThreadCollector(QObject):
    """While it lives, cycles are collected on the thread it was made on (the GUI thread)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self.check)
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        """Back to CPython's own collector (tests; the app keeps this until it ends)."""
        self._timer.stop()
        gc.enable()

    def check(self) -> int | None:
        """Collect the generations whose thresholds are passed, as CPython would; returns the
        generation collected, or None."""
        young, middle, old = gc.get_count()
        first, second, third = self._thresholds
        if young < first:
            return None
        generation = 0
        if middle >= second:
            generation = 2 if old >= third else 1
        gc.collect(generation)
        return generation
