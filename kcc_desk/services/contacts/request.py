"""One contact or referral as the agent logged it: what the outbox stores and delivers.

Qt-free and httpx-free, so presenters, the outbox and the CLI share it without loading a client.
The request carries everything delivery needs, including the two keys that make it exactly-once:
``reference`` (a uuid, kept in the klantcontact's metadata) and ``referentienummer`` (10 digits,
unique on the server; see reference.py). Both are made when the agent logs the contact and
never change on a retry.
"""

from __future__ import annotations

import contextlib
import json
import re
import uuid as uuid_mod
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from kcc_desk.services.contacts.errors import InvalidContactRequest
from kcc_desk.services.contacts.limits import MAX_AGENT_ID
from kcc_desk.services.contacts.records import CallerName
from kcc_desk.services.contacts.reference import is_referentienummer, new_referentienummer
from kcc_desk.services.identifiers import is_valid_bsn
from kcc_desk.services.messages import QT_TRANSLATE_NOOP

KANALEN = ("telefoon", "balie")
_PHONE = re.compile(r"^(\+[0-9]{9,15}|0[0-9]{9}|00[0-9]{7,13})$")


class ContactKind(StrEnum):
    STATUS_ANSWERED = "status_answered"  # the agent answered a status question
    REFERRAL = "referral"  # the question goes to a team/colleague (interne taak)


def _now() -> datetime:
    return datetime.now(UTC)


def _new_reference() -> str:
    return str(uuid_mod.uuid4())


