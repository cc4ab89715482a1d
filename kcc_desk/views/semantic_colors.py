"""Colours with a meaning (step done / current / planned, overdue) for custom-painted widgets.

Custom delegates cannot be styled by QSS, so they ask here. Order of preference:

1. colours installed with ``install`` (tests, or a caller with its own scheme);
2. the applied theme's tokens (``kcc_desk.theme.apply.current_theme()``: process-step colours,
   the error text colour), already checked for WCAG contrast by the theme engine;
3. colours derived from the widget's QPalette, so any palette (light, dark, high contrast) works.

Views never hard-code a colour. Colour is never the only signal: every state is also in words
and in the marker's shape.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette

from kcc_desk.theme.apply import current_theme
from kcc_desk.theme.model import StepColors, Theme


@dataclass(frozen=True, slots=True)
class StepPalette:
    """Marker fill, marker border/tick and title colour of one step state."""

    marker_fill: QColor
    marker_border: QColor
    marker_text: QColor
    heading: QColor
    line: QColor


@dataclass(frozen=True, slots=True)
class SemanticColors:
    done: StepPalette
    current: StepPalette
    planned: StepPalette
    warning_text: QColor
    subtle_text: QColor


_installed: SemanticColors | None = None


def install(colors: SemanticColors | None) -> None:
    """Let the theme engine supply exact colours; ``None`` goes back to palette-derived ones."""
    global _installed  # noqa: PLW0603 - one theme per application, swapped as a whole
    _installed = colors


def semantic_colors(palette: QPalette) -> SemanticColors:
    """The installed colours, the applied theme's, or colours derived from ``palette``."""
    if _installed is not None:
        return _installed
    theme = current_theme()
    if theme is not None:
        return _from_theme(theme)
    text = palette.color(QPalette.ColorRole.Text)
    base = palette.color(QPalette.ColorRole.Base)
    accent = palette.color(QPalette.ColorRole.Highlight)
    on_accent = palette.color(QPalette.ColorRole.HighlightedText)
    subtle = palette.color(QPalette.ColorRole.PlaceholderText)
    mid = palette.color(QPalette.ColorRole.Mid)
    done = StepPalette(
        marker_fill=text, marker_border=text, marker_text=base, heading=text, line=text
    )
    current = StepPalette(
        marker_fill=base, marker_border=accent, marker_text=on_accent, heading=text, line=text
    )
    planned = StepPalette(
        marker_fill=base, marker_border=subtle, marker_text=subtle, heading=text, line=mid
    )
    return SemanticColors(
        done=done,
        current=current,
        planned=planned,
        warning_text=_warning_for(base, text),
        subtle_text=subtle,
    )


def _warning_for(base: QColor, text: QColor) -> QColor:
    """A red that keeps the contrast of the palette's own text: dark red on a light base, light
    red on a dark base. Derived from the palette's lightness, so high-contrast palettes stay
    high-contrast; the overdue state is in words as well."""
    dark_theme = base.lightnessF() < text.lightnessF()
    return QColor.fromHslF(0.0, 0.75, 0.78 if dark_theme else 0.33)


def _from_theme(theme: Theme) -> SemanticColors:
    def step(colors: StepColors) -> StepPalette:
        return StepPalette(
            marker_fill=QColor(colors.marker_background),
            marker_border=QColor(colors.marker_border),
            marker_text=QColor(colors.marker_text),
            heading=QColor(colors.heading),
            line=QColor(colors.line),
        )

    return SemanticColors(
        done=step(theme.steps.checked),
        current=step(theme.steps.current),
        planned=step(theme.steps.not_checked),
        # The field error colour is contrast-checked against the page background.
        warning_text=QColor(theme.field.error_text),
        subtle_text=QColor(theme.text_subtle),
    )
