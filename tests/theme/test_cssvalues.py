"""CSS value parsing: every syntax the NLDS token sets use, and garbage that must not crash."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kcc_desk.theme.cssvalues import (
    Color,
    parse_border,
    parse_color,
    parse_font_family,
    parse_length_px,
    parse_number,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("#fff", Color(255, 255, 255)),
        ("#0b0c0c", Color(11, 12, 12)),
        ("#5115EF", Color(81, 21, 239)),
        ("#ff000080", Color(255, 0, 0, 128 / 255)),
        ("#f008", Color(255, 0, 0, 136 / 255)),
        ("rgb(255, 250, 250)", Color(255, 250, 250)),
        ("rgba(0, 0, 0, 0)", Color(0, 0, 0, 0.0)),
        ("rgba(0,0,0,0.5)", Color(0, 0, 0, 0.5)),
        ("rgb(0 128 255 / 50%)", Color(0, 128, 255, 0.5)),
        ("rgb(100%, 0%, 0%)", Color(255, 0, 0)),
        ("hsl(0 0% 100%)", Color(255, 255, 255)),
        ("hsl(138 58% 33%)", Color(35, 133, 65)),
        ("hsla(0, 0%, 18%, 1)", Color(46, 46, 46)),
        ("hsl(207deg 80% 35% / 0.5)", Color(18, 96, 161, 0.5)),
        ("hsl(0.5turn 100% 50%)", Color(0, 255, 255)),
        ("transparent", Color(0, 0, 0, 0.0)),
        ("White", Color(255, 255, 255)),
    ],
)
def test_parse_color(text: str, expected: Color) -> None:
    parsed = parse_color(text)
    assert parsed is not None
    assert (parsed.r, parsed.g, parsed.b) == (expected.r, expected.g, expected.b)
    assert parsed.a == pytest.approx(expected.a, abs=0.01)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "#12",
        "#ggg",
        "rgb(1, 2)",
        "hsl(1 2 3)",
        "1rem",
        "0 8px 16px 0 #111111",
        None,
        12,
        "red!",
    ],
)
def test_parse_color_rejects(text: object) -> None:
    assert parse_color(text) is None


def test_transparent_composites_onto_backdrop() -> None:
    white = Color(255, 255, 255)
    assert Color(0, 0, 0, 0.0).over(white).hex == "#ffffff"
    assert Color(0, 0, 0, 0.5).over(white).hex == "#808080"


@given(st.integers(0, 255), st.integers(0, 255), st.integers(0, 255))
def test_hex_round_trip(r: int, g: int, b: int) -> None:
    assert parse_color(Color(r, g, b).hex) == Color(r, g, b)


@pytest.mark.parametrize(
    ("text", "px"),
    [
        ("1rem", 16.0),
        ("0.875rem", 14.0),
        ("3rem", 48.0),
        ("0.0625rem", 1.0),
        ("8px", 8.0),
        ("0px", 0.0),
        ("0", 0.0),
        ("12pt", 16.0),
        ("1.5em", 24.0),
        (" 2px ", 2.0),
        (4, 4.0),
    ],
)
def test_parse_length(text: object, px: float) -> None:
    assert parse_length_px(text) == pytest.approx(px)


@pytest.mark.parametrize("text", ["", "auto", "1rem 2rem", "calc(1rem + 2px)", "#fff", None, True])
def test_parse_length_rejects(text: object) -> None:
    assert parse_length_px(text) is None


def test_numbers_and_weights() -> None:
    assert parse_number("1.5") == 1.5
    assert parse_number("700") == 700
    assert parse_number("bold") == 700
    assert parse_number("heavy-ish") is None


@pytest.mark.parametrize(
    ("text", "families"),
    [
        ("'Noto Sans', sans-serif", ("Noto Sans", "sans-serif")),
        ('"TheSans", sans-serif', ("TheSans", "sans-serif")),
        (
            "'Source Sans Pro', Helvetica, Arial, sans-serif",
            ("Source Sans Pro", "Helvetica", "Arial", "sans-serif"),
        ),
        ("", ()),
        (None, ()),
    ],
)
def test_font_family(text: object, families: tuple[str, ...]) -> None:
    assert parse_font_family(text) == families


def test_border_shorthand_with_spaces_in_colour() -> None:
    border = parse_border("2px dashed hsl(47 100% 25%)")
    assert border is not None
    assert border.width_px == 2.0
    assert border.style == "dashed"
    assert border.color == parse_color("hsl(47 100% 25%)")
    assert parse_border("nonsense words") is None
