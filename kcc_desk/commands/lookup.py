"""`kcc-desk lookup`: find a caller's cases without a window (for scripts, admins and checks).

Exit codes: 0 every source answered · 3 partial (some sources failed) · 1 all failed (or the
configuration is unusable) · 2 invalid input.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # heavy imports stay inside run() so --help answers at once
    from kcc_desk.services.lookup import LookupService
    from kcc_desk.services.models import CaseDetail, CaseSummary, LookupResult

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

    from kcc_desk.services.config import load_config
    from kcc_desk.services.errors import KccError
    from kcc_desk.services.identifiers import IdentifierKind, InvalidIdentifierError

    if getattr(args, "query", None) is not None:  # the search box's detection (issue 14)
        from kcc_desk.commands.lookup_query import run_query

        return run_query(args)
    kind, value = _requested(args)
    try:
        query = _parse(kind, value)
    except InvalidIdentifierError as exc:
        print(exc.message, file=sys.stderr)
        return EXIT_INVALID
    try:
        config = load_config(args.config)
    except KccError as exc:
        print(exc.message, file=sys.stderr)
        return EXIT_ALL_FAILED
    timeline = bool(args.timeline) or query.kind is IdentifierKind.ZAAK
    result, details = asyncio.run(_lookup(config, query, timeline))
    if args.json:
        print(_to_json(result, details, timeline))
    else:
        print(_table(result, details))
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
    query = parse_identifier(value)
    expected = IdentifierKind(kind)
    if query.kind is not expected:
        digits = "9" if expected is IdentifierKind.BSN else "8"
        raise InvalidIdentifierError(
            verbatim(
                f"Een {'BSN' if digits == '9' else 'KVK-nummer'} bestaat uit {digits} cijfers."
            ),
            expected,
        )
    return query


async def _lookup(
    config: Any, query: Any, timeline: bool
) -> tuple[LookupResult, dict[str, CaseDetail]]:
    from kcc_desk.services.errors import KccError
    from kcc_desk.services.lookup import LookupService

    details: dict[str, CaseDetail] = {}
    service: LookupService
    async with LookupService(config) as service:
        result = await service.lookup(query)
        if timeline:
            for case in result.cases:
                try:
                    details[case.url] = await service.case_detail(case)
                except KccError as exc:
                    print(f"{case.identificatie}: {exc.message}", file=sys.stderr)
    return result, details


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def _case_json(case: CaseSummary, detail: CaseDetail | None, timeline: bool) -> dict[str, Any]:
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
    }
    if timeline:
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


def _to_json(result: LookupResult, details: dict[str, CaseDetail], timeline: bool) -> str:
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
        "cases": [_case_json(c, details.get(c.url), timeline) for c in result.cases],
    }
    return json.dumps(document, ensure_ascii=False, indent=2)


def _table(result: LookupResult, details: dict[str, CaseDetail]) -> str:
    lines = []
    for s in result.sources:
        state = f"{s.count} zaken" if s.ok else f"FOUT: {s.error}"
        lines.append(f"Bron {s.name}: {state} ({s.elapsed_ms} ms)")
    lines.append("")
    if not result.cases:
        lines.append("Geen zaken gevonden.")
    header = ("Zaaknummer", "Zaaktype", "Status", "Sinds", "Bron")
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
