"""Apply a theme to the running QApplication: palette, font and stylesheet.

The only module of :mod:`kcc_desk.theme` that imports QtWidgets.
"""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen
from PySide6.QtWidgets import QApplication, QWidget

from kcc_desk.theme.model import Theme
from kcc_desk.theme.palette import theme_palette
from kcc_desk.theme.qss import font_point_size, indicator_size, render_qss
from kcc_desk.theme.scale import clamp_scale

_log = logging.getLogger(__name__)


class _Applied:
    """What was applied last; a holder object instead of a module global."""

    theme: Theme | None = None
    scale: float = 1.0
    image_dir: Path | None = None


def theme_font(theme: Theme, text_scale: float = 1.0) -> QFont:
    """The application font: the token font stack at the token base size × text scale."""
    font = QFont()
    font.setFamilies(list(theme.font_families))
    font.setPointSizeF(font_point_size(theme.font_size_px, text_scale))
    return font


def _indicator_images(theme: Theme, text_scale: float) -> dict[str, str]:
    """Paint the check-box tick and radio dot in the theme's colours; return their file paths.

    QSS can only take images from files (or compiled resources), so they go to a per-process
    temporary directory; names carry the colours and size, so each variant is painted once.
    """
    if _Applied.image_dir is None:
        _Applied.image_dir = Path(tempfile.mkdtemp(prefix="kcc-desk-theme-"))
    size = indicator_size(theme, text_scale) * 2  # 2× for high-dpi screens; Qt scales down
    tick, dot = theme.button_primary.text, theme.button_primary.background
    paths = {
        "check": _Applied.image_dir / f"check-{tick[1:]}-{size}.png",
        "radio": _Applied.image_dir / f"radio-{dot[1:]}-{size}.png",
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


def apply_theme(app: QApplication, theme: Theme, text_scale: float = 1.0) -> None:
    """Set palette, font and stylesheet on ``app``; call again to change theme or text scale.

    The Fusion style is used because native styles (Windows 11, macOS) ignore parts of the
    palette, which would break the contrast guarantees.
    """
    scale = clamp_scale(text_scale)
    if app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    app.setPalette(theme_palette(theme))
    app.setFont(theme_font(theme, scale))
    app.setStyleSheet(render_qss(theme, scale, _indicator_images(theme, scale)))
    _Applied.theme, _Applied.scale = theme, scale
    _log.info("Applied theme %s at %d%% text size", theme.name, round(scale * 100))


def current_theme() -> Theme | None:
    """The theme last applied (for widgets that paint themselves, e.g. the case timeline)."""
    return _Applied.theme


def current_text_scale() -> float:
    return _Applied.scale


def set_variant(widget: QWidget, name: str, value: str | None) -> None:
    """Set a style property (``variant``, ``alert``, ``badge``, ``invalid`` …) and re-polish.

    Qt only re-evaluates property selectors on polish, so changing a property after the widget
    is shown needs this.
    """
    widget.setProperty(name, value)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


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
