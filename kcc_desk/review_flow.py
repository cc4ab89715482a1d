"""Ctrl+Shift+K: open the team lead's review in a window of its own (daily work and training).

One review window at a time; asking again brings it to the front. It has its own presenter and
Klantinteracties connection, both closed with the window. The main window may be rebuilt (another
language): the flow then listens to the new one.
"""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, QTimer

if TYPE_CHECKING:
    from kcc_desk.app import Workspace
    from kcc_desk.presenters.review import ReviewBackend, ReviewPresenter
    from kcc_desk.services.config import AppConfig
    from kcc_desk.services.credentials import Credentials
    from kcc_desk.views.review.window import ReviewWindow

log = logging.getLogger(__name__)


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
        self.window: ReviewWindow | None = None
        self.presenter: ReviewPresenter | None = None
        self._watch()

    def _watch(self) -> None:
        window = self.workspace.window
        self._watched = id(window)
        window.review_requested.connect(self.open)
        # A rebuilt main window (language change) replaces this one: listen to the new one.
        # Looked at after the old one is gone (never touch a window while it is destroyed).
        window.destroyed.connect(lambda: QTimer.singleShot(0, self, self._rewatch))

    def _rewatch(self) -> None:
        window = self.workspace.window
        if id(window) != self._watched and shiboken6.isValid(window):
            self._watch()

    def open(self) -> ReviewWindow:
        from kcc_desk.presenters.review import ReviewPresenter
        from kcc_desk.views.review.window import ReviewWindow

        if self.window is not None:
            self.window.showNormal()
            self.window.raise_()
            self.window.activateWindow()
            return self.window
        config, credentials, training = self.config, self.credentials, self.training

        def make_backend() -> ReviewBackend:
            from kcc_desk.services.review.session import ReviewSession

            return ReviewSession(config, credentials, training=training)

        presenter = ReviewPresenter(make_backend, parent=self)
        window = ReviewWindow(presenter)
        window.closed.connect(self._closed)
        self.window, self.presenter = window, presenter
        window.resize(self.workspace.window.size())
        window.show()
        window.activateWindow()
        presenter.load_teams()
        return window

    def _closed(self) -> None:
        presenter, window = self.presenter, self.window
        self.window = self.presenter = None
        if window is not None:
            window.deleteLater()
        if presenter is not None:
            task = asyncio.get_event_loop().create_task(presenter.shutdown())
            task.add_done_callback(lambda _: presenter.deleteLater())
