"""The agent's workspace window. It only composes the views and wires them to the presenter.

It is built in two stages so the agent can type a number the moment the window appears: the
constructor makes the shell (banner, search field, message bar and status line), ``attach`` adds the
panes (sources, case list, case detail, contact history, lock screen; views.window_attach) and
wires them (views.window_wiring). Start-up (``kcc_desk.app``) shows the shell first and attaches
the panes a step at a time while the event loop runs; a search asked for before that is kept and
started once the panes are there. The pane modules are imported inside ``attach`` so the shell
does not wait for them, and the shell names no ``Qt.*`` enum: the first one builds all of
PySide6's Qt namespace (~30 ms, an eighth of a bare window's start-up), which the worker thread
that imports the panes does instead.

The rest lives beside it: the lock screen and the inwonerweergave (views.window_modes), F6
(views.pane_cycle), Ctrl+R (views.referral_flow with presenters.referral_form).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QMainWindow,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kcc_desk.views.search_bar import SearchBar
from kcc_desk.views.status_line import StatusRow
from kcc_desk.views.window_place import place, remember

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from kcc_desk.presenters.contacts import ContactPresenter
    from kcc_desk.presenters.idle import IdleWatcher
    from kcc_desk.presenters.referral_form import ReferralDesk
    from kcc_desk.presenters.watch import WatchPresenter
    from kcc_desk.presenters.workspace import WorkspacePresenter
    from kcc_desk.services.messages import Message
    from kcc_desk.services.models import CaseSummary
    from kcc_desk.views.actions import ActionRegistry
    from kcc_desk.views.case_detail import CaseDetailView
    from kcc_desk.views.case_list import CaseListView
    from kcc_desk.views.citizen_view import CitizenView
    from kcc_desk.views.contact_history import ContactHistoryView
    from kcc_desk.views.keyring_notice import KeyringNotice
    from kcc_desk.views.lock_screen import LockScreen
    from kcc_desk.views.person_list import PersonPanel
    from kcc_desk.views.search_row import SearchRowFitter
    from kcc_desk.views.sources_bar import SourcesBar
    from kcc_desk.views.tray import TrayNotifier
    from kcc_desk.views.watch_pane import WatchPane
    from kcc_desk.views.window_modes import WindowModes
    from kcc_desk.views.window_wiring import WindowWiring
    from kcc_desk.views.workspace_panes import WorkspacePanes

APP_TITLE = "kcc-desk"

# What ``attach`` imports: start-up imports it in a worker thread first, so building the panes
# on the GUI thread does not also wait for ~250 ms of module loading.
PANE_MODULES = (
    "kcc_desk.views.window_attach",
    "kcc_desk.views.person_list",
    "kcc_desk.views.referral_flow",
    "kcc_desk.views.shortcuts_dialog",
)


class MainWindow(QMainWindow):
    text_scale_step = Signal(int)  # +1 larger, -1 smaller, 0 reset
    settings_requested = Signal()
    review_requested = Signal()  # Ctrl+Shift+K: kcc_desk/review_flow.py opens the review
    my_referrals_requested = Signal()  # Ctrl+Shift+M, the same flow

    # Made by attach() (views.window_attach); typed here so the rest can use them.
    presenter: WorkspacePresenter
    contacts: ContactPresenter | None
    referrals: ReferralDesk
    actions_registry: ActionRegistry
    sources_bar: SourcesBar
    case_list: CaseListView
    case_detail: CaseDetailView
    panes_widget: WorkspacePanes
    lock_screen: LockScreen
    citizen_view: CitizenView
    idle_watcher: IdleWatcher
    search_fitter: SearchRowFitter
    wiring: WindowWiring
    modes: WindowModes  # the lock screen and the inwonerweergave
    keyring_notice: KeyringNotice | None = None  # see show_keyring_notice
    person_panel: PersonPanel | None = None  # issue 14
    watch_pane: WatchPane | None = None  # see attach_watch
    tray: TrayNotifier | None = None

    def __init__(
        self,
        presenter: WorkspacePresenter | None = None,
        *,
        training: bool = False,
        idle_lock_minutes: float = 10,
        contacts: ContactPresenter | None = None,
    ) -> None:
        """The shell; with a ``presenter`` the panes are attached at once (tests, tools)."""
        super().__init__()
        self.setObjectName("mainWindow")
        self.training = training
        self.attached = False
        self.history: ContactHistoryView | None = None
        self._pending_search: str | None = None

        self.central = QWidget(self)
        self.central_layout = QVBoxLayout(self.central)
        self.training_banner = QLabel(
            self.tr("Oefenomgeving — verzonnen gegevens, niets gaat naar echte systemen."),
            self.central,
        )
        self.training_banner.setObjectName("trainingBanner")
        self.training_banner.setProperty("alert", "info")
        self.training_banner.setWordWrap(True)
        self.training_banner.setVisible(training)
        self.search_bar = SearchBar(self.central)
        self.message = QLabel(self.central)
        self.message.setObjectName("messageBar")
        self.message.setProperty("alert", "error")
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        # Holds the panes' place until attach() puts the case list and detail there.
        self.pane_area = QWidget(self.central)
        for widget in (self.training_banner, self.search_bar, self.message):
            self.central_layout.addWidget(widget)
        self.central_layout.addWidget(self.pane_area, 1)
        # At 200% text the panes' minimum sizes can exceed the window: the page then scrolls
        # vertically, as a web page does when zoomed, instead of squeezing text on top of text.
        self.page_scroll = QScrollArea(self)
        self.page_scroll.setObjectName("workspaceScroll")
        self.page_scroll.setWidgetResizable(True)
        self.page_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.page_scroll.setWidget(self.central)
        frame = QWidget(self)
        self.pages = QStackedWidget(frame)
        self.pages.addWidget(self.page_scroll)
        # The outbox state and the training marker first: they stay put while the status text
        # after them changes length (in a row that wraps, see StatusRow).
        status = StatusRow(frame)
        frame_layout = QVBoxLayout(frame)
        frame_layout.setContentsMargins(0, 0, 0, 0)
        frame_layout.setSpacing(0)
        frame_layout.addWidget(self.pages, 1)
        frame_layout.addWidget(status)
        self.setCentralWidget(frame)
        self.outbox_label = QLabel(status)  # views.outbox_state fills it
        self.outbox_label.setObjectName("outboxState")
        status.add(self.outbox_label)
        if training:
            marker = QLabel(self.tr("Oefenomgeving"), status)
            marker.setObjectName("trainingMarker")
            marker.setProperty("badge", "training")
            status.add(marker)
        self.status_label = QLabel(status)
        self.status_label.setWordWrap(True)
        status.add(self.status_label)
        self.search_bar.search_requested.connect(self._search_before_attach)
        self.update_title(None)
        self.open_maximized = place(self)  # where the agent left it (views/window_place.py)
        self.search_bar.focus_input()
        if presenter is not None:
            self.attach(presenter, contacts=contacts, idle_lock_minutes=idle_lock_minutes)

    def attach(
        self,
        presenter: WorkspacePresenter,
        *,
        contacts: ContactPresenter | None = None,
        idle_lock_minutes: float = 10,
    ) -> None:
        for _step in self.attach_steps(
            presenter, contacts=contacts, idle_lock_minutes=idle_lock_minutes
        ):
            pass

    def attach_steps(
        self,
        presenter: WorkspacePresenter,
        *,
        contacts: ContactPresenter | None = None,
        idle_lock_minutes: float = 10,
    ) -> Iterator[None]:
        """Add the panes and wire them, one pane per step, so the caller can let the event loop
        run between steps (each builds in well under 50 ms; all at once would not)."""
        from kcc_desk.views.window_attach import attach_steps

        yield from attach_steps(self, presenter, contacts, idle_lock_minutes)
        self.search_bar.search_requested.disconnect(self._search_before_attach)
        self.attached = True
        pending, self._pending_search = self._pending_search, None
        if pending is not None:
            presenter.search(pending)

    def attach_watch(self, watch: WatchPresenter) -> None:
        """The "Gevolgd" pane, the tray and their shortcuts (issue 17); after ``attach``."""
        from kcc_desk.views.watch_pane import install_watch

        self.watch_pane, self.tray = install_watch(self, watch)
        watch.announce.connect(self.say)

    def _search_before_attach(self, text: str) -> None:
        """Enter before the panes are there: keep the search and start it once they are."""
        self._pending_search = text
        self.status_label.setText(self.tr("Bezig met starten… Het zoeken begint zo."))

    # -- what other parts of the app ask of the window -------------------------------------------
    def panes(self) -> list[QWidget]:
        from kcc_desk.views.pane_cycle import pane_order

        return pane_order(self)

    def refer(self) -> None:
        """Ctrl+R: refer the open case in a small dialog; Enter sends it to the outbox."""
        from kcc_desk.views.referral_flow import run_referral

        run_referral(self, self.referrals, self.alert, self.case_list.table)

    def lock(self) -> None:
        self.modes.lock()

    def unlock(self) -> None:
        self.modes.unlock()

    def is_locked(self) -> bool:
        return self.attached and self.modes.is_locked()

    def in_citizen_view(self) -> bool:
        return self.attached and self.modes.in_citizen_view()

    def show_keyring_notice(self, reason: Message | str) -> None:
        """No secure keyring: one short line in the status row opens the explanation (it was a
        banner and a three-line status text as well as the settings dialog's warning)."""
        from kcc_desk.views.keyring_notice import KeyringNotice
        from kcc_desk.views.status_line import StatusRow

        row = self.status_label.parentWidget()
        assert isinstance(row, StatusRow)
        self.keyring_notice = KeyringNotice(reason, row)
        row.add_before(self.keyring_notice, self.status_label)

    def show_message(self, message: str) -> None:
        """A message that stays until the next search or new caller (alerts never time out)."""
        self.alert(message)

    def alert(self, message: str) -> None:
        """An error the window itself finds (not a presenter task, which announces its own):
        shown, and said at once without moving focus (WCAG 4.1.3). Before, "Open eerst een
        zaak" after Ctrl+R only appeared on screen; a screen reader user heard nothing."""
        from kcc_desk.views.announce import announce

        self.show_error(message)
        announce(self, message, assertive=True)

    def show_error(self, message: str) -> None:
        self.message.setText(message)
        self.message.setVisible(True)
        self.status_label.setText(message)

    def say(self, text: str, assertive: bool) -> None:
        """In the status line, and to the screen reader."""
        from kcc_desk.views.announce import announce

        self.status_label.setText(text)
        announce(self, text, assertive=assertive)

    def show_shortcuts(self) -> None:
        from kcc_desk.views.shortcuts_dialog import ShortcutsDialog

        dialog = ShortcutsDialog(self.actions_registry.shortcut_rows(), self)
        dialog.exec()

    def update_title(self, case: CaseSummary | None) -> None:
        title = f"{case.identificatie} — {APP_TITLE}" if case else APP_TITLE
        if self.training:
            title += " — " + self.tr("Oefenomgeving")
        self.setWindowTitle(title)

    def closeEvent(self, event: QCloseEvent) -> None:
        remember(self)
        if self.attached:
            self.presenter.shutdown()
        super().closeEvent(event)
