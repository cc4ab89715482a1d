"""Async client for the Klantinteracties API (Open Klant 2.18.0, API 0.9.0).

Qt-free. The ``httpx.AsyncClient`` is passed in (one shared client per app, set up with the
timeouts, CA bundle and limits the app wants); this module adds ``Authorization: Token <key>``.

Writing follows CLIENT-NOTES §7: a partij found (or created) by BSN, a klantcontact, a betrokkene,
an onderwerpobject pointing at the zaak (written as KISS does: ``zgw-Zaak``/``openzaak``/``uuid``),
an actorklantcontact for the agent and, for a referral, an interne taak. Every create has a
matching ``find_*`` so a caller that does not know whether an earlier attempt reached the server
(the outbox after a crash or a dropped response) can look before it writes again.

Reading accepts both onderwerpobject conventions seen in practice (``zgw-Zaak``/``openzaak`` and
``zaak``/``open-zaak``, object id = zaak uuid or URL).

Privacy: no BSN, name, phone number or free text ever goes into a log line or an exception
message; logs name the resource and the status code only (query strings hold BSNs).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

import httpx

from kcc_desk.services.contact_limits import (
    MAX_ACTOR_NAAM,
    MAX_GEVRAAGDE_HANDELING,
    MAX_TOELICHTING,
    truncate,
)
from kcc_desk.services.klantinteracties_records import (
    METADATA_REFERENCE_KEY,
    CallerName,
    ContactRecord,
    KlantcontactDraft,
    KlantcontactRef,
    KlantinteractiesAuthError,
    KlantinteractiesNotFound,
    KlantinteractiesRejected,
    KlantinteractiesUnavailable,
    ReferralRecord,
    ReferralTarget,
)
from kcc_desk.services.messages import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

MAX_PAGES = 20  # a caller's history longer than 20 pages is not something an agent reads

# The KISS convention we write; reading accepts the older one too.
ZAAK_OBJECTTYPE = "zgw-Zaak"
ZAAK_REGISTER = "openzaak"
ZAAK_OBJECTTYPES_READ = frozenset({"zgw-zaak", "zaak"})
ZAAK_REGISTERS_READ = frozenset({"openzaak", "open-zaak"})

_INVALID_ANSWER = QT_TRANSLATE_NOOP(
    "Klantinteracties", "Klantinteracties gaf een ongeldig antwoord."
)


# -- helpers -----------------------------------------------------------------------------------
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
    when = _parse_dt(item.get("plaatsgevondenOp"))
    return (
        item.get("onderwerp") == draft.onderwerp
        and when is not None
        and abs((when - draft.plaatsgevonden_op).total_seconds()) < 1
    )


def is_signing_actor(item: Mapping[str, Any], agent_id: str = "") -> bool:
    """A medewerker actor that only signs contacts: this agent's own, or one kcc-desk created
    for an agent without a display name (its naam is the login, as find_or_create_medewerker
    writes it). A municipality's medewerkers have a real name."""
    ident = item.get("actoridentificator")
    object_id = ident.get("objectId") if isinstance(ident, Mapping) else None
    if not isinstance(object_id, str) or not object_id:
        return False
    return object_id == agent_id or item.get("naam") == object_id


def _parse_dt(value: object) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _uuid_of(ref: object) -> str:
    if isinstance(ref, Mapping):
        value = ref.get("uuid")
        if isinstance(value, str):
            return value
        url = ref.get("url")
        if isinstance(url, str):
            return url.rstrip("/").rsplit("/", 1)[-1]
    return ""


def _resource_of(url: str) -> str:
    """The resource part of an API URL, for logging without ids or query strings."""
    parts = [p for p in urlsplit(url).path.split("/") if p]
    for index, part in enumerate(parts):
        if part == "v1" and index + 1 < len(parts):
            return parts[index + 1]
    return parts[-1] if parts else "?"


