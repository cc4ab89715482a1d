"""The theme as Qt actually renders it: palette read back, focus rings in pixels, sizes, warnings.

Each test applies a theme to the shared QApplication via ``styled_app``, which restores it after.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QTabBar,
    QTableView,
    QTextBrowser,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from kcc_desk.theme.apply import apply_theme, current_theme, theme_font
from kcc_desk.theme.contrast import check_theme, contrast_ratio
from kcc_desk.theme.model import Theme
from kcc_desk.theme.qss import render_qss
from kcc_desk.theme.registry import THEMES, load_theme
from kcc_desk.theme.variant import set_variant

FOCUSABLE = (
    QLineEdit,
    QPushButton,
    QTableView,
    QListView,
    QTreeView,
    QComboBox,
    QTextBrowser,
    QCheckBox,
    QToolButton,
    QTabBar,
)


def _make(kind: type[QWidget]) -> QWidget:
    widget = kind()
    if isinstance(widget, QTabBar):
        widget.addTab("Zaken")
        widget.addTab("Contact")
    elif isinstance(widget, QComboBox):
        widget.addItem("Alle bronnen")
    elif isinstance(widget, QPushButton | QToolButton | QCheckBox):
        widget.setText("Opslaan")
    return widget


class _Page(QWidget):
    """Every focusable widget type plus every style variant the views use."""

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.focusable = [_make(kind) for kind in FOCUSABLE]
        self.variants: list[QWidget] = []
        for variant in ("primary", "secondary", "subtle"):
            button = QPushButton(variant)
            button.setProperty("variant", variant)
            self.variants.append(button)
        for alert in ("info", "ok", "warning", "error"):
            label = QLabel(alert)
            label.setProperty("alert", alert)
            self.variants.append(label)
            frame = QFrame()
            frame.setProperty("alert", alert)
            QVBoxLayout(frame).addWidget(QLabel(f"In een kader: {alert}"))
            self.variants.append(frame)
        for badge in ("neutral", "info", "ok", "warning", "error", "overdue"):
            label = QLabel(badge)
            label.setProperty("badge", badge)
            self.variants.append(label)
        for state in ("checked", "current", "not_checked", "warning", "error"):
            marker = QLabel("1")
            marker.setProperty("stepMarker", state)
            heading = QLabel(state)
            heading.setProperty("stepHeading", state)
            line = QFrame()
            line.setProperty("stepLine", state)
            self.variants += [marker, heading, line]
        for level in ("1", "2", "3"):
            heading = QLabel(f"Kop {level}")
            heading.setProperty("heading", level)
            self.variants.append(heading)
        for prop, value in (
            ("subtle", "true"),
            ("fieldError", "true"),
            ("description", "true"),
            ("dataList", "key"),
            ("dataList", "value"),
        ):
            label = QLabel(value)
            label.setProperty(prop, value)
            self.variants.append(label)
        invalid = QLineEdit("123")
        invalid.setProperty("invalid", "true")
        self.variants.append(invalid)
        for widget in (*self.focusable, *self.variants):
            layout.addWidget(widget)


@pytest.fixture
def page(styled_app: QApplication) -> Iterator[_Page]:
    widget = _Page()
    yield widget
    widget.close()
    widget.deleteLater()


def _show(app: QApplication, widget: QWidget) -> None:
    widget.show()
    app.processEvents()


@pytest.mark.parametrize("name", THEMES)
@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_stylesheet_renders_without_qt_warnings(
    styled_app: QApplication, page: _Page, qt_messages: list[str], name: str, scale: float
) -> None:
    apply_theme(styled_app, load_theme(name), scale)
    _show(styled_app, page)
    page.grab()  # paint everything once
    for widget in page.focusable:
        widget.setFocus()
        styled_app.processEvents()
        widget.grab()
    bad = [m for m in qt_messages if "style" in m.lower() or "parse" in m.lower()]
    assert bad == []


def test_template_has_no_unfilled_placeholders() -> None:
    for name in THEMES:
        assert "$" not in render_qss(load_theme(name), 1.5)


@pytest.mark.parametrize("name", THEMES)
def test_applied_palette_matches_theme_and_passes_contrast(
    styled_app: QApplication, name: str
) -> None:
    theme = load_theme(name)
    apply_theme(styled_app, theme, 1.0)
    assert current_theme() is theme
    palette = styled_app.palette()
    role = QPalette.ColorRole
    assert palette.color(role.Window).name() == theme.background
    assert palette.color(role.WindowText).name() == theme.text
    assert palette.color(role.Highlight).name() == theme.selection_background
    assert palette.color(role.Link).name() == theme.link
    text_pairs = [
        (role.WindowText, role.Window),
        (role.Text, role.Base),
        (role.Text, role.AlternateBase),
        (role.PlaceholderText, role.Base),
        (role.ButtonText, role.Button),
        (role.HighlightedText, role.Highlight),
        (role.Link, role.Window),
        (role.ToolTipText, role.ToolTipBase),
    ]
    for fg, bg in text_pairs:
        ratio = contrast_ratio(palette.color(fg).name(), palette.color(bg).name())
        assert ratio >= theme.min_text_contrast, (name, fg, bg, ratio)
    assert check_theme(theme) == []


@pytest.mark.parametrize("name", THEMES)
def test_rendered_variants_read_back_with_enough_contrast(
    styled_app: QApplication, page: _Page, name: str
) -> None:
    theme = load_theme(name)
    apply_theme(styled_app, theme, 1.0)
    _show(styled_app, page)
    checked = 0
    for widget in page.variants:
        palette = widget.palette()
        fg = palette.color(widget.foregroundRole())
        bg = palette.color(widget.backgroundRole())
        if bg.alpha() == 0:  # transparent: the label sits on the page
            bg = styled_app.palette().color(QPalette.ColorRole.Window)
        if isinstance(widget, QFrame) and not isinstance(widget, QLabel):
            continue  # frames carry no text of their own
        ratio = contrast_ratio(fg.name(), bg.name())
        assert ratio >= theme.min_text_contrast, (name, widget.dynamicPropertyNames(), ratio)
        checked += 1
    assert checked >= 30


def _edge_colours(widget: QWidget) -> set[str]:
    image = widget.grab().toImage()
    w, h = image.width(), image.height()
    edges = {image.pixelColor(x, y).name() for x in range(w) for y in (0, 1, h - 1)}
    edges |= {image.pixelColor(x, y).name() for y in range(h) for x in (0, 1, w - 1)}
    return edges


@pytest.mark.parametrize("name", THEMES)
def test_focus_ring_is_drawn_on_every_focusable_widget(
    styled_app: QApplication, page: _Page, name: str
) -> None:
    theme = load_theme(name)
    apply_theme(styled_app, theme, 1.0)
    _show(styled_app, page)
    assert contrast_ratio(theme.focus_outline_color, theme.background) >= 3.0
    missing = []
    for widget in page.focusable:
        widget.setFocus()
        styled_app.processEvents()
        assert widget.hasFocus()
        if theme.focus_outline_color not in _edge_colours(widget):
            missing.append(type(widget).__name__)
    assert missing == []


@pytest.mark.parametrize("name", THEMES)
def test_buttons_are_at_least_44_px_high(styled_app: QApplication, page: _Page, name: str) -> None:
    apply_theme(styled_app, load_theme(name), 1.0)
    _show(styled_app, page)
    buttons: list[QWidget] = [
        w for w in (*page.focusable, *page.variants) if isinstance(w, QPushButton)
    ]
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    layout = page.layout()
    assert layout is not None
    layout.addWidget(box)
    styled_app.processEvents()
    buttons += box.buttons()
    for widget in (*buttons, *(w for w in page.focusable if isinstance(w, QLineEdit | QComboBox))):
        assert widget.height() >= 44, (type(widget).__name__, widget.height())
        assert widget.sizeHint().height() >= 44


def test_text_at_200_percent_is_twice_as_large(styled_app: QApplication, page: _Page) -> None:
    theme: Theme = load_theme("voorbeeld")
    apply_theme(styled_app, theme, 1.0)
    _show(styled_app, page)
    heading = next(w for w in page.variants if w.property("heading") == "1")
    badge = next(w for w in page.variants if w.property("badge") == "ok")
    button = page.focusable[1]
    base = (styled_app.font().pointSizeF(), heading.font().pointSizeF(), badge.font().pointSizeF())
    small_height = button.sizeHint().height()

    apply_theme(styled_app, theme, 2.0)
    styled_app.processEvents()
    double = (
        styled_app.font().pointSizeF(),
        heading.font().pointSizeF(),
        badge.font().pointSizeF(),
    )
    assert double == pytest.approx(tuple(2 * size for size in base), rel=0.01)
    assert base[0] == pytest.approx(12.0)  # 16 px token = 12 pt
    assert button.sizeHint().height() > small_height


def test_theme_font_uses_token_stack() -> None:
    font = theme_font(load_theme("voorbeeld"), 1.5)
    assert font.families()[0] == "Noto Sans"
    assert font.pointSizeF() == pytest.approx(18.0)


def test_set_variant_restyles_a_shown_widget(styled_app: QApplication) -> None:
    theme = load_theme("voorbeeld")
    apply_theme(styled_app, theme, 1.0)
    label = QLabel("Te laat")
    label.show()
    styled_app.processEvents()
    set_variant(label, "badge", "overdue")
    assert label.palette().color(label.backgroundRole()).name() == theme.badges.overdue.background
    label.close()


def test_follow_system_theme_connects(styled_app: QApplication) -> None:
    from kcc_desk.theme.apply import follow_system_theme

    apply_theme(styled_app, load_theme("voorbeeld"), 1.25)
    stop = follow_system_theme(styled_app)
    styled_app.styleHints().colorSchemeChanged.emit(styled_app.styleHints().colorScheme())
    stop()
    current = current_theme()
    assert current is not None
    assert current.name == "voorbeeld"  # offscreen: no dark scheme, no high contrast


@pytest.mark.parametrize("name", THEMES)
def test_check_box_indicator_is_drawn_in_theme_colours(
    styled_app: QApplication, qt_messages: list[str], name: str
) -> None:
    from PySide6.QtWidgets import QRadioButton

    theme = load_theme(name)
    apply_theme(styled_app, theme, 1.0)
    box, radio, empty = QCheckBox("Ja"), QRadioButton("Per mail"), QCheckBox("Nee")
    box.setChecked(True)
    radio.setChecked(True)
    holder = QWidget()
    layout = QVBoxLayout(holder)
    for widget in (box, radio, empty):
        layout.addWidget(widget)
    _show(styled_app, holder)

    def colours(widget: QWidget) -> set[str]:
        image = widget.grab().toImage()
        return {
            image.pixelColor(x, y).name()
            for x in range(image.width())
            for y in range(image.height())
        }

    assert theme.button_primary.background in colours(box)
    assert theme.button_primary.background in colours(radio)
    assert theme.field.border in colours(empty)  # the empty box has a visible frame
    assert not [m for m in qt_messages if "parse" in m.lower() or "image" in m.lower()]
    holder.close()


def test_palette_disabled_group_uses_disabled_colours() -> None:
    from kcc_desk.theme.palette import theme_palette

    theme = load_theme("voorbeeld")
    palette = theme_palette(theme)
    disabled = QPalette.ColorGroup.Disabled
    assert palette.color(disabled, QPalette.ColorRole.Text).name() == theme.disabled_text
    assert palette.color(disabled, QPalette.ColorRole.Base).name() == theme.disabled_background
    assert palette.color(QPalette.ColorRole.PlaceholderText).name() == theme.field.placeholder
    assert palette.color(QPalette.ColorRole.Accent).name() == theme.button_primary.background
