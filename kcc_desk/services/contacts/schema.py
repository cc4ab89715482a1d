"""The outbox's SQLite schema, its version (``PRAGMA user_version``) and the upgrades between them.

Version 1: the first outbox. Version 2 (the Open Klant fix):
* a ``server`` column: the Klantinteracties API root an item was logged for. An item is delivered
  only there (a flush with another configuration leaves it alone). Items from version 1 have no
  server yet (''); the first server that delivers the outbox claims them, which is what version 1
  would have done with them;
* every item not yet delivered gets a digits-only ``referentienummer`` (Open Klant refuses the old
  ``KD…`` form) and keeps the old one as ``legacy_referentienummer``, looked up once before a
  re-send in case a lenient server accepted it. Items a server refused are put back in the queue:
  the refusal was most likely that very number.

A file written by a newer kcc-desk (a higher version) is not touched: the app says so instead.
"""

from __future__ import annotations

import json
import logging
import sqlite3

from kcc_desk.services.contacts.reference import legacy_referentienummer, new_referentienummer
from kcc_desk.services.errors import KccError
from kcc_desk.services.messages import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

SCHEMA_VERSION = 2

_TABLE_V2 = """
CREATE TABLE outbox (
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
    delivered_at TEXT,
    server TEXT NOT NULL DEFAULT ''
);
CREATE INDEX outbox_state ON outbox (state, id);
"""


class OutboxVersionError(KccError):
    """The outbox file was written by a newer kcc-desk."""


class OutboxUnreadable(KccError):
    """The outbox file is no SQLite database (damaged, or another file under its name)."""

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Outbox", "Het outbox-bestand is beschadigd of geen wachtrij van kcc-desk."
            )
        )


def prepare(db: sqlite3.Connection) -> None:
    """Create a new outbox or bring an older one up to SCHEMA_VERSION, in one transaction."""
    db.execute("BEGIN IMMEDIATE")
    try:
        version = int(db.execute("PRAGMA user_version").fetchone()[0])
        exists = db.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'outbox'"
        ).fetchone()
        if version > SCHEMA_VERSION:
            raise OutboxVersionError(
                QT_TRANSLATE_NOOP(
                    "Outbox",
                    "De wachtrij is gemaakt door een nieuwere versie van kcc-desk. "
                    "Werk kcc-desk bij.",
                )
            )
        if not exists:
            for statement in _TABLE_V2.split(";"):
                if statement.strip():
                    db.execute(statement)
        elif version < 2:
            _upgrade_1_to_2(db)
        db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


def _upgrade_1_to_2(db: sqlite3.Connection) -> None:
    db.execute("ALTER TABLE outbox ADD COLUMN server TEXT NOT NULL DEFAULT ''")
    rows = db.execute(
        "SELECT id, request, state FROM outbox WHERE request IS NOT NULL AND state != 'delivered'"
    ).fetchall()
    for item_id, text, state in rows:
        data = json.loads(text)
        if not data.get("referentienummer"):
            data["legacy_referentienummer"] = legacy_referentienummer(data["reference"])
            data["referentienummer"] = new_referentienummer()
        db.execute(
            "UPDATE outbox SET request = ?, state = 'pending', "
            "last_error = CASE WHEN state = 'failed' THEN '' ELSE last_error END WHERE id = ?",
            (json.dumps(data, ensure_ascii=False), item_id),
        )
        if state == "failed":
            log.info("outbox: item %s opnieuw in de wachtrij (nieuw referentienummer)", item_id)
    log.info("outbox: bijgewerkt naar versie 2 (%d items omgezet)", len(rows))
