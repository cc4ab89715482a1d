"""Shared steps of the accessibility tests: drive the real window by keyboard, run checks inside a
modal dialog's own event loop, and the window-wide checks every state must pass."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from kcc_desk.demo.data.personas import PERSONA_BSN
from tests.accessibility import walker
from tests.fixtures.qt_layout import wait_for_layout
from tests.workspace.workspace_fixture import Workspace

TIMEOUT_MS = 15_000
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
D = TypeVar("D", bound=QDialog)


def search_persona(qtbot: QtBot, workspace: Workspace) -> None:
    """Type the training persona's BSN in the search field and press Enter (keyboard only)."""
    window = workspace.window
    search = window.search_bar.input
    qtbot.waitUntil(lambda: QApplication.focusWidget() is search, timeout=2000)
    qtbot.keyClicks(search, PERSONA_BSN)
    with qtbot.waitSignal(workspace.presenter.search_finished, timeout=TIMEOUT_MS):
        qtbot.keyClick(search, Qt.Key.Key_Return)
    qtbot.waitUntil(window.case_list.table.hasFocus, timeout=2000)


def open_first_case(qtbot: QtBot, workspace: Workspace) -> None:
    """Search, then Enter on the first (selected) case; wait until the details are shown."""
    search_persona(qtbot, workspace)
    with qtbot.waitSignal(workspace.presenter.case_ready, timeout=TIMEOUT_MS):
        qtbot.keyClick(workspace.window.case_list.table, Qt.Key.Key_Return)
    # The detail pane's deferred layout pass (documents table height) has run.
    wait_for_layout(qtbot, workspace.window)


@dataclass
class ModalRun:
    """What happened inside a modal dialog: whether it opened, and an error to re-raise."""

    opened: bool = False
    error: BaseException | None = None
    seen: list[str] = field(default_factory=list)

    def check(self) -> None:
        assert self.opened, "the dialog did not open"
        if self.error is not None:
            raise self.error


def when_modal_opens(
    dialog_type: type[D], act: Callable[[D], None], *, close: bool = True
) -> ModalRun:
    """Run ``act(dialog)`` inside the nested event loop of ``dialog.exec()``.

    An assertion error inside the nested loop must not leave the dialog open (exec would never
    return and the test would hang), so it is kept and re-raised by ``ModalRun.check`` after the
    dialog is closed. ``close=False`` leaves closing to ``act`` (e.g. by pressing Escape).
    """
    run = ModalRun()
    # Stop polling at some point: a dialog that never opens must not leave a timer running
    # into the next tests.
    deadline = time.monotonic() + TIMEOUT_MS / 1000

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        # Active too: the platform activates a new window a moment after showing it, and only
        # then does focus (and do key presses) go to the dialog.
        if (
            not isinstance(dialog, dialog_type)
            or not dialog.isVisible()
            or not dialog.isActiveWindow()
        ):
            if time.monotonic() < deadline:
                QTimer.singleShot(30, poll)
            return
        run.opened = True
        try:
            act(dialog)
        except BaseException as error:  # re-raised in the test, after the dialog is closed
            run.error = error
            dialog.reject()
            return
        if close and dialog.isVisible():
            dialog.reject()

    QTimer.singleShot(30, poll)
    return run


def activate(qtbot: QtBot, window: QWidget) -> None:
    """Make ``window`` the active window, as a window manager does when a dialog closes (the
    offscreen platform activates nothing by itself). pytest-qt's waitActive is a context
    manager that only waits inside ``with``; this waits for the result instead."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)


def check_names(root: QWidget) -> None:
    problems = walker.name_problems(root)
    assert not problems, "\n".join(problems) + "\n\n" + walker.dump(root)


def check_tab_order(qtbot: QtBot, start: QWidget) -> list[QWidget]:
    """From ``start``: Tab visits every reachable control once and comes back (no trap, nothing
    unreachable); Shift+Tab visits the same controls in exactly the reverse order."""
    window = start.window()
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start, timeout=2000)
    forward = walker.tab_cycle(qtbot)
    assert len(set(forward)) == len(forward), "a control is visited twice in one Tab cycle"
    expected = walker.reachable_widgets(window)
    missing = [walker.describe(w) for w in expected if w not in forward]
    extra = [walker.describe(w) for w in forward if w not in expected]
    assert not missing, f"not reachable with Tab: {missing}"
    assert not extra, f"Tab lands on hidden or disabled controls: {extra}"
    backward = walker.tab_cycle(qtbot, backward=True)
    assert backward == [forward[0], *reversed(forward[1:])], (
        "Shift+Tab is not the reverse of Tab:\n" + "\n".join(walker.describe(w) for w in backward)
    )
    return forward
