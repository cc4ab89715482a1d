"""The caller of a referral, for the queue: the BSN, masked at once (``identifiers.mask_bsn``,
the one rule for BSNs in lists). The full number is never kept, returned or logged.

Klantinteracties 0.9 has no way to list callers with the contacts cheaply, so each queue row's
klantcontact is read on its own (``expand=hadBetrokkenen.wasPartij``, which holds the partij's
identificatoren), after the KPIs are shown, and kept in memory for the window's session only.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable, Mapping
from typing import Any

from kcc_desk.services.identifiers import mask_bsn
from kcc_desk.services.review.reader import PageReader

CALLER_EXPAND = "hadBetrokkenen,hadBetrokkenen.wasPartij"


def masked_caller_bsn(contact: Mapping[str, Any]) -> str:
    """The masked BSN of the contact's betrokkene (the initiator first); "" when none has one."""
    betrokkenen = (contact.get("_expand") or {}).get("hadBetrokkenen") or []
    if not isinstance(betrokkenen, list):
        return ""
    ordered = sorted(
        (b for b in betrokkenen if isinstance(b, dict)), key=lambda b: not b.get("initiator")
    )
    for betrokkene in ordered:
        partij = (betrokkene.get("_expand") or {}).get("wasPartij") or {}
        for ident in partij.get("partijIdentificatoren") or ():
            detail = (ident or {}).get("partijIdentificator") or {}
            number = detail.get("objectId")
            if str(detail.get("codeSoortObjectId") or "").lower() == "bsn" and number:
                return mask_bsn(str(number))
    return ""


class CallerBsns:
    """Masked BSNs per klantcontact uuid, read once per session."""

    def __init__(self, reader: PageReader) -> None:
        self._reader = reader
        self._known: dict[str, str] = {}

    async def masked(self, contact_uuids: Iterable[str]) -> dict[str, str]:
        wanted = list(dict.fromkeys(contact_uuids))
        missing = [u for u in wanted if u not in self._known]
        bodies = await asyncio.gather(
            *(self._reader.one("klantcontacten", u, {"expand": CALLER_EXPAND}) for u in missing)
        )
        for key, body in zip(missing, bodies, strict=True):
            self._known[key] = masked_caller_bsn(body) if body is not None else ""
        return {u: self._known[u] for u in wanted}
