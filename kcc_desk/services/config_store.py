"""Change the TOML configuration file: sources, Klantinteracties, general settings.

Read-modify-write: the file is parsed with ``tomllib``, changed as a plain dict, checked with the
same validation ``config.load_config`` uses, and written back atomically (temp file + rename,
mode 0600). The stdlib has no TOML writer; :func:`dumps` below is a small serializer for the
shapes a kcc-desk configuration has (scalars, arrays of scalars, tables, arrays of tables). It
does not keep comments or layout: **saving rewrites the file**, with a header saying so.

No secret is ever written here, except an inline ``secret``/``token`` for a loopback demo server
(the training set-up that ``DemoServer.write_config`` produces). Everything else goes to the OS
keyring via ``keyring_safety``.
"""

from __future__ import annotations

import contextlib
import math
import os
import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any, Literal, get_args
from urllib.parse import urlsplit

from kcc_desk.services.app_dirs import resolve_config_path
from kcc_desk.services.config import (
    DEFAULT_TIMEOUT_S,
    SourceConfig,
    is_loopback_url,
    parse_config,
)
from kcc_desk.services.credentials import (
    KEYRING_SERVICE,
    KLANTINTERACTIES_ENV,
    KLANTINTERACTIES_USER,
    keyring_user,
    secret_env_var,
)
from kcc_desk.services.errors import ConfigError
from kcc_desk.services.messages import QT_TRANSLATE_NOOP, Message

DEFAULT_IDLE_LOCK_MINUTES = 10
MAX_IDLE_LOCK_MINUTES = 240
Language = Literal["nl", "en", "systeem"]
LANGUAGES: tuple[str, ...] = get_args(Language)
DEFAULT_LANGUAGE: Language = "nl"

HEADER = (
    "# kcc-desk configuratie. Dit bestand wordt door kcc-desk herschreven (instellingen,\n"
    "# 'kcc-desk sources'); eigen commentaar gaat dan verloren.\n"
    "# Sleutels en tokens staan NIET in dit bestand maar in de sleutelbos van het\n"
    "# besturingssysteem (alleen een oefenserver op deze computer mag hier een sleutel hebben).\n\n"
)


INLINE_KEY_REFUSED_MESSAGE = QT_TRANSLATE_NOOP(
    "ConfigStore",  # a message about secrets, not a secret
    "Een sleutel mag alleen in het configuratiebestand voor een oefenserver op deze computer. "
    "Sla de sleutel op in de sleutelbos.",
)


class ConfigStoreError(ConfigError):
    """A change was refused; ``ui_message`` says why, ``field`` names the offending field."""

    def __init__(self, message: Message, field_name: str | None = None) -> None:
        super().__init__(message)
        self.field = field_name


# -- typed settings -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SourceSettings:
    """A source as the settings dialog and ``sources add`` edit it (before validation)."""

    name: str
    zaken_api: str
    catalogi_api: str
    documenten_api: str = ""
    client_id: str = ""
    timeout_s: float = DEFAULT_TIMEOUT_S
    secret: str | None = field(default=None, repr=False)  # inline: loopback demo servers only

    @classmethod
    def from_config(cls, source: SourceConfig) -> SourceSettings:
        return cls(
            source.name,
            source.zaken_api,
            source.catalogi_api,
            source.documenten_api,
            source.client_id,
            source.timeout_s,
            source.secret,
        )

    def to_config(self) -> SourceConfig:
        """Validated :class:`SourceConfig`; raises :class:`ConfigStoreError`."""
        errors = validate_source(self)
        if errors:
            name, message = next(iter(errors.items()))
            raise ConfigStoreError(message, name)
        return SourceConfig(
            self.name.strip(),
            _root(self.zaken_api),
            _root(self.catalogi_api),
            _root(self.documenten_api),
            self.client_id.strip(),
            float(self.timeout_s),
            self.secret,
        )

    @property
    def api_roots(self) -> tuple[str, ...]:
        return tuple(r for r in (self.zaken_api, self.catalogi_api, self.documenten_api) if r)


