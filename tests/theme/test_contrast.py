"""WCAG maths and the automatic repair of failing colours."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kcc_desk.theme.contrast import (
    PAIRS,
    check_theme,
    contrast_ratio,
    enforce_contrast,
    fix_foreground,
    get_role,
    relative_luminance,
    set_role,
)
from kcc_desk.theme.cssvalues import Color
from kcc_desk.theme.registry import load_theme


def test_known_ratios() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)
    # The classic "#767676 is the lightest grey that passes AA on white".
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    assert contrast_ratio("#777777", "#ffffff") < 4.5
    assert relative_luminance("#ffffff") == pytest.approx(1.0)


colours = st.builds(Color, st.integers(0, 255), st.integers(0, 255), st.integers(0, 255))


@given(colours, colours, st.sampled_from([3.0, 4.5]))
def test_fix_foreground_always_reaches_aa(fg: Color, bg: Color, required: float) -> None:
    # 4.5:1 is reachable on every background with black or white.
    fixed = fix_foreground(fg.hex, bg.hex, required)
    assert contrast_ratio(fixed, bg.hex) >= required


@given(colours, colours)
def test_fix_foreground_keeps_passing_colours_close(fg: Color, bg: Color) -> None:
    ratio = contrast_ratio(fg.hex, bg.hex)
    fixed = fix_foreground(fg.hex, bg.hex, 3.0)
    if ratio >= 3.1:
        # Already passing colours are only ever moved further away, never made worse.
        assert contrast_ratio(fixed, bg.hex) >= 3.0


def test_pairs_point_at_real_colour_roles() -> None:
    theme = load_theme("voorbeeld")
    for pair in PAIRS:
        assert get_role(theme, pair.foreground).startswith("#")
        assert get_role(theme, pair.background).startswith("#")


def test_failing_colour_is_adjusted_and_recorded() -> None:
    theme = set_role(load_theme("voorbeeld"), "button_primary.background", "#c8b8ff")
    assert check_theme(theme), "a pale primary button must fail (white text on it)"
    fixed = enforce_contrast(theme)
    assert check_theme(fixed) == []
    roles = {a.role: a for a in fixed.adjustments}
    assert "button_primary.text" in roles or "button_primary.background" in roles
    for adjustment in fixed.adjustments:
        assert adjustment.ratio_after >= adjustment.required
        assert adjustment.ratio_before < adjustment.required
