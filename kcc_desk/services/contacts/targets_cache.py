"""The last referral-target list Klantinteracties gave, kept so a referral can be made while the
API is down (the outbox delivers it later).

Teams and colleagues only (uuid, naam, soort): no caller data. One JSON file in the user's cache
folder, one entry per Klantinteracties server, owner-only. A damaged file counts as no list.
"""

from __future__ import annotations

import json
import logging
import os
from datetime import UTC, datetime
from pathlib import Path

from kcc_desk.services.app_dirs import cache_dir
from kcc_desk.services.contacts.records import ReferralTarget

log = logging.getLogger(__name__)

FILE_NAME = "referral-targets.json"


def default_cache_path() -> Path:
    return cache_dir() / FILE_NAME


class ReferralTargetsCache:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_cache_path()

    def _read(self) -> dict[str, dict[str, object]]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def save(self, server: str, targets: list[ReferralTarget]) -> None:
        data = self._read()
        data[server] = {
            "saved_at": datetime.now(UTC).isoformat(),
            "targets": [
                {"uuid": t.uuid, "naam": t.naam, "soort": t.soort}
                for t in targets
                if not t.configured  # configured ones come from the config every time
            ],
        }
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            tmp = self.path.with_suffix(".tmp")
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(data, fh, ensure_ascii=False)
            tmp.replace(self.path)
        except OSError as exc:  # a cache: the app works without it
            log.warning("doorverwijslijst niet bewaard (%s)", type(exc).__name__)

    def load(self, server: str) -> tuple[list[ReferralTarget], datetime | None]:
        entry = self._read().get(server)
        if not isinstance(entry, dict):
            return [], None
        targets = []
        listed = entry.get("targets")
        for item in listed if isinstance(listed, list) else ():
            if isinstance(item, dict) and all(
                isinstance(item.get(k), str) for k in ("uuid", "naam", "soort")
            ):
                targets.append(ReferralTarget(item["uuid"], item["naam"], item["soort"]))
        try:
            saved = datetime.fromisoformat(str(entry.get("saved_at")))
        except ValueError:
            saved = None
        return targets, saved