@dataclass(frozen=True, slots=True)
class GeneralSettings:
    agent_id: str | None = None  # None: the OS user
    idle_lock_minutes: int = DEFAULT_IDLE_LOCK_MINUTES
    language: Language = DEFAULT_LANGUAGE
    theme: str | None = None  # a theme name ("voorbeeld", "donker") or a tokens file path
    ca_bundle: str | None = None  # PEM file with the municipality's own CA(s); TLS stays on
    notifications: bool = True  # desktop notifications for watched cases (issue 17)


class SecretWhere(StrEnum):
    ENV = "env"
    SESSION = "session"  # typed in this session, insecure keyring
    KEYRING = "keyring"
    INLINE_DEMO = "inline-demo"
    MISSING = "missing"


# -- validation -----------------------------------------------------------------------------------


def url_problem(url: str, *, required: bool = True) -> Message | None:
    """Plain-Dutch reason why ``url`` cannot be an API root, or None."""
    url = url.strip()
    if not url:
        return QT_TRANSLATE_NOOP("ConfigStore", "Vul een adres in.") if required else None
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return QT_TRANSLATE_NOOP(
            "ConfigStore", "Dit is geen geldig adres; het begint met https://."
        )
    if parts.scheme == "http" and not is_loopback_url(url):
        return QT_TRANSLATE_NOOP(
            "ConfigStore", "Gebruik https (http mag alleen voor een oefenserver op deze computer)."
        )
    if parts.username or parts.password:
        return QT_TRANSLATE_NOOP(
            "ConfigStore", "Zet geen gebruikersnaam of wachtwoord in het adres."
        )
    if parts.query or parts.fragment:
        return QT_TRANSLATE_NOOP("ConfigStore", "Het adres van een API mag geen ? of # bevatten.")
    return None


def validate_source(settings: SourceSettings) -> dict[str, Message]:
    """Field name → plain-Dutch problem, for every field that is wrong (empty: all fine)."""
    errors: dict[str, Message] = {}
    if not settings.name.strip():
        errors["name"] = QT_TRANSLATE_NOOP("ConfigStore", "Vul een naam in.")
    elif len(settings.name.strip()) > 80:
        errors["name"] = QT_TRANSLATE_NOOP("ConfigStore", "Een naam is hoogstens 80 tekens.")
    for key, required in (("zaken_api", True), ("catalogi_api", True), ("documenten_api", False)):
        problem = url_problem(getattr(settings, key), required=required)
        if problem:
            errors[key] = problem
    if not settings.client_id.strip():
        errors["client_id"] = QT_TRANSLATE_NOOP(
            "ConfigStore", "Vul de client-id in die de beheerder van de bron heeft gegeven."
        )
    timeout = settings.timeout_s
    if isinstance(timeout, bool) or not (isinstance(timeout, int | float) and 0 < timeout <= 120):
        errors["timeout_s"] = QT_TRANSLATE_NOOP(
            "ConfigStore", "De wachttijd is een getal tussen 0 en 120 seconden."
        )
    if settings.secret and not errors and not all(is_loopback_url(r) for r in settings.api_roots):
        errors["secret"] = INLINE_KEY_REFUSED_MESSAGE
    return errors


def validate_general(settings: GeneralSettings) -> dict[str, Message]:
    errors: dict[str, Message] = {}
    if settings.agent_id is not None and not settings.agent_id.strip():
        errors["agent_id"] = QT_TRANSLATE_NOOP(
            "ConfigStore", "Vul uw medewerker-id in, of laat het veld leeg voor uw inlognaam."
        )
    elif settings.agent_id is not None and len(settings.agent_id.strip()) > 255:
        errors["agent_id"] = QT_TRANSLATE_NOOP(
            "ConfigStore", "Een medewerker-id is hoogstens 255 tekens."
        )
    minutes = settings.idle_lock_minutes
    if isinstance(minutes, bool) or not isinstance(minutes, int):
        errors["idle_lock_minutes"] = QT_TRANSLATE_NOOP(
            "ConfigStore", "Vul een heel aantal minuten in."
        )
    elif not 1 <= minutes <= MAX_IDLE_LOCK_MINUTES:
        errors["idle_lock_minutes"] = QT_TRANSLATE_NOOP(
            "ConfigStore", "Vergrendelen na 1 tot {limit} minuten zonder gebruik."
        ).format(limit=MAX_IDLE_LOCK_MINUTES)
    if settings.language not in LANGUAGES:
        errors["language"] = QT_TRANSLATE_NOOP(
            "ConfigStore", "Kies Nederlands, Engels of de taal van het systeem."
        )
    if settings.ca_bundle:
        path = Path(settings.ca_bundle).expanduser()
        if not path.is_file():
            errors["ca_bundle"] = QT_TRANSLATE_NOOP(
                "ConfigStore", "Dit CA-bestand bestaat niet (verwacht een .pem-bestand)."
            )
    return errors


