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
from pathlib import Path

_log = logging.getLogger(__name__)

APP_NAME = "kcc-desk"
CONFIG_ENV = "KCC_DESK_CONFIG"


@dataclass(frozen=True)
class DisplaySettings:
    language: str | None = None  # "nl", "en", "systeem"; None: the default
    theme: str | None = None  # a shipped theme name, "systeem", or a tokens file


def default_config_path() -> Path:
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "config.toml"


def resolve_config_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """``--config FILE``, else ``$KCC_DESK_CONFIG``, else config.toml in the user config dir."""
    if explicit:
        return Path(explicit)
    from_env = os.environ.get(CONFIG_ENV)
    if from_env:
        return Path(from_env)
    return default_config_path()


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
