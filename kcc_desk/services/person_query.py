"""Recognise the ways a caller without a BSN is identified, and check them before any request.

- surname + date of birth: "de Vries 12-3-1980", "Zoë van den Berg 1985-02-01", "Mou* 1-12-1985";
- postcode + house number: "2511 AB 12", "2511ab 12a" (huisletter), "2511AB 12-2" (toevoeging);
- phone number: "06 12345678", "+31 6 1234 5678", "070-1234567";
- e-mail address.

Each becomes criteria the BRP client (``services.persons.brp``) or the Klantinteracties search
(``services.persons.digital``) sends as they are. The rules are those of BRP Personen 2.7.0
(``GeslachtsnaamFilter``, ``Postcode``, ``Huisnummer`` …): what the BRP would refuse with a 400 is
refused here first, with a message the agent understands.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from kcc_desk.services.messages import QT_TRANSLATE_NOOP, Message

# Dutch voorvoegsels (BRP tabel 36, the common ones): split off the geslachtsnaam, because the
# BRP searches ``geslachtsnaam`` without them and takes ``voorvoegsel`` as a field of its own.
VOORVOEGSELS = frozenset(
    {
        "van", "de", "der", "den", "het", "'t", "te", "ter", "ten", "in", "op", "onder", "uit",
        "aan", "bij", "tot", "la", "le", "les", "du", "d'", "da", "di", "del", "della", "dos",
        "des", "l'", "lo", "von", "vom", "zu", "zum", "zur", "am", "auf",
    }
)  # fmt: skip

# GeslachtsnaamFilter: 1–200 of these, or 3–199 and one trailing '*'.
_NAME_CHARS = re.compile(r"^[a-zA-Z0-9À-ž .\-']+$")
_VOORVOEGSEL_CHARS = re.compile(r"^[a-zA-Z ']{1,10}$")
_DATE_DMY = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")
_DATE_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_NAME_AND_DATE = re.compile(r"^(?P<name>.*?[^\W\d_].*?)[\s,]+(?P<date>[0-9][0-9./\-]{5,9})$")
_POSTCODE_START = re.compile(r"^\d{4}\s?[A-Za-z]{2}(\s|,|$)")
_POSTCODE_AND_NUMBER = re.compile(
    r"^(?P<digits>\d{4})\s?(?P<letters>[A-Za-z]{2})[\s,]+(?P<nummer>\d{1,6})"
    r"(?:\s?(?P<letter>[A-Za-z])(?![A-Za-z0-9]))?"
    r"(?:\s*[-\s]\s*(?P<toevoeging>[A-Za-z0-9]{1,4}))?$"
)
_PHONE_CHARS = re.compile(r"^\+?\(?[0-9][0-9 ()\-./]{6,20}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")
_MIN_YEAR = 1850


class PersonQueryError(ValueError):
    """The input is of a person kind but cannot be searched; ``ui_message`` says why."""

    def __init__(self, message: Message) -> None:
        super().__init__(str(message))
        self.ui_message = message


@dataclass(frozen=True, slots=True)
class NameAndBirthDate:
    geslachtsnaam: str  # without voorvoegsel; may end in '*'
    geboortedatum: date
    voorvoegsel: str = ""
    voornamen: str = ""

    def normalised(self) -> str:
        """One text form, for the audit hash (the same person typed twice hashes the same)."""
        parts = [self.voornamen, self.voorvoegsel, self.geslachtsnaam]
        name = " ".join(p for p in parts if p).casefold()
        return f"{name} {self.geboortedatum.isoformat()}"


@dataclass(frozen=True, slots=True)
class PostcodeAndNumber:
    postcode: str  # "2511AB"
    huisnummer: int
    huisletter: str = ""
    toevoeging: str = ""

    def normalised(self) -> str:
        extra = (self.huisletter + (f"-{self.toevoeging}" if self.toevoeging else "")).upper()
        return f"{self.postcode} {self.huisnummer}{extra}"


@dataclass(frozen=True, slots=True)
class PhoneNumber:
    national: str  # "0612345678": digits only, Dutch national form

    def notations(self) -> tuple[str, ...]:
        """The forms a register may hold (Open Klant stores a number exactly as it was given
        and accepts only Dutch digit forms, so another notation finds nothing): try each."""
        rest = self.national[1:]
        return (self.national, f"+31{rest}", f"0031{rest}")

    def normalised(self) -> str:
        return self.national


@dataclass(frozen=True, slots=True)
class EmailAddress:
    address: str  # as typed (trimmed); compared case-insensitively

    def normalised(self) -> str:
        return self.address.casefold()


PersonCriteria = NameAndBirthDate | PostcodeAndNumber | PhoneNumber | EmailAddress


def looks_like_email(text: str) -> bool:
    return "@" in text and " " not in text.strip()


def looks_like_phone(text: str) -> bool:
    stripped = text.strip()
    if not _PHONE_CHARS.match(stripped):
        return False
    digits = re.sub(r"\D", "", stripped)
    if stripped.startswith("+"):
        return True
    # A Dutch number has 10 digits and starts with 0; 0031… is the international form.
    return (len(digits) == 10 and digits.startswith("0")) or digits.startswith("0031")


def looks_like_postcode(text: str) -> bool:
    return bool(_POSTCODE_START.match(text.strip()))


def looks_like_name_and_date(text: str) -> bool:
    match = _NAME_AND_DATE.match(text.strip())
    return bool(match and (_DATE_DMY.match(match["date"]) or _DATE_ISO.match(match["date"])))


def parse_email(text: str) -> EmailAddress:
    stripped = text.strip()
    if len(stripped) > 254 or not _EMAIL.match(stripped):
        raise PersonQueryError(
            QT_TRANSLATE_NOOP("Identifiers", "Dit e-mailadres is niet compleet. Controleer het.")
        )
    return EmailAddress(stripped)


def parse_phone(text: str) -> PhoneNumber:
    digits = re.sub(r"\D", "", text)
    if text.strip().startswith("+"):
        if not digits.startswith("31"):
            raise PersonQueryError(
                QT_TRANSLATE_NOOP(
                    "Identifiers", "Alleen Nederlandse telefoonnummers (+31) zijn te zoeken."
                )
            )
        digits = "0" + digits[2:]
    elif digits.startswith("0031"):
        digits = "0" + digits[4:]
    if len(digits) != 10 or digits[1] == "0":
        raise PersonQueryError(
            QT_TRANSLATE_NOOP(
                "Identifiers", "Een telefoonnummer heeft 10 cijfers, zoals 06 12345678."
            )
        )
    return PhoneNumber(digits)


def parse_postcode(text: str) -> PostcodeAndNumber:
    match = _POSTCODE_AND_NUMBER.match(text.strip())
    if match is None:
        raise PersonQueryError(
            QT_TRANSLATE_NOOP(
                "Identifiers",
                "Typ een postcode met huisnummer, zoals 2511 AB 12 of 2511AB 12a.",
            )
        )
    if match["digits"].startswith("0"):
        raise PersonQueryError(
            QT_TRANSLATE_NOOP("Identifiers", "Deze postcode bestaat niet: hij begint niet met 0.")
        )
    nummer = int(match["nummer"])
    if not 1 <= nummer <= 99999:
        raise PersonQueryError(
            QT_TRANSLATE_NOOP("Identifiers", "Een huisnummer ligt tussen 1 en 99999.")
        )
    return PostcodeAndNumber(
        postcode=(match["digits"] + match["letters"]).upper(),
        huisnummer=nummer,
        huisletter=(match["letter"] or "").lower(),
        toevoeging=match["toevoeging"] or "",
    )


def parse_name_and_date(text: str, today: date | None = None) -> NameAndBirthDate:
    match = _NAME_AND_DATE.match(text.strip())
    if match is None:
        raise PersonQueryError(
            QT_TRANSLATE_NOOP(
                "Identifiers", "Typ een achternaam met geboortedatum, zoals de Vries 12-3-1980."
            )
        )
    birth = _parse_date(match["date"], today or date.today())
    voornamen, voorvoegsel, geslachtsnaam = split_name(match["name"])
    _check_name(geslachtsnaam, voorvoegsel, voornamen)
    return NameAndBirthDate(geslachtsnaam, birth, voorvoegsel, voornamen)


def split_name(name: str) -> tuple[str, str, str]:
    """``(voornamen, voorvoegsel, geslachtsnaam)``: "Zoë van den Berg" → ("Zoë", "van den",
    "Berg"); "de Vries" → ("", "de", "Vries"); "Suzanne Moulin" → ("Suzanne", "", "Moulin")."""
    # "Jansen-de Groot": a double surname whose second part has a voorvoegsel is one name.
    joined = re.sub(
        r"-([^\W\d_']+|'t) +",
        lambda m: f"-{m[1]}\x00" if m[1].casefold() in VOORVOEGSELS else m[0],
        name.replace(",", " "),
    )
    words = [w.replace("\x00", " ") for w in joined.split()]
    start = next((i for i, w in enumerate(words) if w.casefold() in VOORVOEGSELS), None)
    if start is not None and start < len(words) - 1:
        end = start
        while end < len(words) - 1 and words[end].casefold() in VOORVOEGSELS:
            end += 1
        return " ".join(words[:start]), " ".join(words[start:end]), " ".join(words[end:])
    if len(words) > 1:
        return " ".join(words[:-1]), "", words[-1]
    return "", "", " ".join(words)


def fold(text: str) -> str:
    """Case- and accent-free form: the BRP searches text this way ("Kaster" finds "Käster")."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _parse_date(text: str, today: date) -> date:
    iso = _DATE_ISO.match(text)
    dmy = _DATE_DMY.match(text)
    try:
        if iso:
            value = date(int(iso[1]), int(iso[2]), int(iso[3]))
        elif dmy:
            value = date(int(dmy[3]), int(dmy[2]), int(dmy[1]))
        else:
            raise ValueError(text)
    except ValueError:
        raise PersonQueryError(
            QT_TRANSLATE_NOOP(
                "Identifiers",
                "Deze geboortedatum bestaat niet. Typ dag-maand-jaar, zoals 12-3-1980.",
            )
        ) from None
    if value > today or value.year < _MIN_YEAR:
        raise PersonQueryError(
            QT_TRANSLATE_NOOP(
                "Identifiers",
                "Deze geboortedatum kan niet: hij ligt in de toekomst of te ver terug.",
            )
        )
    return value


