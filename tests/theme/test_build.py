"""Building themes from token maps: every real NLDS set, sparse and broken sets, and defaults."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kcc_desk.theme.build import theme_from_tokens
from kcc_desk.theme.contrast import check_theme, contrast_ratio
from kcc_desk.theme.tokens import read_tokens

REAL_SETS = {
    "voorbeeld-flat": ("voorbeeld/variables.json",),
    "voorbeeld-nested": ("voorbeeld/tokens.json",),
    "denhaag-nested": ("denhaag/index.json",),
    "denhaag-flat": ("denhaag/variables.flat.json",),
    "mooi-en-anders": ("mooi-en-anders/variables.json",),
    "mooi-en-anders-dark": (
        "mooi-en-anders/variables.json",
        "mooi-en-anders/color-scheme-dark/variables.json",
    ),
}


@pytest.mark.parametrize("name", sorted(REAL_SETS))
def test_every_real_token_set_builds_and_passes_wcag(design_tokens: Path, name: str) -> None:
    files = [design_tokens / f for f in REAL_SETS[name]]
    theme = theme_from_tokens(read_tokens(*files), name=name, source=str(files[0]))
    assert check_theme(theme) == []
    assert theme.font_families
    assert theme.pointer_target_min_px >= 44
    assert theme.focus_outline_width_px >= 2


def test_voorbeeld_roles_come_from_the_key_map_tokens(design_tokens: Path) -> None:
    theme = theme_from_tokens(
        read_tokens(design_tokens / "voorbeeld" / "variables.json"), name="v", source="v"
    )
    assert theme.button_primary.background == "#5115ef"
    assert theme.button_primary.text == "#ffffff"
    assert theme.text == "#001a40"
    assert theme.background == "#ffffff"
    assert theme.focus_background == "#ffdd00"
    assert theme.focus_outline_color == "#0b0c0c"
    assert theme.focus_outline_style == "dashed"
    assert theme.font_families == ("Noto Sans", "sans-serif")
    assert theme.font_size_px == 16.0
    assert theme.pointer_target_min_px == 48.0
    assert theme.alerts.error.background == "#feeded"
    assert theme.steps.checked.marker_background == "#105f26"
    # Transparent secondary button background is composited onto the page.
    assert theme.button_secondary.background == "#ffffff"
    assert theme.adjustments == ()


def test_denhaag_hsl_tokens_and_focus_shorthand(design_tokens: Path) -> None:
    theme = theme_from_tokens(
        read_tokens(design_tokens / "denhaag" / "index.json"), name="dh", source="dh"
    )
    assert theme.button_primary.background == "#238541"  # hsl(138 58% 33%)
    assert theme.font_families[0] == "TheSans"
    assert theme.font_size_px == 18.0  # 1.125rem
    assert theme.focus_outline_style == "dashed"


def test_mooi_en_anders_white_focus_outline_is_adjusted(design_tokens: Path) -> None:
    theme = theme_from_tokens(
        read_tokens(design_tokens / "mooi-en-anders" / "variables.json"), name="ma", source="ma"
    )
    adjusted = {a.role: a for a in theme.adjustments}
    assert adjusted["focus_outline_color"].original == "#ffffff"
    assert contrast_ratio(theme.focus_outline_color, theme.background) >= 3.0


def test_empty_token_map_gives_a_complete_accessible_theme() -> None:
    theme = theme_from_tokens({}, name="leeg", source="-")
    assert check_theme(theme) == []
    assert theme.background == "#ffffff"
    assert theme.font_size_px == 16.0
    assert not theme.dark


def test_garbage_values_fall_back_without_crashing() -> None:
    tokens = {
        "basisColorDefaultBgDocument": "#111111",
        "basisColorDefaultColorDocument": "not a colour",
        "basisTextFontSizeMd": "large",
        "basisFocusOutlineWidth": "-3px",
        "utrechtButtonPrimaryActionBackgroundColor": "hsl(broken)",
        "basisPointerTargetMinBlockSize": "1px",
    }
    theme = theme_from_tokens(tokens, name="rommel", source="-")
    assert theme.dark
    assert check_theme(theme) == []
    assert theme.font_size_px == 16.0
    assert theme.pointer_target_min_px == 44.0
    assert theme.focus_outline_width_px >= 2.0


def test_unreadable_pale_brand_colour_is_darkened() -> None:
    theme = theme_from_tokens(
        {"utrechtButtonPrimaryActionBackgroundColor": "#ffe066", "utrechtLinkColor": "#9ad"},
        name="bleek",
        source="-",
    )
    assert check_theme(theme) == []
    assert {"link"} <= {a.role for a in theme.adjustments}


_hex = st.builds(
    lambda r, g, b: f"#{r:02x}{g:02x}{b:02x}",
    st.integers(0, 255),
    st.integers(0, 255),
    st.integers(0, 255),
)
_ROLE_TOKENS = [
    "basisColorDefaultBgDocument",
    "basisColorDefaultColorDocument",
    "basisColorDefaultColorSubtle",
    "utrechtButtonPrimaryActionBackgroundColor",
    "utrechtButtonPrimaryActionColor",
    "utrechtButtonSecondaryActionBorderColor",
    "basisFocusOutlineColor",
    "basisFocusBackgroundColor",
    "basisFocusColor",
    "utrechtLinkColor",
    "utrechtTextboxBackgroundColor",
    "utrechtTextboxBorderColor",
    "utrechtAlertErrorBackgroundColor",
    "utrechtAlertErrorColor",
    "utrechtListboxOptionSelectedBackgroundColor",
    "denhaagProcessStepsStepMarkerCurrentBackgroundColor",
]


@settings(max_examples=40, deadline=None)
@given(st.dictionaries(st.sampled_from(_ROLE_TOKENS), _hex))
def test_any_colour_tokens_give_a_passing_theme(tokens: dict[str, str]) -> None:
    theme = theme_from_tokens(tokens, name="random", source="-")
    assert check_theme(theme) == []


@settings(max_examples=25, deadline=None)
@given(st.dictionaries(st.sampled_from(_ROLE_TOKENS), _hex))
def test_any_colour_tokens_pass_aaa_when_asked(tokens: dict[str, str]) -> None:
    theme = theme_from_tokens(tokens, name="random", source="-", min_text_contrast=7.0)
    assert check_theme(theme) == []
