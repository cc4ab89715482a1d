"""The two settings the first frame needs (language and house style), read in a few ms.

Start-up shows the window before it loads and checks the whole configuration (services.config:
sources, URLs, certificates) so the agent can type at once. This reader only looks at two keys
of the same file and never raises: anything odd means "use the default", and the full check
that follows reports real problems in the window.
"""

from __future__ import annotations

import logging
import os
import tomllib
from dataclasses import dataclass

from kcc_desk.services.app_dirs import resolve_config_path

_log = logging.getLogger(__name__)



@dataclass(frozen=True)
class DisplaySettings:
    language: str | None = None  # "nl", "en", "systeem"; None: the default
    theme: str | None = None  # a shipped theme name, "systeem", or a tokens file


def read_display_settings(config_path: str | os.PathLike[str] | None) -> DisplaySettings:
    try:
        with resolve_config_path(config_path).open("rb") as file:
            raw = tomllib.load(file)
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        _log.debug("No display settings from the config file: %s", type(exc).__name__)
        return DisplaySettings()
    language, theme = raw.get("language"), raw.get("theme")
    return DisplaySettings(
        language if isinstance(language, str) and language else None,
        theme if isinstance(theme, str) and theme else None,
    )
