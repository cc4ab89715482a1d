"""The applied look (palette, font, stylesheet), saved so the next start paints its first frame in
the house style at once.

Turning design tokens into a theme costs ~80 ms of imports and parsing (token files, colour
maths, contrast checks): a third of a bare Qt window's start-up. So start-up applies the snapshot
the previous run saved, shows the window, and only then loads the theme for real; ``apply_theme``
compares the result with the snapshot and re-applies only when they differ (the tokens file or
the code changed since). A stale or missing snapshot therefore costs one restyle, never a wrong
look. Not personal data: colours, fonts and a stylesheet, in the user cache directory.

Imports nothing from the rest of :mod:`kcc_desk.theme` on purpose.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QJsonDocument, QStandardPaths
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

_log = logging.getLogger(__name__)

_FILE_NAME = "huisstijl-snapshot.json"
_FORMAT = 1
_GROUPS = (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled)
_ROLES = tuple(r for r in QPalette.ColorRole if r not in (QPalette.ColorRole.NColorRoles,))


@dataclass(frozen=True)
class ThemeSnapshot:
    """What ``apply_theme`` sets on the application, as plain data."""

    key: str
    palette: tuple[tuple[str, str, str], ...]  # (group, role, #aarrggbb)
    font_families: tuple[str, ...]
    point_size: float
    stylesheet: str

    def same_look(self, other: ThemeSnapshot | None) -> bool:
        return other is not None and (
            self.palette,
            self.font_families,
            self.point_size,
            self.stylesheet,
        ) == (other.palette, other.font_families, other.point_size, other.stylesheet)

    def to_json(self) -> str:
        data = {
            "format": _FORMAT,
            "key": self.key,
            "palette": [list(entry) for entry in self.palette],
            "font_families": list(self.font_families),
            "point_size": self.point_size,
            "stylesheet": self.stylesheet,
        }
        compact = QJsonDocument.JsonFormat.Compact
        return bytes(QJsonDocument.fromVariant(data).toJson(compact).data()).decode("utf-8")

    @classmethod
    def from_json(cls, text: str) -> ThemeSnapshot | None:
        # Qt's JSON parser, not Python's: it is loaded already, and importing ``json`` would
        # cost start-up ~4 ms before the first frame.
        document = QJsonDocument.fromJson(QByteArray(text.encode("utf-8")))
        data = document.toVariant() if document.isObject() else None
        if not isinstance(data, dict) or data.get("format") != _FORMAT:
            return None
        try:
            palette = tuple(
                (str(group), str(role), str(color)) for group, role, color in data["palette"]
            )
            return cls(
                key=str(data["key"]),
                palette=palette,
                font_families=tuple(str(f) for f in data["font_families"]),
                point_size=float(data["point_size"]),
                stylesheet=str(data["stylesheet"]),
            )
        except (ValueError, TypeError, KeyError):
            return None


def palette_entries(palette: QPalette) -> tuple[tuple[str, str, str], ...]:
    return tuple(
        (group.name, role.name, palette.color(group, role).name(QColor.NameFormat.HexArgb))
        for group in _GROUPS
        for role in _ROLES
    )


def palette_from_entries(entries: tuple[tuple[str, str, str], ...]) -> QPalette:
    palette = QPalette()
    for group, role, color in entries:
        palette.setColor(
            QPalette.ColorGroup[group], QPalette.ColorRole[role], QColor.fromString(color)
        )
    return palette


def snapshot_font(snapshot: ThemeSnapshot) -> QFont:
    font = QFont()
    font.setFamilies(list(snapshot.font_families))
    font.setPointSizeF(snapshot.point_size)
    return font


class _Current:
    """The look on the application now; a holder object instead of a module global."""

    snapshot: ThemeSnapshot | None = None
    fusion_from_start = False  # made by new_application: no need to ask for the style


def new_application(argv: list[str]) -> QApplication:
    """A QApplication in the Fusion style from the start (every theme needs Fusion: native
    styles ignore parts of the palette). Through ``QT_STYLE_OVERRIDE`` while it is constructed,
    because asking for the style from Python (``app.style()``, ``app.setStyle``) builds
    PySide6's QStyle type with all its enums, ~8 ms of start-up; the variable is put back
    afterwards, so programs started from kcc-desk (a document viewer) keep their own style."""
    previous = os.environ.get("QT_STYLE_OVERRIDE")
    os.environ["QT_STYLE_OVERRIDE"] = "Fusion"
    try:
        app = QApplication(argv)
    finally:
        if previous is None:
            del os.environ["QT_STYLE_OVERRIDE"]
        else:
            os.environ["QT_STYLE_OVERRIDE"] = previous
    _Current.fusion_from_start = True
    return app


def current_snapshot() -> ThemeSnapshot | None:
    return _Current.snapshot


def apply_snapshot(app: QApplication, snapshot: ThemeSnapshot) -> None:
    """Set this look on ``app``, in the Fusion style (native styles ignore parts of the palette)."""
    if not _Current.fusion_from_start and app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    app.setPalette(palette_from_entries(snapshot.palette))
    app.setFont(snapshot_font(snapshot))
    app.setStyleSheet(snapshot.stylesheet)
    _Current.snapshot = snapshot


def snapshot_key(setting: str | None) -> str:
    """Which look a start-up asks for: the theme setting, with the tokens file's size and time,
    or the desktop's colour scheme for "systeem". Not the text size: every change of it saves
    a new snapshot, so the saved one has the size the agent chose last. Only a quick check:
    the real theme is compared with the snapshot after start-up anyway."""
    parts = [setting or ""]
    if setting and setting != "systeem":  # a shipped name, or a municipality's tokens file
        try:
            stat = os.stat(setting)
            parts.append(f"{stat.st_size}:{stat.st_mtime_ns}")
        except OSError:
            parts.append("-")
    if setting == "systeem":
        hints = QGuiApplication.styleHints()
        parts.append(hints.colorScheme().name)
        accessibility = getattr(hints, "accessibility", None)
        if accessibility is not None:  # Qt >= 6.10
            parts.append(accessibility().contrastPreference().name)
    return "|".join(parts)


def snapshot_path() -> Path:
    """In the user's cache folder (``~/.cache`` on Linux), found through Qt, which is loaded
    already (platformdirs would add its import, ~5 ms, to start-up when --config is given)."""
    from kcc_desk.services.app_dirs import APP_NAME

    location = QStandardPaths.StandardLocation.GenericCacheLocation
    return Path(QStandardPaths.writableLocation(location), APP_NAME, _FILE_NAME)


def load_snapshot(path: Path | None = None) -> ThemeSnapshot | None:
    try:
        return ThemeSnapshot.from_json((path or snapshot_path()).read_text(encoding="utf-8"))
    except OSError:
        return None


def save_snapshot(snapshot: ThemeSnapshot, path: Path | None = None) -> None:
    """Written atomically; a cache, so failing to write it is only logged."""
    file = path or snapshot_path()
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        tmp = file.with_suffix(".tmp")
        tmp.write_text(snapshot.to_json(), encoding="utf-8")
        os.replace(tmp, file)
    except OSError as exc:
        _log.warning("Could not save the theme snapshot: %s", type(exc).__name__)
