"""The zaaktypen a KCC is asked about, with their steps in plain Dutch (B1).

The definitions are data, in ``zaaktypen.toml`` beside this module (steps and results several
zaaktypen share are written once there, under ``[stap]`` and ``[resultaat]``); this module reads
them into typed records. ``cases.py`` gives every source its own copy with fresh UUIDs. The
``statustekst`` is what the agent may read out to the caller, so it is written for citizens.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

DEFINITIONS = Path(__file__).with_name("zaaktypen.toml")
T = TypeVar("T", "StatusDef", "ResultaatDef")


@dataclass(frozen=True, slots=True)
class StatusDef:
    omschrijving: str
    statustekst: str
    doorlooptijd_days: int  # typical time from the previous step to this one


@dataclass(frozen=True, slots=True)
class ResultaatDef:
    omschrijving: str  # max 30 characters (ResultaatType.omschrijving)
    generiek: str
    toelichting: str


@dataclass(frozen=True, slots=True)
class ZaakTypeDef:
    key: str
    code: str
    omschrijving: str
    onderwerp: str
    doel: str
    handeling_initiator: str
    doorlooptijd_days: int
    vertrouwelijkheid: str
    statussen: tuple[StatusDef, ...]
    resultaten: tuple[ResultaatDef, ...]
    initiator: str  # "persoon", "bedrijf" or "beide"
    object_kind: str | None  # "woonadres" (the caller's address), "openbare_ruimte" or None
    documenten: tuple[tuple[str, str], ...]  # (titel, informatieobjecttype key)
    omschrijvingen: tuple[str, ...]  # case descriptions to pick from
    servicenorm_days: int | None = None
    verlenging_mogelijk: bool = False


def _entries(
    tables: list[dict[str, Any]], shared: dict[str, dict[str, Any]], make: type[T]
) -> tuple[T, ...]:
    """Each entry either names a shared one (``gedeeld = "..."``) or spells it out."""
    return tuple(make(**(shared[t["gedeeld"]] if "gedeeld" in t else t)) for t in tables)


def _zaaktype(table: dict[str, Any], steps: dict[str, Any], results: dict[str, Any]) -> ZaakTypeDef:
    fields = {k: v for k, v in table.items() if k not in ("stap", "resultaat")}
    return ZaakTypeDef(
        **{
            **fields,
            "object_kind": fields.get("object_kind"),
            "documenten": tuple((titel, key) for titel, key in fields["documenten"]),
            "omschrijvingen": tuple(fields["omschrijvingen"]),
            "statussen": _entries(table["stap"], steps, StatusDef),
            "resultaten": _entries(table["resultaat"], results, ResultaatDef),
        }
    )


def load_definitions(
    path: Path = DEFINITIONS,
) -> tuple[tuple[ZaakTypeDef, ...], dict[str, tuple[str, str, str]]]:
    """The zaaktypen in file order (the generated data follows it) and the
    informatieobjecttypen: key -> (omschrijving, categorie, vertrouwelijkheid)."""
    with path.open("rb") as f:
        raw = tomllib.load(f)
    zaaktypen = tuple(_zaaktype(t, raw["stap"], raw["resultaat"]) for t in raw["zaaktype"])
    iots = {
        key: (t["omschrijving"], t["categorie"], t["vertrouwelijkheid"])
        for key, t in raw["informatieobjecttype"].items()
    }
    return zaaktypen, iots


ZAAKTYPE_DEFS, INFORMATIEOBJECTTYPE_DEFS = load_definitions()
ZAAKTYPE_BY_KEY: dict[str, ZaakTypeDef] = {z.key: z for z in ZAAKTYPE_DEFS}
