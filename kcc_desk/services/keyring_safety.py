"""Is the OS keyring a safe place for a secret, and where a secret goes when it is not.

A secret (a source's client secret, the Klantinteracties token, the audit-log salt) is only ever
persisted in a *secure* keyring backend: the platform's credential store (Secret Service / KWallet
on Linux, Keychain on macOS, Credential Manager on Windows). The ``fail`` and ``null`` backends do
not store anything, and every ``keyrings.alt`` backend writes to a plain (or trivially
"encrypted") file in the home directory. For those we say so in plain Dutch and keep the secret in
process memory for this session only (:class:`SessionSecretStore`); we never fall back to a file.

The chainer backend writes to the first chained backend that accepts the write, so it counts as
secure only when *every* backend it chains is secure: otherwise a secret could land in a plaintext
file just because that backend happens to have the higher priority.
"""

from __future__ import annotations

import logging
import threading
from enum import StrEnum
from typing import Any

from kcc_desk.services.app_dirs import APP_NAME
from kcc_desk.services.messages import QT_TRANSLATE_NOOP, Message

log = logging.getLogger(__name__)

KEYRING_SERVICE = APP_NAME  # every secret of kcc-desk lives under its name

# What happens to a secret typed in the settings dialog when the keyring is not secure.
SESSION_NOTE = QT_TRANSLATE_NOOP(
    "KeyringSafety",
    "Sleutels worden alleen voor deze sessie in het geheugen bewaard en zijn weg als u "
    "kcc-desk sluit.",
)

_NO_KEYRING = QT_TRANSLATE_NOOP(
    "KeyringSafety", "Er is geen sleutelbos (keyring) beschikbaar op deze computer."
)
_INSECURE_REASONS = {
    "fail": _NO_KEYRING,
    "null": QT_TRANSLATE_NOOP("KeyringSafety", "De sleutelbos (keyring) is uitgeschakeld."),
    "alt": QT_TRANSLATE_NOOP(
        "KeyringSafety",
        "De sleutelbos (keyring) op deze computer bewaart sleutels in een gewoon bestand "
        "(keyrings.alt). Dat is niet veilig.",
    ),
    "chainer-empty": _NO_KEYRING,
    "chainer-mixed": QT_TRANSLATE_NOOP(
        "KeyringSafety",
        "De sleutelbos (keyring) op deze computer kan sleutels in een gewoon bestand zetten. "
        "Dat is niet veilig.",
    ),
}

SECURE_MESSAGE = QT_TRANSLATE_NOOP(
    "KeyringSafety", "De sleutelbos (keyring) van het besturingssysteem wordt gebruikt."
)


class StoredWhere(StrEnum):
    KEYRING = "keyring"  # persisted in a secure OS keyring
    SESSION_ONLY = "session"  # held in this process's memory; gone when it exits


def _qualified_module(backend: object) -> str:
    return type(backend).__module__ or ""


def _insecure_kind(backend: Any) -> str | None:
    """None when ``backend`` is secure, else a key into :data:`_INSECURE_REASONS`."""
    from keyring.backends import chainer, fail, null

    module = _qualified_module(backend)
    if module == "keyrings.alt" or module.startswith("keyrings.alt."):
        return "alt"
    if isinstance(backend, fail.Keyring):
        return "fail"
    if isinstance(backend, null.Keyring):
        return "null"
    if isinstance(backend, chainer.ChainerBackend):
        chained = list(backend.backends)
        if not chained:
            return "chainer-empty"
        if any(_insecure_kind(b) is not None for b in chained):
            return "chainer-mixed"
    return None


def keyring_is_secure(backend: object | None = None) -> tuple[bool, Message]:
    """Whether secrets may be persisted in ``backend`` (default: the active keyring backend),
    with a plain-Dutch sentence for the agent or administrator."""
    if backend is None:
        backend = _active_backend()
        if backend is None:
            return False, _with_session_note(_NO_KEYRING)
    kind = _insecure_kind(backend)
    if kind is None:
        return True, SECURE_MESSAGE
    return False, _with_session_note(_INSECURE_REASONS[kind])


def _with_session_note(reason: Message) -> Message:
    return QT_TRANSLATE_NOOP("KeyringSafety", "{reason} {note}").format(
        reason=reason, note=SESSION_NOTE
    )


