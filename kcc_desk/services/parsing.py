"""Tolerant readers for ZGW JSON: what the server sends → typed values, or InvalidResponseError.

Rule: fields we cannot do without (a zaak's ``url`` and ``identificatie``) must be there and be
strings; everything else degrades to ``""``/``None`` when missing, null, blank or malformed, so
one odd field never costs the agent the whole source. Nothing but :class:`InvalidResponseError`
may escape (checked with hypothesis in the tests).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from kcc_desk.services.errors import InvalidResponseError
from kcc_desk.services.messages import QT_TRANSLATE_NOOP
from kcc_desk.services.models import StatusInfo

JsonObject = dict[str, Any]


def as_object(value: Any, source_name: str, what: str = "object") -> JsonObject:
    if not isinstance(value, dict):
        raise InvalidResponseError(
            source_name,
            QT_TRANSLATE_NOOP("SourceError", "ongeldig antwoord ({what})").format(what=what),
        )
    return value


def text(obj: JsonObject, key: str) -> str:
    value = obj.get(key)
    return value if isinstance(value, str) else ""


def required_text(obj: JsonObject, key: str, source_name: str) -> str:
    value = obj.get(key)
    if not isinstance(value, str) or not value:
        raise InvalidResponseError(
            source_name,
            QT_TRANSLATE_NOOP("SourceError", "ongeldig antwoord ({key} ontbreekt)").format(key=key),
        )
    return value


def integer(obj: JsonObject, key: str) -> int | None:
    value = obj.get(key)
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    return None


def boolean(obj: JsonObject, key: str) -> bool | None:
    value = obj.get(key)
    return value if isinstance(value, bool) else None


def parse_date(value: Any) -> date | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def parse_datetime(value: Any) -> datetime | None:
    """ISO 8601 date-time → aware datetime (naive values are taken as UTC)."""
    if not isinstance(value, str) or not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def expanded(obj: JsonObject, key: str) -> JsonObject | None:
    """``obj._expand[key]`` when it is a non-empty object (null relations expand to ``{}``)."""
    expand = obj.get("_expand")
    if not isinstance(expand, dict):
        return None
    value = expand.get(key)
    return value if isinstance(value, dict) and value else None


def url_list(obj: JsonObject, key: str) -> list[str]:
    value = obj.get(key)
    if not isinstance(value, list):
        return []
    return [v for v in value if isinstance(v, str) and v]


def status_info(status: JsonObject, statustype: JsonObject | None) -> StatusInfo:
    st = statustype or {}
    return StatusInfo(
        omschrijving=text(st, "omschrijving") or text(st, "omschrijvingGeneriek"),
        statustekst=text(st, "statustekst"),
        volgnummer=integer(st, "volgnummer"),
        datum_status_gezet=parse_datetime(status.get("datumStatusGezet")),
        is_eindstatus=boolean(st, "isEindstatus") or False,
        toelichting=text(status, "statustoelichting"),
    )


def resultaat_omschrijving(resultaat: JsonObject | None, resultaattype: JsonObject | None) -> str:
    if resultaattype:
        name = text(resultaattype, "omschrijving") or text(resultaattype, "omschrijvingGeneriek")
        if name:
            return name
    if resultaat:
        return text(resultaat, "toelichting")
    return ""


def at_midnight(day: date | None) -> datetime | None:
    if day is None:
        return None
    return datetime(day.year, day.month, day.day, tzinfo=UTC)
