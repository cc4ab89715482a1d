"""The watch list for the window: watch or unwatch a case, the "Gevolgd" rows, notifications.

The service (services/watch) runs as one task on the qasync loop. Changes that arrive close
together (several cases polled in the same second) become one notification. A change the agent
caused (a referral just made on that case) is listed but not notified.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from kcc_desk.presenters.tasks import TaskSlots
from kcc_desk.presenters.watch_model import WatchListModel
from kcc_desk.presenters.watch_text import notification
from kcc_desk.presenters.workspace import WorkspacePresenter, user_message
from kcc_desk.services.models import CaseSummary
from kcc_desk.services.watch.model import Change, Watch
from kcc_desk.services.watch.service import WatchService

if TYPE_CHECKING:
    from kcc_desk.presenters.contacts import ContactPresenter

log = logging.getLogger(__name__)

RUN_TASK = "watch"
OPEN_TASK = "open-watched"
GROUP_MS = 1500  # changes within this time are one notification
REFRESH_MS = 100


def _tr(text: str) -> str:
    return QCoreApplication.translate("WatchPresenter", text)


class WatchBackend(Protocol):
    service: WatchService

    async def summary(self, zaak_url: str, source: str) -> CaseSummary: ...

    def poll_now(self) -> None: ...


class WatchPresenter(QObject):
    notify = Signal(str, str, str)  # title, body, zaak URL to open on click ("" for several)
    unseen_changed = Signal(int)  # cases with changes not yet seen (the pane's badge)
    announce = Signal(str, bool)  # text, assertive
    show_pane = Signal()

    def __init__(
        self,
        factory: Callable[[], WatchBackend],
        workspace: WorkspacePresenter,
        *,
        notifications: bool = True,
        group_ms: int = GROUP_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._factory = factory
        self._backend: WatchBackend | None = None
        self._workspace = workspace
        self.notifications = notifications
        self.model = WatchListModel(self)
        self._tasks = TaskSlots(self._failed)
        self._pending: list[tuple[Watch, Change]] = []
        self._group = QTimer(self)
        self._group.setSingleShot(True)
        self._group.setInterval(group_ms)
        self._group.timeout.connect(self._flush)
        self.last_notification: tuple[str, str, str] | None = None
        # Readings come in bursts (every case at start-up): the rows are rebuilt once per burst.
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_MS)
        self._refresh_timer.timeout.connect(self._refresh_now)
        workspace.case_loading.connect(self._on_case_opened)

    # -- life cycle ----------------------------------------------------------------------------
    @property
    def service(self) -> WatchService:
        return self._ensure().service

    def _ensure(self) -> WatchBackend:
        if self._backend is None:
            self._backend = self._factory()
            service = self._backend.service
            service.on_updated = self._refresh
            service.on_changes = self._on_changes
            service.load()
            self._tasks.start(RUN_TASK, service.run())
        return self._backend

    def start(self) -> None:
        """Read the kept list and start following (after the window is complete)."""
        self._ensure()

    async def aclose(self) -> None:
        self._group.stop()
        self._refresh_timer.stop()
        await self._tasks.drain()

    # -- what the agent does -------------------------------------------------------------------
    def is_watched(self, zaak_url: str) -> bool:
        return self.service.is_watched(zaak_url)

    def toggle(self, case: CaseSummary | None) -> None:
        """Watch the case in focus, or stop watching it."""
        if case is None:
            self.announce.emit(_tr("Kies eerst een zaak in de lijst."), True)
            return
        service = self.service
        if service.is_watched(case.url):
            service.unwatch(case.url)
            text = _tr("U volgt zaak {number} niet meer.")
        else:
            service.watch(case.url, case.source, case.identificatie, case.zaaktype)
            text = _tr("U volgt zaak {number}. U krijgt een melding als er iets verandert.")
        self.announce.emit(text.format(number=case.identificatie), False)

    def unwatch(self, zaak_url: str) -> None:
        watch = self.service.get(zaak_url)
        if watch is not None:
            self.service.unwatch(zaak_url)
            text = _tr("U volgt zaak {number} niet meer.")
            self.announce.emit(text.format(number=watch.identificatie), False)

    def open(self, zaak_url: str) -> None:
        """Open a watched case in the workspace (from the pane or a notification)."""
        watch = self.service.get(zaak_url)
        if watch is None:
            return
        listed = next((c for c in self._workspace.cases.cases() if c.url == zaak_url), None)
        if listed is not None:
            self._workspace.open_case(listed)
        else:
            self._tasks.start(OPEN_TASK, self._open_fetched(watch))

    async def _open_fetched(self, watch: Watch) -> None:
        assert self._backend is not None
        summary = await self._backend.summary(watch.zaak_url, watch.source)
        self._workspace.open_case(summary)

    def follow_referrals(self, contacts: ContactPresenter) -> None:
        """What the agent logs on the open case (a referral) is their own doing: what changes
        on that case soon after does not notify them."""
        contacts.logged.connect(self._logged_on_current_case)

    def _logged_on_current_case(self, _text: str) -> None:
        case = self._workspace.current_case
        if case is not None:
            self.note_own_change(case.url)

    def note_own_change(self, zaak_url: str) -> None:
        if self._backend is not None:
            self._backend.service.note_own_change(zaak_url)

    def refresh_now(self) -> None:
        """Read every watched case now instead of at its next turn."""
        self._ensure().poll_now()

    @property
    def waiting_to_notify(self) -> int:
        """Changes held back to be grouped into the next notification."""
        return len(self._pending)

    def set_notifications(self, enabled: bool) -> None:
        self.notifications = enabled
        if not enabled:
            self._pending.clear()
            self._group.stop()

    # -- what the service reports --------------------------------------------------------------
    def _on_case_opened(self, case: CaseSummary) -> None:
        if self._backend is not None:
            self._backend.service.mark_seen(case.url)  # opening the case clears its mark

    def _refresh(self) -> None:
        if not self._refresh_timer.isActive():
            self._refresh_timer.start()

    def _refresh_now(self) -> None:
        service = self.service
        self.model.set_watches(service.watches())
        self.unseen_changed.emit(service.unseen_count())

    def _on_changes(self, changes: list[tuple[Watch, Change]]) -> None:
        news = [(w, c) for w, c in changes if not c.own]
        if not news or not self.notifications:
            return
        self._pending += news
        if not self._group.isActive():
            self._group.start()

    def _flush(self) -> None:
        pending, self._pending = self._pending, []
        if not pending or not self.notifications:
            return
        title, body = notification(pending)
        cases = {w.zaak_url for w, _ in pending}
        target = next(iter(cases)) if len(cases) == 1 else ""
        self.last_notification = (title, body, target)
        self.notify.emit(title, body, target)
        self.announce.emit(f"{title}. {body}", False)

    def activate_notification(self, zaak_url: str) -> None:
        """A click on the notification: open its case, or show the pane for several."""
        if zaak_url:
            self.open(zaak_url)
        else:
            self.show_pane.emit()

    def _failed(self, name: str, error: BaseException) -> None:
        if name == OPEN_TASK:
            self.announce.emit(user_message(error), True)
        else:
            log.error("volgen gestopt (%s)", type(error).__name__)
