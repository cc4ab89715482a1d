"""The kcc-desk configuration (TOML): one model, read and checked in one place.

Path: ``--config FILE``, else ``$KCC_DESK_CONFIG``, else ``config.toml`` in the user config dir
(``app_dirs``). :func:`load_config` reads the file (``config_file``) and checks every section
with the rules the settings dialog uses too (``config_rules`` for sources and addresses,
``config_general`` for the agent-facing settings), so a hand-edited file is refused for what
the dialog refuses, in the same words. Secrets do not belong here (OS keyring, see
``secret_lookup``); only a loopback demo/training server may carry an inline ``secret``/
``token``/``api_key``.
"""

from __future__ import annotations

import getpass
import logging
import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from kcc_desk.services import config_general, config_rules
from kcc_desk.services.app_dirs import resolve_config_path
from kcc_desk.services.config_file import read_toml
from kcc_desk.services.config_general import GeneralSettings, ReferralTargetSetting
from kcc_desk.services.config_rules import (  # the rules the dialog uses too
    DEFAULT_TIMEOUT_S,
    ConfigStoreError,
    SourceSettings,
    is_loopback_url,
)
from kcc_desk.services.errors import ConfigError
from kcc_desk.services.messages import QT_TRANSLATE_NOOP, Message, verbatim
from kcc_desk.services.models import CONFIDENTIALITY_LEVELS

log = logging.getLogger(__name__)

DEFAULT_MAX_RESPONSE_MB = 20.0
DEFAULT_WATCH_INTERVAL_S = 120.0
DEFAULT_MAX_CONFIDENTIALITY = "zaakvertrouwelijk"

__all__ = [
    "DEFAULT_TIMEOUT_S",
    "AppConfig",
    "BrpConfig",
    "KlantinteractiesConfig",
    "SourceConfig",
    "is_loopback_url",
    "load_config",
    "parse_config",
]

_SOURCE_KEYS = frozenset(SourceSettings.__dataclass_fields__)


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

    @classmethod
    def checked(cls, settings: SourceSettings) -> SourceConfig:
        """``settings`` checked (raises :class:`ConfigStoreError` naming the field) and with
        its addresses as API roots."""
        config_rules.first_error(config_rules.validate_source(settings))
        return cls(
            settings.name.strip(),
            config_rules.api_root(settings.zaken_api),
            config_rules.api_root(settings.catalogi_api),
            config_rules.api_root(settings.documenten_api),
            settings.client_id.strip(),
            float(settings.timeout_s),
            settings.secret,
        )

    def settings(self) -> SourceSettings:
        return SourceSettings(
            self.name, self.zaken_api, self.catalogi_api, self.documenten_api,
            self.client_id, self.timeout_s, self.secret,
        )  # fmt: skip


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
    # What the agent chose (language, house style, idle lock, ...): never stops the app.
    general: GeneralSettings = field(default_factory=GeneralSettings)
    referral_targets: tuple[ReferralTargetSetting, ...] = ()
    referral_term_hours: float = config_general.DEFAULT_REFERRAL_TERM_HOURS

    def source(self, name: str) -> SourceConfig:
        for source in self.sources:
            if source.name == name:
                return source
        raise KeyError(name)


def load_config(path: str | os.PathLike[str] | None = None) -> AppConfig:
    """Read and validate the configuration; raises :class:`ConfigError` with a Dutch message."""
    resolved = resolve_config_path(path)
    config = parse_config(read_toml(resolved))
    ca_bundle = config.ca_bundle
    if ca_bundle is not None and not ca_bundle.is_absolute():
        ca_bundle = resolved.parent / ca_bundle
    if ca_bundle is not None and not ca_bundle.is_file():
        raise ConfigError(
            QT_TRANSLATE_NOOP("Config", "ca_bundle niet gevonden: {path}").format(
                path=str(ca_bundle)
            )
        )
    return replace(config, ca_bundle=ca_bundle, path=resolved)


