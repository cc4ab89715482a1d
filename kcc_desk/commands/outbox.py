"""`kcc-desk outbox`: show or send the contacts and referrals that are still waiting locally.

    kcc-desk outbox list [--all] [--json]
    kcc-desk outbox flush [--retry-failed]
    kcc-desk outbox retry ID

Every item belongs to the Klantinteracties server it was logged for (``list`` shows which);
``flush`` delivers only the items of the configured server and says how many it left alone.
``retry`` puts one item that the server refused back in the queue, after an administrator fixed
the cause (``list`` says why it was refused). ``flush`` reads ``[klantinteracties] url`` from the
configuration; the token comes from
``KCC_DESK_KLANTINTERACTIES_TOKEN``, the keyring (service "kcc-desk", user "klantinteracties"), or
an inline ``token`` (loopback demo servers only), as everywhere else in kcc-desk. It is safe to run
while the app is open: only one process delivers at a time.

Exit codes: 0 nothing left to send · 1 items still waiting (API unreachable or refusing access) ·
2 configuration or token problem · 3 the server refused some items (see ``list``).
No BSN, name or message text is printed: only ids, times, kinds, zaak numbers and states.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from kcc_desk.commands.wording import count_words

if TYPE_CHECKING:  # heavy imports stay inside run() so --help answers at once
    from kcc_desk.services.contacts.queue import DeliveryReport, Outbox, OutboxItem

EXIT_OK, EXIT_PENDING, EXIT_CONFIG, EXIT_REFUSED = 0, 1, 2, 3

KIND_TEXT = {"status_answered": "contact", "referral": "doorverwijzing"}
STATE_TEXT = {"pending": "wacht", "delivered": "verzonden", "failed": "geweigerd"}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--outbox", metavar="BESTAND", help="outbox-bestand (standaard in de gebruikersmap)"
    )
    sub = parser.add_subparsers(dest="outbox_command", metavar="ACTIE", required=True)
    show = sub.add_parser("list", help="toon wat nog niet is verzonden")
    show.add_argument("--all", action="store_true", help="ook wat al verzonden is")
    show.add_argument("--json", action="store_true", help="uitvoer als JSON")
    flush = sub.add_parser("flush", help="verstuur wat nog wacht, nu")
    retry = sub.add_parser(
        "retry", help="zet één geweigerd item terug in de wachtrij (na herstel van de oorzaak)"
    )
    retry.add_argument("id", type=int, metavar="ID", help="het nummer uit 'outbox list'")
    for action in (show, flush, retry):
        # Also accepted after the action ("outbox flush --config x"); SUPPRESS keeps a value
        # given before the action from being reset to None.
        action.add_argument(
            "--config",
            metavar="BESTAND",
            default=argparse.SUPPRESS,
            help="configuratiebestand (TOML)",
        )
        action.add_argument(
            "--outbox", metavar="BESTAND", default=argparse.SUPPRESS, help="outbox-bestand"
        )
    flush.add_argument(
        "--retry-failed",
        action="store_true",
        help="zet geweigerde items eerst terug in de wachtrij (na herstel van de oorzaak)",
    )


def run(args: argparse.Namespace) -> int:
    import logging

    # httpx logs full URLs at INFO; Klantinteracties queries carry a BSN.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)

    from kcc_desk.services.contacts.queue import default_outbox_path

    path = Path(args.outbox) if args.outbox else default_outbox_path()
    if not path.exists():  # nothing was ever queued; do not create the file just to say so
        print("Niets in de wachtrij: er is nog nooit iets in gezet.")
        return EXIT_OK
    with _open(path) as outbox:
        if args.outbox_command == "list":
            return _list(outbox.items() if args.all else outbox.pending() + outbox.failed(), args)
        if args.outbox_command == "retry":
            return _retry(outbox, args.id)
        return _flush(outbox, args)


def _open(path: Path) -> Outbox:
    """The outbox, or :class:`BadInput` (exit 2) when the file cannot be one: not SQLite,
    unreadable, or from a newer kcc-desk."""
    import sqlite3

    from kcc_desk.commands.config_check import BadInput
    from kcc_desk.services.contacts.queue import Outbox as OutboxFile
    from kcc_desk.services.errors import KccError

    try:
        return OutboxFile(path)
    except KccError as exc:  # written by a newer version
        raise BadInput(f"{exc.message} ({path})") from None
    except sqlite3.DatabaseError:
        raise BadInput(
            f"Het outbox-bestand {path} is geen kcc-desk-wachtrij (geen SQLite-database). "
            "Controleer --outbox."
        ) from None
    except OSError as exc:
        raise BadInput(
            f"Het outbox-bestand {path} is niet te openen ({type(exc).__name__})."
        ) from None


def _retry(outbox: Outbox, item_id: int) -> int:
    item = outbox.get(item_id)
    if item is None:
        print(f"Item {item_id} bestaat niet (zie 'kcc-desk outbox list').", file=sys.stderr)
        return EXIT_CONFIG
    if not outbox.retry(item_id):
        state = STATE_TEXT.get(item.state, item.state)
        print(f"Item {item_id} is niet geweigerd maar '{state}': er is niets opnieuw te doen.")
        return EXIT_OK
    print(
        f"Item {item_id} staat weer in de wachtrij. kcc-desk verstuurt het bij de volgende "
        "poging; nu meteen: 'kcc-desk outbox flush'."
    )
    return EXIT_OK


def _list(items: list[OutboxItem], args: argparse.Namespace) -> int:
    items = sorted(items, key=lambda i: i.id)
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "id": i.id,
                        "created_at": i.created_at.isoformat(),
                        "kind": str(i.kind),
                        "state": str(i.state),
                        "attempts": i.attempts,
                        "zaak": i.zaak_identificatie,
                        "last_error": i.last_error,
                        "server": i.server,
                        "steps_done": sorted(i.done),
                    }
                    for i in items
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return EXIT_OK
    if not items:
        print("Niets in de wachtrij: alle contacten zijn verzonden.")
        return EXIT_OK
    print(f"{'id':>5}  {'aangemaakt':16}  {'soort':14}  {'status':9}  {'pogingen':>8}  zaak")
    for item in items:
        when = item.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
        print(
            f"{item.id:>5}  {when:16}  {KIND_TEXT.get(item.kind, item.kind):14}  "
            f"{STATE_TEXT.get(item.state, item.state):9}  {item.attempts:>8}  "
            f"{item.zaak_identificatie or '-'}"
        )
        print(f"{'':7}voor: {item.server or '(de eerste server die de wachtrij verstuurt)'}")
        if item.state == "failed":
            print(f"{'':7}geweigerd: {item.last_error or 'geen reden gegeven'}")
            print(
                f"{'':7}Laat de beheerder de oorzaak herstellen; daarna "
                f"'kcc-desk outbox retry {item.id}'."
            )
        elif item.last_error:
            print(f"{'':7}laatste fout: {item.last_error}")
    return EXIT_OK


def _flush(outbox: Outbox, args: argparse.Namespace) -> int:
    import asyncio

    from kcc_desk.services.errors import KccError

    try:
        url, token, ca_bundle = _klantinteracties_settings(args.config)
    except KccError as exc:
        print(f"kcc-desk outbox flush: {exc.message}", file=sys.stderr)
        return EXIT_CONFIG
    if args.retry_failed:
        count = outbox.retry_failed()
        if count:
            refused = count_words(count, "geweigerd contact", "geweigerde contacten")
            print(f"{refused} opnieuw in de wachtrij gezet.")
    from kcc_desk.services.contacts.queue import server_key

    mine = [i for i in outbox.pending() if i.is_for(url)]
    others = len(outbox.pending()) - len(mine)
    if others:
        print(
            f"Niet verstuurd: {count_words(others, 'contact', 'contacten')} voor een andere "
            "Klantinteracties-server "
            f"(zie 'kcc-desk outbox list'). Deze configuratie verstuurt naar {server_key(url)}."
        )
    if not mine:
        print("Niets te versturen.")
        return EXIT_REFUSED if outbox.failed() else EXIT_OK
    report = asyncio.run(_deliver(outbox, url, token, ca_bundle))
    _print_report(report)
    if report.failed or outbox.failed():
        return EXIT_REFUSED
    return EXIT_PENDING if report.pending else EXIT_OK


async def _deliver(outbox: Outbox, url: str, token: str, ca_bundle: str | None) -> DeliveryReport:
    from kcc_desk.services.contacts.client import KlantinteractiesClient
    from kcc_desk.services.contacts.delivery import deliver_pending
    from kcc_desk.services.http_client import make_http_client

    async with make_http_client(ca_bundle) as http:
        return await deliver_pending(outbox, KlantinteractiesClient(http, url, token))


def _print_report(report: DeliveryReport) -> None:
    if report.busy:
        print("Een ander kcc-desk-proces verstuurt de wachtrij al; probeer het straks opnieuw.")
        return
    print(f"Verzonden: {len(report.delivered)}. Nog in de wachtrij: {report.pending}.")
    if report.failed:
        ids = ", ".join(str(i) for i in report.failed)
        print(f"Geweigerd door Klantinteracties: {ids} (zie 'kcc-desk outbox list').")
    if report.error:
        print(report.error, file=sys.stderr)


def _klantinteracties_settings(config_path: str | None) -> tuple[str, str, str | None]:
    """(API root, token, CA bundle) from the shared config and credential services."""
    from kcc_desk.commands.config_check import load_usable_config
    from kcc_desk.services.credentials import Credentials
    from kcc_desk.services.errors import ConfigError
    from kcc_desk.services.messages import verbatim

    config = load_usable_config(config_path)  # unusable: bad input (exit 2, in cli)
    if config.klantinteracties is None:
        raise ConfigError(
            verbatim(
                "Klantinteracties is niet ingesteld ([klantinteracties] url in de configuratie)."
            )
        )
    token = Credentials(config).klantinteracties_token()
    ca_bundle = str(config.ca_bundle) if config.ca_bundle else None
    return config.klantinteracties.url, token, ca_bundle
