"""``weergave.json``: the agent's own display choices that are no part of the configuration (the
text size, where the window was), in the user config folder. A tiny JSON file rather than
QSettings: QSettings caches its paths per process, which makes tests that isolate the home folder
leak into each other. Read in a few ms by the first frame; never raises (an unreadable file means
"the defaults"); written atomically, keeping the other keys. No personal data goes in here.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)

FILE_NAME = "weergave.json"


def display_file_path() -> Path:
    from kcc_desk.services.app_dirs import config_dir

    return config_dir() / FILE_NAME


def read_display(path: Path | None = None) -> dict[str, object]:
    """Every key in the file; {} when there is no (usable) file."""
    file = path or display_file_path()
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        log.warning("Ignoring unreadable display settings %s: %s", file, type(exc).__name__)
        return {}
    return data if isinstance(data, dict) else {}


def write_display(key: str, value: object, path: Path | None = None) -> None:
    """Set one key, keeping the others."""
    file = path or display_file_path()
    data = read_display(file)
    data[key] = value
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        tmp = file.with_suffix(".tmp")
        tmp.write_text(json.dumps(data, indent=2), encoding="utf-8")
        os.replace(tmp, file)
    except OSError as exc:  # a read-only profile: the choice lasts this session only
        log.warning("Display settings not saved: %s", type(exc).__name__)
