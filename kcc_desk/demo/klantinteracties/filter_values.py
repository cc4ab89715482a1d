"""How django-filter in Open Klant 2.18 judges a raw query value, per filter kind."""

from __future__ import annotations

import uuid as uuid_mod
from datetime import date
from typing import TYPE_CHECKING, Any

from kcc_desk.demo.klantinteracties.validation import parse_datetime

if TYPE_CHECKING:
    from kcc_desk.demo.klantinteracties.filters import Filter


def parse_filter_value(flt: Filter, raw: str) -> tuple[bool, Any, str, str]:
    """(ok, value, code, reason) as django-filter would judge the raw query value."""
    if flt.kind == "str":
        return True, raw, "", ""
    if flt.kind == "bool":
        lowered = raw.lower()
        if lowered in ("true", "1"):
            return True, True, "", ""
        if lowered in ("false", "0"):
            return True, False, "", ""
        return False, None, "invalid", "Selecteer een geldige keuze."
    if flt.kind in ("uuid", "url"):
        text = raw.rstrip("/").rsplit("/", 1)[-1] if flt.kind == "url" else raw
        try:
            return True, str(uuid_mod.UUID(text)), "", ""
        except ValueError:
            if flt.kind == "url":
                return False, None, "invalid", "Voer een geldige URL in."
            return False, None, "invalid", "Voer een geldige UUID in."
    if flt.kind == "date":
        try:
            return True, date.fromisoformat(raw), "", ""
        except ValueError:
            return False, None, "invalid", "Voer een geldige datum in."
    if flt.kind == "datetime":
        parsed = parse_datetime(raw)
        if parsed is None:
            return False, None, "invalid", "Voer een geldige datum/tijd in."
        return True, parsed, "", ""
    if flt.kind == "choice":
        if raw not in flt.choices:
            return (
                False,
                None,
                "invalid_choice",
                f"Selecteer een geldige keuze. {raw} is geen beschikbare keuze.",
            )
        return True, raw, "", ""
    raise AssertionError(flt.kind)
