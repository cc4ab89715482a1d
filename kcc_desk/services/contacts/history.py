"""Reading the Klantinteracties history: a caller's earlier contacts (by BSN) and a case's (by the
zaak's uuid or URL, whichever convention wrote them), their referrals, and the referral targets.

Reading accepts both onderwerpobject conventions seen in practice (``zgw-Zaak``/``openzaak`` and
``zaak``/``open-zaak``, object id = zaak uuid or URL).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

import httpx

from kcc_desk.services.contacts.errors import KlantinteractiesNotFound
from kcc_desk.services.contacts.records import ContactRecord, ReferralRecord, ReferralTarget
from kcc_desk.services.contacts.transport import KlantinteractiesTransport, parse_dt, uuid_of

ZAAK_OBJECTTYPES_READ = frozenset({"zgw-zaak", "zaak"})
ZAAK_REGISTERS_READ = frozenset({"openzaak", "open-zaak"})
_EXPAND = "gingOverOnderwerpobjecten,leiddeTotInterneTaken"


def is_signing_actor(item: Mapping[str, Any], agent_id: str = "") -> bool:
    """A medewerker actor that only signs contacts: this agent's own, or one kcc-desk created
    for an agent without a display name (its naam is the login, as find_or_create_medewerker
    writes it). A municipality's medewerkers have a real name."""
    ident = item.get("actoridentificator")
    object_id = ident.get("objectId") if isinstance(ident, Mapping) else None
    if not isinstance(object_id, str) or not object_id:
        return False
    return object_id == agent_id or item.get("naam") == object_id


