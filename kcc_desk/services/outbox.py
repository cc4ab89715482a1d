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
import sqlite3
import stat
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import IO, Any
from urllib.parse import urlsplit

import platformdirs

from kcc_desk.services import outbox_schema
from kcc_desk.services.contact_limits import MAX_INHOUD, MAX_ONDERWERP, truncate
from kcc_desk.services.contact_request import ContactKind, ContactLogRequest
from kcc_desk.services.klantinteracties import KlantinteractiesClient, is_unique_violation
from kcc_desk.services.klantinteracties_records import (
    InvalidContactRequest,
    KlantcontactDraft,
    KlantcontactRef,
    KlantinteractiesError,
    KlantinteractiesRejected,
)
from kcc_desk.services.messages import QT_TRANSLATE_NOOP, Message

log = logging.getLogger(__name__)

APP_NAME = "kcc-desk"
FILE_NAME = "outbox.sqlite3"
# A referral whose number another client's klantcontact holds gets a new one; that happens once
# in a billion, so a few tries are plenty and a loop is bounded.
MAX_RENUMBER = 3

# A test hook: called as hook(event, step) at "before_send", "after_send" and "after_record".
# None in production. Tests use it to kill the process at each point of a delivery.
StepHook = Callable[[str, str], None]


class ItemState(StrEnum):
    PENDING = "pending"
    DELIVERED = "delivered"
    FAILED = "failed"  # refused by the server; needs a person to look at it


def _now() -> datetime:
    return datetime.now(UTC)


def server_key(url: str | None) -> str:
    """The form an API root is stored and compared in: scheme and host lower case, one '/'."""
    if not url:
        return ""
    parts = urlsplit(url.strip())
    path = parts.path.rstrip("/") + "/"
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}{path}"


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
    server: str = ""  # the Klantinteracties API root it is for ('' = not yet known)

    def is_for(self, server: str) -> bool:
        return self.server in ("", server_key(server))


@dataclass(frozen=True, slots=True)
class DeliveryReport:
    delivered: tuple[int, ...] = ()  # item ids delivered in this run
    failed: tuple[int, ...] = ()  # item ids the server refused (kept, marked failed)
    pending: int = 0  # items still waiting after this run
    other_server: int = 0  # items waiting for another Klantinteracties server, left alone
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
_COLUMNS = (
    "id, reference, kind, created_at, state, attempts, last_error, "
    "zaak_identificatie, progress, request, delivered_at, server"
)


