"""Where the secrets come from: environment (headless), OS keyring, or — for loopback demo
servers only — the configuration file.

Order per source: ``KCC_DESK_SECRET_<SLUG>`` → keyring (service ``kcc-desk``, user
``source:<name>``) → inline ``secret`` (already refused by ``config`` for non-loopback hosts).
Klantinteracties: ``KCC_DESK_KLANTINTERACTIES_TOKEN`` → keyring (``kcc-desk``,
``klantinteracties``) → inline ``token``. BRP: ``KCC_DESK_BRP_API_KEY`` → keyring (``kcc-desk``,
``brp``) → inline ``api_key``.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Callable, Mapping

from kcc_desk.services.app_dirs import APP_NAME
from kcc_desk.services.config import AppConfig, SourceConfig
from kcc_desk.services.errors import CredentialError
from kcc_desk.services.messages import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

KEYRING_SERVICE = APP_NAME
KLANTINTERACTIES_USER = "klantinteracties"
KLANTINTERACTIES_ENV = "KCC_DESK_KLANTINTERACTIES_TOKEN"
BRP_USER = "brp"
BRP_ENV = "KCC_DESK_BRP_API_KEY"

KeyringGetter = Callable[[str, str], str | None]


def source_slug(name: str) -> str:
    """``Open Zaak (oefen)`` → ``OPEN_ZAAK_OEFEN``: upper-case, runs outside A–Z/0–9 → ``_``."""
    return re.sub(r"[^A-Z0-9]+", "_", name.upper()).strip("_")


def secret_env_var(name: str) -> str:
    return f"KCC_DESK_SECRET_{source_slug(name)}"


def keyring_user(source_name: str) -> str:
    return f"source:{source_name}"


_keyring_failure_logged = False


def _keyring_get(service: str, user: str) -> str | None:
    global _keyring_failure_logged  # noqa: PLW0603 - log a missing keyring once, not per source
    import keyring
    from keyring.errors import KeyringError

    try:
        value = keyring.get_password(service, user)
    except KeyringError as exc:  # locked/absent keyring: treat as "not stored", say why in log
        if not _keyring_failure_logged:
            _keyring_failure_logged = True
            log.info("sleutelbos niet beschikbaar (%s)", type(exc).__name__)
        return None
    return value if isinstance(value, str) else None


class Credentials:
    """Resolves secrets lazily (the keyring may prompt), caching what it found per process."""

    def __init__(
        self,
        config: AppConfig,
        *,
        environ: Mapping[str, str] | None = None,
        keyring_get: KeyringGetter | None = None,
    ) -> None:
        self._config = config
        self._environ = environ if environ is not None else os.environ
        self._keyring_get = keyring_get or _keyring_get
        self._cache: dict[str, str] = {}

    def secret_for(self, source: SourceConfig) -> str:
        key = f"source:{source.name}"
        if key not in self._cache:
            value = (
                self._environ.get(secret_env_var(source.name))
                or self._keyring_get(KEYRING_SERVICE, keyring_user(source.name))
                or source.secret
            )
            if not value:
                raise CredentialError(
                    QT_TRANSLATE_NOOP(
                        "Credentials",
                        "Geen sleutel ingesteld voor bron '{name}'. Stel die in met "
                        "'kcc-desk sources' of zet {variable}.",
                    ).format(name=source.name, variable=secret_env_var(source.name))
                )
            self._cache[key] = value
        return self._cache[key]

    def klantinteracties_token(self) -> str:
        klant = self._config.klantinteracties
        if klant is None:
            raise CredentialError(
                QT_TRANSLATE_NOOP(
                    "Credentials", "Klantinteracties is niet ingesteld in de configuratie."
                )
            )
        key = "klantinteracties"
        if key not in self._cache:
            value = (
                self._environ.get(KLANTINTERACTIES_ENV)
                or self._keyring_get(KEYRING_SERVICE, KLANTINTERACTIES_USER)
                or klant.token
            )
            if not value:
                raise CredentialError(
                    QT_TRANSLATE_NOOP(
                        "Credentials",
                        "Geen token ingesteld voor Klantinteracties. Stel het in met "
                        "'kcc-desk sources' of zet {variable}.",
                    ).format(variable=KLANTINTERACTIES_ENV)
                )
            self._cache[key] = value
        return self._cache[key]

    def brp_api_key(self) -> str:
        brp = self._config.brp
        if brp is None:
            raise CredentialError(
                QT_TRANSLATE_NOOP("Credentials", "De BRP is niet ingesteld in de configuratie.")
            )
        key = "brp"
        if key not in self._cache:
            value = (
                self._environ.get(BRP_ENV)
                or self._keyring_get(KEYRING_SERVICE, BRP_USER)
                or brp.api_key
            )
            if not value:
                raise CredentialError(
                    QT_TRANSLATE_NOOP(
                        "Credentials",
                        "Geen API-sleutel ingesteld voor de BRP. Zet die in de sleutelbos "
                        "(gebruiker 'brp') of in {variable}.",
                    ).format(variable=BRP_ENV)
                )
            self._cache[key] = value
        return self._cache[key]

    def forget(self) -> None:
        """Drop cached secrets (after the agent changed them)."""
        self._cache.clear()
