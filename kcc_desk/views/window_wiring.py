"""Wires the window's panes to the presenters and the shortcuts, and the window's own reactions
to what the presenters report (a search started, a case opened, the caller cleared).

A pane that only needs a presenter's signal is connected to it directly; what spans several
panes (clearing everything of the previous caller) is a method here. WindowWiring is a QObject
child of the window, and presenter signals go to its methods, never to lambdas: the presenters
outlive a window rebuilt for another language, and Qt disconnects a destroyed receiver only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMessageBox

from kcc_desk.views.actions import ActionId
from kcc_desk.views.announce import announce
from kcc_desk.views.outbox_state import OutboxStatus
from kcc_desk.views.pane_cycle import cycle_pane

if TYPE_CHECKING:
    from kcc_desk.presenters.persons import PersonsPresenter
    from kcc_desk.services.models import CaseDetail, CaseSummary, LookupResult
    from kcc_desk.views.main_window import MainWindow
    from kcc_desk.views.person_list import PersonPanel


class _Searched(Protocol):
    """What the window needs of the presenter's Query (the rule stays in the service)."""

    @property
    def is_case_number(self) -> bool: ...


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def _nothing_yet() -> str:
    return _tr("Nog geen zaken. Zoek hierboven de beller of de zaak.")


class WindowWiring(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window

    def connect_all(self) -> None:
        w, p = self.w, self.w.presenter
        w.search_bar.search_requested.connect(p.search)
        w.case_list.case_activated.connect(p.open_case)
        w.case_list.case_number_copied.connect(self._on_copied)
        w.case_detail.open_document_requested.connect(p.open_document)
        w.sources_bar.reason_requested.connect(self._show_reason)
        w.idle_watcher.idle.connect(w.lock)
        w.lock_screen.unlock_requested.connect(w.unlock)

        p.invalid_input.connect(w.search_bar.show_error)
        p.search_started.connect(self._on_search_started)
        p.source_progress.connect(w.sources_bar.progress)
        p.search_finished.connect(self._on_search_finished)
        p.search_failed.connect(w.show_error)
        p.case_loading.connect(self._on_case_loading)
        p.case_ready.connect(self._on_case_ready)
        p.case_failed.connect(w.case_detail.show_error)
        p.document_failed.connect(w.show_error)
        p.caller_cleared.connect(self._on_caller_cleared)
        p.results_cleared.connect(self._on_results_cleared)
        # Said at once; the warning itself stands in the status card, not the status line.
        w.case_detail.confidential_opened.connect(lambda text: announce(w, text, assertive=True))
        p.announce.connect(w.say)
        self._connect_actions()
        self._connect_contacts()
        if p.persons is not None and w.person_panel is not None:
            self._connect_persons(p.persons, w.person_panel)

    def _connect_actions(self) -> None:
        w, p = self.w, self.w.presenter
        a = w.actions_registry.action
        detail = w.case_detail
        a(ActionId.FOCUS_SEARCH).triggered.connect(w.search_bar.focus_input)
        a(ActionId.NEW_CALLER).triggered.connect(p.new_caller)
        a(ActionId.SHORTCUTS).triggered.connect(w.show_shortcuts)
        a(ActionId.NEXT_PANE).triggered.connect(lambda: cycle_pane(w, 1))
        a(ActionId.PREVIOUS_PANE).triggered.connect(lambda: cycle_pane(w, -1))
        a(ActionId.QUIT).triggered.connect(w.close)
        a(ActionId.SETTINGS).triggered.connect(w.settings_requested)
        a(ActionId.REVIEW).triggered.connect(w.review_requested)
        a(ActionId.MY_REFERRALS).triggered.connect(w.my_referrals_requested)
        a(ActionId.TEXT_LARGER).triggered.connect(lambda: w.text_scale_step.emit(1))
        a(ActionId.TEXT_SMALLER).triggered.connect(lambda: w.text_scale_step.emit(-1))
        a(ActionId.TEXT_RESET).triggered.connect(lambda: w.text_scale_step.emit(0))
        a(ActionId.REFER).triggered.connect(w.refer)
        a(ActionId.LOG_ANSWERED).triggered.connect(self._log_answered)
        a(ActionId.CITIZEN_VIEW).triggered.connect(w.modes.toggle_citizen_view)
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
        copy = a(ActionId.COPY_CASE_NUMBER)
        w.case_list.table.addAction(copy)
        copy.triggered.connect(w.case_list.copy_case_number)

    def _connect_contacts(self) -> None:
        w, contacts = self.w, self.w.contacts
        if contacts is None:
            return
        contacts.history.modelReset.connect(self._show_open_referrals)
        contacts.logged.connect(self._on_logged)
        contacts.failed.connect(w.alert)
        self._outbox = OutboxStatus(w.outbox_label)  # seen, and heard when it is news (#20)
        contacts.outbox_changed.connect(self._on_outbox_changed)

    def _connect_persons(self, persons: PersonsPresenter, panel: PersonPanel) -> None:
        w = self.w
        panel.person_activated.connect(persons.choose_row)
        persons.search_started.connect(self._on_person_search_started)
        persons.persons_found.connect(panel.show_list)
        persons.persons_found.connect(self._on_persons_found)
        persons.person_chosen.connect(panel.show_chosen)
        persons.nothing_found.connect(panel.show_nothing)
        persons.nothing_found.connect(self._on_no_person)
        persons.failed.connect(self._on_person_search_failed)
        persons.note.connect(w.status_label.setText)
        persons.cleared.connect(panel.clear)

    # -- reactions -------------------------------------------------------------------------------
    def _on_outbox_changed(self, pending: int, failed: int, last_error: str) -> None:
        self._outbox.show(pending, failed, last_error)

    def _on_logged(self, text: str) -> None:
        self.w.say(text, False)

    def _on_persons_found(self, _count: int) -> None:
        self.w.case_list.set_empty_text(_tr("Kies eerst de beller hierboven."))

    def _on_no_person(self, _text: str) -> None:
        self.w.case_list.set_empty_text(_tr("Geen persoon gevonden."))

    def _on_person_search_failed(self, text: str) -> None:
        w = self.w
        if w.person_panel is not None:
            w.person_panel.clear()
        w.show_error(text)
        w.case_list.set_empty_text(" ")

    def _on_person_search_started(self) -> None:
        w = self.w
        assert w.person_panel is not None
        w.message.setVisible(False)
        w.case_detail.clear()
        w.sources_bar.reset()
        w.person_panel.show_searching()
        w.status_label.setText(_tr("Bezig met zoeken naar de persoon…"))
        w.case_list.set_empty_text(_tr("Bezig met zoeken naar de persoon…"))
        w.update_title(None)

    def _on_search_started(self, query: _Searched, names: list[str]) -> None:
        w = self.w
        w.case_list.set_case_number_search(query.is_case_number)
        w.message.setVisible(False)
        w.case_detail.clear()
        w.sources_bar.search_started(names)
        w.status_label.setText(_tr("Bezig met zoeken…"))
        w.case_list.set_empty_text(_tr("Bezig met zoeken…"))
        w.update_title(None)

    def _on_search_finished(self, result: LookupResult) -> None:
        w = self.w
        w.sources_bar.finished(result)
        if not result.cases:
            w.case_list.set_empty_text(_tr("Geen zaken gevonden voor dit nummer."))
        else:
            w.case_list.focus_table()
        w.status_label.setText(_tr("Klaar met zoeken."))

    def _on_case_loading(self, case: CaseSummary) -> None:
        w = self.w
        w.case_detail.set_summary(case, w.presenter.cases.today())
        w.case_detail.show_loading()
        w.update_title(case)
        self._show_open_referrals()
        w.panes_widget.schedule_fit()

    def _on_case_ready(self, detail: CaseDetail) -> None:
        w = self.w
        w.case_detail.set_detail(detail, w.presenter.cases.today())
        w.update_title(detail.summary)
        w.panes_widget.schedule_fit()
        # Heard as well as seen (#20): the case opened silently for a screen-reader user.
        card = w.case_detail.card
        said = _tr("Zaak {number} geopend.").format(number=detail.summary.identificatie)
        warning = card.warning_message()
        if warning:  # said on choosing the case too, but Orca cuts that off for this one
            said += " " + warning
        if card.step.isVisibleTo(card) and card.step.accessibleName():
            said += " " + card.step.accessibleName() + "."
        # Heard only: the card shows all of it, and a long status line would take the room the
        # card needs at 200% text.
        announce(w, said)

    def _forget_caller_view(self) -> None:
        """Nothing of the previous caller stays in view."""
        w = self.w
        w.modes.leave_citizen_view()
        w.sources_bar.reset()
        w.case_detail.clear()
        w.message.clear()
        w.message.setVisible(False)
        w.case_list.set_empty_text(_nothing_yet())
        w.update_title(None)

    def _on_results_cleared(self) -> None:
        """A new search, valid or not."""
        self._forget_caller_view()
        self.w.case_list.set_case_number_search(False)
        self.w.panes_widget.schedule_fit()

    def _on_caller_cleared(self) -> None:
        w = self.w
        self._forget_caller_view()
        w.search_bar.clear()
        w.status_label.setText(_tr("Klaar voor een nieuwe beller."))
        w.search_bar.focus_input()

    def _show_open_referrals(self) -> None:
        w = self.w
        if w.contacts is None:
            return
        case = w.presenter.current_case
        lines = w.contacts.history.open_referral_lines(case.url if case is not None else None)
        w.case_detail.set_referrals(lines)
        w.panes_widget.schedule_fit()

    def _toggle_substatuses(self) -> None:
        timeline = self.w.case_detail.timeline
        if timeline.isVisible() and timeline.toggle_substatuses():
            timeline.setFocus()

    def _log_answered(self) -> None:
        w = self.w
        if w.contacts is None:
            w.alert(
                _tr("U kunt het contact nu niet vastleggen. Klantinteracties is niet ingesteld.")
            )
            return
        w.contacts.log_answered()

    def _on_copied(self, number: str) -> None:
        self.w.status_label.setText(_tr("Zaaknummer {number} gekopieerd.").format(number=number))

    def _show_reason(self, source: str, reason: str) -> None:
        QMessageBox.information(
            self.w, _tr("Waarom {source} niet antwoordde").format(source=source), reason
        )
