"""A guard against a reference-counting bug in PySide6 6.12.0 on Python 3.11.

That release loses one reference to ``None`` (and to ``True``/``False``) on every void Qt call
made from Python and on every timer event qasync runs: 1000 ``QLabel.setText`` calls lower
``sys.getrefcount(None)`` by 1000. After enough of them, in a long working day or a test run, the
process aborts with "Fatal Python error: none_dealloc". PySide6 6.11 has no such loss, but its
lupdate extracts no plural forms, which the translations need.

These singletons are never freed (from Python 3.12 on they are immortal), so giving each a very
large reference count up front costs nothing and makes the loss harmless for any session length.
Remove this when the project moves to Python 3.12 or a PySide6 without the bug.
"""

from __future__ import annotations

import ctypes
import sys

_HEADROOM = 1 << 48  # far more void calls than any process will ever make


def protect_singletons() -> None:
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return  # immortal objects: nothing to protect
    for singleton in (None, True, False):
        count = ctypes.c_ssize_t.from_address(id(singleton))
        if count.value < _HEADROOM:
            count.value += _HEADROOM