@dataclass(frozen=True, slots=True)
class ContactLogRequest:
    """One contact (or referral) as the agent logged it."""

    kind: ContactKind
    agent_id: str
    kanaal: str  # telefoon | balie
    onderwerp: str
    inhoud: str = ""
    caller_bsn: str | None = None
    caller_name: CallerName | None = None
    zaak_url: str | None = None
    zaak_uuid: str | None = None
    zaak_identificatie: str | None = None
    referral_actor_uuids: tuple[str, ...] = ()
    reason: str = ""  # referral: the requested action (gevraagde handeling)
    callback_phone: str = ""
    contact_gelukt: bool = True
    agent_name: str | None = None  # used only if the agent's actor must be created
    created_at: datetime = field(default_factory=_now)
    reference: str = field(default_factory=_new_reference)  # idempotency key, client-generated
    # The klantcontact's number on the server (10 digits, unique there): see reference.py.
    referentienummer: str = field(default_factory=new_referentienummer)
    # An outbox item from before the digits-only rule: the number its earlier attempts used.
    legacy_referentienummer: str = ""
    referral_target_names: tuple[str, ...] = ()  # team or colleague names, for the history

    @property
    def effective_zaak_uuid(self) -> str | None:
        if self.zaak_uuid:
            return self.zaak_uuid
        if self.zaak_url:
            candidate = self.zaak_url.rstrip("/").rsplit("/", 1)[-1]
            with contextlib.suppress(ValueError):
                return str(uuid_mod.UUID(candidate))
        return None

    def validate(self) -> None:
        """Refuse what cannot be sent without changing its meaning (plain-Dutch message)."""
        if self.kind not in tuple(ContactKind):
            raise InvalidContactRequest(QT_TRANSLATE_NOOP("Outbox", "Onbekend soort contact."))
        if self.kanaal not in KANALEN:
            raise InvalidContactRequest(
                QT_TRANSLATE_NOOP("Outbox", "Kies als kanaal telefoon of balie.")
            )
        if not self.agent_id.strip() or len(self.agent_id) > MAX_AGENT_ID:
            raise InvalidContactRequest(
                QT_TRANSLATE_NOOP("Outbox", "De medewerker-id ontbreekt of is te lang.")
            )
        if not self.onderwerp.strip():
            raise InvalidContactRequest(QT_TRANSLATE_NOOP("Outbox", "Vul een onderwerp in."))
        if self.caller_bsn is not None and not is_valid_bsn(self.caller_bsn):
            raise InvalidContactRequest(
                QT_TRANSLATE_NOOP("Outbox", "Het BSN van de beller is niet geldig.")
            )
        if self.created_at.tzinfo is None:
            raise InvalidContactRequest(
                QT_TRANSLATE_NOOP("Outbox", "Het tijdstip van het contact mist een tijdzone.")
            )
        try:
            uuid_mod.UUID(self.reference)
        except ValueError:
            raise InvalidContactRequest(
                QT_TRANSLATE_NOOP("Outbox", "Ongeldige referentie.")
            ) from None
        if not is_referentienummer(self.referentienummer):
            raise InvalidContactRequest(
                QT_TRANSLATE_NOOP("Outbox", "Ongeldig referentienummer: dat zijn 10 cijfers.")
            )
        if (self.zaak_url or self.zaak_uuid) and self.effective_zaak_uuid is None:
            raise InvalidContactRequest(
                QT_TRANSLATE_NOOP("Outbox", "De zaak kan niet aan het contact worden gekoppeld.")
            )
        if self.callback_phone and not _PHONE.match(normalize_phone(self.callback_phone)):
            raise InvalidContactRequest(
                QT_TRANSLATE_NOOP("Outbox", "Het terugbelnummer is geen geldig telefoonnummer.")
            )
        if self.kind == ContactKind.REFERRAL:
            if not self.referral_actor_uuids:
                raise InvalidContactRequest(
                    QT_TRANSLATE_NOOP("Outbox", "Kies naar wie het contact wordt doorgezet.")
                )
            for actor in self.referral_actor_uuids:
                try:
                    uuid_mod.UUID(actor)
                except ValueError:
                    raise InvalidContactRequest(
                        QT_TRANSLATE_NOOP("Outbox", "Ongeldige ontvanger van de doorverwijzing.")
                    ) from None
            if not self.reason.strip():
                raise InvalidContactRequest(
                    QT_TRANSLATE_NOOP("Outbox", "Vul in wat er gevraagd wordt (de reden).")
                )

    # -- (de)serialisation for the SQLite row ----------------------------------------------------
    def to_json(self) -> str:
        data: dict[str, Any] = {
            "kind": str(self.kind),
            "agent_id": self.agent_id,
            "kanaal": self.kanaal,
            "onderwerp": self.onderwerp,
            "inhoud": self.inhoud,
            "caller_bsn": self.caller_bsn,
            "caller_name": None,
            "zaak_url": self.zaak_url,
            "zaak_uuid": self.zaak_uuid,
            "zaak_identificatie": self.zaak_identificatie,
            "referral_actor_uuids": list(self.referral_actor_uuids),
            "reason": self.reason,
            "callback_phone": self.callback_phone,
            "contact_gelukt": self.contact_gelukt,
            "agent_name": self.agent_name,
            "created_at": self.created_at.isoformat(),
            "reference": self.reference,
            "referentienummer": self.referentienummer,
            "legacy_referentienummer": self.legacy_referentienummer,
            "referral_target_names": list(self.referral_target_names),
        }
        if self.caller_name is not None:
            name = self.caller_name
            data["caller_name"] = [
                name.voorletters,
                name.voornaam,
                name.voorvoegsel_achternaam,
                name.achternaam,
            ]
        return json.dumps(data, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> ContactLogRequest:
        data = json.loads(text)
        name = data.get("caller_name")
        return cls(
            kind=ContactKind(data["kind"]),
            agent_id=data["agent_id"],
            kanaal=data["kanaal"],
            onderwerp=data["onderwerp"],
            inhoud=data.get("inhoud", ""),
            caller_bsn=data.get("caller_bsn"),
            caller_name=CallerName(*name) if name else None,
            zaak_url=data.get("zaak_url"),
            zaak_uuid=data.get("zaak_uuid"),
            zaak_identificatie=data.get("zaak_identificatie"),
            referral_actor_uuids=tuple(data.get("referral_actor_uuids") or ()),
            reason=data.get("reason", ""),
            callback_phone=data.get("callback_phone", ""),
            contact_gelukt=bool(data.get("contact_gelukt", True)),
            agent_name=data.get("agent_name"),
            created_at=datetime.fromisoformat(data["created_at"]),
            reference=data["reference"],
            # Always present: the outbox upgrade gave older items one (see schema.py).
            referentienummer=data["referentienummer"],
            legacy_referentienummer=data.get("legacy_referentienummer", ""),
            referral_target_names=tuple(data.get("referral_target_names") or ()),
        )

    def with_new_referentienummer(self) -> ContactLogRequest:
        """The same request under a fresh number: only when another client's klantcontact
        holds ours (then no attempt of ours can have landed under it)."""
        return replace(self, referentienummer=new_referentienummer(), legacy_referentienummer="")

    def toelichting(self) -> str:
        """The interne taak's note: callback number and zaak first (they survive a cut at
        1000 characters), each said once, each a sentence."""
        parts = []
        if self.callback_phone:
            parts.append(f"Terugbelnummer: {normalize_phone(self.callback_phone)}.")
        if self.zaak_identificatie:
            parts.append(f"Zaak {self.zaak_identificatie}.")
        note = self.inhoud.strip()
        if note:
            parts.append(note if note.endswith((".", "!", "?")) else note + ".")
        return " ".join(parts)


def zaak_ids_of(zaak_url: str) -> tuple[str, ...]:
    """Both forms a zaak is written in as an onderwerpobject: its URL and its uuid."""
    ids = [zaak_url]
    candidate = zaak_url.rstrip("/").rsplit("/", 1)[-1]
    with contextlib.suppress(ValueError):
        ids.append(str(uuid_mod.UUID(candidate)))
    return tuple(ids)


def normalize_phone(text: str) -> str:
    return re.sub(r"[\s\-().]", "", text)
