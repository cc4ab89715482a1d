"""The window's other faces: the idle lock screen and the inwonerweergave (Ctrl+I).

Both replace the workspace page in the window's page stack; leaving them goes back to where the
agent works. Kept apart from MainWindow, which only composes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QDialog

if TYPE_CHECKING:
    from kcc_desk.views.main_window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("WindowModes", text)


class WindowModes:
    def __init__(self, window: MainWindow) -> None:
        self._window = window

    # -- idle lock -------------------------------------------------------------------------------
    def lock(self) -> None:
        """Hide and forget the caller's data after the agent has been away (AVG)."""
        w = self._window
        if self.is_locked():
            return
        # A dialog left open (a referral half typed when the agent walked away) stayed on top
        # of the lock screen with the caller's case, and kept the keyboard focus, so a screen
        # reader never reached "Verder werken": close it first, unsent.
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QDialog):
            modal.reject()
        w.presenter.new_caller()  # also leaves the inwonerweergave
        w.pages.setCurrentWidget(w.lock_screen)
        w.lock_screen.button.setFocus(Qt.FocusReason.OtherFocusReason)
        w.say(_tr("Scherm vergrendeld. Druk op Enter om verder te werken."), True)

    def unlock(self) -> None:
        w = self._window
        w.pages.setCurrentWidget(w.page_scroll)
        w.idle_watcher.restart()
        w.search_bar.focus_input()

    def is_locked(self) -> bool:
        w = self._window
        return w.pages.currentWidget() is w.lock_screen

    # -- Inwonerweergave (Ctrl+I) ----------------------------------------------------------------
    def toggle_citizen_view(self) -> None:
        """The open case as the visitor may see it, in large text; the same key goes back."""
        w = self._window
        if self.is_locked():
            return
        if self.in_citizen_view():
            self.leave_citizen_view()
            return
        detail = w.presenter.current_detail
        if detail is None:
            w.alert(_tr("Open eerst een zaak. Dan kunt u de inwonerweergave tonen."))
            return
        w.citizen_view.show_case(detail, w.presenter.cases.today())
        w.pages.setCurrentWidget(w.citizen_view)
        w.citizen_view.heading.setFocus(Qt.FocusReason.ShortcutFocusReason)
        w.say(_tr("Inwonerweergave. Druk op Ctrl+I om terug te gaan."), False)

    def in_citizen_view(self) -> bool:
        w = self._window
        return w.pages.currentWidget() is w.citizen_view

    def leave_citizen_view(self) -> None:
        w = self._window
        if not self.in_citizen_view():
            return
        w.citizen_view.clear()
        w.pages.setCurrentWidget(w.page_scroll)
        w.case_list.focus_table()