def keyring_problem(backend: object | None = None) -> Message | None:
    """Only what is wrong with the keyring (no promise about session storage), or None.
    For the CLI, which does not keep session-only secrets."""
    if backend is None:
        backend = _active_backend()
        if backend is None:
            return _NO_KEYRING
    kind = _insecure_kind(backend)
    return None if kind is None else _INSECURE_REASONS[kind]


def _active_backend() -> object | None:
    try:
        import keyring

        return keyring.get_keyring()
    except Exception as exc:  # a broken keyring config must not take the app down
        log.warning("sleutelbos kon niet worden geladen: %s", type(exc).__name__)
        return None


class SessionSecretStore:
    """Secrets held in memory for this process only; never written anywhere.

    Used when the keyring is not secure, so the agent can still work this session after typing a
    secret once. Thread-safe because the CLI and the Qt presenter may both touch it.
    """

    def __init__(self) -> None:
        self._secrets: dict[tuple[str, str], str] = {}
        self._lock = threading.Lock()

    def set(self, service: str, user: str, secret: str) -> None:
        with self._lock:
            self._secrets[(service, user)] = secret

    def get(self, service: str, user: str) -> str | None:
        with self._lock:
            return self._secrets.get((service, user))

    def delete(self, service: str, user: str) -> None:
        with self._lock:
            self._secrets.pop((service, user), None)

    def clear(self) -> None:
        with self._lock:
            self._secrets.clear()

    def __repr__(self) -> str:  # never show the secrets themselves
        return f"SessionSecretStore(<{len(self._secrets)} secrets>)"

    def __reduce__(self) -> Any:  # refuse pickling: that would be a way onto disk
        raise TypeError("SessionSecretStore cannot be pickled")


_SESSION_STORE = SessionSecretStore()


def session_store() -> SessionSecretStore:
    """The process-wide session store (one per running kcc-desk)."""
    return _SESSION_STORE


def store_secret(
    service: str,
    user: str,
    secret: str,
    *,
    backend: object | None = None,
    session: SessionSecretStore | None = None,
) -> StoredWhere:
    """Persist ``secret`` in the keyring when it is secure, else keep it for this session only.

    A keyring that claims to be secure but fails the write (locked, D-Bus gone) also ends in
    the session store: the agent can work on, and the caller shows the SESSION_ONLY warning.
    """
    session = session or _SESSION_STORE
    secure, _reason = keyring_is_secure(backend)
    if secure:
        try:
            target: Any = backend if backend is not None else _keyring_module()
            target.set_password(service, user, secret)
        except Exception as exc:  # KeyringError, D-Bus errors: all mean "not stored"
            log.warning("sleutel niet opgeslagen in de sleutelbos: %s", type(exc).__name__)
        else:
            # A stale session copy would otherwise shadow the new keyring value.
            session.delete(service, user)
            return StoredWhere.KEYRING
    session.set(service, user, secret)
    return StoredWhere.SESSION_ONLY


def lookup_secret(
    service: str,
    user: str,
    *,
    backend: object | None = None,
    session: SessionSecretStore | None = None,
) -> str | None:
    """The session copy if there is one (it is the newest), else the keyring's, else None.

    Has the ``KeyringGetter`` shape of ``services.credentials``, so the app can pass it as
    ``Credentials(config, keyring_get=lookup_secret)`` to see session-only secrets too.
    """
    session = session or _SESSION_STORE
    value = session.get(service, user)
    if value is not None:
        return value
    try:
        source: Any = backend if backend is not None else _keyring_module()
        found = source.get_password(service, user)
    except Exception as exc:  # no keyring, locked keyring: "not stored"
        log.info("sleutelbos niet leesbaar: %s", type(exc).__name__)
        return None
    return found if isinstance(found, str) and found else None


def delete_secret(
    service: str,
    user: str,
    *,
    backend: object | None = None,
    session: SessionSecretStore | None = None,
) -> None:
    """Forget a secret everywhere we might have put it (missing is fine)."""
    (session or _SESSION_STORE).delete(service, user)
    try:
        target: Any = backend if backend is not None else _keyring_module()
        target.delete_password(service, user)
    except Exception as exc:  # PasswordDeleteError when absent, NoKeyringError: nothing to do
        log.debug("sleutel niet verwijderd uit sleutelbos: %s", type(exc).__name__)


def _keyring_module() -> Any:
    import keyring

    return keyring
