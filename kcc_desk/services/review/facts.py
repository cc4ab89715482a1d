"""What one klantcontact or interne taak says for the review, and the per-day facts that may be
kept on disk.

The definitions (the same for the view and ``kcc-desk report``):

- a *status contact* has ``plaatsgevondenOp`` on a day in the period (Europe/Amsterdam) and at
  least one onderwerpobject whose ``codeObjecttype`` is ``zgw-Zaak``, compared case-insensitively
  (Open Klant's own filter is exact, so this is checked here, not asked of the server);
- a *referral* is a status contact that led to an interne taak (``leiddeTotInterneTaken``);
- *per agent* is per medewerker actor of the klantcontact.

``DayFacts`` holds no personal data: counts, and for referral contacts only uuids, the kanaal
and the zaak's id. No BSN, no name, no contact text.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from kcc_desk.services.contacts.transport import parse_dt, uuid_of
from kcc_desk.services.review.period import local_day

ZAAK_OBJECTTYPE = "zgw-zaak"
OPEN_STATUS = "te_verwerken"


@dataclass(frozen=True, slots=True)
class ContactFact:
    uuid: str
    moment: datetime
    day: date
    kanaal: str
    agents: tuple[str, ...]  # medewerker actor uuids
    zaak_id: str  # the first zgw-Zaak onderwerpobject's objectId ("" when not about a zaak)
    task_uuids: tuple[str, ...]

    @property
    def is_status_contact(self) -> bool:
        return bool(self.zaak_id)

    @property
    def is_referral(self) -> bool:
        return self.is_status_contact and bool(self.task_uuids)


@dataclass(frozen=True, slots=True)
class TaskFact:
    uuid: str
    contact_uuid: str
    status: str
    assigned_at: datetime
    handled_at: datetime | None
    actors: tuple[str, ...]  # every actor it is assigned to (a team, a medewerker, or both)
    reason: str  # gevraagdeHandeling: shown in the queue, never kept on disk

    @property
    def is_open(self) -> bool:
        return self.status == OPEN_STATUS


def _zaak_id(item: Mapping[str, Any]) -> str:
    expanded = (item.get("_expand") or {}).get("gingOverOnderwerpobjecten")
    for onderwerp in expanded if isinstance(expanded, list) else ():
        ident = (onderwerp or {}).get("onderwerpobjectidentificator") or {}
        if str(ident.get("codeObjecttype") or "").lower() == ZAAK_OBJECTTYPE:
            return str(ident.get("objectId") or "") or "?"
    return ""


def contact_fact(item: Mapping[str, Any]) -> ContactFact | None:
    """The fact of one klantcontact as listed with ``expand=gingOverOnderwerpobjecten``;
    None when it has no uuid or no readable moment."""
    key = item.get("uuid")
    moment = parse_dt(item.get("plaatsgevondenOp"))
    if not isinstance(key, str) or moment is None:
        return None
    agents = tuple(
        str(actor["uuid"])
        for actor in item.get("hadBetrokkenActoren") or ()
        if isinstance(actor, dict)
        and actor.get("soortActor") == "medewerker"
        and isinstance(actor.get("uuid"), str)
    )
    tasks = tuple(
        uuid_of(task) for task in item.get("leiddeTotInterneTaken") or () if uuid_of(task)
    )
    return ContactFact(
        uuid=key,
        moment=moment,
        day=local_day(moment),
        kanaal=str(item.get("kanaal") or ""),
        agents=agents,
        zaak_id=_zaak_id(item),
        task_uuids=tasks,
    )


def task_fact(item: Mapping[str, Any]) -> TaskFact | None:
    key = item.get("uuid")
    assigned = parse_dt(item.get("toegewezenOp"))
    contact = uuid_of(item.get("aanleidinggevendKlantcontact"))
    if not isinstance(key, str) or assigned is None or not contact:
        return None
    actors = item.get("toegewezenAanActoren") or ()
    if not actors and item.get("toegewezenAanActor"):
        actors = [item["toegewezenAanActor"]]
    return TaskFact(
        uuid=key,
        contact_uuid=contact,
        status=str(item.get("status") or ""),
        assigned_at=assigned,
        handled_at=parse_dt(item.get("afgehandeldOp")),
        actors=tuple(dict.fromkeys(uuid_of(a) for a in actors if uuid_of(a))),
        reason=str(item.get("gevraagdeHandeling") or ""),
    )


@dataclass(frozen=True, slots=True)
class ReferralContact:
    """A referral's contact, as far as it may be kept: ids and the kanaal, no personal data."""

    uuid: str
    moment: datetime
    kanaal: str
    agents: tuple[str, ...]
    zaak_id: str

    def to_json(self) -> dict[str, Any]:
        return {
            "uuid": self.uuid,
            "moment": self.moment.isoformat(),
            "kanaal": self.kanaal,
            "agents": list(self.agents),
            "zaak": self.zaak_id,
        }

    @classmethod
    def from_json(cls, raw: Mapping[str, Any]) -> ReferralContact:
        moment = parse_dt(raw.get("moment"))
        if moment is None:
            raise ValueError("moment")
        return cls(
            uuid=str(raw["uuid"]),
            moment=moment,
            kanaal=str(raw.get("kanaal") or ""),
            agents=tuple(str(a) for a in raw.get("agents") or ()),
            zaak_id=str(raw.get("zaak") or ""),
        )


@dataclass(slots=True)
class DayFacts:
    """One day's status contacts: counts per kanaal and per agent, and the referral contacts."""

    status_contacts: int = 0
    per_kanaal: dict[str, int] = field(default_factory=dict)
    per_agent: dict[str, int] = field(default_factory=dict)  # "" = no medewerker actor
    referrals: list[ReferralContact] = field(default_factory=list)

    def add(self, fact: ContactFact) -> None:
        if not fact.is_status_contact:
            return
        self.status_contacts += 1
        self.per_kanaal[fact.kanaal] = self.per_kanaal.get(fact.kanaal, 0) + 1
        for agent in fact.agents or ("",):
            self.per_agent[agent] = self.per_agent.get(agent, 0) + 1
        if fact.is_referral:
            self.referrals.append(
                ReferralContact(fact.uuid, fact.moment, fact.kanaal, fact.agents, fact.zaak_id)
            )

    def to_json(self) -> dict[str, Any]:
        return {
            "status_contacts": self.status_contacts,
            "per_kanaal": dict(self.per_kanaal),
            "per_agent": dict(self.per_agent),
            "referrals": [r.to_json() for r in self.referrals],
        }

    @classmethod
    def from_json(cls, raw: Mapping[str, Any]) -> DayFacts:
        return cls(
            status_contacts=int(raw["status_contacts"]),
            per_kanaal={str(k): int(v) for k, v in dict(raw["per_kanaal"]).items()},
            per_agent={str(k): int(v) for k, v in dict(raw["per_agent"]).items()},
            referrals=[ReferralContact.from_json(r) for r in raw["referrals"]],
        )
