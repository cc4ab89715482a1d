"""The durable local queue of contacts and referrals (SQLite, WAL, owner-only file).

Every contact or referral the agent logs is first written here (``enqueue``), then delivered to the
Klantinteracties API in order (delivery.py, in the background by worker.py); while the API is down
the app keeps working. Each row keeps its delivery bookkeeping (steps done, steps attempted) so a
delivery can go on where it stopped. The queue knows nothing of HTTP.

Only one deliverer per outbox file runs at a time (``exclusive_delivery``: an OS file lock, released
if the process dies), so the app's worker and ``kcc-desk outbox flush`` cannot both send a row.

Privacy: the file holds BSNs and free text until delivery, so it is created 0600 (and its -wal and
-shm files checked), and a delivered row keeps only non-personal bookkeeping. Nothing personal is
logged.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import sqlite3
import threading
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from kcc_desk.services.app_dirs import data_dir
from kcc_desk.services.contacts import schema
from kcc_desk.services.contacts.private_file import (
    ProcessLock,
    create_private_file,
    sidecar_paths,
    tighten,
)
from kcc_desk.services.contacts.request import ContactKind, ContactLogRequest
from kcc_desk.services.messages import Message

log = logging.getLogger(__name__)

FILE_NAME = "outbox.sqlite3"

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
    return data_dir() / FILE_NAME


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
        create_private_file(self.path)
        self._lock = threading.Lock()
        self._deliver_lock = asyncio.Lock()
        self._process_lock = ProcessLock(Path(str(self.path) + ".lock"))
        self._step_hook = step_hook
        self._db = sqlite3.connect(
            self.path, isolation_level=None, check_same_thread=False, timeout=10.0
        )
        if synchronous not in ("FULL", "NORMAL"):
            raise ValueError("synchronous must be FULL or NORMAL")
        try:
            with self._lock:
                # The version first: a newer kcc-desk's file is left exactly as it is (switching
                # it to WAL would already write to it).
                schema.prepare(self._db)
                self._db.execute("PRAGMA journal_mode=WAL")
                # FULL: a row survives power loss once enqueue returns; NORMAL still survives a
                # killed process (tests use it for speed).
                self._db.execute(f"PRAGMA synchronous={synchronous}")
        except sqlite3.DatabaseError:
            self._db.close()
            raise schema.OutboxUnreadable() from None
        except BaseException:
            self._db.close()
            raise
        self.check_file_modes()

    @contextlib.asynccontextmanager
    async def exclusive_delivery(self) -> AsyncIterator[bool]:
        """Hold the right to deliver this outbox (this process and every other one); yields
        False when another process is delivering it now."""
        async with self._deliver_lock:
            if not self._process_lock.try_acquire():
                yield False
                return
            try:
                yield True
            finally:
                self._process_lock.release()

    def hook(self, event: str, step: str) -> None:
        """The test hook (see StepHook); nothing in production."""
        if self._step_hook is not None:
            self._step_hook(event, step)

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
            tighten(candidate)

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

    def claim_unowned(self, server: str) -> None:
        """Items logged before a server was known (or by an outbox of version 1) belong to the
        first server that delivers them."""
        with self._tx() as db:
            db.execute(
                "UPDATE outbox SET server = ? WHERE server = '' AND state != ?",
                (server, ItemState.DELIVERED.value),
            )

    def save_request(self, item_id: int, request: ContactLogRequest) -> None:
        with self._tx() as db:
            db.execute("UPDATE outbox SET request = ? WHERE id = ?", (request.to_json(), item_id))

    # -- progress bookkeeping ----------------------------------------------------------------
    def save_progress(self, item_id: int, done: dict[str, str], attempted: set[str]) -> None:
        progress = json.dumps({"done": done, "attempted": sorted(attempted)})
        with self._tx() as db:
            db.execute("UPDATE outbox SET progress = ? WHERE id = ?", (progress, item_id))

    def mark_delivered(self, item_id: int, done: dict[str, str]) -> None:
        progress = json.dumps({"done": done, "attempted": []})
        with self._tx() as db:
            # The request (BSN, free text, phone) is no longer needed here: drop it.
            db.execute(
                "UPDATE outbox SET state = ?, progress = ?, request = NULL, last_error = '', "
                "delivered_at = ? WHERE id = ?",
                (ItemState.DELIVERED.value, progress, _now().isoformat(), item_id),
            )

    def mark_attempt(self, item_id: int, error: str, *, failed: bool) -> None:
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
