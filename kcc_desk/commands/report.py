"""`kcc-desk report`: the team lead's KPIs without a window, for scripts and monthly figures.

    kcc-desk report [--config FILE] --from YYYY-MM-DD --to YYYY-MM-DD [--as-of ISO-DATETIME]
                    [--team NAME] (--json | --csv FILE)

The definitions are those of the review view (``kcc_desk/services/review/facts.py`` and
``kpi.py``). ``--as-of`` is the moment "overdue" is judged at (default: now). ``--csv`` writes
the KPI table (UTF-8 with BOM, ``;``) so Excel opens it.

Exit codes: 0 done · 1 Klantinteracties not reachable (or refusing) · 2 bad input (dates,
team, configuration): for bad dates nothing is requested at all.
Nothing personal is printed: counts, team and medewerker names only.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # heavy imports stay inside run() so --help answers at once
    from datetime import datetime

    from kcc_desk.services.review.kpi import Report
    from kcc_desk.services.review.period import Period

EXIT_OK, EXIT_UNREACHABLE, EXIT_INPUT = 0, 1, 2


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", dest="start", required=True, metavar="JJJJ-MM-DD")
    parser.add_argument("--to", dest="end", required=True, metavar="JJJJ-MM-DD")
    parser.add_argument(
        "--as-of", dest="as_of", metavar="TIJDSTIP", help="moment voor 'te laat' (standaard: nu)"
    )
    parser.add_argument("--team", metavar="NAAM", help="alleen de doorverwijzingen naar dit team")
    out = parser.add_mutually_exclusive_group(required=True)
    out.add_argument("--json", action="store_true", help="uitvoer als JSON")
    out.add_argument("--csv", metavar="BESTAND", help="schrijf de KPI-tabel als CSV (Excel)")


def run(args: argparse.Namespace) -> int:
    from kcc_desk.services.errors import KccError
    from kcc_desk.services.review.period import Period, parse_day, parse_moment

    try:  # all input first: a bad date sends no request
        period = Period(parse_day(args.start), parse_day(args.end))
        as_of = parse_moment(args.as_of) if args.as_of else None
    except KccError as exc:
        print(f"kcc-desk report: {exc.message}", file=sys.stderr)
        return EXIT_INPUT
    return _report(args, period, as_of)


def _report(args: argparse.Namespace, period: Period, as_of: datetime | None) -> int:
    import asyncio

    from kcc_desk.commands.config_check import load_usable_config
    from kcc_desk.services.contacts.errors import KlantinteractiesError
    from kcc_desk.services.credentials import Credentials
    from kcc_desk.services.errors import KccError
    from kcc_desk.services.review.export import kpi_table_nl, write_csv
    from kcc_desk.services.review.period import PeriodError

    config = load_usable_config(getattr(args, "config", None))  # unusable: exit 2, in cli
    try:
        if config.klantinteracties is None:
            print(
                "kcc-desk report: Klantinteracties is niet ingesteld ([klantinteracties] url).",
                file=sys.stderr,
            )
            return EXIT_INPUT
        token = Credentials(config).klantinteracties_token()
    except KccError as exc:
        print(f"kcc-desk report: {exc.message}", file=sys.stderr)
        return EXIT_INPUT
    url = config.klantinteracties.url
    ca_bundle = config.ca_bundle
    term = config.referral_term_hours

    async def work() -> Report:
        from kcc_desk.services.http_client import make_http_client
        from kcc_desk.services.review.cache import DayCache
        from kcc_desk.services.review.service import ReviewService

        async with make_http_client(ca_bundle, timeout_s=30.0) as http:
            service = ReviewService(http, url, token, cache=DayCache(url), term_hours=term)
            return await service.report(period, as_of=as_of, team=args.team)

    try:
        report = asyncio.run(work())
    except PeriodError as exc:
        print(exc.message, file=sys.stderr)
        return EXIT_INPUT
    except KlantinteractiesError as exc:
        print(exc.message, file=sys.stderr)
        return EXIT_UNREACHABLE
    if args.json:
        print(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
        return EXIT_OK
    try:
        write_csv(Path(args.csv), ("KPI", "Waarde"), kpi_table_nl(report))
    except OSError as exc:
        print(f"CSV niet geschreven: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_INPUT
    print(f"KPI-tabel geschreven naar {args.csv}.")
    return EXIT_OK