class KlantinteractiesHistory(KlantinteractiesTransport):
    """The reading half of the client (the writing half is KlantinteractiesClient)."""

    def __init__(self, http: httpx.AsyncClient, base_url: str, token: str) -> None:
        super().__init__(http, base_url, token)
        self._actor_names: dict[str, str] = {}  # actor uuid -> naam

    async def contacts_for_bsn(self, bsn: str) -> list[ContactRecord]:
        """Earlier contacts of a caller (newest first), with their referrals."""
        items = await self._list(
            "klantcontacten",
            {
                "hadBetrokkene__wasPartij__partijIdentificator__codeSoortObjectId": "bsn",
                "hadBetrokkene__wasPartij__partijIdentificator__objectId": bsn,
                "expand": _EXPAND,
            },
        )
        return await self._records(items)

    async def contacts_for_zaak(
        self, zaak_uuid: str | None = None, zaak_url: str | None = None
    ) -> list[ContactRecord]:
        """Earlier contacts about a zaak, whichever convention wrote them (uuid or URL)."""
        wanted = {v for v in (zaak_uuid, zaak_url) if v}
        seen: dict[str, dict[str, Any]] = {}
        for object_id in sorted(wanted):
            items = await self._list(
                "klantcontacten",
                {
                    "onderwerpobject__onderwerpobjectidentificatorObjectId": object_id,
                    "expand": _EXPAND,
                },
            )
            for item in items:
                if self._is_about_zaak(item, wanted) and isinstance(item.get("uuid"), str):
                    seen[item["uuid"]] = item
        return await self._records(list(seen.values()))

    @staticmethod
    def _is_about_zaak(item: Mapping[str, Any], object_ids: set[str]) -> bool:
        expanded = (item.get("_expand") or {}).get("gingOverOnderwerpobjecten")
        if not isinstance(expanded, list):
            return True  # no expand support: trust the server-side filter
        for onderwerp in expanded:
            ident = (onderwerp or {}).get("onderwerpobjectidentificator") or {}
            if ident.get("objectId") not in object_ids:
                continue
            objecttype = str(ident.get("codeObjecttype") or "").lower()
            register = str(ident.get("codeRegister") or "").lower()
            if objecttype in ZAAK_OBJECTTYPES_READ or register in ZAAK_REGISTERS_READ:
                return True
        return False

    async def open_referrals_for_bsn(self, bsn: str) -> list[ReferralRecord]:
        contacts = await self.contacts_for_bsn(bsn)
        return [r for c in contacts for r in c.referrals if r.is_open]

    async def referrals_for_zaak(
        self, zaak_uuid: str | None = None, zaak_url: str | None = None, *, open_only: bool = True
    ) -> list[ReferralRecord]:
        contacts = await self.contacts_for_zaak(zaak_uuid, zaak_url)
        return [r for c in contacts for r in c.referrals if r.is_open or not open_only]

    async def referral_targets(
        self, configured: Sequence[ReferralTarget] = (), *, agent_id: str = ""
    ) -> list[ReferralTarget]:
        """Active teams, then active medewerkers (by name), then configured extra targets.

        Left out: the agent's own actor, and the actors kcc-desk made to sign contacts with
        (see ``is_signing_actor``): nobody refers a caller to a login name or to themselves.
        """
        targets: list[ReferralTarget] = []
        for soort in ("organisatorische_eenheid", "medewerker"):
            items = await self._list("actoren", {"soortActor": soort, "indicatieActief": "true"})
            found = []
            for item in items:
                key, naam = item.get("uuid"), item.get("naam")
                if not isinstance(key, str) or not isinstance(naam, str):
                    continue
                self._actor_names[key] = naam
                if soort == "medewerker" and is_signing_actor(item, agent_id):
                    continue
                found.append(ReferralTarget(uuid=key, naam=naam, soort=soort))
            targets.extend(sorted(found, key=lambda t: t.naam.lower()))
        known = {t.uuid for t in targets}
        targets.extend(t for t in configured if t.uuid not in known)
        return targets

    async def _actor_name(self, key: str) -> str:
        if key not in self._actor_names:
            try:
                body = await self._request("GET", f"actoren/{key}")
            except KlantinteractiesNotFound:
                body = None
            naam = body.get("naam") if isinstance(body, dict) else None
            self._actor_names[key] = naam if isinstance(naam, str) else ""  # shown: unknown
        return self._actor_names[key]

    async def _records(self, items: Iterable[Mapping[str, Any]]) -> list[ContactRecord]:
        records = []
        for item in items:
            if not isinstance(item.get("uuid"), str):
                continue
            actors = item.get("hadBetrokkenActoren") or ()
            names = [a.get("naam") for a in actors if isinstance(a, dict)]
            for a in actors:
                if isinstance(a, dict) and isinstance(a.get("uuid"), str):
                    self._actor_names.setdefault(a["uuid"], str(a.get("naam") or ""))
            gelukt = item.get("indicatieContactGelukt")
            expand = item.get("_expand") or {}
            zaak_ids = tuple(
                str(((o or {}).get("onderwerpobjectidentificator") or {}).get("objectId") or "")
                for o in expand.get("gingOverOnderwerpobjecten") or ()
            )
            referrals = [
                await self._referral(task, item)
                for task in expand.get("leiddeTotInterneTaken") or ()
                if isinstance(task, dict)
            ]
            records.append(
                ContactRecord(
                    uuid=item["uuid"],
                    date=parse_dt(item.get("plaatsgevondenOp")),
                    kanaal=str(item.get("kanaal") or ""),
                    onderwerp=str(item.get("onderwerp") or ""),
                    inhoud=str(item.get("inhoud") or ""),
                    who=", ".join(n for n in names if isinstance(n, str) and n),
                    status="Gelukt" if gelukt is True else "Niet gelukt" if gelukt is False else "",
                    zaak_ids=tuple(z for z in zaak_ids if z),
                    referrals=tuple(referrals),
                )
            )
        records.sort(key=lambda r: r.date or datetime.min.replace(tzinfo=UTC), reverse=True)
        return records

    async def _referral(
        self, task: Mapping[str, Any], contact: Mapping[str, Any]
    ) -> ReferralRecord:
        actors = task.get("toegewezenAanActoren") or ()
        if not actors and task.get("toegewezenAanActor"):
            actors = [task["toegewezenAanActor"]]
        keys = tuple(uuid_of(a) for a in actors if uuid_of(a))
        names = [await self._actor_name(key) for key in keys]
        return ReferralRecord(
            uuid=uuid_of(task),
            date=parse_dt(task.get("toegewezenOp")),
            kanaal=str(contact.get("kanaal") or ""),
            onderwerp=str(task.get("gevraagdeHandeling") or ""),
            toelichting=str(task.get("toelichting") or ""),
            who=", ".join(n for n in names if n),
            status=str(task.get("status") or ""),
            afgehandeld_op=parse_dt(task.get("afgehandeldOp")),
            klantcontact_uuid=str(contact.get("uuid") or ""),
            actor_uuids=keys,
        )
