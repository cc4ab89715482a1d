"""Colours with a meaning (step done / current / planned, overdue) for custom-painted widgets.

Custom delegates cannot be styled by QSS, so they ask here. By default every colour comes from
the widget's QPalette, so whatever palette the theme engine installs (light, dark, high
contrast) is followed. The theme engine may install exact token colours with ``install``
(e.g. from its ``ProcessSteps`` tokens); views never hard-code a colour. Colour is never the only
signal: every state is also in words and in the marker's shape.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette


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
    """The installed theme colours, or colours derived from ``palette``."""
    if _installed is not None:
        return _installed
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
        marker_fill=accent, marker_border=accent, marker_text=on_accent, heading=text, line=text
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
