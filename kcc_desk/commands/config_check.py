"""Bad input that ends a subcommand: an unusable configuration or outbox file (README: exit 2).

One rule for every subcommand, applied by ``cli.run_command`` before the subcommand runs: a
configuration file that exists must be readable TOML with valid values (the checks start-up runs),
and a ``--config`` given explicitly must exist, except for the commands that create it. Commands
that need a configuration load it with :func:`load_usable_config`, so "no sources configured" is
bad configuration too. The message is one line of Dutch; ``cli`` prints it and returns 2.
"""

from __future__ import annotations

import argparse
import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kcc_desk.services.config import AppConfig

# Subcommands that do not read the configuration (checked only when --config names one).
_NOT_READING = {("demo-server", None), ("outbox", "list"), ("outbox", "retry")}
# Subcommands that write the first configuration file: a missing one is what they start from.
_CREATING = {("sources", "add"), ("sources", "set-klantinteracties")}


class BadInput(Exception):
    """Bad input or an unusable file: one line on stderr, exit code 2."""


def _which(args: argparse.Namespace) -> tuple[str, str | None]:
    action = getattr(args, "sources_action", None) or getattr(args, "outbox_command", None)
    return args.command, action


def check_config(args: argparse.Namespace) -> None:
    """Raise :class:`BadInput` when the subcommand's configuration cannot be used (read by
    services.config_file, the one reader, so the words are the window's too)."""
    from kcc_desk.services.app_dirs import resolve_config_path
    from kcc_desk.services.config import parse_config
    from kcc_desk.services.config_file import read_toml
    from kcc_desk.services.errors import ConfigError

    explicit: str | os.PathLike[str] | None = getattr(args, "config", None)
    which = _which(args)
    if not explicit and which in _NOT_READING:
        return
    path = resolve_config_path(explicit)
    # A missing file is fine unless named explicitly (a command that needs it says so when it
    # loads it); a command that creates it starts from nothing.
    missing_ok = not explicit or which in _CREATING
    try:
        raw = read_toml(path, missing_ok=missing_ok)
    except ConfigError as exc:
        raise BadInput(exc.message) from None
    if raw.get("sources"):  # without sources: valid for `sources add`, refused by lookups
        try:
            parse_config(raw)
        except ConfigError as exc:
            raise BadInput(f"Configuratiebestand {path}: {exc.message}") from None


def load_usable_config(path: str | os.PathLike[str] | None) -> AppConfig:
    """``load_config``, whose every problem is bad configuration (:class:`BadInput`)."""
    from kcc_desk.services.config import load_config
    from kcc_desk.services.errors import ConfigError

    try:
        return load_config(path)
    except ConfigError as exc:
        raise BadInput(exc.message) from None
