"""The agent's workspace window. It only composes the views and wires them to the presenter.

It is built in two stages so the agent can type a number the moment the window appears: the
constructor makes the shell (banner, search field, message bar and status line), ``attach`` adds the
panes (sources, case list, case detail, contact history, lock screen) and wires the presenter.
Start-up (``kcc_desk.app``) shows the shell first and attaches the panes a step at a time while
the event loop runs; a search asked for before that is kept and started once the panes are there.
The pane modules are imported inside ``attach`` so the shell does not wait for them, and the
shell names no ``Qt.*`` enum: the first one builds all of PySide6's Qt namespace (~30 ms, an
eighth of a bare window's start-up), which the worker thread that imports the panes does instead.
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

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from kcc_desk.presenters.contacts import ContactPresenter
    from kcc_desk.presenters.idle import IdleWatcher
    from kcc_desk.presenters.watch import WatchPresenter
    from kcc_desk.presenters.workspace import WorkspacePresenter
    from kcc_desk.services.contacts.records import ReferralRecord
    from kcc_desk.services.messages import Message
    from kcc_desk.services.models import CaseDetail, CaseSummary, Document, LookupResult
    from kcc_desk.views.actions import ActionRegistry
    from kcc_desk.views.case_detail import CaseDetailView
    from kcc_desk.views.case_list import CaseListView
    from kcc_desk.views.citizen_view import CitizenView
    from kcc_desk.views.contact_history import ContactHistoryView
    from kcc_desk.views.keyring_notice import KeyringNotice
    from kcc_desk.views.lock_screen import LockScreen
    from kcc_desk.views.person_list import PersonPanel
    from kcc_desk.views.sources_bar import SourcesBar
    from kcc_desk.views.tray import TrayNotifier
    from kcc_desk.views.watch_pane import WatchPane
    from kcc_desk.views.workspace_panes import WorkspacePanes

APP_TITLE = "kcc-desk"

# What ``attach`` imports: start-up imports these in a worker thread first, so building the panes
# on the GUI thread does not also wait for ~250 ms of module loading.
PANE_MODULES = (
    "kcc_desk.presenters.idle",
    "kcc_desk.views.actions",
    "kcc_desk.views.sources_bar",
    "kcc_desk.views.person_list",
    "kcc_desk.views.case_list",
    "kcc_desk.views.case_detail",
    "kcc_desk.views.workspace_panes",
    "kcc_desk.views.search_row",
    "kcc_desk.views.citizen_view",
    "kcc_desk.views.contact_history",
    "kcc_desk.views.lock_screen",
    "kcc_desk.views.referral_dialog",
    "kcc_desk.views.shortcuts_dialog",
)


class MainWindow(QMainWindow):
    text_scale_step = Signal(int)  # +1 larger, -1 smaller, 0 reset
    settings_requested = Signal()
    review_requested = Signal()  # Ctrl+Shift+K: kcc_desk/review_flow.py opens the review
    my_referrals_requested = Signal()  # Ctrl+Shift+M, the same flow

    # Made by attach() (the panes); typed here so the rest of the class can use them.
    presenter: WorkspacePresenter
    contacts: ContactPresenter | None
    actions_registry: ActionRegistry
    sources_bar: SourcesBar
    case_list: CaseListView
    case_detail: CaseDetailView
    panes_widget: WorkspacePanes
    lock_screen: LockScreen
    citizen_view: CitizenView
    idle_watcher: IdleWatcher
    keyring_notice: KeyringNotice | None = None  # see show_keyring_notice
    person_panel: PersonPanel | None = None  # issue 14, see _attach_persons
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
        self._layout = QVBoxLayout(self.central)
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
        self._pane_area = QWidget(self.central)
        for widget in (self.training_banner, self.search_bar, self.message):
            self._layout.addWidget(widget)
        self._layout.addWidget(self._pane_area, 1)
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
        self.outbox_label = QLabel(status)
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
        self._update_title(None)
        # 1280 x 800, or less on a smaller screen: a window taller than the screen hid the
        # status line under its bottom edge. On a laptop screen (up to 1440 px wide) all of it:
        # every row counts there (issue 13, six cases and the open case at 1366 x 768).
        room = self.screen().availableGeometry()
        if room.width() <= 1440:
            self.resize(room.width(), room.height())
        else:
            self.resize(1280, min(800, room.height()))
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
        from PySide6.QtCore import Qt

        from kcc_desk.presenters.idle import IdleWatcher
        from kcc_desk.views.actions import ActionRegistry
        from kcc_desk.views.case_detail import CaseDetailView
        from kcc_desk.views.case_list import CaseListView
        from kcc_desk.views.contact_history import ContactHistoryView
        from kcc_desk.views.lock_screen import LockScreen
        from kcc_desk.views.sources_bar import SourcesBar
        from kcc_desk.views.workspace_panes import WorkspacePanes

        self.presenter = presenter
        self.contacts = contacts
        central = self.central
        self.search_bar.add_clear_button()
        from kcc_desk.views.search_row import SearchRowFitter

        self._search_fitter = SearchRowFitter(self.search_bar)
        # The page's scroll bar keeps its place (idle while everything fits): shown only when
        # needed, it took the width that made the status card one line taller, which made it
        # needed (WorkspacePanes gives the list the height the card leaves): an endless relayout.
        self.page_scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.page_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.page_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.sources_bar = SourcesBar(central)
        self.sources_bar.set_sources(presenter.source_names)
        self._layout.insertWidget(self._layout.indexOf(self.message), self.sources_bar)
        # A screen reader reads children in object order (WCAG 1.3.2): the sources bar comes
        # right after the search field, as on screen, not after everything the shell made.
        self.sources_bar.stackUnder(self.message)
        self._attach_persons(presenter)
        yield
        self.case_list = CaseListView(presenter.cases, central)
        yield
        self.case_detail = CaseDetailView(central)
        yield
        if contacts is not None:
            self.history = ContactHistoryView(contacts.history, central)
            yield
        # List above, the open case below: the list's seven columns need the full width of the
        # window; the earlier contacts are a tab of the case (Alt+6), one key away.
        if self.history is not None:
            # "Contacten": the four tab titles fit beside the stepper on a 1280 px screen; the
            # pane inside says "Eerdere contacten" in full.
            self.case_detail.add_tab(self.history, self.tr("Contacten"))
        self.panes_widget = WorkspacePanes(
            self.case_list, self.case_detail, central, page=self.page_scroll
        )
        self._layout.replaceWidget(self._pane_area, self.panes_widget)
        self._pane_area.deleteLater()
        yield
        self.lock_screen = LockScreen(self)
        self.pages.addWidget(self.lock_screen)
        from kcc_desk.views.citizen_view import CitizenView

        self.citizen_view = CitizenView(self)
        self.pages.addWidget(self.citizen_view)
        yield
        self.actions_registry = ActionRegistry(self)
        self.idle_watcher = IdleWatcher(idle_lock_minutes, self)
        self.search_bar.search_requested.disconnect(self._search_before_attach)
        self._connect()
        self._set_tab_order()
        self.attached = True
        pending, self._pending_search = self._pending_search, None
        if pending is not None:
            presenter.search(pending)

    def attach_watch(self, watch: WatchPresenter) -> None:
        """The "Gevolgd" pane, the tray and their shortcuts (issue 17); after ``attach``."""
        from kcc_desk.views.watch_pane import install_watch

        self.watch_pane, self.tray = install_watch(self, watch)
        watch.announce.connect(self._announce)

    def _search_before_attach(self, text: str) -> None:
        """Enter before the panes are there: keep the search and start it once they are."""
        self._pending_search = text
        self.status_label.setText(self.tr("Bezig met starten… Het zoeken begint zo."))

    # -- wiring ----------------------------------------------------------------------------------
    def _connect(self) -> None:
        from kcc_desk.views.actions import ActionId

        p = self.presenter
        a = self.actions_registry.action
        self.search_bar.search_requested.connect(p.search)
        self.case_list.case_activated.connect(p.open_case)
        self.case_list.case_number_copied.connect(self._on_copied)
        self.case_detail.open_document_requested.connect(self._open_document)
        self.sources_bar.reason_requested.connect(self._show_reason)
        self.idle_watcher.idle.connect(self.lock)
        self.lock_screen.unlock_requested.connect(self.unlock)

        p.invalid_input.connect(self.search_bar.show_error)
        p.search_started.connect(self._on_search_started)
        p.source_progress.connect(self.sources_bar.progress)
        p.search_finished.connect(self._on_search_finished)
        p.search_failed.connect(self._show_error)
        p.case_loading.connect(self._on_case_loading)
        p.case_ready.connect(self._on_case_ready)
        p.case_failed.connect(self.case_detail.show_error)
        p.document_failed.connect(self._show_error)
        p.caller_cleared.connect(self._on_caller_cleared)
        p.results_cleared.connect(self._on_results_cleared)
        self.case_detail.confidential_opened.connect(self._warn_confidential)
        p.announce.connect(self._announce)

        a(ActionId.FOCUS_SEARCH).triggered.connect(self.search_bar.focus_input)
        a(ActionId.NEW_CALLER).triggered.connect(p.new_caller)
        a(ActionId.SHORTCUTS).triggered.connect(self.show_shortcuts)
        a(ActionId.NEXT_PANE).triggered.connect(lambda: self.cycle_pane(1))
        a(ActionId.PREVIOUS_PANE).triggered.connect(lambda: self.cycle_pane(-1))
        a(ActionId.QUIT).triggered.connect(self.close)
        a(ActionId.SETTINGS).triggered.connect(self.settings_requested)
        a(ActionId.REVIEW).triggered.connect(self.review_requested)
        a(ActionId.MY_REFERRALS).triggered.connect(self.my_referrals_requested)
        a(ActionId.TEXT_LARGER).triggered.connect(lambda: self.text_scale_step.emit(1))
        a(ActionId.TEXT_SMALLER).triggered.connect(lambda: self.text_scale_step.emit(-1))
        a(ActionId.TEXT_RESET).triggered.connect(lambda: self.text_scale_step.emit(0))
        a(ActionId.REFER).triggered.connect(self.refer)
        a(ActionId.LOG_ANSWERED).triggered.connect(self.log_answered)
        detail = self.case_detail
        a(ActionId.CITIZEN_VIEW).triggered.connect(self.toggle_citizen_view)
        a(ActionId.SHOW_STATUS).triggered.connect(detail.focus_card)
        a(ActionId.SHOW_TIMELINE).triggered.connect(detail.focus_timeline)
        a(ActionId.TOGGLE_SUBSTATUSES).triggered.connect(self._toggle_substatuses)
        for action_id, tab in (
            (ActionId.SHOW_DETAILS, detail.TAB_DETAILS),
            (ActionId.SHOW_DOCUMENTS, detail.TAB_DOCUMENTS),
            (ActionId.SHOW_ROLES, detail.TAB_ROLES),
            (ActionId.SHOW_CONTACTS, detail.TAB_CONTACTS),
        ):
            a(action_id).triggered.connect(lambda _=False, t=tab: detail.show_tab(t))
        if self.contacts is not None:
            self.contacts.history.modelReset.connect(self._show_open_referrals)
            self.contacts.logged.connect(lambda text: self._announce(text, False))
            self.contacts.failed.connect(self._alert)
            from kcc_desk.views.outbox_state import OutboxStatus

            self.outbox_status = OutboxStatus(self.outbox_label)  # seen and heard (#20)
            self.contacts.outbox_changed.connect(self.outbox_status.show)
        copy = a(ActionId.COPY_CASE_NUMBER)
        self.case_list.table.addAction(copy)
        copy.triggered.connect(self.case_list.copy_case_number)
        self._connect_persons()

    def _set_tab_order(self) -> None:
        # Reading order: search field, Zoeken, the sources' buttons, then the case list (not
        # straight from Zoeken to the list: the sources would end up after every other pane).
        QWidget.setTabOrder(self.search_bar.input, self.search_bar.button)

    # -- persons (issue 14): found by name, postcode, phone or e-mail; kept apart for merging --
    def _attach_persons(self, presenter: WorkspacePresenter) -> None:
        persons = presenter.persons
        if persons is None:
            return
        from kcc_desk.views.person_list import PersonPanel

        self.person_panel = PersonPanel(persons.model, self.central)
        self._layout.insertWidget(self._layout.indexOf(self.message) + 1, self.person_panel)

    def _connect_persons(self) -> None:
        persons, panel = self.presenter.persons, self.person_panel
        if persons is None or panel is None:
            return
        panel.person_activated.connect(persons.choose_row)
        persons.search_started.connect(self._on_person_search_started)
        persons.persons_found.connect(panel.show_list)
        persons.persons_found.connect(
            lambda _n: self.case_list.set_empty_text(self.tr("Kies eerst de beller hierboven."))
        )
        persons.person_chosen.connect(panel.show_chosen)
        persons.nothing_found.connect(panel.show_nothing)
        persons.nothing_found.connect(
            lambda _t: self.case_list.set_empty_text(self.tr("Geen persoon gevonden."))
        )
        persons.failed.connect(lambda _t: panel.clear())
        persons.failed.connect(self._show_error)
        persons.failed.connect(lambda _t: self.case_list.set_empty_text(" "))
        persons.note.connect(self.status_label.setText)
        persons.cleared.connect(panel.clear)

    def _on_person_search_started(self) -> None:
        assert self.person_panel is not None
        self.message.setVisible(False)
        self.case_detail.clear()
        self.sources_bar.reset()
        self.person_panel.show_searching()
        self.status_label.setText(self.tr("Bezig met zoeken naar de persoon…"))
        self.case_list.set_empty_text(self.tr("Bezig met zoeken naar de persoon…"))
        self._update_title(None)

    # -- panes (F6 / Shift+F6) -------------------------------------------------------------------
    def panes(self) -> list[QWidget]:
        panes: list[QWidget] = [self.search_bar, self.sources_bar, self.case_list]
        panes += self.case_detail.panes()  # the status card and the steps one F6 away (#20)
        if self.person_panel is not None:
            panes.insert(2, self.person_panel)
        if self.watch_pane is not None:
            panes.append(self.watch_pane)
        return panes

    def cycle_pane(self, step: int) -> None:
        panes = [p for p in self.panes() if p.isVisible()]
        focus = self.focusWidget()
        current = next((i for i, p in enumerate(panes) if focus and p.isAncestorOf(focus)), -1)
        for offset in range(1, len(panes) + 1):
            target = panes[(current + step * offset) % len(panes)]
            if self._focus_pane(target):
                return

    def _focus_pane(self, pane: QWidget) -> bool:
        from PySide6.QtCore import Qt

        self.page_scroll.ensureWidgetVisible(pane, 0, 0)
        if pane is self.search_bar:
            self.search_bar.focus_input()
            return True
        if pane is self.case_list:
            self.case_list.focus_table()
            return True
        if self.case_detail.isAncestorOf(pane):
            return self.case_detail.focus_pane(pane)
        target = pane.focusProxy() or _first_focusable(pane)
        if target is None:
            return False
        target.setFocus(Qt.FocusReason.TabFocusReason)
        return True

    # -- contacts and referrals ------------------------------------------------------------------
    def refer(self) -> None:
        """Ctrl+R: refer the open case in a small dialog; Enter sends it to the outbox."""
        from PySide6.QtCore import Qt

        from kcc_desk.views.referral_dialog import ReferralDialog, TargetOption

        contacts = self.contacts
        case = self.presenter.current_case
        if contacts is None:
            self._alert(
                self.tr("U kunt nu niet doorverwijzen. Klantinteracties is niet ingesteld.")
            )
            return
        if case is None:
            self._alert(self.tr("Open eerst een zaak. Kies de zaak in de lijst en druk op Enter."))
            return
        contacts.reload_targets()  # the list is missing or old: try Klantinteracties again
        targets = contacts.targets()
        options = [
            TargetOption(
                key=t.uuid,
                name=t.naam,
                kind=self.tr("medewerker") if t.soort == "medewerker" else self.tr("afdeling"),
                reasons=contacts.reasons_for(t),
            )
            for t in targets
        ]
        dialog = ReferralDialog(
            case_number=case.identificatie,
            caller_label=self._caller_label(),
            agent_label=contacts.agent_id,
            targets=options,
            general_reasons=[
                self.tr("Terugbellen over de status van de aanvraag"),
                self.tr("Vraag wanneer er een besluit komt"),
                self.tr("Aanvullende informatie doorgeven"),
                self.tr("Klacht over de behandeling"),
            ],
            notice=contacts.targets_note,
            parent=self,
        )
        came_from = self.focusWidget()
        accepted = dialog.exec() == ReferralDialog.DialogCode.Accepted
        draft = dialog.draft if accepted else None
        if draft is not None:
            target = next(t for t in targets if t.uuid == draft.target.key)
            earlier = contacts.open_referral_to(target)
            if earlier is None or self._confirm_second_referral(case, target.naam, earlier):
                contacts.refer(target, draft.reason, draft.callback_phone, draft.note)
        # Back to where the agent was, in an active window (not every platform re-activates the
        # main window when a modal dialog closes, and window shortcuts need it active).
        self.activateWindow()
        (came_from or self.case_list.table).setFocus(Qt.FocusReason.OtherFocusReason)

    def _confirm_second_referral(
        self, case: CaseSummary, naam: str, earlier: ReferralRecord
    ) -> bool:
        """The same case to the same team again? Ask first: a team that gets it twice calls the
        citizen twice. No is the default (Enter keeps the earlier referral)."""
        from PySide6.QtWidgets import QMessageBox

        from kcc_desk.formatting import format_date

        when = earlier.date
        box = QMessageBox(self)
        box.setObjectName("secondReferral")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Al doorverwezen"))
        box.setText(
            self.tr(
                "Zaak {number} is al doorverwezen naar {target} ({date}). "
                "Die doorverwijzing staat nog open. Wilt u nog een keer doorverwijzen?"
            ).format(
                number=case.identificatie,
                target=naam,
                date=format_date(when) if when else self.tr("wordt nog verzonden"),
            )
        )
        again = box.addButton(self.tr("&Verwijs nog een keer door"), QMessageBox.ButtonRole.YesRole)
        keep = box.addButton(self.tr("&Niet doorverwijzen"), QMessageBox.ButtonRole.NoRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is again

    def log_answered(self) -> None:
        if self.contacts is None:
            self._alert(
                self.tr(
                    "U kunt het contact nu niet vastleggen. Klantinteracties is niet ingesteld."
                )
            )
            return
        self.contacts.log_answered()

    def _caller_label(self) -> str:
        from kcc_desk.services.identifiers import IdentifierKind, mask_bsn

        query = self.presenter.current_query
        if query is not None and query.kind == IdentifierKind.BSN:
            return self.tr("BSN {masked}").format(masked=mask_bsn(query.value))
        return self.tr("Beller van deze zaak")

    # -- idle lock -------------------------------------------------------------------------------
    def lock(self) -> None:
        """Hide and forget the caller's data after the agent has been away (AVG)."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QApplication, QDialog

        if self.is_locked():
            return
        # A dialog left open (a referral half typed when the agent walked away) stayed on top
        # of the lock screen with the caller's case, and kept the keyboard focus, so a screen
        # reader never reached "Verder werken": close it first, unsent.
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QDialog):
            modal.reject()
        self.presenter.new_caller()  # also leaves the inwonerweergave
        self.pages.setCurrentWidget(self.lock_screen)
        self.lock_screen.button.setFocus(Qt.FocusReason.OtherFocusReason)
        self._announce(self.tr("Scherm vergrendeld. Druk op Enter om verder te werken."), True)

    def unlock(self) -> None:
        self.pages.setCurrentWidget(self.page_scroll)
        self.idle_watcher.restart()
        self.search_bar.focus_input()

    def is_locked(self) -> bool:
        return self.pages.currentWidget() is self.lock_screen

    # -- Inwonerweergave (Ctrl+I) ----------------------------------------------------------------
    def toggle_citizen_view(self) -> None:
        """The open case as the visitor may see it, in large text; the same key goes back."""
        from PySide6.QtCore import Qt

        if self.is_locked():
            return
        if self.in_citizen_view():
            self.leave_citizen_view()
            return
        detail = self.presenter.current_detail
        if detail is None:
            self._alert(self.tr("Open eerst een zaak. Dan kunt u de inwonerweergave tonen."))
            return
        self.citizen_view.show_case(detail, self.presenter.cases.today())
        self.pages.setCurrentWidget(self.citizen_view)
        self.citizen_view.heading.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._announce(self.tr("Inwonerweergave. Druk op Ctrl+I om terug te gaan."), False)

    def in_citizen_view(self) -> bool:
        return self.pages.currentWidget() is self.citizen_view

    def leave_citizen_view(self) -> None:
        if not self.in_citizen_view():
            return
        self.citizen_view.clear()
        self.pages.setCurrentWidget(self.page_scroll)
        self.case_list.focus_table()

    # -- presenter events ------------------------------------------------------------------------
    def _on_search_started(self, query: object, names: list[str]) -> None:
        from kcc_desk.services.identifiers import IdentifierKind

        kind = getattr(query, "kind", None)
        self.case_list.set_case_number_search(kind == IdentifierKind.ZAAK)
        self.message.setVisible(False)
        self.case_detail.clear()
        self.sources_bar.search_started(names)
        self.status_label.setText(self.tr("Bezig met zoeken…"))
        self.case_list.set_empty_text(self.tr("Bezig met zoeken…"))
        self._update_title(None)

    def _on_search_finished(self, result: LookupResult) -> None:
        self.sources_bar.finished(result)
        if not result.cases:
            self.case_list.set_empty_text(self.tr("Geen zaken gevonden voor dit nummer."))
        else:
            self.case_list.focus_table()
        self.status_label.setText(self.tr("Klaar met zoeken."))

    def _on_case_loading(self, case: CaseSummary) -> None:
        self.case_detail.set_summary(case, self.presenter.cases.today())
        self.case_detail.show_loading()
        self._update_title(case)
        self._show_open_referrals()
        self.panes_widget.schedule_fit()

    def _on_case_ready(self, detail: CaseDetail) -> None:
        self.case_detail.set_detail(detail, self.presenter.cases.today())
        self._update_title(detail.summary)
        self.panes_widget.schedule_fit()
        # Heard as well as seen (#20): the case opened silently for a screen-reader user.
        step = self.case_detail.card.step
        said = self.tr("Zaak {number} geopend.").format(number=detail.summary.identificatie)
        warning = self.case_detail.card.warning_message()
        if warning:  # said on choosing the case too, but Orca cuts that off for this one
            said += " " + warning
        if step.isVisibleTo(self.case_detail.card) and step.accessibleName():
            said += " " + step.accessibleName() + "."
        # Heard only: the card shows all of it, and a long status line would take the room the
        # card needs at 200% text.
        from kcc_desk.views.announce import announce

        announce(self, said)

    def _on_results_cleared(self) -> None:
        """A new search, valid or not: nothing of the previous caller stays in view."""
        self.leave_citizen_view()
        self.sources_bar.reset()
        self.case_detail.clear()
        self.message.clear()
        self.message.setVisible(False)
        self.case_list.set_case_number_search(False)
        self.case_list.set_empty_text(
            self.tr("Nog geen zaken. Zoek op BSN, KVK-nummer of zaaknummer.")
        )
        self._update_title(None)
        self.panes_widget.schedule_fit()

    def _warn_confidential(self, text: str) -> None:
        """Said at once (the warning itself stands in the status card, not the status line)."""
        from kcc_desk.views.announce import announce

        announce(self, text, assertive=True)

    def _show_open_referrals(self) -> None:
        from kcc_desk.presenters.history_model import OPEN_REFERRAL_ROLE

        if self.contacts is None:
            return
        model = self.contacts.history
        lines = [
            str(model.data(model.index(row, 0)))
            for row in range(model.rowCount())
            if model.data(model.index(row, 0), OPEN_REFERRAL_ROLE)
        ]
        self.case_detail.set_referrals(lines)
        self.panes_widget.schedule_fit()

    def _toggle_substatuses(self) -> None:
        timeline = self.case_detail.timeline
        if timeline.isVisible() and timeline.toggle_substatuses():
            timeline.setFocus()

    def _on_caller_cleared(self) -> None:
        self.leave_citizen_view()
        self.search_bar.clear()
        self.sources_bar.reset()
        self.case_detail.clear()
        self.message.clear()
        self.message.setVisible(False)
        self.case_list.set_empty_text(
            self.tr("Nog geen zaken. Zoek op BSN, KVK-nummer of zaaknummer.")
        )
        self.status_label.setText(self.tr("Klaar voor een nieuwe beller."))
        self._update_title(None)
        self.search_bar.focus_input()

    def _open_document(self, document: Document) -> None:
        self.presenter.open_document(document)

    def _on_copied(self, number: str) -> None:
        self.status_label.setText(self.tr("Zaaknummer {number} gekopieerd.").format(number=number))

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
        self._alert(message)

    def _alert(self, message: str) -> None:
        """An error the window itself finds (not a presenter task, which announces its own):
        shown, and said at once without moving focus (WCAG 4.1.3). Before, "Open eerst een
        zaak" after Ctrl+R only appeared on screen; a screen reader user heard nothing."""
        from kcc_desk.views.announce import announce

        self._show_error(message)
        announce(self, message, assertive=True)

    def _show_error(self, message: str) -> None:
        self.message.setText(message)
        self.message.setVisible(True)
        self.status_label.setText(message)

    def _show_reason(self, source: str, reason: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(
            self, self.tr("Waarom {source} niet antwoordde").format(source=source), reason
        )

    def _announce(self, text: str, assertive: bool) -> None:
        from kcc_desk.views.announce import announce

        self.status_label.setText(text)
        announce(self, text, assertive=assertive)

    def show_shortcuts(self) -> None:
        from kcc_desk.views.shortcuts_dialog import ShortcutsDialog

        dialog = ShortcutsDialog(self.actions_registry.shortcut_rows(), self)
        dialog.exec()

    def _update_title(self, case: CaseSummary | None) -> None:
        title = f"{case.identificatie} — {APP_TITLE}" if case else APP_TITLE
        if self.training:
            title += " — " + self.tr("Oefenomgeving")
        self.setWindowTitle(title)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.attached:
            self.presenter.shutdown()
        super().closeEvent(event)


def _first_focusable(pane: QWidget) -> QWidget | None:
    from PySide6.QtCore import Qt

    for child in pane.findChildren(QWidget):
        if (
            child.isVisible()
            and child.isEnabled()
            and child.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            return child
    return None