def parse_config(raw: dict[str, Any], *, require_sources: bool = True) -> AppConfig:
    """Validate an already-parsed TOML document (``require_sources=False``: a file being
    built up by ``kcc-desk sources`` or the dialog, which may have none yet)."""
    agent_id = _opt_str(raw, "agent_id", verbatim("agent_id")) or _os_user()
    raw_sources = raw.get("sources", [])
    if not isinstance(raw_sources, list) or (require_sources and not raw_sources):
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
    klant = _endpoint(raw, "klantinteracties", "token")
    brp = _endpoint(raw, "brp", "api_key")
    return AppConfig(
        sources=sources,
        agent_id=agent_id,
        klantinteracties=KlantinteractiesConfig(klant[0], klant[1]) if klant else None,
        ca_bundle=Path(ca_bundle) if ca_bundle else None,
        max_response_mb=float(max_mb),
        max_confidentiality=max_conf,
        preload_catalog=preload,
        brp=BrpConfig(brp[0], brp[2], brp[1]) if brp else None,
        watch_interval_s=float(interval),
        general=config_general.general_settings(raw),
        referral_targets=config_general.referral_targets(raw),
        referral_term_hours=config_general.referral_term_hours(raw),
    )


def _refused(where: Message, key: str, problem: Message) -> ConfigError:
    return ConfigStoreError(
        QT_TRANSLATE_NOOP("Config", "{where}, {key}: {problem}").format(
            where=where, key=key, problem=problem
        ),
        key,
    )


def _parse_source(index: int, raw: object) -> SourceConfig:
    where = QT_TRANSLATE_NOOP("Config", "bron {number}").format(number=index + 1)
    if not isinstance(raw, dict):
        raise ConfigError(
            QT_TRANSLATE_NOOP("Config", "{where}: verwacht een tabel ([[sources]]).").format(
                where=where
            )
        )
    name = _opt_str(raw, "name", where)
    if name:
        where = QT_TRANSLATE_NOOP("Config", "bron '{name}'").format(name=name)
    text = {key: _opt_str(raw, key, where) for key in _SOURCE_KEYS - {"timeout_s"}}
    timeout = raw.get("timeout_s", DEFAULT_TIMEOUT_S)
    settings = SourceSettings(
        name=name or "",
        zaken_api=text["zaken_api"] or "",
        catalogi_api=text["catalogi_api"] or "",
        documenten_api=text["documenten_api"] or "",
        client_id=text["client_id"] or "",
        timeout_s=timeout,
        secret=text["secret"],
    )
    errors = config_rules.validate_source(settings)
    if errors:
        key, problem = next(iter(errors.items()))
        raise _refused(where, key, problem)
    _warn_unknown(raw, _SOURCE_KEYS, where)
    return SourceConfig.checked(settings)


def _endpoint(
    raw: dict[str, Any], section: str, secret_key: str
) -> tuple[str, str | None, float] | None:
    """``[klantinteracties]`` or ``[brp]``: ``(url, inline secret, timeout_s)`` or None."""
    table = raw.get(section)
    if table is None:
        return None
    where = verbatim(f"[{section}]")
    if not isinstance(table, dict):
        raise ConfigError(
            QT_TRANSLATE_NOOP("Config", "{where}: verwacht een tabel.").format(where=where)
        )
    url = _opt_str(table, "url", where) or ""
    secret = _opt_str(table, secret_key, where)
    errors = config_rules.endpoint_problems(url, secret, secret_field=secret_key)
    timeout = table.get("timeout_s", DEFAULT_TIMEOUT_S)
    problem = config_rules.timeout_problem(timeout)
    if problem:
        errors.setdefault("timeout_s", problem)
    if errors:
        key, message = next(iter(errors.items()))
        raise _refused(where, key, message)
    _warn_unknown(table, {"url", "timeout_s", secret_key}, where)
    return config_rules.api_root(url), secret, float(timeout)


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


def _warn_unknown(raw: dict[str, Any], known: set[str] | frozenset[str], where: Message) -> None:
    for key in raw.keys() - known:
        log.warning("config %s: onbekende sleutel %r genegeerd", where, key)


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "kcc-medewerker"
