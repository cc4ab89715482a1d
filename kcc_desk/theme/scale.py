"""Text scale steps (100–200 %) and their persistence, Qt-free.

The lead wires Ctrl+= / Ctrl+- / Ctrl+0 to :func:`next_scale` and :func:`apply_theme`. The chosen
scale is kept in ``weergave.json`` (``services/display_file.py``).
"""

from __future__ import annotations

import logging
from pathlib import Path

_log = logging.getLogger(__name__)

SCALES: tuple[float, ...] = (1.0, 1.1, 1.25, 1.5, 1.75, 2.0)
"""WCAG 1.4.4: text must resize to 200 % without loss of content."""
DEFAULT_SCALE = 1.0
_KEY = "tekstgrootte"


def clamp_scale(scale: float) -> float:
    """The nearest allowed step (so a hand-edited file cannot ask for 1000 %)."""
    return min(SCALES, key=lambda step: abs(step - scale))


def next_scale(current: float, direction: int) -> float:
    """One step larger (``+1``), smaller (``-1``), or back to 100 % (``0``); stops at the ends."""
    if direction == 0:
        return DEFAULT_SCALE
    index = SCALES.index(clamp_scale(current))
    index = max(0, min(len(SCALES) - 1, index + (1 if direction > 0 else -1)))
    return SCALES[index]


def settings_path() -> Path:
    from kcc_desk.services.display_file import display_file_path

    return display_file_path()


def load_text_scale(path: Path | None = None) -> float:
    """The saved scale, or 100 % when nothing (usable) is saved."""
    from kcc_desk.services.display_file import read_display

    value = read_display(path).get(_KEY, DEFAULT_SCALE)
    try:
        return clamp_scale(float(value))  # type: ignore[arg-type]
    except (ValueError, TypeError):
        _log.warning("Ignoring an unreadable text size in the display settings")
        return DEFAULT_SCALE


def save_text_scale(scale: float, path: Path | None = None) -> None:
    """Save the scale, keeping the other display settings."""
    from kcc_desk.services.display_file import write_display

    write_display(_KEY, clamp_scale(scale), path)
