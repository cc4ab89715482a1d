"""Parse what a caller says into a typed query, before any request is sent.

9 digits is a BSN (must pass the elfproef), 8 digits a KVK number; an e-mail address, a phone
number, a postcode with house number, or a surname with date of birth are person searches
(``services.person_query``); anything else a case number (zaaknummer). Spaces and dots inside
digit groups are allowed because agents type what they hear ("1234 56 782").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from kcc_desk.services import person_query as pq
from kcc_desk.services.messages import QT_TRANSLATE_NOOP, Message

MAX_CASE_NUMBER_LENGTH = 40  # Zaak.identificatie maxLength in Zaken API 1.5.1


class IdentifierKind(StrEnum):
    BSN = "bsn"
    KVK = "kvk"
    ZAAK = "zaak"
    NAAM_GEBOORTEDATUM = "naam_geboortedatum"
    POSTCODE_HUISNUMMER = "postcode_huisnummer"
    TELEFOON = "telefoon"
    EMAIL = "email"

    @property
    def is_person_search(self) -> bool:
        """Found through the BRP or Klantinteracties first, then searched as a BSN."""
        return self in PERSON_KINDS


class InvalidIdentifierError(ValueError):
    """The input cannot be searched for; ``ui_message`` is for the agent (``message``: Dutch)."""

    def __init__(self, message: Message, kind: IdentifierKind | None = None) -> None:
        super().__init__(str(message))
        self.ui_message = message
        self.message = str(message)
        self.kind = kind


PERSON_KINDS = frozenset(
    {
        IdentifierKind.NAAM_GEBOORTEDATUM,
        IdentifierKind.POSTCODE_HUISNUMMER,
        IdentifierKind.TELEFOON,
        IdentifierKind.EMAIL,
    }
)


@dataclass(frozen=True, slots=True)
class Query:
    kind: IdentifierKind
    value: str  # person kinds: a normalised text of the criteria (what the audit log hashes)
    criteria: pq.PersonCriteria | None = None

    @property
    def is_case_number(self) -> bool:
        return self.kind is IdentifierKind.ZAAK

    def __repr__(self) -> str:
        # Never put the identifier itself in a repr that may reach a log line.
        return f"Query(kind={self.kind.value!r}, value=<{len(self.value)} chars>)"


_DIGIT_GROUPING = re.compile(r"^[0-9][0-9 .\-]*[0-9]$")
_CASE_NUMBER_ALLOWED = re.compile(r"^[\w\-/. :]+$")


def is_valid_bsn(bsn: str) -> bool:
    """The elfproef for BSN: sum(d_i * w_i) with weights 9..2 and -1 is divisible by 11."""
    if len(bsn) != 9 or not (bsn.isascii() and bsn.isdigit()) or bsn == "000000000":
        return False
    weights = (9, 8, 7, 6, 5, 4, 3, 2, -1)
    total = sum(int(d) * w for d, w in zip(bsn, weights, strict=True))
    return total % 11 == 0


def detect_kind(text: str) -> IdentifierKind | None:
    """What the text looks like so far (for the live hint next to the search field)."""
    stripped = text.strip()
    if not stripped:
        return None
    person = _person_kind(stripped)
    if person is not None:
        return person
    digits = _digits_only(stripped)
    if digits is not None:
        if len(digits) == 9:
            return IdentifierKind.BSN
        if len(digits) == 8:
            return IdentifierKind.KVK
    return IdentifierKind.ZAAK


def parse_identifier(text: str) -> Query:
    """Turn the agent's input into a :class:`Query` or raise :class:`InvalidIdentifierError`."""
    stripped = text.strip()
    if not stripped:
        raise InvalidIdentifierError(
            QT_TRANSLATE_NOOP(
                "Identifiers",
                "Vul een BSN, KVK-nummer, zaaknummer, naam met geboortedatum, postcode met "
                "huisnummer, telefoonnummer of e-mailadres in.",
            )
        )
    person = _person_kind(stripped)
    if person is not None:
        return _parse_person(person, stripped)
    digits = _digits_only(stripped)
    if digits is not None and len(digits) == 9:
        if not is_valid_bsn(digits):
            raise InvalidIdentifierError(
                QT_TRANSLATE_NOOP("Identifiers", "Dit BSN klopt niet. Controleer de 9 cijfers."),
                IdentifierKind.BSN,
            )
        return Query(IdentifierKind.BSN, digits)
    if digits is not None and len(digits) == 8:
        return Query(IdentifierKind.KVK, digits)
    if len(stripped) > MAX_CASE_NUMBER_LENGTH:
        raise InvalidIdentifierError(
            QT_TRANSLATE_NOOP(
                "Identifiers", "Een zaaknummer is hoogstens {limit} tekens lang."
            ).format(limit=MAX_CASE_NUMBER_LENGTH),
            IdentifierKind.ZAAK,
        )
    if not _CASE_NUMBER_ALLOWED.match(stripped):
        raise InvalidIdentifierError(
            QT_TRANSLATE_NOOP(
                "Identifiers",
                "Een zaaknummer bestaat uit letters, cijfers, streepjes, punten "
                "en schuine strepen.",
            ),
            IdentifierKind.ZAAK,
        )
    return Query(IdentifierKind.ZAAK, stripped)


