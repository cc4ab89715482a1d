"""The two settings the first frame needs (language and house style), read in a few ms.

Start-up shows the window before it loads and checks the whole configuration (services.config:
sources, URLs, certificates) so the agent can type at once. This reader takes the same file
through the same readers (``config_file``, ``config_general``), looks only at two keys and
never raises: anything odd means "use the default", and the full check that follows reports
real problems in the window.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from kcc_desk.services.app_dirs import resolve_config_path
from kcc_desk.services.config_file import read_toml_quietly
from kcc_desk.services.config_general import language_setting, text_setting


@dataclass(frozen=True)
class DisplaySettings:
    language: str | None = None  # "nl", "en", "systeem"; None: the default
    theme: str | None = None  # a shipped theme name, "systeem", or a tokens file


def read_display_settings(config_path: str | os.PathLike[str] | None) -> DisplaySettings:
    raw = read_toml_quietly(resolve_config_path(config_path))
    return DisplaySettings(language_setting(raw), text_setting(raw, "theme"))
