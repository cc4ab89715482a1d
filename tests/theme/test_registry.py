"""Shipped themes, a municipality's own token file, and the system setting."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kcc_desk.theme.contrast import PAIRS, check_theme, contrast_ratio, get_role
from kcc_desk.theme.registry import RESOURCES, THEMES, load_theme, system_theme_name
from kcc_desk.theme.tokens import TokenError


@pytest.mark.parametrize("name", THEMES)
def test_shipped_theme_passes_wcag(name: str) -> None:
    theme = load_theme(name)
    assert theme.name == name
    assert check_theme(theme) == []


def test_high_contrast_reaches_aaa_for_all_text() -> None:
    theme = load_theme("hoog-contrast")
    assert theme.min_text_contrast == 7.0
    for pair in PAIRS:
        ratio = contrast_ratio(get_role(theme, pair.foreground), get_role(theme, pair.background))
        assert ratio >= (7.0 if pair.kind == "text" else 3.0), pair
    assert theme.background == "#000000"
    assert theme.focus_outline_color == "#ffff00"
    assert theme.focus_outline_width_px >= 3


def test_dark_theme_is_dark() -> None:
    theme = load_theme("donker")
    assert theme.dark
    assert contrast_ratio(theme.text, theme.background) >= 7.0
    # The yellow focus fill stands out on the dark page by itself, so the white outline may stay.
    assert theme.focus_outline_color == "#ffffff"
    assert contrast_ratio(theme.focus_background, theme.background) >= 3.0


def test_shipped_token_files_carry_their_licence() -> None:
    for folder in ("voorbeeld", "donker"):
        licence = (RESOURCES / folder / "LICENSE.md").read_text(encoding="utf-8")
        assert "EUPL" in licence


def test_own_token_file(tmp_path: Path) -> None:
    path = tmp_path / "gemeente.tokens.json"
    path.write_text(
        json.dumps(
            {
                "gemeente": {"kleur": {"groen": {"value": "#00703c"}}},
                "utrecht": {
                    "button": {
                        "primary-action": {"background-color": {"value": "{gemeente.kleur.groen}"}}
                    }
                },
            }
        ),
        encoding="utf-8",
    )
    theme = load_theme(str(path))
    assert theme.button_primary.background == "#00703c"
    assert theme.name == "gemeente.tokens"
    assert check_theme(theme) == []


def test_unknown_name_and_missing_file_give_dutch_errors(tmp_path: Path) -> None:
    with pytest.raises(TokenError, match="Onbekende huisstijl"):
        load_theme("paars")
    with pytest.raises(TokenError, match="bestaat niet"):
        load_theme(str(tmp_path / "weg.json"))


def test_system_setting_without_platform_preference_is_default(qapp: object) -> None:
    # The offscreen platform reports no colour scheme and no contrast preference.
    assert system_theme_name() in THEMES
    assert load_theme("systeem").name == system_theme_name()


def test_load_theme_or_default_never_fails(tmp_path: Path) -> None:
    from kcc_desk.theme.registry import load_theme_or_default

    bad = tmp_path / "kapot.json"
    bad.write_text("{", encoding="utf-8")
    theme, error = load_theme_or_default(str(bad))
    assert theme.name == "voorbeeld"
    assert error is not None
    assert "geen geldige JSON" in error.message
    theme, error = load_theme_or_default(None)
    assert (theme.name, error) == ("voorbeeld", None)
