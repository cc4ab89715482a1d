"""Painted colours (timeline markers, overdue marks, chart bars) come from the theme through the
stylesheet, follow a theme change, and fall back to the palette without a theme."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kcc_desk.theme.registry import THEMES, load_theme
from kcc_desk.views.semantic_colors import (
    PROPERTY_NAMES,
    ThemeColorProbe,
    ThemeColors,
    palette_colors,
)
from tests.fixtures.qt_layout import wait_for_layout
from tests.views.sample_data import TODAY, themed, timeline_steps
from tests.views.test_timeline import make_view


def app_palette() -> QApplication:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app


@pytest.mark.parametrize("name", THEMES)
def test_every_theme_sets_every_painted_colour_from_its_tokens(qtbot: QtBot, name: str) -> None:
    theme = load_theme(name)
    with themed(name):
        probe = ThemeColorProbe()
        styled = probe.styled()
        assert styled is not None, "the stylesheet leaves a painted colour unset"
        assert set(styled) == set(PROPERTY_NAMES)
        colors = ThemeColors().for_palette(app_palette().palette())
    assert colors.done.marker_fill == QColor(theme.steps.checked.marker_background)
    assert colors.current.marker_border == QColor(theme.steps.current.marker_border)
    assert colors.planned.line == QColor(theme.steps.not_checked.line)
    assert colors.warning_text == QColor(theme.field.error_text)
    assert colors.subtle_text == QColor(theme.text_subtle)


def test_colours_follow_a_theme_change_and_fall_back_without_one(qtbot: QtBot) -> None:
    colors = ThemeColors()
    palette = app_palette().palette()
    with themed("voorbeeld"):
        light = colors.for_palette(palette).warning_text
        with themed("donker"):
            dark = colors.for_palette(palette).warning_text
    plain = colors.for_palette(palette).warning_text
    assert light == QColor(load_theme("voorbeeld").field.error_text)
    assert dark == QColor(load_theme("donker").field.error_text)
    assert light != dark
    assert plain == palette_colors(palette).warning_text


def _colours_in(image: QImage) -> set[str]:
    return {
        image.pixelColor(x, y).name()
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
    }


def test_the_timeline_paints_the_themes_step_colours_and_repaints_on_a_switch(
    qtbot: QtBot,
) -> None:
    """The same view, not a new one: the delegate asks for its colours at every paint."""
    with themed("voorbeeld"):
        host, view = make_view(qtbot)
        view.set_timeline(timeline_steps(), date(2026, 4, 4), TODAY)
        wait_for_layout(qtbot, host)
        light = _colours_in(view.viewport().grab().toImage())
        with themed("donker"):
            wait_for_layout(qtbot, host)
            dark = _colours_in(view.viewport().grab().toImage())
    light_done = QColor(load_theme("voorbeeld").steps.checked.marker_background).name()
    dark_done = QColor(load_theme("donker").steps.checked.marker_background).name()
    assert light_done != dark_done
    assert light_done in light and dark_done not in light
    assert dark_done in dark and light_done not in dark
