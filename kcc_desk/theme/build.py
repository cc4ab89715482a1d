"""Turn a flat token map into a :class:`Theme`, deriving whatever the token set does not define.

Every role goes through :data:`~kcc_desk.theme.keymap.KEY_MAP`; a role whose tokens are missing or
unparsable is derived from roles that are present (a dark-mode override file, for example, only
has ``basis*`` tokens, and Den Haag has no ``basis*`` tokens at all). Afterwards
:func:`~kcc_desk.theme.contrast.enforce_contrast` makes sure every pair the QSS uses meets WCAG.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping

from kcc_desk.theme.contrast import TEXT_AA, contrast_ratio, enforce_contrast, relative_luminance
from kcc_desk.theme.cssvalues import (
    Color,
    parse_border,
    parse_color,
    parse_font_family,
    parse_length_px,
    parse_number,
)
from kcc_desk.theme.keymap import KEY_MAP
from kcc_desk.theme.model import (
    Alerts,
    Badges,
    ButtonColors,
    DataListColors,
    FieldColors,
    ProcessSteps,
    StepColors,
    SurfaceColors,
    TableColors,
    Theme,
)

_log = logging.getLogger(__name__)

MIN_TARGET_PX = 44.0
"""WCAG 2.5.5 target size; a token set may ask for more (NLDS example: 48 px), never less."""
MIN_FOCUS_WIDTH_PX = 2.0

_BLACK = "#000000"
_WHITE = "#ffffff"


class _Tokens:
    """Look up roles in a token map; remembers which roles had to be derived (for the log)."""

    def __init__(self, tokens: Mapping[str, str]) -> None:
        self._tokens = tokens
        self.derived: list[str] = []

    def raw(self, role: str) -> str | None:
        for name in KEY_MAP.get(role, ()):
            value = self._tokens.get(name)
            if value is not None:
                return value
        return None

    def color(self, role: str, over: str, default: str) -> str:
        """The role's colour, composited onto ``over``; ``default`` if no usable token."""
        for name in KEY_MAP.get(role, ()):
            parsed = parse_color(self._tokens.get(name))
            if parsed is not None:
                return parsed.over(Color.from_hex(over)).hex
        self.derived.append(role)
        return default

    def length(self, role: str, default: float) -> float:
        for name in KEY_MAP.get(role, ()):
            px = parse_length_px(self._tokens.get(name))
            if px is not None and px >= 0:
                return px
        self.derived.append(role)
        return default

    def number(self, role: str, default: float) -> float:
        for name in KEY_MAP.get(role, ()):
            value = parse_number(self._tokens.get(name))
            if value is not None and value > 0:
                return value
        self.derived.append(role)
        return default


def _readable_on(background: str, preferred: str) -> str:
    """``preferred`` if it reads on ``background``, else black or white, whichever reads better."""
    if contrast_ratio(preferred, background) >= TEXT_AA:
        return preferred
    return max((_BLACK, _WHITE), key=lambda c: contrast_ratio(c, background))


def _tint(color: str, backdrop: str, amount: float) -> str:
    """``color`` at ``amount`` opacity over ``backdrop``: a pale surface in the same hue."""
    c = Color.from_hex(color)
    return Color(c.r, c.g, c.b, amount).over(Color.from_hex(backdrop)).hex