def _root(url: str) -> str:
    url = url.strip()
    if not url:
        return ""
    return url if url.endswith("/") else url + "/"


# -- the store ------------------------------------------------------------------------------------


class ConfigStore:
    """Edits one configuration file. Every method reads the file fresh, so two editors (the
    dialog and a CLI call) do not overwrite each other's older view."""

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        self.path = resolve_config_path(path)

    # reading

    def read_raw(self) -> dict[str, Any]:
        try:
            with self.path.open("rb") as fh:
                return tomllib.load(fh)
        except FileNotFoundError:
            return {}
        except OSError as exc:
            raise ConfigStoreError(
                QT_TRANSLATE_NOOP(
                    "ConfigStore", "Configuratiebestand niet leesbaar: {path} ({problem})"
                ).format(path=str(self.path), problem=type(exc).__name__)
            ) from None
        except tomllib.TOMLDecodeError as exc:
            raise ConfigStoreError(
                QT_TRANSLATE_NOOP(
                    "ConfigStore", "Configuratiebestand is geen geldige TOML: {path} ({problem})"
                ).format(path=str(self.path), problem=str(exc))
            ) from None

    def sources(self) -> list[SourceSettings]:
        out = []
        for raw in self._raw_sources(self.read_raw()):
            out.append(
                SourceSettings(
                    name=str(raw.get("name", "")),
                    zaken_api=str(raw.get("zaken_api", "")),
                    catalogi_api=str(raw.get("catalogi_api", "")),
                    documenten_api=str(raw.get("documenten_api", "")),
                    client_id=str(raw.get("client_id", "")),
                    timeout_s=float(raw.get("timeout_s", DEFAULT_TIMEOUT_S)),
                    secret=raw.get("secret") if isinstance(raw.get("secret"), str) else None,
                )
            )
        return out

    def klantinteracties(self) -> tuple[str, str | None] | None:
        """``(url, inline_demo_token)`` or None when not configured."""
        table = self.read_raw().get("klantinteracties")
        if not isinstance(table, dict) or not isinstance(table.get("url"), str):
            return None
        token = table.get("token")
        return table["url"], token if isinstance(token, str) else None

    def general(self) -> GeneralSettings:
        raw = self.read_raw()
        language = raw.get("language", DEFAULT_LANGUAGE)
        minutes = raw.get("idle_lock_minutes", DEFAULT_IDLE_LOCK_MINUTES)
        return GeneralSettings(
            agent_id=_str_or_none(raw.get("agent_id")),
            idle_lock_minutes=minutes if isinstance(minutes, int) else DEFAULT_IDLE_LOCK_MINUTES,
            language=language if language in LANGUAGES else DEFAULT_LANGUAGE,
            theme=_str_or_none(raw.get("theme")),
            ca_bundle=_str_or_none(raw.get("ca_bundle")),
            notifications=raw.get("notifications", True) is not False,
        )

    # changing

    def add_source(self, settings: SourceSettings) -> SourceConfig:
        source = settings.to_config()
        raw = self.read_raw()
        sources = self._raw_sources(raw)
        if any(s.get("name") == source.name for s in sources):
            raise ConfigStoreError(
                QT_TRANSLATE_NOOP("ConfigStore", "Er is al een bron met de naam '{name}'.").format(
                    name=source.name
                ),
                "name",
            )
        sources.append(_source_table(source))
        raw["sources"] = sources
        self._write(raw)
        return source

    def update_source(self, name: str, settings: SourceSettings) -> SourceConfig:
        """Replace source ``name`` (possibly renaming it); unknown keys in its table are kept."""
        source = settings.to_config()
        raw = self.read_raw()
        sources = self._raw_sources(raw)
        index = _index_of(sources, name)
        if source.name != name and any(s.get("name") == source.name for s in sources):
            raise ConfigStoreError(
                QT_TRANSLATE_NOOP("ConfigStore", "Er is al een bron met de naam '{name}'.").format(
                    name=source.name
                ),
                "name",
            )
        table = dict(sources[index])
        table.pop("secret", None)
        table.update(_source_table(source))
        sources[index] = table
        raw["sources"] = sources
        self._write(raw)
        return source

    def remove_source(self, name: str) -> None:
        raw = self.read_raw()
        sources = self._raw_sources(raw)
        del sources[_index_of(sources, name)]
        raw["sources"] = sources
        self._write(raw)

    def set_klantinteracties(self, url: str | None, token: str | None = None) -> None:
        """Set (or with ``url=None`` remove) the Klantinteracties endpoint. ``token`` inline
        only for a loopback demo server; otherwise use the keyring."""
        raw = self.read_raw()
        if url is None or not url.strip():
            raw.pop("klantinteracties", None)
            self._write(raw)
            return
        problem = url_problem(url)
        if problem:
            raise ConfigStoreError(problem, "klantinteracties_url")
        if token and not is_loopback_url(url):
            raise ConfigStoreError(
                QT_TRANSLATE_NOOP(
                    "ConfigStore",
                    "Een token mag alleen in het configuratiebestand voor een oefenserver op "
                    "deze computer. Sla het token op in de sleutelbos.",
                ),
                "klantinteracties_token",
            )
        table = raw.get("klantinteracties")
        table = dict(table) if isinstance(table, dict) else {}
        table["url"] = _root(url)
        if token:
            table["token"] = token
        elif not is_loopback_url(url):
            table.pop("token", None)  # never leave a demo token next to a real host
        raw["klantinteracties"] = table
        self._write(raw)

    def set_general(self, settings: GeneralSettings) -> None:
        errors = validate_general(settings)
        if errors:
            key, message = next(iter(errors.items()))
            raise ConfigStoreError(message, key)
        raw = self.read_raw()
        _set_or_drop(raw, "agent_id", settings.agent_id.strip() if settings.agent_id else None)
        raw["idle_lock_minutes"] = settings.idle_lock_minutes
        raw["language"] = settings.language
        _set_or_drop(raw, "theme", settings.theme or None)
        _set_or_drop(raw, "ca_bundle", settings.ca_bundle or None)
        _set_notifications(raw, settings.notifications)
        self._write(raw)

    def replace_all(
        self,
        sources: Sequence[tuple[str | None, SourceSettings]],
        klantinteracties_url: str | None,
        general: GeneralSettings,
    ) -> None:
        """Write the settings dialog's whole state in one validated write.

        ``sources`` is the new list in order, each with the name it had in the file (None for a
        new source), so unknown keys of an edited source survive a rename. Sources left out are
        removed. The Klantinteracties inline demo token survives only on a loopback URL.
        """
        configs = [(original, settings.to_config()) for original, settings in sources]
        names = [c.name for _, c in configs]
        duplicates = {n for n in names if names.count(n) > 1}
        if duplicates:
            raise ConfigStoreError(
                QT_TRANSLATE_NOOP("ConfigStore", "Er is al een bron met de naam '{name}'.").format(
                    name=sorted(duplicates)[0]
                ),
                "name",
            )
        errors = validate_general(general)
        if errors:
            key, message = next(iter(errors.items()))
            raise ConfigStoreError(message, key)
        if klantinteracties_url:
            problem = url_problem(klantinteracties_url)
            if problem:
                raise ConfigStoreError(problem, "klantinteracties_url")
        raw = self.read_raw()
        old = {str(t.get("name")): t for t in self._raw_sources(raw)}
        tables = []
        for original, source in configs:
            table = dict(old.get(original, {})) if original else {}
            table.pop("secret", None)
            table.update(_source_table(source))
            tables.append(table)
        raw["sources"] = tables
        if klantinteracties_url:
            klant = raw.get("klantinteracties")
            klant = dict(klant) if isinstance(klant, dict) else {}
            if klant.get("url") != _root(klantinteracties_url) and not is_loopback_url(
                klantinteracties_url
            ):
                klant.pop("token", None)
            klant["url"] = _root(klantinteracties_url)
            raw["klantinteracties"] = klant
        else:
            raw.pop("klantinteracties", None)
        _set_or_drop(raw, "agent_id", general.agent_id.strip() if general.agent_id else None)
        raw["idle_lock_minutes"] = general.idle_lock_minutes
        raw["language"] = general.language
        _set_or_drop(raw, "theme", general.theme or None)
        _set_or_drop(raw, "ca_bundle", general.ca_bundle or None)
        _set_notifications(raw, general.notifications)
        self._write(raw)

    # internals

    @staticmethod
    def _raw_sources(raw: Mapping[str, Any]) -> list[dict[str, Any]]:
        sources = raw.get("sources", [])
        if not isinstance(sources, list) or not all(isinstance(s, dict) for s in sources):
            raise ConfigStoreError(
                QT_TRANSLATE_NOOP(
                    "ConfigStore", "De bronnen in het configuratiebestand zijn onleesbaar."
                )
            )
        return [dict(s) for s in sources]

    def _write(self, raw: dict[str, Any]) -> None:
        _refuse_inline_secrets(raw)
        if raw.get("sources"):
            # The same checks the app runs at start-up: never save a file it cannot load.
            parse_config(raw)
        text = HEADER + dumps(raw)
        try:
            write_private_file(self.path, text)
        except OSError as exc:
            raise ConfigStoreError(
                QT_TRANSLATE_NOOP(
                    "ConfigStore",
                    "Configuratiebestand kon niet worden opgeslagen: {path} ({problem}). "
                    "Vraag de beheerder om schrijfrechten.",
                ).format(path=str(self.path), problem=type(exc).__name__)
            ) from None


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


