"""Theme + text scale → Qt stylesheet, from ``resources/theme/base.qss.tmpl`` (string.Template).

Sizes in the template are px for boxes (they follow the text scale where text must fit: button and
field heights grow with the font) and pt for font sizes, because the application font is set in
points (see :mod:`kcc_desk.theme.apply`).
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Mapping
from pathlib import Path
from string import Template

from kcc_desk.resource_dir import THEME_DIR
from kcc_desk.theme.model import Theme

TEMPLATE_PATH = THEME_DIR / "base.qss.tmpl"
PX_PER_PT = 96.0 / 72.0
"""CSS px per pt: token sizes are CSS px, Qt point sizes are 1/72 inch at 96 dpi logical."""


@functools.cache
def _template() -> Template:
    return Template(TEMPLATE_PATH.read_text(encoding="utf-8"))


def _colour_values(prefix: str, obj: object) -> dict[str, str]:
    """Flatten nested colour dataclasses: ``alerts.info.text`` → ``alerts_info_text``."""
    values: dict[str, str] = {}
    for f in dataclasses.fields(obj):  # type: ignore[arg-type]
        value = getattr(obj, f.name)
        key = f"{prefix}_{f.name}" if prefix else f.name
        if isinstance(value, str) and value.startswith("#"):
            values[key] = value
        elif dataclasses.is_dataclass(value) and not isinstance(value, type):
            values.update(_colour_values(key, value))
    return values


def _font_stack(families: tuple[str, ...]) -> str:
    return ", ".join(f'"{name}"' if " " in name else name for name in families) or "sans-serif"


def font_point_size(px: float, text_scale: float) -> float:
    """A token size in CSS px at the given text scale, in points."""
    return round(px * text_scale / PX_PER_PT, 2)


def indicator_size(theme: Theme, text_scale: float) -> int:
    """Check box / radio indicator edge in px: 1.25 × the text size."""
    return round(theme.font_size_px * max(0.5, text_scale) * 1.25)


def _image_rule(path: str | None) -> str:
    # Forward slashes and quotes: Qt's CSS parser accepts both, and Windows paths have spaces.
    return f'image: url("{Path(path).as_posix()}");' if path else ""


def template_values(
    theme: Theme, text_scale: float = 1.0, images: Mapping[str, str] | None = None
) -> dict[str, str]:
    """Every ``$name`` the template uses, as strings; ``images`` maps ``check``/``radio`` to
    image files for the checked indicators (painted by :mod:`kcc_desk.theme.apply`)."""
    images = images or {}
    scale = max(0.5, text_scale)
    focus = max(2, round(theme.focus_outline_width_px))
    border = max(1, round(theme.border_width_px))
    target = round(theme.pointer_target_min_px)
    line_px = theme.font_size_px * scale * theme.line_height
    # Buttons: outer height = content + 2 × padding + 2 × border ≥ target; text grows the content.
    pad_v = round(theme.space_sm_px)
    button_min_height = max(round(line_px), target - 2 * pad_v - 2 * focus)
    field_pad_v = max(2, round(theme.space_sm_px) - (focus - border))
    field_min_height = max(round(line_px), target - 2 * field_pad_v - 2 * border)
    values = _colour_values("", theme)
    values.update(
        {
            "font_md": f"{font_point_size(theme.font_size_px, scale)}",
            "font_sm": f"{font_point_size(theme.font_size_sm_px, scale)}",
            "font_lg": f"{font_point_size(theme.font_size_lg_px, scale)}",
            "font_xl": f"{font_point_size(theme.font_size_xl_px, scale)}",
            "heading_font": _font_stack(theme.heading_font_families),
            "bold": str(theme.font_weight_bold),
            "space_sm": str(round(theme.space_sm_px)),
            "space": str(round(theme.space_px)),
            "radius": str(round(theme.radius_px)),
            "border_width": str(border),
            "focus_width": str(focus),
            "focus_style": theme.focus_outline_style,
            "focus_outline": theme.focus_outline_color,
            "target": str(target),
            "button_min_height": str(button_min_height),
            "button_pad_v": str(pad_v),
            "button_pad_h": str(round(theme.space_px * 2)),
            "field_pad_v": str(field_pad_v),
            "field_pad_h": str(round(theme.space_px)),
            "field_focus_pad_v": str(field_pad_v - (focus - border)),
            "field_focus_pad_h": str(round(theme.space_px) - (focus - border)),
            "field_min_height": str(field_min_height),
            "check_min_height": str(
                max(round(line_px), target - 2 * round(theme.space_sm_px) - 2 * focus)
            ),
            "item_min_height": str(round(line_px)),
            "indicator": str(indicator_size(theme, scale)),
            "indicator_box_radius": str(min(4, round(theme.radius_px))),
            "indicator_round": str(indicator_size(theme, scale) // 2 + focus),
            "check_image": _image_rule(images.get("check")),
            "radio_image": _image_rule(images.get("radio")),
            "tab_min_height": str(
                max(round(line_px), target - 2 * round(theme.space_sm_px) - 2 * focus - 1)
            ),
            "tab_indicator": str(focus + 1),
            "badge_pad_v": str(max(2, round(theme.space_sm_px / 2))),
            "step_marker": str(round(max(24.0, line_px + 4))),
            "step_marker_radius": str(round(max(24.0, line_px + 4) / 2)),
        }
    )
    return values


def render_qss(
    theme: Theme, text_scale: float = 1.0, images: Mapping[str, str] | None = None
) -> str:
    """The stylesheet for ``theme`` at ``text_scale`` (1.0 = 100 %). Raises KeyError on a template
    placeholder without a value, so a template edit cannot silently ship ``$name`` to Qt."""
    return _template().substitute(template_values(theme, text_scale, images))