def theme_from_tokens(
    tokens: Mapping[str, str],
    *,
    name: str,
    source: str,
    min_text_contrast: float = TEXT_AA,
) -> Theme:
    """Build a contrast-checked :class:`Theme` from a resolved flat token map."""
    t = _Tokens(tokens)

    background = t.color("background", _WHITE, _WHITE)
    dark = relative_luminance(background) < 0.2
    ink = _WHITE if dark else "#1a1a1a"
    text = t.color("text", background, ink)
    text_subtle = t.color("text_subtle", background, text)
    heading = t.color("heading", background, text)
    background_subtle = t.color("background_subtle", background, _tint(text, background, 0.04))
    border = t.color("border", background, text_subtle)
    border_subtle = t.color("border_subtle", background, _tint(border, background, 0.4))

    primary = t.color("button_primary.background", background, "#1f5fa8")
    link = t.color("link", background, primary if not dark else text)
    link_hover = t.color("link_hover", background, link)
    selection_background = t.color("selection_background", background, primary)
    selection_text = t.color(
        "selection_text", selection_background, _readable_on(selection_background, _WHITE)
    )
    disabled_background = t.color("disabled_background", background, _tint(text, background, 0.08))
    disabled_text = t.color("disabled_text", disabled_background, text_subtle)

    focus_border = parse_border(t.raw("focus_border"))
    focus_outline_color = t.color(
        "focus_outline_color",
        background,
        focus_border.color.hex if focus_border and focus_border.color else text,
    )
    focus_width = t.length(
        "focus_outline_width",
        focus_border.width_px if focus_border and focus_border.width_px else MIN_FOCUS_WIDTH_PX,
    )
    focus_style = (
        t.raw("focus_outline_style") or (focus_border.style if focus_border else None) or "solid"
    ).strip()
    if focus_style not in ("solid", "dashed", "dotted", "double"):
        focus_style = "solid"
    focus_background = t.color("focus_background", background, "#ffdd00")
    focus_text = t.color("focus_text", focus_background, _readable_on(focus_background, _BLACK))

    def button(
        variant: str, bg_default: str, text_default: str, border_default: str
    ) -> ButtonColors:
        prefix = f"button_{variant}"
        bg = t.color(f"{prefix}.background", background, bg_default)
        fg = t.color(f"{prefix}.text", bg, text_default)
        hover_bg = t.color(f"{prefix}.hover_background", background, bg)
        return ButtonColors(
            background=bg,
            text=fg,
            border=t.color(f"{prefix}.border", bg, border_default if border_default else bg),
            hover_background=hover_bg,
            hover_text=t.color(f"{prefix}.hover_text", hover_bg, fg),
        )

    on_primary = _readable_on(primary, _WHITE)
    button_primary = button("primary", primary, on_primary, primary)
    button_secondary = button("secondary", background, primary if not dark else text, primary)
    button_subtle = button("subtle", background, button_secondary.text, "")

    field_bg = t.color("field.background", background, background)
    error_text = t.color("field.error_text", background, "#a01d23" if not dark else "#ff8a8a")
    field = FieldColors(
        background=field_bg,
        text=t.color("field.text", field_bg, text),
        border=t.color("field.border", field_bg, border),
        placeholder=t.color("field.placeholder", field_bg, text_subtle),
        invalid_background=t.color("field.invalid_background", background, field_bg),
        invalid_border=t.color("field.invalid_border", background, error_text),
        error_text=error_text,
        description=t.color("field.description", background, text_subtle),
    )

    status_default = {
        "info": "#00568b" if not dark else "#8fc8f0",
        "ok": "#105f26" if not dark else "#8fdca4",
        "warning": "#863d15" if not dark else "#f5b98a",
        "error": error_text,
    }

    def surface(prefix: str, accent: str) -> SurfaceColors:
        bg = t.color(f"{prefix}.background", background, _tint(accent, background, 0.12))
        return SurfaceColors(
            background=bg,
            text=t.color(f"{prefix}.text", bg, _readable_on(bg, text)),
            border=t.color(f"{prefix}.border", bg, accent),
        )

    alerts = Alerts(**{k: surface(f"alerts.{k}", v) for k, v in status_default.items()})
    badges = Badges(
        neutral=surface("badges.neutral", text_subtle),
        info=surface("badges.info", status_default["info"]),
        ok=surface("badges.ok", status_default["ok"]),
        warning=surface("badges.warning", status_default["warning"]),
        error=surface("badges.error", error_text),
        overdue=surface("badges.overdue", error_text),
    )

    header_bg = t.color("table.header_background", background, background)
    table = TableColors(
        header_background=header_bg,
        header_text=t.color("table.header_text", header_bg, heading),
        header_border=t.color("table.header_border", background, border_subtle),
        row_border=t.color("table.row_border", background, border_subtle),
        alternate_background=t.color("table.alternate_background", background, background_subtle),
    )
    data_list = DataListColors(
        key_text=t.color("data_list.key_text", background, text),
        value_text=t.color("data_list.value_text", background, text),
    )

    def step(state: str, marker_bg: str, marker_border: str, head: str) -> StepColors:
        prefix = f"steps.{state}"
        bg = t.color(f"{prefix}.marker_background", background, marker_bg)
        return StepColors(
            marker_background=bg,
            marker_text=t.color(f"{prefix}.marker_text", bg, _readable_on(bg, _WHITE)),
            marker_border=t.color(f"{prefix}.marker_border", bg, marker_border),
            heading=t.color(f"{prefix}.heading", background, head),
            line=t.color(
                f"{prefix}.line", background, marker_border if state != "current" else border
            ),
        )

    steps = ProcessSteps(
        checked=step("checked", alerts.ok.border, alerts.ok.border, text),
        current=step("current", primary, primary, text),
        not_checked=step("not_checked", background, border, text_subtle),
        warning=step("warning", alerts.warning.border, alerts.warning.border, text),
        error=step("error", alerts.error.border, alerts.error.border, text),
    )
    # A transparent marker border composites to the marker fill; for the outline-only "not
    # checked" marker that would make it invisible, so it falls back to the border colour.
    if steps.not_checked.marker_border == steps.not_checked.marker_background:
        steps = ProcessSteps(
            checked=steps.checked,
            current=steps.current,
            not_checked=StepColors(
                marker_background=steps.not_checked.marker_background,
                marker_text=steps.not_checked.marker_text,
                marker_border=border,
                heading=steps.not_checked.heading,
                line=steps.not_checked.line,
            ),
            warning=steps.warning,
            error=steps.error,
        )

    font_families = parse_font_family(t.raw("font_family")) or ("Noto Sans", "sans-serif")
    heading_families = parse_font_family(t.raw("heading_font_family")) or font_families
    font_size = t.length("font_size_md", 16.0)
    space = t.length("space_md", 8.0)

    theme = Theme(
        name=name,
        source=source,
        dark=dark,
        min_text_contrast=min_text_contrast,
        text=text,
        text_subtle=text_subtle,
        heading=heading,
        background=background,
        background_subtle=background_subtle,
        border=border,
        border_subtle=border_subtle,
        link=link,
        link_hover=link_hover,
        selection_background=selection_background,
        selection_text=selection_text,
        disabled_text=disabled_text,
        disabled_background=disabled_background,
        focus_outline_color=focus_outline_color,
        focus_outline_width_px=max(MIN_FOCUS_WIDTH_PX, focus_width),
        focus_outline_style=focus_style,
        focus_background=focus_background,
        focus_text=focus_text,
        font_families=font_families,
        heading_font_families=heading_families,
        font_size_px=font_size,
        font_size_sm_px=t.length("font_size_sm", font_size * 0.875),
        font_size_lg_px=t.length("font_size_lg", font_size * 1.25),
        font_size_xl_px=t.length("font_size_xl", font_size * 1.5),
        line_height=t.number("line_height", 1.5),
        font_weight_bold=round(t.number("font_weight_bold", 700)),
        space_sm_px=t.length("space_sm", space / 2),
        space_px=space,
        space_lg_px=t.length("space_lg", space * 2),
        radius_px=t.length("radius", 4.0),
        border_width_px=max(1.0, t.length("border_width", 1.0)),
        pointer_target_min_px=max(MIN_TARGET_PX, t.length("pointer_target_min", MIN_TARGET_PX)),
        button_primary=button_primary,
        button_secondary=button_secondary,
        button_subtle=button_subtle,
        field=field,
        alerts=alerts,
        badges=badges,
        table=table,
        data_list=data_list,
        steps=steps,
    )
    if t.derived:
        _log.info(
            "Theme %s: %d roles derived (no token): %s", name, len(t.derived), ", ".join(t.derived)
        )
    return enforce_contrast(theme)
