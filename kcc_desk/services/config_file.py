"""Reading and writing the configuration file: the one place that opens it.

Reading uses ``tomllib`` (fast, stdlib; start-up reads the file twice before the window is
whole). Writing goes through ``tomlkit``, which keeps what an administrator wrote: comments,
key order, blank lines and quoting survive a save from the settings dialog, only the values
that changed are replaced. The file is replaced atomically (temp file + rename, mode 0600).
"""

from __future__ import annotations

import contextlib
import logging
import os
import tomllib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kcc_desk.services.errors import ConfigError
from kcc_desk.services.messages import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from tomlkit.container import Container
    from tomlkit.toml_document import TOMLDocument

log = logging.getLogger(__name__)

HEADER = (
    "# kcc-desk configuratie. kcc-desk past dit bestand aan vanuit Instellingen en\n"
    "# 'kcc-desk sources'; commentaar en volgorde blijven daarbij staan.\n"
    "# Sleutels en tokens staan NIET in dit bestand maar in de sleutelbos van het\n"
    "# besturingssysteem (alleen een oefenserver op deze computer mag hier een sleutel hebben).\n\n"
)
# What files written before tomlkit said at the top; no longer true, so replaced on a save.
_OLD_HEADER_LINES = (
    "# kcc-desk configuratie. Dit bestand wordt door kcc-desk herschreven (instellingen,\n"
    "# 'kcc-desk sources'); eigen commentaar gaat dan verloren.\n"
)
_NEW_HEADER_LINES = HEADER.split("# Sleutels", maxsplit=1)[0]


def _unreadable(path: Path, problem: str) -> ConfigError:
    return ConfigError(
        QT_TRANSLATE_NOOP("Config", "Configuratiebestand niet leesbaar: {path} ({problem})").format(
            path=str(path), problem=problem
        )
    )


def _not_toml(path: Path, problem: str) -> ConfigError:
    return ConfigError(
        QT_TRANSLATE_NOOP(
            "Config", "Configuratiebestand is geen geldige TOML: {path} ({problem})"
        ).format(path=str(path), problem=problem)
    )


def read_toml(path: Path, *, missing_ok: bool = False) -> dict[str, Any]:
    """The file as plain data; ConfigError (in the words the CLI and the window both show) when
    it is missing (unless ``missing_ok``: then ``{}``), unreadable or not TOML."""
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError:
        if missing_ok:
            return {}
        raise ConfigError(
            QT_TRANSLATE_NOOP("Config", "Configuratiebestand niet gevonden: {path}").format(
                path=str(path)
            )
        ) from None
    except OSError as exc:
        raise _unreadable(path, type(exc).__name__) from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise _not_toml(path, str(exc)) from None


def read_toml_quietly(path: Path) -> dict[str, Any]:
    """The file as plain data, or ``{}`` when it cannot be read (the first frame's reader: the
    full check that follows reports the problem in the window)."""
    try:
        return read_toml(path)
    except ConfigError:
        log.debug("configuratie nog niet gelezen (het volledige lezen meldt het probleem)")
        return {}


def read_document(path: Path) -> TOMLDocument:
    """The file for editing (comments and layout kept); an empty one when it does not exist."""
    import tomlkit
    from tomlkit.exceptions import TOMLKitError

    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return tomlkit.parse(HEADER)
    except (OSError, UnicodeDecodeError) as exc:
        raise _unreadable(path, type(exc).__name__) from None
    try:
        return tomlkit.parse(text.replace(_OLD_HEADER_LINES, _NEW_HEADER_LINES, 1))
    except TOMLKitError as exc:
        raise _not_toml(path, str(exc)) from None


def save_document(path: Path, document: TOMLDocument) -> None:
    import tomlkit

    try:
        write_private_file(path, tomlkit.dumps(document))
    except OSError as exc:
        raise ConfigError(
            QT_TRANSLATE_NOOP(
                "Config",
                "Configuratiebestand kon niet worden opgeslagen: {path} ({problem}). "
                "Vraag de beheerder om schrijfrechten.",
            ).format(path=str(path), problem=type(exc).__name__)
        ) from None


def put(container: Container, key: str, value: object) -> None:
    """Set ``key`` keeping its place and comment; a new key goes after the last plain key (not
    after a comment that introduces the next table, and never into a table that follows)."""
    from tomlkit.items import AoT, Table

    if key in container:
        container[key] = value
        return
    last = None
    for index, (name, item) in enumerate(container.body):
        if name is not None and not isinstance(item, Table | AoT):
            last = index
    if last is None or last + 1 >= len(container.body):
        container.append(key, value)
    else:
        container._insert_at(last + 1, key, value)


def put_or_drop(container: Container, key: str, value: object) -> None:
    if value is None:
        container.pop(key, None)
    else:
        put(container, key, value)


def write_private_file(path: Path, text: str) -> None:
    """Atomically replace ``path`` with ``text`` (temp file in the same dir, mode 0600)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())  # a half-written config would stop the app from starting
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
        raise
