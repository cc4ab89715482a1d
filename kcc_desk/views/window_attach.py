"""The second stage of the window: the panes, added one per step (see MainWindow).

Each step builds in well under 50 ms, so start-up lets the event loop run between them and the
agent can already type in the search field. The pane modules are imported here, not at the top of
main_window, so the shell does not wait for them.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from kcc_desk.presenters.idle import IdleWatcher
from kcc_desk.presenters.referral_form import ReferralDesk
from kcc_desk.presenters.search_hint import kind_hint
from kcc_desk.views.actions import ActionRegistry
from kcc_desk.views.case_detail import CaseDetailView
from kcc_desk.views.case_list import CaseListView
from kcc_desk.views.citizen_view import CitizenView
from kcc_desk.views.contact_history import ContactHistoryView
from kcc_desk.views.lock_screen import LockScreen
from kcc_desk.views.search_row import SearchRowFitter
from kcc_desk.views.sources_bar import SourcesBar
from kcc_desk.views.window_modes import WindowModes
from kcc_desk.views.window_wiring import WindowWiring
from kcc_desk.views.workspace_panes import WorkspacePanes

if TYPE_CHECKING:
    from kcc_desk.presenters.contacts import ContactPresenter
    from kcc_desk.presenters.workspace import WorkspacePresenter
    from kcc_desk.views.main_window import MainWindow


def attach_steps(
    w: MainWindow,
    presenter: WorkspacePresenter,
    contacts: ContactPresenter | None,
    idle_lock_minutes: float,
) -> Iterator[None]:
    w.presenter = presenter
    w.contacts = contacts
    w.referrals = ReferralDesk(presenter, contacts)
    central = w.central
    w.search_bar.add_clear_button()
    w.search_bar.set_hinter(kind_hint)
    w.search_fitter = SearchRowFitter(w.search_bar)
    # The page's scroll bar keeps its place (idle while everything fits): shown only when
    # needed, it took the width that made the status card one line taller, which made it
    # needed (WorkspacePanes gives the list the height the card leaves): an endless relayout.
    w.page_scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
    w.page_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    w.page_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    w.sources_bar = SourcesBar(central)
    w.sources_bar.set_sources(presenter.source_names)
    layout = w.central_layout
    layout.insertWidget(layout.indexOf(w.message), w.sources_bar)
    # A screen reader reads children in object order (WCAG 1.3.2): the sources bar comes
    # right after the search field, as on screen, not after everything the shell made.
    w.sources_bar.stackUnder(w.message)
    if presenter.persons is not None:  # issue 14: found by name, postcode, phone or e-mail
        from kcc_desk.views.person_list import PersonPanel

        w.person_panel = PersonPanel(presenter.persons.model, central)
        layout.insertWidget(layout.indexOf(w.message) + 1, w.person_panel)
    yield
    w.case_list = CaseListView(presenter.cases, central)
    yield
    w.case_detail = CaseDetailView(central)
    yield
    if contacts is not None:
        w.history = ContactHistoryView(contacts.history, central)
        # List above, the open case below: the list's seven columns need the full width of the
        # window; the earlier contacts are a tab of the case (Alt+6), one key away.
        # "Contacten": the four tab titles fit beside the stepper on a 1280 px screen; the
        # pane inside says "Eerdere contacten" in full.
        w.case_detail.add_tab(w.history, QCoreApplication.translate("MainWindow", "Contacten"))
        yield
    w.panes_widget = WorkspacePanes(w.case_list, w.case_detail, central, page=w.page_scroll)
    layout.replaceWidget(w.pane_area, w.panes_widget)
    w.pane_area.deleteLater()
    yield
    w.lock_screen = LockScreen(w)
    w.pages.addWidget(w.lock_screen)
    w.citizen_view = CitizenView(w)
    w.pages.addWidget(w.citizen_view)
    yield
    w.actions_registry = ActionRegistry(w)
    w.idle_watcher = IdleWatcher(idle_lock_minutes, w)
    w.modes = WindowModes(w)
    w.wiring = WindowWiring(w)
    w.wiring.connect_all()
    # Reading order: search field, Zoeken, the sources' buttons, then the case list (not
    # straight from Zoeken to the list: the sources would end up after every other pane).
    QWidget.setTabOrder(w.search_bar.input, w.search_bar.button)
