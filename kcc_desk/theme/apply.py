"""Apply a theme to the running QApplication: palette, font and stylesheet.

The only module of :mod:`kcc_desk.theme` that imports QtWidgets.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen
from PySide6.QtWidgets import QApplication

from kcc_desk.theme.model import Theme
from kcc_desk.theme.palette import theme_palette
from kcc_desk.theme.qss import font_point_size, indicator_size, render_qss
from kcc_desk.theme.scale import clamp_scale
from kcc_desk.theme.snapshot import (
    ThemeSnapshot,
    apply_snapshot,
    current_snapshot,
    palette_entries,
    snapshot_font,
    snapshot_path,
)

_log = logging.getLogger(__name__)


class _Applied:
    """What was applied last; a holder object instead of a module global."""

    theme: Theme | None = None
    scale: float = 1.0


def theme_font(theme: Theme, text_scale: float = 1.0) -> QFont:
    """The application font: the token font stack at the token base size × text scale."""
    font = QFont()
    font.setFamilies(list(theme.font_families))
    font.setPointSizeF(font_point_size(theme.font_size_px, text_scale))
    return font


def _indicator_images(theme: Theme, text_scale: float) -> dict[str, str]:
    """Paint the check-box tick and radio dot in the theme's colours; return their file paths.

    QSS can only take images from files (or compiled resources), so they go to the user cache
    directory (where the start-up snapshot's stylesheet finds them again); names carry the
    colours and size, so each variant is painted once.
    """
    image_dir = _image_dir()
    size = indicator_size(theme, text_scale) * 2  # 2× for high-dpi screens; Qt scales down
    tick, dot = theme.button_primary.text, theme.button_primary.background
    paths = {
        "check": image_dir / f"check-{tick[1:]}-{size}.png",
        "radio": image_dir / f"radio-{dot[1:]}-{size}.png",
    }
    if not paths["check"].exists():
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(QColor(tick), max(2.0, size / 7), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.drawPolyline(
            [
                QPointF(size * 0.2, size * 0.52),
                QPointF(size * 0.42, size * 0.74),
                QPointF(size * 0.8, size * 0.28),
            ]
        )
        painter.end()
        image.save(str(paths["check"]))
    if not paths["radio"].exists():
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(dot))
        painter.drawEllipse(QPointF(size / 2, size / 2), size * 0.28, size * 0.28)
        painter.end()
        image.save(str(paths["radio"]))
    return {key: str(path) for key, path in paths.items()}


def _image_dir() -> Path:
    """Next to the saved look, whose stylesheet names these files."""
    folder = snapshot_path().parent / "huisstijl"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def theme_snapshot(theme: Theme, text_scale: float = 1.0, key: str = "") -> ThemeSnapshot:
    """The palette, font and stylesheet ``theme`` gives at ``text_scale``, as plain data."""
    scale = clamp_scale(text_scale)
    font = theme_font(theme, scale)
    return ThemeSnapshot(
        key=key,
        palette=palette_entries(theme_palette(theme)),
        font_families=tuple(font.families()),
        point_size=font.pointSizeF(),
        stylesheet=render_qss(theme, scale, _indicator_images(theme, scale)),
    )


def _has_look(app: QApplication, snapshot: ThemeSnapshot) -> bool:
    """Whether ``app`` shows exactly this look now (someone may have changed it since)."""
    return (
        app.styleSheet() == snapshot.stylesheet
        and app.font() == snapshot_font(snapshot)
        and palette_entries(app.palette()) == snapshot.palette
    )


def apply_theme(
    app: QApplication, theme: Theme, text_scale: float = 1.0, *, key: str = ""
) -> ThemeSnapshot:
    """Set palette, font and stylesheet on ``app``; call again to change theme or text scale.

    The Fusion style is used because native styles (Windows 11, macOS) ignore parts of the
    palette, which would break the contrast guarantees. When the application already has this
    exact look (start-up painted it from the saved snapshot) nothing is set again: a new
    stylesheet re-polishes every widget, ~100 ms with the workspace open.
    """
    scale = clamp_scale(text_scale)
    snapshot = theme_snapshot(theme, scale, key)
    if not (snapshot.same_look(current_snapshot()) and _has_look(app, snapshot)):
        apply_snapshot(app, snapshot)
        _log.info("Applied theme %s at %d%% text size", theme.name, round(scale * 100))
    _Applied.theme, _Applied.scale = theme, scale
    return snapshot


def current_theme() -> Theme | None:
    """The theme last applied (for widgets that paint themselves, e.g. the case timeline)."""
    return _Applied.theme


def current_text_scale() -> float:
    return _Applied.scale


def follow_system_theme(app: QApplication) -> Callable[[], None]:
    """Re-apply the ``"systeem"`` theme when the desktop switches dark mode or high contrast.

    Call once at start-up when the theme setting is ``"systeem"``; the current text scale is kept.
    Returns a function that stops following (e.g. when the user picks a fixed theme).
    """
    from kcc_desk.theme.registry import SYSTEM, load_theme

    def reapply(*_: object) -> None:
        apply_theme(app, load_theme(SYSTEM), current_text_scale())

    hints = app.styleHints()
    hints.colorSchemeChanged.connect(reapply)
    accessibility = getattr(hints, "accessibility", None)
    if accessibility is not None:  # Qt ≥ 6.10
        accessibility().contrastPreferenceChanged.connect(reapply)

    def stop() -> None:
        hints.colorSchemeChanged.disconnect(reapply)
        if accessibility is not None:
            accessibility().contrastPreferenceChanged.disconnect(reapply)

    return stop
