"""Reading token files: flat and nested shapes, references, and plain-Dutch errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kcc_desk.theme.tokens import TokenError, camel_name, flatten, read_tokens, resolve_references


def _write(path: Path, data: object) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_camel_name_matches_style_dictionary() -> None:
    assert camel_name("basis.color.accent-1.bg-document") == "basisColorAccent1BgDocument"
    assert camel_name("basis.text.font-size.2xl") == "basisTextFontSize2xl"
    assert camel_name("utrecht.button.primary-action.background-color") == (
        "utrechtButtonPrimaryActionBackgroundColor"
    )


def test_flat_file_with_references(tmp_path: Path) -> None:
    path = _write(
        tmp_path / "variables.json",
        {
            "basisColorBlue500": "#0044ff",
            "basisColorDefaultColorDocument": "{basisColorBlue500}",
            "basisFocusBorder": "2px solid {basis.color.blue.500}",
            "basisTextFontSizeMd": 16,
        },
    )
    tokens = read_tokens(path)
    assert tokens["basisColorDefaultColorDocument"] == "#0044ff"
    assert tokens["basisFocusBorder"] == "2px solid #0044ff"
    assert tokens["basisTextFontSizeMd"] == "16"


def test_nested_value_and_dollar_value_leaves(tmp_path: Path) -> None:
    path = _write(
        tmp_path / "tokens.json",
        {
            "basis": {
                "color": {
                    "blue": {"500": {"value": "hsl(207 80% 35%)"}},
                    "default": {
                        "color-document": {"$value": "{basis.color.blue.500}", "$type": "color"},
                        "bg-document": {"value": "rgba(255, 255, 255, 1)"},
                    },
                },
                "typography": {"$value": {"fontFamily": "x"}},  # composite: ignored
            },
            "$schema": "ignored",
        },
    )
    tokens = read_tokens(path)
    assert tokens["basisColorBlue500"] == "hsl(207 80% 35%)"
    assert tokens["basisColorDefaultColorDocument"] == "hsl(207 80% 35%)"
    assert tokens["basisColorDefaultBgDocument"] == "rgba(255, 255, 255, 1)"
    assert "basisTypography" not in tokens


def test_nested_declared_name_is_indexed_too() -> None:
    flat = flatten({"a": {"b": {"value": "1px", "name": "prefixAB"}}})
    assert flat == {"aB": "1px", "prefixAB": "1px"}


def test_cyclic_and_unknown_references_do_not_hang() -> None:
    tokens = resolve_references({"a": "{b}", "b": "{a}", "c": "{nowhere.at.all}", "d": "plain"})
    assert tokens["c"] == "{nowhere.at.all}"
    assert tokens["d"] == "plain"
    assert set(tokens) == {"a", "b", "c", "d"}


def test_overlay_file_wins(tmp_path: Path) -> None:
    base = _write(tmp_path / "base.json", {"x": "#ffffff", "y": "{x}"})
    dark = _write(tmp_path / "dark.json", {"x": "#111111"})
    tokens = read_tokens(base, dark)
    assert tokens["y"] == "#111111"


def test_directory_finds_token_file(tmp_path: Path) -> None:
    _write(tmp_path / "variables.json", {"x": "1px"})
    assert read_tokens(tmp_path) == {"x": "1px"}


@pytest.mark.parametrize(
    ("content", "phrase"),
    [
        (None, "bestaat niet"),
        ("{not json", "geen geldige JSON"),
        ("[1, 2]", "onbekende opbouw"),
        ("{}", "bevat geen huisstijl-instellingen"),
        (b"\xff\xfe\x00garbage", "geen tekstbestand"),
    ],
)
def test_unusable_file_gives_plain_dutch_error(
    tmp_path: Path, content: str | bytes | None, phrase: str
) -> None:
    path = tmp_path / "tokens.json"
    if isinstance(content, bytes):
        path.write_bytes(content)
    elif content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(TokenError) as caught:
        read_tokens(path)
    assert phrase in caught.value.message
    assert caught.value.path == path


def test_empty_directory_is_a_token_error(tmp_path: Path) -> None:
    with pytest.raises(TokenError, match="geen bestand met huisstijl-instellingen"):
        read_tokens(tmp_path)


@pytest.mark.parametrize(
    ("nested", "flat"),
    [
        ("voorbeeld/tokens.json", "voorbeeld/variables.json"),
        ("denhaag/index.json", "denhaag/variables.flat.json"),
    ],
)
def test_real_nested_files_match_their_flat_versions(
    design_tokens: Path, nested: str, flat: str
) -> None:
    from_nested = read_tokens(design_tokens / nested)
    from_flat = read_tokens(design_tokens / flat)
    assert {k: from_nested.get(k) for k in from_flat} == from_flat
