"""F6 / Shift+F6: move the keyboard focus from pane to pane, as in a web browser or Outlook."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from kcc_desk.views.focus import first_focusable

if TYPE_CHECKING:
    from kcc_desk.views.main_window import MainWindow


def pane_order(window: MainWindow) -> list[QWidget]:
    """The panes in reading order; the person list and the watch list only when there."""
    panes: list[QWidget] = [window.search_bar, window.sources_bar, window.case_list]
    panes += window.case_detail.panes()  # the status card and the steps one F6 away (#20)
    if window.person_panel is not None:
        panes.insert(2, window.person_panel)
    if window.watch_pane is not None:
        panes.append(window.watch_pane)
    return panes


def cycle_pane(window: MainWindow, step: int) -> None:
    panes = [p for p in pane_order(window) if p.isVisible()]
    focus = window.focusWidget()
    current = next((i for i, p in enumerate(panes) if focus and p.isAncestorOf(focus)), -1)
    for offset in range(1, len(panes) + 1):
        if _focus_pane(window, panes[(current + step * offset) % len(panes)]):
            return


def _focus_pane(window: MainWindow, pane: QWidget) -> bool:
    window.page_scroll.ensureWidgetVisible(pane, 0, 0)
    if pane is window.search_bar:
        window.search_bar.focus_input()
        return True
    if pane is window.case_list:
        window.case_list.focus_table()
        return True
    if window.case_detail.isAncestorOf(pane):
        return window.case_detail.focus_pane(pane)
    target = pane.focusProxy() or first_focusable(pane)
    if target is None:
        return False
    target.setFocus(Qt.FocusReason.TabFocusReason)
    return True
