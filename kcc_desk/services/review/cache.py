"""Per-day facts of closed days, kept so a month's report does not read a month of contacts
every time (and does not get slower with every year of history).

A day is *closed* two days after it ended: by then the outbox has delivered what agents logged
late. Only closed days are kept; today and yesterday are always read again, and so is every
interne taak's status (it changes until the referral is handled).

What is kept (``facts.DayFacts``): counts and, for referral contacts, uuids, kanaal and zaak id.
No BSN, no name, no contact text. One owner-only JSON file per Klantinteracties server in the
user's cache folder; a damaged file counts as empty. Training mode keeps no cache at all.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from collections.abc import Iterable, Mapping
from datetime import date, timedelta
from pathlib import Path

from kcc_desk.services.app_dirs import cache_dir
from kcc_desk.services.review.facts import DayFacts

log = logging.getLogger(__name__)

VERSION = 1
CLOSED_AFTER_DAYS = 2
KEEP_DAYS = 800  # about two years back; older days are dropped on save


def default_cache_dir() -> Path:
    return cache_dir() / "review"


def is_closed(day: date, today: date) -> bool:
    return day <= today - timedelta(days=CLOSED_AFTER_DAYS)


class DayCache:
    """The closed days of one Klantinteracties server."""

    def __init__(self, server: str, directory: Path | None = None) -> None:
        digest = hashlib.sha256(server.rstrip("/").encode()).hexdigest()[:16]
        self.path = (directory or default_cache_dir()) / f"days-{digest}.json"
        self._days: dict[date, DayFacts] | None = None

    def _load(self) -> dict[date, DayFacts]:
        if self._days is None:
            self._days = {}
            try:
                raw = json.loads(self.path.read_text(encoding="utf-8"))
                if isinstance(raw, dict) and raw.get("version") == VERSION:
                    for key, value in dict(raw["days"]).items():
                        self._days[date.fromisoformat(key)] = DayFacts.from_json(value)
            except FileNotFoundError:
                pass
            except (OSError, ValueError, KeyError, TypeError) as exc:
                log.warning("review-cache onbruikbaar (%s); opnieuw opgebouwd", type(exc).__name__)
                self._days = {}
        return self._days

    def get(self, day: date) -> DayFacts | None:
        return self._load().get(day)

    def has(self, day: date) -> bool:
        return day in self._load()

    def store(self, days: Mapping[date, DayFacts], today: date) -> None:
        """Keep the closed ones of ``days`` (and drop days older than ``KEEP_DAYS``)."""
        known = self._load()
        changed = False
        for day, facts in days.items():
            if is_closed(day, today) and day not in known:
                known[day] = facts
                changed = True
        oldest = today - timedelta(days=KEEP_DAYS)
        for day in [d for d in known if d < oldest]:
            del known[day]
            changed = True
        if changed:
            self._write(known.items())

    def _write(self, days: Iterable[tuple[date, DayFacts]]) -> None:
        data = {
            "version": VERSION,
            "days": {d.isoformat(): f.to_json() for d, f in sorted(days)},
        }
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            tmp = self.path.with_suffix(".tmp")
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(data, fh, separators=(",", ":"))
            tmp.replace(self.path)
        except OSError as exc:  # a cache: the review works without it, only slower
            log.warning("review-cache niet bewaard (%s)", type(exc).__name__)
