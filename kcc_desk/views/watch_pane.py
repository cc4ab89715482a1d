"""The "Gevolgd" pane: the watched cases, what changed since they were last opened.

A dock below the panes (shown once a case is watched, hidden while locked), its title with
the number of changed cases ("Gevolgd (2)").
Enter or a double click opens the case (and so clears its mark). ``install_watch`` wires the
pane, the tray and the two shortcuts (Ctrl+D watch/unwatch, Ctrl+Shift+D go to the pane) to
the window, so main_window.py needs one call only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QLabel,
    QListView,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from kcc_desk.presenters.watch_model import ZAAK_URL_ROLE, WatchListModel
from kcc_desk.views.documents import _WrapDelegate

if TYPE_CHECKING:
    from kcc_desk.presenters.watch import WatchPresenter
    from kcc_desk.services.models import CaseSummary
    from kcc_desk.views.main_window import MainWindow
    from kcc_desk.views.tray import TrayNotifier


class WatchPane(QDockWidget):
    open_requested = Signal(str)  # zaak URL

    def __init__(self, model: WatchListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("watchPane")
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self._model = model
        body = QWidget(self)
        self.summary = QLabel(body)
        self.summary.setWordWrap(True)
        self.list = QListView(body)
        self.list.setObjectName("watchList")
        self.list.setModel(model)
        self.list.setWordWrap(True)
        delegate = _WrapDelegate(self.list)
        delegate.slack = self.list.fontMetrics().height()
        self.list.setItemDelegate(delegate)
        self.list.setUniformItemSizes(False)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.activated.connect(self._activated)
        self.list.setMinimumHeight(self.list.fontMetrics().lineSpacing() * 2 + 12)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        self.setWidget(body)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 30)
        model.modelReset.connect(self._update)
        # Shown once something is watched (or asked for with Ctrl+Shift+D), never while locked:
        # an empty pane would only take room from the case list's columns.
        self._asked = False
        self._locked = False
        self.set_unseen(0)

    def set_unseen(self, count: int) -> None:
        title = self.tr("Gevolgd ({count})").format(count=count) if count else self.tr("Gevolgd")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.list.setAccessibleName(title)
        self._update()

    def _update(self) -> None:
        total = self._model.rowCount()
        if total == 0:
            text = self.tr("U volgt nog geen zaken. Kies een zaak en druk op Ctrl+D.")
        else:
            text = self.tr("U volgt %n zaken. Druk op Enter om een zaak te openen.", "", total)
        self.summary.setText(text)
        self.list.setAccessibleDescription(text)
        self._sync_visibility()

    def set_locked(self, locked: bool) -> None:
        self._locked = locked
        self._sync_visibility()

    def _sync_visibility(self) -> None:
        wanted = (self._asked or self._model.rowCount() > 0) and not self._locked
        if wanted == self.isHidden():  # isHidden: also right before the window is shown
            self.setVisible(wanted)
            window = self.parentWidget()
            if wanted and isinstance(window, QMainWindow):
                # A fifth of the window: the case panes above keep the room (draggable).
                window.resizeDocks(
                    [self],
                    [max(self.fontMetrics().lineSpacing() * 5, window.height() // 5)],
                    Qt.Orientation.Vertical,
                )

    def focus_list(self) -> None:
        if self._locked:
            return
        self._asked = True
        self._sync_visibility()
        self.raise_()
        if self.list.currentIndex().row() < 0 and self._model.rowCount():
            self.list.setCurrentIndex(self._model.index(0, 0))
        self.list.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def selected_url(self) -> str:
        value = self.list.currentIndex().data(ZAAK_URL_ROLE)
        return value if isinstance(value, str) else ""

    def _activated(self, index: QModelIndex) -> None:
        url = index.data(ZAAK_URL_ROLE)
        if isinstance(url, str):
            self.open_requested.emit(url)


def install_watch(window: MainWindow, presenter: WatchPresenter) -> tuple[WatchPane, TrayNotifier]:
    """Add the pane and the tray to an attached window and wire them to ``presenter``."""
    from kcc_desk.views.actions import ActionId
    from kcc_desk.views.tray import TrayNotifier

    pane = WatchPane(presenter.model, window)
    # Below the panes: the case list needs the window's full width for its columns.
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, pane)
    pane.set_locked(window.is_locked())
    window.pages.currentChanged.connect(lambda _page: pane.set_locked(window.is_locked()))
    tray = TrayNotifier(window)

    def case_in_focus() -> CaseSummary | None:
        focus = window.focusWidget()
        if focus is not None and window.case_list.isAncestorOf(focus):
            return window.case_list.current_case()
        return window.presenter.current_case or window.case_list.current_case()

    def toggle() -> None:
        focus = window.focusWidget()
        if focus is not None and pane.isAncestorOf(focus) and pane.selected_url():
            presenter.unwatch(pane.selected_url())
        else:
            presenter.toggle(case_in_focus())

    actions = window.actions_registry
    actions.action(ActionId.WATCH).triggered.connect(toggle)
    actions.action(ActionId.GO_WATCHED).triggered.connect(pane.focus_list)
    pane.open_requested.connect(presenter.open)
    presenter.unseen_changed.connect(pane.set_unseen)
    presenter.notify.connect(tray.show_message)
    presenter.show_pane.connect(pane.focus_list)
    tray.activated.connect(presenter.activate_notification)

    def bring_to_front(_url: str) -> None:
        window.showNormal()
        window.activateWindow()

    tray.activated.connect(bring_to_front)
    return pane, tray