# -- the client --------------------------------------------------------------------------------
class KlantinteractiesClient:
    """Talks to one Klantinteracties API root (e.g. ``https://…/klantinteracties/api/v1/``)."""

    def __init__(
        self,
        http: httpx.AsyncClient,
        base_url: str,
        token: str,
        *,
        use_maak_klantcontact: bool = True,
    ) -> None:
        self._http = http
        self.base_url = base_url.rstrip("/") + "/"
        self._origin = "{0.scheme}://{0.netloc}".format(urlsplit(self.base_url))
        self._headers = {"Authorization": f"Token {token}", "Accept": "application/json"}
        # None = not tried yet; False after a 404/405 (older Open Klant without the endpoint).
        self._maak_supported: bool | None = None if use_maak_klantcontact else False
        self._partij_cache: dict[str, str] = {}
        self._actor_cache: dict[str, str] = {}  # agent_id -> medewerker actor uuid
        self._actor_names: dict[str, str] = {}  # actor uuid -> naam

    def forget_callers(self) -> None:
        """Drop the BSN → partij cache (new caller, idle lock): no caller data lingers."""
        self._partij_cache.clear()

    # -- transport ---------------------------------------------------------------------------
    async def _request(
        self,
        method: str,
        path_or_url: str,
        *,
        params: Mapping[str, str] | None = None,
        json: Any = None,
    ) -> Any:
        url = path_or_url if "://" in path_or_url else self.base_url + path_or_url
        if not url.startswith(self._origin + "/"):
            # Never send the token to another host, whatever a response's "next" says.
            raise KlantinteractiesUnavailable(_INVALID_ANSWER)
        resource = _resource_of(url)
        try:
            response = await self._http.request(
                method, url, params=params, json=json, headers=self._headers
            )
        except httpx.TimeoutException:
            log.warning("klantinteracties %s %s: time-out", method, resource)
            raise KlantinteractiesUnavailable(
                QT_TRANSLATE_NOOP(
                    "Klantinteracties",
                    "Klantinteracties reageert niet op tijd. Probeer het later opnieuw.",
                )
            ) from None
        except httpx.TransportError as exc:
            log.warning("klantinteracties %s %s: %s", method, resource, type(exc).__name__)
            raise KlantinteractiesUnavailable(
                QT_TRANSLATE_NOOP(
                    "Klantinteracties",
                    "Klantinteracties is niet bereikbaar. Probeer het later opnieuw.",
                )
            ) from None
        except httpx.HTTPError as exc:  # decoding, redirects: the answer was unusable
            log.warning("klantinteracties %s %s: %s", method, resource, type(exc).__name__)
            raise KlantinteractiesUnavailable(_INVALID_ANSWER) from None
        status = response.status_code
        log.debug("klantinteracties %s %s -> %s", method, resource, status)
        if 200 <= status < 300:
            if status == 204 or not response.content:
                return None
            try:
                return response.json()
            except ValueError:
                log.warning("klantinteracties %s %s: geen JSON", method, resource)
                raise KlantinteractiesUnavailable(_INVALID_ANSWER) from None
        self._raise_for(method, resource, response)
        raise AssertionError("unreachable")

    def _raise_for(self, method: str, resource: str, response: httpx.Response) -> None:
        status = response.status_code
        body: Any = None
        try:
            body = response.json()
        except ValueError:
            body = None
        code = str(body.get("code", "")) if isinstance(body, dict) else ""
        log.warning("klantinteracties %s %s: HTTP %s %s", method, resource, status, code)
        if status in (401, 403):
            raise KlantinteractiesAuthError(
                QT_TRANSLATE_NOOP(
                    "Klantinteracties",
                    "Klantinteracties weigert de toegang ({status}). Controleer het token.",
                ).format(status=status),
                status=status,
                code=code,
            )
        if status == 404:
            raise KlantinteractiesNotFound(
                QT_TRANSLATE_NOOP("Klantinteracties", "Klantinteracties kent dit niet (404)."),
                status=status,
                code=code,
            )
        if status in (408, 429) or status >= 500 or not isinstance(body, dict):
            raise KlantinteractiesUnavailable(
                QT_TRANSLATE_NOOP(
                    "Klantinteracties",
                    "Klantinteracties heeft een storing ({status}). Probeer het later opnieuw.",
                ).format(status=status),
                status=status,
                code=code,
            )
        params: list[tuple[str, str]] = []
        for item in body.get("invalidParams") or ():
            if isinstance(item, dict):
                params.append((str(item.get("name", "")), str(item.get("code", ""))))
        fields = ", ".join(sorted({name for name, _ in params if name}))
        if fields:
            message = QT_TRANSLATE_NOOP(
                "Klantinteracties",
                "Klantinteracties weigerde het verzoek ({status}): controleer {fields}.",
            ).format(status=status, fields=fields)
        else:
            message = QT_TRANSLATE_NOOP(
                "Klantinteracties", "Klantinteracties weigerde het verzoek ({status})."
            ).format(status=status)
        raise KlantinteractiesRejected(
            message, status=status, code=code, invalid_params=tuple(params)
        )

    async def _list(
        self, resource: str, params: Mapping[str, str], *, max_pages: int = MAX_PAGES
    ) -> list[dict[str, Any]]:
        """All results of a paginated list (following absolute ``next`` URLs)."""
        results: list[dict[str, Any]] = []
        body = await self._request("GET", resource, params=params)
        for _ in range(max_pages):
            if isinstance(body, list):  # tolerate servers that answer plain arrays
                results.extend(r for r in body if isinstance(r, dict))
                break
            if not isinstance(body, dict):
                raise KlantinteractiesUnavailable(_INVALID_ANSWER)
            results.extend(r for r in body.get("results") or () if isinstance(r, dict))
            next_url = body.get("next")
            if not isinstance(next_url, str) or not next_url:
                break
            body = await self._request("GET", next_url)
        return results

    async def _create(self, resource: str, payload: Mapping[str, Any]) -> dict[str, Any]:
        body = await self._request("POST", resource, json=payload)
        if not isinstance(body, dict) or not isinstance(body.get("uuid"), str):
            raise KlantinteractiesUnavailable(_INVALID_ANSWER)
        return body

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
            betrokkenen=tuple(_uuid_of(b) for b in item.get("hadBetrokkenen") or ()),
            onderwerpobjecten=tuple(
                _uuid_of(o) for o in item.get("gingOverOnderwerpobjecten") or ()
            ),
            internetaken=tuple(_uuid_of(t) for t in item.get("leiddeTotInterneTaken") or ()),
            actoren=tuple(_uuid_of(a) for a in item.get("hadBetrokkenActoren") or ()),
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
            raise KlantinteractiesUnavailable(_INVALID_ANSWER)
        kc = body["klantcontact"]
        betrokkene = _uuid_of(body.get("betrokkene"))
        onderwerp = _uuid_of(body.get("onderwerpobject"))
        return KlantcontactRef(
            uuid=str(kc["uuid"]),
            betrokkenen=(betrokkene,) if betrokkene else (),
            onderwerpobjecten=(onderwerp,) if onderwerp else (),
        )

    async def find_betrokkene(self, klantcontact: str, partij: str) -> str | None:
        for item in await self._list("betrokkenen", {"hadKlantcontact__uuid": klantcontact}):
            if _uuid_of(item.get("wasPartij")) == partij:
                return _uuid_of(item)
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
                return _uuid_of(item)
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
        return _uuid_of(found[0]) if found else None

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
        return _uuid_of(found[0]) if found else None

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

    # -- reading ---------------------------------------------------------------------------------
    async def contacts_for_bsn(self, bsn: str) -> list[ContactRecord]:
        """Earlier contacts of a caller (newest first), with their referrals."""
        items = await self._list(
            "klantcontacten",
            {
                "hadBetrokkene__wasPartij__partijIdentificator__codeSoortObjectId": "bsn",
                "hadBetrokkene__wasPartij__partijIdentificator__objectId": bsn,
                "expand": "gingOverOnderwerpobjecten,leiddeTotInterneTaken",
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
                    "expand": "gingOverOnderwerpobjecten,leiddeTotInterneTaken",
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
                    date=_parse_dt(item.get("plaatsgevondenOp")),
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
        keys = tuple(_uuid_of(a) for a in actors if _uuid_of(a))
        names = [await self._actor_name(key) for key in keys]
        return ReferralRecord(
            uuid=_uuid_of(task),
            date=_parse_dt(task.get("toegewezenOp")),
            kanaal=str(contact.get("kanaal") or ""),
            onderwerp=str(task.get("gevraagdeHandeling") or ""),
            toelichting=str(task.get("toelichting") or ""),
            who=", ".join(n for n in names if n),
            status=str(task.get("status") or ""),
            afgehandeld_op=_parse_dt(task.get("afgehandeldOp")),
            klantcontact_uuid=str(contact.get("uuid") or ""),
            actor_uuids=keys,
        )
