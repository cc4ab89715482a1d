"""Design tokens → theme → QPalette + QSS (QtGui only; :mod:`kcc_desk.theme.apply` needs QtWidgets).

Typical use (main window)::

    from kcc_desk.theme import load_theme
    from kcc_desk.theme.apply import apply_theme

    apply_theme(app, load_theme(config.theme or "voorbeeld"), text_scale)
"""

from __future__ import annotations

from kcc_desk.theme.contrast import ContrastIssue, check_theme, contrast_ratio
from kcc_desk.theme.model import Adjustment, Theme
from kcc_desk.theme.registry import (
    DEFAULT_THEME,
    SYSTEM,
    THEMES,
    load_theme,
    load_theme_or_default,
    system_theme_name,
)
from kcc_desk.theme.scale import SCALES, load_text_scale, next_scale, save_text_scale
from kcc_desk.theme.tokens import TokenError

__all__ = [
    "DEFAULT_THEME",
    "SCALES",
    "SYSTEM",
    "THEMES",
    "Adjustment",
    "ContrastIssue",
    "Theme",
    "TokenError",
    "check_theme",
    "contrast_ratio",
    "load_text_scale",
    "load_theme",
    "load_theme_or_default",
    "next_scale",
    "save_text_scale",
    "system_theme_name",
]
