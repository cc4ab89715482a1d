"""`kcc-desk lookup --query TEXT`: the search box's own detection, without a window (issue 14).

A BSN, KVK or case number is searched as with ``--bsn``/``--kvk``/``--zaak``. A surname with date
of birth or a postcode with house number goes to the BRP, a phone number or e-mail address to
Klantinteracties; one person found → that person's cases as for ``--bsn``; several → the persons
only; none → an empty list. Exit codes as ``lookup``: 0 · 3 partial · 1 failed (also: the BRP or
Klantinteracties could not answer) · 2 invalid input (nothing is sent). The text output masks the
BSN; ``--json`` adds ``"persons"``.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import TYPE_CHECKING, Any

from kcc_desk.commands import lookup as base

if TYPE_CHECKING:
    from kcc_desk.services.models import CaseDetail, LookupResult
    from kcc_desk.services.persons.models import PersonMatch


def run_query(args: argparse.Namespace) -> int:
    import asyncio

    from kcc_desk.commands.config_check import load_usable_config
    from kcc_desk.services.errors import KccError
    from kcc_desk.services.identifiers import (
        IdentifierKind,
        InvalidIdentifierError,
        parse_identifier,
    )

    try:
        query = parse_identifier(args.query)
    except InvalidIdentifierError as exc:
        print(f"kcc-desk lookup: {exc.message}", file=sys.stderr)
        return base.EXIT_INVALID
    config = load_usable_config(args.config)  # unusable: bad input (exit 2, in cli)
    timeline = bool(args.timeline) or query.kind is IdentifierKind.ZAAK
    try:
        persons, result, details = asyncio.run(_run(config, query, timeline))
    except KccError as exc:  # the BRP or Klantinteracties could not answer: say it, plainly
        print(exc.message, file=sys.stderr)
        return base.EXIT_ALL_FAILED
    if args.json:
        print(_json(query, persons, result, details, timeline))
    else:
        print(_text(persons, result, details))
    if result is None:
        return base.EXIT_OK
    if result.all_failed:
        return base.EXIT_ALL_FAILED
    return base.EXIT_PARTIAL if result.partial else base.EXIT_OK


async def _run(
    config: Any, query: Any, timeline: bool
) -> tuple[list[PersonMatch] | None, LookupResult | None, dict[str, CaseDetail]]:
    from kcc_desk.services.identifiers import IdentifierKind, Query
    from kcc_desk.services.persons.service import PersonService

    if not query.kind.is_person_search:
        result, details, _roles = await base._lookup(config, query, timeline)
        return None, result, details
    async with PersonService(config) as service:
        found = await service.find(query)
    persons = list(found.persons)
    if len(persons) != 1:
        return persons, None, {}
    result, details, _roles = await base._lookup(
        config, Query(IdentifierKind.BSN, persons[0].bsn), timeline
    )
    return persons, result, details


def person_json(person: PersonMatch) -> dict[str, Any]:
    born = person.geboortedatum.isoformat() if person.geboortedatum else None
    return {
        "bsn": person.bsn,
        "naam": person.naam,
        "geboortedatum": born or person.geboortedatum_tekst or None,
        "adres": person.adres,
        "geheimhouding": person.geheimhouding,
    }


def _json(
    query: Any,
    persons: list[PersonMatch] | None,
    result: LookupResult | None,
    details: dict[str, CaseDetail],
    timeline: bool,
) -> str:
    import json

    document: dict[str, Any] = {"sources": [], "cases": []}
    if result is not None:
        document = json.loads(base._to_json(result, details, timeline))
    document["query"] = {"kind": query.kind.value, "value": query.value}
    document["persons"] = [person_json(p) for p in persons or ()]
    ordered = {k: document[k] for k in ("query", "persons", "sources", "cases")}
    return json.dumps(ordered, ensure_ascii=False, indent=2)


def _text(
    persons: list[PersonMatch] | None,
    result: LookupResult | None,
    details: dict[str, CaseDetail],
) -> str:
    from kcc_desk.services.identifiers import mask_bsn_for_choice

    lines: list[str] = []
    if persons is not None:
        if not persons:
            lines.append(
                "Geen persoon gevonden. Zoek ook eens op BSN, postcode met huisnummer, "
                "telefoonnummer of e-mailadres."
            )
        for p in persons:
            born = (
                p.geboortedatum.strftime("%d-%m-%Y") if p.geboortedatum else p.geboortedatum_tekst
            )
            secret = "  GEHEIMHOUDING: geef geen gegevens aan anderen" if p.geheimhouding else ""
            row = f"{p.naam}  {born or '-'}  {p.adres or '-'}  BSN {mask_bsn_for_choice(p.bsn)}"
            lines.append(row + secret)
        if result is not None:
            lines.append("")
    if result is not None:
        lines.append(base._table(result, details, date.today()))
    return "\n".join(lines)
