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
from collections.abc import Callable, Mapping

from kcc_desk.services.config import AppConfig, SourceConfig
from kcc_desk.services.errors import CredentialError
from kcc_desk.services.messages import QT_TRANSLATE_NOOP, Message
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


_NO_KLANTINTERACTIES = QT_TRANSLATE_NOOP(
    "Credentials", "Klantinteracties is niet ingesteld in de configuratie."
)
_NO_KLANTINTERACTIES_TOKEN = QT_TRANSLATE_NOOP(
    "Credentials",
    "Geen token ingesteld voor Klantinteracties. Stel het in met "
    "'kcc-desk sources' of zet {variable}.",
).format(variable=KLANTINTERACTIES_ENV)
_NO_BRP = QT_TRANSLATE_NOOP("Credentials", "De BRP is niet ingesteld in de configuratie.")
_NO_BRP_KEY = QT_TRANSLATE_NOOP(
    "Credentials",
    "Geen API-sleutel ingesteld voor de BRP. Zet die in de sleutelbos "
    "(gebruiker 'brp') of in {variable}.",
).format(variable=BRP_ENV)


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
        return await self._off_thread(keyring_user(source.name), lambda: self.secret_for(source))

    def klantinteracties_token(self) -> str:
        klant = self._config.klantinteracties
        ref = klantinteracties_ref(klant.url, klant.token) if klant else None
        return self._endpoint_secret(ref, _NO_KLANTINTERACTIES, _NO_KLANTINTERACTIES_TOKEN)

    async def aklantinteracties_token(self) -> str:
        return await self._off_thread(KLANTINTERACTIES_USER, self.klantinteracties_token)

    def brp_api_key(self) -> str:
        brp = self._config.brp
        ref = brp_ref(brp.url, brp.api_key) if brp else None
        return self._endpoint_secret(ref, _NO_BRP, _NO_BRP_KEY)

    async def abrp_api_key(self) -> str:
        return await self._off_thread(BRP_USER, self.brp_api_key)

    def _endpoint_secret(
        self, ref: SecretRef | None, not_configured: Message, missing: Message
    ) -> str:
        if ref is None:
            raise CredentialError(not_configured)
        return self._resolve(ref, CredentialError(missing))

    async def _off_thread(self, user: str, resolve: Callable[[], str]) -> str:
        if user not in self._cache:
            # The worker returns nothing: qasync's executor logs a callable's result at DEBUG,
            # so a secret never travels back as one (it is read from the cache here).
            await asyncio.to_thread(_run_for_its_effect, resolve)
        return self._cache[user]

    def forget(self) -> None:
        """Drop cached secrets (after the agent changed them)."""
        with self._lock:
            self._cache.clear()


def _run_for_its_effect(resolve: Callable[[], str]) -> None:
    resolve()
