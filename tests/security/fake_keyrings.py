"""Keyring backends for tests: an in-memory "secure" one and a fake keyrings.alt one.

The process-wide keyring backend is global state in ``keyring.core``; the ``memory_keyring``
fixture swaps it in and puts the previous backend back afterwards.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from dataclasses import dataclass

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


@dataclass(frozen=True)
class KeyringCall:
    method: str  # "get_password", "set_password", "delete_password"
    user: str
    thread: threading.Thread


class RecordingKeyring(MemoryKeyring):
    """A secure in-memory keyring that notes which thread called it: a real one (D-Bus, a
    desktop prompt) may block for seconds, so the GUI thread must never be the caller."""

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[KeyringCall] = []
        self._lock = threading.Lock()

    def _note(self, method: str, user: str) -> None:
        with self._lock:
            self.calls.append(KeyringCall(method, user, threading.current_thread()))

    def on_gui_thread(self) -> list[KeyringCall]:
        with self._lock:
            return [c for c in self.calls if c.thread is threading.main_thread()]

    def get_password(self, service: str, username: str) -> str | None:
        self._note("get_password", username)
        return super().get_password(service, username)

    def set_password(self, service: str, username: str, password: str) -> None:
        self._note("set_password", username)
        super().set_password(service, username, password)

    def delete_password(self, service: str, username: str) -> None:
        self._note("delete_password", username)
        super().delete_password(service, username)


class PlaintextKeyring(MemoryKeyring):
    """Looks like a keyrings.alt backend (its module name starts with ``keyrings.alt``)."""


PlaintextKeyring.__module__ = "keyrings.alt.file"


@contextlib.contextmanager
def installed(backend: keyring.backend.KeyringBackend) -> Iterator[None]:
    """``backend`` as the process-wide keyring, with a clean session store, then the old one."""
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    session_store().clear()
    try:
        yield
    finally:
        keyring.set_keyring(previous)
        session_store().clear()


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    backend = MemoryKeyring()
    with installed(backend):
        yield backend


@pytest.fixture
def recording_keyring() -> Iterator[RecordingKeyring]:
    backend = RecordingKeyring()
    with installed(backend):
        yield backend


@pytest.fixture
def insecure_keyring() -> Iterator[None]:
    """The null backend (as in every test by default), with a clean session store."""
    from keyring.backends import null

    with installed(null.Keyring()):  # type: ignore[no-untyped-call]
        yield
