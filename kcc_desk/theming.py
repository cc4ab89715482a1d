"""The house style and the agent's text size, applied to the running application.

Made in start-up's first stage when there is no saved look to paint (kcc_desk.startup), else in
the second (kcc_desk.app); the settings flow changes it. Kept apart from both so neither imports
the other for it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication


class Theming:
    """The house style plus the agent's remembered text size (100-200%, Ctrl+= / - / 0).

    ``setting`` is a shipped theme name, "systeem" (follow the desktop's dark mode and contrast),
    or a municipality's tokens file; a file that cannot be used falls back to the default
    theme, and ``error_message`` says why (shown once in the window, translated there)."""

    def __init__(self, app: QApplication, setting: str | None = None) -> None:
        from kcc_desk.theme.apply import follow_system_theme
        from kcc_desk.theme.registry import SYSTEM, load_theme_or_default
        from kcc_desk.theme.scale import load_text_scale
        from kcc_desk.theme.snapshot import load_snapshot

        self._app = app
        self._setting = setting
        self._theme, problem = load_theme_or_default(setting)
        self.error_message = problem.ui_message if problem else None
        self.scale = load_text_scale()
        self._saved = load_snapshot()  # what the next start-up will paint its first frame with
        self._apply()
        self._stop_following = follow_system_theme(app) if setting == SYSTEM else None

    def change(self, setting: str | None, scale: float) -> None:
        """Another house style and/or text size, chosen in the settings (Ctrl+,)."""
        from kcc_desk.theme.apply import follow_system_theme
        from kcc_desk.theme.registry import SYSTEM, load_theme_or_default
        from kcc_desk.theme.scale import clamp_scale, save_text_scale

        if self._stop_following is not None:
            self._stop_following()
        self._setting = setting
        self._theme, problem = load_theme_or_default(setting)
        self.error_message = problem.ui_message if problem else None
        self.scale = clamp_scale(scale)
        save_text_scale(self.scale)
        self._apply()
        self._stop_following = follow_system_theme(self._app) if setting == SYSTEM else None

    def step(self, direction: int) -> None:
        from kcc_desk.theme.scale import next_scale, save_text_scale

        self.scale = 1.0 if direction == 0 else next_scale(self.scale, direction)
        save_text_scale(self.scale)
        self._apply()

    def _apply(self) -> None:
        from kcc_desk.theme.apply import apply_theme
        from kcc_desk.theme.snapshot import save_snapshot, snapshot_key

        snapshot = apply_theme(self._app, self._theme, self.scale, key=snapshot_key(self._setting))
        if snapshot != self._saved:  # compared in memory: no file read per Ctrl+= / Ctrl+-
            save_snapshot(snapshot)
            self._saved = snapshot
