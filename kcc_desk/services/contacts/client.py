"""Writing to the Klantinteracties API (Open Klant 2.18.0, API 0.9.0), on top of the reading half.

Writing follows CLIENT-NOTES §7: a partij found (or created) by BSN, a klantcontact, a betrokkene,
an onderwerpobject pointing at the zaak (written as KISS does: ``zgw-Zaak``/``openzaak``/``uuid``),
an actorklantcontact for the agent and, for a referral, an interne taak. Every create has a
matching ``find_*`` so a caller that does not know whether an earlier attempt reached the server
(the outbox after a crash or a dropped response) can look before it writes again.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

import httpx

from kcc_desk.services.contacts.errors import (
    KlantinteractiesNotFound,
    KlantinteractiesRejected,
    KlantinteractiesUnavailable,
)
from kcc_desk.services.contacts.history import KlantinteractiesHistory
from kcc_desk.services.contacts.limits import (
    MAX_ACTOR_NAAM,
    MAX_GEVRAAGDE_HANDELING,
    MAX_TOELICHTING,
    truncate,
)
from kcc_desk.services.contacts.records import (
    METADATA_REFERENCE_KEY,
    CallerName,
    KlantcontactDraft,
    KlantcontactRef,
)
from kcc_desk.services.contacts.transport import INVALID_ANSWER, parse_dt, uuid_of

# The KISS convention we write; reading accepts the older one too (history).
ZAAK_OBJECTTYPE = "zgw-Zaak"
ZAAK_REGISTER = "openzaak"


def is_unique_violation(error: KlantinteractiesRejected, name: str) -> bool:
    """Did the server refuse because ``name`` (or ``<prefix>.name``) must be unique?"""
    return any(
        code == "unique" and (param == name or param.endswith("." + name))
        for param, code in error.invalid_params
    )


def is_ours(item: Mapping[str, Any], draft: KlantcontactDraft) -> bool:
    """Is this klantcontact the one ``draft`` describes (see find_klantcontact_by_reference)?"""
    metadata = item.get("metadata")
    stored = metadata.get(METADATA_REFERENCE_KEY) if isinstance(metadata, dict) else None
    if stored is not None:
        return bool(stored == draft.reference)
    when = parse_dt(item.get("plaatsgevondenOp"))
    return (
        item.get("onderwerp") == draft.onderwerp
        and when is not None
        and abs((when - draft.plaatsgevonden_op).total_seconds()) < 1
    )


class KlantinteractiesClient(KlantinteractiesHistory):
    """Reads and writes one Klantinteracties API root."""

    def __init__(
        self,
        http: httpx.AsyncClient,
        base_url: str,
        token: str,
        *,
        use_maak_klantcontact: bool = True,
    ) -> None:
        super().__init__(http, base_url, token)
        # None = not tried yet; False after a 404/405 (older Open Klant without the endpoint).
        self._maak_supported: bool | None = None if use_maak_klantcontact else False
        self._partij_cache: dict[str, str] = {}
        self._actor_cache: dict[str, str] = {}  # agent_id -> medewerker actor uuid

    def forget_callers(self) -> None:
        """Drop the BSN → partij cache (new caller, idle lock): no caller data lingers."""
        self._partij_cache.clear()

    # -- partij --------------------------------------------------------------------------------
    async def find_partij_by_bsn(self, bsn: str) -> str | None:
        if bsn in self._partij_cache:
            return self._partij_cache[bsn]
        results = await self._list(
            "partijen",
            {
                "partijIdentificator__codeSoortObjectId": "bsn",
                "partijIdentificator__objectId": bsn,
            },
            max_pages=1,
        )
        for partij in results:
            key = partij.get("uuid")
            if isinstance(key, str):
                self._partij_cache[bsn] = key
                return key
        return None

    async def find_or_create_partij(self, bsn: str, naam: CallerName | None = None) -> str:
        """The partij of a person by BSN, created (partij + partij-identificator) if new.

        If another client registers the same BSN between our look-up and our create, Open Klant
        refuses the duplicate identificator (400 ``unique``); we then use theirs.
        """
        found = await self.find_partij_by_bsn(bsn)
        if found:
            return found
        identificatie: dict[str, Any] = {"contactnaam": naam.as_contactnaam() if naam else None}
        partij = await self._create(
            "partijen",
            {
                "soortPartij": "persoon",
                "indicatieActief": True,
                "voorkeurstaal": "nld",
                "partijIdentificatie": identificatie,
            },
        )
        try:
            await self._create(
                "partij-identificatoren",
                {
                    "identificeerdePartij": {"uuid": partij["uuid"]},
                    "partijIdentificator": {
                        "codeObjecttype": "natuurlijk_persoon",
                        "codeSoortObjectId": "bsn",
                        "objectId": bsn,
                        "codeRegister": "brp",
                    },
                },
            )
        except KlantinteractiesRejected as exc:
            if not any(code == "unique" for _, code in exc.invalid_params):
                raise
            other = await self.find_partij_by_bsn(bsn)
            if other is None:
                raise
            return other
        self._partij_cache[bsn] = partij["uuid"]
        return str(partij["uuid"])

    # -- klantcontact ----------------------------------------------------------------------------
    async def find_klantcontact_by_reference(
        self, draft: KlantcontactDraft, *, referentienummer: str | None = None
    ) -> KlantcontactRef | None:
        """The klantcontact an earlier attempt wrote for ``draft``, if it reached the server.

        Found by its (unique) referentienummer, ``referentienummer`` to look up another number
        than the draft's (an old-style one). Another client's klantcontact that happens to carry
        the same number is not ours: ours has our reference in ``metadata`` or, on a server that
        dropped the metadata, the same onderwerp and moment.
        """
        number = referentienummer or draft.referentienummer
        results = await self._list(
            "klantcontacten",
            {
                "referentienummer": number,
                "expand": "gingOverOnderwerpobjecten,hadBetrokkenen,leiddeTotInterneTaken",
            },
            max_pages=1,
        )
        for item in results:
            if item.get("referentienummer") == number and is_ours(item, draft):
                return self._klantcontact_ref(item)
        return None

    @staticmethod
    def _klantcontact_ref(item: Mapping[str, Any]) -> KlantcontactRef:
        return KlantcontactRef(
            uuid=str(item["uuid"]),
            betrokkenen=tuple(uuid_of(b) for b in item.get("hadBetrokkenen") or ()),
            onderwerpobjecten=tuple(
                uuid_of(o) for o in item.get("gingOverOnderwerpobjecten") or ()
            ),
            internetaken=tuple(uuid_of(t) for t in item.get("leiddeTotInterneTaken") or ()),
            actoren=tuple(uuid_of(a) for a in item.get("hadBetrokkenActoren") or ()),
        )

    async def create_klantcontact(self, draft: KlantcontactDraft) -> str:
        body = await self._create("klantcontacten", draft.as_json())
        return str(body["uuid"])

    @staticmethod
    def _betrokkene_json(partij: str, naam: CallerName | None) -> dict[str, Any]:
        payload: dict[str, Any] = {"wasPartij": {"uuid": partij}, "rol": "klant", "initiator": True}
        if naam is not None:
            payload["contactnaam"] = naam.as_contactnaam()
        return payload

    @staticmethod
    def _onderwerpobject_json(zaak_uuid: str) -> dict[str, Any]:
        return {
            "onderwerpobjectidentificator": {
                "objectId": zaak_uuid,
                "codeObjecttype": ZAAK_OBJECTTYPE,
                "codeRegister": ZAAK_REGISTER,
                "codeSoortObjectId": "uuid",
            }
        }

    async def maak_klantcontact(
        self,
        draft: KlantcontactDraft,
        *,
        partij: str | None,
        zaak_uuid: str | None,
        naam: CallerName | None = None,
    ) -> KlantcontactRef | None:
        """Klantcontact + betrokkene + onderwerpobject in one atomic call.

        Returns None when this server has no ``/maak-klantcontact`` (404/405): the caller then
        writes the three separately. Remembered per client, so the probe costs one request.
        """
        if self._maak_supported is False:
            return None
        payload: dict[str, Any] = {"klantcontact": draft.as_json()}
        if partij is not None:
            payload["betrokkene"] = self._betrokkene_json(partij, naam)
        if zaak_uuid is not None:
            payload["onderwerpobject"] = self._onderwerpobject_json(zaak_uuid)
        try:
            body = await self._request("POST", "maak-klantcontact", json=payload)
        except KlantinteractiesNotFound:
            self._maak_supported = False
            return None
        except KlantinteractiesRejected as exc:
            if exc.status == 405:
                self._maak_supported = False
                return None
            raise
        self._maak_supported = True
        if not isinstance(body, dict) or not isinstance(body.get("klantcontact"), dict):
            raise KlantinteractiesUnavailable(INVALID_ANSWER)
        kc = body["klantcontact"]
        betrokkene = uuid_of(body.get("betrokkene"))
        onderwerp = uuid_of(body.get("onderwerpobject"))
        return KlantcontactRef(
            uuid=str(kc["uuid"]),
            betrokkenen=(betrokkene,) if betrokkene else (),
            onderwerpobjecten=(onderwerp,) if onderwerp else (),
        )

    async def find_betrokkene(self, klantcontact: str, partij: str) -> str | None:
        for item in await self._list("betrokkenen", {"hadKlantcontact__uuid": klantcontact}):
            if uuid_of(item.get("wasPartij")) == partij:
                return uuid_of(item)
        return None

    async def create_betrokkene(
        self, klantcontact: str, partij: str, naam: CallerName | None = None
    ) -> str:
        payload = self._betrokkene_json(partij, naam)
        payload["hadKlantcontact"] = {"uuid": klantcontact}
        return str((await self._create("betrokkenen", payload))["uuid"])

    async def find_onderwerpobject(self, klantcontact: str, zaak_uuid: str) -> str | None:
        for item in await self._list("onderwerpobjecten", {"klantcontact__uuid": klantcontact}):
            ident = item.get("onderwerpobjectidentificator") or {}
            if isinstance(ident, dict) and ident.get("objectId") == zaak_uuid:
                return uuid_of(item)
        return None

    async def create_onderwerpobject(self, klantcontact: str, zaak_uuid: str) -> str:
        payload = self._onderwerpobject_json(zaak_uuid)
        payload["klantcontact"] = {"uuid": klantcontact}
        return str((await self._create("onderwerpobjecten", payload))["uuid"])

    # -- actoren ---------------------------------------------------------------------------------
    async def find_or_create_medewerker(self, agent_id: str, naam: str | None = None) -> str:
        """The medewerker actor of this agent (actoridentificator objectId = agent id)."""
        if agent_id in self._actor_cache:
            return self._actor_cache[agent_id]
        found = await self._list(
            "actoren",
            {"actoridentificatorObjectId": agent_id, "soortActor": "medewerker"},
            max_pages=1,
        )
        for item in found:
            if isinstance(item.get("uuid"), str):
                self._actor_cache[agent_id] = item["uuid"]
                return str(item["uuid"])
        body = await self._create(
            "actoren",
            {
                "naam": truncate(naam or agent_id, MAX_ACTOR_NAAM),
                "soortActor": "medewerker",
                "indicatieActief": True,
                "actoridentificator": {
                    "objectId": agent_id,
                    "codeObjecttype": "mdw",
                    "codeRegister": "msei",
                    "codeSoortObjectId": "gebruikersnaam",
                },
            },
        )
        self._actor_cache[agent_id] = body["uuid"]
        return str(body["uuid"])

    async def find_actorklantcontact(self, actor: str, klantcontact: str) -> str | None:
        found = await self._list(
            "actorklantcontacten", {"klantcontact__uuid": klantcontact, "actor__uuid": actor}
        )
        return uuid_of(found[0]) if found else None

    async def create_actorklantcontact(self, actor: str, klantcontact: str) -> str:
        body = await self._create(
            "actorklantcontacten",
            {"actor": {"uuid": actor}, "klantcontact": {"uuid": klantcontact}},
        )
        return str(body["uuid"])

    # -- interne taken ---------------------------------------------------------------------------
    async def find_internetaak(self, klantcontact: str) -> str | None:
        found = await self._list(
            "internetaken", {"aanleidinggevendKlantcontact__uuid": klantcontact}
        )
        return uuid_of(found[0]) if found else None

    async def create_internetaak(
        self,
        klantcontact: str,
        *,
        gevraagde_handeling: str,
        actoren: Sequence[str],
        toelichting: str = "",
        referentienummer: str | None = None,
    ) -> str:
        """The interne taak of a referral. It carries the contact's referentienummer, so a team
        and a caller can name it; Open Klant keeps that unique too. A task already written for
        this klantcontact is returned instead of a second one; if another client's task holds
        the number, the task is written without one."""
        payload: dict[str, Any] = {
            "aanleidinggevendKlantcontact": {"uuid": klantcontact},
            "gevraagdeHandeling": truncate(gevraagde_handeling, MAX_GEVRAAGDE_HANDELING),
            "toegewezenAanActoren": [{"uuid": a} for a in actoren],
            "toelichting": truncate(toelichting, MAX_TOELICHTING),
            "status": "te_verwerken",
        }
        if referentienummer:
            payload["referentienummer"] = referentienummer
        try:
            body = await self._create("internetaken", payload)
        except KlantinteractiesRejected as exc:
            if not referentienummer or not is_unique_violation(exc, "referentienummer"):
                raise
            existing = await self.find_internetaak(klantcontact)
            if existing is not None:
                return existing
            del payload["referentienummer"]
            body = await self._create("internetaken", payload)
        return str(body["uuid"])

    async def close_internetaak(self, uuid: str, afgehandeld_op: datetime | None = None) -> None:
        when = (afgehandeld_op or datetime.now(UTC)).isoformat()
        await self._request(
            "PATCH", f"internetaken/{uuid}", json={"status": "verwerkt", "afgehandeldOp": when}
        )
