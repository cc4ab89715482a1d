"""One source's data with the indexes the handlers need, and cached JSON per object.

JSON is built lazily and cached per UUID: a zaak is serialised once, however many agents ask.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from typing import TypeVar

from kcc_desk.demo import serialize_catalogi as cat
from kcc_desk.demo import serialize_documenten as doc
from kcc_desk.demo import serialize_zaken as zak
from kcc_desk.demo.data.model import RolRec, StatusRec, SubStatusRec, ZaakRec
from kcc_desk.demo.data.source import SourceData
from kcc_desk.demo.serialize import Json, Urls

R = TypeVar("R")


class SourceStore:
    def __init__(self, data: SourceData, base_url: str) -> None:
        self.data = data
        self.urls = Urls(base_url)
        self._cache: dict[tuple[str, str], Json] = {}
        self.statussen_by_zaak: dict[str, list[StatusRec]] = defaultdict(list)
        for status in data.statussen.values():
            self.statussen_by_zaak[status.zaak_uuid].append(status)
        for history in self.statussen_by_zaak.values():
            history.sort(key=lambda s: s.datum_status_gezet, reverse=True)  # newest first, as OZ
        self.substatussen_by_zaak: dict[str, list[SubStatusRec]] = defaultdict(list)
        for sub in sorted(data.substatussen.values(), key=lambda s: s.tijdstip):
            self.substatussen_by_zaak[sub.zaak_uuid].append(sub)
        self.rollen_by_zaak: dict[str, list[RolRec]] = defaultdict(list)
        self.zaken_by_key: dict[str, dict[str, set[str]]] = {
            k: defaultdict(set) for k in ("bsn", "inn_nnp_id", "kvk", "vestigingsnummer")
        }
        for rol in data.rollen.values():
            self.rollen_by_zaak[rol.zaak_uuid].append(rol)
            for key in ("bsn", "inn_nnp_id", "kvk", "vestigingsnummer"):
                value = getattr(rol, key)
                if value:
                    self.zaken_by_key[key][value].add(rol.zaak_uuid)
        self.zaken_by_identificatie: dict[str, list[ZaakRec]] = defaultdict(list)
        for zaak in data.zaken.values():
            self.zaken_by_identificatie[zaak.identificatie].append(zaak)
        self.zaaktype_by_url = {self.urls.catalogi("zaaktypen", u): u for u in data.zaaktypen}

    def cached(self, kind: str, uuid: str, build: Callable[[], Json]) -> Json:
        key = (kind, uuid)
        found = self._cache.get(key)
        if found is None:
            found = build()
            self._cache[key] = found
        return found

    def forget(self, kind: str, uuid: str) -> None:
        """Serialise ``kind``/``uuid`` again next time (after its record was changed)."""
        self._cache.pop((kind, uuid), None)

    # --- Zaken -------------------------------------------------------------------------------

    def zaak(self, uuid: str) -> Json:
        return self.cached("zaak", uuid, lambda: zak.zaak_json(self.data.zaken[uuid], self.urls))

    def status(self, uuid: str) -> Json:
        return self.cached(
            "status", uuid, lambda: zak.status_json(self.data.statussen[uuid], self.urls)
        )

    def substatus(self, uuid: str) -> Json:
        return self.cached(
            "substatus", uuid, lambda: zak.substatus_json(self.data.substatussen[uuid], self.urls)
        )

    def rol(self, uuid: str) -> Json:
        return self.cached("rol", uuid, lambda: zak.rol_json(self.data.rollen[uuid], self.urls))

    def resultaat(self, uuid: str) -> Json:
        return self.cached(
            "resultaat", uuid, lambda: zak.resultaat_json(self.data.resultaten[uuid], self.urls)
        )

    def zaakobject(self, uuid: str) -> Json:
        return self.cached(
            "zaakobject", uuid, lambda: zak.zaakobject_json(self.data.zaakobjecten[uuid], self.urls)
        )

    def zio(self, uuid: str) -> Json:
        return self.cached("zio", uuid, lambda: zak.zio_json(self.data.zios[uuid], self.urls))

    # --- Catalogi ----------------------------------------------------------------------------

    def catalogus(self) -> Json:
        c = self.data.catalogus
        return self.cached("catalogus", c.uuid, lambda: cat.catalogus_json(c, self.data, self.urls))

    def zaaktype(self, uuid: str) -> Json:
        return self.cached(
            "zaaktype",
            uuid,
            lambda: cat.zaaktype_json(self.data.zaaktypen[uuid], self.data, self.urls),
        )

    def statustype(self, uuid: str) -> Json:
        return self.cached(
            "statustype",
            uuid,
            lambda: cat.statustype_json(self.data.statustypen[uuid], self.data, self.urls),
        )

    def resultaattype(self, uuid: str) -> Json:
        return self.cached(
            "resultaattype",
            uuid,
            lambda: cat.resultaattype_json(self.data.resultaattypen[uuid], self.data, self.urls),
        )

    def roltype(self, uuid: str) -> Json:
        return self.cached(
            "roltype",
            uuid,
            lambda: cat.roltype_json(self.data.roltypen[uuid], self.data, self.urls),
        )

    def informatieobjecttype(self, uuid: str) -> Json:
        return self.cached(
            "informatieobjecttype",
            uuid,
            lambda: cat.informatieobjecttype_json(
                self.data.informatieobjecttypen[uuid], self.data, self.urls
            ),
        )

    # --- Documenten --------------------------------------------------------------------------

    def eio(self, uuid: str) -> Json:
        return self.cached("eio", uuid, lambda: doc.eio_json(self.data.documenten[uuid], self.urls))

    # --- URL parsing -------------------------------------------------------------------------

    def uuid_from_url(self, url: str, api_path: str, resource: str) -> str | None:
        """The UUID in ``url`` if it points at ``resource`` of this source, else None."""
        prefix = f"{self.urls.base}{api_path}/{resource}/"
        if url.startswith(prefix):
            return url[len(prefix) :].rstrip("/")
        return None
