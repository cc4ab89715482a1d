from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kcc_desk.services.identifiers import (
    IdentifierKind,
    InvalidIdentifierError,
    detect_kind,
    is_valid_bsn,
    mask_bsn,
    parse_identifier,
)


@pytest.mark.parametrize("bsn", ["999993653", "111222333", "123456782"])
def test_valid_bsns_pass_the_elfproef(bsn: str) -> None:
    assert is_valid_bsn(bsn)


@pytest.mark.parametrize("bsn", ["999993654", "123456789", "000000000", "12345678", "abcdefghi"])
def test_invalid_bsns_fail(bsn: str) -> None:
    assert not is_valid_bsn(bsn)


def test_bsn_with_spaces_as_heard_on_the_phone() -> None:
    assert parse_identifier(" 9999 93 653 ").value == "999993653"


def test_invalid_bsn_is_a_clear_dutch_message() -> None:
    with pytest.raises(InvalidIdentifierError) as raised:
        parse_identifier("999993654")
    assert raised.value.kind == IdentifierKind.BSN
    assert "BSN klopt niet" in raised.value.message
    assert "999993654" not in raised.value.message  # never echo the number


def test_kinds() -> None:
    assert parse_identifier("69599084").kind == IdentifierKind.KVK
    assert parse_identifier("ZAAK-2026-0001234").kind == IdentifierKind.ZAAK
    assert parse_identifier("BZ 2026/0042").value == "BZ 2026/0042"
    assert detect_kind("") is None
    assert detect_kind("9999") == IdentifierKind.ZAAK
    assert detect_kind("999993653") == IdentifierKind.BSN


@pytest.mark.parametrize("text", ["", "   ", "x" * 41, "ZAAK<script>", "a;b"])
def test_rejected_inputs(text: str) -> None:
    with pytest.raises(InvalidIdentifierError):
        parse_identifier(text)


def test_query_repr_never_shows_the_identifier() -> None:
    assert "999993653" not in repr(parse_identifier("999993653"))


def test_mask_bsn() -> None:
    assert mask_bsn("999993653") == "••••••653"


@given(st.text(max_size=80))
def test_parser_raises_only_its_own_readable_error(text: str) -> None:
    try:
        query = parse_identifier(text)
    except InvalidIdentifierError as error:
        assert error.message
    else:
        assert query.value
        if query.kind == IdentifierKind.BSN:
            assert is_valid_bsn(query.value)


def test_non_ascii_digits_are_not_a_bsn() -> None:
    arabic_indic = "٩٩٩٩٩٣٦٥٣"  # 999993653 in Arabic-Indic digits: str.isdigit() says True
    assert not is_valid_bsn(arabic_indic)
    assert parse_identifier(arabic_indic).kind == IdentifierKind.ZAAK


def test_case_numbers_compare_without_case_spaces_or_dashes() -> None:
    from kcc_desk.services.identifiers import case_number_key, case_number_needle

    assert case_number_key("zaak-2026-0001020") == case_number_key("ZAAK 2026 0001020")
    assert case_number_key("bz-2026/1011") == case_number_key("BZ 2026/1011")
    assert case_number_key("BZ 2026/1011") != case_number_key("BZ 2026/1012")
    assert case_number_needle("zaak20260001020") == "1020"
    assert case_number_needle("BZ 2026/1011") == "1011"
    assert case_number_needle("abc") == ""
