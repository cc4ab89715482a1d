"""Everything about one case, on demand: timeline, roles, objects and documents.

The parts are fetched concurrently; a part that fails becomes a plain-Dutch warning on the
:class:`CaseDetail` instead of failing the whole case (only when *every* part fails is the error
raised, because then the source itself is unavailable).
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

from kcc_desk.services.catalog_cache import CatalogCache
from kcc_desk.services.config import SourceConfig
from kcc_desk.services.documents import DocumentStore
from kcc_desk.services.errors import ApiError, SourceError
from kcc_desk.services.messages import QT_TRANSLATE_NOOP, Message
from kcc_desk.services.models import CaseDetail, CaseObject, CaseSummary, Role, TimelineStep
from kcc_desk.services.pagination import get_list
from kcc_desk.services.parsing import text
from kcc_desk.services.source_search import SourceCapabilities
from kcc_desk.services.timeline import build_timeline
from kcc_desk.services.zgw_client import ZgwClient

log = logging.getLogger(__name__)

JsonObject = dict[str, Any]
REUSE_FOR_S = 30.0


class CaseDetailLoader:
    def __init__(
        self,
        client: ZgwClient,
        cache: CatalogCache,
        documents: DocumentStore,
        capabilities: dict[str, SourceCapabilities],
    ) -> None:
        self._client = client
        self._caps = capabilities
        self._cache = cache
        self._documents = documents
        # Caller data, cleared on a new caller; reused briefly when the agent flips between cases.
        self._loaded: dict[str, tuple[float, CaseDetail]] = {}

    def clear(self) -> None:
        self._loaded.clear()

    async def load(self, case: CaseSummary, source: SourceConfig) -> CaseDetail:
        cached = self._loaded.get(case.url)
        if cached is not None and time.monotonic() - cached[0] < REUSE_FOR_S:
            return cached[1]
        detail = await self._load(case, source)
        self._loaded[case.url] = (time.monotonic(), detail)
        return detail

    async def _load(self, case: CaseSummary, source: SourceConfig) -> CaseDetail:
        name = source.name
        api = source.zaken_api
        timeline, roles, objects, documents = await asyncio.gather(
            self._timeline(case, api, name),
            self._roles(case, api, name),
            self._objects(case, api, name),
            self._documents.list_for(case, source),
            return_exceptions=True,
        )
        # Whole sentences per part, so a translation never has to glue words together.
        parts: dict[Message, object] = {
            QT_TRANSLATE_NOOP("CaseDetail", "De tijdlijn kon niet worden geladen ({reason})."): (
                timeline
            ),
            QT_TRANSLATE_NOOP(
                "CaseDetail", "De betrokkenen konden niet worden geladen ({reason})."
            ): roles,
            QT_TRANSLATE_NOOP(
                "CaseDetail", "De objecten konden niet worden geladen ({reason})."
            ): objects,
            QT_TRANSLATE_NOOP(
                "CaseDetail", "De documenten konden niet worden geladen ({reason})."
            ): documents,
        }
        errors = {k: v for k, v in parts.items() if isinstance(v, BaseException)}
        for exc in errors.values():
            if not isinstance(exc, SourceError):
                raise exc  # cancellation and bugs are not "a part could not be loaded"
        if len(errors) == len(parts):
            raise next(iter(errors.values()))
        warnings = tuple(
            part.format(reason=exc.reason)
            for part, exc in errors.items()
            if isinstance(exc, SourceError)
        )
        steps, substatus_supported = timeline if isinstance(timeline, tuple) else ((), True)
        docs, doc_warnings = documents if isinstance(documents, tuple) else ((), ())
        return CaseDetail(
            summary=case,
            timeline=steps,
            roles=roles if isinstance(roles, tuple) else (),
            objects=objects if isinstance(objects, tuple) else (),
            documents=docs,
            substatus_supported=substatus_supported,
            warnings=warnings + doc_warnings,
        )

    async def roles(self, case: CaseSummary, source: SourceConfig) -> tuple[Role, ...]:
        """Only the rollen of a case (who handles it), without the rest of the detail."""
        cached = self._loaded.get(case.url)
        if cached is not None and time.monotonic() - cached[0] < REUSE_FOR_S:
            return cached[1].roles
        return await self._roles(case, source.zaken_api, source.name)

    async def _timeline(
        self, case: CaseSummary, api: str, name: str
    ) -> tuple[tuple[TimelineStep, ...], bool]:
        # One wave: the statussen, the substatussen and (from the catalogue, usually without a
        # request) every statustype of the zaaktype.
        statussen_task = asyncio.ensure_future(
            get_list(self._client, api + "statussen", {"zaak": case.url}, source_name=name)
        )
        substatussen_task = asyncio.ensure_future(self._substatussen(case, api, name))
        statustypen_task = asyncio.ensure_future(
            self._cache.types_list(case.zaaktype_url, "statustypen", source_name=name)
        )
        tasks = (statussen_task, substatussen_task, statustypen_task)
        try:
            statussen, _ = await statussen_task
            substatussen, supported = await substatussen_task
            statustypen = await statustypen_task
        finally:
            for task in tasks:
                task.cancel()  # no-op when done; stops the others when one failed
        # Statustypen reached but missing from the zaaktype's list (other version): fetch them.
        known = {text(t, "url") for t in statustypen}
        extra = [u for u in (text(s, "statustype") for s in statussen) if u and u not in known]
        if extra:
            statustypen += list((await self._cache.get_many(extra, source_name=name)).values())
        return build_timeline(statustypen, statussen, substatussen), supported

    async def _substatussen(
        self, case: CaseSummary, api: str, name: str
    ) -> tuple[list[JsonObject], bool]:
        caps = self._caps.get(name)
        if caps is not None and not caps.substatussen:
            return [], False
        try:
            items, _ = await get_list(
                self._client, api + "substatussen", {"zaak": case.url}, source_name=name
            )
        except ApiError as exc:
            if exc.status in (400, 404, 405):  # an Open Zaak extension; others lack it
                if caps is not None:
                    caps.substatussen = False
                return [], False
            raise
        return items, True

    async def _roles(self, case: CaseSummary, api: str, name: str) -> tuple[Role, ...]:
        rollen, _ = await get_list(
            self._client, api + "rollen", {"zaak": case.url}, source_name=name
        )
        missing = [
            text(r, "roltype") for r in rollen if not text(r, "omschrijving") and text(r, "roltype")
        ]
        roltypen = await self._cache.get_many(missing, source_name=name) if missing else {}
        return tuple(_role(r, roltypen.get(text(r, "roltype"))) for r in rollen)

    async def _objects(self, case: CaseSummary, api: str, name: str) -> tuple[CaseObject, ...]:
        items, _ = await get_list(
            self._client, api + "zaakobjecten", {"zaak": case.url}, source_name=name
        )
        return tuple(_case_object(o) for o in items)


def _role(rol: JsonObject, roltype: JsonObject | None) -> Role:
    ident = rol.get("betrokkeneIdentificatie")
    ident = ident if isinstance(ident, dict) else {}
    kind = text(rol, "betrokkeneType")
    return Role(
        omschrijving_generiek=text(rol, "omschrijvingGeneriek"),
        omschrijving=text(rol, "omschrijving") or text(roltype or {}, "omschrijving"),
        betrokkene_type=kind,
        naam=text(rol, "afwijkendeNaamBetrokkene") or betrokkene_name(kind, ident),
        identificatie=_identifier(kind, ident),
    )


def betrokkene_name(kind: str, ident: JsonObject) -> str:
    if kind == "natuurlijk_persoon":
        first = text(ident, "voornamen") or text(ident, "voorletters")
        return _join(first, text(ident, "voorvoegselGeslachtsnaam"), text(ident, "geslachtsnaam"))
    if kind == "niet_natuurlijk_persoon":
        return text(ident, "statutaireNaam")
    if kind == "vestiging":
        names = ident.get("handelsnaam")
        if isinstance(names, list):
            return ", ".join(n for n in names if isinstance(n, str) and n)
        return ""
    if kind == "medewerker":
        return _join(
            text(ident, "voorletters"),
            text(ident, "voorvoegselAchternaam"),
            text(ident, "achternaam"),
        )
    return text(ident, "naam")


def _identifier(kind: str, ident: JsonObject) -> str:
    keys = {
        "natuurlijk_persoon": ("inpBsn", "anpIdentificatie"),
        "niet_natuurlijk_persoon": ("kvkNummer", "innNnpId", "annIdentificatie"),
        "vestiging": ("vestigingsNummer", "kvkNummer"),
        "medewerker": ("identificatie",),
        "organisatorische_eenheid": ("identificatie",),
    }.get(kind, ())
    return next((text(ident, k) for k in keys if text(ident, k)), "")


def _case_object(obj: JsonObject) -> CaseObject:
    ident = obj.get("objectIdentificatie")
    ident = ident if isinstance(ident, dict) else {}
    kind = text(obj, "objectType") or "overige"
    if kind == "overige":
        kind = text(obj, "objectTypeOverige") or kind
    description = format_address(ident) if kind == "adres" else ""
    return CaseObject(
        object_type=kind,
        omschrijving=description
        or text(obj, "relatieomschrijving")
        or text(ident, "omschrijving")
        or text(ident, "identificatie")
        or text(obj, "object"),
    )


def format_address(ident: JsonObject) -> str:
    """``Straat 12a-2, 1234 AB Plaats``; empty when there is no street."""
    street = text(ident, "gorOpenbareRuimteNaam")
    number = ident.get("huisnummer")
    house = str(number) if isinstance(number, int | str) and str(number) else ""
    house += text(ident, "huisletter")
    if text(ident, "huisnummertoevoeging"):
        house += "-" + text(ident, "huisnummertoevoeging")
    postcode = text(ident, "postcode").replace(" ", "").upper()
    if len(postcode) == 6:
        postcode = f"{postcode[:4]} {postcode[4:]}"
    place = _join(postcode, text(ident, "wplWoonplaatsNaam"))
    line = _join(street, house)
    return ", ".join(p for p in (line, place) if p) if street else ""


def _join(*parts: str) -> str:
    return " ".join(p for p in parts if p)
