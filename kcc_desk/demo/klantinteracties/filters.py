"""The query filters of each demo Klantinteracties resource, as django-filter in Open Klant 2.18
defines them (exact, case-sensitive matches; nested look-ups through the related records), the
``expand`` choices and the list ordering."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from kcc_desk.demo.klantinteracties import digitaal
from kcc_desk.demo.klantinteracties.store import JsonDict, KlantinteractiesStore
from kcc_desk.demo.klantinteracties.validation import parse_datetime

Predicate = Callable[[KlantinteractiesStore, JsonDict, Any], bool]


@dataclass(frozen=True, slots=True)
class Filter:
    kind: str  # str | uuid | url | bool | date | datetime | choice
    match: Predicate
    choices: tuple[str, ...] = ()


def _eq(field: str) -> Predicate:
    return lambda _s, r, v: r.get(field) == v


def _nested_eq(group: str, field: str) -> Predicate:
    return lambda _s, r, v: (r.get(group) or {}).get(field) == v


def _partij_identificator_any(
    field: str,
) -> Callable[[KlantinteractiesStore, str | None, Any], bool]:
    def match(s: KlantinteractiesStore, partij: str | None, v: Any) -> bool:
        if not partij:
            return False
        return any(
            (i.get("partijIdentificator") or {}).get(field) == v
            for i in s.partij_identificatoren_of(partij)
        )

    return match


def _on_partij(
    inner: Callable[[KlantinteractiesStore, str | None, Any], bool],
    partij_of: Callable[[JsonDict], str | None],
) -> Predicate:
    return lambda s, r, v: inner(s, partij_of(r), v)


def _kc_betrokkene_partij_identificator(field: str) -> Predicate:
    inner = _partij_identificator_any(field)

    def match(s: KlantinteractiesStore, r: JsonDict, v: Any) -> bool:
        return any(
            inner(s, b.get("wasPartij"), v)
            for b in s.children("betrokkenen", "hadKlantcontact", r["uuid"])
        )

    return match


def _kc_onderwerpobject(fk: str, field: str) -> Predicate:
    def match(s: KlantinteractiesStore, r: JsonDict, v: Any) -> bool:
        return any(
            (o.get("onderwerpobjectidentificator") or {}).get(field) == v
            for o in s.children("onderwerpobjecten", fk, r["uuid"])
        )

    return match


def _kc_child_uuid(resource: str, fk: str) -> Predicate:
    return lambda s, r, v: any(c["uuid"] == v for c in s.children(resource, fk, r["uuid"]))


def _never(_s: KlantinteractiesStore, _r: JsonDict, _v: Any) -> bool:
    """Filters on data the demo never has (digitale adressen, categorieën, vertegenwoordiging):
    accepted like Open Klant accepts them, matching nothing."""
    return False


def _address_filters(prefix: str, group: str) -> dict[str, Filter]:
    fields = ("adresregel1", "adresregel2", "adresregel3", "land", "nummeraanduidingId")
    return {f"{prefix}{f[0].upper()}{f[1:]}": Filter("str", _nested_eq(group, f)) for f in fields}


def _sub_identificator(field: str) -> Predicate:
    def match(s: KlantinteractiesStore, r: JsonDict, v: Any) -> bool:
        for ident in s.partij_identificatoren_of(r["uuid"]):
            parent = s.get("partij-identificatoren", ident.get("subIdentificatorVan") or "")
            if parent is not None and (parent.get("partijIdentificator") or {}).get(field) == v:
                return True
        return False

    return match


def _with_url_variants(filters: dict[str, Filter]) -> dict[str, Filter]:
    """Every ``x__uuid`` filter also exists as ``x__url`` (the uuid is the URL's last part)."""
    result = dict(filters)
    for name, flt in filters.items():
        if name.endswith("__uuid"):
            base = name[: -len("__uuid")]
            result[base + "__url"] = Filter("url", flt.match)
    return result


def _identificator_filters(prefix: str, group: str, fields: Iterable[str]) -> dict[str, Filter]:
    return {
        f"{prefix}{field[0].upper()}{field[1:]}": Filter("str", _nested_eq(group, field))
        for field in fields
    }


_ID_FIELDS = ("objectId", "codeObjecttype", "codeRegister", "codeSoortObjectId")

KLANTCONTACT_FILTERS: dict[str, Filter] = _with_url_variants(
    {
        **{
            f"hadBetrokkene__wasPartij__partijIdentificator__{f}": Filter(
                "str", _kc_betrokkene_partij_identificator(f)
            )
            for f in _ID_FIELDS
        },
        "hadBetrokkene__uuid": Filter("uuid", _kc_child_uuid("betrokkenen", "hadKlantcontact")),
        "hadBetrokkene__wasPartij__uuid": Filter(
            "uuid",
            lambda s, r, v: any(
                b.get("wasPartij") == v
                for b in s.children("betrokkenen", "hadKlantcontact", r["uuid"])
            ),
        ),
        "hadBetrokkene__wasPartij": Filter(
            "bool",
            lambda s, r, v: (
                any(
                    bool(b.get("wasPartij"))
                    for b in s.children("betrokkenen", "hadKlantcontact", r["uuid"])
                )
                == v
            ),
        ),
        **{
            f"onderwerpobject__onderwerpobjectidentificator{f[0].upper()}{f[1:]}": Filter(
                "str", _kc_onderwerpobject("klantcontact", f)
            )
            for f in _ID_FIELDS
        },
        "onderwerpobject__uuid": Filter(
            "uuid", _kc_child_uuid("onderwerpobjecten", "klantcontact")
        ),
        **{
            f"wasOnderwerpobject__onderwerpobjectidentificator{f[0].upper()}{f[1:]}": Filter(
                "str", _kc_onderwerpobject("wasKlantcontact", f)
            )
            for f in _ID_FIELDS
        },
        "wasOnderwerpobject__uuid": Filter(
            "uuid", _kc_child_uuid("onderwerpobjecten", "wasKlantcontact")
        ),
        **{
            name: Filter("str", _eq(name))
            for name in ("kanaal", "onderwerp", "inhoud", "reactie", "nummer", "referentienummer")
        },
        "indicatieContactGelukt": Filter("bool", _eq("indicatieContactGelukt")),
        "vertrouwelijk": Filter("bool", _eq("vertrouwelijk")),
        "hadBetrokkene__digitaaladres__adres__icontains": Filter("str", _never),
        "leiddeTotInterneTaken": Filter(
            "bool",
            lambda s, r, v: (
                bool(s.children("internetaken", "aanleidinggevendKlantcontact", r["uuid"])) == v
            ),
        ),
        "plaatsgevondenOp": Filter(
            "datetime",
            lambda _s, r, v: parse_datetime(r["plaatsgevondenOp"]) == v,
        ),
    }
)

PARTIJ_FILTERS: dict[str, Filter] = _with_url_variants(
    {
        **{
            f"partijIdentificator__{f}": Filter(
                "str",
                _on_partij(_partij_identificator_any(f), lambda r: r["uuid"]),
            )
            for f in _ID_FIELDS
        },
        "soortPartij": Filter(
            "choice", _eq("soortPartij"), ("contactpersoon", "organisatie", "persoon")
        ),
        "indicatieActief": Filter("bool", _eq("indicatieActief")),
        "indicatieGeheimhouding": Filter("bool", _eq("indicatieGeheimhouding")),
        "nummer": Filter("str", _eq("nummer")),
        **_address_filters("bezoekadres", "bezoekadres"),
        **_address_filters("correspondentieadres", "correspondentieadres"),
        **{f"subIdentificatorVan__{f}": Filter("str", _sub_identificator(f)) for f in _ID_FIELDS},
        "categorierelatie__categorie__naam": Filter("str", _never),
        "vertegenwoordigdePartij__uuid": Filter("uuid", _never),
    }
)

PARTIJ_IDENTIFICATOR_FILTERS: dict[str, Filter] = {
    **_identificator_filters("partijIdentificator", "partijIdentificator", ("objectId",)),
    "partijIdentificatorCodeObjecttype": Filter(
        "choice",
        _nested_eq("partijIdentificator", "codeObjecttype"),
        ("natuurlijk_persoon", "niet_natuurlijk_persoon", "vestiging"),
    ),
    "partijIdentificatorCodeRegister": Filter(
        "choice", _nested_eq("partijIdentificator", "codeRegister"), ("brp", "hr")
    ),
    "partijIdentificatorCodeSoortObjectId": Filter(
        "choice",
        _nested_eq("partijIdentificator", "codeSoortObjectId"),
        ("bsn", "kvk_nummer", "rsin", "vestigingsnummer"),
    ),
    "anderePartijIdentificator": Filter("str", _eq("anderePartijIdentificator")),
}


def _betrokkene_kc_field(field: str) -> Predicate:
    def match(s: KlantinteractiesStore, r: JsonDict, v: Any) -> bool:
        kc = s.get("klantcontacten", r.get("hadKlantcontact") or "")
        return kc is not None and kc.get(field) == v

    return match


BETROKKENE_FILTERS: dict[str, Filter] = _with_url_variants(
    {
        "hadKlantcontact__uuid": Filter("uuid", _eq("hadKlantcontact")),
        "hadKlantcontact__nummer": Filter("str", _betrokkene_kc_field("nummer")),
        "hadKlantcontact__referentienummer": Filter(
            "str", _betrokkene_kc_field("referentienummer")
        ),
        "wasPartij__uuid": Filter("uuid", _eq("wasPartij")),
        **{
            f"wasPartij__partijIdentificator__{f}": Filter(
                "str",
                _on_partij(_partij_identificator_any(f), lambda r: r.get("wasPartij")),
            )
            for f in _ID_FIELDS
        },
        **{
            f"contactnaam{f[0].upper()}{f[1:]}": Filter("str", _nested_eq("contactnaam", f))
            for f in ("voorletters", "voornaam", "voorvoegselAchternaam", "achternaam")
        },
        "organisatienaam": Filter("str", _eq("organisatienaam")),
        "wasPartij__nummer": Filter(
            "str",
            lambda s, r, v: (s.get("partijen", r.get("wasPartij") or "") or {}).get("nummer") == v,
        ),
        "verstrektedigitaalAdres__adres": Filter("str", _never),
        "verstrektedigitaalAdres__uuid": Filter("uuid", _never),
    }
)

ONDERWERPOBJECT_FILTERS: dict[str, Filter] = _with_url_variants(
    {
        **_identificator_filters(
            "onderwerpobjectidentificator", "onderwerpobjectidentificator", _ID_FIELDS
        ),
        "klantcontact__uuid": Filter("uuid", _eq("klantcontact")),
        "wasKlantcontact__uuid": Filter("uuid", _eq("wasKlantcontact")),
    }
)

ACTOR_FILTERS: dict[str, Filter] = {
    **_identificator_filters("actoridentificator", "actoridentificator", _ID_FIELDS),
    "indicatieActief": Filter("bool", lambda _s, r, v: r.get("indicatieActief", True) == v),
    "naam": Filter("str", _eq("naam")),
    "soortActor": Filter(
        "choice",
        _eq("soortActor"),
        ("geautomatiseerde_actor", "medewerker", "organisatorische_eenheid"),
    ),
}

ACTORKLANTCONTACT_FILTERS: dict[str, Filter] = _with_url_variants(
    {
        "actor__uuid": Filter("uuid", _eq("actor")),
        "klantcontact__uuid": Filter("uuid", _eq("klantcontact")),
    }
)


def _task_kc_field(field: str) -> Predicate:
    def match(s: KlantinteractiesStore, r: JsonDict, v: Any) -> bool:
        kc = s.get("klantcontacten", r["aanleidinggevendKlantcontact"])
        return kc is not None and kc.get(field) == v

    return match


def _task_actor_name(s: KlantinteractiesStore, r: JsonDict, v: Any) -> bool:
    for actor_key in r.get("toegewezenAanActoren") or ():
        actor = s.get("actoren", actor_key)
        if actor is not None and actor.get("naam") == v:
            return True
    return False


INTERNETAAK_FILTERS: dict[str, Filter] = {
    # the spec has klantcontact__uuid but no klantcontact__url
    "klantcontact__uuid": Filter("uuid", _eq("aanleidinggevendKlantcontact")),
    **_with_url_variants(
        {
            "aanleidinggevendKlantcontact__uuid": Filter(
                "uuid", _eq("aanleidinggevendKlantcontact")
            ),
            "klantcontact__nummer": Filter("str", _task_kc_field("nummer")),
            "klantcontact__referentienummer": Filter("str", _task_kc_field("referentienummer")),
            "actoren__naam": Filter("str", _task_actor_name),
            "nummer": Filter("str", _eq("nummer")),
            "referentienummer": Filter("str", _eq("referentienummer")),
            "status": Filter("choice", _eq("status"), ("te_verwerken", "verwerkt")),
            "toegewezenAanActor__uuid": Filter(
                "uuid", lambda _s, r, v: v in (r.get("toegewezenAanActoren") or ())
            ),
            "toegewezenOp": Filter(
                "datetime", lambda _s, r, v: parse_datetime(r["toegewezenOp"]) == v
            ),
        }
    ),
}

FILTERS: dict[str, dict[str, Filter]] = {
    "partijen": PARTIJ_FILTERS,
    "partij-identificatoren": PARTIJ_IDENTIFICATOR_FILTERS,
    "klantcontacten": KLANTCONTACT_FILTERS,
    "betrokkenen": BETROKKENE_FILTERS,
    "onderwerpobjecten": ONDERWERPOBJECT_FILTERS,
    "actoren": ACTOR_FILTERS,
    "actorklantcontacten": ACTORKLANTCONTACT_FILTERS,
    "internetaken": INTERNETAAK_FILTERS,
    "digitaleadressen": digitaal.filters(Filter),
}

EXPAND_CHOICES: dict[str, tuple[str, ...]] = {
    "klantcontacten": (
        "gingOverOnderwerpobjecten",
        "hadBetrokkenen",
        "hadBetrokkenen.digitaleAdressen",
        "hadBetrokkenen.wasPartij",
        "leiddeTotInterneTaken",
        "omvatteBijlagen",
    ),
    "partijen": (
        "betrokkenen",
        "betrokkenen.hadKlantcontact",
        "categorieRelaties",
        "digitaleAdressen",
    ),
    "betrokkenen": ("digitaleAdressen",),
    "digitaleadressen": (
        "verstrektDoorBetrokkene",
        "verstrektDoorBetrokkene.hadKlantcontact",
        "verstrektDoorBetrokkene.hadKlantcontact.leiddeTotInterneTaken",
    ),
}

# Newest first where a list is a history; creation order elsewhere.
ORDERING: dict[str, str] = {"klantcontacten": "plaatsgevondenOp", "internetaken": "toegewezenOp"}
