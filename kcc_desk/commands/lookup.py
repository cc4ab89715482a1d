"""`kcc-desk lookup`: find a caller's cases without a window (for scripts, admins and checks).

Exit codes: 0 every source answered · 3 partial (some sources failed) · 1 all failed · 2 invalid
input or an unusable configuration. A source that failed is one line on stderr (log lines only
with ``--verbose``).
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import TYPE_CHECKING, Any

from kcc_desk.commands.wording import count_words

if TYPE_CHECKING:  # heavy imports stay inside run() so --help answers at once
    from kcc_desk.services.lookup import LookupService
    from kcc_desk.services.models import CaseDetail, CaseSummary, LookupResult, Role

EXIT_OK, EXIT_ALL_FAILED, EXIT_INVALID, EXIT_PARTIAL = 0, 1, 2, 3


def add_arguments(parser: argparse.ArgumentParser) -> None:
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--bsn", metavar="BSN", help="burgerservicenummer (9 cijfers)")
    which.add_argument("--kvk", metavar="KVK", help="KVK-nummer (8 cijfers)")
    which.add_argument("--zaak", metavar="ZAAKNUMMER", help="zaaknummer (identificatie)")
    which.add_argument(
        "--query",
        metavar="TEKST",
        help="wat u in het zoekveld typt: ook naam met geboortedatum, postcode met huisnummer, "
        "telefoonnummer of e-mailadres (zie lookup_query)",
    )
    parser.add_argument("--timeline", action="store_true", help="toon ook de tijdlijn per zaak")
    parser.add_argument("--json", action="store_true", help="uitvoer als JSON")


def run(args: argparse.Namespace) -> int:
    import asyncio

    from kcc_desk.commands.config_check import load_usable_config
    from kcc_desk.services.identifiers import IdentifierKind, InvalidIdentifierError

    if getattr(args, "query", None) is not None:  # the search box's detection (issue 14)
        from kcc_desk.commands.lookup_query import run_query

        return run_query(args)
    kind, value = _requested(args)
    try:
        query = _parse(kind, value)
    except InvalidIdentifierError as exc:
        print(f"kcc-desk lookup: {exc.message}", file=sys.stderr)
        return EXIT_INVALID
    config = load_usable_config(args.config)  # unusable: bad input (exit 2, in cli)
    timeline = bool(args.timeline) or query.kind is IdentifierKind.ZAAK
    # JSON names each case's behandelaar: the rollen, fetched for every case at once.
    result, details, roles = asyncio.run(
        _lookup(config, query, timeline, with_roles=bool(args.json))
    )
    today = date.today()
    if args.json:
        print(_to_json(result, details, timeline, roles, today))
    else:
        print(_table(result, details, today))
    for source in result.sources:
        if not source.ok:
            print(f"kcc-desk lookup: bron {source.name}: {source.error}", file=sys.stderr)
    if result.all_failed:
        return EXIT_ALL_FAILED
    return EXIT_PARTIAL if result.partial else EXIT_OK


def _requested(args: argparse.Namespace) -> tuple[str, str]:
    for kind in ("bsn", "kvk", "zaak"):
        value = getattr(args, kind, None)
        if value is not None:
            return kind, value
    raise SystemExit(EXIT_INVALID)


def _parse(kind: str, value: str) -> Any:
    """Like parse_identifier, but the flag decides the kind (an 8-digit --zaak stays a zaak)."""
    from kcc_desk.services.identifiers import (
        IdentifierKind,
        InvalidIdentifierError,
        Query,
        detect_kind,
        parse_identifier,
    )
    from kcc_desk.services.messages import verbatim

    if kind == "zaak":
        try:
            query = parse_identifier(value)
        except InvalidIdentifierError as exc:
            if exc.kind is not IdentifierKind.BSN:  # 9 digits failing the elfproef: fine here
                raise
        else:
            if query.kind is IdentifierKind.ZAAK:
                return query
        return Query(IdentifierKind.ZAAK, value.strip())
    expected = IdentifierKind(kind)
    # Say what is wrong with *this* kind of number (not "a case number is at most 40 long").
    if detect_kind(value) is not expected or parse_identifier(value).kind is not expected:
        digits = "9" if expected is IdentifierKind.BSN else "8"
        raise InvalidIdentifierError(
            verbatim(
                f"Een {'BSN' if digits == '9' else 'KVK-nummer'} bestaat uit {digits} cijfers."
            ),
            expected,
        )
    return parse_identifier(value)


async def _lookup(
    config: Any, query: Any, timeline: bool, *, with_roles: bool = False
) -> tuple[LookupResult, dict[str, CaseDetail], dict[str, tuple[Role, ...]]]:
    """The lookup, then every case's detail (``timeline``) or only its rollen (``with_roles``),
    all at once (the client keeps each source within its concurrency limit)."""
    import asyncio

    from kcc_desk.services.errors import KccError
    from kcc_desk.services.lookup import LookupService

    service: LookupService
    async with LookupService(config) as service:
        result = await service.lookup(query)
        loaded: list[Any] = []
        if timeline:
            loaded = await asyncio.gather(
                *(service.case_detail(case) for case in result.cases), return_exceptions=True
            )
        elif with_roles:
            loaded = await asyncio.gather(
                *(service.roles(case) for case in result.cases), return_exceptions=True
            )
    details: dict[str, CaseDetail] = {}
    roles: dict[str, tuple[Role, ...]] = {}
    for case, part in zip(result.cases, loaded, strict=False):
        if isinstance(part, KccError):
            print(f"kcc-desk lookup: {case.identificatie}: {part.message}", file=sys.stderr)
        elif isinstance(part, BaseException):
            raise part
        elif isinstance(part, tuple):
            roles[case.url] = part
        else:
            details[case.url] = part
            roles[case.url] = part.roles
    return result, details, roles


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def _behandelaar(roles: tuple[Role, ...] | None) -> dict[str, str] | None:
    """Who handles the case (the first rol with omschrijvingGeneriek behandelaar), if any."""
    found = next((r for r in roles or () if r.omschrijving_generiek == "behandelaar"), None)
    return None if found is None else {"naam": found.naam, "soort": found.betrokkene_type}


def _case_json(
    case: CaseSummary,
    detail: CaseDetail | None,
    timeline: bool,
    roles: tuple[Role, ...] | None = None,
    today: date | None = None,
) -> dict[str, Any]:
    status = case.status
    data: dict[str, Any] = {
        "source": case.source,
        "url": case.url,
        "identificatie": case.identificatie,
        "zaaktype": case.zaaktype,
        "omschrijving": case.omschrijving,
        "startdatum": _iso(case.startdatum),
        "einddatum": _iso(case.einddatum),
        "einddatum_gepland": _iso(case.einddatum_gepland),
        "uiterlijke_einddatum_afdoening": _iso(case.uiterlijke_einddatum_afdoening),
        "vertrouwelijkheidaanduiding": case.vertrouwelijkheidaanduiding,
        "also_in": list(case.also_in),
        "status": None
        if status is None
        else {
            "omschrijving": status.omschrijving,
            "statustekst": status.statustekst,
            "volgnummer": status.volgnummer,
            "datum_status_gezet": _iso(status.datum_status_gezet),
            "is_eindstatus": status.is_eindstatus,
        },
        "resultaat": case.resultaat,
        "days_overdue": case.days_overdue(today or date.today()),
        "behandelaar": _behandelaar(roles),
    }
    if timeline:
        data["documents"] = [
            {
                "titel": d.titel,
                "vertrouwelijkheid": d.vertrouwelijkheidaanduiding,
                "may_open": d.may_open,
            }
            for d in (detail.documents if detail is not None else ())
        ]
        steps = detail.timeline if detail is not None else ()
        data["timeline"] = [
            {
                "omschrijving": s.omschrijving,
                "volgnummer": s.volgnummer,
                "state": s.state.value,
                "datum_status_gezet": _iso(s.datum_status_gezet),
                "statustekst": s.statustekst,
                "substatussen": [
                    {
                        "omschrijving": u.omschrijving,
                        "tijdstip": _iso(u.tijdstip),
                        "doelgroep": u.doelgroep,
                    }
                    for u in s.substatussen
                ],
            }
            for s in steps
        ]
    return data


def _to_json(
    result: LookupResult,
    details: dict[str, CaseDetail],
    timeline: bool,
    roles: dict[str, tuple[Role, ...]] | None = None,
    today: date | None = None,
) -> str:
    import json

    document = {
        "query": {"kind": result.query.kind.value, "value": result.query.value},
        "sources": [
            {
                "name": s.name,
                "ok": s.ok,
                "error": s.error,
                "count": s.count,
                "elapsed_ms": s.elapsed_ms,
            }
            for s in result.sources
        ],
        "cases": [
            _case_json(c, details.get(c.url), timeline, (roles or {}).get(c.url), today)
            for c in result.cases
        ],
    }
    return json.dumps(document, ensure_ascii=False, indent=2)


def _attention(case: CaseSummary, today: date) -> str:
    """What the GUI marks in words too: confidentiality above openbaar, and lateness."""
    from kcc_desk.formatting import format_confidentiality

    marks = []
    level = case.vertrouwelijkheidaanduiding
    if level not in ("", "openbaar"):
        marks.append(format_confidentiality(level))
    late = case.days_overdue(today)
    if late:
        marks.append(f"{count_words(late, 'dag', 'dagen')} te laat")
    return ", ".join(marks) or "-"


def _table(result: LookupResult, details: dict[str, CaseDetail], today: date) -> str:
    lines = []
    for s in result.sources:
        state = count_words(s.count, "zaak", "zaken") if s.ok else f"FOUT: {s.error}"
        lines.append(f"Bron {s.name}: {state} ({s.elapsed_ms} ms)")
    lines.append("")
    if not result.cases:
        lines.append("Geen zaken gevonden.")
    header = ("Zaaknummer", "Zaaktype", "Status", "Sinds", "Let op", "Bron")
    rows = [header]
    for c in result.cases:
        status = c.status.omschrijving if c.status else "-"
        since = c.status.datum_status_gezet if c.status and c.status.datum_status_gezet else None
        source = c.source + (f" (+{', '.join(c.also_in)})" if c.also_in else "")
        rows.append(
            (
                c.identificatie,
                c.zaaktype or "-",
                status,
                since.date().isoformat() if since else "-",
                _attention(c, today),
                source,
            )
        )
    if result.cases:
        widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
        for row in rows:
            lines.append("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip())
    for c in result.cases:
        detail = details.get(c.url)
        if detail is None:
            continue
        lines.append("")
        lines.append(f"{c.identificatie} — {c.zaaktype}")
        marks = {"done": "✓", "current": "▶", "planned": "·"}
        for step in detail.timeline:
            when = step.datum_status_gezet.date().isoformat() if step.datum_status_gezet else ""
            line = f"  {marks[step.state.value]} {step.volgnummer}. {step.omschrijving} {when}"
            lines.append(line.rstrip())
            for sub in step.substatussen:
                tag = " (intern)" if sub.doelgroep == "intern" else ""
                lines.append(f"      - {sub.omschrijving}{tag}")
    return "\n".join(lines)
