"""Contacts and referrals in the workspace: the caller's earlier contacts and open referrals,
one-key logging of an answered status question, and referral to a colleague (Ctrl+R).

Everything the agent records goes to the durable outbox first (ContactService), so it is never
lost when Klantinteracties is down; the pending count is shown and announced.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Signal

from kcc_desk.i18n import translated
from kcc_desk.presenters.history_model import HistoryModel
from kcc_desk.presenters.tasks import TaskSlots
from kcc_desk.presenters.workspace import WorkspacePresenter, user_message
from kcc_desk.services.errors import KccError
from kcc_desk.services.identifiers import IdentifierKind
from kcc_desk.services.messages import Message
from kcc_desk.services.models import CaseDetail, CaseSummary, LookupResult

if TYPE_CHECKING:
    # At run time these load with the contact service, after the window is shown: they import
    # httpx, which start-up does without (see LazyBackend).
    from kcc_desk.services.klantinteracties import ReferralTarget
    from kcc_desk.services.outbox import ContactLogRequest, DeliveryReport

logger = logging.getLogger(__name__)

MAX_ONDERWERP = 200
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
    """What ContactService offers (kept as a Protocol so the presenter stays httpx-free)."""

    available: bool
    unavailable_reason: Message | None

    def start(self) -> None: ...
    def submit(self, request: ContactLogRequest) -> int: ...
    def state(self) -> object: ...
    async def referral_targets(self) -> list[ReferralTarget]: ...
    async def caller_history(self, bsn: str) -> object: ...
    async def case_history(self, zaak_url: str) -> object: ...
    def clear_caller_data(self) -> None: ...
    async def aclose(self) -> None: ...


class ContactPresenter(QObject):
    targets_changed = Signal(list)  # list[ReferralTarget], most recently used first
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
        self._targets: list[ReferralTarget] = []
        self._templates = list(templates)
        self._recent: list[str] = []  # target uuids, most recent first (this session)
        self._tasks = TaskSlots(self._task_failed)
        workspace.search_finished.connect(self._on_search_finished)
        workspace.case_ready.connect(self._on_case_ready)
        workspace.caller_cleared.connect(self._on_caller_cleared)
        # A new search replaces the previous caller: their contacts leave the screen too.
        workspace.results_cleared.connect(self._on_caller_cleared)

    # -- start / stop ----------------------------------------------------------------------------
    def start(self) -> None:
        backend = self._ensure()
        backend.start()
        self._tasks.start(TARGETS_TASK, self._load_targets())
        self.emit_outbox_state()

    async def aclose(self) -> None:
        await self._tasks.drain()
        if self._backend is not None:
            await self._backend.aclose()

    def on_delivery_report(self, report: DeliveryReport) -> None:
        """Called by the outbox worker after each delivery round."""
        del report
        self.emit_outbox_state()

    def emit_outbox_state(self) -> None:
        state = self._ensure().state()
        pending = int(getattr(state, "pending", 0))
        failed = int(getattr(state, "failed", 0))
        last_error = getattr(state, "last_error", None)
        self.outbox_changed.emit(
            pending, failed, translated(last_error) if isinstance(last_error, Message) else ""
        )

    # -- targets ---------------------------------------------------------------------------------
    def targets(self) -> list[ReferralTarget]:
        """Klantinteracties' teams and colleagues plus configured ones, recently used first."""
        from kcc_desk.services.klantinteracties import ReferralTarget

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
        self._targets = await self._ensure().referral_targets()
        self.targets_changed.emit(self.targets())

    # -- history ---------------------------------------------------------------------------------
    def _on_search_finished(self, result: LookupResult) -> None:
        if result.query.kind == IdentifierKind.BSN:
            self._tasks.start(HISTORY_TASK, self._load_history_for_caller(result.query.value))
        else:
            self.history.clear()

    def _on_case_ready(self, detail: CaseDetail) -> None:
        # After a BSN search the caller's history already covers every case; otherwise load the
        # history of this case.
        query = self._workspace.current_query
        if query is None or query.kind != IdentifierKind.BSN:
            self._tasks.start(HISTORY_TASK, self._load_history_for_case(detail.summary.url))

    async def _load_history_for_caller(self, bsn: str) -> None:
        history = await self._ensure().caller_history(bsn)
        self.history.set_history(history)

    async def _load_history_for_case(self, zaak_url: str) -> None:
        history = await self._ensure().case_history(zaak_url)
        self.history.set_history(history)

    def _on_caller_cleared(self) -> None:
        self._tasks.cancel(HISTORY_TASK)
        self.history.clear()
        if self._backend is not None:
            self._backend.clear_caller_data()

    # -- logging ---------------------------------------------------------------------------------
    def log_answered(self) -> None:
        """The agent answered the status question: one contact, no referral."""
        from kcc_desk.services.outbox import ContactKind, ContactLogRequest

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
                _tr("Vastgelegd: vraag over zaak {number} beantwoord.").format(
                    number=case.identificatie
                )
            )

    def refer(
        self, target: ReferralTarget, reason: str, callback_phone: str = "", note: str = ""
    ) -> bool:
        from kcc_desk.services.outbox import ContactKind, ContactLogRequest

        case = self._open_case()
        if case is None:
            return False
        inhoud = note or reason
        if callback_phone:
            inhoud = _tr("{text} Terugbellen op {phone}.").format(text=inhoud, phone=callback_phone)
        request = ContactLogRequest(
            kind=ContactKind.REFERRAL,
            agent_id=self.agent_id,
            kanaal=self.kanaal,
            onderwerp=_subject(_tr("Doorverwezen"), case),
            inhoud=inhoud,
            caller_bsn=self._caller_bsn(),
            zaak_url=case.url,
            zaak_identificatie=case.identificatie,
            referral_actor_uuids=(target.uuid,),
            reason=reason,
            callback_phone=callback_phone,
        )
        if not self._submit(request):
            return False
        self._workspace.record(lambda audit: audit.referral_logged(case.identificatie, target.naam))
        self._recent = [target.uuid, *[u for u in self._recent if u != target.uuid]][:10]
        self.targets_changed.emit(self.targets())
        self.logged.emit(
            _tr("Doorverwezen naar {target}: zaak {number}.").format(
                target=target.naam, number=case.identificatie
            )
        )
        return True

    def _submit(self, request: ContactLogRequest) -> bool:
        try:
            self._ensure().submit(request)
        except KccError as error:
            self.failed.emit(translated(error.ui_message))
            return False
        self.emit_outbox_state()
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
    text = f"{prefix}: {case.zaaktype} ({case.identificatie})"
    return text if len(text) <= MAX_ONDERWERP else text[: MAX_ONDERWERP - 1] + "…"
