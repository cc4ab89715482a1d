"""``kcc-desk sources``: manage the ZGW sources, the Klantinteracties endpoint and their secrets.

    kcc-desk sources list
    kcc-desk sources add NAME --zaken-api URL --catalogi-api URL [--documenten-api URL]
                             [--client-id ID] [--timeout S]
    kcc-desk sources remove NAME
    kcc-desk sources test [NAME]
    kcc-desk sources set-secret NAME            (secret from stdin; hidden when typed)
    kcc-desk sources set-klantinteracties URL
    kcc-desk sources set-token                  (Klantinteracties token from stdin)

Secrets are stored only in a secure OS keyring. A CLI process ends right away, so the in-memory
session fallback is useless here: with an insecure keyring ``set-secret`` refuses and points to
the environment variable instead. No secret is ever printed.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from kcc_desk.services.config import AppConfig
    from kcc_desk.services.connection_test import CheckResult

DEFAULT_CLIENT_ID = "kcc-desk"

EXIT_OK = 0
EXIT_FAILED = 1  # a check failed / the change was refused
EXIT_USAGE = 2

_WHERE_WORDS = {
    "env": "omgevingsvariabele",
    "session": "alleen deze sessie",
    "keyring": "sleutelbos",
    "inline-demo": "in configuratie (oefenserver)",
    "missing": "ONTBREEKT",
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="sources_action", metavar="ACTIE", required=True)

    actions.add_parser("list", help="toon bronnen, adressen en waar de sleutel staat")

    add = actions.add_parser("add", help="voeg een bron toe")
    add.add_argument("name", metavar="NAAM")
    add.add_argument("--zaken-api", required=True, metavar="URL")
    add.add_argument("--catalogi-api", required=True, metavar="URL")
    add.add_argument("--documenten-api", default="", metavar="URL")
    add.add_argument("--client-id", default=DEFAULT_CLIENT_ID, metavar="ID")
    add.add_argument("--timeout", type=float, default=None, metavar="SECONDEN")

    remove = actions.add_parser("remove", help="verwijder een bron (en haar sleutel)")
    remove.add_argument("name", metavar="NAAM")

    test = actions.add_parser(
        "test", help="test verbinding, aanmelding en API-versie (exit 0 = alles in orde)"
    )
    test.add_argument("name", metavar="NAAM", nargs="?", help="alleen deze bron")

    secret = actions.add_parser(
        "set-secret", help="sla de sleutel van een bron op in de sleutelbos (leest van stdin)"
    )
    secret.add_argument("name", metavar="NAAM")

    klant = actions.add_parser("set-klantinteracties", help="stel het Klantinteracties-adres in")
    klant.add_argument("url", metavar="URL", help="leeg ('') om Klantinteracties uit te zetten")

    actions.add_parser(
        "set-token", help="sla het Klantinteracties-token op in de sleutelbos (leest van stdin)"
    )


def run(args: argparse.Namespace) -> int:
    from kcc_desk.services.errors import KccError

    action = args.sources_action
    handler = {
        "list": _list,
        "add": _add,
        "remove": _remove,
        "test": _test,
        "set-secret": _set_secret,
        "set-klantinteracties": _set_klantinteracties,
        "set-token": _set_token,
    }[action]
    try:
        return handler(args)
    except KccError as exc:  # messages are plain Dutch and free of personal data and secrets
        print(f"kcc-desk sources {action}: {exc.message}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("Afgebroken.", file=sys.stderr)
        return EXIT_FAILED


def _config_path(args: argparse.Namespace) -> str | None:
    path = getattr(args, "config", None)
    return str(path) if path else None


# -- list -----------------------------------------------------------------------------------------


def _list(args: argparse.Namespace) -> int:
    from kcc_desk.services.config_store import ConfigStore
    from kcc_desk.services.keyring_safety import keyring_problem
    from kcc_desk.services.secret_lookup import SecretLookup, klantinteracties_ref, source_ref

    lookup = SecretLookup()  # a CLI has no GUI thread to keep free
    store = ConfigStore(_config_path(args))
    sources = store.sources()
    print(f"Configuratie: {store.path}")
    if not sources:
        print("Nog geen bronnen. Voeg er een toe met 'kcc-desk sources add'.")
    for source in sources:
        where = _WHERE_WORDS[lookup.where(source_ref(source)).value]
        print()
        print(f"{source.name}")
        print(f"  Zaken API:      {source.zaken_api}")
        print(f"  Catalogi API:   {source.catalogi_api}")
        print(f"  Documenten API: {source.documenten_api or '-'}")
        print(f"  Client-id:      {source.client_id}")
        print(f"  Wachttijd:      {source.timeout_s:g} s")
        print(f"  Sleutel:        {where}")
    klant = store.klantinteracties()
    print()
    if klant is None:
        print("Klantinteracties: niet ingesteld")
    else:
        url, inline_token = klant
        print(f"Klantinteracties: {url}")
        where = _WHERE_WORDS[lookup.where(klantinteracties_ref(url, inline_token)).value]
        print(f"  Token:          {where}")
    problem = keyring_problem()
    if problem:
        print()
        print(f"Let op: {problem} Sleutels kunnen daarom niet worden opgeslagen.")
    return EXIT_OK


# -- add / remove / klantinteracties --------------------------------------------------------------


def _add(args: argparse.Namespace) -> int:
    from kcc_desk.services.config import DEFAULT_TIMEOUT_S
    from kcc_desk.services.config_store import ConfigStore, SourceSettings, validate_source

    settings = SourceSettings(
        name=args.name,
        zaken_api=args.zaken_api,
        catalogi_api=args.catalogi_api,
        documenten_api=args.documenten_api,
        client_id=args.client_id,
        timeout_s=args.timeout if args.timeout is not None else DEFAULT_TIMEOUT_S,
    )
    errors = validate_source(settings)
    if errors:
        for field_name, message in errors.items():
            print(f"{_FIELD_OPTIONS.get(field_name, field_name)}: {message}", file=sys.stderr)
        return EXIT_FAILED
    store = ConfigStore(_config_path(args))
    source = store.add_source(settings)
    print(f"Bron '{source.name}' toegevoegd aan {store.path}.")
    print(f"Stel de sleutel in met: kcc-desk sources set-secret '{source.name}'")
    return EXIT_OK


_FIELD_OPTIONS = {
    "name": "NAAM",
    "zaken_api": "--zaken-api",
    "catalogi_api": "--catalogi-api",
    "documenten_api": "--documenten-api",
    "client_id": "--client-id",
    "timeout_s": "--timeout",
}


def _remove(args: argparse.Namespace) -> int:
    from kcc_desk.services.config_store import ConfigStore
    from kcc_desk.services.credentials import KEYRING_SERVICE, keyring_user
    from kcc_desk.services.keyring_safety import delete_secret

    store = ConfigStore(_config_path(args))
    store.remove_source(args.name)
    # A secret for a source that no longer exists is only a liability.
    delete_secret(KEYRING_SERVICE, keyring_user(args.name))
    print(f"Bron '{args.name}' verwijderd (en haar sleutel uit de sleutelbos).")
    return EXIT_OK


def _set_klantinteracties(args: argparse.Namespace) -> int:
    from kcc_desk.services.config_store import ConfigStore

    store = ConfigStore(_config_path(args))
    url = args.url.strip()
    existing = store.klantinteracties()
    # Keep an inline demo token only while the endpoint stays on this computer.
    store.set_klantinteracties(url or None, existing[1] if existing and url else None)
    if url:
        print(f"Klantinteracties ingesteld op {url}.")
        print("Stel het token in met: kcc-desk sources set-token")
    else:
        print("Klantinteracties uitgezet.")
    return EXIT_OK


# -- secrets --------------------------------------------------------------------------------------


def _read_secret(prompt: str, stdin: TextIO | None = None) -> str:
    """Hidden prompt on a terminal; otherwise one line from stdin (scripts, pipes)."""
    import getpass

    stream = stdin or sys.stdin
    if stream.isatty():
        return getpass.getpass(prompt)
    return stream.readline().rstrip("\r\n")


def _store(user: str, label: str, env_var: str) -> int:
    from kcc_desk.services.credentials import KEYRING_SERVICE
    from kcc_desk.services.keyring_safety import StoredWhere, keyring_problem, store_secret

    problem = keyring_problem()
    if problem:
        # Read nothing: a session-only copy would die with this process anyway.
        print(problem, file=sys.stderr)
        print(
            f"De sleutel is NIET opgeslagen. Zet hem voor deze computer in de omgevingsvariabele "
            f"{env_var}, of typ hem in het instellingenscherm (geldt dan alleen die sessie).",
            file=sys.stderr,
        )
        return EXIT_FAILED
    secret = _read_secret(f"{label}: ")
    if not secret.strip():
        print("Geen sleutel ingevoerd; er is niets opgeslagen.", file=sys.stderr)
        return EXIT_FAILED
    where = store_secret(KEYRING_SERVICE, user, secret)
    if where is not StoredWhere.KEYRING:
        print("De sleutelbos weigerde de sleutel; er is niets opgeslagen.", file=sys.stderr)
        return EXIT_FAILED
    print("Opgeslagen in de sleutelbos.")
    return EXIT_OK


def _set_secret(args: argparse.Namespace) -> int:
    from kcc_desk.services.config_store import ConfigStore
    from kcc_desk.services.credentials import keyring_user, secret_env_var
    from kcc_desk.services.errors import ConfigError
    from kcc_desk.services.messages import verbatim

    store = ConfigStore(_config_path(args))
    if not any(s.name == args.name for s in store.sources()):
        raise ConfigError(verbatim(f"Er is geen bron met de naam '{args.name}'."))
    return _store(
        keyring_user(args.name), f"Sleutel voor bron '{args.name}'", secret_env_var(args.name)
    )


def _set_token(args: argparse.Namespace) -> int:
    from kcc_desk.services.config_store import ConfigStore
    from kcc_desk.services.credentials import KLANTINTERACTIES_ENV, KLANTINTERACTIES_USER
    from kcc_desk.services.errors import ConfigError
    from kcc_desk.services.messages import verbatim

    if ConfigStore(_config_path(args)).klantinteracties() is None:
        raise ConfigError(
            verbatim(
                "Klantinteracties is niet ingesteld; doe eerst "
                "'kcc-desk sources set-klantinteracties URL'."
            )
        )
    return _store(KLANTINTERACTIES_USER, "Token voor Klantinteracties", KLANTINTERACTIES_ENV)


# -- test -----------------------------------------------------------------------------------------


# Words, not only symbols or colour: readable by screen readers and in any terminal.
_MARKERS = {"ok": "OK     ", "waarschuwing": "LET OP ", "fout": "FOUT   "}


def _test(args: argparse.Namespace) -> int:
    import asyncio

    from kcc_desk.commands.config_check import load_usable_config
    from kcc_desk.services.errors import ConfigError
    from kcc_desk.services.messages import verbatim

    config = load_usable_config(_config_path(args))  # unusable: bad input (exit 2, in cli)
    known = {s.name for s in config.sources}
    if args.name and args.name not in known and args.name.lower() != "klantinteracties":
        raise ConfigError(verbatim(f"Er is geen bron met de naam '{args.name}'."))
    results = asyncio.run(_run_tests(config, args.name))
    failed = 0
    for result in results:
        print(f"{_MARKERS[result.status.value]} {result.line()}")
        if not result.ok:
            failed += 1
    print()
    if failed:
        print(f"{failed} van {len(results)} controles mislukt.")
        return EXIT_FAILED
    print(f"Alle {len(results)} controles in orde.")
    return EXIT_OK


async def _run_tests(config: AppConfig, only: str | None) -> list[CheckResult]:
    import asyncio

    from kcc_desk.services.connection_test import (
        new_test_client,
        test_klantinteracties,
        test_source,
    )
    from kcc_desk.services.credentials import Credentials
    from kcc_desk.services.errors import CredentialError

    credentials = Credentials(config)
    async with new_test_client(str(config.ca_bundle) if config.ca_bundle else None) as client:
        jobs = []
        for source in config.sources:
            if only and only != source.name:
                continue
            try:
                secret: str | None = credentials.secret_for(source)
            except CredentialError:
                secret = None  # the test says so in plain words
            jobs.append(test_source(source, secret, config.agent_id, client))
        klant = config.klantinteracties
        if klant is not None and (not only or only.lower() == "klantinteracties"):
            try:
                token: str | None = credentials.klantinteracties_token()
            except CredentialError:
                token = None
            jobs.append(test_klantinteracties(klant.url, token, client))
        groups = await asyncio.gather(*jobs)
    return [result for group in groups for result in group]