def case_number_key(text: str) -> str:
    """The form in which two case numbers are compared: case-insensitive, without spaces or
    dashes ("zaak 2026 0001020" is "ZAAK-2026-0001020"). One rule for every source and for
    merging the same case from two sources."""
    return re.sub(r"[\s\-_]", "", text).upper()


def case_number_needle(text: str) -> str:
    """A short part of a case number that any spelling of it contains: the last four digits
    of its last group of digits ("1020" of "zaak20260001020" and of "ZAAK-2026-0001020").
    Empty when the number has no digits. For servers that can search on part of a number."""
    groups = re.findall(r"[0-9]+", text)
    return groups[-1][-4:] if groups else ""


def _person_kind(text: str) -> IdentifierKind | None:
    if pq.looks_like_email(text):
        return IdentifierKind.EMAIL
    if pq.looks_like_phone(text):
        return IdentifierKind.TELEFOON
    if pq.looks_like_postcode(text):
        return IdentifierKind.POSTCODE_HUISNUMMER
    if pq.looks_like_name_and_date(text):
        return IdentifierKind.NAAM_GEBOORTEDATUM
    return None


def _parse_person(kind: IdentifierKind, text: str) -> Query:
    parsers: dict[IdentifierKind, Callable[[str], pq.PersonCriteria]] = {
        IdentifierKind.EMAIL: pq.parse_email,
        IdentifierKind.TELEFOON: pq.parse_phone,
        IdentifierKind.POSTCODE_HUISNUMMER: pq.parse_postcode,
        IdentifierKind.NAAM_GEBOORTEDATUM: pq.parse_name_and_date,
    }
    try:
        criteria: pq.PersonCriteria = parsers[kind](text)
    except pq.PersonQueryError as error:
        raise InvalidIdentifierError(error.ui_message, kind) from None
    return Query(kind, criteria.normalised(), criteria)


def _digits_only(text: str) -> str | None:
    """The digits of ``text`` if it is only digits with optional grouping, else None."""
    if not text.isascii():
        return None  # str.isdigit() also accepts Arabic-Indic and other non-ASCII digits
    if text.isdigit():
        return text
    if _DIGIT_GROUPING.match(text):
        return re.sub(r"[ .\-]", "", text)
    return None


def mask_bsn(bsn: str) -> str:
    """Show only the last three digits, for lists where the full number is not needed."""
    if len(bsn) < 4:
        return "•" * len(bsn)
    return "•" * (len(bsn) - 3) + bsn[-3:]


def mask_bsn_for_choice(bsn: str) -> str:
    """``•••••1234``: the last four digits, enough to tell namesakes apart in a person list
    (issue 14) while the number itself stays off the screen."""
    if len(bsn) < 5:
        return "•" * len(bsn)
    return "•" * (len(bsn) - 4) + bsn[-4:]
