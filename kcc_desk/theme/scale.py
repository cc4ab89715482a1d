"""Text scale steps (100–200 %) and their persistence, Qt-free.

The lead wires Ctrl+= / Ctrl+- / Ctrl+0 to :func:`next_scale` and :func:`apply_theme`. The chosen
scale is stored in a tiny JSON file next to the user config (``platformdirs.user_config_dir``,
``weergave.json``) rather than QSettings: QSettings caches its paths per process, which makes
tests that isolate the home directory leak into each other, and the services layer (Qt-free)
already owns the config directory.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

_log = logging.getLogger(__name__)

SCALES: tuple[float, ...] = (1.0, 1.1, 1.25, 1.5, 1.75, 2.0)
"""WCAG 1.4.4: text must resize to 200 % without loss of content."""
DEFAULT_SCALE = 1.0
_FILE_NAME = "weergave.json"
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
    from kcc_desk.services.app_dirs import config_dir

    return config_dir() / _FILE_NAME


def load_text_scale(path: Path | None = None) -> float:
    """The saved scale, or 100 % when nothing (usable) is saved."""
    file = path or settings_path()
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
        value = data.get(_KEY, DEFAULT_SCALE) if isinstance(data, dict) else DEFAULT_SCALE
        return clamp_scale(float(value))
    except FileNotFoundError:
        return DEFAULT_SCALE
    except (OSError, ValueError, TypeError) as exc:
        _log.warning("Ignoring unreadable display settings %s: %s", file, type(exc).__name__)
        return DEFAULT_SCALE


def save_text_scale(scale: float, path: Path | None = None) -> None:
    """Save the scale, keeping other keys in the file; written atomically."""
    file = path or settings_path()
    data: dict[str, object] = {}
    try:
        existing = json.loads(file.read_text(encoding="utf-8"))
        if isinstance(existing, dict):
            data = existing
    except (OSError, ValueError):
        pass
    data[_KEY] = clamp_scale(scale)
    file.parent.mkdir(parents=True, exist_ok=True)
    tmp = file.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, indent=2), encoding="utf-8")
    os.replace(tmp, file)
