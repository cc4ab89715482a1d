"""Command line entry point: the GUI by default, headless subcommands for admins and scripts.

Subcommands live in ``kcc_desk.commands``, one module each with ``add_arguments(parser)`` and
``run(args) -> int``. Modules keep heavy imports (Qt, httpx, aiohttp) inside ``run`` so that
``--help`` and ``--version`` answer at once.

One grammar for every command: the global options (``--config``, ``-v``) are accepted before
the subcommand and after it, at any depth (``sources list --config X``). Bad input is one line
on stderr and exit code 2 (argparse's own texts in Dutch, unless English is the configured
language); nothing ever ends in a traceback (an unexpected error is one line, exit 1, and its
details are logged with ``--verbose``).
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence
from typing import NoReturn

from kcc_desk import __version__

logger = logging.getLogger("kcc_desk.cli")

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


EXIT_INVALID = 2  # bad input or bad configuration (README)

# argparse's messages, in Dutch (it looks them up through its module-level ``_`` at run time).
ARGPARSE_DUTCH = {
    "usage: ": "gebruik: ",
    "options": "opties",
    "positional arguments": "argumenten",
    "show this help message and exit": "toon deze hulp en stop",
    "show program's version number and exit": "toon het versienummer en stop",
    "the following arguments are required: %s": "dit ontbreekt: %s",
    "unrecognized arguments: %s": "onbekend: %s",
    "argument %(argument_name)s: %(message)s": "%(argument_name)s: %(message)s",
    "invalid %(type)s value: %(value)r": "ongeldige waarde %(value)r",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "ongeldige keuze %(value)r (kies uit %(choices)s)"
    ),
    "expected one argument": "hier hoort één waarde bij",
    "expected at most one argument": "hier hoort hoogstens één waarde bij",
    "expected at least one argument": "hier hoort minstens één waarde bij",
    "ignored explicit argument %r": "waarde %r hoort hier niet",
    "not allowed with argument %s": "gaat niet samen met %s",
    "one of the arguments %s is required": "geef één van deze op: %s",
    "ambiguous option: %(option)s could match %(matches)s": (
        "onduidelijke optie %(option)s: bedoelt u %(matches)s?"
    ),
    "unknown parser %(parser_name)r (choices: %(choices)s)": (
        "onbekende opdracht %(parser_name)r (kies uit %(choices)s)"
    ),
    "unexpected option string: %s": "onverwachte optie: %s",
    "can't open '%(filename)s': %(error)s": "kan '%(filename)s' niet openen: %(error)s",
    "%(prog)s: error: %(message)s\n": "%(prog)s: %(message)s\n",
}
# argparse's one plural message (nargs=N), through its module-level ``ngettext``.
ARGPARSE_DUTCH_PLURAL = {
    ("expected %s argument", "expected %s arguments"): (
        "hier hoort %s waarde bij",
        "hier horen %s waarden bij",
    ),
}


_ARGPARSE_ORIGINAL = argparse._  # type: ignore[attr-defined]
_ARGPARSE_NGETTEXT = argparse.ngettext  # type: ignore[attr-defined]


class Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line on stderr (exit 2), not usage + error."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_INVALID, f"{self.prog}: {message}\n")


def use_dutch_argparse(argv: Sequence[str]) -> None:
    """argparse's texts in Dutch, unless English is asked for (``--lang en``) or configured
    (``language = "en"``, or ``"systeem"`` on an English locale). Without a setting: Dutch."""
    language = _option_value(argv, "--lang")
    if language is None:
        from kcc_desk.services.display_settings import read_display_settings

        language = read_display_settings(_option_value(argv, "--config")).language
    if language == "systeem":
        language = _locale_language()
    if language == "en":
        argparse._ = _ARGPARSE_ORIGINAL  # type: ignore[attr-defined]
        argparse.ngettext = _ARGPARSE_NGETTEXT  # type: ignore[attr-defined]
        return
    argparse._ = lambda text: ARGPARSE_DUTCH.get(text, text)  # type: ignore[attr-defined]

    def dutch_plural(one: str, more: str, count: int) -> str:
        forms = ARGPARSE_DUTCH_PLURAL.get((one, more), (one, more))
        return forms[0] if count == 1 else forms[1]

    argparse.ngettext = dutch_plural  # type: ignore[attr-defined]


def _locale_language() -> str:
    """ "en" when the process's message locale is English (as the GUI follows the desktop's)."""
    import os

    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name)
        if value:
            return "en" if value.lower().startswith("en") else "nl"
    return "nl"


def _option_value(argv: Sequence[str], name: str) -> str | None:
    for i, arg in enumerate(argv):
        if arg.startswith(name + "="):
            return arg.split("=", 1)[1]
        if arg == name and i + 1 < len(argv):
            return argv[i + 1]
    return None


def add_global_options(parser: argparse.ArgumentParser) -> None:
    """Accept ``--config``, ``--lang`` and ``-v`` in every subcommand (and theirs), as before it.

    SUPPRESS: when not given there, what was given before the subcommand stays.
    """
    for action in parser._actions:
        if not isinstance(action, argparse._SubParsersAction):
            continue
        for sub_parser in dict.fromkeys(action.choices.values()):
            options = sub_parser._option_string_actions
            if "--config" not in options:
                sub_parser.add_argument(
                    "--config",
                    metavar="BESTAND",
                    default=argparse.SUPPRESS,
                    help="configuratiebestand (TOML)",
                )
            if "--lang" not in options:
                sub_parser.add_argument(
                    "--lang", choices=["nl", "en"], default=argparse.SUPPRESS, help="taal"
                )
            if "--verbose" not in options and "-v" not in options:
                sub_parser.add_argument(
                    "-v",
                    "--verbose",
                    action="count",
                    default=argparse.SUPPRESS,
                    help="meer logging (ook de details van een fout)",
                )
            add_global_options(sub_parser)


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="kcc-desk",
        description="kcc-desk: zaken van een beller opzoeken, doorverwijzen en contact vastleggen.",
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"kcc-desk {__version__}",
        # argparse fixes this default when it is imported, before its texts are chosen.
        help=argparse._("show program's version number and exit"),  # type: ignore[attr-defined]
    )
    parser.add_argument("--config", metavar="BESTAND", help="configuratiebestand (TOML)")
    parser.add_argument(
        "--demo", action="store_true", help="start in de oefenomgeving met een ingebouwde server"
    )
    parser.add_argument(
        "--smoke", action="store_true", help="bouw het hoofdvenster zonder scherm en stop (test)"
    )
    parser.add_argument("--lang", choices=["nl", "en"], help="taal van de schermen")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="meer logging")
    sub = parser.add_subparsers(dest="command", metavar="OPDRACHT")
    for name, (module_name, help_text) in SUBCOMMANDS.items():
        module = importlib.import_module(module_name)
        sub_parser = sub.add_parser(name, help=help_text, description=help_text)
        module.add_arguments(sub_parser)
    add_global_options(parser)
    return parser


# Libraries that log full request URLs at INFO/DEBUG; ZGW and Klantinteracties queries carry
# BSNs and KVK numbers in the query string, so these never log below WARNING (AVG).
URL_LOGGING_LIBRARIES = ("httpx", "httpcore", "aiohttp.access", "aiohttp.client", "urllib3")


def configure_logging(verbosity: int, *, command: bool = False) -> None:
    """Warnings and worse for the GUI; a subcommand says what matters in its own words and
    shows log lines only with ``-v`` (info) or ``-vv`` (debug)."""
    if command:
        level = (logging.ERROR, logging.INFO, logging.DEBUG)[min(verbosity, 2)]
    else:
        level = logging.WARNING - 10 * min(verbosity, 2)
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    for name in URL_LOGGING_LIBRARIES:
        logging.getLogger(name).setLevel(logging.WARNING)


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    use_dutch_argparse(arguments)
    parser = build_parser()
    args = parser.parse_args(arguments)
    configure_logging(args.verbose, command=bool(args.command))
    if args.command:
        return run_command(args)
    from kcc_desk.startup import run_gui  # Qt is imported only when a window is wanted

    return run_gui(args)


def run_command(args: argparse.Namespace) -> int:
    """A subcommand, which never ends in a traceback."""
    from kcc_desk.commands.config_check import BadInput, check_config

    try:
        check_config(args)
        module = importlib.import_module(SUBCOMMANDS[args.command][0])
        result: int = module.run(args)
    except BadInput as exc:  # an unusable configuration or file: bad input (README: exit 2)
        message = " ".join(str(exc).splitlines())
        print(f"kcc-desk {args.command}: {message}", file=sys.stderr)
        return EXIT_INVALID
    except KeyboardInterrupt:
        print("Afgebroken.", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug must not show the user a traceback
        logger.info("kcc-desk %s: onverwachte fout", args.command, exc_info=True)  # with -v
        print(
            f"kcc-desk {args.command}: onverwachte fout ({type(exc).__name__}). "
            "Meer details met --verbose.",
            file=sys.stderr,
        )
        return 1
    return result


if __name__ == "__main__":
    sys.exit(main())
