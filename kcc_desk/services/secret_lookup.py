"""The one order in which kcc-desk looks for a secret, and where it found it.

Order: the environment variable (headless use, CI) → this session's memory (typed in the
settings dialog while no secure keyring exists) → the OS keyring → the inline value in the
configuration file, honoured only when every address it is for is on this computer (a demo or
training server). ``Credentials`` (the running app and the CLI), the settings dialog ("where is
this key?") and the connection test all go through :class:`SecretLookup`.

Asking the keyring may block for seconds (D-Bus, a desktop prompt): call :meth:`find`, and
anything that uses it, off the GUI thread (``asyncio.to_thread`` or a worker thread).
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

from kcc_desk.services.app_dirs import APP_NAME
from kcc_desk.services.config_rules import SourceSettings, is_loopback_url

if TYPE_CHECKING:
    from kcc_desk.services.config import SourceConfig

log = logging.getLogger(__name__)

KEYRING_SERVICE = APP_NAME
KLANTINTERACTIES_USER = "klantinteracties"
KLANTINTERACTIES_ENV = "KCC_DESK_KLANTINTERACTIES_TOKEN"
BRP_USER = "brp"
BRP_ENV = "KCC_DESK_BRP_API_KEY"

KeyringGetter = Callable[[str, str], str | None]


class SecretWhere(StrEnum):
    ENV = "env"
    SESSION = "session"  # typed in this session, insecure keyring
    KEYRING = "keyring"
    INLINE_DEMO = "inline-demo"
    MISSING = "missing"
    CHECKING = "checking"  # not known yet: being looked up off the GUI thread


def source_slug(name: str) -> str:
    """``Open Zaak (oefen)`` → ``OPEN_ZAAK_OEFEN``: upper-case, runs outside A–Z/0–9 → ``_``."""
    return re.sub(r"[^A-Z0-9]+", "_", name.upper()).strip("_")


def secret_env_var(name: str) -> str:
    return f"KCC_DESK_SECRET_{source_slug(name)}"


def keyring_user(source_name: str) -> str:
    return f"source:{source_name}"


@dataclass(frozen=True, slots=True)
class SecretRef:
    """Which secret: its keyring user, its environment variable, and the file's inline value
    with the addresses it would be sent to (inline counts only when all are loopback)."""

    keyring_user: str
    env_var: str
    inline: str | None = field(default=None, repr=False)
    urls: tuple[str, ...] = ()

    @property
    def inline_allowed(self) -> bool:
        return bool(self.inline) and all(is_loopback_url(u) for u in self.urls if u)


def source_ref(source: SourceConfig | SourceSettings) -> SecretRef:
    urls = (source.zaken_api, source.catalogi_api, source.documenten_api)
    return SecretRef(keyring_user(source.name), secret_env_var(source.name), source.secret, urls)


def klantinteracties_ref(url: str, inline_token: str | None = None) -> SecretRef:
    return SecretRef(KLANTINTERACTIES_USER, KLANTINTERACTIES_ENV, inline_token, (url,))


def brp_ref(url: str, inline_key: str | None = None) -> SecretRef:
    return SecretRef(BRP_USER, BRP_ENV, inline_key, (url,))


def default_keyring_get(service: str, user: str) -> str | None:
    """This session's copy, else the OS keyring's (``keyring_safety.lookup_secret``)."""
    from kcc_desk.services.keyring_safety import lookup_secret

    return lookup_secret(service, user)


class SecretLookup:
    """Looks secrets up in the one order (see the module). Blocking: not on the GUI thread."""

    def __init__(
        self,
        *,
        environ: Mapping[str, str] | None = None,
        keyring_get: KeyringGetter | None = None,
    ) -> None:
        self._environ = os.environ if environ is None else environ
        self._keyring_get = keyring_get or default_keyring_get

    def find(self, ref: SecretRef) -> tuple[SecretWhere, str | None]:
        value = self._environ.get(ref.env_var)
        if value:
            return SecretWhere.ENV, value
        from kcc_desk.services.keyring_safety import session_store

        value = session_store().get(KEYRING_SERVICE, ref.keyring_user)
        if value:
            return SecretWhere.SESSION, value
        value = self._keyring_get(KEYRING_SERVICE, ref.keyring_user)
        if value:
            return SecretWhere.KEYRING, value
        if ref.inline_allowed:
            return SecretWhere.INLINE_DEMO, ref.inline
        return SecretWhere.MISSING, None

    def value(self, ref: SecretRef, typed: str | None = None) -> str | None:
        """``typed`` (typed in the dialog, not saved yet) wins; then the one order."""
        return typed or self.find(ref)[1]

    async def value_off_thread(self, ref: SecretRef, typed: str | None = None) -> str | None:
        """:meth:`value` from async code: the keyring is asked in a worker thread, which
        returns nothing (qasync's executor logs a callable's result at DEBUG: never a secret)."""
        import asyncio

        if typed:
            return typed
        found: list[str | None] = []
        await asyncio.to_thread(lambda: found.append(self.value(ref)))
        return found[0]

    def where(self, ref: SecretRef) -> SecretWhere:
        return self.find(ref)[0]

    def where_all(self, refs: Iterable[SecretRef]) -> list[SecretWhere]:
        return [self.where(ref) for ref in refs]
