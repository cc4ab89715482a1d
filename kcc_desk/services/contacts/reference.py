"""The reference number each contact carries in Klantinteracties (``referentienummer``).

A real Open Klant 2.18 validates ``klantcontact.referentienummer`` (and an interne taak's) as an
integer of at most 10 digits and keeps it **unique** (recorded in zgw-recorded: letters give 400
``invalid``, a second klantcontact with the same number 400 ``unique``). The OpenAPI file says only
"string, maxLength 10". So the number is:

* digits only, exactly 10 of them, never starting with 0 (a server that ever stores it as a number
  must give back the same text);
* drawn at random from 9·10⁹ values when the agent logs the contact, stored with the outbox item,
  and sent unchanged on every retry: the server's uniqueness then tells an outbox whose response was
  lost that its klantcontact is already there;
* short enough to read out to a caller ("uw referentienummer is …").

Outbox items written before this rule used ``"KD" + 8 hex digits`` (kept as
``legacy_referentienummer``):
they get a new number when the outbox is upgraded, and the old one is still looked up once, in case
a lenient server accepted it.
"""

from __future__ import annotations

import re
import secrets
import uuid as uuid_mod

LENGTH = 10
_LOWEST = 10 ** (LENGTH - 1)
_PATTERN = re.compile(r"^[1-9][0-9]{9}$")


def new_referentienummer() -> str:
    """A fresh random 10-digit number (cryptographic randomness: other clients share the space)."""
    return str(_LOWEST + secrets.randbelow(9 * _LOWEST))


def is_referentienummer(text: str) -> bool:
    """Is ``text`` a number this app would write (10 digits, no leading 0)?"""
    return bool(_PATTERN.match(text))


def legacy_referentienummer(reference: str) -> str:
    """The number versions before the Open Klant fix derived from the item's reference uuid."""
    return "KD" + uuid_mod.UUID(reference).hex.upper()[:8]
