"""Geometry checks for "visible without scrolling" (STYLE.md): a widget is seen only where its
rectangle survives every ancestor's clip, and an item view's row only inside its viewport."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractItemView, QAbstractScrollArea, QWidget


def window_rect(widget: QWidget) -> QRect:
    window = widget.window()
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def clip_rect(widget: QWidget) -> QRect:
    """The part of ``widget`` (in window coordinates) that survives every ancestor's clip: a
    scroll area clips at its viewport, every other widget at its own rectangle."""
    window = widget.window()
    seen = window_rect(widget)
    child = widget
    parent = widget.parentWidget()
    while parent is not None and child is not window:
        if isinstance(parent, QAbstractScrollArea) and child is not parent.viewport():
            pass  # the scroll bars and corner widget: clipped by the area itself
        seen = seen.intersected(window_rect(parent))
        if isinstance(parent, QAbstractScrollArea):
            seen = seen.intersected(window_rect(parent.viewport()))
        if parent is window:
            break
        child, parent = parent, parent.parentWidget()
    return seen


def fully_visible(widget: QWidget) -> bool:
    """Shown, not empty, and not cut by any ancestor."""
    if not widget.isVisible() or widget.width() <= 0 or widget.height() <= 0:
        return False
    return clip_rect(widget) == window_rect(widget)


def visible_rows(view: QAbstractItemView, rows: int | None = None) -> list[int]:
    """Rows of ``view`` (column 0) whose whole rectangle lies in the viewport, while the
    viewport itself is fully in view."""
    model = view.model()
    if model is None or not fully_visible(view.viewport()):
        return []
    count = model.rowCount() if rows is None else min(rows, model.rowCount())
    inside = []
    area = view.viewport().rect()
    for row in range(count):
        if view.isIndexHidden(model.index(row, 0)):
            continue
        rect = view.visualRect(model.index(row, 0))
        if rect.isValid() and area.contains(rect):
            inside.append(row)
    return inside
