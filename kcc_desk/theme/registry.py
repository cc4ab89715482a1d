"""The shipped themes, loading a municipality's own token file, and following the system setting.

Setting values (``theme`` in the config): ``"voorbeeld"`` (default, NLDS example theme),
``"donker"``, ``"hoog-contrast"``, ``"systeem"`` (follow the desktop: high contrast → hoog-contrast,
dark → donker, else voorbeeld), or a path to a token file/directory (``theme_tokens``).
"""

from __future__ import annotations

import functools
import logging
from pathlib import Path

from kcc_desk.resource_dir import THEME_DIR
from kcc_desk.services.messages import QT_TRANSLATE_NOOP
from kcc_desk.theme.build import theme_from_tokens
from kcc_desk.theme.contrast import TEXT_AAA
from kcc_desk.theme.cssvalues import parse_color
from kcc_desk.theme.keymap import KEY_MAP
from kcc_desk.theme.model import Theme
from kcc_desk.theme.tokens import TokenError, read_tokens

_log = logging.getLogger(__name__)

RESOURCES = THEME_DIR  # the shipped themes' token files (see kcc_desk.resource_dir)
DEFAULT_THEME = "voorbeeld"
SYSTEM = "systeem"
THEMES: tuple[str, ...] = ("voorbeeld", "donker", "hoog-contrast")

# High contrast: white on black, yellow focus and links (the Windows "High Contrast Black" idiom),
# every text pair ≥ 7:1 (WCAG AAA). Roles not listed are derived from these by the builder.
_HIGH_CONTRAST: dict[str, str] = {
    "background": "#000000",
    "text": "#ffffff",
    "text_subtle": "#ffffff",
    "heading": "#ffffff",
    "background_subtle": "#141414",
    "border": "#ffffff",
    "border_subtle": "#c0c0c0",
    "link": "#ffff00",
    "link_hover": "#ffff00",
    "selection_background": "#00ffff",
    "selection_text": "#000000",
    "disabled_text": "#a0a0a0",
    "disabled_background": "#000000",
    "focus_outline_color": "#ffff00",
    "focus_outline_width": "3px",
    "focus_outline_style": "solid",
    "focus_background": "#000000",
    "focus_text": "#ffff00",
    "button_primary.background": "#ffffff",
    "button_primary.text": "#000000",
    "button_primary.border": "#ffffff",
    "button_primary.hover_background": "#ffff00",
    "button_primary.hover_text": "#000000",
    "button_secondary.background": "#000000",
    "button_secondary.text": "#ffffff",
    "button_secondary.border": "#ffffff",
    "button_secondary.hover_background": "#000000",
    "button_secondary.hover_text": "#ffff00",
    "button_subtle.background": "#000000",
    "button_subtle.text": "#ffffff",
    "button_subtle.hover_background": "#000000",
    "button_subtle.hover_text": "#ffff00",
    "field.background": "#000000",
    "field.text": "#ffffff",
    "field.border": "#ffffff",
    "field.placeholder": "#d0d0d0",
    "field.invalid_background": "#000000",
    "field.invalid_border": "#ff8080",
    "field.error_text": "#ff8080",
    "field.description": "#ffffff",
    "table.header_background": "#000000",
    "table.header_text": "#ffffff",
    "table.header_border": "#ffffff",
    "table.row_border": "#c0c0c0",
    "table.alternate_background": "#141414",
    "data_list.key_text": "#ffffff",
    "data_list.value_text": "#ffffff",
}
for _kind, _accent in (
    ("info", "#00ffff"),
    ("ok", "#00ff00"),
    ("warning", "#ffff00"),
    ("error", "#ff8080"),
):
    _HIGH_CONTRAST[f"alerts.{_kind}.background"] = "#000000"
    _HIGH_CONTRAST[f"alerts.{_kind}.text"] = "#ffffff"
    _HIGH_CONTRAST[f"alerts.{_kind}.border"] = _accent
for _kind in ("neutral", "info", "ok", "warning", "error", "overdue"):
    _HIGH_CONTRAST[f"badges.{_kind}.background"] = "#000000"
    _HIGH_CONTRAST[f"badges.{_kind}.text"] = "#ffff00" if _kind == "overdue" else "#ffffff"
for _state, _marker in (
    ("checked", "#00ff00"),
    ("current", "#ffffff"),
    ("not_checked", "#000000"),
    ("warning", "#ffff00"),
    ("error", "#ff8080"),
):
    _HIGH_CONTRAST[f"steps.{_state}.marker_background"] = _marker
    _HIGH_CONTRAST[f"steps.{_state}.marker_text"] = "#ffffff" if _marker == "#000000" else "#000000"
    _HIGH_CONTRAST[f"steps.{_state}.marker_border"] = "#ffffff" if _marker == "#000000" else _marker
    _HIGH_CONTRAST[f"steps.{_state}.heading"] = "#ffffff"
    _HIGH_CONTRAST[f"steps.{_state}.line"] = "#ffffff" if _marker == "#000000" else _marker


