"""The local audit log: who looked up which citizen, when, where, and what they opened.

JSON lines, append-only, owner-only (0600), in the platformdirs user log dir, rotated by size.
The identifier a caller gives (BSN, KVK number, case number) is never written: a record holds
``HMAC-SHA256(salt, identifier)`` instead. The salt is a random per-installation secret in the OS
keyring (service ``kcc-desk``, user ``audit-salt``), so an application manager who holds the salt
can check whether a given BSN was looked up, while someone who only has the file cannot test BSNs
against it (there are only ~10^9 BSNs, so an unsalted or public-salt hash would be reversible).

When the keyring is not secure there is no safe place for the salt: each session then gets its own
random salt, kept in memory only. Hashes then link records within one session, not across
sessions, and nobody can verify them afterwards. That is the price of never writing the salt to a
file; ``salt_scope`` in each record says which case applies. See docs/audit-log.md.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import logging
import os
import re
import secrets
import threading
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from kcc_desk.services.app_dirs import log_dir
from kcc_desk.services.errors import KccError
from kcc_desk.services.keyring_safety import (
    KEYRING_SERVICE,
    SessionSecretStore,
    keyring_is_secure,
    lookup_secret,
    session_store,
)
from kcc_desk.services.messages import QT_TRANSLATE_NOOP, Message

log = logging.getLogger(__name__)

AUDIT_FILE_NAME = "audit.jsonl"
SALT_USER = "audit-salt"
SALT_BYTES = 32
DEFAULT_MAX_BYTES = 5 * 1024 * 1024
DEFAULT_BACKUP_COUNT = 10
FILE_MODE = 0o600
DIR_MODE = 0o700
SCHEMA_VERSION = 1

_GROUPING = re.compile(r"[ .\-]")


class AuditError(KccError):
    """The audit log could not be written; the message has no personal data."""


def default_audit_path() -> Path:
    return log_dir() / AUDIT_FILE_NAME


def normalise_identifier(kind: str, identifier: str) -> str:
    """The form that is hashed: digits only for BSN/KVK (agents type "1234 56 782"), trimmed
    text for case numbers. Verification must normalise the same way."""
    text = identifier.strip()
    if kind in ("bsn", "kvk"):
        return _GROUPING.sub("", text)
    return text


def hash_identifier(salt: bytes, kind: str, identifier: str) -> str:
    """``HMAC-SHA256(salt, normalised identifier)`` as lower-case hex."""
    message = normalise_identifier(kind, identifier).encode("utf-8")
    return hmac.new(salt, message, hashlib.sha256).hexdigest()


def salt_id(salt: bytes) -> str:
    """A short, non-reversible fingerprint of the salt, so a record says which salt hashed it."""
    return hmac.new(salt, b"kcc-desk audit salt id", hashlib.sha256).hexdigest()[:12]


def load_or_create_salt(
    *, backend: object | None = None, session: SessionSecretStore | None = None
) -> tuple[bytes, bool, Message | None]:
    """``(salt, persistent, warning)``: the installation salt from a secure keyring (created on
    first use), or a per-session random salt when the keyring is not secure."""
    session = session or session_store()
    secure, reason = keyring_is_secure(backend)
    if secure:
        stored = lookup_secret(KEYRING_SERVICE, SALT_USER, backend=backend, session=session)
        if stored:
            try:
                return bytes.fromhex(stored), True, None
            except ValueError:
                log.warning("auditzout in de sleutelbos is onleesbaar; er komt een nieuw zout")
        fresh = secrets.token_bytes(SALT_BYTES)
        try:
            target: Any = backend if backend is not None else _keyring_module()
            target.set_password(KEYRING_SERVICE, SALT_USER, fresh.hex())
        except Exception as exc:  # locked keyring etc.: fall through to a session salt
            log.warning("auditzout niet opgeslagen in de sleutelbos: %s", type(exc).__name__)
            reason = QT_TRANSLATE_NOOP(
                "AuditLog", "De sleutelbos (keyring) weigerde het opslaan van het auditzout."
            )
        else:
            return fresh, True, None
    # Insecure keyring: one random salt per session (shared by every AuditLog in this process).
    existing = session.get(KEYRING_SERVICE, SALT_USER)
    if existing is None:
        existing = secrets.token_bytes(SALT_BYTES).hex()
        session.set(KEYRING_SERVICE, SALT_USER, existing)
    message = QT_TRANSLATE_NOOP(
        "AuditLog",
        "{reason} Het auditlog gebruikt daarom een zout dat alleen voor deze sessie geldt. "
        "Gehashte nummers zijn alleen binnen deze sessie met elkaar te vergelijken. "
        "Achteraf zijn ze niet te controleren.",
    ).format(reason=reason)
    return bytes.fromhex(existing), False, message


def _keyring_module() -> Any:
    import keyring

    return keyring


def _utc_now() -> datetime:
    return datetime.now(UTC)


class AuditLog:
    """Append-only JSON-lines audit log with size-based rotation.

    Every method writes one line with one ``write`` on a descriptor opened with ``O_APPEND``, so
    lines from two kcc-desk processes never interleave. No fsync: an audit line lost in a power
    cut is acceptable, a UI that stalls on every click is not.

    Events after a :meth:`lookup` carry that lookup's ``kind``/``id_hash`` (the caller on the
    line), until :meth:`clear_subject` (new caller) — so "case opened" can be tied to the caller
    without storing who the caller is.
    """

    def __init__(
        self,
        path: Path | None = None,
        *,
        agent_id: str,
        salt: bytes | None = None,
        max_bytes: int = DEFAULT_MAX_BYTES,
        backup_count: int = DEFAULT_BACKUP_COUNT,
        clock: Callable[[], datetime] = _utc_now,
    ) -> None:
        if max_bytes <= 0 or backup_count < 1:
            raise ValueError("max_bytes must be positive and backup_count at least 1")
        self.path = path or default_audit_path()
        self.agent_id = agent_id
        self.max_bytes = max_bytes
        self.backup_count = backup_count
        self._clock = clock
        if salt is None:
            salt, persistent, warning = load_or_create_salt()
        else:
            persistent, warning = True, None
        if len(salt) < 16:
            raise ValueError("the audit salt must be at least 16 bytes")
        self._salt = salt
        self.salt_persistent = persistent
        # For the UI when hashes only link within this session: ``warning_message`` to translate,
        # ``warning`` the same in Dutch (CLI, and callers that show text as it is).
        self.warning_message = warning
        self.warning = str(warning) if warning is not None else ""
        if warning:
            log.warning("auditlog: zout geldt alleen voor deze sessie (sleutelbos niet veilig)")
        self._salt_id = salt_id(salt)
        self._subject: tuple[str, str] | None = None
        self._lock = threading.Lock()

    def __repr__(self) -> str:  # the salt stays out of reprs and tracebacks
        return f"AuditLog(path={str(self.path)!r}, agent_id={self.agent_id!r})"

    # -- events -------------------------------------------------------------------------------

    def hash(self, kind: str, identifier: str) -> str:
        return hash_identifier(self._salt, kind, identifier)

    def lookup(self, kind: str, identifier: str, sources: Sequence[str]) -> str:
        """A search for a caller; returns the id_hash (and makes it the current subject)."""
        kind = str(kind)
        id_hash = self.hash(kind, identifier)
        self._subject = (kind, id_hash)
        self._write("lookup", {"sources": list(sources)})
        return id_hash

    def case_opened(self, case_identificatie: str, source: str) -> None:
        self._write("case_opened", {"case": case_identificatie, "source": source})

    def document_opened(
        self, document_url: str, case_identificatie: str, source: str | None = None
    ) -> None:
        """By resource URL (a UUID), not by title: titles may name the citizen."""
        fields: dict[str, Any] = {"document": document_url, "case": case_identificatie}
        if source is not None:
            fields["source"] = source
        self._write("document_opened", fields)

    def referral_logged(self, case_identificatie: str, target: str) -> None:
        self._write("referral_logged", {"case": case_identificatie, "target": target})

    def contact_logged(
        self,
        channel: str,
        case_identificatie: str | None = None,
        *,
        outcome: str | None = None,
        sent: bool = False,
    ) -> None:
        """A contact moment recorded (``sent``: delivered to Klantinteracties, else outbox)."""
        fields: dict[str, Any] = {"channel": channel, "sent": sent}
        if case_identificatie is not None:
            fields["case"] = case_identificatie
        if outcome is not None:
            fields["outcome"] = outcome
        self._write("contact_logged", fields)

    def clear_subject(self) -> None:
        """New caller (Ctrl+N): later events no longer belong to the previous lookup."""
        self._subject = None

    # -- writing ------------------------------------------------------------------------------

    def _record(self, event: str, fields: dict[str, Any]) -> dict[str, Any]:
        kind, id_hash = self._subject if self._subject else (None, None)
        record: dict[str, Any] = {
            "v": SCHEMA_VERSION,
            "time": self._clock().astimezone(UTC).isoformat(timespec="milliseconds"),
            "agent": self.agent_id,
            "event": event,
            "kind": kind,
            "id_hash": id_hash,
            "salt_id": self._salt_id,
            "salt_scope": "installation" if self.salt_persistent else "session",
        }
        for key, value in fields.items():
            record.setdefault(key, value)
        return record

    def _write(self, event: str, fields: dict[str, Any]) -> None:
        line = json.dumps(self._record(event, fields), ensure_ascii=False, separators=(",", ":"))
        data = (line + "\n").encode("utf-8")
        with self._lock:
            try:
                self._ensure_dir()
                self._rotate_if_needed(len(data))
                fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, FILE_MODE)
                try:
                    # A file someone created wider (or an old version) is narrowed, not trusted.
                    if hasattr(os, "fchmod"):
                        os.fchmod(fd, FILE_MODE)
                    os.write(fd, data)
                finally:
                    os.close(fd)
            except OSError as exc:
                log.error("auditlog niet geschreven: %s", type(exc).__name__)
                raise AuditError(
                    QT_TRANSLATE_NOOP(
                        "AuditLog",
                        "Het auditlog kon niet worden geschreven ({problem}). "
                        "Meld dit bij de applicatiebeheerder.",
                    ).format(problem=type(exc).__name__)
                ) from None

    def _ensure_dir(self) -> None:
        directory = self.path.parent
        if not directory.exists():
            directory.mkdir(parents=True, mode=DIR_MODE, exist_ok=True)

    def rotated_path(self, index: int) -> Path:
        return self.path.with_name(f"{self.path.name}.{index}")

    def _rotate_if_needed(self, incoming: int) -> None:
        try:
            size = self.path.stat().st_size
        except FileNotFoundError:
            return
        if size == 0 or size + incoming <= self.max_bytes:
            return
        # audit.jsonl.N is the oldest and drops off; the rest shift up by one. Renames keep the
        # 0600 mode, so rotated files stay owner-only without a chmod race.
        oldest = self.rotated_path(self.backup_count)
        with contextlib.suppress(FileNotFoundError):
            oldest.unlink()
        for index in range(self.backup_count - 1, 0, -1):
            with contextlib.suppress(FileNotFoundError):
                self.rotated_path(index).rename(self.rotated_path(index + 1))
        # Another process may have rotated between our stat and here: then there is nothing left.
        with contextlib.suppress(FileNotFoundError):
            self.path.rename(self.rotated_path(1))
        log.info("auditlog geroteerd")
