"""Style properties that the theme's stylesheet selects on, set after a widget is shown."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def set_variant(widget: QWidget, name: str, value: str | None) -> None:
    """Set a style property (``variant``, ``alert``, ``badge``, ``invalid`` …) and re-polish.

    Qt only re-evaluates property selectors on polish, so changing a property after the widget
    is shown needs this.
    """
    widget.setProperty(name, value)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()