def _check_name(geslachtsnaam: str, voorvoegsel: str, voornamen: str) -> None:
    bare = geslachtsnaam[:-1] if geslachtsnaam.endswith("*") else geslachtsnaam
    if "*" in bare or "*" in voornamen or "*" in voorvoegsel:
        raise PersonQueryError(
            QT_TRANSLATE_NOOP(
                "Identifiers", "Een sterretje (*) mag alleen aan het eind van de achternaam."
            )
        )
    if geslachtsnaam.endswith("*") and len(bare) < 3:
        raise PersonQueryError(
            QT_TRANSLATE_NOOP(
                "Identifiers", "Typ minstens 3 letters van de achternaam voor het sterretje (*)."
            )
        )
    if not bare or len(bare) > 200 or not _NAME_CHARS.match(bare):
        raise PersonQueryError(
            QT_TRANSLATE_NOOP(
                "Identifiers",
                "Een achternaam bestaat uit letters, spaties, punten, streepjes en apostrofs.",
            )
        )
    if voornamen and (len(voornamen) > 199 or not _NAME_CHARS.match(voornamen)):
        raise PersonQueryError(
            QT_TRANSLATE_NOOP("Identifiers", "Een voornaam bestaat uit letters en spaties.")
        )
    if voorvoegsel and not _VOORVOEGSEL_CHARS.match(voorvoegsel):
        raise PersonQueryError(
            QT_TRANSLATE_NOOP("Identifiers", "Dit voorvoegsel kan de BRP niet zoeken.")
        )