def _role_tokens(roles: dict[str, str]) -> dict[str, str]:
    """Express role values as tokens under each role's first (preferred) token name."""
    tokens: dict[str, str] = {}
    for role, value in roles.items():
        names = KEY_MAP.get(role)
        if not names:
            raise KeyError(f"no token name for role {role}")
        tokens[names[0]] = value
    return tokens


def _without_colours(tokens: dict[str, str]) -> dict[str, str]:
    return {k: v for k, v in tokens.items() if parse_color(v) is None}


@functools.cache
def _shipped(name: str) -> Theme:
    base = RESOURCES / "voorbeeld" / "variables.json"
    if name == "voorbeeld":
        return theme_from_tokens(read_tokens(base), name=name, source=str(base))
    if name == "donker":
        folder = RESOURCES / "donker"
        tokens = read_tokens(
            folder / "variables.json", folder / "color-scheme-dark" / "variables.json"
        )
        # The dark overrides only cover basis* tokens; the component tokens in the light file would
        # paint light-mode colours on a dark page, so let the builder derive them from basis*.
        basis = {k: v for k, v in tokens.items() if k.startswith("basis")}
        return theme_from_tokens(basis, name=name, source=str(folder))
    if name == "hoog-contrast":
        tokens = _without_colours(read_tokens(base)) | _role_tokens(_HIGH_CONTRAST)
        return theme_from_tokens(
            tokens, name=name, source="kcc_desk.theme.registry", min_text_contrast=TEXT_AAA
        )
    raise TokenError(QT_TRANSLATE_NOOP("Theme", "Onbekende huisstijl: {name}").format(name=name))


def system_theme_name() -> str:
    """The shipped theme matching the desktop's settings (needs a running QGuiApplication).

    High contrast (Qt ≥ 6.10, ``QStyleHints.accessibility().contrastPreference()``) wins over the
    dark colour scheme (``QStyleHints.colorScheme()``); without an application or when the
    platform reports nothing, the default theme.
    """
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return DEFAULT_THEME
    hints = QGuiApplication.styleHints()
    accessibility = getattr(hints, "accessibility", None)
    if accessibility is not None:
        preference = getattr(Qt, "ContrastPreference", None)
        if (
            preference is not None
            and accessibility().contrastPreference() == preference.HighContrast
        ):
            return "hoog-contrast"
    if hints.colorScheme() == Qt.ColorScheme.Dark:
        return "donker"
    return DEFAULT_THEME


def load_theme(name_or_path: str | Path = DEFAULT_THEME) -> Theme:
    """Load a shipped theme by name, ``"systeem"``, or a municipality's token file or directory.

    Raises :class:`~kcc_desk.theme.tokens.TokenError` (plain-Dutch ``message``) for an unknown
    name or an unusable file; the caller shows it and falls back to :data:`DEFAULT_THEME`.
    """
    if isinstance(name_or_path, str):
        key = name_or_path.strip().lower()
        if key in ("", SYSTEM):
            key = system_theme_name()
        if key in THEMES:
            return _shipped(key)
        looks_like_path = (
            "/" in name_or_path or "\\" in name_or_path or name_or_path.endswith(".json")
        )
        if not looks_like_path:
            raise TokenError(
                QT_TRANSLATE_NOOP(
                    "Theme",
                    "Onbekende huisstijl: {name}. Kies uit: {choices}, "
                    "of geef het pad naar een bestand met design tokens.",
                ).format(name=name_or_path, choices=", ".join((*THEMES, SYSTEM)))
            )
    path = Path(name_or_path).expanduser()
    tokens = read_tokens(path)
    name = path.stem if path.is_file() else path.name
    return theme_from_tokens(tokens, name=name, source=str(path))


def load_theme_or_default(name_or_path: str | Path | None) -> tuple[Theme, TokenError | None]:
    """Like :func:`load_theme`, but never fails: on a :class:`TokenError` the default theme is
    returned together with the error, whose ``message`` the main window can show once."""
    try:
        return load_theme(name_or_path or DEFAULT_THEME), None
    except TokenError as error:
        _log.warning("Theme %s unusable, using %s: %s", name_or_path, DEFAULT_THEME, error.message)
        return load_theme(DEFAULT_THEME), error
