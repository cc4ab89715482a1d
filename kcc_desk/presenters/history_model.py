"""The caller's earlier contacts and referrals as a list model: open referrals first, then
contacts newest first, each one line of plain words ("Doorverwezen op …, nog niet afgehandeld")."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from kcc_desk.formatting import format_date
from kcc_desk.i18n import current_language, translated
from kcc_desk.services.contacts.records import DELIVERY_REFUSED, ContactRecord, ReferralRecord
from kcc_desk.services.contacts.request import zaak_ids_of
from kcc_desk.services.contacts.state import History
from kcc_desk.services.messages import QT_TRANSLATE_NOOP

OPEN_REFERRAL_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("HistoryModel", text)


class HistoryModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lines: list[tuple[str, bool]] = []
        # Per open-referral line (the first lines), the zaken its contact was about.
        self._referral_zaken: list[frozenset[str]] = []
        self.error = ""
        self.open_referrals = 0

    def set_history(self, history: History) -> None:
        """Open referrals first (what the agent logged but is not sent yet among them, so the
        same case is not referred twice), then what was refused, then contacts newest first."""
        self.error = translated(history.error) if history.error is not None else ""
        local_referrals = [r for c in history.local for r in c.referrals]
        open_server = [r for r in history.referrals if r.is_open]
        zaken_of = {c.uuid: frozenset(c.zaak_ids) for c in (*history.local, *history.contacts)}
        zaken_of.update({r.uuid: frozenset(c.zaak_ids) for c in history.local for r in c.referrals})
        referral_zaken = [
            zaken_of.get(r.uuid) or zaken_of.get(r.klantcontact_uuid, frozenset())
            for r in (*local_referrals, *open_server)
        ]
        lines: list[tuple[str, bool]] = [(_referral_line(r), True) for r in local_referrals]
        lines += [(_referral_line(r), True) for r in open_server]
        lines += [
            (_contact_line(c), False)
            for c in history.local
            if not c.referrals or c.delivery == DELIVERY_REFUSED
        ]
        lines += [
            (_contact_line(c), False)
            for c in sorted(history.contacts, key=lambda c: c.date or _EARLIEST, reverse=True)
        ]
        self.beginResetModel()
        self._lines = lines
        self._referral_zaken = referral_zaken
        self.open_referrals = len(local_referrals) + len(open_server)
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._lines = []
        self._referral_zaken = []
        self.error = ""
        self.open_referrals = 0
        self.endResetModel()

    def summary(self) -> str:
        if self.error:
            return _tr("Eerdere contacten niet te laden: {reason}").format(reason=self.error)
        if not self._lines:
            return _tr("Geen eerdere contacten.")
        contacts = len(self._lines) - self.open_referrals
        if contacts == 1:
            text = _tr("1 eerder contact.")
        else:
            text = _tr("{count} eerdere contacten.").format(count=contacts)
        if self.open_referrals == 1:
            text += " " + _tr("1 doorverwijzing staat nog open.")
        elif self.open_referrals:
            text += " " + _tr("{count} doorverwijzingen staan nog open.").format(
                count=self.open_referrals
            )
        return text

    def lines(self) -> list[str]:
        return [line for line, _ in self._lines]

    def open_referral_lines(self, zaak_url: str | None = None) -> list[str]:
        """The open referrals' lines; with ``zaak_url`` those about that case (its URL or uuid,
        as onderwerpobject) and those whose contact names no zaak at all. The history may be
        the caller's (a BSN search): a referral about another of their cases is not this
        case's status."""
        wanted = set(zaak_ids_of(zaak_url)) if zaak_url else None
        return [
            line
            for (line, _), zaken in zip(self._lines, self._referral_zaken, strict=False)
            if wanted is None or not zaken or zaken & wanted
        ]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._lines)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line, is_open = self._lines[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return line
        if role == OPEN_REFERRAL_ROLE:
            return is_open
        return None


_EARLIEST = datetime.min.replace(tzinfo=UTC)


def _when(moment: datetime | None) -> str:
    # In the UI language ("4 December 2026" in English), like every other date on screen.
    return format_date(moment, current_language()) if moment else _tr("onbekende datum")


# The channels kcc-desk itself writes (services.outbox.KANALEN) and the usual others, so the
# English UI says "phone", not "telefoon". A channel we do not know is shown as the server has it.
_CHANNELS = {
    "telefoon": QT_TRANSLATE_NOOP("HistoryModel", "telefoon"),
    "balie": QT_TRANSLATE_NOOP("HistoryModel", "balie"),
    "e-mail": QT_TRANSLATE_NOOP("HistoryModel", "e-mail"),
    "email": QT_TRANSLATE_NOOP("HistoryModel", "e-mail"),
    "brief": QT_TRANSLATE_NOOP("HistoryModel", "brief"),
    "post": QT_TRANSLATE_NOOP("HistoryModel", "post"),
    "chat": QT_TRANSLATE_NOOP("HistoryModel", "chat"),
}


def _channel(kanaal: str) -> str:
    known = _CHANNELS.get(kanaal.strip().lower())
    return translated(known) if known else kanaal


def _referral_line(referral: ReferralRecord) -> str:
    if referral.delivery == DELIVERY_REFUSED:
        return _tr(
            "Doorverwijzing naar {who} is niet verzonden: Klantinteracties weigerde die. "
            "Meld het de beheerder."
        ).format(who=referral.who or _tr("onbekend"))
    if referral.delivery:
        return _tr("Doorverwijzing van {date} naar {who}: {what}. Wordt verzonden.").format(
            date=_when(referral.date), who=referral.who or _tr("onbekend"), what=referral.onderwerp
        )
    return _tr("Open doorverwijzing van {date} naar {who}: {what}. Nog niet afgehandeld.").format(
        date=_when(referral.date), who=referral.who or _tr("onbekend"), what=referral.onderwerp
    )


def _contact_line(contact: ContactRecord) -> str:
    text = _tr("{date}, {kanaal}: {onderwerp}").format(
        date=_when(contact.date), kanaal=_channel(contact.kanaal), onderwerp=contact.onderwerp
    )
    if contact.who:
        text += _tr(" (door {who})").format(who=contact.who)
    if contact.delivery == DELIVERY_REFUSED:
        text += _tr(
            ". niet verzonden: Klantinteracties weigerde het ({reason}). Meld het de beheerder."
        ).format(reason=contact.problem or _tr("geen reden gegeven"))
    elif contact.delivery:
        text += _tr(". Wordt verzonden.")
    return text