class Outbox:
    """The local queue. Synchronous SQLite calls are short (one small row), so they run on the
    event loop; a lock keeps them safe if another thread enqueues."""

    def __init__(
        self,
        path: Path | str | None = None,
        *,
        server: str | None = None,
        synchronous: str = "FULL",
        step_hook: StepHook | None = None,
    ) -> None:
        """``server``: the Klantinteracties API root new items are logged for (None: not
        configured yet; such items go to the first server that delivers this outbox)."""
        self.path = Path(path) if path is not None else default_outbox_path()
        self.server = server_key(server)
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
        try:
            with self._lock:
                outbox_schema.prepare(self._db)
        except BaseException:
            self._db.close()
            raise
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
                "INSERT INTO outbox "
                "(reference, kind, created_at, zaak_identificatie, request, server) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (
                    request.reference,
                    str(request.kind),
                    request.created_at.isoformat(),
                    request.zaak_identificatie or "",
                    request.to_json(),
                    self.server,
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
                    server=row[11],
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

    def retry(self, item_id: int) -> bool:
        """Put one refused item back in the queue; False if it is not a refused item."""
        with self._tx() as db:
            cursor = db.execute(
                "UPDATE outbox SET state = ?, last_error = '' WHERE id = ? AND state = ?",
                (ItemState.PENDING.value, item_id, ItemState.FAILED.value),
            )
            return cursor.rowcount == 1

    def _claim_unowned(self, server: str) -> None:
        """Items logged before a server was known (or by an outbox of version 1) belong to the
        first server that delivers them."""
        with self._tx() as db:
            db.execute(
                "UPDATE outbox SET server = ? WHERE server = '' AND state != ?",
                (server, ItemState.DELIVERED.value),
            )

    def _save_request(self, item_id: int, request: ContactLogRequest) -> None:
        with self._tx() as db:
            db.execute("UPDATE outbox SET request = ? WHERE id = ?", (request.to_json(), item_id))

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
        server = server_key(client.base_url)
        self._claim_unowned(server)
        waiting = self.pending()
        others = [item for item in waiting if not item.is_for(server)]
        if others:  # logged for another Klantinteracties (another config, training): not here
            log.info("outbox: %d item(s) voor een andere server blijven staan", len(others))
        for item in waiting:
            if not item.is_for(server):
                continue
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
            pending=sum(1 for item in self.pending() if item.is_for(server)),
            other_server=len(others),
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
            found = None
            if "klantcontact" in attempted:
                found = await self._find_klantcontact(client, request)
            if found is None:
                intend("klantcontact")
                request, found = await self._create_klantcontact(
                    client, item.id, request, partij=partij_uuid, zaak_uuid=zaak_uuid
                )
                self._hook("after_send", "klantcontact")
            if found.recovered:
                log.info("outbox: item %s was al aangekomen; verder waar het bleef", item.id)
                # Children of a recovered klantcontact may exist too: look before creating them.
                attempted.update(("betrokkene", "onderwerpobject", "actorklantcontact"))
            if found.ref.betrokkenen and partij_uuid and found.made_together:
                done["betrokkene"] = found.ref.betrokkenen[0]
            if found.ref.onderwerpobjecten and zaak_uuid and found.made_together:
                done["onderwerpobject"] = found.ref.onderwerpobjecten[0]
            record("klantcontact", found.ref.uuid)
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
                    toelichting=request.toelichting(),
                    referentienummer=request.referentienummer,
                )
                self._hook("after_send", "internetaak")
            record("internetaak", found_t)

        self._mark_delivered(item.id, done)
        self._hook("after_record", "delivered")

    @staticmethod
    def _draft(request: ContactLogRequest) -> KlantcontactDraft:
        return KlantcontactDraft(
            kanaal=request.kanaal,
            onderwerp=truncate(request.onderwerp, MAX_ONDERWERP),
            inhoud=truncate(request.inhoud, MAX_INHOUD),
            plaatsgevonden_op=request.created_at,
            referentienummer=request.referentienummer,
            reference=request.reference,
            indicatie_contact_gelukt=request.contact_gelukt,
        )

    async def _find_klantcontact(
        self, client: KlantinteractiesClient, request: ContactLogRequest
    ) -> _Klantcontact | None:
        """An earlier attempt's klantcontact, by its number (and by the old-style number of an
        item from before the digits-only rule, which a lenient server may have taken)."""
        draft = self._draft(request)
        found = await client.find_klantcontact_by_reference(draft)
        if found is None and request.legacy_referentienummer:
            found = await client.find_klantcontact_by_reference(
                draft, referentienummer=request.legacy_referentienummer
            )
        return None if found is None else _Klantcontact(found, recovered=True)

    async def _create_klantcontact(
        self,
        client: KlantinteractiesClient,
        item_id: int,
        request: ContactLogRequest,
        *,
        partij: str | None,
        zaak_uuid: str | None,
    ) -> tuple[ContactLogRequest, _Klantcontact]:
        """Write the klantcontact once. The server keeps referentienummer unique, so a refusal
        for that reason means an earlier attempt of ours arrived (its response was lost): go on
        with that one. If the number turns out to be another client's, take a new one (saved
        first, so a crash cannot lose it) and write again."""
        for _ in range(MAX_RENUMBER):
            draft = self._draft(request)
            try:
                made = await client.maak_klantcontact(
                    draft, partij=partij, zaak_uuid=zaak_uuid, naam=request.caller_name
                )
                if made is not None:
                    return request, _Klantcontact(made, made_together=True)
                return request, _Klantcontact(
                    KlantcontactRef(await client.create_klantcontact(draft))
                )
            except KlantinteractiesRejected as exc:
                if not is_unique_violation(exc, "referentienummer"):
                    raise
            found = await client.find_klantcontact_by_reference(draft)
            if found is not None:
                return request, _Klantcontact(found, recovered=True)
            log.info("outbox: item %s: referentienummer al in gebruik; een nieuw", item_id)
            request = request.with_new_referentienummer()
            self._save_request(item_id, request)
        raise KlantinteractiesRejected(
            QT_TRANSLATE_NOOP(
                "Outbox", "Klantinteracties weigert elk nieuw referentienummer voor dit contact."
            ),
            status=400,
            code="unique",
        )


@dataclass(frozen=True, slots=True)
class _Klantcontact:
    """The klantcontact of an item: just written, or found after an earlier attempt."""

    ref: KlantcontactRef
    recovered: bool = False
    made_together: bool = False  # written with its betrokkene and onderwerpobject in one call


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
