"""In-memory Klantinteracties data and its rendering in Open Klant 2.18's JSON shapes.

Records are stored flat (foreign keys as uuid strings) and rendered on the way out, so reverse
relations (``hadBetrokkenen``, ``leiddeTotInterneTaken``, ...) are always consistent with what
exists. Every mutation happens synchronously inside one aiohttp handler on one event loop, so no
locking is needed for the demo server; a ``threading.Lock`` still guards writes because seeding or
tests may touch the store from another thread while the server thread is idle.
"""

from __future__ import annotations

import threading
import uuid as uuid_mod
from collections import defaultdict
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from typing import Any

JsonDict = dict[str, Any]

# resource name (URL segment) -> foreign-key fields (single uuid) used for reverse lookups
FOREIGN_KEYS: dict[str, tuple[str, ...]] = {
    "partijen": (),
    "partij-identificatoren": ("identificeerdePartij", "subIdentificatorVan"),
    "klantcontacten": (),
    "betrokkenen": ("wasPartij", "hadKlantcontact"),
    "onderwerpobjecten": ("klantcontact", "wasKlantcontact"),
    "actoren": (),
    "actorklantcontacten": ("actor", "klantcontact"),
    "internetaken": ("aanleidinggevendKlantcontact",),
    "digitaleadressen": ("verstrektDoorPartij", "verstrektDoorBetrokkene"),
}
RESOURCES: tuple[str, ...] = tuple(FOREIGN_KEYS)

EMPTY_ADDRESS: JsonDict = {
    "nummeraanduidingId": "",
    "straatnaam": "",
    "huisnummer": None,
    "huisnummertoevoeging": "",
    "postcode": "",
    "stad": "",
    "adresregel1": "",
    "adresregel2": "",
    "adresregel3": "",
    "land": "",
}


def now_utc() -> datetime:
    return datetime.now(UTC)


def format_datetime(value: datetime) -> str:
    """Django REST framework's rendering: UTC with microseconds and a ``Z``."""
    text = value.astimezone(UTC).isoformat()
    return text.replace("+00:00", "Z")


def full_name(contactnaam: JsonDict | None) -> str:
    if not contactnaam:
        return ""
    parts = (
        contactnaam.get("voornaam") or contactnaam.get("voorletters") or "",
        contactnaam.get("voorvoegselAchternaam") or "",
        contactnaam.get("achternaam") or "",
    )
    return " ".join(p for p in parts if p)


class KlantinteractiesStore:
    """All Klantinteracties resources of one demo server, keyed by resource name and uuid."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._records: dict[str, dict[str, JsonDict]] = {name: {} for name in RESOURCES}
        # (resource, fk field, parent uuid) -> child uuids in insertion order
        self._reverse: dict[tuple[str, str, str], list[str]] = defaultdict(list)
        # internetaak actor assignments: actor uuid -> internetaak uuids
        self._tasks_by_actor: dict[str, list[str]] = defaultdict(list)

    # -- writing ---------------------------------------------------------------------------
    def new_uuid(self) -> str:
        return str(uuid_mod.uuid4())

    def add(self, resource: str, record: JsonDict, uuid: str | None = None) -> str:
        """Store a record (flat: foreign keys as uuid strings); returns its uuid."""
        key = uuid or self.new_uuid()
        with self._lock:
            stored = dict(record)
            stored["uuid"] = key
            self._records[resource][key] = stored
            for fk in FOREIGN_KEYS[resource]:
                parent = stored.get(fk)
                if parent:
                    self._reverse[(resource, fk, parent)].append(key)
            if resource == "internetaken":
                for actor in stored.get("toegewezenAanActoren") or ():
                    self._tasks_by_actor[actor].append(key)
        return key

    def update(self, resource: str, key: str, changes: JsonDict) -> None:
        """Change plain (non foreign-key) fields of a record."""
        with self._lock:
            self._records[resource][key].update(changes)

    # -- reading ---------------------------------------------------------------------------
    def get(self, resource: str, key: str) -> JsonDict | None:
        return self._records[resource].get(key)

    def all(self, resource: str) -> Iterator[JsonDict]:
        return iter(list(self._records[resource].values()))

    def count(self, resource: str) -> int:
        return len(self._records[resource])

    def children(self, resource: str, fk: str, parent: str) -> list[JsonDict]:
        table = self._records[resource]
        return [table[k] for k in self._reverse.get((resource, fk, parent), ()) if k in table]

    def tasks_for_actor(self, actor: str) -> list[JsonDict]:
        table = self._records["internetaken"]
        return [table[k] for k in self._tasks_by_actor.get(actor, ()) if k in table]

    def partij_identificatoren_of(self, partij: str) -> list[JsonDict]:
        return self.children("partij-identificatoren", "identificeerdePartij", partij)

    def find_partij_identificator(self, group: JsonDict) -> JsonDict | None:
        """The identificator with exactly this (codeObjecttype, codeSoortObjectId, objectId,
        codeRegister), used for Open Klant's uniqueness rule."""
        keys = ("codeObjecttype", "codeSoortObjectId", "objectId", "codeRegister")
        for record in self._records["partij-identificatoren"].values():
            other = record.get("partijIdentificator") or {}
            if all(other.get(k) == group.get(k) for k in keys):
                return record
        return None

    def actors_of_klantcontact(self, klantcontact: str) -> list[JsonDict]:
        links = self.children("actorklantcontacten", "klantcontact", klantcontact)
        actors = (self.get("actoren", link["actor"]) for link in links)
        return [a for a in actors if a is not None]


