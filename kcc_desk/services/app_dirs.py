"""The app's name and its folders on this computer: one place, so every file lands together.

All user folders come from ``platformdirs`` under :data:`APP_NAME` (no ``appauthor``: on Windows
the folders are ``%LOCALAPPDATA%\\kcc-desk``, not ``...\\kcc-desk\\kcc-desk``). ``platformdirs``
is imported when a folder is asked for, not when this module loads: start-up reads the config
path through here before the first paint and must stay light.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "kcc-desk"
CONFIG_ENV = "KCC_DESK_CONFIG"
CONFIG_FILE_NAME = "config.toml"


def config_dir() -> Path:
    """The user's settings (``config.toml``, the text size)."""
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def data_dir() -> Path:
    """What must survive (the outbox, the watch list)."""
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def cache_dir() -> Path:
    """What may be thrown away and rebuilt (catalogue, referral targets, review days)."""
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    """The audit log."""
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def default_config_path() -> Path:
    return config_dir() / CONFIG_FILE_NAME


def resolve_config_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """``--config FILE``, else ``$KCC_DESK_CONFIG``, else config.toml in the user config dir."""
    if explicit:
        return Path(explicit)
    from_env = os.environ.get(CONFIG_ENV)
    if from_env:
        return Path(from_env)
    return default_config_path()
