"""The kcc-desk configuration file (TOML): which ZGW sources to search and how to reach them.

Path: ``--config FILE``, else ``$KCC_DESK_CONFIG``, else ``config.toml`` in the platformdirs user
config dir. Secrets do not belong here (they live in the OS keyring, see ``credentials``); only a
loopback demo/training server may carry an inline ``secret``/``token``.
"""

from __future__ import annotations

import getpass
import ipaddress
import logging
import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

# Where the file lives is decided in one place, which start-up also uses before this module loads.
from kcc_desk.services.app_dirs import resolve_config_path
from kcc_desk.services.errors import ConfigError
from kcc_desk.services.messages import QT_TRANSLATE_NOOP, Message, verbatim
from kcc_desk.services.models import CONFIDENTIALITY_LEVELS

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT_S = 8.0
DEFAULT_MAX_RESPONSE_MB = 20.0
DEFAULT_WATCH_INTERVAL_S = 120.0
DEFAULT_MAX_CONFIDENTIALITY = "zaakvertrouwelijk"


@dataclass(frozen=True, slots=True)
class SourceConfig:
    name: str
    zaken_api: str
    catalogi_api: str
    documenten_api: str
    client_id: str
    timeout_s: float = DEFAULT_TIMEOUT_S
    secret: str | None = field(default=None, repr=False)  # loopback demo servers only

    @property
    def api_roots(self) -> tuple[str, ...]:
        return tuple(r for r in (self.zaken_api, self.catalogi_api, self.documenten_api) if r)


@dataclass(frozen=True, slots=True)
class KlantinteractiesConfig:
    url: str
    token: str | None = field(default=None, repr=False)  # loopback demo servers only


@dataclass(frozen=True, slots=True)
class BrpConfig:
    """``[brp]``: Haal Centraal BRP Personen 2.x, e.g. ``https://…/haalcentraal/api/brp``."""

    url: str
    timeout_s: float = DEFAULT_TIMEOUT_S
    api_key: str | None = field(default=None, repr=False)  # loopback demo servers only


@dataclass(frozen=True, slots=True)
class AppConfig:
    sources: tuple[SourceConfig, ...]
    agent_id: str
    klantinteracties: KlantinteractiesConfig | None = None
    ca_bundle: Path | None = None
    max_response_mb: float = DEFAULT_MAX_RESPONSE_MB
    # Documents above this vertrouwelijkheidaanduiding are listed but cannot be opened.
    max_confidentiality: str = DEFAULT_MAX_CONFIDENTIALITY
    # Load (one page of) each source's zaaktypen alongside the first search of the session.
    preload_catalog: bool = True
    # Watched cases are read this often (issue 17); jittered, never below 30 s.
    watch_interval_s: float = DEFAULT_WATCH_INTERVAL_S
    path: Path | None = None
    brp: BrpConfig | None = None

    def source(self, name: str) -> SourceConfig:
        for source in self.sources:
            if source.name == name:
                return source
        raise KeyError(name)


def load_config(path: str | os.PathLike[str] | None = None) -> AppConfig:
    """Read and validate the configuration; raises :class:`ConfigError` with a Dutch message."""
    resolved = resolve_config_path(path)
    try:
        with resolved.open("rb") as fh:
            raw = tomllib.load(fh)
    except FileNotFoundError:
        raise ConfigError(
            QT_TRANSLATE_NOOP("Config", "Configuratiebestand niet gevonden: {path}").format(
                path=str(resolved)
            )
        ) from None
    except OSError as exc:
        raise ConfigError(
            QT_TRANSLATE_NOOP(
                "Config", "Configuratiebestand niet leesbaar: {path} ({problem})"
            ).format(path=str(resolved), problem=str(exc))
        ) from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(
            QT_TRANSLATE_NOOP(
                "Config", "Configuratiebestand is geen geldige TOML: {path} ({problem})"
            ).format(path=str(resolved), problem=str(exc))
        ) from None
    config = parse_config(raw)
    ca_bundle = _relative_to(config.ca_bundle, resolved.parent)
    if ca_bundle is not None and not ca_bundle.is_file():
        raise ConfigError(
            QT_TRANSLATE_NOOP("Config", "ca_bundle niet gevonden: {path}").format(
                path=str(ca_bundle)
            )
        )
    return AppConfig(
        sources=config.sources,
        agent_id=config.agent_id,
        klantinteracties=config.klantinteracties,
        ca_bundle=ca_bundle,
        max_response_mb=config.max_response_mb,
        max_confidentiality=config.max_confidentiality,
        preload_catalog=config.preload_catalog,
        watch_interval_s=config.watch_interval_s,
        path=resolved,
        brp=config.brp,
    )


