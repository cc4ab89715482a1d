"""The catalogue kept between runs: one JSON file in the user's cache folder.

It holds Catalogi objects only (zaaktypen, statustypen, resultaattypen, roltypen, ... keyed by
their URL, with the ETag they came with and when they were last confirmed) and, per zaaktype,
which statustypen and resultaattypen belong to it. Nothing about a case or a person is ever
written here: :class:`CatalogCache` hands over only objects under a configured Catalogi API.

The file is versioned. A file that cannot be read, is not ours or has another version is
ignored (logged, without its contents) and replaced by the next save, so a corrupt file costs
one cold lookup, never a failure. Writes go to a temporary file that replaces the old one, so a
crash or a second kcc-desk never leaves half a file.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

FILE_NAME = "catalogus.json"
FORMAT = "kcc-desk-catalogus"
VERSION = 1

JsonObject = dict[str, Any]


@dataclass(slots=True)
class KeptObject:
    body: JsonObject
    etag: str | None
    checked_at: float  # wall clock (time.time) of the last fetch or 304


@dataclass(slots=True)
class KeptTypes:
    """The types that belong to one zaaktype, by kind (``statustypen``, ``resultaattypen``,
    and room for more, e.g. ``informatieobjecttypen``)."""

    urls: dict[str, list[str]]
    checked_at: float


@dataclass(slots=True)
class CatalogSnapshot:
    objects: dict[str, KeptObject] = field(default_factory=dict)
    types: dict[str, KeptTypes] = field(default_factory=dict)


def default_path() -> Path:
    from kcc_desk.services.app_dirs import cache_dir

    return cache_dir() / FILE_NAME


def load(path: Path) -> CatalogSnapshot | None:
    """The kept catalogue, or None when there is none or it is unusable (then rebuilt)."""
    try:
        raw = json.loads(path.read_bytes())
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        log.warning(
            "bewaarde catalogus onleesbaar (%s): wordt opnieuw opgebouwd", type(exc).__name__
        )
        return None
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        log.warning("bewaarde catalogus niet herkend: wordt opnieuw opgebouwd")
        return None
    if raw.get("version") != VERSION:
        log.info("bewaarde catalogus heeft versie %r: wordt opnieuw opgebouwd", raw.get("version"))
        return None
    snapshot = CatalogSnapshot()
    objects = raw.get("objects")
    for url, item in objects.items() if isinstance(objects, dict) else ():
        kept = _kept_object(item)
        if kept is not None and isinstance(url, str) and url:
            snapshot.objects[url] = kept
    types = raw.get("types")
    for url, item in types.items() if isinstance(types, dict) else ():
        kept_types = _kept_types(item)
        if kept_types is not None and isinstance(url, str) and url:
            snapshot.types[url] = kept_types
    return snapshot


def save(path: Path, snapshot: CatalogSnapshot) -> None:
    """Write atomically, owner-only. Raises OSError (the caller logs it and carries on)."""
    document = {
        "format": FORMAT,
        "version": VERSION,
        "objects": {
            url: {"body": o.body, "etag": o.etag, "checked_at": o.checked_at}
            for url, o in snapshot.objects.items()
        },
        "types": {
            url: {"urls": t.urls, "checked_at": t.checked_at} for url, t in snapshot.types.items()
        },
    }
    payload = json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".catalogus-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _kept_object(item: Any) -> KeptObject | None:
    if not isinstance(item, dict):
        return None
    body, etag, checked = item.get("body"), item.get("etag"), item.get("checked_at")
    if not isinstance(body, dict) or not isinstance(checked, int | float):
        return None
    if etag is not None and not isinstance(etag, str):
        return None
    return KeptObject(body, etag, float(checked))


def _kept_types(item: Any) -> KeptTypes | None:
    if not isinstance(item, dict):
        return None
    urls, checked = item.get("urls"), item.get("checked_at")
    if not isinstance(urls, dict) or not isinstance(checked, int | float):
        return None
    kinds: dict[str, list[str]] = {}
    for kind, members in urls.items():
        if not isinstance(kind, str) or not isinstance(members, list):
            return None
        if not all(isinstance(m, str) for m in members):
            return None
        kinds[kind] = list(members)
    return KeptTypes(kinds, float(checked))