class Renderer:
    """Turns stored records into the JSON Open Klant serves, with absolute URLs."""

    def __init__(self, store: KlantinteractiesStore, base_url: str) -> None:
        self.store = store
        self.base_url = base_url.rstrip("/") + "/"

    def url(self, resource: str, key: str) -> str:
        return f"{self.base_url}{resource}/{key}"

    def fk(self, resource: str, key: str | None) -> JsonDict | None:
        if not key:
            return None
        return {"uuid": key, "url": self.url(resource, key)}

    def fks(self, resource: str, records: Iterable[JsonDict]) -> list[JsonDict]:
        return [{"uuid": r["uuid"], "url": self.url(resource, r["uuid"])} for r in records]

    def render(self, resource: str, record: JsonDict) -> JsonDict:
        method = getattr(self, "_" + resource.replace("-", "_"))
        result: JsonDict = method(record)
        return result

    # -- per resource ----------------------------------------------------------------------
    def _partijen(self, r: JsonDict) -> JsonDict:
        key = r["uuid"]
        identificatie = dict(r.get("partijIdentificatie") or {})
        if r["soortPartij"] in ("persoon", "contactpersoon"):
            identificatie["volledigeNaam"] = full_name(identificatie.get("contactnaam"))
        return {
            "uuid": key,
            "url": self.url("partijen", key),
            "nummer": r.get("nummer"),
            "interneNotitie": r.get("interneNotitie", ""),
            "betrokkenen": self.fks(
                "betrokkenen", self.store.children("betrokkenen", "wasPartij", key)
            ),
            "categorieRelaties": [],
            "digitaleAdressen": self.fks(
                "digitaleadressen",
                self.store.children("digitaleadressen", "verstrektDoorPartij", key),
            ),
            "voorkeursDigitaalAdres": None,
            "vertegenwoordigden": [],
            "rekeningnummers": [],
            "voorkeursRekeningnummer": None,
            "partijIdentificatoren": [
                self._partij_identificatoren(i) for i in self.store.partij_identificatoren_of(key)
            ],
            "soortPartij": r["soortPartij"],
            "indicatieGeheimhouding": r.get("indicatieGeheimhouding", False),
            "voorkeurstaal": r.get("voorkeurstaal", ""),
            "indicatieActief": r["indicatieActief"],
            "bezoekadres": r.get("bezoekadres") or dict(EMPTY_ADDRESS),
            "correspondentieadres": r.get("correspondentieadres") or dict(EMPTY_ADDRESS),
            "partijIdentificatie": identificatie,
        }

    def _digitaleadressen(self, r: JsonDict) -> JsonDict:
        return {
            "uuid": r["uuid"],
            "url": self.url("digitaleadressen", r["uuid"]),
            "verstrektDoorBetrokkene": self.fk("betrokkenen", r.get("verstrektDoorBetrokkene")),
            "verstrektDoorPartij": self.fk("partijen", r.get("verstrektDoorPartij")),
            "adres": r["adres"],
            "soortDigitaalAdres": r["soortDigitaalAdres"],
            "isStandaardAdres": r.get("isStandaardAdres", False),
            "omschrijving": r.get("omschrijving", ""),
            "referentie": r.get("referentie", ""),
            "verificatieDatum": None,
            "_expand": {},  # as recorded: present on every digitaal adres, empty unasked
        }

    def _partij_identificatoren(self, r: JsonDict) -> JsonDict:
        key = r["uuid"]
        return {
            "uuid": key,
            "url": self.url("partij-identificatoren", key),
            "identificeerdePartij": self.fk("partijen", r.get("identificeerdePartij")),
            "anderePartijIdentificator": r.get("anderePartijIdentificator", ""),
            "partijIdentificator": dict(r["partijIdentificator"]),
            "subIdentificatorVan": self.fk("partij-identificatoren", r.get("subIdentificatorVan")),
        }

    def _klantcontacten(self, r: JsonDict) -> JsonDict:
        key = r["uuid"]
        s = self.store
        return {
            "uuid": key,
            "url": self.url("klantcontacten", key),
            "gingOverOnderwerpobjecten": self.fks(
                "onderwerpobjecten", s.children("onderwerpobjecten", "klantcontact", key)
            ),
            "hadBetrokkenActoren": [self._actoren(a) for a in s.actors_of_klantcontact(key)],
            "omvatteBijlagen": [],
            "hadBetrokkenen": self.fks(
                "betrokkenen", s.children("betrokkenen", "hadKlantcontact", key)
            ),
            "leiddeTotInterneTaken": self.fks(
                "internetaken", s.children("internetaken", "aanleidinggevendKlantcontact", key)
            ),
            "nummer": r.get("nummer"),
            "referentienummer": r.get("referentienummer"),
            "kanaal": r["kanaal"],
            "onderwerp": r["onderwerp"],
            "inhoud": r.get("inhoud", ""),
            "reactie": r.get("reactie", ""),
            "indicatieContactGelukt": r.get("indicatieContactGelukt"),
            "hoofdOnderwerpType": r.get("hoofdOnderwerpType", ""),
            "verdereActieOndernomen": r.get("verdereActieOndernomen", False),
            "taal": r["taal"],
            "vertrouwelijk": r["vertrouwelijk"],
            "plaatsgevondenOp": r["plaatsgevondenOp"],
            "metadata": dict(r.get("metadata") or {}),
        }

    def _betrokkenen(self, r: JsonDict) -> JsonDict:
        key = r["uuid"]
        contactnaam = r.get("contactnaam")
        return {
            "uuid": key,
            "url": self.url("betrokkenen", key),
            "wasPartij": self.fk("partijen", r.get("wasPartij")),
            "hadKlantcontact": self.fk("klantcontacten", r.get("hadKlantcontact")),
            "digitaleAdressen": [],
            "bezoekadres": r.get("bezoekadres") or dict(EMPTY_ADDRESS),
            "correspondentieadres": r.get("correspondentieadres") or dict(EMPTY_ADDRESS),
            "contactnaam": contactnaam
            or {"voorletters": "", "voornaam": "", "voorvoegselAchternaam": "", "achternaam": ""},
            "volledigeNaam": full_name(contactnaam),
            "rol": r["rol"],
            "organisatienaam": r.get("organisatienaam", ""),
            "initiator": r["initiator"],
        }

    def _onderwerpobjecten(self, r: JsonDict) -> JsonDict:
        key = r["uuid"]
        return {
            "uuid": key,
            "url": self.url("onderwerpobjecten", key),
            "klantcontact": self.fk("klantcontacten", r.get("klantcontact")),
            "wasKlantcontact": self.fk("klantcontacten", r.get("wasKlantcontact")),
            "onderwerpobjectidentificator": dict(r.get("onderwerpobjectidentificator") or {}),
        }

    def _actoren(self, r: JsonDict) -> JsonDict:
        key = r["uuid"]
        result: JsonDict = {
            "uuid": key,
            "url": self.url("actoren", key),
            "naam": r["naam"],
            "soortActor": r["soortActor"],
            "indicatieActief": r.get("indicatieActief", True),
            "actoridentificator": r.get("actoridentificator")
            or {"objectId": "", "codeObjecttype": "", "codeRegister": "", "codeSoortObjectId": ""},
        }
        if r.get("actorIdentificatie") is not None:
            result["actorIdentificatie"] = dict(r["actorIdentificatie"])
        return result

    def _actorklantcontacten(self, r: JsonDict) -> JsonDict:
        key = r["uuid"]
        return {
            "uuid": key,
            "url": self.url("actorklantcontacten", key),
            "actor": self.fk("actoren", r["actor"]),
            "klantcontact": self.fk("klantcontacten", r["klantcontact"]),
        }

    def _internetaken(self, r: JsonDict) -> JsonDict:
        key = r["uuid"]
        actoren = [self.fk("actoren", a) for a in r.get("toegewezenAanActoren") or ()]
        return {
            "uuid": key,
            "url": self.url("internetaken", key),
            "nummer": r.get("nummer"),
            "referentienummer": r.get("referentienummer"),
            "gevraagdeHandeling": r["gevraagdeHandeling"],
            "aanleidinggevendKlantcontact": self.fk(
                "klantcontacten", r["aanleidinggevendKlantcontact"]
            ),
            # Deprecated single actor: Open Klant fills it with the first of the list.
            "toegewezenAanActor": actoren[0] if actoren else None,
            "toegewezenAanActoren": actoren,
            "toelichting": r.get("toelichting", ""),
            "status": r["status"],
            "toegewezenOp": r["toegewezenOp"],
            "afgehandeldOp": r.get("afgehandeldOp"),
        }
