"""What start-up's stages hand each other (kcc_desk.startup runs stage 1, kcc_desk.app stage 2):
the shell made before the first paint, and the modules a worker thread imports meanwhile.

A module of its own so that app and startup do not import each other.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kcc_desk.services.display_settings import DisplaySettings
    from kcc_desk.theming import Theming
    from kcc_desk.views.main_window import MainWindow


# Everything stage 2 needs beyond the shell; imported in a worker thread (see preload).
STAGE_TWO_MODULES = (
    "kcc_desk.app",
    "kcc_desk.services.config",
    "kcc_desk.services.config_store",
    "kcc_desk.services.credentials",
    "kcc_desk.services.keyring_safety",
    "kcc_desk.theme.registry",
    "kcc_desk.theme.apply",
    "kcc_desk.presenters.backend",
    "kcc_desk.presenters.workspace",
    "kcc_desk.presenters.contacts",
)


# Loaded while the shell already takes keys: asyncio and qasync (~60 ms, more than a third of a
# bare Qt window's start-up) and everything stage 2 builds.
PRELOAD_MODULES = ("asyncio", "qasync", *STAGE_TWO_MODULES)


@dataclass
class Shell:
    """What stage 1 made: the window's shell and what the first frame needed."""

    window: MainWindow
    language: object  # the InstalledLanguage
    display: DisplaySettings
    theming: Theming | None  # None when the saved look was used (stage 2 loads the theme)


def import_modules(names: tuple[str, ...]) -> None:
    """Import ``names`` (in a worker thread: imports are thread-safe)."""
    import importlib

    for name in names:
        importlib.import_module(name)
