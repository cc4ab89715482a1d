"""Filters and ordering of the Zaken API list endpoints, with Open Zaak 1.30's parameter set
(and the smaller Zaken API 1.0 set for the compatibility mode)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import date
from typing import Any

from kcc_desk.demo.context import SourceContext
from kcc_desk.demo.data.model import RolRec, ZaakRec
from kcc_desk.demo.http_common import (
    BOOL_VALUES,
    PAGE_PARAMS,
    Validator,
    any_value,
    bool_value,
    choice,
    date_value,
    max_length,
    multi_choice,
    url_value,
)
from kcc_desk.services.models import CONFIDENTIALITY_LEVELS  # the ZGW enum, in order

BETROKKENE_TYPES = (
    "natuurlijk_persoon",
    "niet_natuurlijk_persoon",
    "vestiging",
    "organisatorische_eenheid",
    "medewerker",
)
# Zaken/Catalogi API RolOmschrijving (the rol filters and the roltypen filter both take it).
ROL_GENERIEK = (
    "adviseur",
    "behandelaar",
    "belanghebbende",
    "beslisser",
    "initiator",
    "klantcontacter",
    "zaakcoordinator",
    "mede_initiator",
)
_NESTED_EXPAND = (
    "resultaat",
    "resultaat.resultaattype",
    "rollen",
    "rollen.roltype",
    "status",
    "status.statustype",
    "zaakinformatieobjecten",
    "zaakobjecten",
    "zaaktype",
)
# The enum of Open Zaak 1.30 (zaken-api-1.5.1-openzaak-1.30.0.yaml › /zaken GET › expand).
EXPAND_CHOICES: tuple[str, ...] = tuple(
    sorted(
        [
            "deelzaken",
            "eigenschappen",
            "eigenschappen.eigenschap",
            "hoofdzaak",
            *_NESTED_EXPAND,
            *(f"deelzaken.{x}" for x in _NESTED_EXPAND),
            *(f"hoofdzaak.{x}" for x in _NESTED_EXPAND),
        ]
    )
)
ORDERING_FIELDS = (
    "archiefactiedatum",
    "einddatum",
    "identificatie",
    "publicatiedatum",
    "registratiedatum",
    "startdatum",
)
ORDERING_CHOICES = tuple(sorted([*ORDERING_FIELDS, *(f"-{f}" for f in ORDERING_FIELDS)]))

ZaakPredicate = Callable[[ZaakRec, str, SourceContext], bool]


def _rol_matches(attr: str) -> ZaakPredicate:
    def check(zaak: ZaakRec, value: str, ctx: SourceContext) -> bool:
        return any(getattr(r, attr) == value for r in ctx.store.rollen_by_zaak[zaak.uuid])

    return check


def _rol_ident(key: str, betrokkene_type: str) -> ZaakPredicate:
    def check(zaak: ZaakRec, value: str, ctx: SourceContext) -> bool:
        return any(
            r.betrokkene_type == betrokkene_type and r.identificatie.get(key) == value
            for r in ctx.store.rollen_by_zaak[zaak.uuid]
        )

    return check


def _date_cmp(attr: str, op: str) -> ZaakPredicate:
    def check(zaak: ZaakRec, value: str, ctx: SourceContext) -> bool:
        del ctx
        current: date | None = getattr(zaak, attr)
        if current is None:
            return False
        wanted = date.fromisoformat(value)
        if op == "eq":
            return current == wanted
        if op == "gt":
            return current > wanted
        if op == "gte":
            return current >= wanted
        if op == "lt":
            return current < wanted
        return current <= wanted

    return check


def _never(zaak: ZaakRec, value: str, ctx: SourceContext) -> bool:
    # Demo cases have no archiefnominatie, kenmerken, machtigingen or vestiging roles.
    del zaak, value, ctx
    return False


def _archief_isnull(zaak: ZaakRec, value: str, ctx: SourceContext) -> bool:
    del zaak, ctx
    return BOOL_VALUES[value]


def _einddatum_isnull(zaak: ZaakRec, value: str, ctx: SourceContext) -> bool:
    del ctx
    return (zaak.einddatum is None) == BOOL_VALUES[value]


def _max_vertrouwelijkheid(zaak: ZaakRec, value: str, ctx: SourceContext) -> bool:
    del ctx
    return CONFIDENTIALITY_LEVELS.index(zaak.vertrouwelijkheid) <= CONFIDENTIALITY_LEVELS.index(
        value
    )


def _zaaktype(zaak: ZaakRec, value: str, ctx: SourceContext) -> bool:
    return ctx.store.zaaktype_by_url.get(value) == zaak.zaaktype_uuid


def _zaaktype_omschrijving(zaak: ZaakRec, value: str, ctx: SourceContext) -> bool:
    return ctx.store.data.zaaktypen[zaak.zaaktype_uuid].omschrijving == value


def _status_statustype(zaak: ZaakRec, value: str, ctx: SourceContext) -> bool:
    status = zaak.status_uuid
    if status is None:
        return False
    st = ctx.store.data.statussen[status].statustype_uuid
    return ctx.store.urls.catalogi("statustypen", st) == value


def _resultaat_resultaattype(zaak: ZaakRec, value: str, ctx: SourceContext) -> bool:
    if zaak.resultaat_uuid is None:
        return False
    rt = ctx.store.data.resultaten[zaak.resultaat_uuid].resultaattype_uuid
    return ctx.store.urls.catalogi("resultaattypen", rt) == value


def _archiefstatus(zaak: ZaakRec, value: str, ctx: SourceContext) -> bool:
    del zaak, ctx
    return value == "nog_te_archiveren"


def _archiefstatus_in(zaak: ZaakRec, value: str, ctx: SourceContext) -> bool:
    del zaak, ctx
    return "nog_te_archiveren" in value.split(",")


def _rol_betrokkene(zaak: ZaakRec, value: str, ctx: SourceContext) -> bool:
    del zaak, value, ctx
    return False  # demo roles carry betrokkeneIdentificatie, never a betrokkene URL


_NP = "rol__betrokkeneIdentificatie__natuurlijkPersoon__"
_NNP = "rol__betrokkeneIdentificatie__nietNatuurlijkPersoon__"

# name -> (validator, predicate); the keys are exactly the OZ 1.30 /zaken GET parameters.
ZAKEN_FILTERS: dict[str, tuple[Validator, ZaakPredicate]] = {
    "archiefactiedatum": (date_value, _never),
    "archiefactiedatum__gt": (date_value, _never),
    "archiefactiedatum__isnull": (bool_value, _archief_isnull),
    "archiefactiedatum__lt": (date_value, _never),
    "archiefnominatie": (choice(("blijvend_bewaren", "vernietigen")), _never),
    "archiefnominatie__in": (any_value, _never),
    "archiefstatus": (
        choice(
            (
                "nog_te_archiveren",
                "gearchiveerd",
                "gearchiveerd_procestermijn_onbekend",
                "overgedragen",
            )
        ),
        _archiefstatus,
    ),
    "archiefstatus__in": (any_value, _archiefstatus_in),
    "bronorganisatie": (max_length(9), lambda z, v, c: z.bronorganisatie == v),
    "bronorganisatie__in": (any_value, lambda z, v, c: z.bronorganisatie in v.split(",")),
    "einddatum": (date_value, _date_cmp("einddatum", "eq")),
    "einddatumGepland": (date_value, _date_cmp("einddatum_gepland", "eq")),
    "einddatumGepland__gt": (date_value, _date_cmp("einddatum_gepland", "gt")),
    "einddatumGepland__lt": (date_value, _date_cmp("einddatum_gepland", "lt")),
    "einddatum__gt": (date_value, _date_cmp("einddatum", "gt")),
    "einddatum__isnull": (bool_value, _einddatum_isnull),
    "einddatum__lt": (date_value, _date_cmp("einddatum", "lt")),
    "identificatie": (max_length(40), lambda z, v, c: z.identificatie == v),
    "identificatie__icontains": (any_value, lambda z, v, c: v.lower() in z.identificatie.lower()),
    "kenmerk": (any_value, _never),
    "kenmerk__bron": (any_value, _never),
    "maximaleVertrouwelijkheidaanduiding": (choice(CONFIDENTIALITY_LEVELS), _max_vertrouwelijkheid),
    "omschrijving": (any_value, lambda z, v, c: z.omschrijving == v),
    "registratiedatum": (date_value, _date_cmp("registratiedatum", "eq")),
    "registratiedatum__gt": (date_value, _date_cmp("registratiedatum", "gt")),
    "registratiedatum__lt": (date_value, _date_cmp("registratiedatum", "lt")),
    "resultaat__resultaattype": (url_value, _resultaat_resultaattype),
    "rol__betrokkene": (url_value, _rol_betrokkene),
    "rol__betrokkeneIdentificatie__medewerker__identificatie": (
        max_length(128),
        _rol_matches("medewerker_id"),
    ),
    f"{_NP}anpIdentificatie": (
        max_length(17),
        _rol_ident("anpIdentificatie", "natuurlijk_persoon"),
    ),
    f"{_NP}inpA_nummer": (max_length(10), _rol_ident("inpA_nummer", "natuurlijk_persoon")),
    f"{_NP}inpBsn": (max_length(9), _rol_matches("bsn")),
    f"{_NNP}annIdentificatie": (
        max_length(17),
        _rol_ident("annIdentificatie", "niet_natuurlijk_persoon"),
    ),
    f"{_NNP}innNnpId": (max_length(9), _rol_matches("inn_nnp_id")),
    f"{_NNP}kvkNummer": (max_length(8), _rol_matches("kvk")),
    f"{_NNP}vestigingsNummer": (max_length(24), _rol_matches("vestigingsnummer")),
    "rol__betrokkeneIdentificatie__organisatorischeEenheid__identificatie": (
        max_length(24),
        _never,
    ),
    "rol__betrokkeneIdentificatie__vestiging__kvkNummer": (max_length(8), _never),
    "rol__betrokkeneIdentificatie__vestiging__vestigingsNummer": (max_length(24), _never),
    "rol__betrokkeneType": (
        choice(BETROKKENE_TYPES),
        lambda z, v, c: any(r.betrokkene_type == v for r in c.store.rollen_by_zaak[z.uuid]),
    ),
    "rol__machtiging": (choice(("eigen", "gemachtigde", "machtiginggever")), _never),
    "rol__machtiging__loa": (any_value, _never),
    "rol__omschrijvingGeneriek": (
        choice(ROL_GENERIEK),
        lambda z, v, c: any(r.omschrijving_generiek == v for r in c.store.rollen_by_zaak[z.uuid]),
    ),
    "startdatum": (date_value, _date_cmp("startdatum", "eq")),
    "startdatum__gt": (date_value, _date_cmp("startdatum", "gt")),
    "startdatum__gte": (date_value, _date_cmp("startdatum", "gte")),
    "startdatum__lt": (date_value, _date_cmp("startdatum", "lt")),
    "startdatum__lte": (date_value, _date_cmp("startdatum", "lte")),
    "status__statustype": (url_value, _status_statustype),
    "uiterlijkeEinddatumAfdoening": (date_value, _date_cmp("uiterlijke_einddatum_afdoening", "eq")),
    "uiterlijkeEinddatumAfdoening__gt": (
        date_value,
        _date_cmp("uiterlijke_einddatum_afdoening", "gt"),
    ),
    "uiterlijkeEinddatumAfdoening__lt": (
        date_value,
        _date_cmp("uiterlijke_einddatum_afdoening", "lt"),
    ),
    "zaaktype": (url_value, _zaaktype),
    "zaaktype__omschrijving": (any_value, _zaaktype_omschrijving),
}
# Filters Zaken API 1.0.0 knows on /zaken (zaken-api-1.0.0.yaml): no rol__ filters, no expand.
ZAKEN_FILTERS_1_0 = (
    "identificatie",
    "bronorganisatie",
    "zaaktype",
    "archiefnominatie",
    "archiefnominatie__in",
    "archiefactiedatum",
    "archiefactiedatum__lt",
    "archiefactiedatum__gt",
    "archiefstatus",
    "archiefstatus__in",
    "startdatum",
    "startdatum__gt",
    "startdatum__gte",
    "startdatum__lt",
    "startdatum__lte",
)
# Index shortcuts: these filters can start from the role index instead of a full scan.
_INDEXED = {
    f"{_NP}inpBsn": "bsn",
    f"{_NNP}innNnpId": "inn_nnp_id",
    f"{_NNP}kvkNummer": "kvk",
    f"{_NNP}vestigingsNummer": "vestigingsnummer",
}


def zaken_allowed(ctx: SourceContext) -> dict[str, Validator]:
    if ctx.compat_1_0:
        allowed = {name: ZAKEN_FILTERS[name][0] for name in ZAKEN_FILTERS_1_0}
        allowed["ordering"] = multi_choice(ORDERING_CHOICES)
        return {**allowed, **PAGE_PARAMS}
    allowed = {name: validator for name, (validator, _) in ZAKEN_FILTERS.items()}
    allowed["ordering"] = multi_choice(ORDERING_CHOICES)
    allowed["expand"] = multi_choice(EXPAND_CHOICES)
    return {**allowed, **PAGE_PARAMS}


def filter_zaken(ctx: SourceContext, filters: Mapping[str, str]) -> list[ZaakRec]:
    store = ctx.store
    candidates: Iterable[ZaakRec] | None = None
    for name, key in _INDEXED.items():
        if name in filters:
            uuids = store.zaken_by_key[key].get(filters[name], set())
            candidates = [store.data.zaken[u] for u in uuids]
            break
    if candidates is None and "identificatie" in filters:
        candidates = list(store.zaken_by_identificatie.get(filters["identificatie"], []))
    if candidates is None:
        candidates = store.data.zaken.values()
    predicates = [(ZAKEN_FILTERS[n][1], v) for n, v in filters.items() if n in ZAKEN_FILTERS]
    return [z for z in candidates if all(p(z, v, ctx) for p, v in predicates)]


def order_zaken(zaken: list[ZaakRec], ordering: str | None) -> list[ZaakRec]:
    # Default: newest first, identificatie as a tie-breaker so pages are stable.
    result = sorted(zaken, key=lambda z: z.identificatie, reverse=True)
    result.sort(key=lambda z: z.startdatum, reverse=True)
    if not ordering:
        return result
    for term in reversed([t.strip() for t in ordering.split(",") if t.strip()]):
        field = term.lstrip("-")
        reverse = term.startswith("-")
        attr = {
            "startdatum": "startdatum",
            "einddatum": "einddatum",
            "registratiedatum": "registratiedatum",
            "identificatie": "identificatie",
        }.get(field)
        if attr is None:
            continue  # publicatiedatum/archiefactiedatum are null on every demo case

        def sort_key(z: ZaakRec, attr: str = attr) -> tuple[bool, Any]:
            value = getattr(z, attr)
            return (value is not None, value if value is not None else "")

        result.sort(key=sort_key, reverse=reverse)
    return result


_ROL_NP = "betrokkeneIdentificatie__natuurlijkPersoon__"
_ROL_NNP = "betrokkeneIdentificatie__nietNatuurlijkPersoon__"
ROLLEN_FILTERS: dict[str, tuple[Validator, Callable[[RolRec, str], bool]]] = {
    "betrokkene": (url_value, lambda r, v: False),
    "betrokkeneIdentificatie__medewerker__identificatie": (
        max_length(128),
        lambda r, v: r.medewerker_id == v,
    ),
    f"{_ROL_NP}anpIdentificatie": (max_length(17), lambda r, v: False),
    f"{_ROL_NP}inpA_nummer": (max_length(10), lambda r, v: False),
    f"{_ROL_NP}inpBsn": (max_length(9), lambda r, v: r.bsn == v),
    f"{_ROL_NNP}annIdentificatie": (max_length(17), lambda r, v: False),
    f"{_ROL_NNP}innNnpId": (max_length(9), lambda r, v: r.inn_nnp_id == v),
    f"{_ROL_NNP}kvkNummer": (max_length(8), lambda r, v: r.kvk == v),
    f"{_ROL_NNP}vestigingsNummer": (max_length(24), lambda r, v: r.vestigingsnummer == v),
    "betrokkeneIdentificatie__organisatorischeEenheid__identificatie": (
        max_length(24),
        lambda r, v: False,
    ),
    "betrokkeneIdentificatie__vestiging__kvkNummer": (max_length(8), lambda r, v: False),
    "betrokkeneIdentificatie__vestiging__vestigingsNummer": (max_length(24), lambda r, v: False),
    "betrokkeneType": (choice(BETROKKENE_TYPES), lambda r, v: r.betrokkene_type == v),
    "machtiging": (choice(("eigen", "gemachtigde", "machtiginggever")), lambda r, v: False),
    "machtiging__loa": (any_value, lambda r, v: False),
    "omschrijving": (max_length(20), lambda r, v: r.omschrijving == v),
    "omschrijvingGeneriek": (choice(ROL_GENERIEK), lambda r, v: r.omschrijving_generiek == v),
}
# OZ-only experimental filters that a 1.0 server does not know.
ROLLEN_NOT_IN_1_0 = {
    f"{_ROL_NNP}kvkNummer",
    f"{_ROL_NNP}vestigingsNummer",
    "betrokkeneIdentificatie__vestiging__kvkNummer",
    "machtiging",
    "machtiging__loa",
}
