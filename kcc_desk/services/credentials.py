"""The secrets the running app and the CLI use, found in the one order of ``secret_lookup``
(environment, this session, OS keyring, inline for loopback demo servers only) and kept per
process once found.

Each lookup may ask the keyring, which may block: the app calls these off the GUI thread
(``app._prefetch`` in a worker, ``asyncio.to_thread`` in the services), or uses the ``a…``
variants from async code.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Mapping

from kcc_desk.services.config import AppConfig, SourceConfig
from kcc_desk.services.errors import CredentialError
from kcc_desk.services.messages import QT_TRANSLATE_NOOP
from kcc_desk.services.secret_lookup import (
    BRP_ENV,
    BRP_USER,
    KEYRING_SERVICE,
    KLANTINTERACTIES_ENV,
    KLANTINTERACTIES_USER,
    KeyringGetter,
    SecretLookup,
    SecretRef,
    brp_ref,
    keyring_user,
    klantinteracties_ref,
    secret_env_var,
    source_ref,
    source_slug,
)

__all__ = [
    "BRP_ENV",
    "BRP_USER",
    "KEYRING_SERVICE",
    "KLANTINTERACTIES_ENV",
    "KLANTINTERACTIES_USER",
    "Credentials",
    "keyring_user",
    "secret_env_var",
    "source_slug",
]


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
        self._lookup = SecretLookup(environ=environ, keyring_get=keyring_get)
        self._cache: dict[str, str] = {}
        self._lock = threading.Lock()  # the prefetch worker and a to_thread call may overlap

    def _resolve(self, ref: SecretRef, missing: CredentialError) -> str:
        with self._lock:
            value = self._cache.get(ref.keyring_user) or self._lookup.value(ref)
            if not value:
                raise missing
            self._cache[ref.keyring_user] = value
            return value

    def cached(self, ref: SecretRef) -> str | None:
        return self._cache.get(ref.keyring_user)

    def secret_for(self, source: SourceConfig) -> str:
        return self._resolve(
            source_ref(source),
            CredentialError(
                QT_TRANSLATE_NOOP(
                    "Credentials",
                    "Geen sleutel ingesteld voor bron '{name}'. Stel die in met "
                    "'kcc-desk sources' of zet {variable}.",
                ).format(name=source.name, variable=secret_env_var(source.name))
            ),
        )

    async def asecret_for(self, source: SourceConfig) -> str:
        """From async code on the GUI's loop: the keyring is asked in a worker thread."""
        cached = self.cached(source_ref(source))
        return cached if cached else await asyncio.to_thread(self.secret_for, source)

    def klantinteracties_token(self) -> str:
        klant = self._config.klantinteracties
        if klant is None:
            raise CredentialError(
                QT_TRANSLATE_NOOP(
                    "Credentials", "Klantinteracties is niet ingesteld in de configuratie."
                )
            )
        return self._resolve(
            klantinteracties_ref(klant.url, klant.token),
            CredentialError(
                QT_TRANSLATE_NOOP(
                    "Credentials",
                    "Geen token ingesteld voor Klantinteracties. Stel het in met "
                    "'kcc-desk sources' of zet {variable}.",
                ).format(variable=KLANTINTERACTIES_ENV)
            ),
        )

    async def aklantinteracties_token(self) -> str:
        cached = self._cache.get(KLANTINTERACTIES_USER)
        return cached if cached else await asyncio.to_thread(self.klantinteracties_token)

    def brp_api_key(self) -> str:
        brp = self._config.brp
        if brp is None:
            raise CredentialError(
                QT_TRANSLATE_NOOP("Credentials", "De BRP is niet ingesteld in de configuratie.")
            )
        return self._resolve(
            brp_ref(brp.url, brp.api_key),
            CredentialError(
                QT_TRANSLATE_NOOP(
                    "Credentials",
                    "Geen API-sleutel ingesteld voor de BRP. Zet die in de sleutelbos "
                    "(gebruiker 'brp') of in {variable}.",
                ).format(variable=BRP_ENV)
            ),
        )

    async def abrp_api_key(self) -> str:
        cached = self._cache.get(BRP_USER)
        return cached if cached else await asyncio.to_thread(self.brp_api_key)

    def forget(self) -> None:
        """Drop cached secrets (after the agent changed them)."""
        with self._lock:
            self._cache.clear()
