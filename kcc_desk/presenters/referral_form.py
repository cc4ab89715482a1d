"""What the referral dialog (Ctrl+R) offers, and what its answer becomes: presenter logic, so the
window only shows a dialog and asks one question.

The dialog knows targets by a key; here that key is mapped back to the Klantinteracties actor,
the general reasons are named once, and the caller is described without their full BSN.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from kcc_desk.formatting import format_date
from kcc_desk.presenters.contacts import ContactPresenter
from kcc_desk.presenters.workspace import WorkspacePresenter
from kcc_desk.services.contacts.records import ReferralTarget
from kcc_desk.services.identifiers import IdentifierKind, mask_bsn

CONTEXT = "ReferralForm"

# Offered for every target, after the target's own reasons (config ``redenen``).
GENERAL_REASONS = (
    QT_TRANSLATE_NOOP("ReferralForm", "Terugbellen over de status van de aanvraag"),
    QT_TRANSLATE_NOOP("ReferralForm", "Vraag wanneer er een besluit komt"),
    QT_TRANSLATE_NOOP("ReferralForm", "Aanvullende informatie doorgeven"),
    QT_TRANSLATE_NOOP("ReferralForm", "Klacht over de behandeling"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


@dataclass(frozen=True, slots=True)
class TargetChoice:
    key: str  # the actor's uuid
    name: str
    kind: str  # "medewerker" / "afdeling", in the user's language
    reasons: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ReferralForm:
    case_number: str
    caller_label: str
    agent_label: str
    targets: tuple[TargetChoice, ...]
    general_reasons: tuple[str, ...]
    notice: str  # why the target list may be old or empty ("" when fresh)


@dataclass(frozen=True, slots=True)
class SecondReferral:
    """The open case already has an open referral to the chosen target: ask first."""

    question: str


class ReferralDesk:
    """Between the dialog and ContactPresenter: builds the form, checks for a second referral
    and sends the answer."""

    def __init__(self, workspace: WorkspacePresenter, contacts: ContactPresenter | None) -> None:
        self._workspace = workspace
        self._contacts = contacts
        self._targets: dict[str, ReferralTarget] = {}

    def form(self) -> ReferralForm | str:
        """The dialog's contents, or why there is no dialog (in words, for an alert)."""
        contacts = self._contacts
        case = self._workspace.current_case
        if contacts is None:
            return _tr("U kunt nu niet doorverwijzen. Klantinteracties is niet ingesteld.")
        if case is None:
            return _tr("Open eerst een zaak. Kies de zaak in de lijst en druk op Enter.")
        contacts.reload_targets()  # the list is missing or old: try Klantinteracties again
        targets = contacts.targets()
        self._targets = {t.uuid: t for t in targets}
        return ReferralForm(
            case_number=case.identificatie,
            caller_label=self.caller_label(),
            agent_label=contacts.agent_id,
            targets=tuple(
                TargetChoice(
                    key=t.uuid,
                    name=t.naam,
                    kind=_tr("medewerker") if t.soort == "medewerker" else _tr("afdeling"),
                    reasons=contacts.reasons_for(t),
                )
                for t in targets
            ),
            general_reasons=tuple(_tr(str(reason)) for reason in GENERAL_REASONS),
            notice=contacts.targets_note,
        )

    def caller_label(self) -> str:
        """Who is calling, as the dialog shows it: never the full BSN (AVG)."""
        query = self._workspace.current_query
        if query is not None and query.kind == IdentifierKind.BSN:
            return _tr("BSN {masked}").format(masked=mask_bsn(query.value))
        return _tr("Beller van deze zaak")

    def second_referral(self, key: str) -> SecondReferral | None:
        """Sending the open case to the same target again? A team that gets it twice calls the
        citizen twice, so the window asks first (No is its default)."""
        target, case = self._targets.get(key), self._workspace.current_case
        if target is None or case is None or self._contacts is None:
            return None
        earlier = self._contacts.open_referral_to(target)
        if earlier is None:
            return None
        when = format_date(earlier.date) if earlier.date else _tr("wordt nog verzonden")
        return SecondReferral(
            _tr(
                "Zaak {number} is al doorverwezen naar {target} ({date}). "
                "Die doorverwijzing staat nog open. Wilt u nog een keer doorverwijzen?"
            ).format(number=case.identificatie, target=target.naam, date=when)
        )

    def send(self, key: str, reason: str, callback_phone: str, note: str) -> bool:
        target = self._targets.get(key)
        if target is None or self._contacts is None:
            return False
        return self._contacts.refer(target, reason, callback_phone, note)
