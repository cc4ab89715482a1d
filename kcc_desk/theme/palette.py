"""Theme → QPalette, for everything the stylesheet does not reach (standard dialogs, item views'
default delegates, text documents, the disabled state)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

from kcc_desk.theme.model import Theme


def _mix(first: str, second: str, amount: float) -> QColor:
    a, b = QColor(first), QColor(second)
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * amount,
        a.greenF() + (b.greenF() - a.greenF()) * amount,
        a.blueF() + (b.blueF() - a.blueF()) * amount,
    )


def theme_palette(theme: Theme) -> QPalette:
    """A complete palette: every role, for the Active/Inactive groups and a Disabled group."""
    palette = QPalette()
    role = QPalette.ColorRole
    normal = {
        role.Window: QColor(theme.background),
        role.WindowText: QColor(theme.text),
        role.Base: QColor(theme.field.background),
        role.AlternateBase: QColor(theme.table.alternate_background),
        role.Text: QColor(theme.field.text),
        role.PlaceholderText: QColor(theme.field.placeholder),
        role.Button: QColor(theme.button_secondary.background),
        role.ButtonText: QColor(theme.button_secondary.text),
        role.BrightText: QColor(theme.field.error_text),
        role.Highlight: QColor(theme.selection_background),
        role.HighlightedText: QColor(theme.selection_text),
        role.Link: QColor(theme.link),
        role.LinkVisited: QColor(theme.link),
        role.ToolTipBase: QColor(theme.background),
        role.ToolTipText: QColor(theme.text),
        role.Accent: QColor(theme.button_primary.background),
        # 3-D bevel roles: derived from the border so Fusion's frames follow the house style.
        role.Light: _mix(theme.background, "#ffffff", 0.5),
        role.Midlight: _mix(theme.background, theme.border, 0.25),
        role.Mid: QColor(theme.border_subtle),
        role.Dark: QColor(theme.border),
        role.Shadow: _mix(theme.border, "#000000", 0.5),
    }
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for color_role, color in normal.items():
            palette.setColor(group, color_role, color)
    disabled = dict(normal)
    disabled.update(
        {
            role.WindowText: QColor(theme.disabled_text),
            role.Text: QColor(theme.disabled_text),
            role.ButtonText: QColor(theme.disabled_text),
            role.PlaceholderText: QColor(theme.disabled_text),
            role.Base: QColor(theme.disabled_background),
            role.Button: QColor(theme.disabled_background),
            role.Highlight: QColor(theme.border_subtle),
            role.HighlightedText: QColor(theme.text),
        }
    )
    for color_role, color in disabled.items():
        palette.setColor(QPalette.ColorGroup.Disabled, color_role, color)
    return palette
