"""The watch list on disk: one owner-only JSON file in the user's data folder.

It holds case URLs, case numbers, zaaktypen and the last seen state (URLs with short labels):
nothing about the person. Written whole to a temporary file and moved into place, so a crash
never leaves half a list. A watch ends 30 days after its case closed.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from kcc_desk.services.watch.model import CaseState, Change, ChangeKind, Item, Watch

log = logging.getLogger(__name__)

FILE_NAME = "gevolgd.json"
VERSION = 1
KEEP_AFTER_CLOSE = timedelta(days=30)


def default_path() -> Path:
    from kcc_desk.services.app_dirs import data_dir

    return data_dir() / FILE_NAME


def expired(watch: Watch, today: date) -> bool:
    return watch.closed_on is not None and today - watch.closed_on > KEEP_AFTER_CLOSE


class WatchStore:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_path()

    def load(self, today: date) -> list[Watch]:
        """The kept watches (expired ones left out); an unreadable file gives an empty list."""
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return []
        except (OSError, ValueError):
            log.warning("lijst met gevolgde zaken onleesbaar; begint leeg")
            return []
        if not isinstance(raw, dict) or raw.get("version") != VERSION:
            log.warning("lijst met gevolgde zaken heeft een onbekende versie; begint leeg")
            return []
        watches: list[Watch] = []
        for item in raw.get("watches", []):
            try:
                watches.append(_watch_from(item))
            except (KeyError, TypeError, ValueError):
                log.warning("een gevolgde zaak kon niet worden gelezen; overgeslagen")
        return [w for w in watches if not expired(w, today)]

    def save(self, watches: list[Watch]) -> None:
        body = json.dumps(
            {"version": VERSION, "watches": [_watch_to(w) for w in watches]},
            ensure_ascii=False,
            indent=1,
        )
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        temp = self.path.with_name(self.path.name + ".tmp")
        old_umask = os.umask(0o077)
        try:
            fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        finally:
            os.umask(old_umask)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(body)
            handle.flush()
            os.fsync(handle.fileno())
        if sys.platform != "win32":
            temp.chmod(0o600)
        os.replace(temp, self.path)


# --- (de)serialising ------------------------------------------------------------------------


def _dt(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _parse_dt(value: Any) -> datetime | None:
    return datetime.fromisoformat(value) if isinstance(value, str) else None


def _parse_date(value: Any) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) else None


def _item_to(item: Item) -> dict[str, Any]:
    return {"url": item.url, "label": item.label, "at": _dt(item.at)}


def _item_from(raw: dict[str, Any]) -> Item:
    return Item(str(raw["url"]), str(raw.get("label", "")), _parse_dt(raw.get("at")))


def _state_to(state: CaseState) -> dict[str, Any]:
    return {
        "statussen": [_item_to(i) for i in state.statussen],
        "substatussen": [_item_to(i) for i in state.substatussen],
        "documents": [_item_to(i) for i in state.documents],
        "resultaat": _item_to(state.resultaat) if state.resultaat is not None else None,
        "einddatum": state.einddatum.isoformat() if state.einddatum else None,
    }


def _state_from(raw: dict[str, Any]) -> CaseState:
    return CaseState(
        statussen=tuple(_item_from(i) for i in raw.get("statussen", [])),
        substatussen=tuple(_item_from(i) for i in raw.get("substatussen", [])),
        documents=tuple(_item_from(i) for i in raw.get("documents", [])),
        resultaat=_item_from(raw["resultaat"]) if raw.get("resultaat") else None,
        einddatum=_parse_date(raw.get("einddatum")),
    )


def _change_to(change: Change) -> dict[str, Any]:
    return {
        "kind": change.kind.value,
        "label": change.label,
        "at": _dt(change.at),
        "key": change.key,
        "own": change.own,
    }


def _change_from(zaak_url: str, raw: dict[str, Any]) -> Change:
    return Change(
        zaak_url,
        ChangeKind(raw["kind"]),
        str(raw.get("label", "")),
        _parse_dt(raw.get("at")),
        str(raw["key"]),
        bool(raw.get("own", False)),
    )


def _watch_to(watch: Watch) -> dict[str, Any]:
    return {
        "zaak": watch.zaak_url,
        "source": watch.source,
        "identificatie": watch.identificatie,
        "zaaktype": watch.zaaktype,
        "state": _state_to(watch.state) if watch.state is not None else None,
        "unseen": [_change_to(c) for c in watch.unseen],
        "watched_at": _dt(watch.watched_at),
        "closed_on": watch.closed_on.isoformat() if watch.closed_on else None,
    }


def _watch_from(raw: dict[str, Any]) -> Watch:
    zaak = str(raw["zaak"])
    return Watch(
        zaak_url=zaak,
        source=str(raw["source"]),
        identificatie=str(raw.get("identificatie", "")),
        zaaktype=str(raw.get("zaaktype", "")),
        state=_state_from(raw["state"]) if raw.get("state") else None,
        unseen=tuple(_change_from(zaak, c) for c in raw.get("unseen", [])),
        watched_at=_parse_dt(raw.get("watched_at")),
        closed_on=_parse_date(raw.get("closed_on")),
    )
