"""Contacts and referrals in the workspace: the caller's earlier contacts and open referrals,
one-key logging of an answered status question, and referral to a colleague (Ctrl+R).

Everything the agent records goes to the durable outbox first (ContactService), so it is never
lost when Klantinteracties is down; the pending count is shown and announced.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Signal

from kcc_desk.formatting import format_date
from kcc_desk.i18n import translated
from kcc_desk.presenters.history_model import HistoryModel
from kcc_desk.presenters.tasks import TaskSlots
from kcc_desk.presenters.workspace import WorkspacePresenter, user_message
from kcc_desk.services.contacts.limits import MAX_ONDERWERP, truncate
from kcc_desk.services.contacts.records import ContactRecord, ReferralRecord, ReferralTarget
from kcc_desk.services.contacts.request import ContactKind, ContactLogRequest, zaak_ids_of
from kcc_desk.services.contacts.state import History, OutboxState, TargetList
from kcc_desk.services.errors import KccError
from kcc_desk.services.identifiers import IdentifierKind
from kcc_desk.services.messages import Message
from kcc_desk.services.models import CaseDetail, CaseSummary, LookupResult

if TYPE_CHECKING:
    # The outbox module loads with the contact service, after the window is shown: it imports
    # httpx, which start-up does without (see LazyBackend).
    from kcc_desk.services.contacts.queue import DeliveryReport

logger = logging.getLogger(__name__)

HISTORY_TASK = "history"
TARGETS_TASK = "targets"


def _tr(text: str) -> str:
    return QCoreApplication.translate("ContactPresenter", text)


@dataclass(frozen=True, slots=True)
class TargetTemplate:
    """A referral target from the config: reason templates for it, and optionally its actor uuid
    in Klantinteracties (then it is offered even if the API does not list it)."""

    naam: str
    redenen: tuple[str, ...] = ()
    uuid: str = ""


class ContactBackend(Protocol):
    """What ContactService offers (a Protocol, so the presenter stays httpx-free)."""

    available: bool
    notice: Message | None  # to say at start-up (a damaged outbox file set aside), or None

    def start(self) -> None: ...
    def submit(self, request: ContactLogRequest) -> int: ...
    def state(self) -> OutboxState: ...
    def local_history(
        self, *, bsn: str | None = None, zaak_url: str | None = None
    ) -> tuple[ContactRecord, ...]: ...
    async def referral_targets(self) -> TargetList: ...
    async def caller_history(self, bsn: str) -> History: ...
    async def case_history(self, zaak_url: str) -> History: ...
    def clear_caller_data(self) -> None: ...
    async def aclose(self) -> None: ...


class ContactPresenter(QObject):
    targets_changed = Signal(list)  # list[ReferralTarget], most recently used first
    targets_notice = Signal(str)  # why the list may be old or empty ("" when it is fresh)
    outbox_changed = Signal(int, int, str)  # pending, failed, last error
    logged = Signal(str)  # confirmation for the agent, in words
    failed = Signal(str)

    def __init__(
        self,
        backend_factory: Callable[[], ContactBackend],
        workspace: WorkspacePresenter,
        *,
        agent_id: str,
        kanaal: str = "telefoon",
        templates: Sequence[TargetTemplate] = (),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._factory = backend_factory
        self._backend: ContactBackend | None = None
        self._workspace = workspace
        self.agent_id = agent_id
        self.kanaal = kanaal
        self.history = HistoryModel(parent=self)
        self._history = History()
        # whose history is shown: ("bsn", value) or ("zaak", url); None when none is
        self._history_key: tuple[str, str] | None = None
        self._targets: list[ReferralTarget] = []
        self.targets_note = ""
        self._templates = list(templates)
        self._recent: list[str] = []  # target uuids, most recent first (this session)
        self._refused_seen: set[int] = set()
        self._tasks = TaskSlots(self._task_failed)
        self._unusable = ""  # why nothing can be logged (the outbox file), in the UI language
        workspace.search_finished.connect(self._on_search_finished)
        workspace.case_ready.connect(self._on_case_ready)
        workspace.caller_cleared.connect(self._on_caller_cleared)
        # A new search replaces the previous caller: their contacts leave the screen too.
        workspace.results_cleared.connect(self._on_caller_cleared)

    # -- start / stop ----------------------------------------------------------------------------
    def start(self) -> None:
        try:
            backend = self._ensure()
        except KccError as error:  # an outbox from a newer kcc-desk: left alone, and said
            self._unusable = translated(error.ui_message)
            logger.warning("contacten niet te bewaren: %s", type(error).__name__)
            self.failed.emit(self._unusable)
            return
        backend.start()
        if backend.notice is not None:
            self.failed.emit(translated(backend.notice))
        self._tasks.start(TARGETS_TASK, self._load_targets())
        self.emit_outbox_state()

    async def aclose(self) -> None:
        await self._tasks.drain()
        if self._backend is not None:
            await self._backend.aclose()

    def on_delivery_report(self, report: DeliveryReport) -> None:
        """Called by the outbox worker after each delivery round: the state line, a refusal said
        out loud, and the history again once something reached the server."""
        self.emit_outbox_state()
        if report.failed:
            self.failed.emit(
                _tr(
                    "Klantinteracties weigerde een contact. Het is niet verzonden en staat bij de "
                    "eerdere contacten. Meld het de beheerder."
                )
            )
        if (report.delivered or report.failed) and self._history_key is not None:
            self._reload_history()

    def emit_outbox_state(self) -> None:
        if self._unusable:
            return
        state = self._ensure().state()
        last_error = translated(state.last_error) if state.last_error is not None else ""
        self.outbox_changed.emit(state.pending, state.failed, last_error)

    # -- targets ---------------------------------------------------------------------------------
    def targets(self) -> list[ReferralTarget]:
        """Klantinteracties' teams and colleagues plus configured ones, recently used first."""
        merged = list(self._targets)
        known = {t.uuid for t in merged}
        for template in self._templates:
            if template.uuid and template.uuid not in known:
                merged.append(
                    ReferralTarget(
                        template.uuid, template.naam, "organisatorische_eenheid", configured=True
                    )
                )
        rank = {uuid: i for i, uuid in enumerate(self._recent)}
        return sorted(merged, key=lambda t: rank.get(t.uuid, len(rank)))

    def reasons_for(self, target: ReferralTarget) -> tuple[str, ...]:
        """The configured reason templates of a target (matched by uuid, else by name)."""
        for template in self._templates:
            if (template.uuid and template.uuid == target.uuid) or (
                template.naam.casefold() == target.naam.casefold()
            ):
                return template.redenen
        return ()

    async def _load_targets(self) -> None:
        listed = await self._ensure().referral_targets()
        if listed.targets or not self._targets:
            self._targets = list(listed.targets)
        if listed.error is None:
            self.targets_note = ""
        elif listed.saved_at is not None:
            self.targets_note = _tr(
                "Klantinteracties is niet bereikbaar. Dit is de lijst van {date}. "
                "De doorverwijzing wordt verzonden zodra Klantinteracties weer werkt."
            ).format(date=format_date(listed.saved_at))
        else:
            self.targets_note = _tr(
                "De lijst met afdelingen en medewerkers kan niet worden geladen: {reason}"
            ).format(reason=translated(listed.error))
        self.targets_changed.emit(self.targets())
        self.targets_notice.emit(self.targets_note)

    def reload_targets(self) -> None:
        """Ctrl+R while the list is missing or old: try Klantinteracties again."""
        if self.targets_note or not self._targets:
            self._tasks.start(TARGETS_TASK, self._load_targets())

    # -- history ---------------------------------------------------------------------------------
    def _on_search_finished(self, result: LookupResult) -> None:
        if result.query.kind == IdentifierKind.BSN:
            self._history_key = ("bsn", result.query.value)
            self._reload_history()
        else:
            self._history_key = None
            self._set_history(History())

    def _on_case_ready(self, detail: CaseDetail) -> None:
        # After a BSN search the caller's history already covers every case; otherwise load the
        # history of this case.
        query = self._workspace.current_query
        if query is None or query.kind != IdentifierKind.BSN:
            self._history_key = ("zaak", detail.summary.url)
            self._reload_history()

    def _reload_history(self) -> None:
        if self._history_key is not None and not self._unusable:
            self._tasks.start(HISTORY_TASK, self._load_history(self._history_key))

    async def _load_history(self, key: tuple[str, str]) -> None:
        kind, value = key
        backend = self._ensure()
        if kind == "bsn":
            history = await backend.caller_history(value)
        else:
            history = await backend.case_history(value)
        if key == self._history_key:
            self._set_history(history)

    def _show_local(self) -> None:
        """What the agent just logged, in the history at once (marked as being sent)."""
        if self._history_key is None or self._unusable:
            return
        kind, value = self._history_key
        local = self._ensure().local_history(
            bsn=value if kind == "bsn" else None, zaak_url=value if kind == "zaak" else None
        )
        self._set_history(replace(self._history, local=local))

    def _set_history(self, history: History) -> None:
        self._history = history
        self.history.set_history(history)

    def forget_history(self) -> None:
        """A search for another person began (issue 14): the last caller's contacts go."""
        self._tasks.cancel(HISTORY_TASK)
        self._history_key = None
        self._set_history(History())

    def _on_caller_cleared(self) -> None:
        self._tasks.cancel(HISTORY_TASK)
        self._history_key = None
        self._set_history(History())
        if self._backend is not None:
            self._backend.clear_caller_data()

    def open_referral_to(self, target: ReferralTarget) -> ReferralRecord | None:
        """An open (or still to be sent) referral of the open case to ``target``, if any: the
        agent is asked before the same case goes to the same team twice."""
        case = self._workspace.current_case
        if case is None:
            return None
        ids = set(zaak_ids_of(case.url))
        whole_case = self._history_key == ("zaak", case.url)
        for contact in (*self._history.local, *self._history.contacts):
            if not whole_case and not ids & set(contact.zaak_ids):
                continue
            for referral in contact.referrals:
                if referral.is_open and (
                    target.uuid in referral.actor_uuids
                    or (not referral.actor_uuids and referral.who == target.naam)
                ):
                    return referral
        return None

    # -- logging ---------------------------------------------------------------------------------
    def log_answered(self) -> None:
        """The agent answered the status question: one contact, no referral."""
        case = self._open_case()
        if case is None:
            return
        status = case.status.omschrijving if case.status else _tr("nog geen status")
        request = ContactLogRequest(
            kind=ContactKind.STATUS_ANSWERED,
            agent_id=self.agent_id,
            kanaal=self.kanaal,
            onderwerp=_subject(_tr("Vraag over de status"), case),
            inhoud=_tr("Status uitgelegd: {status}.").format(status=status),
            caller_bsn=self._caller_bsn(),
            zaak_url=case.url,
            zaak_identificatie=case.identificatie,
        )
        if self._submit(request):
            self._workspace.record(
                lambda audit: audit.contact_logged(
                    self.kanaal, case.identificatie, outcome="status_answered"
                )
            )
            self.logged.emit(
                _tr(
                    "Opgeslagen: vraag over zaak {number} beantwoord. "
                    "Het wordt verzonden naar Klantinteracties."
                ).format(number=case.identificatie)
            )

    def refer(
        self, target: ReferralTarget, reason: str, callback_phone: str = "", note: str = ""
    ) -> bool:
        case = self._open_case()
        if case is None:
            return False
        # The callback number goes into the task's note once (ContactLogRequest.toelichting).
        request = ContactLogRequest(
            kind=ContactKind.REFERRAL,
            agent_id=self.agent_id,
            kanaal=self.kanaal,
            onderwerp=_subject(_tr("Doorverwezen"), case),
            inhoud=note.strip() or reason,
            caller_bsn=self._caller_bsn(),
            zaak_url=case.url,
            zaak_identificatie=case.identificatie,
            referral_actor_uuids=(target.uuid,),
            referral_target_names=(target.naam,),
            reason=reason,
            callback_phone=callback_phone,
        )
        if not self._submit(request):
            return False
        self._workspace.record(lambda audit: audit.referral_logged(case.identificatie, target.naam))
        self._recent = [target.uuid, *[u for u in self._recent if u != target.uuid]][:10]
        self.targets_changed.emit(self.targets())
        self.logged.emit(
            _tr(
                "Opgeslagen: zaak {number} doorverwezen naar {target}. "
                "Het wordt verzonden naar Klantinteracties."
            ).format(target=target.naam, number=case.identificatie)
        )
        return True

    def _submit(self, request: ContactLogRequest) -> bool:
        try:
            self._ensure().submit(request)
        except KccError as error:
            self.failed.emit(translated(error.ui_message))
            return False
        self.emit_outbox_state()
        self._show_local()
        return True

    def _open_case(self) -> CaseSummary | None:
        case = self._workspace.current_case
        if case is None:
            self.failed.emit(_tr("Open eerst een zaak. Kies de zaak in de lijst en druk op Enter."))
        return case

    def _caller_bsn(self) -> str | None:
        """The caller is the BSN searched for; after a case-number search, the initiator if
        that is a person (the agent confirmed who is calling)."""
        query = self._workspace.current_query
        if query is not None and query.kind == IdentifierKind.BSN:
            return query.value
        detail = self._workspace.current_detail
        if detail is not None:
            for role in detail.roles:
                if role.omschrijving_generiek == "initiator" and role.betrokkene_type == (
                    "natuurlijk_persoon"
                ):
                    return role.identificatie or None
        return None

    def _ensure(self) -> ContactBackend:
        if self._backend is None:
            self._backend = self._factory()
        return self._backend

    def _task_failed(self, name: str, error: BaseException) -> None:
        del name
        self.failed.emit(user_message(error))


def _subject(prefix: str, case: CaseSummary) -> str:
    return truncate(f"{prefix}: {case.zaaktype} ({case.identificatie})", MAX_ONDERWERP)