def parse_config(raw: dict[str, Any]) -> AppConfig:
    """Validate an already-parsed TOML document."""
    agent_id = _opt_str(raw, "agent_id", verbatim("agent_id")) or _os_user()
    raw_sources = raw.get("sources", [])
    if not isinstance(raw_sources, list) or not raw_sources:
        raise ConfigError(
            QT_TRANSLATE_NOOP("Config", "De configuratie bevat geen bronnen ([[sources]]).")
        )
    sources = tuple(_parse_source(i, s) for i, s in enumerate(raw_sources))
    names = [s.name for s in sources]
    if len(set(names)) != len(names):
        raise ConfigError(
            QT_TRANSLATE_NOOP(
                "Config", "Twee bronnen hebben dezelfde naam. Geef elke bron een eigen naam."
            )
        )
    klant = _parse_klantinteracties(raw.get("klantinteracties"))
    ca_bundle = _opt_str(raw, "ca_bundle", verbatim("ca_bundle"))
    max_mb = raw.get("max_response_mb", DEFAULT_MAX_RESPONSE_MB)
    if not isinstance(max_mb, int | float) or isinstance(max_mb, bool) or max_mb <= 0:
        raise ConfigError(
            QT_TRANSLATE_NOOP("Config", "max_response_mb moet een positief getal zijn.")
        )
    max_conf = _opt_str(raw, "max_confidentiality", verbatim("max_confidentiality"))
    max_conf = max_conf or DEFAULT_MAX_CONFIDENTIALITY
    if max_conf not in CONFIDENTIALITY_LEVELS:
        raise ConfigError(
            QT_TRANSLATE_NOOP(
                "Config", "max_confidentiality moet een van deze zijn: {levels}"
            ).format(levels=", ".join(CONFIDENTIALITY_LEVELS))
        )
    preload = raw.get("preload_catalog", True)
    if not isinstance(preload, bool):
        raise ConfigError(QT_TRANSLATE_NOOP("Config", "preload_catalog moet true of false zijn."))
    interval = raw.get("watch_interval_s", DEFAULT_WATCH_INTERVAL_S)
    if not isinstance(interval, int | float) or isinstance(interval, bool) or interval < 30:
        raise ConfigError(
            QT_TRANSLATE_NOOP("Config", "watch_interval_s moet een getal van minstens 30 zijn.")
        )
    return AppConfig(
        sources=sources,
        agent_id=agent_id,
        klantinteracties=klant,
        ca_bundle=Path(ca_bundle) if ca_bundle else None,
        max_response_mb=float(max_mb),
        max_confidentiality=max_conf,
        preload_catalog=preload,
        brp=_parse_brp(raw.get("brp")),
        watch_interval_s=float(interval),
    )


def is_loopback_url(url: str) -> bool:
    """True for http(s) URLs on localhost / 127.0.0.0/8 / ::1 (demo and training servers)."""
    host = urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _parse_source(index: int, raw: object) -> SourceConfig:
    where = QT_TRANSLATE_NOOP("Config", "bron {number}").format(number=index + 1)
    if not isinstance(raw, dict):
        raise ConfigError(
            QT_TRANSLATE_NOOP("Config", "{where}: verwacht een tabel ([[sources]]).").format(
                where=where
            )
        )
    name = _req_str(raw, "name", where)
    where = QT_TRANSLATE_NOOP("Config", "bron '{name}'").format(name=name)
    zaken = _api_root(_req_str(raw, "zaken_api", where), where)
    catalogi = _api_root(_req_str(raw, "catalogi_api", where), where)
    documenten = _api_root(_opt_str(raw, "documenten_api", where) or "", where)
    client_id = _req_str(raw, "client_id", where)
    timeout = raw.get("timeout_s", DEFAULT_TIMEOUT_S)
    if not isinstance(timeout, int | float) or isinstance(timeout, bool) or timeout <= 0:
        raise ConfigError(
            QT_TRANSLATE_NOOP("Config", "{where}: timeout_s moet een positief getal zijn.").format(
                where=where
            )
        )
    secret = _opt_str(raw, "secret", where)
    source = SourceConfig(name, zaken, catalogi, documenten, client_id, float(timeout), secret)
    if secret is not None and not all(is_loopback_url(r) for r in source.api_roots):
        raise ConfigError(
            QT_TRANSLATE_NOOP(
                "Config",
                "{where}: een sleutel (secret) in het configuratiebestand mag alleen voor een "
                "oefenserver op deze computer. Zet de sleutel in de sleutelbos "
                "(kcc-desk sources) of in een omgevingsvariabele.",
            ).format(where=where)
        )
    _warn_unknown(
        raw,
        {"name", "zaken_api", "catalogi_api", "documenten_api", "client_id", "timeout_s", "secret"},
        where,
    )
    return source


