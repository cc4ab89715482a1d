"""Colours with a meaning (step done / current / planned, overdue) for custom-painted widgets.

Custom delegates and charts cannot be styled by QSS directly, so they ask a ``ThemeColors``.
It owns a never-shown ``ThemeColorProbe`` widget whose colour properties the theme's stylesheet
sets (``ThemeColorProbe { qproperty-done_marker_fill: … }`` in ``resources/theme/base.qss.tmpl``).
So the theme reaches painted widgets the way it reaches styled ones, through the stylesheet Qt
re-applies on every theme change, and no view reads global theme state. Without a theme (a test,
or a stylesheet that leaves the probe alone) the colours are derived from the widget's QPalette,
so any palette (light, dark, high contrast) works.

Views never hard-code a colour. Colour is never the only signal: every state is also in words
and in the marker's shape.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Property, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget


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


STATES = ("done", "current", "planned")
PARTS = ("marker_fill", "marker_border", "marker_text", "heading", "line")
PROPERTY_NAMES = (
    *(f"{state}_{part}" for state in STATES for part in PARTS),
    "warning_text",
    "subtle_text",
)
"""The probe's properties, one per colour; base.qss.tmpl sets each (a test checks all)."""


def _color_property(name: str) -> Property:
    def get(probe: ThemeColorProbe) -> QColor:
        return probe.colors.get(name, QColor())

    def put(probe: ThemeColorProbe, value: QColor) -> None:
        probe.colors[name] = QColor(value)

    return Property(QColor, get, put)


class ThemeColorProbe(QWidget):
    """Never shown: the theme's stylesheet fills its properties when Qt polishes it, and again
    on a theme change. A window of its own (so never a child in an accessibility tree) owned by
    the widget it serves, so Qt deletes it with that widget, on the GUI thread; a widget owned by
    Python could be deleted by a garbage collection that runs in a worker thread."""

    done_marker_fill = _color_property("done_marker_fill")
    done_marker_border = _color_property("done_marker_border")
    done_marker_text = _color_property("done_marker_text")
    done_heading = _color_property("done_heading")
    done_line = _color_property("done_line")
    current_marker_fill = _color_property("current_marker_fill")
    current_marker_border = _color_property("current_marker_border")
    current_marker_text = _color_property("current_marker_text")
    current_heading = _color_property("current_heading")
    current_line = _color_property("current_line")
    planned_marker_fill = _color_property("planned_marker_fill")
    planned_marker_border = _color_property("planned_marker_border")
    planned_marker_text = _color_property("planned_marker_text")
    planned_heading = _color_property("planned_heading")
    planned_line = _color_property("planned_line")
    warning_text = _color_property("warning_text")
    subtle_text = _color_property("subtle_text")

    def __init__(self, host: QWidget | None = None) -> None:
        super().__init__(host, Qt.WindowType.Tool)
        self.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
        self.colors: dict[str, QColor] = {}

    def styled(self) -> dict[str, QColor] | None:
        """The stylesheet's colours, or None when the stylesheet does not set them all."""
        self.ensurePolished()
        if self.style().metaObject().className() != "QStyleSheetStyle":
            # The application's stylesheet was removed (Qt never unsets a qproperty): the
            # colours set by the last one no longer apply.
            self.colors.clear()
            return None
        colors = {name: self.colors.get(name, QColor()) for name in PROPERTY_NAMES}
        return colors if all(c.isValid() for c in colors.values()) else None


class ThemeColors:
    """What one painting widget asks for its colours; cheap enough to ask on every paint."""

    def __init__(self, host: QWidget | None = None) -> None:
        self._probe = ThemeColorProbe(host)

    def for_palette(self, palette: QPalette) -> SemanticColors:
        styled = self._probe.styled()
        return from_properties(styled) if styled is not None else palette_colors(palette)

    def close(self) -> None:
        self._probe.deleteLater()


def from_properties(colors: dict[str, QColor]) -> SemanticColors:
    def step(state: str) -> StepPalette:
        get: Callable[[str], QColor] = lambda part: colors[f"{state}_{part}"]  # noqa: E731
        return StepPalette(*(get(part) for part in PARTS))

    return SemanticColors(
        done=step("done"),
        current=step("current"),
        planned=step("planned"),
        warning_text=colors["warning_text"],
        subtle_text=colors["subtle_text"],
    )


def palette_colors(palette: QPalette) -> SemanticColors:
    """Colours derived from ``palette`` alone (no theme, or a label the theme's QSS colours)."""
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
