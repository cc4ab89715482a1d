"""The search box recognises a caller's name + date of birth, postcode + house number, phone
number and e-mail, and refuses impossible input before any request (issue 14)."""

from __future__ import annotations

from datetime import date

import pytest

from kcc_desk.services.identifiers import (
    IdentifierKind,
    InvalidIdentifierError,
    detect_kind,
    mask_bsn_for_choice,
    parse_identifier,
)
from kcc_desk.services.person_query import (
    EmailAddress,
    NameAndBirthDate,
    PhoneNumber,
    PostcodeAndNumber,
)

K = IdentifierKind


@pytest.mark.parametrize(
    ("text", "criteria"),
    [
        ("de Vries 12-3-1980", NameAndBirthDate("Vries", date(1980, 3, 12), "de")),
        ("Moulin 1-12-1985", NameAndBirthDate("Moulin", date(1985, 12, 1))),
        ("van den Berg 1985-02-01", NameAndBirthDate("Berg", date(1985, 2, 1), "van den")),
        ("Zoë van den Berg 1/2/1985", NameAndBirthDate("Berg", date(1985, 2, 1), "van den", "Zoë")),
        ("Mou* 01.12.1985", NameAndBirthDate("Mou*", date(1985, 12, 1))),
        ("Jansen-de Groot 12-7-1987", NameAndBirthDate("Jansen-de Groot", date(1987, 7, 12))),
    ],
)
def test_name_and_date_of_birth(text: str, criteria: NameAndBirthDate) -> None:
    query = parse_identifier(text)
    assert query.kind is K.NAAM_GEBOORTEDATUM
    assert detect_kind(text) is K.NAAM_GEBOORTEDATUM
    assert query.criteria == criteria


@pytest.mark.parametrize(
    ("text", "criteria"),
    [
        ("2511 AB 12", PostcodeAndNumber("2511AB", 12)),
        ("2511ab 12a", PostcodeAndNumber("2511AB", 12, "a")),
        ("2511AB 12-2", PostcodeAndNumber("2511AB", 12, "", "2")),
        ("2511AB 12 A-bis", PostcodeAndNumber("2511AB", 12, "a", "bis")),
        ("3119LA, 12", PostcodeAndNumber("3119LA", 12)),
    ],
)
def test_postcode_and_house_number(text: str, criteria: PostcodeAndNumber) -> None:
    query = parse_identifier(text)
    assert query.kind is K.POSTCODE_HUISNUMMER
    assert detect_kind(text) is K.POSTCODE_HUISNUMMER
    assert query.criteria == criteria


@pytest.mark.parametrize(
    ("text", "national"),
    [
        ("06 12345678", "0612345678"),
        ("+31 6 1234 5678", "0612345678"),
        ("0031 6 12345678", "0612345678"),
        ("070-1234567", "0701234567"),
        ("(070) 123 45 67", "0701234567"),
    ],
)
def test_phone_numbers_in_every_notation(text: str, national: str) -> None:
    query = parse_identifier(text)
    assert query.kind is K.TELEFOON
    assert detect_kind(text) is K.TELEFOON
    assert query.criteria == PhoneNumber(national)
    assert query.value == national  # what the audit log hashes: one form per number


def test_phone_notations_a_register_may_hold() -> None:
    assert PhoneNumber("0612345678").notations() == ("0612345678", "+31612345678", "0031612345678")


def test_email_keeps_its_case_but_hashes_in_one_form() -> None:
    query = parse_identifier(" Zoe.vandenBerg@Voorbeeld.NL ")
    assert query.kind is K.EMAIL
    assert query.criteria == EmailAddress("Zoe.vandenBerg@Voorbeeld.NL")
    assert query.value == "zoe.vandenberg@voorbeeld.nl"


@pytest.mark.parametrize(
    ("text", "kind", "fragment"),
    [
        ("de Vries 31-2-1980", K.NAAM_GEBOORTEDATUM, "bestaat niet"),
        ("de Vries 12-13-1980", K.NAAM_GEBOORTEDATUM, "bestaat niet"),
        ("de Vries 1-1-2999", K.NAAM_GEBOORTEDATUM, "toekomst"),
        ("Vr* 12-3-1980", K.NAAM_GEBOORTEDATUM, "minstens 3 letters"),
        ("*ries 12-3-1980", K.NAAM_GEBOORTEDATUM, "alleen aan het eind"),
        ("Vr*es 12-3-1980", K.NAAM_GEBOORTEDATUM, "alleen aan het eind"),
        ("0511 AB 12", K.POSTCODE_HUISNUMMER, "begint niet met 0"),
        ("2511 AB", K.POSTCODE_HUISNUMMER, "huisnummer"),
        ("2511 AB 0", K.POSTCODE_HUISNUMMER, "tussen 1 en 99999"),
        ("+32 470 12 34 56", K.TELEFOON, "Nederlandse"),
        ("zoe@voorbeeld", K.EMAIL, "niet compleet"),
    ],
)
def test_impossible_input_is_refused_with_a_clear_message(
    text: str, kind: IdentifierKind, fragment: str
) -> None:
    with pytest.raises(InvalidIdentifierError) as raised:
        parse_identifier(text)
    assert raised.value.kind is kind
    assert fragment in raised.value.message


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("999993653", K.BSN),
        ("9999 93 653", K.BSN),
        ("69599084", K.KVK),
        ("ZAAK-2026-0001234", K.ZAAK),
        ("BZ 2026/1234", K.ZAAK),
    ],
)
def test_existing_kinds_are_unchanged(text: str, kind: IdentifierKind) -> None:
    assert parse_identifier(text).kind is kind
    assert not kind.is_person_search


def test_masked_bsn_in_a_person_list_shows_the_last_four() -> None:
    assert mask_bsn_for_choice("999901234") == "•••••1234"


def test_query_repr_hides_the_person() -> None:
    query = parse_identifier("de Vries 12-3-1980")
    assert "Vries" not in repr(query) and "1980" not in repr(query)


def test_a_hyphenated_first_name_is_not_a_double_surname() -> None:
    query = parse_identifier("Anne-Marie de Vries 12-3-1980")
    assert query.criteria == NameAndBirthDate("Vries", date(1980, 3, 12), "de", "Anne-Marie")