def _parse_klantinteracties(raw: object) -> KlantinteractiesConfig | None:
    if raw is None:
        return None
    where = verbatim("[klantinteracties]")
    if not isinstance(raw, dict):
        raise ConfigError(
            QT_TRANSLATE_NOOP("Config", "{where}: verwacht een tabel.").format(where=where)
        )
    url = _api_root(_req_str(raw, "url", where), where)
    token = _opt_str(raw, "token", where)
    if token is not None and not is_loopback_url(url):
        raise ConfigError(
            QT_TRANSLATE_NOOP(
                "Config",
                "{where}: een token in het configuratiebestand mag alleen voor een oefenserver "
                "op deze computer. Zet het token in de sleutelbos of in "
                "KCC_DESK_KLANTINTERACTIES_TOKEN.",
            ).format(where=where)
        )
    return KlantinteractiesConfig(url, token)


def _parse_brp(raw: object) -> BrpConfig | None:
    if raw is None:
        return None
    where = verbatim("[brp]")
    if not isinstance(raw, dict):
        raise ConfigError(
            QT_TRANSLATE_NOOP("Config", "{where}: verwacht een tabel.").format(where=where)
        )
    url = _api_root(_req_str(raw, "url", where), where)
    timeout = raw.get("timeout_s", DEFAULT_TIMEOUT_S)
    if not isinstance(timeout, int | float) or isinstance(timeout, bool) or timeout <= 0:
        raise ConfigError(
            QT_TRANSLATE_NOOP("Config", "{where}: timeout_s moet een positief getal zijn.").format(
                where=where
            )
        )
    api_key = _opt_str(raw, "api_key", where)
    if api_key is not None and not is_loopback_url(url):
        raise ConfigError(
            QT_TRANSLATE_NOOP(
                "Config",
                "{where}: een API-sleutel in het configuratiebestand mag alleen voor een "
                "oefenserver op deze computer. Zet de sleutel in de sleutelbos of in "
                "KCC_DESK_BRP_API_KEY.",
            ).format(where=where)
        )
    _warn_unknown(raw, {"url", "timeout_s", "api_key"}, where)
    return BrpConfig(url, float(timeout), api_key)


def _api_root(url: str, where: Message) -> str:
    if not url:
        return ""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ConfigError(
            QT_TRANSLATE_NOOP("Config", "{where}: '{url}' is geen geldige http(s)-URL.").format(
                where=where, url=url
            )
        )
    if parts.scheme == "http" and not is_loopback_url(url):
        raise ConfigError(
            QT_TRANSLATE_NOOP(
                "Config", "{where}: gebruik https voor '{url}' (http alleen voor oefenservers)."
            ).format(where=where, url=url)
        )
    # Resource URLs are matched against roots by prefix, so a root always ends in '/'.
    return url if url.endswith("/") else url + "/"


def _req_str(raw: dict[str, Any], key: str, where: Message) -> str:
    value = _opt_str(raw, key, where)
    if not value:
        raise ConfigError(
            QT_TRANSLATE_NOOP("Config", "{where}: '{key}' ontbreekt.").format(where=where, key=key)
        )
    return value


def _opt_str(raw: dict[str, Any], key: str, where: Message) -> str | None:
    value = raw.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise ConfigError(
            QT_TRANSLATE_NOOP("Config", "{where}: '{key}' moet tekst zijn.").format(
                where=where, key=key
            )
        )
    return value.strip()


def _warn_unknown(raw: dict[str, Any], known: set[str], where: Message) -> None:
    for key in raw.keys() - known:
        log.warning("config %s: onbekende sleutel %r genegeerd", where, key)


def _relative_to(path: Path | None, base: Path) -> Path | None:
    if path is None or path.is_absolute():
        return path
    return base / path


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "kcc-medewerker"