def _refuse_inline_secrets(raw: Mapping[str, Any]) -> None:
    for table in raw.get("sources", []) or []:
        if not isinstance(table, dict) or not table.get("secret"):
            continue
        roots = [table.get(k) for k in ("zaken_api", "catalogi_api", "documenten_api")]
        if not all(is_loopback_url(r) for r in roots if isinstance(r, str) and r):
            raise ConfigStoreError(
                QT_TRANSLATE_NOOP(
                    "ConfigStore",
                    "Bron '{name}': een sleutel mag alleen in het configuratiebestand "
                    "voor een oefenserver op deze computer.",
                ).format(name=str(table.get("name"))),
                "secret",
            )
    klant = raw.get("klantinteracties")
    if isinstance(klant, dict) and klant.get("token"):
        url = klant.get("url")
        if not (isinstance(url, str) and is_loopback_url(url)):
            raise ConfigStoreError(
                QT_TRANSLATE_NOOP(
                    "ConfigStore",
                    "Klantinteracties: een token mag alleen in het configuratiebestand voor een "
                    "oefenserver op deze computer.",
                ),
                "klantinteracties_token",
            )


def _source_table(source: SourceConfig) -> dict[str, Any]:
    table: dict[str, Any] = {
        "name": source.name,
        "zaken_api": source.zaken_api,
        "catalogi_api": source.catalogi_api,
    }
    if source.documenten_api:
        table["documenten_api"] = source.documenten_api
    table["client_id"] = source.client_id
    if source.timeout_s != DEFAULT_TIMEOUT_S:
        table["timeout_s"] = source.timeout_s
    if source.secret:
        table["secret"] = source.secret
    return table


