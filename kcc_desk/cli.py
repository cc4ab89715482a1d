"""Command line entry point: the GUI by default, headless subcommands for admins and scripts.

Subcommands live in ``kcc_desk.commands``, one module each with ``add_arguments(parser)`` and
``run(args) -> int``. Modules keep heavy imports (Qt, httpx, aiohttp) inside ``run`` so that
``--help`` and ``--version`` answer at once.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from kcc_desk import __version__

SUBCOMMANDS: dict[str, tuple[str, str]] = {
    "demo-server": ("kcc_desk.commands.demo_server", "Start de oefen-ZGW-server (demo/training)."),
    "lookup": ("kcc_desk.commands.lookup", "Zoek zaken zonder venster (BSN, KVK of zaaknummer)."),
    "outbox": (
        "kcc_desk.commands.outbox",
        "Toon of verstuur contacten die nog niet zijn verzonden.",
    ),
    "sources": ("kcc_desk.commands.sources", "Beheer bronnen en sleutels."),
    "report": (
        "kcc_desk.commands.report",
        "KPI's van statuscontacten en doorverwijzingen over een periode (teamleider).",
    ),
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kcc-desk",
        description="kcc-desk: zaken van een beller opzoeken, doorverwijzen en contact vastleggen.",
    )
    parser.add_argument("--version", action="version", version=f"kcc-desk {__version__}")
    parser.add_argument("--config", metavar="FILE", help="configuratiebestand (TOML)")
    parser.add_argument(
        "--demo", action="store_true", help="start in de oefenomgeving met een ingebouwde server"
    )
    parser.add_argument(
        "--smoke", action="store_true", help="bouw het hoofdvenster zonder scherm en stop (test)"
    )
    parser.add_argument("--lang", choices=["nl", "en"], help="taal van de schermen")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="meer logging")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (module_name, help_text) in SUBCOMMANDS.items():
        module = importlib.import_module(module_name)
        sub_parser = sub.add_parser(name, help=help_text, description=help_text)
        # SUPPRESS: when not given here, the global --config (before the subcommand) stays.
        sub_parser.add_argument(
            "--config", metavar="FILE", default=argparse.SUPPRESS, help="configuratiebestand (TOML)"
        )
        module.add_arguments(sub_parser)
    return parser


# Libraries that log full request URLs at INFO/DEBUG; ZGW and Klantinteracties queries carry
# BSNs and KVK numbers in the query string, so these never log below WARNING (AVG).
URL_LOGGING_LIBRARIES = ("httpx", "httpcore", "aiohttp.access", "aiohttp.client", "urllib3")


def configure_logging(verbosity: int) -> None:
    level = logging.WARNING - 10 * min(verbosity, 2)
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    for name in URL_LOGGING_LIBRARIES:
        logging.getLogger(name).setLevel(logging.WARNING)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    configure_logging(args.verbose)
    if args.command:
        module = importlib.import_module(SUBCOMMANDS[args.command][0])
        result: int = module.run(args)
        return result
    from kcc_desk.startup import run_gui  # Qt is imported only when a window is wanted

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
