"""Keyring backends for tests: an in-memory "secure" one and a fake keyrings.alt one.

The process-wide keyring backend is global state in ``keyring.core``; the ``memory_keyring``
fixture swaps it in and puts the previous backend back afterwards.
"""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import keyring.backend
import pytest
from keyring.errors import PasswordDeleteError

from kcc_desk.services.keyring_safety import session_store


class MemoryKeyring(keyring.backend.KeyringBackend):
    """Stands in for Secret Service / Keychain: secure, but only in memory."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.store:
            raise PasswordDeleteError(username)
        del self.store[(service, username)]


class PlaintextKeyring(MemoryKeyring):
    """Looks like a keyrings.alt backend (its module name starts with ``keyrings.alt``)."""


PlaintextKeyring.__module__ = "keyrings.alt.file"


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    session_store().clear()
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)
        session_store().clear()


@pytest.fixture
def insecure_keyring() -> Iterator[None]:
    """The null backend (as in every test by default), with a clean session store."""
    from keyring.backends import null

    previous = keyring.get_keyring()
    keyring.set_keyring(null.Keyring())  # type: ignore[no-untyped-call]
    session_store().clear()
    try:
        yield
    finally:
        keyring.set_keyring(previous)
        session_store().clear()
