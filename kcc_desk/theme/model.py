"""The typed theme model: what the palette and QSS are made from (Qt-free).

Colours are opaque ``#rrggbb`` strings: transparent token values are composited onto the surface
they sit on when the theme is built, so every contrast figure is well defined.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ButtonColors:
    background: str
    text: str
    border: str
    hover_background: str
    hover_text: str


@dataclass(frozen=True)
class FieldColors:
    background: str
    text: str
    border: str
    placeholder: str
    invalid_background: str
    invalid_border: str
    error_text: str
    description: str


@dataclass(frozen=True)
class SurfaceColors:
    """A coloured box with text on it: alerts and status badges."""

    background: str
    text: str
    border: str


@dataclass(frozen=True)
class Alerts:
    info: SurfaceColors
    ok: SurfaceColors
    warning: SurfaceColors
    error: SurfaceColors


@dataclass(frozen=True)
class Badges:
    neutral: SurfaceColors
    info: SurfaceColors
    ok: SurfaceColors
    warning: SurfaceColors
    error: SurfaceColors
    overdue: SurfaceColors


@dataclass(frozen=True)
class TableColors:
    header_background: str
    header_text: str
    header_border: str
    row_border: str
    alternate_background: str


@dataclass(frozen=True)
class DataListColors:
    key_text: str
    value_text: str


@dataclass(frozen=True)
class StepColors:
    """One state of a process step (the case timeline): the round marker, its title and line."""

    marker_background: str
    marker_text: str
    marker_border: str
    heading: str
    line: str


@dataclass(frozen=True)
class ProcessSteps:
    checked: StepColors
    current: StepColors
    not_checked: StepColors
    warning: StepColors
    error: StepColors


@dataclass(frozen=True)
class Adjustment:
    """A token colour the engine changed to meet WCAG (logged; listed in ``Theme.adjustments``)."""

    role: str
    original: str
    adjusted: str
    against: str
    required: float
    ratio_before: float
    ratio_after: float


@dataclass(frozen=True)
class Theme:
    name: str
    source: str
    dark: bool
    min_text_contrast: float
    """4.5 (WCAG AA) normally; 7.0 for the high-contrast theme."""

    # Document
    text: str
    text_subtle: str
    heading: str
    background: str
    background_subtle: str
    border: str
    border_subtle: str
    link: str
    link_hover: str
    selection_background: str
    selection_text: str
    disabled_text: str
    disabled_background: str

    # Focus: a visible outline of ``focus_outline_width_px`` plus the NLDS yellow focus fill.
    focus_outline_color: str
    focus_outline_width_px: float
    focus_outline_style: str
    focus_background: str
    focus_text: str

    # Typography and sizes (px at 100 % text scale)
    font_families: tuple[str, ...]
    heading_font_families: tuple[str, ...]
    font_size_px: float
    font_size_sm_px: float
    font_size_lg_px: float
    font_size_xl_px: float
    line_height: float
    font_weight_bold: int
    space_sm_px: float
    space_px: float
    space_lg_px: float
    radius_px: float
    border_width_px: float
    pointer_target_min_px: float

    # Components
    button_primary: ButtonColors
    button_secondary: ButtonColors
    button_subtle: ButtonColors
    field: FieldColors
    alerts: Alerts
    badges: Badges
    table: TableColors
    data_list: DataListColors
    steps: ProcessSteps

    adjustments: tuple[Adjustment, ...] = ()

    @property
    def font_family(self) -> str:
        """The first family of the stack (what QFont gets; Qt falls back itself)."""
        return self.font_families[0] if self.font_families else "sans-serif"
