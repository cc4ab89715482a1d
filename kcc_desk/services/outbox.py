"""Durable local outbox for contacts and referrals (SQLite, WAL, owner-only file).

Every contact or referral the agent logs is first written here, then delivered to the
Klantinteracties API in order; while the API is down the app keeps working and the worker retries
with capped exponential backoff.

Exactly once. A referral takes several requests (klantcontact, betrokkene, onderwerpobject,
actorklantcontact, internetaak). The process may die, or the connection drop, after the server
committed a request but before we recorded its answer. So:

* each request carries a client-generated reference: its short form is the klantcontact's
  ``referentienummer`` (Open Klant allows 10 characters) and the full uuid is in its ``metadata``;
* before each create we durably record the *intent* ("attempted: internetaak"); after it we
  record the created uuid ("done: internetaak = …");
* a step whose intent is recorded but whose result is not is first looked up on the server
  (klantcontact by referentienummer, children by their klantcontact), and only created if absent;
* completed steps are never redone, so a half-written referral is completed, not restarted;
* before creating an interne taak we always check whether the klantcontact already led to one.

Only one deliverer per outbox file runs at a time (an OS file lock, released if the process dies),
so the app's worker and ``kcc-desk outbox flush`` cannot both send the same row.

Privacy: the file holds BSNs and free text until delivery, so it is created 0600 (and its -wal and
-shm files checked), and a delivered row keeps only non-personal bookkeeping. Nothing personal is
logged.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import random
import re
import sqlite3
import stat
import sys
import threading
import uuid as uuid_mod
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import IO, Any

import platformdirs

from kcc_desk.services.identifiers import is_valid_bsn
from kcc_desk.services.klantinteracties import (
    CallerName,
    InvalidContactRequest,
    KlantcontactDraft,
    KlantinteractiesClient,
    KlantinteractiesError,
    referentienummer_for,
    truncate,
)
from kcc_desk.services.messages import QT_TRANSLATE_NOOP, Message

log = logging.getLogger(__name__)

APP_NAME = "kcc-desk"
FILE_NAME = "outbox.sqlite3"
KANALEN = ("telefoon", "balie")
MAX_AGENT_ID = 200
_PHONE = re.compile(r"^(\+[0-9]{9,15}|0[0-9]{9}|00[0-9]{7,13})$")
SCHEMA_VERSION = 1

# A test hook: called as hook(event, step) at "before_send", "after_send" and "after_record".
# None in production. Tests use it to kill the process at each point of a delivery.
StepHook = Callable[[str, str], None]


class ContactKind(StrEnum):
    STATUS_ANSWERED = "status_answered"  # the agent answered a status question
    REFERRAL = "referral"  # the question goes to a team/colleague (interne taak)


class ItemState(StrEnum):
    PENDING = "pending"
    DELIVERED = "delivered"
    FAILED = "failed"  # refused by the server; needs a person to look at it


def _now() -> datetime:
    return datetime.now(UTC)


def _new_reference() -> str:
    return str(uuid_mod.uuid4())


@dataclass(frozen=True, slots=True)
class ContactLogRequest:
    """One contact (or referral) as the agent logged it."""

    kind: ContactKind
    agent_id: str
    kanaal: str  # telefoon | balie
    onderwerp: str
    inhoud: str = ""
    caller_bsn: str | None = None
    caller_name: CallerName | None = None
    zaak_url: str | None = None
    zaak_uuid: str | None = None
    zaak_identificatie: str | None = None
    referral_actor_uuids: tuple[str, ...] = ()
    reason: str = ""  # referral: the requested action (gevraagde handeling)
    callback_phone: str = ""
    contact_gelukt: bool = True
    agent_name: str | None = None  # used only if the agent's actor must be created
    created_at: datetime = field(default_factory=_now)
    reference: str = field(default_factory=_new_reference)  # idempotency key, client-generated

    @property
    def effective_zaak_uuid(self) -> str | None:
        if self.zaak_uuid:
            return self.zaak_uuid
        if self.zaak_url:
            candidate = self.zaak_url.rstrip("/").rsplit("/", 1)[-1]
            with contextlib.suppress(ValueError):
                return str(uuid_mod.UUID(candidate))
        return None

    def validate(self) -> None:
        """Refuse what cannot be sent without changing its meaning (plain-Dutch message)."""
        if self.kind not in tuple(ContactKind):
            raise InvalidContactRequest(QT_TRANSLATE_NOOP("Outbox", "Onbekend soort contact."))
        if self.kanaal not in KANALEN:
            raise InvalidContactRequest(
                QT_TRANSLATE_NOOP("Outbox", "Kies als kanaal telefoon of balie.")
            )
        if not self.agent_id.strip() or len(self.agent_id) > MAX_AGENT_ID:
            raise InvalidContactRequest(
                QT_TRANSLATE_NOOP("Outbox", "De medewerker-id ontbreekt of is te lang.")
            )
        if not self.onderwerp.strip():
            raise InvalidContactRequest(QT_TRANSLATE_NOOP("Outbox", "Vul een onderwerp in."))
        if self.caller_bsn is not None and not is_valid_bsn(self.caller_bsn):
            raise InvalidContactRequest(
                QT_TRANSLATE_NOOP("Outbox", "Het BSN van de beller is niet geldig.")
            )
        if self.created_at.tzinfo is None:
            raise InvalidContactRequest(
                QT_TRANSLATE_NOOP("Outbox", "Het tijdstip van het contact mist een tijdzone.")
            )
        try:
            uuid_mod.UUID(self.reference)
        except ValueError:
            raise InvalidContactRequest(
                QT_TRANSLATE_NOOP("Outbox", "Ongeldige referentie.")
            ) from None
        if (self.zaak_url or self.zaak_uuid) and self.effective_zaak_uuid is None:
            raise InvalidContactRequest(
                QT_TRANSLATE_NOOP("Outbox", "De zaak kan niet aan het contact worden gekoppeld.")
            )
        if self.callback_phone and not _PHONE.match(normalize_phone(self.callback_phone)):
            raise InvalidContactRequest(
                QT_TRANSLATE_NOOP("Outbox", "Het terugbelnummer is geen geldig telefoonnummer.")
            )
        if self.kind == ContactKind.REFERRAL:
            if not self.referral_actor_uuids:
                raise InvalidContactRequest(
                    QT_TRANSLATE_NOOP("Outbox", "Kies naar wie het contact wordt doorgezet.")
                )
            for actor in self.referral_actor_uuids:
                try:
                    uuid_mod.UUID(actor)
                except ValueError:
                    raise InvalidContactRequest(
                        QT_TRANSLATE_NOOP("Outbox", "Ongeldige ontvanger van de doorverwijzing.")
                    ) from None
            if not self.reason.strip():
                raise InvalidContactRequest(
                    QT_TRANSLATE_NOOP("Outbox", "Vul in wat er gevraagd wordt (de reden).")
                )

    # -- (de)serialisation for the SQLite row ----------------------------------------------------
    def to_json(self) -> str:
        data: dict[str, Any] = {
            "kind": str(self.kind),
            "agent_id": self.agent_id,
            "kanaal": self.kanaal,
            "onderwerp": self.onderwerp,
            "inhoud": self.inhoud,
            "caller_bsn": self.caller_bsn,
            "caller_name": None,
            "zaak_url": self.zaak_url,
            "zaak_uuid": self.zaak_uuid,
            "zaak_identificatie": self.zaak_identificatie,
            "referral_actor_uuids": list(self.referral_actor_uuids),
            "reason": self.reason,
            "callback_phone": self.callback_phone,
            "contact_gelukt": self.contact_gelukt,
            "agent_name": self.agent_name,
            "created_at": self.created_at.isoformat(),
            "reference": self.reference,
        }
        if self.caller_name is not None:
            name = self.caller_name
            data["caller_name"] = [
                name.voorletters,
                name.voornaam,
                name.voorvoegsel_achternaam,
                name.achternaam,
            ]
        return json.dumps(data, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> ContactLogRequest:
        data = json.loads(text)
        name = data.get("caller_name")
        return cls(
            kind=ContactKind(data["kind"]),
            agent_id=data["agent_id"],
            kanaal=data["kanaal"],
            onderwerp=data["onderwerp"],
            inhoud=data.get("inhoud", ""),
            caller_bsn=data.get("caller_bsn"),
            caller_name=CallerName(*name) if name else None,
            zaak_url=data.get("zaak_url"),
            zaak_uuid=data.get("zaak_uuid"),
            zaak_identificatie=data.get("zaak_identificatie"),
            referral_actor_uuids=tuple(data.get("referral_actor_uuids") or ()),
            reason=data.get("reason", ""),
            callback_phone=data.get("callback_phone", ""),
            contact_gelukt=bool(data.get("contact_gelukt", True)),
            agent_name=data.get("agent_name"),
            created_at=datetime.fromisoformat(data["created_at"]),
            reference=data["reference"],
        )


def normalize_phone(text: str) -> str:
    return re.sub(r"[\s\-().]", "", text)


@dataclass(frozen=True, slots=True)
class OutboxItem:
    id: int
    reference: str
    kind: ContactKind
    created_at: datetime
    state: ItemState
    attempts: int
    last_error: str
    zaak_identificatie: str
    done: dict[str, str]  # completed steps: step -> uuid on the server
    attempted: tuple[str, ...]  # steps that may have reached the server
    request: ContactLogRequest | None  # None once delivered (personal data dropped)
    delivered_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class DeliveryReport:
    delivered: tuple[int, ...] = ()  # item ids delivered in this run
    failed: tuple[int, ...] = ()  # item ids the server refused (kept, marked failed)
    pending: int = 0  # items still waiting after this run
    ui_error: Message | None = None  # why delivery stopped early, None when it did not
    busy: bool = False  # another process was delivering this outbox

    @property
    def error(self) -> str | None:
        """The reason in Dutch (CLI, logs)."""
        return None if self.ui_error is None else str(self.ui_error)

    @property
    def ok(self) -> bool:
        return self.ui_error is None and not self.busy


def default_outbox_path() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / FILE_NAME


# -- file safety -------------------------------------------------------------------------------
def _create_private_file(path: Path) -> None:
    """Create ``path`` owner-only before SQLite opens it (SQLite gives -wal/-shm the same mode)."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    old_umask = os.umask(0o077)
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    finally:
        os.umask(old_umask)
    os.close(fd)
    _tighten(path)