def _index_of(sources: Sequence[Mapping[str, Any]], name: str) -> int:
    for index, table in enumerate(sources):
        if table.get("name") == name:
            return index
    raise ConfigStoreError(
        QT_TRANSLATE_NOOP("ConfigStore", "Er is geen bron met de naam '{name}'.").format(name=name),
        "name",
    )


def _set_or_drop(raw: dict[str, Any], key: str, value: object) -> None:
    if value is None:
        raw.pop(key, None)
    else:
        raw[key] = value


def _str_or_none(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


# -- where a secret comes from ------------------------------------------------------------------


def source_secret_where(
    source: SourceConfig | SourceSettings,
    *,
    environ: Mapping[str, str] | None = None,
    backend: object | None = None,
) -> SecretWhere:
    """Where ``credentials.Credentials`` would find this source's secret (same order)."""
    from kcc_desk.services.keyring_safety import session_store

    environ = os.environ if environ is None else environ
    if environ.get(secret_env_var(source.name)):
        return SecretWhere.ENV
    user = keyring_user(source.name)
    if session_store().get(KEYRING_SERVICE, user):
        return SecretWhere.SESSION
    if _keyring_has(user, backend):
        return SecretWhere.KEYRING
    if source.secret:
        return SecretWhere.INLINE_DEMO
    return SecretWhere.MISSING


def klantinteracties_token_where(
    inline_token: str | None,
    *,
    environ: Mapping[str, str] | None = None,
    backend: object | None = None,
) -> SecretWhere:
    from kcc_desk.services.keyring_safety import session_store

    environ = os.environ if environ is None else environ
    if environ.get(KLANTINTERACTIES_ENV):
        return SecretWhere.ENV
    if session_store().get(KEYRING_SERVICE, KLANTINTERACTIES_USER):
        return SecretWhere.SESSION
    if _keyring_has(KLANTINTERACTIES_USER, backend):
        return SecretWhere.KEYRING
    if inline_token:
        return SecretWhere.INLINE_DEMO
    return SecretWhere.MISSING


def _keyring_has(user: str, backend: object | None) -> bool:
    try:
        source: Any = backend
        if source is None:
            import keyring

            source = keyring
        return bool(source.get_password(KEYRING_SERVICE, user))
    except Exception:  # no keyring / locked: not there as far as we can tell
        return False


# -- a small TOML writer --------------------------------------------------------------------------

_BARE_KEY = re.compile(r"^[A-Za-z0-9_-]+$")
_ESCAPES = {
    '"': '\\"',
    "\\": "\\\\",
    "\b": "\\b",
    "\t": "\\t",
    "\n": "\\n",
    "\f": "\\f",
    "\r": "\\r",
}


def dumps(data: Mapping[str, Any]) -> str:
    """Serialize ``data`` as TOML (v1.0): scalars and inline arrays first, then ``[tables]`` and
    ``[[arrays of tables]]``. Supports str, int, float, bool, lists and dicts — the shapes of a
    kcc-desk config. Raises TypeError for anything else (dates, None)."""
    lines: list[str] = []
    _emit_table(lines, (), data)
    return "\n".join(lines).strip("\n") + "\n"


def _emit_table(lines: list[str], path: tuple[str, ...], table: Mapping[str, Any]) -> None:
    subtables: list[tuple[str, Mapping[str, Any]]] = []
    arrays: list[tuple[str, list[Mapping[str, Any]]]] = []
    for key, value in table.items():
        if isinstance(value, Mapping):
            subtables.append((key, value))
        elif _is_table_array(value):
            arrays.append((key, value))
        else:
            lines.append(f"{_key(key)} = {_value(value)}")
    for key, sub in subtables:
        lines.append("")
        lines.append(f"[{_dotted((*path, key))}]")
        _emit_table(lines, (*path, key), sub)
    for key, items in arrays:
        for item in items:
            lines.append("")
            lines.append(f"[[{_dotted((*path, key))}]]")
            _emit_table(lines, (*path, key), item)


def _is_table_array(value: object) -> bool:
    return (
        isinstance(value, list) and bool(value) and all(isinstance(item, Mapping) for item in value)
    )


def _dotted(path: tuple[str, ...]) -> str:
    return ".".join(_key(part) for part in path)


def _key(key: str) -> str:
    if not isinstance(key, str):
        raise TypeError(f"TOML keys are strings, not {type(key).__name__}")
    return key if _BARE_KEY.match(key) else _string(key)


def _string(text: str) -> str:
    out = []
    for char in text:
        if char in _ESCAPES:
            out.append(_ESCAPES[char])
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            out.append(f"\\u{ord(char):04X}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def _value(value: object) -> str:
    if isinstance(value, bool):  # before int: bool is an int subclass
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "nan"
        if math.isinf(value):
            return "inf" if value > 0 else "-inf"
        return repr(value)  # shortest round-tripping form, always with '.' or 'e'
    if isinstance(value, str):
        return _string(value)
    if isinstance(value, list):
        if any(isinstance(item, Mapping) for item in value):
            raise TypeError("a TOML array mixing tables and values is not supported")
        return "[" + ", ".join(_value(item) for item in value) + "]"
    raise TypeError(f"cannot write {type(value).__name__} as TOML")


def _set_notifications(raw: dict[str, Any], on: bool) -> None:
    """Only "off" is written: on is the default, and a config without the key stays as it was."""
    if on:
        raw.pop("notifications", None)
    else:
        raw["notifications"] = False
