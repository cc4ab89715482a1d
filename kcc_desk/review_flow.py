"""Ctrl+Shift+K: the team lead's review; Ctrl+Shift+M: "Mijn doorverwijzingen" for every agent.
Each in a window of its own (daily work and training).

One window of each at a time; asking again brings it to the front. Each has its own presenter
and Klantinteracties connection, both closed with the window. The main window may be rebuilt
(another language): the flow then listens to the new one.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, QSize, QTimer
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from kcc_desk.app import Workspace
    from kcc_desk.presenters.review import ReviewBackend, ReviewPresenter
    from kcc_desk.services.config import AppConfig
    from kcc_desk.services.credentials import Credentials

log = logging.getLogger(__name__)
LAPTOP_WIDTH = 1440  # up to here the windows fill the screen (as the workspace does)


class ReviewFlow(QObject):
    def __init__(
        self,
        workspace: Workspace,
        config: AppConfig,
        credentials: Credentials,
        *,
        training: bool,
    ) -> None:
        super().__init__(workspace.presenter)
        self.workspace = workspace
        self.config = config
        self.credentials = credentials
        self.training = training
        # kind ("review" | "mine") -> (its window, its presenter)
        self.open_windows: dict[str, tuple[QWidget, ReviewPresenter]] = {}
        # The review's clock (None: the real one); tests pin it so "Deze maand" is the same
        # month whatever day they run on.
        self.now: Callable[[], datetime] | None = None
        self._watch()
        # Ctrl+N and the idle lock clear the caller's data; these windows show referral
        # reasons (free text about callers), so they close too rather than stay on screen.
        workspace.presenter.caller_cleared.connect(self.close_all)

    @property
    def window(self) -> QWidget | None:
        """The review window, if open."""
        entry = self.open_windows.get("review")
        return entry[0] if entry else None

    def _watch(self) -> None:
        window = self.workspace.window
        self._watched = id(window)
        window.review_requested.connect(self.open)
        window.my_referrals_requested.connect(self.open_mine)
        # A rebuilt main window (language change) replaces this one: listen to the new one.
        # Looked at after the old one is gone (never touch a window while it is destroyed).
        # At shut-down the flow itself may be gone before the window: then there is no one to
        # rewatch for.
        window.destroyed.connect(self._on_window_destroyed)

    def _on_window_destroyed(self) -> None:
        if shiboken6.isValid(self):
            QTimer.singleShot(0, self, self._rewatch)

    def _rewatch(self) -> None:
        window = self.workspace.window
        if id(window) != self._watched and shiboken6.isValid(window):
            self._watch()

    def _presenter(self) -> ReviewPresenter:
        from kcc_desk.presenters.review import ReviewPresenter

        config, credentials, training = self.config, self.credentials, self.training

        def make_backend() -> ReviewBackend:
            from kcc_desk.services.review.session import ReviewSession

            return ReviewSession(config, credentials, training=training)

        return ReviewPresenter(make_backend, now=self.now, parent=self)

    def _front(self, kind: str) -> QWidget | None:
        entry = self.open_windows.get(kind)
        if entry is None:
            return None
        window = entry[0]
        window.showNormal()
        window.raise_()
        window.activateWindow()
        return window

    def _show(self, kind: str, window: QWidget, presenter: ReviewPresenter) -> None:
        self.open_windows[kind] = (window, presenter)
        window.closed.connect(lambda: self._closed(kind))  # type: ignore[attr-defined]
        size = self.workspace.window.size()
        room = self.workspace.window.screen().availableGeometry()
        if kind == "review" and room.width() > LAPTOP_WIDTH:
            # Eight columns and four charts: on a large screen the overview takes most of it
            # (the workspace keeps 1280 x 800 there), so names and reasons are not cut short.
            size = QSize(room.width() * 9 // 10, room.height() * 9 // 10)
        window.resize(size)
        window.show()
        window.activateWindow()

    def open(self) -> QWidget:
        from kcc_desk.views.review.window import ReviewWindow

        window = self._front("review")
        if window is None:
            presenter = self._presenter()
            window = ReviewWindow(presenter)
            presenter.case_found.connect(self._open_case)
            self._show("review", window, presenter)
            presenter.load_teams()
        return window

    def open_mine(self) -> QWidget:
        from kcc_desk.views.review.mine import MyReferralsWindow

        window = self._front("mine")
        if window is None:
            presenter = self._presenter()
            mine = MyReferralsWindow(presenter, self.config.agent_id)
            self._show("mine", mine, presenter)
            mine.reload()
            window = mine
        return window

    def _open_case(self, number: str) -> None:
        """A queue row's case, in the agent's workspace: searched by its number, as if typed."""
        main = self.workspace.window
        main.showNormal()
        main.raise_()
        main.activateWindow()
        self.workspace.presenter.search(number)

    def close_all(self) -> None:
        for window, _ in list(self.open_windows.values()):
            window.close()

    def _closed(self, kind: str) -> None:
        entry = self.open_windows.pop(kind, None)
        if entry is None:
            return
        window, presenter = entry
        window.deleteLater()
        task = asyncio.get_event_loop().create_task(presenter.shutdown())
        task.add_done_callback(lambda _: presenter.deleteLater())
