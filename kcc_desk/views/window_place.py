"""Where the main window opens: where the agent left it. Its place, size and whether it was
maximized are kept in ``weergave.json`` when it closes, so an agent who made it full-screen on a
1920 × 1080 monitor finds it so the next morning. A saved place that does not fit a screen now (a
laptop instead of the monitor, another arrangement) is not used; then the default: the whole
screen up to 1440 px wide (on a laptop every row counts: issue 13, six cases and the open case at
1366 × 768), else 1280 × 800. Never taller than the screen: that hid the status line.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QWidget

from kcc_desk.services.display_file import read_display, write_display

KEY = "venster"
LAPTOP_WIDTH = 1440


def place(window: QWidget) -> bool:
    """Size (and move) ``window`` before it is shown; True when it should open maximized."""
    saved = _saved_rect()
    if saved is not None:
        rect, maximized = saved
        screen = window.screen()
        for candidate in (screen, *screen.virtualSiblings()):
            if candidate.availableGeometry().contains(rect):
                window.setGeometry(rect)
                return maximized
    room = window.screen().availableGeometry()
    if room.width() <= LAPTOP_WIDTH:
        window.resize(room.width(), room.height())
    else:
        window.resize(1280, min(800, room.height()))
    return False


def remember(window: QWidget) -> None:
    """Keep the window's place for the next run (its normal place when maximized)."""
    rect = window.normalGeometry() if window.isMaximized() else window.geometry()
    if rect.isValid():
        write_display(
            KEY,
            {
                "x": rect.x(),
                "y": rect.y(),
                "breedte": rect.width(),
                "hoogte": rect.height(),
                "gemaximaliseerd": window.isMaximized(),
            },
        )


def _saved_rect() -> tuple[QRect, bool] | None:
    value = read_display().get(KEY)
    if not isinstance(value, dict):
        return None
    numbers = [n for n in (value.get(k) for k in ("x", "y", "breedte", "hoogte")) if type(n) is int]
    if len(numbers) != 4:
        return None
    x, y, width, height = numbers
    if width < 400 or height < 300:  # a window nobody can work in is not kept
        return None
    return QRect(x, y, width, height), bool(value.get("gemaximaliseerd"))