def _tighten(path: Path) -> None:
    if sys.platform == "win32":  # ACLs of the user profile protect it there
        return
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        return
    if mode & 0o077:
        log.warning("outbox-bestand had te ruime rechten (%o); teruggezet naar 600", mode)
        path.chmod(0o600)


def sidecar_paths(path: Path) -> tuple[Path, Path]:
    return Path(str(path) + "-wal"), Path(str(path) + "-shm")


class _ProcessLock:
    """A non-blocking exclusive lock on ``<outbox>.lock`` that the OS drops when we die."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._file: IO[bytes] | None = None

    def try_acquire(self) -> bool:
        fd = os.open(self._path, os.O_RDWR | os.O_CREAT, 0o600)
        handle = os.fdopen(fd, "r+b")
        try:
            if sys.platform == "win32":
                import msvcrt

                msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.close()
            return False
        self._file = handle
        return True

    def release(self) -> None:
        if self._file is None:
            return
        try:
            if sys.platform == "win32":
                import msvcrt

                msvcrt.locking(self._file.fileno(), msvcrt.LK_UNLCK, 1)
            else:
                import fcntl

                fcntl.flock(self._file.fileno(), fcntl.LOCK_UN)
        finally:
            self._file.close()
            self._file = None


# -- the outbox ----------------------------------------------------------------------------------
_SCHEMA = """
CREATE TABLE IF NOT EXISTS outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    reference TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    created_at TEXT NOT NULL,
    zaak_identificatie TEXT NOT NULL DEFAULT '',
    request TEXT,
    state TEXT NOT NULL DEFAULT 'pending',
    progress TEXT NOT NULL DEFAULT '{}',
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT '',
    delivered_at TEXT
);
CREATE INDEX IF NOT EXISTS outbox_state ON outbox (state, id);
"""


_COLUMNS = (
    "id, reference, kind, created_at, state, attempts, last_error, "
    "zaak_identificatie, progress, request, delivered_at"
)


class Outbox:
    """The local queue. Synchronous SQLite calls are short (one small row), so they run on the
    event loop; a lock keeps them safe if another thread enqueues."""

    def __init__(
        self,
        path: Path | str | None = None,
        *,
        synchronous: str = "FULL",
        step_hook: StepHook | None = None,
    ) -> None:
        self.path = Path(path) if path is not None else default_outbox_path()
        _create_private_file(self.path)
        self._lock = threading.Lock()
        self._deliver_lock = asyncio.Lock()
        self._process_lock = _ProcessLock(Path(str(self.path) + ".lock"))
        self._step_hook = step_hook
        self._db = sqlite3.connect(
            self.path, isolation_level=None, check_same_thread=False, timeout=10.0
        )
        if synchronous not in ("FULL", "NORMAL"):
            raise ValueError("synchronous must be FULL or NORMAL")
        with self._lock:
            self._db.execute("PRAGMA journal_mode=WAL")
            # FULL: a row survives power loss once enqueue returns; NORMAL still survives a
            # killed process (tests use it for speed).
            self._db.execute(f"PRAGMA synchronous={synchronous}")
            self._db.executescript(_SCHEMA)
            self._db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        self.check_file_modes()

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> Outbox:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def check_file_modes(self) -> None:
        """Make sure the database and its -wal/-shm files are owner-only."""
        for candidate in (self.path, *sidecar_paths(self.path)):
            _tighten(candidate)

    @contextlib.contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    # -- queue -------------------------------------------------------------------------------
    def enqueue(self, request: ContactLogRequest) -> int:
        """Store the request durably; returns its item id. Raises InvalidContactRequest."""
        request.validate()
        with self._tx() as db:
            existing = db.execute(
                "SELECT id FROM outbox WHERE reference = ?", (request.reference,)
            ).fetchone()
            if existing is not None:  # the same request queued twice stays one item
                return int(existing[0])
            cursor = db.execute(
                "INSERT INTO outbox (reference, kind, created_at, zaak_identificatie, request) "
                "VALUES (?, ?, ?, ?, ?)",
                (
                    request.reference,
                    str(request.kind),
                    request.created_at.isoformat(),
                    request.zaak_identificatie or "",
                    request.to_json(),
                ),
            )
            item_id = int(cursor.lastrowid or 0)
        self.check_file_modes()
        log.info("outbox: item %s (%s) in de wachtrij", item_id, request.kind)
        return item_id

    def _items(self, where: str, params: tuple[Any, ...] = ()) -> list[OutboxItem]:
        # `where` is always one of this module's constant clauses; values go in as parameters.
        query = f"SELECT {_COLUMNS} FROM outbox WHERE {where} ORDER BY id"  # noqa: S608
        with self._lock:
            rows = self._db.execute(query, params).fetchall()
        items = []
        for row in rows:
            progress = json.loads(row[8] or "{}")
            items.append(
                OutboxItem(
                    id=row[0],
                    reference=row[1],
                    kind=ContactKind(row[2]),
                    created_at=datetime.fromisoformat(row[3]),
                    state=ItemState(row[4]),
                    attempts=row[5],
                    last_error=row[6],
                    zaak_identificatie=row[7],
                    done=dict(progress.get("done") or {}),
                    attempted=tuple(progress.get("attempted") or ()),
                    request=ContactLogRequest.from_json(row[9]) if row[9] else None,
                    delivered_at=datetime.fromisoformat(row[10]) if row[10] else None,
                )
            )
        return items

    def pending(self) -> list[OutboxItem]:
        """Items not yet delivered, oldest first."""
        return self._items("state = ?", (ItemState.PENDING.value,))

    def failed(self) -> list[OutboxItem]:
        return self._items("state = ?", (ItemState.FAILED.value,))

    def items(self) -> list[OutboxItem]:
        return self._items("1 = 1")

    def get(self, item_id: int) -> OutboxItem | None:
        found = self._items("id = ?", (item_id,))
        return found[0] if found else None

    def retry_failed(self) -> int:
        """Put refused items back in the queue (after the cause was fixed); returns how many."""
        with self._tx() as db:
            cursor = db.execute(
                "UPDATE outbox SET state = ?, last_error = '' WHERE state = ?",
                (ItemState.PENDING.value, ItemState.FAILED.value),
            )
            return cursor.rowcount

    # -- progress bookkeeping ----------------------------------------------------------------
    def _save_progress(self, item_id: int, done: dict[str, str], attempted: set[str]) -> None:
        progress = json.dumps({"done": done, "attempted": sorted(attempted)})
        with self._tx() as db:
            db.execute("UPDATE outbox SET progress = ? WHERE id = ?", (progress, item_id))

    def _mark_delivered(self, item_id: int, done: dict[str, str]) -> None:
        progress = json.dumps({"done": done, "attempted": []})
        with self._tx() as db:
            # The request (BSN, free text, phone) is no longer needed here: drop it.
            db.execute(
                "UPDATE outbox SET state = ?, progress = ?, request = NULL, last_error = '', "
                "delivered_at = ? WHERE id = ?",
                (ItemState.DELIVERED.value, progress, _now().isoformat(), item_id),
            )

    def _mark_attempt(self, item_id: int, error: str, *, failed: bool) -> None:
        with self._tx() as db:
            db.execute(
                "UPDATE outbox SET attempts = attempts + 1, last_error = ?, state = ? WHERE id = ?",
                (error, (ItemState.FAILED if failed else ItemState.PENDING).value, item_id),
            )

    def purge_delivered(self, older_than: datetime) -> int:
        with self._tx() as db:
            cursor = db.execute(
                "DELETE FROM outbox WHERE state = ? AND delivered_at < ?",
                (ItemState.DELIVERED.value, older_than.isoformat()),
            )
            return cursor.rowcount

    # -- delivery ----------------------------------------------------------------------------
    async def deliver_pending(self, client: KlantinteractiesClient) -> DeliveryReport:
        """Deliver pending items in order until done or until the API fails.

        A retryable failure (API down, 5xx, 401) stops the run so later items never overtake an
        earlier one; an item the server refuses (400) is marked failed and the run continues.
        """
        async with self._deliver_lock:
            if not self._process_lock.try_acquire():
                return DeliveryReport(pending=len(self.pending()), busy=True)
            try:
                return await self._deliver_all(client)
            finally:
                self._process_lock.release()

    async def _deliver_all(self, client: KlantinteractiesClient) -> DeliveryReport:
        delivered: list[int] = []
        failed: list[int] = []
        error: Message | None = None
        for item in self.pending():
            try:
                await self._deliver_item(client, item)
            except KlantinteractiesError as exc:
                if exc.retryable:
                    self._mark_attempt(item.id, exc.message, failed=False)
                    error = exc.ui_message
                    break
                log.warning("outbox: item %s geweigerd (%s)", item.id, exc.status)
                self._mark_attempt(item.id, exc.message, failed=True)
                failed.append(item.id)
                continue
            delivered.append(item.id)
        if delivered or failed:
            log.info("outbox: %d afgeleverd, %d geweigerd", len(delivered), len(failed))
        return DeliveryReport(
            delivered=tuple(delivered),
            failed=tuple(failed),
            pending=len(self.pending()),
            ui_error=error,
        )

    def _hook(self, event: str, step: str) -> None:
        if self._step_hook is not None:
            self._step_hook(event, step)

    async def _deliver_item(self, client: KlantinteractiesClient, item: OutboxItem) -> None:
        request = item.request
        if request is None:  # should not happen for a pending row; refuse rather than guess
            raise InvalidContactRequest(
                QT_TRANSLATE_NOOP(
                    "Outbox", "Dit contact mist zijn gegevens en kan niet worden verzonden."
                )
            )
        done = dict(item.done)
        attempted = set(item.attempted)
        zaak_uuid = request.effective_zaak_uuid

        def record(step: str, value: str) -> None:
            done[step] = value
            attempted.discard(step)
            self._save_progress(item.id, done, attempted)
            self._hook("after_record", step)

        def intend(step: str) -> None:
            attempted.add(step)
            self._save_progress(item.id, done, attempted)
            self._hook("before_send", step)

        # 1. partij (find-or-create by BSN; looking first makes it safe to repeat)
        if request.caller_bsn and "partij" not in done:
            self._hook("before_send", "partij")
            partij = await client.find_or_create_partij(request.caller_bsn, request.caller_name)
            self._hook("after_send", "partij")
            record("partij", partij)
        partij_uuid = done.get("partij")

        # 2. klantcontact (+ betrokkene + onderwerpobject in one call where the server can)
        if "klantcontact" not in done:
            draft = self._draft(request)
            found = None
            if "klantcontact" in attempted:
                found = await client.find_klantcontact_by_reference(
                    draft.referentienummer, request.reference
                )
            if found is not None:
                log.info("outbox: item %s was al aangekomen; verder waar het bleef", item.id)
                # Children of a recovered klantcontact may exist too: look before creating them.
                attempted.update(("betrokkene", "onderwerpobject", "actorklantcontact"))
                record("klantcontact", found.uuid)
            else:
                intend("klantcontact")
                made = await client.maak_klantcontact(
                    draft, partij=partij_uuid, zaak_uuid=zaak_uuid, naam=request.caller_name
                )
                if made is None:
                    kc = await client.create_klantcontact(draft)
                    self._hook("after_send", "klantcontact")
                    record("klantcontact", kc)
                else:
                    self._hook("after_send", "klantcontact")
                    if made.betrokkenen:
                        done["betrokkene"] = made.betrokkenen[0]
                    if made.onderwerpobjecten:
                        done["onderwerpobject"] = made.onderwerpobjecten[0]
                    record("klantcontact", made.uuid)
        kc_uuid = done["klantcontact"]

        # 3. betrokkene
        if partij_uuid and "betrokkene" not in done:
            found_b = (
                await client.find_betrokkene(kc_uuid, partij_uuid)
                if "betrokkene" in attempted
                else None
            )
            if found_b is None:
                intend("betrokkene")
                found_b = await client.create_betrokkene(kc_uuid, partij_uuid, request.caller_name)
                self._hook("after_send", "betrokkene")
            record("betrokkene", found_b)

        # 4. onderwerpobject -> the zaak
        if zaak_uuid and "onderwerpobject" not in done:
            found_o = (
                await client.find_onderwerpobject(kc_uuid, zaak_uuid)
                if "onderwerpobject" in attempted
                else None
            )
            if found_o is None:
                intend("onderwerpobject")
                found_o = await client.create_onderwerpobject(kc_uuid, zaak_uuid)
                self._hook("after_send", "onderwerpobject")
            record("onderwerpobject", found_o)

        # 5. the agent as medewerker actor, and who handled the contact
        if "actor" not in done:
            self._hook("before_send", "actor")
            actor = await client.find_or_create_medewerker(request.agent_id, request.agent_name)
            self._hook("after_send", "actor")
            record("actor", actor)
        if "actorklantcontact" not in done:
            found_a = (
                await client.find_actorklantcontact(done["actor"], kc_uuid)
                if "actorklantcontact" in attempted
                else None
            )
            if found_a is None:
                intend("actorklantcontact")
                found_a = await client.create_actorklantcontact(done["actor"], kc_uuid)
                self._hook("after_send", "actorklantcontact")
            record("actorklantcontact", found_a)

        # 6. the referral: always check first, a duplicate task means a team calls twice
        if request.kind == ContactKind.REFERRAL and "internetaak" not in done:
            found_t = await client.find_internetaak(kc_uuid)
            if found_t is None:
                intend("internetaak")
                found_t = await client.create_internetaak(
                    kc_uuid,
                    gevraagde_handeling=request.reason,
                    actoren=request.referral_actor_uuids,
                    toelichting=self._toelichting(request),
                )
                self._hook("after_send", "internetaak")
            record("internetaak", found_t)

        self._mark_delivered(item.id, done)
        self._hook("after_record", "delivered")

    @staticmethod
    def _draft(request: ContactLogRequest) -> KlantcontactDraft:
        return KlantcontactDraft(
            kanaal=request.kanaal,
            onderwerp=truncate(request.onderwerp, 200),
            inhoud=truncate(request.inhoud, 1000),
            plaatsgevonden_op=request.created_at,
            referentienummer=referentienummer_for(request.reference),
            reference=request.reference,
            indicatie_contact_gelukt=request.contact_gelukt,
        )

    @staticmethod
    def _toelichting(request: ContactLogRequest) -> str:
        # Phone and zaak first: if the note is cut at 1000 characters, they survive.
        parts = []
        if request.callback_phone:
            parts.append(f"Terugbelnummer: {normalize_phone(request.callback_phone)}.")
        if request.zaak_identificatie:
            parts.append(f"Zaak {request.zaak_identificatie}.")
        if request.inhoud.strip():
            parts.append(request.inhoud.strip())
        return " ".join(parts)


class OutboxWorker:
    """Delivers the outbox in the background: at once when woken, with capped exponential
    backoff (and jitter) while the API fails, idle when the queue is empty."""

    def __init__(
        self,
        outbox: Outbox,
        client: KlantinteractiesClient,
        *,
        base_delay: float = 2.0,
        max_delay: float = 300.0,
        idle_poll: float | None = 600.0,
        keep_delivered: timedelta = timedelta(days=30),
        on_report: Callable[[DeliveryReport], None] | None = None,
        rng: random.Random | None = None,
    ) -> None:
        self.outbox = outbox
        self.client = client
        self.base_delay = base_delay
        self.max_delay = max_delay
        self.idle_poll = idle_poll  # also look now and then when nobody wakes us
        self.keep_delivered = keep_delivered  # bookkeeping of delivered items, then purged
        self.on_report = on_report
        self.last_report: DeliveryReport | None = None
        self.failures = 0
        self._rng = rng or random.Random()  # noqa: S311 - jitter, not security
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._stopping = False

    def submit(self, request: ContactLogRequest) -> int:
        """Queue a contact and start delivering it now; returns the item id."""
        item_id = self.outbox.enqueue(request)
        self.wake()
        return item_id

    def wake(self) -> None:
        """Try now (new item, or the agent pressed "opnieuw proberen"); resets the backoff."""
        self.failures = 0
        self._wake.set()

    def start(self) -> asyncio.Task[None]:
        if self._task is None or self._task.done():
            self._stopping = False
            self._task = asyncio.get_running_loop().create_task(
                self._run(), name="kcc-desk-outbox-worker"
            )
        return self._task

    async def stop(self) -> None:
        self._stopping = True
        self._wake.set()
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    def next_delay(self) -> float:
        """Backoff after ``failures`` failed runs: base·2^(n-1), capped, ±20 % jitter."""
        raw = min(self.max_delay, self.base_delay * (2 ** max(0, self.failures - 1)))
        return float(min(self.max_delay, raw * self._rng.uniform(0.8, 1.2)))

    async def _run(self) -> None:
        while not self._stopping:
            self._wake.clear()
            try:
                report = await self.outbox.deliver_pending(self.client)
            except Exception as exc:  # never let the worker die; say what kind of failure
                log.exception("outbox: onverwachte fout bij afleveren (%s)", type(exc).__name__)
                report = DeliveryReport(
                    pending=len(self.outbox.pending()),
                    ui_error=QT_TRANSLATE_NOOP(
                        "Outbox",
                        "Versturen mislukt door een onverwachte fout. "
                        "Het wordt opnieuw geprobeerd.",
                    ),
                )
            self.last_report = report
            if self.on_report is not None:
                try:
                    self.on_report(report)
                except Exception:
                    log.exception("outbox: fout in on_report")
            delay: float | None
            if report.ui_error is not None or report.busy:
                self.failures += 1
                delay = self.next_delay()
            else:
                self.failures = 0
                delay = self.idle_poll if report.pending == 0 else 0.0
                if report.delivered:
                    self.outbox.purge_delivered(_now() - self.keep_delivered)
            if delay == 0.0:
                continue
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout=delay)
